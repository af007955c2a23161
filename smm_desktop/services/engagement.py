"""Placeholder: the engagement log's service (replaced by its own change)."""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker


class EngagementService:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sf = session_factory
