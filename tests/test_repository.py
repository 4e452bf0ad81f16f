"""The files around the corpus: CI workflows, issue forms, licences."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import yaml
from conftest import ROOT
from mkdocs.config import load_config

BIN = Path(sys.executable).parent
WORKFLOWS = sorted((ROOT / ".github/workflows").glob("*.yml"))
FORMS = sorted(p for p in (ROOT / ".github/ISSUE_TEMPLATE").glob("*.yml") if p.name != "config.yml")


def run(*command: str) -> subprocess.CompletedProcess:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_workflows_and_issue_forms_match_githubs_schemas() -> None:
    for schema, files in (
        ("vendor.github-workflows", WORKFLOWS),
        ("vendor.github-issue-forms", FORMS),
        ("vendor.github-issue-config", [ROOT / ".github/ISSUE_TEMPLATE/config.yml"]),
    ):
        assert files
        result = run(str(BIN / "check-jsonschema"), "--builtin-schema", schema, *map(str, files))
        assert result.returncode == 0, result.stdout + result.stderr


def test_workflows_pass_a_security_audit() -> None:
    # zizmor: template injection, credentials left in the checkout, excessive permissions, ...
    result = run(str(BIN / "zizmor"), "--offline", "--no-progress", *map(str, WORKFLOWS))
    assert result.returncode == 0, result.stdout + result.stderr


def test_pull_requests_run_ci_unchanged_with_a_read_only_token() -> None:
    flows = {p.name: yaml.safe_load(p.read_text()) for p in WORKFLOWS}
    test = flows["test.yml"]
    triggers = test[True]  # YAML 1.1 reads the key `on` as True
    assert "pull_request" in triggers and "pull_request_target" not in triggers
    assert test["permissions"] == {"contents": "read"}
    steps = test["jobs"]["test"]["steps"]
    assert any(step.get("run", "").strip() == "bash .ci/run < /dev/null" for step in steps)
    assert any(step.get("uses", "").startswith("actions/upload-artifact@") for step in steps)
    assert any("generator changed" in step.get("run", "") and "GITHUB_STEP_SUMMARY" in step["run"] for step in steps)
    for flow in flows.values():  # every action pinned to a commit, never a movable tag
        for job in flow["jobs"].values():
            for step in job["steps"]:
                if "uses" in step:
                    assert re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", step["uses"]), step["uses"]
    deploy = flows["deploy.yml"]
    assert set(deploy[True]) <= {"push", "workflow_dispatch"} and deploy[True]["push"]["branches"] == ["main"]


def test_the_report_button_opens_an_issue_form_with_the_question_field(tmp_path: Path) -> None:
    partial = (ROOT / "overrides/partials/actions.html").read_text()
    template, field = re.search(r"issues/new\?template=([\w.-]+)&amp;(\w+)=", partial).groups()
    form = yaml.safe_load((ROOT / ".github/ISSUE_TEMPLATE" / template).read_text())
    assert any(item.get("id") == field and item["type"] == "input" for item in form["body"])


def test_licences_are_declared_where_tools_and_readers_look() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert project["license"] == "MIT AND CC-BY-SA-4.0"
    assert project["license-files"] == ["LICENSE.md"]
    licence = (ROOT / "LICENSE.md").read_text()
    assert "https://creativecommons.org/licenses/by-sa/4.0/legalcode" in licence
    assert "Permission is hereby granted, free of charge" in licence  # the MIT text itself
    footer = load_config(str(ROOT / "mkdocs.yml"))["copyright"]  # the theme prints it on every page
    assert "CC BY-SA 4.0" in footer and "MIT License" in footer
