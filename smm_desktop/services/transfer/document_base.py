"""What every part of the transfer package shares: its error, JSON pointers and timestamps."""

from __future__ import annotations

from datetime import UTC, datetime


class TransferError(Exception):
    """A file that cannot be exported or imported, with where the problem is.

    `code` is stable (for the UI to pick a translated headline); `problem` is the English detail;
    `pointer` a JSON pointer into the document; `line`/`column` for a file that is not JSON.
    """

    def __init__(
        self, problem: str, *, code: str, pointer: str | None = None,
        line: int | None = None, column: int | None = None, source: str | None = None,
    ) -> None:
        super().__init__(problem)
        self.problem, self.code, self.pointer = problem, code, pointer
        self.line, self.column, self.source = line, column, source

    @property
    def where(self) -> str:
        """`line 3, column 7`, `at /brands/2/name`, or empty when the problem is the whole file."""
        if self.line is not None:
            return f"line {self.line}, column {self.column}"
        if self.pointer is not None:
            return f"at {self.pointer or '/ (the top level)'}"
        return ""

    def __str__(self) -> str:
        parts = [p for p in (self.source, self.where, self.problem) if p]
        return ": ".join(parts)


def pointer(*parts: str | int) -> str:
    """A JSON pointer (RFC 6901) from path parts."""
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def format_time(value: datetime | None) -> str:
    """Naive UTC (as stored) to ISO 8601 with a Z; a missing time becomes now."""
    moment = value or datetime.now(UTC).replace(tzinfo=None)
    return moment.isoformat(timespec="microseconds") + "Z"


def parse_time(text: str, where: str) -> datetime:
    """ISO 8601 with an offset to naive UTC; a date that does not exist is refused."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError as err:
        raise TransferError(f"not a real date and time: {text!r}", code="invalid_value",
                            pointer=where) from err
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment
