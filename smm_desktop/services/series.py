"""A series of posts from one template brief ("every Tuesday tip"): the posts a recurrence
gives in a period, ready for PostService.create_many (one unit of work, one undo step)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, datetime, time

from smm_desktop.domain.errors import FieldError
from smm_desktop.domain.series import Recurrence, occurrences, recurrence_errors
from smm_desktop.services.post_data import PostInput


@dataclass(frozen=True)
class SeriesInput:
    """The template brief (its scheduled_at is ignored), the rule and the time of day."""

    template: PostInput
    rule: Recurrence
    at: time = time(10, 0)


def series_days(series: SeriesInput, first: date, last: date) -> list[date]:
    """The days of the series from `first` to `last` (both included)."""
    return occurrences(series.rule, first, last)


def series_posts(series: SeriesInput, first: date, last: date) -> list[PostInput]:
    """One post per day of the series in first..last, each a copy of the template at `at`."""
    return [dataclasses.replace(series.template, scheduled_at=datetime.combine(day, series.at))
            for day in series_days(series, first, last)]


def series_errors(series: SeriesInput, first: date, last: date) -> list[FieldError]:
    """The rule's errors, a topic (a series needs a name), and at least one day in the period."""
    errors = recurrence_errors(series.rule)
    if not series.template.topic.strip():
        errors.insert(0, FieldError("topic", "required"))
    if not errors and not series_days(series, first, last):
        errors.append(FieldError("rule", "no_dates"))
    return errors

