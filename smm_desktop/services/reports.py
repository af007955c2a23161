"""Placeholder (replaced by its own change)."""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker


class ReportService:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sf = session_factory
