// generated — do not edit. Source: spec/; generator: scripts/generate.ts; run `npm run generate`.
package popp.workflow.contract;
import popp.workflow.contract.SchedulingEventData;
import java.util.Map;
import java.util.List;
import com.fasterxml.jackson.annotation.*;
public class CalendarNoteTakerCompletedEvent {
  @JsonProperty("event")
  private final String event = "CALENDAR_NOTE_TAKER_COMPLETED";
  @JsonProperty("eventId")
  private String eventId;
  @JsonProperty("eventTimestamp")
  private java.time.OffsetDateTime eventTimestamp;
  @JsonProperty("data")
  private SchedulingEventData data;
  @JsonAnySetter
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Map<String, Object> additionalProperties;

  /**
   * The event type.
   */
  public String getEvent() { return this.event; }

  /**
   * This event's unique ID. A redelivery of the same event carries the same ID, which makes it the idempotency key.
   */
  public String getEventId() { return this.eventId; }
  public void setEventId(String eventId) { this.eventId = eventId; }

  /**
   * When the event was placed in its envelope (ISO 8601). Present on every event.
   */
  public java.time.OffsetDateTime getEventTimestamp() { return this.eventTimestamp; }
  public void setEventTimestamp(java.time.OffsetDateTime eventTimestamp) { this.eventTimestamp = eventTimestamp; }

  /**
   * The data of every scheduling event: the booking, the conversation that led to it, and the meeting.
   */
  public SchedulingEventData getData() { return this.data; }
  public void setData(SchedulingEventData data) { this.data = data; }

  @JsonAnyGetter
  public Map<String, Object> getAdditionalProperties() { return this.additionalProperties; }
  public void setAdditionalProperties(Map<String, Object> additionalProperties) { this.additionalProperties = additionalProperties; }
}
