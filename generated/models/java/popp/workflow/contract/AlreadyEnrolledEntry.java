// generated — do not edit. Source: spec/; generator: scripts/generate.ts; run `npm run generate`.
package popp.workflow.contract;
import popp.workflow.contract.EntryReference;
import popp.workflow.contract.ExistingRunStatus;
import java.util.Map;
import com.fasterxml.jackson.annotation.*;
/**
 * An entry whose candidate already has a run on this workflow version, and that run.
 */
public class AlreadyEnrolledEntry {
  @JsonProperty("entry")
  private EntryReference entry;
  @JsonProperty("candidateProfileId")
  private String candidateProfileId;
  @JsonProperty("runId")
  private String runId;
  @JsonProperty("runStatus")
  private ExistingRunStatus runStatus;
  @JsonAnySetter
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Map<String, Object> additionalProperties;

  /**
   * Points at one entry of the start-runs request by list name and zero-based position.
   */
  public EntryReference getEntry() { return this.entry; }
  public void setEntry(EntryReference entry) { this.entry = entry; }

  /**
   * The candidate profile the entry resolved to.
   */
  public String getCandidateProfileId() { return this.candidateProfileId; }
  public void setCandidateProfileId(String candidateProfileId) { this.candidateProfileId = candidateProfileId; }

  /**
   * The existing run.
   */
  public String getRunId() { return this.runId; }
  public void setRunId(String runId) { this.runId = runId; }

  /**
   * The status of the run a skipped contact already has on this workflow version.
   */
  public ExistingRunStatus getRunStatus() { return this.runStatus; }
  public void setRunStatus(ExistingRunStatus runStatus) { this.runStatus = runStatus; }

  @JsonAnyGetter
  public Map<String, Object> getAdditionalProperties() { return this.additionalProperties; }
  public void setAdditionalProperties(Map<String, Object> additionalProperties) { this.additionalProperties = additionalProperties; }
}
