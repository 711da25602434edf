// generated — do not edit. Source: spec/; generator: scripts/generate.ts; run `npm run generate`.
package popp.workflow.contract;

import com.fasterxml.jackson.annotation.*;
/**
 * The final verdict on one screening question (the outcome field of an answer).
 */
public enum QuestionOutcome {
  PASSED((String)"PASSED"), FAILED((String)"FAILED"), NOT_COMPLETED((String)"NOT_COMPLETED"), NEEDS_REVIEW((String)"NEEDS_REVIEW"), PENDING((String)"PENDING");

  private final String value;

  QuestionOutcome(String value) {
    this.value = value;
  }

  @JsonValue
  public String getValue() {
    return value;
  }

  @JsonCreator
  public static QuestionOutcome fromValue(String value) {
    for (QuestionOutcome e : QuestionOutcome.values()) {
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
