// generated — do not edit. Source: spec/; generator: scripts/generate.ts; run `npm run generate`.
package popp.workflow.contract;
import popp.workflow.contract.EntryReference;
import java.util.Map;
import com.fasterxml.jackson.annotation.*;
/**
 * An entry that repeats an earlier entry of the same request.
 */
public class DuplicateEntry {
  @JsonProperty("entry")
  private EntryReference entry;
  @JsonProperty("duplicateOf")
  private EntryReference duplicateOf;
  @JsonAnySetter
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Map<String, Object> additionalProperties;

  /**
   * Points at one entry of the start-runs request by list name and zero-based position.
   */
  public EntryReference getEntry() { return this.entry; }
  public void setEntry(EntryReference entry) { this.entry = entry; }

  /**
   * Points at one entry of the start-runs request by list name and zero-based position.
   */
  public EntryReference getDuplicateOf() { return this.duplicateOf; }
  public void setDuplicateOf(EntryReference duplicateOf) { this.duplicateOf = duplicateOf; }

  @JsonAnyGetter
  public Map<String, Object> getAdditionalProperties() { return this.additionalProperties; }
  public void setAdditionalProperties(Map<String, Object> additionalProperties) { this.additionalProperties = additionalProperties; }
}
