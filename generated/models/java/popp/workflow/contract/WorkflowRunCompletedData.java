// generated — do not edit. Source: spec/; generator: scripts/generate.ts; run `npm run generate`.
package popp.workflow.contract;
import popp.workflow.contract.RunOutcome;
import popp.workflow.contract.NodeOutcome;
import java.util.Map;
import java.util.List;
import com.fasterxml.jackson.annotation.*;
/**
 * A run reached the end of its graph. Carries the whole traversal in nodes[], the canonical record of the run.
 */
public class WorkflowRunCompletedData {
  @JsonProperty("recordId")
  private String recordId;
  @JsonProperty("organizationId")
  private String organizationId;
  @JsonProperty("workflowId")
  private String workflowId;
  @JsonProperty("workflowVersionId")
  private String workflowVersionId;
  @JsonProperty("workflowExternalId")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String workflowExternalId;
  @JsonProperty("candidateProfileId")
  private String candidateProfileId;
  @JsonProperty("candidateProfileExternalId")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String candidateProfileExternalId;
  @JsonProperty("timestamp")
  private java.time.OffsetDateTime timestamp;
  @JsonProperty("startedAt")
  private java.time.OffsetDateTime startedAt;
  @JsonProperty("completedAt")
  private java.time.OffsetDateTime completedAt;
  @JsonProperty("finalNodeId")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String finalNodeId;
  @JsonProperty("outcome")
  private RunOutcome outcome;
  @JsonProperty("truncated")
  private boolean truncated;
  @JsonProperty("nodes")
  private List<NodeOutcome> nodes;
  @JsonAnySetter
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Map<String, Object> additionalProperties;

  /**
   * The workflow run's ID.
   */
  public String getRecordId() { return this.recordId; }
  public void setRecordId(String recordId) { this.recordId = recordId; }

  /**
   * Your organization's ID.
   */
  public String getOrganizationId() { return this.organizationId; }
  public void setOrganizationId(String organizationId) { this.organizationId = organizationId; }

  /**
   * The workflow this run belongs to.
   */
  public String getWorkflowId() { return this.workflowId; }
  public void setWorkflowId(String workflowId) { this.workflowId = workflowId; }

  /**
   * The published workflow version whose execution produced this event.
   */
  public String getWorkflowVersionId() { return this.workflowVersionId; }
  public void setWorkflowVersionId(String workflowVersionId) { this.workflowVersionId = workflowVersionId; }

  /**
   * The external ID you gave the workflow, if any. May be absent or null when none was set.
   */
  public String getWorkflowExternalId() { return this.workflowExternalId; }
  public void setWorkflowExternalId(String workflowExternalId) { this.workflowExternalId = workflowExternalId; }

  /**
   * The candidate profile the run is for.
   */
  public String getCandidateProfileId() { return this.candidateProfileId; }
  public void setCandidateProfileId(String candidateProfileId) { this.candidateProfileId = candidateProfileId; }

  /**
   * The external ID you gave the candidate profile, if any. May be absent or null when none was set.
   */
  public String getCandidateProfileExternalId() { return this.candidateProfileExternalId; }
  public void setCandidateProfileExternalId(String candidateProfileExternalId) { this.candidateProfileExternalId = candidateProfileExternalId; }

  /**
   * When Popp emitted the event (ISO 8601). Only the run-lifecycle events carry it; eventTimestamp is the one timestamp every event has.
   */
  public java.time.OffsetDateTime getTimestamp() { return this.timestamp; }
  public void setTimestamp(java.time.OffsetDateTime timestamp) { this.timestamp = timestamp; }

  /**
   * When the run started executing (ISO 8601).
   */
  public java.time.OffsetDateTime getStartedAt() { return this.startedAt; }
  public void setStartedAt(java.time.OffsetDateTime startedAt) { this.startedAt = startedAt; }

  /**
   * When the run reached its terminal state (ISO 8601).
   */
  public java.time.OffsetDateTime getCompletedAt() { return this.completedAt; }
  public void setCompletedAt(java.time.OffsetDateTime completedAt) { this.completedAt = completedAt; }

  /**
   * The last node the run went through. May be absent (or null).
   */
  public String getFinalNodeId() { return this.finalNodeId; }
  public void setFinalNodeId(String finalNodeId) { this.finalNodeId = finalNodeId; }

  /**
   * The stable, run-level summary of how a run ended, carried by the three run-terminal events. Branch on this value rather than on the event name or any free text.
   */
  public RunOutcome getOutcome() { return this.outcome; }
  public void setOutcome(RunOutcome outcome) { this.outcome = outcome; }

  /**
   * True when nodes[] was cut short because of its size; the run had more steps than listed.
   */
  public boolean getTruncated() { return this.truncated; }
  public void setTruncated(boolean truncated) { this.truncated = truncated; }

  /**
   * Every step of the run in order, up to and including the last one.
   */
  public List<NodeOutcome> getNodes() { return this.nodes; }
  public void setNodes(List<NodeOutcome> nodes) { this.nodes = nodes; }

  @JsonAnyGetter
  public Map<String, Object> getAdditionalProperties() { return this.additionalProperties; }
  public void setAdditionalProperties(Map<String, Object> additionalProperties) { this.additionalProperties = additionalProperties; }
}
