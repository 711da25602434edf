// generated — do not edit. Source: spec/; generator: scripts/generate.ts; run `npm run generate`.
package popp.workflow.contract;

import java.util.Map;
import com.fasterxml.jackson.annotation.*;
/**
 * Optional settings for cancelling a run.
 */
public class CancelWorkflowRunRequest {
  @JsonProperty("reason")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String reason;
  @JsonProperty("closeActiveConversations")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Boolean closeActiveConversations;
  @JsonAnySetter
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Map<String, Object> additionalProperties;

  /**
   * Why the run is being cancelled, in your words. It is stored as the run's `cancellationReason` and sent in the WORKFLOW_RUN_CANCELLED webhook.
   */
  public String getReason() { return this.reason; }
  public void setReason(String reason) { this.reason = reason; }

  /**
   * When true, Popp also closes the run's open conversation. By default that conversation keeps going until it ends by itself.
   */
  public Boolean getCloseActiveConversations() { return this.closeActiveConversations; }
  public void setCloseActiveConversations(Boolean closeActiveConversations) { this.closeActiveConversations = closeActiveConversations; }

  @JsonAnyGetter
  public Map<String, Object> getAdditionalProperties() { return this.additionalProperties; }
  public void setAdditionalProperties(Map<String, Object> additionalProperties) { this.additionalProperties = additionalProperties; }
}
