#!/usr/bin/env python3
"""Validates YAML/JSON documents against a JSON schema (draft 2020-12 or older).

usage: validate_json_schema.py SCHEMA FILE...
Prints one line per invalid document with the failing path and reason; exit 1 if any is invalid.
"""
import json
import sys

import jsonschema
import yaml


def main():
    schema = json.load(open(sys.argv[1]))
    validator_class = jsonschema.validators.validator_for(schema)
    validator = validator_class(schema)
    bad = 0
    for path in sys.argv[2:]:
        with open(path) as f:
            for doc in yaml.safe_load_all(f):
                if doc is None:
                    continue
                errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))
                if errors:
                    bad += 1
                    # oneOf failures nest the real reason; show the deepest ones.
                    reasons = []
                    for e in errors:
                        leaves = [c for c in (e.context or [])] or [e]
                        leaves.sort(key=lambda c: -len(list(c.absolute_path)))
                        leaf = leaves[0]
                        reasons.append(f"{'/'.join(str(p) for p in leaf.absolute_path)}: {leaf.message[:200]}")
                    print(f"{path}: invalid: " + "; ".join(reasons[:3]))
    print(f"{len(sys.argv) - 2 - bad} valid, {bad} invalid")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
