// generated — do not edit. Source: spec/; generator: scripts/generate.ts; run `npm run generate`.
package popp.workflow.contract;
import popp.workflow.contract.NodeOutcomeDetail;
import popp.workflow.contract.WorkflowOutreachOutcome;
import popp.workflow.contract.AnswerOutcome;
import java.util.Map;
import java.util.List;
import com.fasterxml.jackson.annotation.*;
/**
 * The outcome of a screeningOutreach or engagementOutreach node, which runs a conversation.
 */
public class ConversationOutcome implements NodeOutcomeDetail {
  @JsonProperty("kind")
  private final String kind = "conversation";
  @JsonProperty("conversationId")
  private String conversationId;
  @JsonProperty("status")
  private WorkflowOutreachOutcome status;
  @JsonProperty("completedAt")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private java.time.OffsetDateTime completedAt;
  @JsonProperty("answers")
  private List<AnswerOutcome> answers;
  @JsonAnySetter
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Map<String, Object> additionalProperties;

  /**
   * Discriminator; always conversation for this shape.
   */
  public String getKind() { return this.kind; }

  /**
   * The conversation's ID in the messaging service; use it to look the conversation up in the Conversations API.
   */
  public String getConversationId() { return this.conversationId; }
  public void setConversationId(String conversationId) { this.conversationId = conversationId; }

  /**
   * How a workflow conversation ended, in the workflow domain's own terms. It is deliberately a different enum from the Conversations API's conversation status: join the two on conversationId, never on this value.
   */
  public WorkflowOutreachOutcome getStatus() { return this.status; }
  public void setStatus(WorkflowOutreachOutcome status) { this.status = status; }

  /**
   * When the conversation finished. May be absent (or null).
   */
  public java.time.OffsetDateTime getCompletedAt() { return this.completedAt; }
  public void setCompletedAt(java.time.OffsetDateTime completedAt) { this.completedAt = completedAt; }

  /**
   * One entry per question answered under this node, identified by its slug. Empty when nothing was answered, for example when the candidate opted out before replying.
   */
  public List<AnswerOutcome> getAnswers() { return this.answers; }
  public void setAnswers(List<AnswerOutcome> answers) { this.answers = answers; }

  @JsonAnyGetter
  public Map<String, Object> getAdditionalProperties() { return this.additionalProperties; }
  public void setAdditionalProperties(Map<String, Object> additionalProperties) { this.additionalProperties = additionalProperties; }
}
