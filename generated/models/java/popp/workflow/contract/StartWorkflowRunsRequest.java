// generated — do not edit. Source: spec/; generator: scripts/generate.ts; run `npm run generate`.
package popp.workflow.contract;
import popp.workflow.contract.InlineContact;
import popp.workflow.contract.WorkflowTriggerSource;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.annotation.*;
/**
 * The candidates to enrol. At least one of the three lists must be present and non-empty; the lists may be combined. Each list holds at most 5000 entries and all lists together at most 5000 (`x-popp-max-total-entries`; JSON Schema cannot add up array lengths, so the client checks the total). Entries are identified in the response by list name and zero-based index.
 */
public class StartWorkflowRunsRequest {
  @JsonProperty("candidateProfileIds")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private List<String> candidateProfileIds;
  @JsonProperty("candidateProfileExternalIds")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private List<String> candidateProfileExternalIds;
  @JsonProperty("contacts")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private List<InlineContact> contacts;
  @JsonProperty("triggerSource")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private WorkflowTriggerSource triggerSource = WorkflowTriggerSource.API;
  @JsonAnySetter
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Map<String, Object> additionalProperties;

  /**
   * Popp IDs of existing candidate profiles to enrol.
   */
  public List<String> getCandidateProfileIds() { return this.candidateProfileIds; }
  public void setCandidateProfileIds(List<String> candidateProfileIds) { this.candidateProfileIds = candidateProfileIds; }

  /**
   * Your own external IDs of existing candidate profiles to enrol.
   */
  public List<String> getCandidateProfileExternalIds() { return this.candidateProfileExternalIds; }
  public void setCandidateProfileExternalIds(List<String> candidateProfileExternalIds) { this.candidateProfileExternalIds = candidateProfileExternalIds; }

  /**
   * People given by contact details. Each is matched to an existing candidate profile or gets a new one, after the call returns; the contact-resolution webhooks report the result with the entry's index as `contactIndex`.
   */
  public List<InlineContact> getContacts() { return this.contacts; }
  public void setContacts(List<InlineContact> contacts) { this.contacts = contacts; }

  /**
   * What started the runs. The Workflow Events page says runs are triggered through the API with triggerSource API; the client sends it unless you give another value.
   */
  public WorkflowTriggerSource getTriggerSource() { return this.triggerSource; }
  public void setTriggerSource(WorkflowTriggerSource triggerSource) { this.triggerSource = triggerSource; }

  @JsonAnyGetter
  public Map<String, Object> getAdditionalProperties() { return this.additionalProperties; }
  public void setAdditionalProperties(Map<String, Object> additionalProperties) { this.additionalProperties = additionalProperties; }
}
