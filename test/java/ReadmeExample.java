import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.file.Files;
import java.nio.file.Path;
import popp.workflow.contract.*;

public class ReadmeExample {
  public static void main(String[] args) throws Exception {
    String body = Files.readString(Path.of(args[0]));
    ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
    WorkflowRunCompletedEvent event = mapper.readValue(body, WorkflowRunCompletedEvent.class);
    for (NodeOutcome node : event.getData().getNodes()) {
      if (node.getOutcome() instanceof ConversationOutcome conversation) {
        System.out.println(node.getNodeId() + " " + conversation.getStatus());
      }
    }
  }
}
