"""The import rules docs/ARCHITECTURE.md states, checked on the real import graph.

Each entry point is imported in a fresh interpreter and the modules it pulled
in are compared with what the rules allow, so an indirect import (a helper that
imports a helper that imports Qt) is caught too.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PKG = ROOT / "src" / "mpp_assist"


def _loaded_by(statement: str) -> set[str]:
    code = f"import sys, json\n{statement}\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return set(json.loads(out.splitlines()[-1]))


CORE_ENTRY_POINTS = [
    "import mpp_assist.cli; mpp_assist.cli.build_parser()",  # every headless command registered
    "import mpp_assist.forms, mpp_assist.forms.regions",
    "import mpp_assist.receipts",
    "import mpp_assist.speech.speaker",
    "import mpp_assist.sync.runner",
    "import mpp_assist.security",
    "import mpp_assist.applications",
    "import mpp_assist.survey.storage, mpp_assist.survey.report, mpp_assist.survey.speech",
    "import mpp_assist.paperforms.pdf, mpp_assist.attestation.readback",
]


@pytest.mark.parametrize("statement", CORE_ENTRY_POINTS)
def test_the_core_never_loads_qt_or_the_ui(statement: str) -> None:
    loaded = _loaded_by(statement)
    assert not {m for m in loaded if m.startswith(("PySide6", "shiboken6"))}
    assert not {m for m in loaded if m.startswith("mpp_assist.ui")}


def test_the_server_uses_the_forms_engine_but_not_the_desk() -> None:
    loaded = _loaded_by(
        "from mpp_assist.server.app import ROUTER_MODULES\n"
        "import importlib\n"
        "for m in ROUTER_MODULES: importlib.import_module(m)"
    )
    assert "mpp_assist.forms" in loaded
    forbidden = ("mpp_assist.ui", "mpp_assist.store", "mpp_assist.sync", "mpp_assist.cli", "PySide6")
    assert not {m for m in loaded if m.startswith(forbidden)}


def _imported_anywhere(path: Path) -> set[str]:
    """Every module ``path`` imports, at its top or inside a function (a lazy import is still one)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found |= {f"{node.module}.{a.name}" for a in node.names}
    return found


def test_the_server_never_reads_the_desks_settings() -> None:
    """The server has its own configuration (``server.config``): a desk's ``settings`` would give every
    MPP on one backend the same name. Checked on the graph the routers load, with each route's lazy
    imports run too (the status page and the queue pages imported ``settings`` inside a function)."""
    loaded = _loaded_by(
        "from mpp_assist.server.app import ROUTER_MODULES\n"
        "import importlib, pathlib\n"
        "for m in ROUTER_MODULES: importlib.import_module(m)\n"
        "import mpp_assist.server.admin, mpp_assist.server.demo"
    )
    assert "mpp_assist.settings" not in loaded
    offenders = {
        str(p.relative_to(PKG)): sorted(m for m in _imported_anywhere(p) if m.startswith("mpp_assist.settings"))
        for p in (PKG / "server").rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_forms_stands_alone() -> None:
    loaded = _loaded_by("import mpp_assist.forms, mpp_assist.forms.session, mpp_assist.forms.regions")
    ours = {m.split(".")[1] for m in loaded if m.startswith("mpp_assist.")}
    assert ours <= {"forms", "i18n", "paths"}, ours


def test_no_source_file_outside_ui_imports_qt() -> None:
    qt = re.compile(r"^\s*(from|import)\s+PySide6", re.M)
    offenders = [
        str(p.relative_to(PKG))
        for p in PKG.rglob("*.py")
        if qt.search(p.read_text(encoding="utf-8"))
        and p.relative_to(PKG).parts[0] != "ui"
        and p.name != "app.py"
    ]
    assert offenders == []


def test_the_window_is_composed_not_patched() -> None:
    """The main window receives its parts (``DeskParts``): nothing outside it assigns to the window,
    looks a part up with ``getattr(window, …)``, or calls the window's private methods."""
    patched = re.compile(r"\b(?:self\.)?window\.[a-z]\w* = |getattr\((?:self\.)?window,|\bwindow\._[a-z]\w*\(")
    offenders = [
        f"{p.relative_to(PKG)}: {line.strip()}"
        for p in PKG.rglob("*.py")
        if p.name != "main_window.py"
        for line in p.read_text(encoding="utf-8").splitlines()
        if patched.search(line)
    ]
    assert offenders == []


def test_one_clock() -> None:
    """"Today" and "now" come from ``mpp_assist.clock`` (the desk's zone) or ``forms.dates`` (the engine's),
    never from the host's own zone: a desk kept in UTC is on tomorrow from 17.00 in WIB. Ruff's DTZ rules
    catch the calls; this catches what they let through (``date.today`` passed as a default, ``.astimezone()``,
    ``fromtimestamp`` without a zone). The server's own days come from ``server.config`` (its zone)."""
    host = re.compile(
        r"\bdate\.today\b|\bdatetime\.(?:today|utcnow)\b|datetime\.now\(\)|\.astimezone\(\)|fromtimestamp\([^,()]*\)"
    )
    offenders = [
        f"{p.relative_to(PKG)}: {line.strip()}"
        for p in PKG.rglob("*.py")
        if p.relative_to(PKG).as_posix() not in {"clock.py", "forms/dates.py"}
        for line in p.read_text(encoding="utf-8").splitlines()
        if host.search(line)
    ]
    assert offenders == []


def test_one_way_to_mask() -> None:
    """A NIK or a name is masked by ``mpp_assist.masking`` only: two rules (the status page's and the
    queue's) once showed one applicant two ways. Any string in the code holding ``***`` (docstrings
    aside) is a mask made by hand."""
    import ast

    offenders = []
    for p in PKG.rglob("*.py"):
        if p.name == "masking.py":
            continue
        tree = ast.parse(p.read_text(encoding="utf-8"))
        docstrings = {id(n.value) for n in ast.walk(tree)
                      if isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant)}
        offenders += [
            f"{p.relative_to(PKG)}:{n.lineno}"
            for n in ast.walk(tree)
            if isinstance(n, ast.Constant) and isinstance(n.value, str) and "***" in n.value and id(n) not in docstrings
        ]
    assert offenders == []


def test_ruff_is_clean() -> None:
    ruff = Path(sys.executable).parent / "ruff"
    proc = subprocess.run(
        [ruff, "check", "--no-cache", "src", "tests", "benchmarks", "scripts", "dev.py", "setup.py"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    assert proc.returncode == 0, proc.stdout[-4000:]
