// generated — do not edit. Source: spec/; generator: scripts/generate.ts; run `npm run generate`.
package popp.workflow.contract;

import java.util.Map;
import com.fasterxml.jackson.annotation.*;
/**
 * A candidate given by contact details rather than by profile. At least one of `email` and `phoneNumber` is required so the contact can be matched or reached.
 */
public class InlineContact {
  @JsonProperty("externalId")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String externalId;
  @JsonProperty("email")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String email;
  @JsonProperty("phoneNumber")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String phoneNumber;
  @JsonProperty("firstName")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String firstName;
  @JsonProperty("lastName")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String lastName;
  @JsonAnySetter
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Map<String, Object> additionalProperties;

  /**
   * Your own identifier for this person; it becomes the candidate profile's external ID.
   */
  public String getExternalId() { return this.externalId; }
  public void setExternalId(String externalId) { this.externalId = externalId; }

  /**
   * The person's email address, as you have it; its form is not checked.
   */
  public String getEmail() { return this.email; }
  public void setEmail(String email) { this.email = email; }

  /**
   * The person's phone number in E.164 form, for example +447700900000.
   */
  public String getPhoneNumber() { return this.phoneNumber; }
  public void setPhoneNumber(String phoneNumber) { this.phoneNumber = phoneNumber; }

  /**
   * Given name.
   */
  public String getFirstName() { return this.firstName; }
  public void setFirstName(String firstName) { this.firstName = firstName; }

  /**
   * Family name.
   */
  public String getLastName() { return this.lastName; }
  public void setLastName(String lastName) { this.lastName = lastName; }

  @JsonAnyGetter
  public Map<String, Object> getAdditionalProperties() { return this.additionalProperties; }
  public void setAdditionalProperties(Map<String, Object> additionalProperties) { this.additionalProperties = additionalProperties; }
}
