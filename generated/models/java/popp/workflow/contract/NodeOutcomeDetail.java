// generated — do not edit. Source: spec/; generator: scripts/generate.ts; run `npm run generate`.
package popp.workflow.contract;
import popp.workflow.contract.ConversationOutcome;
import popp.workflow.contract.ConditionOutcome;
import popp.workflow.contract.EmptyOutcome;
import java.util.Map;
import java.util.List;
import com.fasterxml.jackson.annotation.*;
@JsonTypeInfo(use=JsonTypeInfo.Id.NAME, include=JsonTypeInfo.As.EXISTING_PROPERTY, property="kind", visible=true)
@JsonSubTypes({
  @JsonSubTypes.Type(value = ConversationOutcome.class, name = "conversation"),
  @JsonSubTypes.Type(value = ConditionOutcome.class, name = "condition"),
  @JsonSubTypes.Type(value = EmptyOutcome.class, name = "empty")
})
/**
 * NodeOutcomeDetail represents a union of types: ConversationOutcome, ConditionOutcome, EmptyOutcome
 */
public interface NodeOutcomeDetail {

}
