// generated — do not edit. Source: spec/; generator: scripts/generate.ts; run `npm run generate`.
package popp.workflow.contract;
import popp.workflow.contract.MeetingDetails;
import java.util.Map;
import java.util.List;
import com.fasterxml.jackson.annotation.*;
/**
 * The data of every scheduling event: the booking, the conversation that led to it, and the meeting.
 */
public class SchedulingEventData {
  @JsonProperty("recordId")
  private String recordId;
  @JsonProperty("organizationId")
  private String organizationId;
  @JsonProperty("conversationId")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String conversationId;
  @JsonProperty("externalConversationId")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String externalConversationId;
  @JsonProperty("externalCampaignId")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String externalCampaignId;
  @JsonProperty("meetingDetails")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private MeetingDetails meetingDetails;
  @JsonAnySetter
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Map<String, Object> additionalProperties;

  /**
   * The booking's ID.
   */
  public String getRecordId() { return this.recordId; }
  public void setRecordId(String recordId) { this.recordId = recordId; }

  /**
   * Your organization's ID.
   */
  public String getOrganizationId() { return this.organizationId; }
  public void setOrganizationId(String organizationId) { this.organizationId = organizationId; }

  /**
   * The conversation that led to the booking.
   */
  public String getConversationId() { return this.conversationId; }
  public void setConversationId(String conversationId) { this.conversationId = conversationId; }

  /**
   * Your external reference for that conversation.
   */
  public String getExternalConversationId() { return this.externalConversationId; }
  public void setExternalConversationId(String externalConversationId) { this.externalConversationId = externalConversationId; }

  /**
   * Your external reference for the campaign.
   */
  public String getExternalCampaignId() { return this.externalCampaignId; }
  public void setExternalCampaignId(String externalCampaignId) { this.externalCampaignId = externalCampaignId; }

  /**
   * The meeting a scheduling event is about.
   */
  public MeetingDetails getMeetingDetails() { return this.meetingDetails; }
  public void setMeetingDetails(MeetingDetails meetingDetails) { this.meetingDetails = meetingDetails; }

  @JsonAnyGetter
  public Map<String, Object> getAdditionalProperties() { return this.additionalProperties; }
  public void setAdditionalProperties(Map<String, Object> additionalProperties) { this.additionalProperties = additionalProperties; }
}
