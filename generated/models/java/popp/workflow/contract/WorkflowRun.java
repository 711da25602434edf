// generated — do not edit. Source: spec/; generator: scripts/generate.ts; run `npm run generate`.
package popp.workflow.contract;
import popp.workflow.contract.WorkflowRunStatus;
import popp.workflow.contract.NodeOutcome;
import java.util.Map;
import java.util.List;
import com.fasterxml.jackson.annotation.*;
/**
 * One candidate's run through one workflow version, in the same terms as the workflow webhooks. Always present: the IDs, status, outcome, startedAt, completedAt, truncated and nodes (outcome and completedAt are null while the run is RUNNING). Present only when they apply: finalNodeId once a node has been traversed; errorCode, errorClass and lastFailedNodeId on FAILED runs (errorClass only for infrastructure failures); cancellationReason on CANCELLED runs when a reason was given; context on getWorkflowRun (lists may leave it out).
 */
public class WorkflowRun {
  @JsonProperty("runId")
  private String runId;
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
  @JsonProperty("status")
  private WorkflowRunStatus status;
  @JsonProperty("outcome")
  private RunOutcome outcome;
  @JsonProperty("startedAt")
  private java.time.OffsetDateTime startedAt;
  @JsonProperty("completedAt")
  private java.time.OffsetDateTime completedAt;
  @JsonProperty("finalNodeId")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String finalNodeId;
  @JsonProperty("errorCode")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private WorkflowErrorCode errorCode;
  @JsonProperty("errorClass")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private WorkflowErrorClass errorClass;
  @JsonProperty("lastFailedNodeId")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String lastFailedNodeId;
  @JsonProperty("cancellationReason")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String cancellationReason;
  @JsonProperty("truncated")
  private boolean truncated;
  @JsonProperty("nodes")
  private List<NodeOutcome> nodes;
  @JsonProperty("context")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String context;
  @JsonAnySetter
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Map<String, Object> additionalProperties;

  /**
   * The run's ID (the recordId of its run-lifecycle webhooks).
   */
  public String getRunId() { return this.runId; }
  public void setRunId(String runId) { this.runId = runId; }

  /**
   * The workflow the run belongs to.
   */
  public String getWorkflowId() { return this.workflowId; }
  public void setWorkflowId(String workflowId) { this.workflowId = workflowId; }

  /**
   * The workflow version the run executes.
   */
  public String getWorkflowVersionId() { return this.workflowVersionId; }
  public void setWorkflowVersionId(String workflowVersionId) { this.workflowVersionId = workflowVersionId; }

  /**
   * Your external ID of the workflow, when one is set.
   */
  public String getWorkflowExternalId() { return this.workflowExternalId; }
  public void setWorkflowExternalId(String workflowExternalId) { this.workflowExternalId = workflowExternalId; }

  /**
   * The candidate profile the run is for.
   */
  public String getCandidateProfileId() { return this.candidateProfileId; }
  public void setCandidateProfileId(String candidateProfileId) { this.candidateProfileId = candidateProfileId; }

  /**
   * Your external ID of the candidate profile, when one is set.
   */
  public String getCandidateProfileExternalId() { return this.candidateProfileExternalId; }
  public void setCandidateProfileExternalId(String candidateProfileExternalId) { this.candidateProfileExternalId = candidateProfileExternalId; }

  /**
   * Where a run stands. RUNNING until it ends; then COMPLETED, FAILED or CANCELLED, matching the run-terminal webhook that announced the end (WORKFLOW_RUN_COMPLETED, _FAILED, _CANCELLED).
   */
  public WorkflowRunStatus getStatus() { return this.status; }
  public void setStatus(WorkflowRunStatus status) { this.status = status; }

  /**
   * How the run ended; null while it is RUNNING.
   */
  public RunOutcome getOutcome() { return this.outcome; }
  public void setOutcome(RunOutcome outcome) { this.outcome = outcome; }

  /**
   * When the run began executing.
   */
  public java.time.OffsetDateTime getStartedAt() { return this.startedAt; }
  public void setStartedAt(java.time.OffsetDateTime startedAt) { this.startedAt = startedAt; }

  /**
   * When the run reached its terminal state; null while it is RUNNING.
   */
  public java.time.OffsetDateTime getCompletedAt() { return this.completedAt; }
  public void setCompletedAt(java.time.OffsetDateTime completedAt) { this.completedAt = completedAt; }

  /**
   * The last node the run has traversed.
   */
  public String getFinalNodeId() { return this.finalNodeId; }
  public void setFinalNodeId(String finalNodeId) { this.finalNodeId = finalNodeId; }

  /**
   * On a FAILED run, its failure category.
   */
  public WorkflowErrorCode getErrorCode() { return this.errorCode; }
  public void setErrorCode(WorkflowErrorCode errorCode) { this.errorCode = errorCode; }

  /**
   * On a FAILED run that failed on the infrastructure path, DATA or SYSTEM.
   */
  public WorkflowErrorClass getErrorClass() { return this.errorClass; }
  public void setErrorClass(WorkflowErrorClass errorClass) { this.errorClass = errorClass; }

  /**
   * On a FAILED run, the node where it failed.
   */
  public String getLastFailedNodeId() { return this.lastFailedNodeId; }
  public void setLastFailedNodeId(String lastFailedNodeId) { this.lastFailedNodeId = lastFailedNodeId; }

  /**
   * On a CANCELLED run, the reason given when it was cancelled, if any.
   */
  public String getCancellationReason() { return this.cancellationReason; }
  public void setCancellationReason(String cancellationReason) { this.cancellationReason = cancellationReason; }

  /**
   * True when `nodes` was cut short because of size limits.
   */
  public boolean getTruncated() { return this.truncated; }
  public void setTruncated(boolean truncated) { this.truncated = truncated; }

  /**
   * The nodes traversed so far, in order; empty if no node has completed yet.
   */
  public List<NodeOutcome> getNodes() { return this.nodes; }
  public void setNodes(List<NodeOutcome> nodes) { this.nodes = nodes; }

  /**
   * The run's context: a JSON document serialised into a string. Parse it yourself; its content depends on the workflow and is not specified here.
   */
  public String getContext() { return this.context; }
  public void setContext(String context) { this.context = context; }

  @JsonAnyGetter
  public Map<String, Object> getAdditionalProperties() { return this.additionalProperties; }
  public void setAdditionalProperties(Map<String, Object> additionalProperties) { this.additionalProperties = additionalProperties; }
}
