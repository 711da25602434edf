// generated — do not edit. Source: spec/; generator: scripts/generate.ts; run `npm run generate`.
package popp.workflow.contract;

import com.fasterxml.jackson.annotation.*;
/**
 * The status of the run a skipped contact already has on this workflow version.
 */
public enum ExistingRunStatus {
  RUNNING((String)"RUNNING"), COMPLETED((String)"COMPLETED");

  private final String value;

  ExistingRunStatus(String value) {
    this.value = value;
  }

  @JsonValue
  public String getValue() {
    return value;
  }

  @JsonCreator
  public static ExistingRunStatus fromValue(String value) {
    for (ExistingRunStatus e : ExistingRunStatus.values()) {
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
