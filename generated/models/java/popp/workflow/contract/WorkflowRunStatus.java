// generated — do not edit. Source: spec/; generator: scripts/generate.ts; run `npm run generate`.
package popp.workflow.contract;

import com.fasterxml.jackson.annotation.*;
/**
 * Where a run stands. RUNNING until it ends; then COMPLETED, FAILED or CANCELLED, matching the run-terminal webhook that announced the end (WORKFLOW_RUN_COMPLETED, _FAILED, _CANCELLED).
 */
public enum WorkflowRunStatus {
  RUNNING((String)"RUNNING"), COMPLETED((String)"COMPLETED"), FAILED((String)"FAILED"), CANCELLED((String)"CANCELLED");

  private final String value;

  WorkflowRunStatus(String value) {
    this.value = value;
  }

  @JsonValue
  public String getValue() {
    return value;
  }

  @JsonCreator
  public static WorkflowRunStatus fromValue(String value) {
    for (WorkflowRunStatus e : WorkflowRunStatus.values()) {
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
