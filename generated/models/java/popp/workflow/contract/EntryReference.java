// generated — do not edit. Source: spec/; generator: scripts/generate.ts; run `npm run generate`.
package popp.workflow.contract;
import popp.workflow.contract.EnrolmentEntrySource;
import java.util.Map;
import com.fasterxml.jackson.annotation.*;
/**
 * Points at one entry of the start-runs request by list name and zero-based position.
 */
public class EntryReference {
  @JsonProperty("source")
  private EnrolmentEntrySource source;
  @JsonProperty("index")
  private int index;
  @JsonAnySetter
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Map<String, Object> additionalProperties;

  /**
   * The request list an entry came from.
   */
  public EnrolmentEntrySource getSource() { return this.source; }
  public void setSource(EnrolmentEntrySource source) { this.source = source; }

  /**
   * Zero-based position of the entry in that list (for contacts, the same value as the webhooks' contactIndex).
   */
  public int getIndex() { return this.index; }
  public void setIndex(int index) { this.index = index; }

  @JsonAnyGetter
  public Map<String, Object> getAdditionalProperties() { return this.additionalProperties; }
  public void setAdditionalProperties(Map<String, Object> additionalProperties) { this.additionalProperties = additionalProperties; }
}
