"""SARIF 2.1.0, for code-scanning dashboards."""

from __future__ import annotations

import json

from linter import __version__
from linter.engine import Report
from linter.rules import all_rules

_LEVEL = {"error": "error", "warning": "warning"}


def render(report: Report, color: bool) -> str:
    rules = all_rules()
    rule_ids = sorted({*rules, *(f.rule for f in report.findings)})
    descriptors = [
        {
            "id": rule_id,
            "shortDescription": {"text": rules[rule_id].summary if rule_id in rules else rule_id},
            **({"fullDescription": {"text": rules[rule_id].doc.strip()}} if rule_id in rules else {}),
        }
        for rule_id in rule_ids
    ]
    results = [
        {
            "ruleId": f.rule,
            "ruleIndex": rule_ids.index(f.rule),
            "level": _LEVEL[f.severity],
            "message": {"text": f.message + (f" Suggestion: {f.suggestion}" if f.suggestion else "")},
            "locations": [{
                "physicalLocation": {
                    "artifactLocation": {"uri": f.path.replace("\\", "/")},
                    "region": {"startLine": f.line, "startColumn": f.column},
                }
            }],
        }
        for f in report.findings
    ]
    sarif = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "lint-posts", "version": __version__, "rules": descriptors}},
            "results": results,
        }],
    }
    return json.dumps(sarif, indent=2, ensure_ascii=False)
