// generated — do not edit. Source: spec/; generator: scripts/generate.ts; run `npm run generate`.
package popp.workflow.contract;
import popp.workflow.contract.EntryReference;
import java.util.Map;
import com.fasterxml.jackson.annotation.*;
/**
 * One rejected entry and why it was rejected.
 */
public class EnrolmentError {
  @JsonProperty("entry")
  private EntryReference entry;
  @JsonProperty("code")
  private String code;
  @JsonProperty("message")
  private String message;
  @JsonAnySetter
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Map<String, Object> additionalProperties;

  /**
   * Points at one entry of the start-runs request by list name and zero-based position.
   */
  public EntryReference getEntry() { return this.entry; }
  public void setEntry(EntryReference entry) { this.entry = entry; }

  /**
   * Machine-readable reason. Treat unknown values as a generic failure.
   * Examples: CANDIDATE_PROFILE_NOT_FOUND
   */
  public String getCode() { return this.code; }
  public void setCode(String code) { this.code = code; }

  /**
   * Human-readable explanation, for logs; do not parse it.
   */
  public String getMessage() { return this.message; }
  public void setMessage(String message) { this.message = message; }

  @JsonAnyGetter
  public Map<String, Object> getAdditionalProperties() { return this.additionalProperties; }
  public void setAdditionalProperties(Map<String, Object> additionalProperties) { this.additionalProperties = additionalProperties; }
}
