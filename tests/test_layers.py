"""The layer rules of DESIGN §2: the Qt-free layers never import PySide6; start-up stays light."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "smm_desktop"
QT_FREE_LAYERS = ("domain", "db", "services", "importers", "reports")


def _qt_free_files() -> list[Path]:
    return sorted(
        path
        for layer in QT_FREE_LAYERS
        if (PACKAGE / layer).is_dir()
        for path in (PACKAGE / layer).rglob("*.py")
    )


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _run_python(code: str, cwd: Path) -> object:
    """Run `code` in a fresh interpreter; it prints one JSON object, returned here."""
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True, text=True, check=True, cwd=cwd, timeout=120,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_qt_free_layers_have_files_to_check() -> None:
    files = _qt_free_files()
    layers = {path.relative_to(PACKAGE).parts[0] for path in files}
    assert {"domain", "db", "services"} <= layers
    assert len(files) >= 10


@pytest.mark.parametrize(
    "path", _qt_free_files(), ids=lambda p: str(p.relative_to(PACKAGE))
)
def test_qt_free_layer_does_not_import_pyside6(path: Path) -> None:
    offending = sorted(
        name for name in _imported_modules(path) if name.split(".")[0] in ("PySide6", "shiboken6")
    )
    assert not offending, f"{path.relative_to(PACKAGE)} imports {offending}"


def test_import_checker_spots_a_pyside6_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("def f():\n    from PySide6.QtCore import QObject\n", encoding="utf-8")
    assert "PySide6.QtCore" in _imported_modules(sample)


def test_cli_and_workspace_import_no_heavy_library() -> None:
    code = (
        "import json, sys\n"
        "import smm_desktop.cli, smm_desktop.services.workspace\n"
        "heavy = ('PySide6', 'matplotlib', 'reportlab')\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in heavy)))\n"
    )
    assert _run_python(code, PACKAGE.parent) == []


def test_opening_a_current_workspace_does_not_import_alembic(tmp_path: Path) -> None:
    path = tmp_path / "current.smmws"
    create = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from smm_desktop.services.workspace import Workspace\n"
        f"ws = Workspace.open(Path({str(path)!r}))\n"
        "ws.close()\n"
        "print(json.dumps({'alembic': 'alembic' in sys.modules}))\n"
    )
    # Creating the schema needs Alembic: this proves the probe sees it when it is loaded.
    assert _run_python(create, PACKAGE.parent) == {"alembic": True}
    reopen = create.replace("ws.close()\n", "assert ws.migration is None\nws.close()\n")
    assert _run_python(reopen, PACKAGE.parent) == {"alembic": False}
