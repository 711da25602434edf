// generated — do not edit. Source: spec/; generator: scripts/generate.ts; run `npm run generate`.
package popp.workflow.contract;

import java.util.Map;
import com.fasterxml.jackson.annotation.*;
/**
 * The data of every conversation event: the record's IDs, the conversation's status, and the candidate's and campaign's references.
 */
public class ConversationEventData {
  @JsonProperty("recordId")
  private String recordId;
  @JsonProperty("organizationId")
  private String organizationId;
  @JsonProperty("conversationStatus")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String conversationStatus;
  @JsonProperty("candidateId")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String candidateId;
  @JsonProperty("externalId")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String externalId;
  @JsonProperty("externalCampaignId")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String externalCampaignId;
  @JsonProperty("participantFirstName")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String participantFirstName;
  @JsonProperty("participantLastName")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String participantLastName;
  @JsonProperty("campaignConversationUrl")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String campaignConversationUrl;
  @JsonAnySetter
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Map<String, Object> additionalProperties;

  /**
   * The conversation's ID.
   */
  public String getRecordId() { return this.recordId; }
  public void setRecordId(String recordId) { this.recordId = recordId; }

  /**
   * Your organization's ID.
   */
  public String getOrganizationId() { return this.organizationId; }
  public void setOrganizationId(String organizationId) { this.organizationId = organizationId; }

  /**
   * The conversation's status at the time of the event.
   * Examples: CREATED, QUEUED, ONGOING, COMPLETED_SCREENING_PASSED, COMPLETED_SCREENING_FAILED, CLOSED, OPTED_OUT, DELIVERY_FAILED
   */
  public String getConversationStatus() { return this.conversationStatus; }
  public void setConversationStatus(String conversationStatus) { this.conversationStatus = conversationStatus; }

  /**
   * Popp's internal ID of the candidate.
   */
  public String getCandidateId() { return this.candidateId; }
  public void setCandidateId(String candidateId) { this.candidateId = candidateId; }

  /**
   * Your external reference for the conversation.
   */
  public String getExternalId() { return this.externalId; }
  public void setExternalId(String externalId) { this.externalId = externalId; }

  /**
   * Your external reference for the campaign.
   */
  public String getExternalCampaignId() { return this.externalCampaignId; }
  public void setExternalCampaignId(String externalCampaignId) { this.externalCampaignId = externalCampaignId; }

  /**
   * The candidate's first name.
   */
  public String getParticipantFirstName() { return this.participantFirstName; }
  public void setParticipantFirstName(String participantFirstName) { this.participantFirstName = participantFirstName; }

  /**
   * The candidate's last name.
   */
  public String getParticipantLastName() { return this.participantLastName; }
  public void setParticipantLastName(String participantLastName) { this.participantLastName = participantLastName; }

  /**
   * A link that opens the conversation in Popp.
   */
  public String getCampaignConversationUrl() { return this.campaignConversationUrl; }
  public void setCampaignConversationUrl(String campaignConversationUrl) { this.campaignConversationUrl = campaignConversationUrl; }

  @JsonAnyGetter
  public Map<String, Object> getAdditionalProperties() { return this.additionalProperties; }
  public void setAdditionalProperties(Map<String, Object> additionalProperties) { this.additionalProperties = additionalProperties; }
}
