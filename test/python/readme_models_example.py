import json
import os
import sys
from pathlib import Path

sys.path.insert(0, os.environ.get("POPP_MODELS", "node_modules/popp-workflow-contract/generated/models/python"))
from popp_workflow_contract import ConversationOutcome, WorkflowRunCompletedEvent  # noqa: E402

event = WorkflowRunCompletedEvent.model_validate(json.loads(Path(sys.argv[1]).read_text()))
print(event.data.record_id, event.data.outcome.value)
for node in event.data.nodes:
    if isinstance(node.outcome, ConversationOutcome):
        print(node.node_id, node.outcome.status.value, [answer.slug for answer in node.outcome.answers])
