// generated — do not edit. Source: spec/; generator: scripts/generate.ts; run `npm run generate`.
package popp.workflow.contract;

import java.util.Map;
import com.fasterxml.jackson.annotation.*;
/**
 * A run has started executing. Only the correlation fields; nothing else.
 */
public class WorkflowRunStartedData {
  @JsonProperty("recordId")
  private String recordId;
  @JsonProperty("organizationId")
  private String organizationId;
  @JsonProperty("workflowId")
  private String workflowId;
  @JsonProperty("workflowVersionId")
  private String workflowVersionId;
  @JsonProperty("workflowExternalId")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String workflowExternalId;
  @JsonProperty("candidateProfileId")
  private String candidateProfileId;
  @JsonProperty("candidateProfileExternalId")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String candidateProfileExternalId;
  @JsonProperty("timestamp")
  private java.time.OffsetDateTime timestamp;
  @JsonAnySetter
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Map<String, Object> additionalProperties;

  /**
   * The workflow run's ID.
   */
  public String getRecordId() { return this.recordId; }
  public void setRecordId(String recordId) { this.recordId = recordId; }

  /**
   * Your organization's ID.
   */
  public String getOrganizationId() { return this.organizationId; }
  public void setOrganizationId(String organizationId) { this.organizationId = organizationId; }

  /**
   * The workflow this run belongs to.
   */
  public String getWorkflowId() { return this.workflowId; }
  public void setWorkflowId(String workflowId) { this.workflowId = workflowId; }

  /**
   * The published workflow version whose execution produced this event.
   */
  public String getWorkflowVersionId() { return this.workflowVersionId; }
  public void setWorkflowVersionId(String workflowVersionId) { this.workflowVersionId = workflowVersionId; }

  /**
   * The external ID you gave the workflow, if any. May be absent or null when none was set.
   */
  public String getWorkflowExternalId() { return this.workflowExternalId; }
  public void setWorkflowExternalId(String workflowExternalId) { this.workflowExternalId = workflowExternalId; }

  /**
   * The candidate profile the run is for.
   */
  public String getCandidateProfileId() { return this.candidateProfileId; }
  public void setCandidateProfileId(String candidateProfileId) { this.candidateProfileId = candidateProfileId; }

  /**
   * The external ID you gave the candidate profile, if any. May be absent or null when none was set.
   */
  public String getCandidateProfileExternalId() { return this.candidateProfileExternalId; }
  public void setCandidateProfileExternalId(String candidateProfileExternalId) { this.candidateProfileExternalId = candidateProfileExternalId; }

  /**
   * When Popp emitted the event (ISO 8601). Only the run-lifecycle events carry it; eventTimestamp is the one timestamp every event has.
   */
  public java.time.OffsetDateTime getTimestamp() { return this.timestamp; }
  public void setTimestamp(java.time.OffsetDateTime timestamp) { this.timestamp = timestamp; }

  @JsonAnyGetter
  public Map<String, Object> getAdditionalProperties() { return this.additionalProperties; }
  public void setAdditionalProperties(Map<String, Object> additionalProperties) { this.additionalProperties = additionalProperties; }
}
