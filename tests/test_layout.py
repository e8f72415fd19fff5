"""The shape of the product code, held: no function over 40 lines, no module over 350, and every
import runs down the layers (cli -> web -> search -> index; web and search never import the command
line, search never imports Flask, index imports neither search nor web)."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from .conftest import ROOT

PACKAGES = ("index", "search", "web", "cli")
LAYER = {"index": 0, "search": 1, "web": 2, "cli": 3}
MAX_FUNCTION_LINES = 40
MAX_MODULE_LINES = 350


def _modules():
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            yield path


def _functions(tree):
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            yield node


@pytest.mark.parametrize("path", list(_modules()), ids=lambda p: str(p.relative_to(ROOT)))
def test_modules_and_functions_are_small(path: Path):
    source = path.read_text("utf-8")
    assert len(source.splitlines()) <= MAX_MODULE_LINES, f"{len(source.splitlines())} lines"
    long = {f"{f.name} ({f.end_lineno - f.lineno + 1} lines)" for f in _functions(ast.parse(source))
            if f.end_lineno - f.lineno + 1 > MAX_FUNCTION_LINES}
    assert not long


def _imported_packages(tree) -> set[str]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module.split(".")[0])
    return found


@pytest.mark.parametrize("path", list(_modules()), ids=lambda p: str(p.relative_to(ROOT)))
def test_imports_run_down_the_layers(path: Path):
    package = path.relative_to(ROOT).parts[0]
    imported = _imported_packages(ast.parse(path.read_text("utf-8")))
    upward = {p for p in imported if p in LAYER and LAYER[p] > LAYER[package]}
    assert not upward
    if package in ("index", "search"):
        assert "flask" not in imported and "werkzeug" not in imported
