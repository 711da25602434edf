// generated — do not edit. Source: spec/; generator: scripts/generate.ts; run `npm run generate`.
package popp.workflow.contract;
import popp.workflow.contract.NodeOutcomeDetail;
import java.util.Map;
import com.fasterxml.jackson.annotation.*;
/**
 * An outcome with no data beyond its kind. No node type available today produces it; it is reserved for future node types without structured results (such as timed waits) and as the engine's fallback when it cannot resolve a node's outcome. Accept it; do not expect it.
 */
public class EmptyOutcome implements NodeOutcomeDetail {
  @JsonProperty("kind")
  private final String kind = "empty";
  @JsonAnySetter
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Map<String, Object> additionalProperties;

  /**
   * Discriminator; always empty for this shape.
   */
  public String getKind() { return this.kind; }

  @JsonAnyGetter
  public Map<String, Object> getAdditionalProperties() { return this.additionalProperties; }
  public void setAdditionalProperties(Map<String, Object> additionalProperties) { this.additionalProperties = additionalProperties; }
}
