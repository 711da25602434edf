// generated — do not edit. Source: spec/; generator: scripts/generate.ts; run `npm run generate`.
package popp.workflow.contract;

import java.util.Map;
import com.fasterxml.jackson.annotation.*;
/**
 * One participant of a meeting.
 */
public class MeetingParticipant {
  @JsonProperty("email")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String email;
  @JsonProperty("name")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String name;
  @JsonAnySetter
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Map<String, Object> additionalProperties;

  /**
   * The participant's email address.
   */
  public String getEmail() { return this.email; }
  public void setEmail(String email) { this.email = email; }

  /**
   * The participant's name.
   */
  public String getName() { return this.name; }
  public void setName(String name) { this.name = name; }

  @JsonAnyGetter
  public Map<String, Object> getAdditionalProperties() { return this.additionalProperties; }
  public void setAdditionalProperties(Map<String, Object> additionalProperties) { this.additionalProperties = additionalProperties; }
}
