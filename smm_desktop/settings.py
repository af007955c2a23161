"""User settings: a small JSON file in the config folder, written atomically."""

from __future__ import annotations

import dataclasses
import json
import logging
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from smm_desktop import paths
from smm_desktop.domain.csv_safety import write_atomically
from smm_desktop.domain.retention import RetentionPolicy

log = logging.getLogger(__name__)

LANGUAGES = ("en", "ar")
FOLLOW_UP_DAYS = (1, 14)
MAX_REMINDER_MINUTES = 24 * 60
THEMES = ("system", "light", "dark")
DIGITS = ("locale", "latin", "arabic")
MAX_RECENT = 8


@dataclass
class Settings:
    """Everything the user chooses that is not workspace data."""

    language: str = ""  # "" = follow the system
    region: str = ""  # ISO 3166 code; "" = follow the language
    digits: str = "locale"
    theme: str = "system"
    workspace: str = ""  # "" = the default workspace
    database_url: str = ""  # a team database (postgresql://...); when set, used instead of a file
    backup_dir: str = ""  # "" = beside the workspace data
    recent_workspaces: list[str] = field(default_factory=list)
    first_run_done: bool = False
    ui_state: dict[str, str] = field(default_factory=dict)  # window, dock, splitter, tab
    keep_daily: int = 12  # rolling backups: one a day for this many days,
    keep_weekly: int = 10  # then one a week for this many weeks,
    keep_monthly: int = 9  # then one a month for this many months
    location_ok: list[str] = field(default_factory=list)  # risky places the user chose to keep
    show_hijri: bool = False  # the Hijri date in each calendar day tile
    follow_up_days: int = 3  # the to-do's follow-ups look this many days ahead
    reminder_minutes: int = 30  # a tray reminder this long before a post; 0 = none
    morning_summary: bool = True  # the day's summary once, the first time the app is open
    morning_time: str = "08:30"  # from this time of day
    week_start: int = -1  # -1 = the system locale's first day, else 0 Monday … 6 Sunday
    today_all_brands: bool = True  # the to-do list shows every brand (else the current one)
    last_summary_day: str = ""  # ISO day the morning summary was last shown

    def retention(self) -> RetentionPolicy:
        """How many rolling backups to keep, as the person set it."""
        return RetentionPolicy(self.keep_daily, self.keep_weekly, self.keep_monthly)

    def remember_workspace(self, path: Path) -> None:
        """Put a workspace at the top of the recent list."""
        text = str(path)
        self.recent_workspaces = [text, *(p for p in self.recent_workspaces if p != text)]
        del self.recent_workspaces[MAX_RECENT:]


def settings_file() -> Path:
    return paths.config_dir() / "settings.json"


def load(path: Path | None = None) -> Settings:
    """Read settings; a missing or damaged file gives the defaults (the damaged one is kept)."""
    path = path or settings_file()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as err:
        log.warning("Settings file %s unreadable (%s); using defaults", path, err)
        path.replace(path.with_suffix(".damaged.json"))
        return Settings()
    known = {f.name for f in dataclasses.fields(Settings)}
    values = {k: v for k, v in raw.items() if k in known} if isinstance(raw, dict) else {}
    return _sanitised(Settings(**values))


def _sanitised(settings: Settings) -> Settings:
    defaults = Settings()
    for item in dataclasses.fields(Settings):  # a hand-edited file can hold any JSON type
        value, default = getattr(settings, item.name), getattr(defaults, item.name)
        if not isinstance(value, type(default)) or (
            isinstance(value, list) and not all(isinstance(v, str) for v in value)
        ):
            setattr(settings, item.name, default)
    if settings.language not in ("", *LANGUAGES):
        settings.language = ""
    if settings.theme not in THEMES:
        settings.theme = "system"
    if not isinstance(settings.ui_state, dict):
        settings.ui_state = {}
    if settings.digits not in DIGITS:
        settings.digits = "locale"
    if "://" not in settings.database_url:
        settings.database_url = ""
    return _sanitised_today(settings, defaults)


def _sanitised_today(settings: Settings, defaults: Settings) -> Settings:
    """The to-do and reminder settings in their ranges (bools are ints in Python: refused)."""
    low, high = FOLLOW_UP_DAYS
    for name, lowest, highest in (("follow_up_days", low, high),
                                  ("reminder_minutes", 0, MAX_REMINDER_MINUTES),
                                  ("week_start", -1, 6)):
        value = getattr(settings, name)
        if isinstance(value, bool) or not lowest <= value <= highest:
            setattr(settings, name, getattr(defaults, name))
    if clock_time(settings.morning_time) is None:
        settings.morning_time = defaults.morning_time
    if not _is_day(settings.last_summary_day):
        settings.last_summary_day = ""
    return settings


def clock_time(text: str) -> tuple[int, int] | None:
    """"08:30" as (8, 30); None when it is not a time of day."""
    hours, colon, minutes = text.partition(":")
    if not (colon and hours.isdigit() and minutes.isdigit() and len(minutes) == 2
            and len(hours) <= 2 and hours.isascii() and minutes.isascii()):
        return None
    hour, minute = int(hours), int(minutes)
    return (hour, minute) if hour < 24 and minute < 60 else None


def _is_day(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return text == ""
    return True


def save(settings: Settings, path: Path | None = None) -> None:
    """Write settings atomically: a crash mid-write never leaves half a file."""
    path = path or settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, json.dumps(dataclasses.asdict(settings), indent=2).encode("utf-8"))
