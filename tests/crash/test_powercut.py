"""Simulated power loss under the app's pragmas: a SQLite VFS (APSW) whose writes are durable
only once synced, and a power cut that keeps only what was synced.

See tests/crash/README.md. For each cut: start from a workspace made by the app's own migration,
run committed transactions on the app's tables with the app's pragmas, cut the power at a
random write or sync, write what the disk durably holds to real files, open them with plain
sqlite3, and check: `PRAGMA integrity_check` is ok (else: corrupt); the database is the state
after some prefix of the commits (else: inconsistent); that prefix includes every commit that
returned (else: lost, by how many).

Differences from the app, all needed by the simulation: the VFS has no shared memory, so WAL
runs with `locking_mode=EXCLUSIVE` (the WAL index lives in the heap; the file protocol, syncs
and checkpoints are the same); `wal_autocheckpoint` is small so checkpoints, and cuts during
them, happen within a short run; SQLite is APSW's build (the check uses Python's sqlite3).
"""

from __future__ import annotations

import hashlib
import random
import sqlite3
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import closing, contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import apsw
import pytest

from smm_desktop.services.workspace import Workspace

pytestmark = pytest.mark.crash

VFS_NAME = "smm-powercut"
SECTOR = 512
MAX_OPS = 1500  # the cut comes at one of the first MAX_OPS writes, truncates, syncs or deletes
SCRATCH_FLAGS = (apsw.SQLITE_OPEN_DELETEONCLOSE | apsw.SQLITE_OPEN_TEMP_DB
                 | apsw.SQLITE_OPEN_TEMP_JOURNAL | apsw.SQLITE_OPEN_TRANSIENT_DB
                 | apsw.SQLITE_OPEN_SUBJOURNAL)
NAME = "/sim/cut.smmws"


class PowerCut(Exception):
    """Raised into SQLite at the cut (it sees an I/O error) and on every write after it."""


# ---------------------------------------------------------------- the simulated disk


