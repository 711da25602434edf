// generated — do not edit. Source: spec/; generator: scripts/generate.ts; run `npm run generate`.
package popp.workflow.contract;

import java.util.Map;
import com.fasterxml.jackson.annotation.*;
/**
 * The result of one screening question asked under a conversation node. Only slug is always there: the other fields may be absent or null, and score and the document fields appear only when they apply.
 */
public class AnswerOutcome {
  @JsonProperty("slug")
  private String slug;
  @JsonProperty("answer")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String answer;
  @JsonProperty("answerState")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private AnswerState answerState;
  @JsonProperty("trafficLight")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private TrafficLight trafficLight;
  @JsonProperty("outcome")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private QuestionOutcome outcome;
  @JsonProperty("score")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Integer score;
  @JsonProperty("documentS3Key")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String documentS3Key;
  @JsonProperty("documentTwilioMediaSid")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String documentTwilioMediaSid;
  @JsonProperty("classifiedDocumentType")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String classifiedDocumentType;
  @JsonAnySetter
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Map<String, Object> additionalProperties;

  /**
   * The question's stable identifier, taken from the workflow definition.
   */
  public String getSlug() { return this.slug; }
  public void setSlug(String slug) { this.slug = slug; }

  /**
   * What the candidate actually replied, verbatim.
   */
  public String getAnswer() { return this.answer; }
  public void setAnswer(String answer) { this.answer = answer; }

  /**
   * The conversation engine's classification of the reply.
   */
  public AnswerState getAnswerState() { return this.answerState; }
  public void setAnswerState(AnswerState answerState) { this.answerState = answerState; }

  /**
   * Traffic-light rating of the reply.
   */
  public TrafficLight getTrafficLight() { return this.trafficLight; }
  public void setTrafficLight(TrafficLight trafficLight) { this.trafficLight = trafficLight; }

  /**
   * The question's final verdict.
   */
  public QuestionOutcome getOutcome() { return this.outcome; }
  public void setOutcome(QuestionOutcome outcome) { this.outcome = outcome; }

  /**
   * Preferred-answer score as a percentage from 0 to 100. Present only for questions configured with hasPreferredAnswer.
   */
  public Integer getScore() { return this.score; }
  public void setScore(Integer score) { this.score = score; }

  /**
   * Storage key of a document the candidate sent by email in answer to this question.
   */
  public String getDocumentS3Key() { return this.documentS3Key; }
  public void setDocumentS3Key(String documentS3Key) { this.documentS3Key = documentS3Key; }

  /**
   * Media identifier of a document the candidate sent over WhatsApp or SMS.
   */
  public String getDocumentTwilioMediaSid() { return this.documentTwilioMediaSid; }
  public void setDocumentTwilioMediaSid(String documentTwilioMediaSid) { this.documentTwilioMediaSid = documentTwilioMediaSid; }

  /**
   * What the engine recognised an uploaded document as (for example cv, passport, dbs-certificate).
   */
  public String getClassifiedDocumentType() { return this.classifiedDocumentType; }
  public void setClassifiedDocumentType(String classifiedDocumentType) { this.classifiedDocumentType = classifiedDocumentType; }

  @JsonAnyGetter
  public Map<String, Object> getAdditionalProperties() { return this.additionalProperties; }
  public void setAdditionalProperties(Map<String, Object> additionalProperties) { this.additionalProperties = additionalProperties; }
}
