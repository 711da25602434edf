"""Loads payloads into the generated pydantic models (generated/models/python/) and dumps them back.

Input (a JSON file named on the command line):
  {"modelsDir": "...", "payloads": [{"name", "model", "payload"}]}
Output (stdout, JSON): per payload, the class it became, whether dumping it gives the payload back
byte-for-byte as JSON, or the pydantic error when loading failed.
"""
import json
import sys
from pathlib import Path

from pydantic import ValidationError


def main(input_file):
    job = json.loads(Path(input_file).read_text())
    sys.path.insert(0, job["modelsDir"])
    import popp_workflow_contract as models

    results = []
    for item in job["payloads"]:
        model = getattr(models, item["model"])
        try:
            loaded = model.model_validate(item["payload"])
        except ValidationError as error:
            results.append({"name": item["name"], "loaded": False, "error": str(error)})
            continue
        dumped = json.loads(loaded.model_dump_json(by_alias=True, exclude_unset=True))
        results.append({"name": item["name"], "loaded": True, "class": type(loaded).__name__, "roundTrip": dumped == item["payload"]})
    json.dump({"pydantic": __import__("pydantic").VERSION, "results": results}, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1])
