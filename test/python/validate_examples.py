"""Validates the docs' examples and the negative conformance cases with Python's jsonschema.

An independent implementation checks that generated/schemas/ is a usable contract outside TypeScript.
Input (a JSON file named on the command line):
  {"schemasDir": "...", "checkSchemas": [names], "examples": [{"name", "schema", "payload"}],
   "negatives": [{"name", "schema", "payload", "expectedPath"}]}
Output (stdout, JSON): what each schema check, example and negative case gave; the vitest test judges it.
"""
import json
import re
import sys
from datetime import date
from pathlib import Path

from jsonschema import Draft202012Validator, FormatChecker

# RFC 3339 date-time with a mandatory offset, checked as generated/validators.mjs checks it. jsonschema checks
# date-time only with the rfc3339-validator package, which Debian 12 does not ship, so it is registered here.
DATE_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))$")
FORMATS = FormatChecker()


@FORMATS.checks("date-time", raises=ValueError)
def is_date_time(value):
    if not isinstance(value, str):
        return True  # formats apply to strings only
    match = DATE_TIME.match(value)
    if not match:
        raise ValueError(f"{value!r} is not an RFC 3339 date-time with an offset")
    day, hour, minute, second, _fraction, _zone, zone_hour, zone_minute = match.groups()
    date.fromisoformat(day)  # raises on an impossible date, such as February 30th
    if int(hour) > 23 or int(minute) > 59 or int(second) > 60:  # 60: a leap second
        raise ValueError(f"{value!r} has an impossible time")
    if zone_hour is not None and (int(zone_hour) > 23 or int(zone_minute) > 59):
        raise ValueError(f"{value!r} has an impossible offset")
    return True


def pointer(path):
    """A jsonschema error path (deque of keys and indexes) as a JSON pointer."""
    return "".join("/" + str(part).replace("~", "~0").replace("/", "~1") for part in path)


def error_paths(errors):
    """Every location an error tree points at, including the branches of oneOf/anyOf (error.context).

    A missing required property is reported by jsonschema at its parent object; it also counts at the
    property's own path, which is where the conformance suite (and this package's validators) put it.
    """
    paths = set()
    for error in errors:
        paths.add(pointer(error.absolute_path))
        if error.validator == "required" and isinstance(error.instance, dict):
            for name in error.validator_value:
                if name not in error.instance:
                    paths.add(pointer(list(error.absolute_path) + [name]))
        paths |= error_paths(error.context or [])
    return paths


def main(input_file):
    job = json.loads(Path(input_file).read_text())
    schemas_dir = Path(job["schemasDir"])
    validators = {}

    def validator(name):
        if name not in validators:
            schema = json.loads((schemas_dir / f"{name}.json").read_text())
            Draft202012Validator.check_schema(schema)
            validators[name] = Draft202012Validator(schema, format_checker=FORMATS)
        return validators[name]

    for name in job.get("checkSchemas", []):
        validator(name)  # checks the schema against the 2020-12 metaschema

    examples = []
    for example in job["examples"]:
        errors = list(validator(example["schema"]).iter_errors(example["payload"]))
        examples.append({"name": example["name"], "valid": not errors, "errors": [f"{pointer(e.absolute_path)}: {e.message}" for e in errors]})

    negatives = []
    for case in job["negatives"]:
        errors = list(validator(case["schema"]).iter_errors(case["payload"]))
        paths = error_paths(errors)
        negatives.append({"name": case["name"], "rejected": bool(errors), "atExpectedPath": case["expectedPath"] in paths, "paths": sorted(paths)})

    json.dump({
        "validator": f"jsonschema {Draft202012Validator.__name__}",
        "formatsChecked": sorted(FORMATS.checkers),
        "schemasChecked": sorted(validators),
        "examples": examples,
        "negatives": negatives,
    }, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1])
