// generated — do not edit. Source: spec/; generator: scripts/generate.ts; run `npm run generate`.
package popp.workflow.contract;

import java.util.Map;
import com.fasterxml.jackson.annotation.*;
/**
 * An inline contact from a Start Workflow Runs request was matched to an existing candidate profile or got a new one, and its run is about to start. recordId is the new run's ID, the same as in the WORKFLOW_RUN_STARTED that follows.
 */
public class WorkflowContactResolvedData {
  @JsonProperty("recordId")
  private String recordId;
  @JsonProperty("organizationId")
  private String organizationId;
  @JsonProperty("workflowId")
  private String workflowId;
  @JsonProperty("workflowExternalId")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String workflowExternalId;
  @JsonProperty("workflowVersionId")
  private String workflowVersionId;
  @JsonProperty("versionNumber")
  private int versionNumber;
  @JsonProperty("candidateProfileId")
  private String candidateProfileId;
  @JsonProperty("externalId")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String externalId;
  @JsonProperty("email")
  private String email;
  @JsonProperty("phoneNumber")
  private String phoneNumber;
  @JsonProperty("isNewProfile")
  private boolean isNewProfile;
  @JsonProperty("contactIndex")
  private int contactIndex;
  @JsonAnySetter
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Map<String, Object> additionalProperties;

  /**
   * The ID of the run that will start for this contact.
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
   * The external ID you gave the workflow, if any. May be absent or null when none was set.
   */
  public String getWorkflowExternalId() { return this.workflowExternalId; }
  public void setWorkflowExternalId(String workflowExternalId) { this.workflowExternalId = workflowExternalId; }

  /**
   * The published workflow version whose execution produced this event.
   */
  public String getWorkflowVersionId() { return this.workflowVersionId; }
  public void setWorkflowVersionId(String workflowVersionId) { this.workflowVersionId = workflowVersionId; }

  /**
   * The number of the workflow version the run will execute.
   */
  public int getVersionNumber() { return this.versionNumber; }
  public void setVersionNumber(int versionNumber) { this.versionNumber = versionNumber; }

  /**
   * The candidate profile the run is for.
   */
  public String getCandidateProfileId() { return this.candidateProfileId; }
  public void setCandidateProfileId(String candidateProfileId) { this.candidateProfileId = candidateProfileId; }

  /**
   * The external ID sent with the inline contact. May be absent or null when none was sent.
   */
  public String getExternalId() { return this.externalId; }
  public void setExternalId(String externalId) { this.externalId = externalId; }

  /**
   * The inline contact's email address, as it was sent.
   */
  public String getEmail() { return this.email; }
  public void setEmail(String email) { this.email = email; }

  /**
   * The inline contact's phone number in E.164 form, as it was sent.
   */
  public String getPhoneNumber() { return this.phoneNumber; }
  public void setPhoneNumber(String phoneNumber) { this.phoneNumber = phoneNumber; }

  /**
   * True when a new candidate profile was created; false when an existing one matched.
   */
  public boolean getIsNewProfile() { return this.isNewProfile; }
  public void setIsNewProfile(boolean isNewProfile) { this.isNewProfile = isNewProfile; }

  /**
   * The contact's zero-based position in the contacts list of the Start Workflow Runs request.
   */
  public int getContactIndex() { return this.contactIndex; }
  public void setContactIndex(int contactIndex) { this.contactIndex = contactIndex; }

  @JsonAnyGetter
  public Map<String, Object> getAdditionalProperties() { return this.additionalProperties; }
  public void setAdditionalProperties(Map<String, Object> additionalProperties) { this.additionalProperties = additionalProperties; }
}
