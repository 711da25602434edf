// generated — do not edit. Source: spec/; generator: scripts/generate.ts; run `npm run generate`.
package popp.workflow.contract;
import popp.workflow.contract.RequirementOutcome;
import java.util.Map;
import java.util.List;
import com.fasterxml.jackson.annotation.*;
/**
 * The analysis of one candidate finished, with a score and a verdict per requirement.
 */
public class CandidateAnalysisCompletedData {
  @JsonProperty("recordId")
  private String recordId;
  @JsonProperty("organizationId")
  private String organizationId;
  @JsonProperty("externalId")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String externalId;
  @JsonProperty("externalAnalysisId")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String externalAnalysisId;
  @JsonProperty("analysisCandidateUrl")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String analysisCandidateUrl;
  @JsonProperty("totalScoreScaled")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Double totalScoreScaled;
  @JsonProperty("isAllMandatoryRequirementsMet")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Boolean isAllMandatoryRequirementsMet;
  @JsonProperty("requirementOutcomes")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private List<RequirementOutcome> requirementOutcomes;
  @JsonAnySetter
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Map<String, Object> additionalProperties;

  /**
   * The analysed candidate's ID.
   */
  public String getRecordId() { return this.recordId; }
  public void setRecordId(String recordId) { this.recordId = recordId; }

  /**
   * Your organization's ID.
   */
  public String getOrganizationId() { return this.organizationId; }
  public void setOrganizationId(String organizationId) { this.organizationId = organizationId; }

  /**
   * Your external reference for the candidate.
   */
  public String getExternalId() { return this.externalId; }
  public void setExternalId(String externalId) { this.externalId = externalId; }

  /**
   * Your external reference for the analysis.
   */
  public String getExternalAnalysisId() { return this.externalAnalysisId; }
  public void setExternalAnalysisId(String externalAnalysisId) { this.externalAnalysisId = externalAnalysisId; }

  /**
   * A link that opens the candidate's analysis in Popp.
   */
  public String getAnalysisCandidateUrl() { return this.analysisCandidateUrl; }
  public void setAnalysisCandidateUrl(String analysisCandidateUrl) { this.analysisCandidateUrl = analysisCandidateUrl; }

  /**
   * The candidate's overall score from 0 to 100, from how well the requirements are met.
   */
  public Double getTotalScoreScaled() { return this.totalScoreScaled; }
  public void setTotalScoreScaled(Double totalScoreScaled) { this.totalScoreScaled = totalScoreScaled; }

  /**
   * True when every mandatory requirement is met.
   */
  public Boolean getIsAllMandatoryRequirementsMet() { return this.isAllMandatoryRequirementsMet; }
  public void setIsAllMandatoryRequirementsMet(Boolean isAllMandatoryRequirementsMet) { this.isAllMandatoryRequirementsMet = isAllMandatoryRequirementsMet; }

  /**
   * One verdict per requirement.
   */
  public List<RequirementOutcome> getRequirementOutcomes() { return this.requirementOutcomes; }
  public void setRequirementOutcomes(List<RequirementOutcome> requirementOutcomes) { this.requirementOutcomes = requirementOutcomes; }

  @JsonAnyGetter
  public Map<String, Object> getAdditionalProperties() { return this.additionalProperties; }
  public void setAdditionalProperties(Map<String, Object> additionalProperties) { this.additionalProperties = additionalProperties; }
}
