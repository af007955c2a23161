"""The Qt binding must not leak: a PySide6 that drops a reference to None on each call of a
void method makes Python 3.11 abort ("deallocating None") after a while in a real session."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_calling_void_qt_methods_keeps_none_alive() -> None:
    holder = QObject()
    before = sys.getrefcount(None)
    for _ in range(1000):
        holder.setObjectName("x")
    assert abs(sys.getrefcount(None) - before) < 50
