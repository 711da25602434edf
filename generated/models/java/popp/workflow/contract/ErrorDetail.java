// generated — do not edit. Source: spec/; generator: scripts/generate.ts; run `npm run generate`.
package popp.workflow.contract;

import java.util.Map;
import com.fasterxml.jackson.annotation.*;
/**
 * One problem behind an error.
 */
public class ErrorDetail {
  @JsonProperty("code")
  private String code;
  @JsonProperty("message")
  private String message;
  @JsonProperty("field")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String field;
  @JsonProperty("nodeId")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String nodeId;
  @JsonAnySetter
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Map<String, Object> additionalProperties;

  /**
   * Machine-readable kind of problem.
   */
  public String getCode() { return this.code; }
  public void setCode(String code) { this.code = code; }

  /**
   * Human-readable explanation of the problem.
   */
  public String getMessage() { return this.message; }
  public void setMessage(String message) { this.message = message; }

  /**
   * Location of the offending request value, as a JSON Pointer into the body or a parameter name.
   */
  public String getField() { return this.field; }
  public void setField(String field) { this.field = field; }

  /**
   * The workflow node the problem concerns, when there is one.
   */
  public String getNodeId() { return this.nodeId; }
  public void setNodeId(String nodeId) { this.nodeId = nodeId; }

  @JsonAnyGetter
  public Map<String, Object> getAdditionalProperties() { return this.additionalProperties; }
  public void setAdditionalProperties(Map<String, Object> additionalProperties) { this.additionalProperties = additionalProperties; }
}
