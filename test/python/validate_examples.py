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

# The strict profile's date-time: RFC 3339 with a mandatory offset, exactly as ajv-formats' "date-time" reads it
# (and so as generated/validators.mjs checks it). jsonschema checks date-time only with the rfc3339-validator
# package, which reads some edge cases differently (an offset without a colon, a space for the T), so the same
# algorithm is registered here.
DATE = re.compile(r"^(\d\d\d\d)-(\d\d)-(\d\d)$", re.ASCII)
TIME = re.compile(r"^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$", re.ASCII | re.IGNORECASE)
SEPARATOR = re.compile(r"t|\s", re.IGNORECASE)
DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
FORMATS = FormatChecker()


def is_full_date(value):
    match = DATE.match(value)
    if not match:
        return False
    year, month, day = (int(part) for part in match.groups())
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return 1 <= month <= 12 and 1 <= day <= (29 if month == 2 and leap else DAYS[month])


def is_full_time(value):
    match = TIME.match(value)
    if not match or match.group(4) is None:
        return False
    hour, minute, second = int(match.group(1)), int(match.group(2)), float(match.group(3))
    sign = -1 if match.group(5) == "-" else 1
    offset_hours, offset_minutes = int(match.group(6) or 0), int(match.group(7) or 0)
    if offset_hours > 23 or offset_minutes > 59:
        return False
    if hour <= 23 and minute <= 59 and second < 60:
        return True
    utc_minute = minute - offset_minutes * sign  # a leap second falls on 23:59:60 UTC
    utc_hour = hour - offset_hours * sign - (1 if utc_minute < 0 else 0)
    return utc_hour in (23, -1) and utc_minute in (59, -1) and second < 61


@FORMATS.checks("date-time", raises=ValueError)
def is_date_time(value):
    if not isinstance(value, str):
        return True  # formats apply to strings only
    parts = SEPARATOR.split(value)
    if not (len(parts) == 2 and is_full_date(parts[0]) and is_full_time(parts[1])):
        raise ValueError(f"{value!r} is not an RFC 3339 date-time with an offset")
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
