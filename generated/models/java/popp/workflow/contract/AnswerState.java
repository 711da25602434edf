// generated — do not edit. Source: spec/; generator: scripts/generate.ts; run `npm run generate`.
package popp.workflow.contract;

import com.fasterxml.jackson.annotation.*;
/**
 * How the conversation engine classified a candidate's answer.
 */
public enum AnswerState {
  IS_YES((String)"IS_YES"), IS_NO((String)"IS_NO"), IS_ANY((String)"IS_ANY"), INCLUDES((String)"INCLUDES"), DOES_NOT_INCLUDE((String)"DOES_NOT_INCLUDE"), DOCUMENT_UPLOADED((String)"DOCUMENT_UPLOADED"), DOCUMENT_NOT_UPLOADED((String)"DOCUMENT_NOT_UPLOADED"), NEEDS_CLARIFICATION((String)"NEEDS_CLARIFICATION");

  private final String value;

  AnswerState(String value) {
    this.value = value;
  }

  @JsonValue
  public String getValue() {
    return value;
  }

  @JsonCreator
  public static AnswerState fromValue(String value) {
    for (AnswerState e : AnswerState.values()) {
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
