// generated — do not edit. Source: spec/; generator: scripts/generate.ts; run `npm run generate`.
package popp.workflow.contract;
import popp.workflow.contract.ExistingRunStatus;
import java.util.Map;
import com.fasterxml.jackson.annotation.*;
/**
 * An inline contact matched a candidate who already has an active run on this workflow version, so no second run was started. recordId is the existing run's ID.
 */
public class WorkflowContactResolutionSkippedData {
  @JsonProperty("recordId")
  private String recordId;
  @JsonProperty("organizationId")
  private String organizationId;
  @JsonProperty("workflowId")
  private String workflowId;
  @JsonProperty("workflowExternalId")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String workflowExternalId;
  @JsonProperty("candidateProfileId")
  private String candidateProfileId;
  @JsonProperty("externalId")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String externalId;
  @JsonProperty("email")
  private String email;
  @JsonProperty("phoneNumber")
  private String phoneNumber;
  @JsonProperty("existingRunStatus")
  private ExistingRunStatus existingRunStatus;
  @JsonProperty("contactIndex")
  private int contactIndex;
  @JsonAnySetter
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Map<String, Object> additionalProperties;

  /**
   * The ID of the run the candidate already has.
   */
  public String getRecordId() { return this.recordId; }
  public void setRecordId(String recordId) { this.recordId = recordId; }

  /**
   * Your organization's ID.
   */
  public String getOrganizationId() { return this.organizationId; }
  public void setOrganizationId(String organizationId) { this.organizationId = organizationId; }

  /**
   * The workflow of the run the candidate already has.
   */
  public String getWorkflowId() { return this.workflowId; }
  public void setWorkflowId(String workflowId) { this.workflowId = workflowId; }

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
   * The status of the run a skipped contact already has on this workflow version.
   */
  public ExistingRunStatus getExistingRunStatus() { return this.existingRunStatus; }
  public void setExistingRunStatus(ExistingRunStatus existingRunStatus) { this.existingRunStatus = existingRunStatus; }

  /**
   * The contact's zero-based position in the contacts list of the Start Workflow Runs request.
   */
  public int getContactIndex() { return this.contactIndex; }
  public void setContactIndex(int contactIndex) { this.contactIndex = contactIndex; }

  @JsonAnyGetter
  public Map<String, Object> getAdditionalProperties() { return this.additionalProperties; }
  public void setAdditionalProperties(Map<String, Object> additionalProperties) { this.additionalProperties = additionalProperties; }
}
