// generated — do not edit. Source: spec/; generator: scripts/generate.ts; run `npm run generate`.
package popp.workflow.contract;
import popp.workflow.contract.NodeOutcomeDetail;
import java.util.Map;
import com.fasterxml.jackson.annotation.*;
/**
 * The outcome of a condition node: which node the matching branch (or the else branch) sent the run to. The expression that matched is never included, because workflow definitions are private.
 */
public class ConditionOutcome implements NodeOutcomeDetail {
  @JsonProperty("kind")
  private final String kind = "condition";
  @JsonProperty("targetNodeId")
  private String targetNodeId;
  @JsonProperty("targetNodeLabel")
  private String targetNodeLabel;
  @JsonAnySetter
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Map<String, Object> additionalProperties;

  /**
   * Discriminator; always condition for this shape.
   */
  public String getKind() { return this.kind; }

  /**
   * The node the selected branch leads to.
   */
  public String getTargetNodeId() { return this.targetNodeId; }
  public void setTargetNodeId(String targetNodeId) { this.targetNodeId = targetNodeId; }

  /**
   * The display label of that node, where one is available.
   */
  public String getTargetNodeLabel() { return this.targetNodeLabel; }
  public void setTargetNodeLabel(String targetNodeLabel) { this.targetNodeLabel = targetNodeLabel; }

  @JsonAnyGetter
  public Map<String, Object> getAdditionalProperties() { return this.additionalProperties; }
  public void setAdditionalProperties(Map<String, Object> additionalProperties) { this.additionalProperties = additionalProperties; }
}