class SimFile:
    """One file: the bytes that survive a power cut, and the writes the OS still holds."""

    def __init__(self, scratch: bool) -> None:
        self.scratch = scratch  # temporary files: never part of what survives
        self.durable = bytearray()
        self.current = bytearray()  # what reads see: durable plus the pending writes
        self.pending: list[tuple[int, bytes | None]] = []  # (offset, data) or (size, None)

    def write(self, offset: int, data: bytes) -> None:
        _apply(self.current, offset, data)
        self.pending.append((offset, bytes(data)))

    def truncate(self, size: int) -> None:
        del self.current[size:]
        self.pending.append((size, None))

    def sync(self) -> None:
        self.durable = bytearray(self.current)
        self.pending.clear()

    def after_cut(self, rng: random.Random | None) -> bytes:
        """What the platter holds after the cut: the synced image and, given `rng` (the OS
        reorders writes), a random part of the unsynced writes, some torn at a sector."""
        image = bytearray(self.durable)
        if rng is None:
            return bytes(image)
        for offset, data in self.pending:
            if rng.random() < 0.5:
                continue
            if data is None:
                del image[offset:]
                continue
            if rng.random() < 0.25 and len(data) > SECTOR:
                data = data[: SECTOR * rng.randrange(1, len(data) // SECTOR + 1)]
            _apply(image, offset, data)
        return bytes(image)


def _kind(name: str) -> str:
    return next((k for k in ("-wal", "-journal") if name.endswith(k)), "db")


def _apply(image: bytearray, offset: int, data: bytes) -> None:
    if len(image) < offset:
        image.extend(bytes(offset - len(image)))
    image[offset:offset + len(data)] = data


class Disk:
    """All files of one run; counts the writes and syncs and cuts the power at the chosen one."""

    def __init__(self, cut_at: int, reorder: random.Random | None) -> None:
        self.files: dict[str, SimFile] = {}
        self.cut_at, self.reorder = cut_at, reorder
        self.ops = 0
        self.survivors: dict[str, bytes] | None = None  # set at the cut
        self.cut_during = ""  # e.g. "sync -wal": what the power cut interrupted

    @property
    def cut(self) -> bool:
        return self.survivors is not None

    def tick(self, what: str, name: str) -> None:
        """Before each write, truncate, sync and delete: the power may go now, before it."""
        if self.cut:
            raise PowerCut("the power is off")
        self.ops += 1
        if self.ops >= self.cut_at:
            self.cut_during = f"{what} {_kind(name)}"
            self.survivors = {name: f.after_cut(self.reorder)
                              for name, f in self.files.items() if not f.scratch}
            raise PowerCut(f"power cut at operation {self.ops}")

    def load(self, name: str, content: bytes) -> None:
        f = self.files[name] = SimFile(scratch=False)
        f.durable, f.current = bytearray(content), bytearray(content)


class SimVFSFile:
    """The file methods SQLite calls, on a SimFile. (Not derived from apsw.VFSFile: that class
    is for files kept by another VFS; APSW takes any object with these methods.)"""

    def __init__(self, disk: Disk, name: str, f: SimFile) -> None:
        self.disk, self.name, self.f = disk, name, f

    def xRead(self, amount: int, offset: int) -> bytes:
        return bytes(self.f.current[offset:offset + amount])  # short read past the end

    def xWrite(self, data: bytes, offset: int) -> None:
        self.disk.tick("write", self.name)
        self.f.write(offset, data)

    def xTruncate(self, newsize: int) -> None:
        self.disk.tick("truncate", self.name)
        self.f.truncate(newsize)

    def xSync(self, flags: int) -> None:
        self.disk.tick("sync", self.name)
        self.f.sync()

    def xFileSize(self) -> int:
        return len(self.f.current)

    def xLock(self, level: int) -> None:
        pass

    def xUnlock(self, level: int) -> None:
        pass

    def xCheckReservedLock(self) -> bool:
        return False

    def xFileControl(self, op: int, ptr: int) -> bool:
        return False

    def xSectorSize(self) -> int:
        return 4096

    def xDeviceCharacteristics(self) -> int:
        return int(apsw.mapping_device_characteristics["SQLITE_IOCAP_POWERSAFE_OVERWRITE"])

    def xClose(self) -> None:
        if self.f.scratch:
            self.disk.files.pop(self.name, None)


class SimVFS(apsw.VFS):
    """Files live on `self.disk`, which each run replaces."""

    def __init__(self) -> None:
        super().__init__(VFS_NAME, base="")
        self.disk = Disk(1, None)
        self._temp = 0

    def xOpen(self, name: Any, flags: list[int]) -> SimVFSFile:
        if name is None:
            self._temp += 1
            name = f"/sim/temp-{self._temp}"
        path = name.filename() if isinstance(name, apsw.URIFilename) else str(name)
        f = self.disk.files.get(path)
        if f is None:
            f = self.disk.files[path] = SimFile(scratch=bool(flags[0] & SCRATCH_FLAGS))
        flags[1] = flags[0]
        return SimVFSFile(self.disk, path, f)

    def xAccess(self, pathname: str, flags: int) -> bool:
        return pathname in self.disk.files

    def xDelete(self, filename: str, syncdir: bool) -> None:
        # An unlink is taken as durable at once (what SQLite's crash tests assume as well).
        self.disk.tick("delete", filename)
        self.disk.files.pop(filename, None)

    def xFullPathname(self, name: str) -> str:
        return name


# ---------------------------------------------------------------- the workload


@dataclass
class State:
    """The committed content of the app's tables that the workload touches."""

    brands: dict[int, tuple[str, int, bool, bool, str]] = field(default_factory=dict)
    accounts: dict[int, tuple[int, int, str]] = field(default_factory=dict)

    def copy(self) -> State:
        return State(dict(self.brands), dict(self.accounts))

    def fingerprint(self) -> str:
        return hashlib.sha1(repr((sorted(self.brands.items()),
                                  sorted(self.accounts.items()))).encode()).hexdigest()


STAMP = "2026-01-01 00:00:00.000000"
PLATFORMS = ("instagram", "x", "tiktok", "facebook", "youtube", "linkedin")


class Workload:
    """Random transactions on brand and social_account, as the app's services write them."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.state = State()
        self.next_id = 1

    def transaction(self) -> tuple[list[tuple[str, tuple[Any, ...]]], State]:
        """The statements of one transaction and the state once it commits."""
        after = self.state.copy()
        statements: list[tuple[str, tuple[Any, ...]]] = []
        for _ in range(self.rng.choice((1, 1, 1, 2, 3))):
            self._one(after, statements)
        return statements, after

    def _one(self, s: State, out: list[tuple[str, tuple[Any, ...]]]) -> None:
        rng = self.rng
        live = [i for i, b in s.brands.items() if not b[3]]
        roll = rng.random()
        if roll < 0.2 or not live:
            ident, self.next_id = self.next_id, self.next_id + 1
            name, notes = f"brand {ident}", "x" * rng.choice((0, 10, 300, 3000))
            logo = rng.randbytes(rng.choice((0, 0, 5000, 20000))) or None
            out.append(("INSERT INTO brand (id, name, industry, country, languages, colours, "
                        "notes, report_recipients, logo_png, archived, version, created_at, "
                        "updated_at) VALUES (?, ?, '', '', '', '', ?, '', ?, 0, 1, ?, ?)",
                        (ident, name, notes, logo, STAMP, STAMP)))
            s.brands[ident] = (name, 1, False, False, notes)
        elif roll < 0.45:
            brand = rng.choice(live)
            for _ in range(rng.randint(1, 3)):
                ident, self.next_id = self.next_id, self.next_id + 1
                handle = f"h{ident}"
                out.append(("INSERT INTO social_account (id, brand_id, platform, handle, "
                            "handle_key, profile_url, archived, notes, version, created_at, "
                            "updated_at) VALUES (?, ?, ?, ?, ?, '', 0, '', 1, ?, ?)",
                            (ident, brand, rng.choice(PLATFORMS), handle, handle, STAMP, STAMP)))
                s.accounts[ident] = (brand, 1, "")
        elif roll < 0.65:
            ident = rng.choice(live)
            name, version, archived, deleted, notes = s.brands[ident]
            name, notes = f"brand {ident} v{version + 1}", notes + "y" * rng.choice((0, 50, 900))
            archived = rng.random() < 0.3
            out.append(("UPDATE brand SET name = ?, notes = ?, archived = ?, version = ?, "
                        "updated_at = ? WHERE id = ? AND version = ?",
                        (name, notes, archived, version + 1, STAMP, ident, version)))
            s.brands[ident] = (name, version + 1, archived, deleted, notes)
        elif roll < 0.9:  # move several accounts to another brand
            target = rng.choice(live)
            movable = [i for i, a in s.accounts.items() if a[0] != target]
            for ident in rng.sample(movable, min(len(movable), rng.randint(2, 5))):
                _brand, version, notes = s.accounts[ident]
                notes = f"{notes}\n[move to {target}]" if notes else f"[move to {target}]"
                out.append(("UPDATE social_account SET brand_id = ?, notes = ?, version = ?, "
                            "updated_at = ? WHERE id = ? AND version = ?",
                            (target, notes, version + 1, STAMP, ident, version)))
                s.accounts[ident] = (target, version + 1, notes)
        else:
            ident = rng.choice(live)
            name, version, archived, _deleted, notes = s.brands[ident]
            out.append(("UPDATE brand SET deleted_at = ?, version = ? WHERE id = ? AND version = ?",
                        (STAMP, version + 1, ident, version)))
            s.brands[ident] = (name, version + 1, archived, True, notes)


def read_state(db: sqlite3.Connection) -> State:
    state = State()
    for ident, name, version, archived, deleted, notes in db.execute(
        "SELECT id, name, version, archived, deleted_at IS NOT NULL, notes FROM brand"
    ):
        state.brands[ident] = (name, version, bool(archived), bool(deleted), notes)
    for ident, brand_id, version, notes in db.execute(
        "SELECT id, brand_id, version, notes FROM social_account"
    ):
        state.accounts[ident] = (brand_id, version, notes)
    return state


# ---------------------------------------------------------------- one cut, many cuts


@dataclass(frozen=True)
class Mode:
    journal: str = "wal"
    synchronous: str = "FULL"
    reorder: bool = False  # unsynced writes survive at random (some torn) instead of all lost

    def __str__(self) -> str:
        return f"{self.journal}/{self.synchronous}{'/reordered' if self.reorder else ''}"


@dataclass
class Outcome:
    returned: int  # commits that returned before the cut
    kept: int | None  # commits the surviving file holds (None: no prefix matches)
    problems: list[str]
    cut_during: str


def connect(mode: Mode, rng: random.Random) -> apsw.Connection:
    db = apsw.Connection(NAME, vfs=VFS_NAME)
    db.execute("PRAGMA locking_mode=EXCLUSIVE")  # no shared memory in this VFS
    # The app's pragmas (smm_desktop/db/engine.py), then a small checkpoint interval.
    db.execute(f"PRAGMA journal_mode={mode.journal}")
    db.execute(f"PRAGMA synchronous={mode.synchronous}")
    db.execute("PRAGMA foreign_keys=ON")
    db.execute("PRAGMA busy_timeout=5000")
    db.execute(f"PRAGMA wal_autocheckpoint={rng.choice((4, 16, 64, 256))}")
    return db


def one_cut(vfs: SimVFS, base: bytes, mode: Mode, seed: str, folder: Path) -> Outcome:
    """Run transactions until the power goes, then check what a restart finds."""
    rng = random.Random(seed)
    disk = vfs.disk = Disk(rng.randint(1, MAX_OPS), random.Random(seed + "r") if mode.reorder
                           else None)
    disk.load(NAME, base)
    work = Workload(rng)
    prints = {work.state.fingerprint(): 0}
    returned = 0
    db: apsw.Connection | None = None
    try:
        while not disk.cut:  # (the cut may also come in an automatic checkpoint or a close)
            if db is None:
                db = connect(mode, rng)
            statements, after = work.transaction()
            prints[after.fingerprint()] = returned + 1  # the file may keep it even if cut
            db.execute("BEGIN")
            for sql, params in statements:
                db.execute(sql, params)
            db.execute("COMMIT")
            returned += 1
            work.state = after
            if rng.random() < 0.02:  # the app closes (a full checkpoint) and opens again
                db.close()
                db = None
    except (apsw.Error, PowerCut):  # APSW passes on our exception or SQLite's error for it
        if not disk.cut:
            raise
    finally:
        if db is not None:
            with suppress(apsw.Error, PowerCut):
                db.close()
    return check_survivors(disk, folder, prints, returned)


def check_survivors(disk: Disk, folder: Path, prints: dict[str, int], returned: int) -> Outcome:
    assert disk.survivors is not None, "the run ended without a power cut"
    for old in folder.glob("cut.smmws*"):
        old.unlink()
    for name, content in disk.survivors.items():
        (folder / Path(name).name).write_bytes(content)
    path = folder / Path(NAME).name
    try:
        with closing(sqlite3.connect(path)) as db:
            rows = [r[0] for r in db.execute("PRAGMA integrity_check")]
            problems = [] if rows == ["ok"] else rows
            kept = prints.get(read_state(db).fingerprint()) if not problems else None
    except sqlite3.DatabaseError as err:
        problems, kept = [str(err)], None
    return Outcome(returned, kept, problems, disk.cut_during)


@dataclass
class Totals:
    cuts: int = 0
    commits: int = 0
    corrupt: int = 0
    inconsistent: int = 0
    lost: int = 0  # commits that returned but are not in the file
    runs_losing: int = 0
    in_flight_kept: int = 0
    cut_during: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)

    def add(self, outcome: Outcome, seed: str) -> None:
        self.cuts += 1
        self.commits += outcome.returned
        self.cut_during[outcome.cut_during] += 1
        if outcome.problems:
            self.corrupt += 1
            self.failures.append(f"seed {seed!r}: corrupt: {outcome.problems[:3]}")
        elif outcome.kept is None:
            self.inconsistent += 1
            self.failures.append(f"seed {seed!r}: the file matches no prefix of the commits")
        elif outcome.kept < outcome.returned:
            self.lost += outcome.returned - outcome.kept
            self.runs_losing += 1
            self.failures.append(f"seed {seed!r}: {outcome.returned - outcome.kept} of "
                                 f"{outcome.returned} returned commits lost")
        elif outcome.kept > outcome.returned:
            self.in_flight_kept += 1

    def summary(self, mode: Mode, seed: int) -> str:
        return (f"power cut {mode}: seed={seed} cuts={self.cuts} commits returned={self.commits}"
                f" corrupt {self.corrupt} inconsistent {self.inconsistent} lost {self.lost} "
                f"(in {self.runs_losing} cuts) in-flight commit kept {self.in_flight_kept}; "
                f"cut during: {', '.join(f'{k} {n}' for k, n in self.cut_during.most_common())}")


@pytest.fixture(scope="module")
def base_image(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """A new workspace made by the app itself (Workspace.open runs the migrations), closed."""
    path = tmp_path_factory.mktemp("powercut") / "base.smmws"
    Workspace.open(path).close()
    assert not path.with_name(path.name + "-wal").exists()
    return path.read_bytes()


@pytest.fixture(scope="module")
def vfs() -> Iterator[SimVFS]:
    registered = SimVFS()
    yield registered
    registered.unregister()


def run_cuts(vfs: SimVFS, base: bytes, mode: Mode, cuts: int, seed: int, folder: Path) -> Totals:
    totals = Totals()
    with quiet_power_cuts():
        for i in range(cuts):
            cut_seed = f"{seed}-{mode}-{i}"
            totals.add(one_cut(vfs, base, mode, cut_seed, folder), cut_seed)
    return totals


@contextmanager
def quiet_power_cuts() -> Iterator[None]:
    """APSW reports a VFS exception it cannot hand back to SQLite's caller (a second failure
    while cleaning up after the cut, say) as unraisable: expected here, so not a warning."""
    previous = sys.unraisablehook

    def hook(unraisable: Any) -> None:
        error = unraisable.exc_value
        while error is not None and not isinstance(error, PowerCut):
            error = error.__context__
        if error is None:
            previous(unraisable)

    sys.unraisablehook = hook
    try:
        yield
    finally:
        sys.unraisablehook = previous


@pytest.mark.parametrize("mode", [Mode("wal"), Mode("wal", reorder=True), Mode("delete")],
                         ids=str)
def test_power_cut_loses_no_returned_commit_with_full_sync(
    vfs: SimVFS, base_image: bytes, mode: Mode, power_cuts: int, crash_seed: int,
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    totals = run_cuts(vfs, base_image, mode, power_cuts, crash_seed, tmp_path)
    with capsys.disabled():
        print(f"\n{totals.summary(mode, crash_seed)}")
    assert (totals.corrupt, totals.inconsistent, totals.lost) == (0, 0, 0), totals.failures[:10]
    assert totals.commits > totals.cuts


def test_power_cut_with_normal_sync_loses_commits_control(
    vfs: SimVFS, base_image: bytes, power_cuts: int, crash_seed: int, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The control: synchronous=NORMAL is known to lose the last commits in WAL mode, so a
    harness that saw no loss here could not see one anywhere."""
    mode = Mode("wal", "NORMAL")
    totals = run_cuts(vfs, base_image, mode, power_cuts, crash_seed, tmp_path)
    with capsys.disabled():
        print(f"\n{totals.summary(mode, crash_seed)}")
    assert totals.lost > 0
    assert (totals.corrupt, totals.inconsistent) == (0, 0), totals.failures[:10]


def test_power_cut_without_sync_corrupts_control(
    vfs: SimVFS, base_image: bytes, power_cuts: int, crash_seed: int, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The other control: with synchronous=OFF and the OS reordering writes, SQLite's own
    documentation expects corruption; a harness that saw none could not see any."""
    mode = Mode("wal", "OFF", reorder=True)
    totals = run_cuts(vfs, base_image, mode, max(10, power_cuts // 5), crash_seed, tmp_path)
    with capsys.disabled():
        print(f"\n{totals.summary(mode, crash_seed)}")
    assert totals.corrupt > 0
