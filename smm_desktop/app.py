"""The GUI's entry point and composition root: paths, settings, languages, workspace, window."""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
from pathlib import Path

from smm_desktop import APP_ID, APP_NAME, __version__
from smm_desktop import settings as settings_io

EXIT_OK, EXIT_NOT_OPENED = 0, 3


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="smm-desktop", description=f"{APP_NAME}: the GUI.")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--workspace", help="workspace file or database URL to open")
    where.add_argument("file", nargs="?", metavar="WORKSPACE.smmws",
                       help="workspace file to open (what a double-click on one passes)")
    where.add_argument("--database-url", metavar="URL",
                       help="a team database instead of the file, e.g. postgresql://user@host/db")
    parser.add_argument("--screenshot", metavar="OUT.png", help="render the window to a PNG and exit")
    parser.add_argument("--tab", default="strategy",
                        help="tab to show: strategy, audience, competitors, calendar, reports; "
                             "a Strategy section as strategy/goals, /audit, /guide or /review; "
                             "a Calendar view as calendar/month, /week or /list; a page of the "
                             "Today dock as today/engagement or today/news")
    parser.add_argument("--lang", choices=("ar", "en"), help="language for this run only")
    parser.add_argument("--self-test", action="store_true",
                        help="check that this copy works (workspace, report PDF, fonts, "
                             "translations), print each check and exit")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args, qt_args = parser.parse_known_args(argv)
    if args.self_test:
        from smm_desktop.ui import self_test

        return self_test.run(qt_args)
    args.workspace = args.workspace or args.file
    # A restart after a settings change hands a database URL over here, not on the command line.
    args.database_url = args.database_url or os.environ.pop("SMM_DESKTOP_DATABASE_URL", None)
    if args.database_url is not None and "://" not in args.database_url:
        parser.error("--database-url needs a URL such as postgresql://user@host/db")
    # The Qt-free layers load first: once PySide6 is in, its import hook slows every import.
    import smm_desktop.services.registry  # noqa: F401
    from smm_desktop.logs import setup_logging

    log_path = setup_logging()
    from PySide6.QtWidgets import QApplication

    from smm_desktop.ui import crash, fonts, i18n, theme

    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    crash.install(log_path)
    fonts.load_ui_fonts(app)
    settings = settings_io.load()
    one_off = bool(args.screenshot or os.environ.get("SMM_DESKTOP_BENCH_READY"))
    # --lang is for this run only: it must not reach the settings the app saves.
    i18n.install(app, dataclasses.replace(settings, language=args.lang or settings.language))
    theme.apply_theme(app, settings.theme)
    return _run(app, settings, args, persist=not one_off)


def _run(app: object, settings: settings_io.Settings, args: argparse.Namespace, persist: bool) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from smm_desktop.cli import workspace_target
    from smm_desktop.ui.controller import Controller

    assert isinstance(app, QApplication)
    controller = Controller(settings, persist=persist, interactive=persist)
    if not controller.open_workspace(workspace_target(args.database_url or args.workspace)):
        return EXIT_NOT_OPENED
    if args.screenshot or args.tab != "strategy":
        controller.window.show_tab(args.tab)
    controller.window.show()
    from smm_desktop.ui.file_open import FileOpenFilter

    FileOpenFilter.install(app, controller.open_workspace)
    if args.screenshot:
        QTimer.singleShot(400, lambda: _screenshot(controller, Path(args.screenshot)))
    elif os.environ.get("SMM_DESKTOP_BENCH_READY"):
        QTimer.singleShot(0, lambda: _ready(controller))
    elif persist and not settings.first_run_done:
        settings.first_run_done = True
    return app.exec()


def _screenshot(controller: object, out: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from smm_desktop.ui.controller import Controller

    assert isinstance(controller, Controller)
    out.parent.mkdir(parents=True, exist_ok=True)
    controller.window.grab().save(str(out))
    controller.window.close()
    QApplication.quit()


def _ready(controller: object) -> None:
    """For the start-up benchmark: the window is shown with its first screen's data."""
    from PySide6.QtWidgets import QApplication

    print("ready", flush=True)
    QApplication.quit()


if __name__ == "__main__":
    sys.exit(main())
