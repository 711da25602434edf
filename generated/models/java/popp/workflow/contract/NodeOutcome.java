// generated — do not edit. Source: spec/; generator: scripts/generate.ts; run `npm run generate`.
package popp.workflow.contract;
import popp.workflow.contract.NodeType;
import popp.workflow.contract.NodeOutcomeDetail;
import java.util.Map;
import java.util.List;
import com.fasterxml.jackson.annotation.*;
/**
 * One step of a run: which node ran, when, which routing event it emitted, and what it produced. Run-terminal events carry the ordered list of these (the canonical record of a run); WORKFLOW_NODE_COMPLETED carries the same fields flat in its data.
 */
public class NodeOutcome {
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
   * The routing event the node emitted, such as onComplete or onConditionResolved.
   * Examples: onComplete, onNotInterested, onDeliveryFailed, onConditionResolved
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
