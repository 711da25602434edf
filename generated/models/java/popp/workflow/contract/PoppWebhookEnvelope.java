// generated — do not edit. Source: spec/; generator: scripts/generate.ts; run `npm run generate`.
package popp.workflow.contract;
import popp.workflow.contract.PoppWebhookEnvelopeData;
import java.util.Map;
import com.fasterxml.jackson.annotation.*;
/**
 * The envelope every Popp event shares, whatever its type. Receivers check a delivery against it first, then against the schema of its event type; an event type this contract does not know yet still has this shape.
 */
public class PoppWebhookEnvelope {
  @JsonProperty("event")
  private String event;
  @JsonProperty("eventId")
  private String eventId;
  @JsonProperty("eventTimestamp")
  private java.time.OffsetDateTime eventTimestamp;
  @JsonProperty("data")
  private PoppWebhookEnvelopeData data;
  @JsonAnySetter
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Map<String, Object> additionalProperties;

  /**
   * The event type, such as WORKFLOW_RUN_COMPLETED.
   */
  public String getEvent() { return this.event; }
  public void setEvent(String event) { this.event = event; }

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
   * The fields every event's data has; each event type adds its own.
   */
  public PoppWebhookEnvelopeData getData() { return this.data; }
  public void setData(PoppWebhookEnvelopeData data) { this.data = data; }

  @JsonAnyGetter
  public Map<String, Object> getAdditionalProperties() { return this.additionalProperties; }
  public void setAdditionalProperties(Map<String, Object> additionalProperties) { this.additionalProperties = additionalProperties; }
}
