"""The Today panel's rebuild, measured in a child process (run.py starts it, offscreen).

The real TodayPanel on a copy of a workspace, every brand shown, the app's fonts and theme
loaded; after the first (background) read, 2 uncounted `panel.reload()` calls, then the time of
each measured one: every query of the to-do list on the GUI thread and the list filled. Prints
one JSON object on stdout: {"what": "todo", "samples_ms": […]}; progress on stderr.

    python today_bench.py WORKSPACE --runs 5 [--profile OUT.prof]
"""

from __future__ import annotations

import argparse
import cProfile
import json
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication

from smm_desktop.services.registry import Services
from smm_desktop.services.workspace import Workspace
from smm_desktop.settings import Settings
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.panels.today_panel import TodayPanel

WARM_UP = 2
TIMEOUT_S = 20.0


def progress(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def build(path: Path) -> tuple[QApplication, TodayPanel, Services]:
    from smm_desktop.ui import fonts, theme

    app = QApplication(sys.argv[:1])
    fonts.load_ui_fonts(app)
    theme.apply_theme(app, Settings().theme)
    services = Services.of(Workspace.open(path))
    ctx = UiContext.create(services, Settings(today_all_brands=True))
    panel = TodayPanel(ctx)
    panel.resize(320, 740)
    return app, panel, services


def first_read(app: QApplication, panel: TodayPanel) -> None:
    """Show the panel and wait for its first (background) read to fill it."""
    panel.show()
    deadline = time.perf_counter() + TIMEOUT_S
    while panel.snapshot is None:
        app.processEvents()
        if time.perf_counter() > deadline:
            raise RuntimeError("today_bench: the first read never came")


def reloads(app: QApplication, panel: TodayPanel, runs: int) -> list[float]:
    samples = []
    for run in range(WARM_UP + runs):
        app.processEvents()
        start = time.perf_counter()
        panel.reload()
        if run >= WARM_UP:
            samples.append((time.perf_counter() - start) * 1000)
    if not panel.tree.entries:
        raise RuntimeError("today_bench: the list came out empty")
    return samples


def profiled(work: Callable[[], list[float]], out: str | None) -> list[float]:
    if out is None:
        return work()
    profile = cProfile.Profile()
    samples = profile.runcall(work)
    profile.dump_stats(out)
    return samples


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("workspace", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--profile", help="write cProfile statistics of the measured part here")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="smm-today-") as tmp:
        copy = Path(tmp) / args.workspace.name
        shutil.copy2(args.workspace, copy)
        app, panel, services = build(copy)
        try:
            first_read(app, panel)
            samples = profiled(lambda: reloads(app, panel, args.runs), args.profile)
        finally:
            panel.close()
            services.workspace.close()
    progress(f"today_bench: reload {', '.join(f'{s:.1f}' for s in samples)} ms "
             f"(median {statistics.median(samples):.1f})")
    print(json.dumps({"what": "todo", "samples_ms": samples}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
