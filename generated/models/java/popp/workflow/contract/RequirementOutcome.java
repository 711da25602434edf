// generated — do not edit. Source: spec/; generator: scripts/generate.ts; run `npm run generate`.
package popp.workflow.contract;

import java.util.Map;
import com.fasterxml.jackson.annotation.*;
/**
 * The verdict on one requirement of an analysis.
 */
public class RequirementOutcome {
  @JsonProperty("requirement")
  private String requirement;
  @JsonProperty("isMandatory")
  private boolean isMandatory;
  @JsonProperty("isMet")
  private boolean isMet;
  @JsonProperty("evidence")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String evidence;
  @JsonAnySetter
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Map<String, Object> additionalProperties;

  /**
   * The requirement, as written in the analysis.
   */
  public String getRequirement() { return this.requirement; }
  public void setRequirement(String requirement) { this.requirement = requirement; }

  /**
   * Whether the requirement is mandatory.
   */
  public boolean getIsMandatory() { return this.isMandatory; }
  public void setIsMandatory(boolean isMandatory) { this.isMandatory = isMandatory; }

  /**
   * Whether the candidate meets it.
   */
  public boolean getIsMet() { return this.isMet; }
  public void setIsMet(boolean isMet) { this.isMet = isMet; }

  /**
   * What in the candidate's material supports the verdict. May be absent.
   */
  public String getEvidence() { return this.evidence; }
  public void setEvidence(String evidence) { this.evidence = evidence; }

  @JsonAnyGetter
  public Map<String, Object> getAdditionalProperties() { return this.additionalProperties; }
  public void setAdditionalProperties(Map<String, Object> additionalProperties) { this.additionalProperties = additionalProperties; }
}
