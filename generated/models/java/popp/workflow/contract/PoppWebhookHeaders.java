// generated — do not edit. Source: spec/; generator: scripts/generate.ts; run `npm run generate`.
package popp.workflow.contract;

import java.util.Map;
import com.fasterxml.jackson.annotation.*;
/**
 * The HTTP headers of every delivery. They sit in the HTTP message binding, not in message headers, because AsyncAPI reserves message headers for application headers.
 */
public class PoppWebhookHeaders {
  @JsonProperty("Content-Type")
  private final String contentMinusType = "application/json";
  @JsonProperty("x-signature")
  private String xMinusSignature;
  @JsonAnySetter
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Map<String, Object> additionalProperties;

  /**
   * Every delivery's body is JSON.
   */
  public String getContentMinusType() { return this.contentMinusType; }

  /**
   * HMAC-SHA256 of the exact raw request body, keyed with your endpoint's signing secret, written as lowercase hex (64 characters). Verify it over the bytes you received, before parsing.
   */
  public String getXMinusSignature() { return this.xMinusSignature; }
  public void setXMinusSignature(String xMinusSignature) { this.xMinusSignature = xMinusSignature; }

  @JsonAnyGetter
  public Map<String, Object> getAdditionalProperties() { return this.additionalProperties; }
  public void setAdditionalProperties(Map<String, Object> additionalProperties) { this.additionalProperties = additionalProperties; }
}
