"""Nothing a page contains is ever executed or evaluated: no eval, exec, pickle or shell in the package."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "rallycrawl"

FORBIDDEN = {
    "eval(": re.compile(r"(?<![\w.])eval\s*\("),
    "exec(": re.compile(r"(?<![\w.])exec\s*\("),
    "pickle": re.compile(r"\b(c?pickle|marshal|shelve|dill)\b"),
    "shell=True": re.compile(r"shell\s*=\s*True"),
    "os.system / os.popen": re.compile(r"\bos\.(system|popen|exec\w*|spawn\w*)\s*\("),
    "yaml.load": re.compile(r"\byaml\.(unsafe_)?load\s*\("),
    "compile()": re.compile(r"(?<![\w.])compile\s*\("),
    "__import__": re.compile(r"__import__\s*\("),
    "lxml XSLT / resolve_entities": re.compile(r"\bXSLT\s*\(|resolve_entities\s*=\s*True"),
}


def _code_lines(path: Path):
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        stripped = line.split("#", 1)[0]
        if stripped.strip():
            yield number, stripped


@pytest.mark.parametrize("what", sorted(FORBIDDEN))
def test_package_never_evaluates_or_shells_out(what):
    pattern = FORBIDDEN[what]
    hits = [
        f"{path.relative_to(PACKAGE.parent)}:{number}: {line.strip()}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for number, line in _code_lines(path)
        if pattern.search(line)
    ]
    assert hits == [], f"{what} found:\n" + "\n".join(hits)


def test_the_scan_sees_the_whole_package():
    assert len(list(PACKAGE.rglob("*.py"))) > 20
