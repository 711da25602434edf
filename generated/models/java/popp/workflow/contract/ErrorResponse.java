// generated — do not edit. Source: spec/; generator: scripts/generate.ts; run `npm run generate`.
package popp.workflow.contract;
import popp.workflow.contract.ErrorDetail;
import java.util.Map;
import java.util.List;
import com.fasterxml.jackson.annotation.*;
/**
 * The body of every error response. Branch on `code`, not on `message`; unknown codes may appear. Quote `requestId`, when present, in support requests.
 */
public class ErrorResponse {
  @JsonProperty("code")
  private String code;
  @JsonProperty("message")
  private String message;
  @JsonProperty("details")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private List<ErrorDetail> details;
  @JsonProperty("requestId")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String requestId;
  @JsonAnySetter
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Map<String, Object> additionalProperties;

  /**
   * Machine-readable error code.
   * Examples: VALIDATION_FAILED, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, WORKFLOW_NOT_PUBLISHED, WORKFLOW_ARCHIVED, WORKFLOW_RUN_ALREADY_ENDED, WORKFLOW_VALIDATION_FAILED, ATS_CAPABILITY_NOT_SUPPORTED, RATE_LIMITED, ATS_INTEGRATION_ERROR, SERVICE_UNAVAILABLE, INTERNAL_ERROR
   */
  public String getCode() { return this.code; }
  public void setCode(String code) { this.code = code; }

  /**
   * Human-readable explanation, for logs and people; do not parse it.
   */
  public String getMessage() { return this.message; }
  public void setMessage(String message) { this.message = message; }

  /**
   * Individual problems behind the error, such as each invalid field.
   */
  public List<ErrorDetail> getDetails() { return this.details; }
  public void setDetails(List<ErrorDetail> details) { this.details = details; }

  /**
   * Identifier of the request on Popp's side.
   */
  public String getRequestId() { return this.requestId; }
  public void setRequestId(String requestId) { this.requestId = requestId; }

  @JsonAnyGetter
  public Map<String, Object> getAdditionalProperties() { return this.additionalProperties; }
  public void setAdditionalProperties(Map<String, Object> additionalProperties) { this.additionalProperties = additionalProperties; }
}
