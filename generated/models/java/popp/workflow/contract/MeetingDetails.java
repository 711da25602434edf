// generated — do not edit. Source: spec/; generator: scripts/generate.ts; run `npm run generate`.
package popp.workflow.contract;
import popp.workflow.contract.MeetingParticipant;
import java.util.Map;
import java.util.List;
import com.fasterxml.jackson.annotation.*;
/**
 * The meeting a scheduling event is about.
 */
public class MeetingDetails {
  @JsonProperty("title")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String title;
  @JsonProperty("startDateTime")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private java.time.OffsetDateTime startDateTime;
  @JsonProperty("endDateTime")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private java.time.OffsetDateTime endDateTime;
  @JsonProperty("timezone")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String timezone;
  @JsonProperty("location")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String location;
  @JsonProperty("videoConference")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Boolean videoConference;
  @JsonProperty("meetingUrl")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String meetingUrl;
  @JsonProperty("participants")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private List<MeetingParticipant> participants;
  @JsonAnySetter
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Map<String, Object> additionalProperties;

  /**
   * The meeting's title.
   */
  public String getTitle() { return this.title; }
  public void setTitle(String title) { this.title = title; }

  /**
   * When the meeting starts (ISO 8601).
   */
  public java.time.OffsetDateTime getStartDateTime() { return this.startDateTime; }
  public void setStartDateTime(java.time.OffsetDateTime startDateTime) { this.startDateTime = startDateTime; }

  /**
   * When it ends (ISO 8601).
   */
  public java.time.OffsetDateTime getEndDateTime() { return this.endDateTime; }
  public void setEndDateTime(java.time.OffsetDateTime endDateTime) { this.endDateTime = endDateTime; }

  /**
   * The meeting's IANA time zone, such as America/New_York.
   */
  public String getTimezone() { return this.timezone; }
  public void setTimezone(String timezone) { this.timezone = timezone; }

  /**
   * Where an in-person meeting takes place.
   */
  public String getLocation() { return this.location; }
  public void setLocation(String location) { this.location = location; }

  /**
   * True for a video meeting.
   */
  public Boolean getVideoConference() { return this.videoConference; }
  public void setVideoConference(Boolean videoConference) { this.videoConference = videoConference; }

  /**
   * The video meeting's link, when videoConference is true.
   */
  public String getMeetingUrl() { return this.meetingUrl; }
  public void setMeetingUrl(String meetingUrl) { this.meetingUrl = meetingUrl; }

  /**
   * Who takes part.
   */
  public List<MeetingParticipant> getParticipants() { return this.participants; }
  public void setParticipants(List<MeetingParticipant> participants) { this.participants = participants; }

  @JsonAnyGetter
  public Map<String, Object> getAdditionalProperties() { return this.additionalProperties; }
  public void setAdditionalProperties(Map<String, Object> additionalProperties) { this.additionalProperties = additionalProperties; }
}
