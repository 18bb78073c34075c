"""Language data and knowledge data hold no word twice.

A repeated entry in a word list is harmless to a set but a sign of a list edited without being
read (and in a tuple it weighs one word twice).  The lists are read from the source with ``ast``,
as written: tuple, list and set literals of strings, dict keys, and ``"a b c".split()`` strings.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "rallycrawl" / "extraction"
FILES = sorted([*(PACKAGE / "lang").rglob("*.py"), *(PACKAGE / "knowledge").rglob("*.py")])


def word_lists(tree: ast.AST):
    """(line, the entries as written) of every literal list of strings in ``tree``."""
    for node in ast.walk(tree):
        if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
            entries = node.elts
        elif isinstance(node, ast.Dict):
            entries = [k for k in node.keys if k is not None]
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "split"
              and isinstance(node.func.value, ast.Constant) and isinstance(node.func.value.value, str)
              and all(isinstance(a, ast.Constant) for a in node.args)):
            sep = node.args[0].value if node.args else None
            yield node.lineno, [w for w in node.func.value.value.split(sep) if w.strip()]
            continue
        else:
            continue
        if len(entries) > 1 and all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in entries):
            yield node.lineno, [e.value for e in entries]


def test_the_files_are_found():
    assert len(FILES) > 20 and any(f.parent.name == "en" for f in FILES)


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_word_list_repeats_an_entry(path):
    repeated = []
    for line, entries in word_lists(ast.parse(path.read_text(encoding="utf-8"))):
        twice = sorted(w for w, n in Counter(entries).items() if n > 1)
        if twice:
            repeated.append(f"line {line}: {', '.join(twice)}")
    assert not repeated, f"{path.name}: " + "; ".join(repeated)


def test_the_check_sees_a_repeated_word():
    source = 'A = ("march", "rally", "march")\nB = frozenset("sit-in vigil sit-in".split())\nC = {"x": 1, "x": 2}\n'
    found = [sorted(w for w, n in Counter(e).items() if n > 1) for _, e in word_lists(ast.parse(source))]
    assert sorted(found) == [["march"], ["sit-in"], ["x"]]
