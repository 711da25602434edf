// generated — do not edit. Source: spec/; generator: scripts/generate.ts; run `npm run generate`.
package popp.workflow.contract;

import java.util.Map;
import com.fasterxml.jackson.annotation.*;
/**
 * An inline contact could not be turned into a candidate profile, even after the start-run queue used up its retries; no run was created. Sent exactly once per contact that failed for good. The contact's own fields are echoed as they were sent, so an email such as `invalid@example` is normal here. The cause is not included.
 */
public class WorkflowContactResolutionFailedData {
  @JsonProperty("recordId")
  private String recordId;
  @JsonProperty("organizationId")
  private String organizationId;
  @JsonProperty("workflowId")
  private String workflowId;
  @JsonProperty("workflowExternalId")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String workflowExternalId;
  @JsonProperty("externalId")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String externalId;
  @JsonProperty("email")
  private String email;
  @JsonProperty("phoneNumber")
  private String phoneNumber;
  @JsonProperty("contactIndex")
  private int contactIndex;
  @JsonAnySetter
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Map<String, Object> additionalProperties;

  /**
   * A stable key that identifies this contact for deduplication. It is not a run ID.
   */
  public String getRecordId() { return this.recordId; }
  public void setRecordId(String recordId) { this.recordId = recordId; }

  /**
   * Your organization's ID.
   */
  public String getOrganizationId() { return this.organizationId; }
  public void setOrganizationId(String organizationId) { this.organizationId = organizationId; }

  /**
   * The workflow the contact was to be enrolled in. No run of it exists for this contact.
   */
  public String getWorkflowId() { return this.workflowId; }
  public void setWorkflowId(String workflowId) { this.workflowId = workflowId; }

  /**
   * The external ID you gave the workflow, if any. May be absent or null when none was set.
   */
  public String getWorkflowExternalId() { return this.workflowExternalId; }
  public void setWorkflowExternalId(String workflowExternalId) { this.workflowExternalId = workflowExternalId; }

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
   * The contact's zero-based position in the contacts list of the Start Workflow Runs request.
   */
  public int getContactIndex() { return this.contactIndex; }
  public void setContactIndex(int contactIndex) { this.contactIndex = contactIndex; }

  @JsonAnyGetter
  public Map<String, Object> getAdditionalProperties() { return this.additionalProperties; }
  public void setAdditionalProperties(Map<String, Object> additionalProperties) { this.additionalProperties = additionalProperties; }
}
