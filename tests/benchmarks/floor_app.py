"""The start-up floor of this stack: what any PySide6 + SQLAlchemy window costs before app code.

A main window with five empty tabs and a dock, the SQLAlchemy ORM, one query on the workspace
file; prints `ready` on the first event-loop turn after the window is shown, then quits.
Usage: python floor_app.py WORKSPACE_FILE
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QTabWidget, QWidget


def main(path: str) -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    tabs = QTabWidget()
    for name in ("Strategy", "Audience", "Competitors", "Calendar", "Reports"):
        tabs.addTab(QWidget(), name)
    window.setCentralWidget(tabs)
    dock = QDockWidget("Today", window)
    dock.setWidget(QWidget())
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)

    import sqlalchemy
    import sqlalchemy.orm

    engine = sqlalchemy.create_engine(sqlalchemy.URL.create("sqlite+pysqlite", database=path))
    with sqlalchemy.orm.Session(engine) as session:
        rows = session.execute(sqlalchemy.text("SELECT id, name FROM brand")).all()
    window.setWindowTitle(f"floor: {len(rows)} brands")
    window.show()

    def ready() -> None:
        print("ready", flush=True)
        app.quit()

    QTimer.singleShot(0, ready)
    code = app.exec()
    engine.dispose()
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
