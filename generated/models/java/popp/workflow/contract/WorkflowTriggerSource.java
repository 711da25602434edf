// generated — do not edit. Source: spec/; generator: scripts/generate.ts; run `npm run generate`.
package popp.workflow.contract;

import com.fasterxml.jackson.annotation.*;
/**
 * What started the runs. The Workflow Events page says runs are triggered through the API with triggerSource API; the client sends it unless you give another value.
 */
public enum WorkflowTriggerSource {
  @JsonEnumDefaultValue API((String)"API");

  private final String value;

  WorkflowTriggerSource(String value) {
    this.value = value;
  }

  @JsonValue
  public String getValue() {
    return value;
  }

  @JsonCreator
  public static WorkflowTriggerSource fromValue(String value) {
    for (WorkflowTriggerSource e : WorkflowTriggerSource.values()) {
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
