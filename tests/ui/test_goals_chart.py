"""The selected goal's chart: drawn on demand; matplotlib is loaded then, never at start-up."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from smm_desktop.domain.metrics import Metric
from smm_desktop.services.demo import write_demo
from smm_desktop.ui.context import UiContext

from .goal_helpers import TODAY, english_numbers, followers_goal, goals_section, make_bloom

ROOT = Path(__file__).resolve().parents[2]
CHART_TIMEOUT_MS = 30_000  # the first import of matplotlib builds its font cache


def test_the_chart_shows_the_selected_goal_against_its_pace(qtbot: QtBot, ctx: UiContext) -> None:
    bloom = make_bloom(ctx)
    ctx.services.snapshots.record(bloom.insta.id, Metric.FOLLOWERS, TODAY, 1400)
    goal = ctx.services.goals.create_goal(bloom.brand.id, followers_goal(bloom))
    section = goals_section(qtbot, ctx)
    window = section.window()
    with qtbot.waitExposed(window):
        window.show()
    assert section.detail.canvas is None
    section.social.select_id(goal.id)
    qtbot.waitUntil(lambda: section.detail.chart_shown, timeout=CHART_TIMEOUT_MS)
    figure = section.detail.canvas.figure
    (axes,) = figure.axes
    assert (axes.get_xlabel(), axes.get_ylabel()) == ("Date", "Followers")
    assert [t.get_text() for t in figure.legends[0].get_texts()] == [
        "Measured", "Straight pace", "Today"]
    measured, pace = axes.get_lines()[:2]
    assert list(measured.get_ydata()) == [1000, 1400]  # the snapshots since the baseline
    assert list(pace.get_ydata()) == [1000, 2000]
    assert "Expected today: 1,500." in section.detail.summary.text()
    assert section.detail.status.text() == "At risk"


def test_a_goal_with_nothing_to_chart_says_so(qtbot: QtBot, ctx: UiContext) -> None:
    bloom = make_bloom(ctx)
    goal = ctx.services.goals.create_goal(bloom.brand.id, followers_goal(
        bloom, account_id=bloom.x.id, platform=bloom.x.platform, baseline_value=None))
    section = goals_section(qtbot, ctx)
    section.social.select_id(goal.id)
    assert section.detail.note.text() == "No numbers to chart yet."
    assert not section.detail.chart_shown


_FRESH_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication
from smm_desktop.services.registry import Services
from smm_desktop.services.workspace import Workspace
from smm_desktop.settings import Settings
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.main_window import MainWindow
from PySide6.QtCore import QEventLoop, QTimer

app = QApplication([])
ctx = UiContext.create(Services.of(Workspace.open(sys.argv[1])), Settings())
window = MainWindow()
window.bind(ctx)
window.show()
goals = window.strategy.goals
def spin(ms, until=lambda: False):
    # An event loop, not processEvents() in a Python loop: PySide6 6.12 on Python 3.11 drops a
    # reference to None on each call of a void method, and thousands of calls abort Python.
    loop, timer = QEventLoop(), QTimer()
    timer.timeout.connect(lambda: until() and loop.quit())
    timer.start(50)
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
spin(500)
assert goals.social.model.rowCount() > 0, "the demo has goals"
print("after start-up:", "matplotlib" in sys.modules)
goals.social.select_id(goals.social.model.record(0).id)
spin(60_000, lambda: goals.detail.chart_shown)
print("chart shown:", goals.detail.chart_shown)
print("after the chart:", "matplotlib" in sys.modules)
window.close()
ctx.services.workspace.close()
"""


def _fresh_python(code: str, *args: str, home: Path) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.update({name: str(home / name.lower()) for name in (
        "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")})
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code), *args], env=env,
                          cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture(autouse=True)
def _english_numbers(qapp: object) -> Iterator[None]:
    with english_numbers():
        yield


@pytest.fixture(scope="module")
def demo_workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.smmws"
    write_demo(path, years=1)
    return path


def test_matplotlib_loads_only_when_a_chart_is_first_shown(
        demo_workspace: Path, ui_home: Path) -> None:
    out = _fresh_python(_FRESH_WINDOW, str(demo_workspace), home=ui_home)
    assert out.splitlines() == ["after start-up: False", "chart shown: True",
                                "after the chart: True"]


def test_the_app_starts_without_matplotlib(demo_workspace: Path, ui_home: Path,
                                           tmp_path: Path) -> None:
    """The real entry point, opening a workspace full of goals on the Strategy tab."""
    code = """
    import sys
    from smm_desktop.app import main
    code = main(["--workspace", sys.argv[1], "--screenshot", sys.argv[2], "--lang", "en"])
    print(code, "matplotlib" in sys.modules)
    """
    out = _fresh_python(code, str(demo_workspace), str(tmp_path / "shot.png"), home=ui_home)
    assert out.split() == ["0", "False"]
    assert (tmp_path / "shot.png").stat().st_size > 0
