// generated — do not edit. Source: spec/; generator: scripts/generate.ts; run `npm run generate`.
package popp.workflow.contract;

import java.util.Map;
import com.fasterxml.jackson.annotation.*;
/**
 * The error body (ErrorResponse) as returned when publish-time validation fails: `details` then lists PublishValidationProblem items, which are also valid ErrorDetail items.
 */
public class PublishValidationProblem {
  @JsonProperty("code")
  private String code;
  @JsonProperty("message")
  private String message;
  @JsonProperty("nodeId")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String nodeId;
  @JsonProperty("field")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String field;
  @JsonAnySetter
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Map<String, Object> additionalProperties;

  /**
   * The error body (ErrorResponse) as returned when publish-time validation fails: `details` then lists PublishValidationProblem items, which are also valid ErrorDetail items.
   */
  public String getCode() { return this.code; }
  public void setCode(String code) { this.code = code; }

  /**
   * The error body (ErrorResponse) as returned when publish-time validation fails: `details` then lists PublishValidationProblem items, which are also valid ErrorDetail items.
   */
  public String getMessage() { return this.message; }
  public void setMessage(String message) { this.message = message; }

  /**
   * The error body (ErrorResponse) as returned when publish-time validation fails: `details` then lists PublishValidationProblem items, which are also valid ErrorDetail items.
   */
  public String getNodeId() { return this.nodeId; }
  public void setNodeId(String nodeId) { this.nodeId = nodeId; }

  /**
   * Location of the offending request value, as a JSON Pointer into the body or a parameter name.
   */
  public String getField() { return this.field; }
  public void setField(String field) { this.field = field; }

  @JsonAnyGetter
  public Map<String, Object> getAdditionalProperties() { return this.additionalProperties; }
  public void setAdditionalProperties(Map<String, Object> additionalProperties) { this.additionalProperties = additionalProperties; }
}
