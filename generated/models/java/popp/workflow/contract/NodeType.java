// generated — do not edit. Source: spec/; generator: scripts/generate.ts; run `npm run generate`.
package popp.workflow.contract;

import com.fasterxml.jackson.annotation.*;
/**
 * The kind of workflow node that produced an outcome. The configuration guide spells the same kinds in camel case (screeningOutreach, engagementOutreach, condition); events use these upper-case names. New node types are expected (the docs keep the empty outcome for them).
 */
public enum NodeType {
  SCREENING_OUTREACH((String)"SCREENING_OUTREACH"), ENGAGEMENT_OUTREACH((String)"ENGAGEMENT_OUTREACH"), CONDITION((String)"CONDITION");

  private final String value;

  NodeType(String value) {
    this.value = value;
  }

  @JsonValue
  public String getValue() {
    return value;
  }

  @JsonCreator
  public static NodeType fromValue(String value) {
    for (NodeType e : NodeType.values()) {
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
