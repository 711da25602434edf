// generated — do not edit. Source: spec/; generator: scripts/generate.ts; run `npm run generate`.
package popp.workflow.contract;
import popp.workflow.contract.NodeType;
import popp.workflow.contract.NodeOutcomeDetail;
import java.util.Map;
import java.util.List;
import com.fasterxml.jackson.annotation.*;
/**
 * One node of a run finished. The node's fields sit directly in data (no wrapping object) and have exactly the shape of one NodeOutcome entry, so the same code reads both. Good for live progress; the run-terminal events stay the source of truth. If you take both, deduplicate on the run's recordId plus nodeId.
 */
public class WorkflowNodeCompletedData {
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
  @JsonProperty("nodeId")
  private String nodeId;
  @JsonProperty("nodeType")
  private NodeType nodeType;
  @JsonProperty("enteredAt")
  private java.time.OffsetDateTime enteredAt;
  @JsonProperty("completedAt")
  private java.time.OffsetDateTime completedAt;
  @JsonProperty("routingEvent")
  private String routingEvent;
  @JsonProperty("outcome")
  private NodeOutcomeDetail outcome;
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
   * The node's identifier in the workflow configuration.
   */
  public String getNodeId() { return this.nodeId; }
  public void setNodeId(String nodeId) { this.nodeId = nodeId; }

  /**
   * The kind of workflow node that produced an outcome. The configuration guide spells the same kinds in camel case (screeningOutreach, engagementOutreach, condition); events use these upper-case names. New node types are expected (the docs keep the empty outcome for them).
   */
  public NodeType getNodeType() { return this.nodeType; }
  public void setNodeType(NodeType nodeType) { this.nodeType = nodeType; }

  /**
   * When the run entered the node.
   */
  public java.time.OffsetDateTime getEnteredAt() { return this.enteredAt; }
  public void setEnteredAt(java.time.OffsetDateTime enteredAt) { this.enteredAt = enteredAt; }

  /**
   * When the run left the node.
   */
  public java.time.OffsetDateTime getCompletedAt() { return this.completedAt; }
  public void setCompletedAt(java.time.OffsetDateTime completedAt) { this.completedAt = completedAt; }

  /**
   * The routing event the node emitted, such as onComplete.
   */
  public String getRoutingEvent() { return this.routingEvent; }
  public void setRoutingEvent(String routingEvent) { this.routingEvent = routingEvent; }

  /**
   * What a node produced, discriminated by kind.
   */
  public NodeOutcomeDetail getOutcome() { return this.outcome; }
  public void setOutcome(NodeOutcomeDetail outcome) { this.outcome = outcome; }

  @JsonAnyGetter
  public Map<String, Object> getAdditionalProperties() { return this.additionalProperties; }
  public void setAdditionalProperties(Map<String, Object> additionalProperties) { this.additionalProperties = additionalProperties; }
}
