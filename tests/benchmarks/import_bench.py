"""Import speed: a generated 100,000-row Facebook posts export (importers_bench.export) for one
account, previewed and committed by ImportService into a fresh SQLite workspace: rows per
second of preview + commit (read, match, plan, write, log). Prints one JSON line
{"metric": "import_rows_per_s", ...}.

    .venv/bin/python tests/benchmarks/import_bench.py [ROWS] [--runs N]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from importers_bench import export

from smm_desktop.domain.enums import Platform
from smm_desktop.services.accounts import AccountInput, AccountService
from smm_desktop.services.brands import BrandInput, BrandService
from smm_desktop.services.imports import ImportService
from smm_desktop.services.workspace import Workspace


def one_run(folder: Path, source: Path, rows: int) -> float:
    """Preview and commit the export into a new workspace; the wall-clock seconds it took."""
    workspace = Workspace.open(folder / "bench.smmws")
    try:
        brand = BrandService(workspace.session_factory).create(BrandInput("مقهى النخيل"))
        AccountService(workspace.session_factory).create(
            brand.id, AccountInput(Platform.FACEBOOK, "nakheelcafe"))
        service = ImportService(workspace.session_factory)
        start = time.perf_counter()
        preview = service.preview(source)
        log = service.commit(preview)
        seconds = time.perf_counter() - start
    finally:
        workspace.close()
    assert log.rows_added == rows and not preview.problems, (log, preview.problems[:3])
    return seconds


def main(argv: list[str] | None = None) -> None:
    """Best of `--runs` runs (the machine may be shared)."""
    parser = argparse.ArgumentParser()
    parser.add_argument("rows", nargs="?", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "posts.csv"
        source.write_bytes(export(args.rows))
        best = float("inf")
        for run in range(args.runs):
            folder = Path(tmp) / f"run{run}"
            folder.mkdir()
            best = min(best, one_run(folder, source, args.rows))
    print(json.dumps({"metric": "import_rows_per_s", "value": round(args.rows / best),
                      "unit": "rows/s"}))


if __name__ == "__main__":
    main()
