// generated — do not edit. Source: spec/; generator: scripts/generate.ts; run `npm run generate`.
package popp.workflow.contract;

import java.util.Map;
import com.fasterxml.jackson.annotation.*;
/**
 * The version a successful publish made live.
 */
public class PublishedWorkflowVersion {
  @JsonProperty("workflowId")
  private String workflowId;
  @JsonProperty("workflowVersionId")
  private String workflowVersionId;
  @JsonProperty("versionNumber")
  private int versionNumber;
  @JsonProperty("publishedAt")
  private java.time.OffsetDateTime publishedAt;
  @JsonAnySetter
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Map<String, Object> additionalProperties;

  /**
   * The workflow that was published.
   */
  public String getWorkflowId() { return this.workflowId; }
  public void setWorkflowId(String workflowId) { this.workflowId = workflowId; }

  /**
   * The new live version; runs started from now on execute against it.
   */
  public String getWorkflowVersionId() { return this.workflowVersionId; }
  public void setWorkflowVersionId(String workflowVersionId) { this.workflowVersionId = workflowVersionId; }

  /**
   * The version's number within the workflow.
   */
  public int getVersionNumber() { return this.versionNumber; }
  public void setVersionNumber(int versionNumber) { this.versionNumber = versionNumber; }

  /**
   * When the version went live.
   */
  public java.time.OffsetDateTime getPublishedAt() { return this.publishedAt; }
  public void setPublishedAt(java.time.OffsetDateTime publishedAt) { this.publishedAt = publishedAt; }

  @JsonAnyGetter
  public Map<String, Object> getAdditionalProperties() { return this.additionalProperties; }
  public void setAdditionalProperties(Map<String, Object> additionalProperties) { this.additionalProperties = additionalProperties; }
}
