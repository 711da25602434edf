import json
import os
import sys
from pathlib import Path

from jsonschema import Draft202012Validator, FormatChecker

SCHEMAS = Path(os.environ.get("POPP_SCHEMAS", "node_modules/popp-workflow-contract/generated/schemas"))
EVENT_SCHEMAS = {entry["event"]: entry["file"] for entry in json.loads((SCHEMAS / "index.json").read_text())["events"]}


def problems(payload: dict) -> list[str]:
    """What is wrong with a Popp webhook payload; an empty list means it is valid."""
    schema_file = EVENT_SCHEMAS.get(payload.get("event"))
    if schema_file is None:
        return [f"unknown event type {payload.get('event')!r}"]
    schema = json.loads((SCHEMAS / schema_file).read_text())
    validator = Draft202012Validator(schema, format_checker=FormatChecker())
    return [f"{error.json_path}: {error.message}" for error in validator.iter_errors(payload)]


print(problems(json.loads(Path(sys.argv[1]).read_text())))
