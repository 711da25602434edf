// generated — do not edit. Source: spec/; generator: scripts/generate.ts; run `npm run generate`.
package popp.workflow.contract;
import popp.workflow.contract.EnrolmentSummary;
import popp.workflow.contract.EnrolmentError;
import popp.workflow.contract.AlreadyEnrolledEntry;
import popp.workflow.contract.DuplicateEntry;
import java.util.Map;
import java.util.List;
import com.fasterxml.jackson.annotation.*;
/**
 * What happened to each entry at intake. Entries that appear in none of the three lists were queued; their runs are reported by webhooks. An inline contact that turns out to be already enrolled, or that cannot be resolved, is reported later by webhook, not here.
 */
public class StartWorkflowRunsResponse {
  @JsonProperty("summary")
  private EnrolmentSummary summary;
  @JsonProperty("errors")
  private List<EnrolmentError> errors;
  @JsonProperty("alreadyEnrolled")
  private List<AlreadyEnrolledEntry> alreadyEnrolled;
  @JsonProperty("duplicatesInRequest")
  private List<DuplicateEntry> duplicatesInRequest;
  @JsonAnySetter
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Map<String, Object> additionalProperties;

  /**
   * Counts of entries by disposition. `requested` is the number of entries sent, and equals the sum of the other four counts.
   */
  public EnrolmentSummary getSummary() { return this.summary; }
  public void setSummary(EnrolmentSummary summary) { this.summary = summary; }

  /**
   * Entries that were rejected, one item each.
   */
  public List<EnrolmentError> getErrors() { return this.errors; }
  public void setErrors(List<EnrolmentError> errors) { this.errors = errors; }

  /**
   * Entries whose candidate already has a run on this workflow version; no new run is started.
   */
  public List<AlreadyEnrolledEntry> getAlreadyEnrolled() { return this.alreadyEnrolled; }
  public void setAlreadyEnrolled(List<AlreadyEnrolledEntry> alreadyEnrolled) { this.alreadyEnrolled = alreadyEnrolled; }

  /**
   * Entries that repeat an earlier entry of the same request and were ignored.
   */
  public List<DuplicateEntry> getDuplicatesInRequest() { return this.duplicatesInRequest; }
  public void setDuplicatesInRequest(List<DuplicateEntry> duplicatesInRequest) { this.duplicatesInRequest = duplicatesInRequest; }

  @JsonAnyGetter
  public Map<String, Object> getAdditionalProperties() { return this.additionalProperties; }
  public void setAdditionalProperties(Map<String, Object> additionalProperties) { this.additionalProperties = additionalProperties; }
}
