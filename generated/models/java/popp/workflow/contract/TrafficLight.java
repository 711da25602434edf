// generated — do not edit. Source: spec/; generator: scripts/generate.ts; run `npm run generate`.
package popp.workflow.contract;

import com.fasterxml.jackson.annotation.*;
/**
 * The traffic-light rating of an answer.
 */
public enum TrafficLight {
  GREEN((String)"GREEN"), AMBER((String)"AMBER"), RED((String)"RED");

  private final String value;

  TrafficLight(String value) {
    this.value = value;
  }

  @JsonValue
  public String getValue() {
    return value;
  }

  @JsonCreator
  public static TrafficLight fromValue(String value) {
    for (TrafficLight e : TrafficLight.values()) {
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
