// generated — do not edit. Source: spec/; generator: scripts/generate.ts; run `npm run generate`.
package popp.workflow.contract;

import com.fasterxml.jackson.annotation.*;
/**
 * The request list an entry came from.
 */
public enum EnrolmentEntrySource {
  CANDIDATE_PROFILE_IDS((String)"candidateProfileIds"), CANDIDATE_PROFILE_EXTERNAL_IDS((String)"candidateProfileExternalIds"), CONTACTS((String)"contacts");

  private final String value;

  EnrolmentEntrySource(String value) {
    this.value = value;
  }

  @JsonValue
  public String getValue() {
    return value;
  }

  @JsonCreator
  public static EnrolmentEntrySource fromValue(String value) {
    for (EnrolmentEntrySource e : EnrolmentEntrySource.values()) {
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
