"""SIGKILL the app's own service code mid-work, many times, and check nothing acknowledged is lost.

See tests/crash/README.md. A worker process (worker.py) opens a workspace with Workspace.open and
loops over real service calls, printing `try` before each call and `ack` after it returns. This
test kills it at a random moment, checks the file, and starts the next worker on the same file
(so every start also recovers from the previous crash). After each kill:

- `PRAGMA integrity_check` is `ok` and `PRAGMA foreign_key_check` finds nothing (else: corrupt);
- every row equals its last acknowledged state (else: lost);
- the one call in flight happened entirely or not at all: each row it touches is all at its
  state before or all at its state after; a move group's marker is on all its accounts or none
  (else: partial);
- nothing else changed (else: unexpected).
"""

from __future__ import annotations

import json
import os
import queue
import random
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import pytest

from smm_desktop.domain.enums import Platform
from smm_desktop.services.accounts import AccountInput
from smm_desktop.services.brands import BrandData, BrandInput
from smm_desktop.services.registry import Services
from smm_desktop.services.workspace import Workspace, check

pytestmark = pytest.mark.crash

WORKER = Path(__file__).with_name("worker.py")
SEGMENT = 100  # kills per workspace file; long runs start a new file now and then
EARLY_SHARE = 0.1  # kills aimed at start-up (opening and recovering) rather than the work
EARLY_DELAY = 0.05
DELAY = 0.3
MARKER = re.compile(r"\[move ([^\]]+)\]")
Row = dict[str, Any]


@dataclass
class Tally:
    kills: int = 0
    early: int = 0
    acks: int = 0
    in_flight_done: int = 0
    in_flight_undone: int = 0
    torn_lines: int = 0
    corrupt: int = 0
    lost: int = 0
    partial: int = 0
    unexpected: int = 0
    problems: list[str] = field(default_factory=list)

    def problem(self, kind: str, text: str) -> None:
        setattr(self, kind, getattr(self, kind) + 1)
        if len(self.problems) < 20:
            self.problems.append(f"kill {self.kills}: {kind}: {text}")

    @property
    def clean(self) -> bool:
        return not (self.corrupt or self.lost or self.partial or self.unexpected)

    def summary(self, seed: int, seconds: float) -> str:
        return (
            f"sigkill: seed={seed} kills={self.kills} (early {self.early}) acks checked="
            f"{self.acks} in flight: done {self.in_flight_done} undone {self.in_flight_undone}; "
            f"corrupt {self.corrupt} lost {self.lost} partial {self.partial} "
            f"unexpected {self.unexpected} ({seconds:.1f} s)"
        )


class Model:
    """What the acknowledgements say is stored: rows by table and id, and the move groups."""

    def __init__(self) -> None:
        self.rows: dict[str, dict[int, Row]] = {"brand": {}, "account": {}}
        self.groups: dict[str, tuple[str, int]] = {}  # group -> (marker, accounts)

    def apply(self, rows: list[Row]) -> None:
        for row in rows:
            self.rows[row["table"]][row["id"]] = row


@dataclass
class Stored:
    """What the file holds after the kill."""

    problems: list[str]
    rows: dict[str, dict[int, Row]]
    handles: dict[str, int]
    names: dict[str, int]


