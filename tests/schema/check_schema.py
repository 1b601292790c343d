#!/usr/bin/env python3
"""Checks schema/deck.schema.json against the decks and against deckpress itself.

usage: check_schema.py DECKPRESS_BINARY PROJECT_DIR

- The schema's built-in note types have the fields of templates/*/notetype.toml.
- Every deck in decks/ is valid.
- Every case under tests/schema/cases/valid/ is accepted, and every case under
  tests/schema/cases/invalid/ rejected, by both the schema and
  `deckpress check` (which must report no error and no warning to accept).
- Every other deck file under tests/ that `deckpress check` accepts is valid.

Prints every disagreement and exits 1 if there is any.
"""
import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import jsonschema

# Keys every note may have, whatever its type.
NOTE_KEYS = {"id", "guid", "type", "subdeck", "tags"}


def load_validator(schema_path):
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    jsonschema.Draft7Validator.check_schema(schema)
    return jsonschema.Draft7Validator(schema)


def read_toml(path):
    """The file's TOML as a dict, or None when it is not TOML (or not UTF-8)."""
    try:
        with path.open("rb") as file:
            return tomllib.load(file)
    except (tomllib.TOMLDecodeError, UnicodeDecodeError):
        return None


def schema_problem(validator, path):
    """Why the schema rejects the deck file, or None when it accepts it."""
    document = read_toml(path)
    if document is None:
        return "not valid TOML"
    error = jsonschema.exceptions.best_match(validator.iter_errors(document))
    if error is None:
        return None
    where = "/".join(str(part) for part in error.absolute_path) or "top level"
    return f"{where}: {error.message}"


def deckpress_problem(binary, path):
    """The first problem `deckpress check` reports, or None when it reports none."""
    run = subprocess.run([binary, "check", str(path)], capture_output=True, text=True)
    if run.returncode not in (0, 1):
        raise SystemExit(f"check_schema: `{binary} check {path}` failed ({run.returncode}):\n{run.stderr}")
    problems = [line for line in run.stderr.splitlines() if ": error: " in line or ": warning: " in line]
    if run.returncode == 0 and not problems:
        return None
    return problems[0] if problems else run.stderr.strip()


def builtin_type_mismatches(validator, templates_dir):
    """Differences between the schema's built-in note types and templates/."""
    definitions = validator.schema["definitions"]
    mismatches = []
    template_keys = sorted(path.parent.name for path in templates_dir.glob("*/notetype.toml"))
    schema_keys = sorted(definitions["builtin-note-type"]["enum"])
    if schema_keys != template_keys:
        mismatches.append(f"the schema's built-in note types are {schema_keys}, templates/ has {template_keys}")
    for key in template_keys:
        fields = read_toml(templates_dir / key / "notetype.toml")["field"]
        in_schema = definitions["fields-of"].get(key, {})
        for what, have, want in (
                ("keys", set(in_schema.get("properties", {})), {field["key"] for field in fields} | NOTE_KEYS),
                ("required fields", set(in_schema.get("required", [])),
                 {field["key"] for field in fields if field.get("required", False)})):
            if have != want:
                mismatches.append(f"fields-of/{key} in the schema has {what} {sorted(have)}, "
                                  f"templates/{key}/notetype.toml {sorted(want)}")
    return mismatches


def verdict(judge, problem):
    return f"{judge} rejects it ({problem})" if problem else f"{judge} accepts it"


def case_disagreements(validator, binary, cases_dir):
    """Cases where the schema or deckpress misses the verdict of the case's folder."""
    disagreements = []
    for expected in ("valid", "invalid"):
        for path in sorted((cases_dir / expected).glob("*.toml")):
            problems = {"the schema": schema_problem(validator, path),
                        "deckpress check": deckpress_problem(binary, path)}
            if any((problem is None) != (expected == "valid") for problem in problems.values()):
                verdicts = "; ".join(verdict(judge, problem) for judge, problem in problems.items())
                disagreements.append(f"{path}: meant to be {expected}, but {verdicts}")
    return disagreements


def test_deck_files(tests_dir, cases_dir):
    """TOML files under tests/ with a [deck] table, apart from the cases."""
    for path in sorted(tests_dir.rglob("*.toml")):
        if cases_dir in path.parents:
            continue
        document = read_toml(path)
        if document is not None and "deck" in document:
            yield path


def main(binary):
    """Runs every check from the project folder, so messages show short paths."""
    validator = load_validator(Path("schema/deck.schema.json"))
    cases_dir = Path("tests/schema/cases")
    failures = builtin_type_mismatches(validator, Path("templates"))
    decks = sorted(Path("decks").glob("*.toml"))
    for path in decks:
        if problem := schema_problem(validator, path):
            failures.append(f"{path}: the schema rejects a deck of decks/: {problem}")
    failures += case_disagreements(validator, binary, cases_dir)
    test_decks = list(test_deck_files(Path("tests"), cases_dir))
    for path in test_decks:
        if deckpress_problem(binary, path) is None and (problem := schema_problem(validator, path)):
            failures.append(f"{path}: deckpress check accepts it, but the schema rejects it: {problem}")
    for failure in failures:
        print(failure)
    print(f"check_schema: {len(failures)} problem(s) in {len(decks)} decks of decks/, "
          f"the cases of {cases_dir}/ and {len(test_decks)} other deck files under tests/")
    return 1 if failures else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    binary = Path(sys.argv[1]).resolve()
    os.chdir(sys.argv[2])
    sys.exit(main(binary))
