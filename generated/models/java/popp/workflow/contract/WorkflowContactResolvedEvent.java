// generated — do not edit. Source: spec/; generator: scripts/generate.ts; run `npm run generate`.
package popp.workflow.contract;
import popp.workflow.contract.WorkflowContactResolvedData;
import java.util.Map;
import com.fasterxml.jackson.annotation.*;
public class WorkflowContactResolvedEvent {
  @JsonProperty("event")
  private final String event = "WORKFLOW_CONTACT_RESOLVED";
  @JsonProperty("eventId")
  private String eventId;
  @JsonProperty("eventTimestamp")
  private java.time.OffsetDateTime eventTimestamp;
  @JsonProperty("data")
  private WorkflowContactResolvedData data;
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
   * An inline contact from a Start Workflow Runs request was matched to an existing candidate profile or got a new one, and its run is about to start. recordId is the new run's ID, the same as in the WORKFLOW_RUN_STARTED that follows.
   */
  public WorkflowContactResolvedData getData() { return this.data; }
  public void setData(WorkflowContactResolvedData data) { this.data = data; }

  @JsonAnyGetter
  public Map<String, Object> getAdditionalProperties() { return this.additionalProperties; }
  public void setAdditionalProperties(Map<String, Object> additionalProperties) { this.additionalProperties = additionalProperties; }
}
