// generated — do not edit. Source: spec/; generator: scripts/generate.ts; run `npm run generate`.
package popp.workflow.contract;

import java.util.Map;
import com.fasterxml.jackson.annotation.*;
/**
 * Counts of entries by disposition. `requested` is the number of entries sent, and equals the sum of the other four counts.
 */
public class EnrolmentSummary {
  @JsonProperty("requested")
  private int requested;
  @JsonProperty("enqueued")
  private int enqueued;
  @JsonProperty("failed")
  private int failed;
  @JsonProperty("alreadyEnrolled")
  private int alreadyEnrolled;
  @JsonProperty("duplicatesInRequest")
  private int duplicatesInRequest;
  @JsonAnySetter
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Map<String, Object> additionalProperties;

  /**
   * Entries in the request, all lists together.
   */
  public int getRequested() { return this.requested; }
  public void setRequested(int requested) { this.requested = requested; }

  /**
   * Entries queued for a run (inline contacts are still to be resolved).
   */
  public int getEnqueued() { return this.enqueued; }
  public void setEnqueued(int enqueued) { this.enqueued = enqueued; }

  /**
   * Entries rejected; one item each in `errors`.
   */
  public int getFailed() { return this.failed; }
  public void setFailed(int failed) { this.failed = failed; }

  /**
   * Entries skipped because the candidate already has a run; one item each in `alreadyEnrolled`.
   */
  public int getAlreadyEnrolled() { return this.alreadyEnrolled; }
  public void setAlreadyEnrolled(int alreadyEnrolled) { this.alreadyEnrolled = alreadyEnrolled; }

  /**
   * Entries ignored as repeats; one item each in `duplicatesInRequest`.
   */
  public int getDuplicatesInRequest() { return this.duplicatesInRequest; }
  public void setDuplicatesInRequest(int duplicatesInRequest) { this.duplicatesInRequest = duplicatesInRequest; }

  @JsonAnyGetter
  public Map<String, Object> getAdditionalProperties() { return this.additionalProperties; }
  public void setAdditionalProperties(Map<String, Object> additionalProperties) { this.additionalProperties = additionalProperties; }
}
