"""`python -m smm_desktop --screenshot`: the real app, started as the person starts it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from smm_desktop.services.demo import write_demo

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("demo") / "demo.smmws"
    write_demo(target)
    return target


def _run_app(tmp_path: Path, *args: str, timeout: int = 180) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[variable] = str(tmp_path / "app-home" / variable.lower())
    return subprocess.run([sys.executable, "-m", "smm_desktop", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout)


def _check_png(out: Path) -> QImage:
    image = QImage(str(out))
    assert not image.isNull(), f"{out} is not a readable image"
    assert image.width() >= 800 and image.height() >= 500, (image.width(), image.height())
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7)
               for y in range(0, image.height(), 7)}
    assert len(colours) > 8, "the screenshot is nearly blank"
    return image


def test_arabic_screenshot(tmp_path: Path, demo: Path, qapp: object) -> None:
    out = tmp_path / "shots" / "strategy-ar.png"
    done = _run_app(tmp_path, "--workspace", str(demo), "--screenshot", str(out), "--lang", "ar")
    assert done.returncode == 0, done.stderr
    _check_png(out)
    settings_file = tmp_path / "app-home" / "xdg_config_home" / "smm-desktop" / "settings.json"
    assert not settings_file.exists(), "a one-off screenshot run must not change the settings"


def test_english_calendar_screenshot(tmp_path: Path, demo: Path, qapp: object) -> None:
    out = tmp_path / "calendar-en.png"
    done = _run_app(tmp_path, "--workspace", str(demo), "--screenshot", str(out),
                    "--lang", "en", "--tab", "calendar")
    assert done.returncode == 0, done.stderr
    _check_png(out)


def test_a_screenshot_of_a_workspace_that_cannot_open_exits_3(
        tmp_path: Path, qapp: object) -> None:
    """A one-off run has no one to click a message box: it says why and exits, never hangs."""
    foreign = tmp_path / "not-a-workspace.smmws"
    foreign.write_bytes(b"plain text, not a database" * 100)
    out = tmp_path / "never.png"
    try:
        done = _run_app(tmp_path, "--workspace", str(foreign), "--screenshot", str(out),
                        timeout=30)
    except subprocess.TimeoutExpired:
        pytest.fail("--screenshot hung on a modal message about the workspace", pytrace=False)
    assert done.returncode == 3, done.stderr
    assert "not an SMM Desktop workspace" in done.stderr
    assert not out.exists()
