"""User settings: round trip, damaged files, unknown keys, bad values, the recent list."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from smm_desktop import settings
from smm_desktop.settings import MAX_RECENT, Settings


@pytest.fixture
def file(tmp_path: Path) -> Path:
    return tmp_path / "config" / "settings.json"


def test_round_trip(file: Path) -> None:
    chosen = Settings(
        language="ar", region="EG", digits="latin", theme="dark", workspace="/data/عمل.smmws",
        backup_dir="/backups", recent_workspaces=["/data/عمل.smmws", "/data/b.smmws"],
        first_run_done=True, ui_state={"window": "AAAA", "splitter": "BBBB"},
    )
    settings.save(chosen, file)
    assert settings.load(file) == chosen


def test_save_leaves_no_temporary_file(file: Path) -> None:
    settings.save(Settings(theme="light"), file)
    settings.save(Settings(theme="dark"), file)
    assert sorted(p.name for p in file.parent.iterdir()) == ["settings.json"]
    assert settings.load(file).theme == "dark"


def test_missing_file_gives_defaults(file: Path) -> None:
    assert settings.load(file) == Settings()
    assert not file.exists()


def test_default_file_lives_in_the_config_folder(isolated_home: dict[str, Path]) -> None:
    assert settings.settings_file().is_relative_to(isolated_home["XDG_CONFIG_HOME"])
    settings.save(Settings(theme="light"))
    assert settings.load().theme == "light"


@pytest.mark.parametrize("damage", ['{"theme": "dark",', "not json at all", "\x00\xff"])
def test_damaged_file_gives_defaults_and_is_kept(file: Path, damage: str) -> None:
    file.parent.mkdir(parents=True)
    file.write_text(damage, encoding="latin-1")
    assert settings.load(file) == Settings()
    kept = file.with_name("settings.damaged.json")
    assert kept.read_text(encoding="latin-1") == damage
    assert not file.exists()
    settings.save(Settings(theme="dark"), file)  # the next save starts a sound file
    assert settings.load(file).theme == "dark"


def test_json_that_is_not_an_object_gives_defaults(file: Path) -> None:
    file.parent.mkdir(parents=True)
    file.write_text('["dark"]', encoding="utf-8")
    assert settings.load(file) == Settings()


def test_unknown_keys_ignored(file: Path) -> None:
    file.parent.mkdir(parents=True)
    file.write_text(json.dumps({"theme": "dark", "from_a_newer_app": 1, "volume": "loud"}),
                    encoding="utf-8")
    assert settings.load(file) == Settings(theme="dark")


@pytest.mark.parametrize(
    ("key", "value", "default"),
    [("theme", "neon", "system"), ("language", "fr", ""), ("digits", "roman", "locale"),
     ("theme", None, "system")],
)
def test_invalid_choice_sanitised(file: Path, key: str, value: object, default: str) -> None:
    file.parent.mkdir(parents=True)
    file.write_text(json.dumps({key: value, "region": "SA"}), encoding="utf-8")
    loaded = settings.load(file)
    assert getattr(loaded, key) == default
    assert loaded.region == "SA"


@pytest.mark.parametrize(
    ("key", "value"),
    [("recent_workspaces", "/one/path.smmws"), ("recent_workspaces", [1, None]),
     ("first_run_done", "yes"), ("workspace", 42), ("ui_state", ["window"]),
     ("region", {"code": "SA"})],
)
def test_value_of_the_wrong_type_gives_the_default(file: Path, key: str, value: object) -> None:
    file.parent.mkdir(parents=True)
    file.write_text(json.dumps({key: value, "theme": "dark"}), encoding="utf-8")
    loaded = settings.load(file)
    assert getattr(loaded, key) == getattr(Settings(), key)
    assert loaded.theme == "dark"


def test_remember_workspace_puts_the_latest_first_without_repeats() -> None:
    chosen = Settings()
    for name in ("a", "b", "c", "b"):
        chosen.remember_workspace(Path(f"/w/{name}.smmws"))
    assert chosen.recent_workspaces == ["/w/b.smmws", "/w/c.smmws", "/w/a.smmws"]


def test_remember_workspace_keeps_at_most_max_recent() -> None:
    chosen = Settings()
    for i in range(MAX_RECENT + 3):
        chosen.remember_workspace(Path(f"/w/{i}.smmws"))
    assert len(chosen.recent_workspaces) == MAX_RECENT
    assert chosen.recent_workspaces[0] == f"/w/{MAX_RECENT + 2}.smmws"
    assert chosen.recent_workspaces[-1] == "/w/3.smmws"


def test_the_to_do_and_reminder_settings_round_trip(file: Path) -> None:
    chosen = Settings(follow_up_days=7, reminder_minutes=0, morning_summary=False,
                      morning_time="07:05", week_start=5, today_all_brands=False,
                      last_summary_day="2027-03-10")
    settings.save(chosen, file)
    assert settings.load(file) == chosen
    defaults = Settings()
    assert (defaults.follow_up_days, defaults.reminder_minutes, defaults.morning_summary,
            defaults.morning_time, defaults.week_start, defaults.today_all_brands,
            defaults.last_summary_day) == (3, 30, True, "08:30", -1, True, "")


@pytest.mark.parametrize(
    ("key", "value"),
    [("follow_up_days", 0), ("follow_up_days", 15), ("follow_up_days", True),
     ("reminder_minutes", -5), ("reminder_minutes", 100_000), ("week_start", 7),
     ("week_start", -2), ("week_start", "monday"), ("morning_time", "8.30"),
     ("morning_time", "24:00"), ("morning_time", "08:60"), ("morning_time", "٠٨:٣٠"),
     ("morning_summary", "yes"), ("today_all_brands", 0), ("last_summary_day", "yesterday")],
)
def test_to_do_settings_out_of_range_give_the_default(file: Path, key: str,
                                                      value: object) -> None:
    file.parent.mkdir(parents=True)
    file.write_text(json.dumps({key: value, "theme": "dark"}), encoding="utf-8")
    loaded = settings.load(file)
    assert getattr(loaded, key) == getattr(Settings(), key)
    assert loaded.theme == "dark"


def test_clock_time() -> None:
    assert settings.clock_time("08:30") == (8, 30)
    assert settings.clock_time("7:05") == (7, 5)
    assert settings.clock_time("23:59") == (23, 59)
    assert settings.clock_time("") is None
