// generated — do not edit. Source: spec/; generator: scripts/generate.ts; run `npm run generate`.
package popp.workflow.contract;

import java.util.Map;
import com.fasterxml.jackson.annotation.*;
/**
 * A workflow was published: its working draft is now the live version. recordId is the workflow's ID. Useful for keeping an audit log of versions.
 */
public class WorkflowPublishedData {
  @JsonProperty("recordId")
  private String recordId;
  @JsonProperty("organizationId")
  private String organizationId;
  @JsonProperty("workflowExternalId")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String workflowExternalId;
  @JsonProperty("workflowVersionId")
  private String workflowVersionId;
  @JsonProperty("versionNumber")
  private int versionNumber;
  @JsonProperty("publishedByUserId")
  private String publishedByUserId;
  @JsonProperty("publishedAt")
  private java.time.OffsetDateTime publishedAt;
  @JsonAnySetter
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Map<String, Object> additionalProperties;

  /**
   * The workflow's ID.
   */
  public String getRecordId() { return this.recordId; }
  public void setRecordId(String recordId) { this.recordId = recordId; }

  /**
   * Your organization's ID.
   */
  public String getOrganizationId() { return this.organizationId; }
  public void setOrganizationId(String organizationId) { this.organizationId = organizationId; }

  /**
   * The external ID you gave the workflow, if any. May be absent or null when none was set.
   */
  public String getWorkflowExternalId() { return this.workflowExternalId; }
  public void setWorkflowExternalId(String workflowExternalId) { this.workflowExternalId = workflowExternalId; }

  /**
   * The version this publish made live; runs started from now on execute against it.
   */
  public String getWorkflowVersionId() { return this.workflowVersionId; }
  public void setWorkflowVersionId(String workflowVersionId) { this.workflowVersionId = workflowVersionId; }

  /**
   * The number given to the newly published version.
   */
  public int getVersionNumber() { return this.versionNumber; }
  public void setVersionNumber(int versionNumber) { this.versionNumber = versionNumber; }

  /**
   * The user who published the version.
   */
  public String getPublishedByUserId() { return this.publishedByUserId; }
  public void setPublishedByUserId(String publishedByUserId) { this.publishedByUserId = publishedByUserId; }

  /**
   * When the version went live (ISO 8601).
   */
  public java.time.OffsetDateTime getPublishedAt() { return this.publishedAt; }
  public void setPublishedAt(java.time.OffsetDateTime publishedAt) { this.publishedAt = publishedAt; }

  @JsonAnyGetter
  public Map<String, Object> getAdditionalProperties() { return this.additionalProperties; }
  public void setAdditionalProperties(Map<String, Object> additionalProperties) { this.additionalProperties = additionalProperties; }
}
