// generated — do not edit. Source: spec/; generator: scripts/generate.ts; run `npm run generate`.
package popp.workflow.contract;

import com.fasterxml.jackson.annotation.*;
/**
 * A coarser classifier than errorCode that tells retry-worthy failures (SYSTEM) from data problems (DATA).
 */
public enum WorkflowErrorClass {
  DATA((String)"DATA"), SYSTEM((String)"SYSTEM");

  private final String value;

  WorkflowErrorClass(String value) {
    this.value = value;
  }

  @JsonValue
  public String getValue() {
    return value;
  }

  @JsonCreator
  public static WorkflowErrorClass fromValue(String value) {
    for (WorkflowErrorClass e : WorkflowErrorClass.values()) {
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
