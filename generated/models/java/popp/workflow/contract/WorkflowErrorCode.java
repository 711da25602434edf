// generated — do not edit. Source: spec/; generator: scripts/generate.ts; run `npm run generate`.
package popp.workflow.contract;

import com.fasterxml.jackson.annotation.*;
/**
 * The stable failure category of a failed run.
 */
public enum WorkflowErrorCode {
  EXECUTOR_TIMEOUT((String)"EXECUTOR_TIMEOUT"), INVALID_NODE_CONFIG((String)"INVALID_NODE_CONFIG"), DOWNSTREAM_SERVICE_ERROR((String)"DOWNSTREAM_SERVICE_ERROR"), EXECUTOR_FAILED((String)"EXECUTOR_FAILED"), SYSTEM_FAILURE((String)"SYSTEM_FAILURE"), UNKNOWN((String)"UNKNOWN");

  private final String value;

  WorkflowErrorCode(String value) {
    this.value = value;
  }

  @JsonValue
  public String getValue() {
    return value;
  }

  @JsonCreator
  public static WorkflowErrorCode fromValue(String value) {
    for (WorkflowErrorCode e : WorkflowErrorCode.values()) {
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