def read_workspace(path: Path) -> Stored:
    """Read the file the way a looker does (read-only), after the kill."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    with closing(sqlite3.connect(uri, uri=True)) as db:
        problems = [r[0] for r in db.execute("PRAGMA integrity_check")]
        problems = [] if problems == ["ok"] else problems
        problems += [f"foreign key: {r}" for r in db.execute("PRAGMA foreign_key_check")]
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        stored = Stored(problems, {"brand": {}, "account": {}}, {}, {})
        if "brand" not in tables:  # killed before the first migration committed
            return stored
        for ident, name, version, archived, deleted in db.execute(
            "SELECT id, name, version, archived, deleted_at IS NOT NULL FROM brand"
        ):
            stored.rows["brand"][ident] = {"table": "brand", "id": ident, "name": name,
                                           "version": version, "archived": bool(archived),
                                           "deleted": bool(deleted)}
            stored.names[name] = ident
        for ident, brand_id, version, notes, handle in db.execute(
            "SELECT id, brand_id, version, notes, handle FROM social_account"
        ):
            stored.rows["account"][ident] = {"table": "account", "id": ident,
                                             "brand_id": brand_id, "version": version,
                                             "notes": notes}
            stored.handles[handle] = ident
    return stored


def parse(lines: list[str], tally: Tally) -> tuple[list[dict[str, Any]], dict[str, Any] | None]:
    """The acknowledgements, and the call in flight when the kill came (None if none)."""
    acks, in_flight = [], None
    for line in lines:
        kind, _, payload = line.partition(" ")
        if kind not in ("try", "ack"):
            continue
        try:
            message = json.loads(payload)
        except json.JSONDecodeError:  # the kill cut this line short
            tally.torn_lines += 1
            continue
        if kind == "ack":
            acks.append(message)
            in_flight = None
        else:
            in_flight = message
    return acks, in_flight


def settle_in_flight(call: dict[str, Any], stored: Stored, model: Model, tally: Tally) -> None:
    """The call the kill interrupted: done entirely (the model takes it) or not at all."""
    op = call["op"]
    if op in ("create_brand", "create_account"):
        table, found = ("brand", stored.names.get(call["name"])) if op == "create_brand" else (
            "account", stored.handles.get(call["handle"]))
        if found is not None and found not in model.rows[table]:
            model.apply([stored.rows[table][found]])
            tally.in_flight_done += 1
        else:
            tally.in_flight_undone += 1
        return
    states = []
    for before, after in zip(call["before"], call["after"], strict=True):
        now = stored.rows[before["table"]].get(before["id"])
        states.append("before" if now == before else "after" if now == after else "neither")
    if "neither" in states:
        tally.problem("unexpected", f"{op} left {call['before']} as neither before nor after")
    elif len(set(states)) > 1:
        tally.problem("partial", f"{op} {call.get('group', '')}: rows {states}")
    elif states[0] == "after":
        model.apply(call["after"])
        tally.in_flight_done += 1
    else:
        tally.in_flight_undone += 1
    if op == "move":
        seen = sum(call["marker"] in row["notes"] for row in stored.rows["account"].values())
        if seen not in (0, len(call["before"])):
            tally.problem("partial", f"move {call['group']}: marker on {seen} accounts")
        elif seen:
            model.groups[call["group"]] = (call["marker"], seen)


def compare(stored: Stored, model: Model, tally: Tally) -> None:
    for table, expected in model.rows.items():
        for ident, row in expected.items():
            now = stored.rows[table].get(ident)
            if now != row:
                tally.problem("lost", f"{table} {ident}: acknowledged {row}, stored {now}")
        for ident in stored.rows[table].keys() - expected.keys():
            tally.problem("unexpected", f"{table} {ident} was never acknowledged")
    markers = Counter(m for row in stored.rows["account"].values()
                      for m in MARKER.findall(row["notes"]))
    for group, (_marker, size) in model.groups.items():
        if markers.pop(group, 0) != size:
            tally.problem("lost", f"move {group}: not on all its {size} accounts")
    for group in markers:
        tally.problem("unexpected", f"move {group} was never acknowledged")


def check_after_kill(path: Path, lines: list[str], model: Model, tally: Tally) -> None:
    acks, in_flight = parse(lines, tally)
    for ack in acks:
        model.apply(ack["rows"])
        if ack["op"] == "move":
            model.groups[ack["group"]] = (ack["marker"], len(ack["rows"]))
    tally.acks += len(acks)
    if not path.exists():  # killed before Workspace.open created the file
        stored = Stored([], {"brand": {}, "account": {}}, {}, {})
        compare(stored, model, tally)
        return
    try:
        stored = read_workspace(path)
    except sqlite3.DatabaseError as err:
        tally.problem("corrupt", f"cannot read {path}: {err}")
        return
    if stored.problems:
        tally.problem("corrupt", f"{path}: {stored.problems[:3]}")
        return
    if in_flight is not None:
        settle_in_flight(in_flight, stored, model, tally)
    compare(stored, model, tally)


class ForkServer:
    """worker.py serve: forks a fresh worker per run; we SIGKILL the worker, it reaps."""

    def __init__(self, stderr_path: Path) -> None:
        self.stderr_path = stderr_path
        self._stderr = stderr_path.open("wb")
        self.proc = subprocess.Popen(
            [sys.executable, str(WORKER), "serve"], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=self._stderr, cwd=WORKER.parent,
        )
        self._lines: queue.Queue[str | None] = queue.Queue()
        assert self.proc.stdout is not None
        threading.Thread(target=self._read, args=(self.proc.stdout,), daemon=True).start()

    def _read(self, stream: IO[bytes]) -> None:
        for raw in stream:
            self._lines.put(raw.decode(errors="replace").rstrip("\n"))
        self._lines.put(None)

    def _send(self, command: dict[str, Any]) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write((json.dumps(command) + "\n").encode())
        self.proc.stdin.flush()

    def _next(self) -> str:
        try:
            line = self._lines.get(timeout=60)
        except queue.Empty:
            line = None
        if line is None:
            raise RuntimeError(f"the worker server stopped or hung:\n{self.errors()}")
        return line

    def errors(self) -> str:
        self._stderr.flush()
        return self.stderr_path.read_text(errors="replace")[-4000:]

    def run_and_kill(
        self, path: Path, tag: str, seed: int, delay: float, early: bool
    ) -> tuple[list[str], int]:
        """Start a worker, SIGKILL it `delay` s after its start (`early`) or after it is ready."""
        self._send({"cmd": "run", "path": str(path), "tag": tag, "seed": seed})
        lines: list[str] = []
        pid, ready = None, False
        while pid is None or not (early or ready):
            line = self._next()
            if line.startswith("child "):
                pid = int(line.split()[1])
            else:
                lines.append(line)
                ready = ready or line.startswith(("ready", "failed"))
        time.sleep(delay)
        os.kill(pid, signal.SIGKILL)
        self._send({"cmd": "reap", "pid": pid})
        while not (line := self._next()).startswith(f"exit {pid} "):
            lines.append(line)
        return lines, int(line.split()[2])

    def close(self) -> None:
        try:
            self._send({"cmd": "quit"})
            self.proc.wait(timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            self.proc.kill()
            self.proc.wait()
        self._stderr.close()


def test_sigkill_loses_nothing_acknowledged(
    tmp_path: Path, crash_kills: int, crash_seed: int, capsys: pytest.CaptureFixture[str]
) -> None:
    rng = random.Random(crash_seed)
    tally = Tally()
    server = ForkServer(tmp_path / "worker-stderr.txt")
    started = time.monotonic()
    paths: list[Path] = []
    model = Model()
    try:
        for kill in range(crash_kills):
            if kill % SEGMENT == 0:
                paths.append(tmp_path / f"segment-{len(paths)}" / "crash.smmws")
                model = Model()
            early = rng.random() < EARLY_SHARE
            delay = rng.uniform(0, EARLY_DELAY if early else DELAY)
            lines, code = server.run_and_kill(
                paths[-1], f"k{kill}", rng.randrange(2**32), delay, early)
            tally.kills += 1
            tally.early += early
            assert code == -signal.SIGKILL, (
                f"seed {crash_seed}, kill {kill}: the worker ended with {code}, not by the kill:"
                f"\n{server.errors()}"
            )
            check_after_kill(paths[-1], lines, model, tally)
            if tally.corrupt:
                break
    finally:
        server.close()
    for path in paths:  # and the app itself opens every file afterwards and finds it sound
        Workspace.open(path).close()
        report = check(path)
        assert report.sound, f"seed {crash_seed}: {path}: {report.problems}"
    summary = tally.summary(crash_seed, time.monotonic() - started)
    with capsys.disabled():
        print(f"\n{summary}")
    assert tally.clean, "\n".join([summary, *tally.problems])
    assert tally.acks > tally.kills, "the kills came before the worker did anything"


def test_the_checker_sees_loss_partial_moves_strays_and_damage(tmp_path: Path) -> None:
    """The harness's own control: a checker that cannot fail proves nothing."""
    path = tmp_path / "control.smmws"
    workspace = Workspace.open(path)
    services = Services.of(workspace)
    kept = services.brands.create(BrandInput("kept"))
    other = services.brands.create(BrandInput("other"))
    a, b = (services.accounts.create(kept.id, AccountInput(Platform.X, h)) for h in ("a1", "b1"))
    services.brands.create(BrandInput("stray"))  # stored, never acknowledged
    marker = "[move g1]"
    before = [{"table": "account", "id": x.id, "brand_id": kept.id, "version": 1, "notes": ""}
              for x in (a, b)]
    after = [{**row, "brand_id": other.id, "version": 2, "notes": marker} for row in before]
    with workspace.engine.begin() as conn:  # half a move, as a broken transaction would leave
        conn.exec_driver_sql("UPDATE social_account SET brand_id = ?, version = 2, notes = ? "
                             "WHERE id = ?", (other.id, marker, a.id))
    workspace.close()

    def brand(b: BrandData, version: int) -> dict[str, Any]:
        return {"table": "brand", "id": b.id, "name": b.name, "version": version,
                "archived": False, "deleted": False}

    lines = [
        "ack " + json.dumps({"op": "create_brand", "rows": [brand(kept, 1)]}),
        "ack " + json.dumps({"op": "rename", "rows": [brand(other, 2)]}),  # never stored
        "ack " + json.dumps({"op": "create_account", "rows": before}),
        "try " + json.dumps({"op": "move", "group": "g1", "marker": marker, "to": other.id,
                             "before": before, "after": after}),
        'ack {"op": "rena',  # cut short by the kill
    ]
    tally = Tally()
    check_after_kill(path, lines, Model(), tally)
    assert tally.corrupt == 0
    assert tally.lost and tally.partial and tally.unexpected and tally.torn_lines, tally
    assert any("brand " + str(other.id) in p for p in tally.problems)  # the rename that was lost
    assert any("marker on 1 accounts" in p for p in tally.problems)  # the half move
    assert any("brand 3 was never" in p for p in tally.problems)  # the stray

    with path.open("r+b") as f:  # and damage: a page of the brand table overwritten
        f.seek(2 * 4096)
        f.write(b"\xff" * 4096)
    tally = Tally()
    check_after_kill(path, lines, Model(), tally)
    assert tally.corrupt == 1, tally.problems
