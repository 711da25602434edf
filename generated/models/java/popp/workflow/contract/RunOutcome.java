// generated — do not edit. Source: spec/; generator: scripts/generate.ts; run `npm run generate`.
package popp.workflow.contract;

import com.fasterxml.jackson.annotation.*;
/**
 * The stable, run-level summary of how a run ended, carried by the three run-terminal events. Branch on this value rather than on the event name or any free text.
 */
public enum RunOutcome {
  COMPLETED((String)"completed"), OPTED_OUT((String)"opted_out"), DELIVERY_FAILED((String)"delivery_failed"), CANCELLED((String)"cancelled"), FAILED((String)"failed");

  private final String value;

  RunOutcome(String value) {
    this.value = value;
  }

  @JsonValue
  public String getValue() {
    return value;
  }

  @JsonCreator
  public static RunOutcome fromValue(String value) {
    for (RunOutcome e : RunOutcome.values()) {
      if (e.value.equals(value)) {
        return e;
      }
    }
    throw new IllegalArgumentException("Unexpected value '" + value + "'");
  }

  @Override
  public String toString() {
    return String.valueOf(value);
  }
}
