// generated — do not edit. Source: spec/; generator: scripts/generate.ts; run `npm run generate`.
package popp.workflow.contract;

import com.fasterxml.jackson.annotation.*;
/**
 * How a workflow conversation ended, in the workflow domain's own terms. It is deliberately a different enum from the Conversations API's conversation status: join the two on conversationId, never on this value.
 */
public enum WorkflowOutreachOutcome {
  PASSED_CRITERIA((String)"PASSED_CRITERIA"), FAILED_CRITERIA((String)"FAILED_CRITERIA"), COMPLETED((String)"COMPLETED"), NOT_INTERESTED((String)"NOT_INTERESTED"), OPTED_OUT((String)"OPTED_OUT"), DELIVERY_FAILED((String)"DELIVERY_FAILED");

  private final String value;

  WorkflowOutreachOutcome(String value) {
    this.value = value;
  }

  @JsonValue
  public String getValue() {
    return value;
  }

  @JsonCreator
  public static WorkflowOutreachOutcome fromValue(String value) {
    for (WorkflowOutreachOutcome e : WorkflowOutreachOutcome.values()) {
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
