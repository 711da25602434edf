// generated — do not edit. Source: spec/; generator: scripts/generate.ts; run `npm run generate`.
package popp.workflow.contract;
import popp.workflow.contract.WorkflowRun;
import java.util.Map;
import java.util.List;
import com.fasterxml.jackson.annotation.*;
/**
 * One page of runs and the cursor for the next page.
 */
public class WorkflowRunPage {
  @JsonProperty("runs")
  private List<WorkflowRun> runs;
  @JsonProperty("nextToken")
  private String nextToken;
  @JsonAnySetter
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Map<String, Object> additionalProperties;

  /**
   * The runs on this page, newest first.
   */
  public List<WorkflowRun> getRuns() { return this.runs; }
  public void setRuns(List<WorkflowRun> runs) { this.runs = runs; }

  /**
   * Pass it as the nextToken query parameter to get the next page; null on the last page.
   */
  public String getNextToken() { return this.nextToken; }
  public void setNextToken(String nextToken) { this.nextToken = nextToken; }

  @JsonAnyGetter
  public Map<String, Object> getAdditionalProperties() { return this.additionalProperties; }
  public void setAdditionalProperties(Map<String, Object> additionalProperties) { this.additionalProperties = additionalProperties; }
}
