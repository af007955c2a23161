"""The process tests/crash/test_sigkill.py kills: real service calls on a workspace, in a loop.

Every call is announced before it starts and acknowledged after it returns, one line each on
stdout, written with a single write(2) so a line is whole or absent:

    try {"op": ..., "before": [rows], "after": [rows], ...}   about to call the service
    ack {"op": ..., "rows": [rows], ...}                      it returned: these rows are stored

A row is {"table": "brand"|"account", "id": ..., and its checked fields}. Whatever an ack names
must survive a SIGKILL; the one call in flight may have happened entirely or not at all.

    python tests/crash/worker.py run WORKSPACE TAG SEED   one worker, until killed
    python tests/crash/worker.py serve                    a fork server for the test

`serve` imports the app once and then, for each `{"cmd": "run", "path", "tag", "seed"}` line on
stdin, forks a worker (a fresh process that opens the workspace with Workspace.open, as the app
does) and prints `child PID`; `{"cmd": "reap", "pid"}` waits for it and prints `exit PID CODE`
after everything the worker wrote. Forking saves the ~0.4 s of imports per kill that would
otherwise dominate the run time; the server itself never opens a database.
"""

from __future__ import annotations

import dataclasses
import json
import os
import random
import sys
import time
import traceback
from pathlib import Path
from typing import Any

from smm_desktop.domain.enums import Platform
from smm_desktop.services.accounts import AccountData, AccountInput
from smm_desktop.services.brands import BrandData, BrandInput
from smm_desktop.services.bulk import BulkService, add_note_line
from smm_desktop.services.registry import Services
from smm_desktop.services.workspace import Workspace

MAX_SECONDS = 60  # a worker nobody kills (its parent died) stops on its own
PLATFORMS = [p for p in Platform if p is not Platform.OTHER]


def emit(kind: str, fields: dict[str, Any] | None = None) -> None:
    line = kind if fields is None else f"{kind} {json.dumps(fields, ensure_ascii=False)}"
    os.write(1, (line + "\n").encode())


def brand_row(b: BrandData, deleted: bool = False) -> dict[str, Any]:
    return {"table": "brand", "id": b.id, "name": b.name, "version": b.version,
            "archived": b.archived, "deleted": deleted}


def account_row(a: AccountData) -> dict[str, Any]:
    return {"table": "account", "id": a.id, "brand_id": a.brand_id, "version": a.version,
            "notes": a.notes}


def move_marker(group: str) -> str:
    return f"[move {group}]"


class Worker:
    def __init__(self, services: Services, tag: str, rng: random.Random) -> None:
        self.s = services
        self.bulk = BulkService(services.workspace.session_factory)
        self.tag, self.rng = tag, rng
        self.live: dict[int, BrandData] = {b.id: b for b in services.brands.list_brands()}
        self.trash: dict[int, BrandData] = {}
        self.accounts: dict[int, AccountData] = {}
        known = [b for b in self.live.values() if b.account_count]
        for brand in rng.sample(known, min(8, len(known))):
            self.accounts.update((a.id, a) for a in services.accounts.list_accounts(brand.id))
        self.counter = 0

    def name(self) -> str:
        self.counter += 1
        return f"{self.tag}-{self.counter}"

    def step(self) -> None:
        ops = [(self.create_brand, 12), (self.create_account, 20), (self.rename, 18),
               (self.archive, 10), (self.delete, 6), (self.undelete, 8), (self.move, 26)]
        chosen = self.rng.choices([op for op, _ in ops], [w for _, w in ops])[0]
        chosen()

    def any_live(self) -> BrandData | None:
        return self.rng.choice(list(self.live.values())) if self.live else None

    def create_brand(self) -> None:
        name = self.name()
        emit("try", {"op": "create_brand", "name": name})
        created = self.s.brands.create(BrandInput(name, notes=f"made by {self.tag}"))
        self.live[created.id] = created
        emit("ack", {"op": "create_brand", "rows": [brand_row(created)]})

    def create_account(self) -> None:
        brand = self.any_live()
        if brand is None:
            return self.create_brand()
        handle = self.name().replace("-", "_")
        emit("try", {"op": "create_account", "brand_id": brand.id, "handle": handle})
        made = self.s.accounts.create(
            brand.id, AccountInput(self.rng.choice(PLATFORMS), handle))
        self.accounts[made.id] = made
        emit("ack", {"op": "create_account", "rows": [account_row(made)]})

    def rename(self) -> None:
        brand = self.any_live()
        if brand is None:
            return self.create_brand()
        data = BrandInput(self.name(), notes=f"renamed by {self.tag}")
        after = {**brand_row(brand), "name": data.name, "version": brand.version + 1}
        emit("try", {"op": "rename", "before": [brand_row(brand)], "after": [after]})
        changed = self.s.brands.update(brand.id, brand.version, data)
        self.live[changed.id] = changed
        emit("ack", {"op": "rename", "rows": [brand_row(changed)]})

    def archive(self) -> None:
        brand = self.any_live()
        if brand is None:
            return self.create_brand()
        after = {**brand_row(brand), "archived": not brand.archived, "version": brand.version + 1}
        emit("try", {"op": "archive", "before": [brand_row(brand)], "after": [after]})
        changed = self.s.brands.set_archived(brand.id, brand.version, not brand.archived)
        self.live[changed.id] = changed
        emit("ack", {"op": "archive", "rows": [brand_row(changed)]})

    def delete(self) -> None:
        brand = self.any_live()
        if brand is None:
            return self.create_brand()
        after = {**brand_row(brand), "deleted": True, "version": brand.version + 1}
        emit("try", {"op": "delete", "before": [brand_row(brand)], "after": [after]})
        self.s.brands.delete(brand.id, brand.version)  # returns nothing: version + 1 is implied
        del self.live[brand.id]
        self.trash[brand.id] = dataclasses.replace(brand, version=brand.version + 1)
        emit("ack", {"op": "delete", "rows": [after]})

    def undelete(self) -> None:
        if not self.trash:
            return self.delete()
        brand = self.trash.pop(self.rng.choice(sorted(self.trash)))
        before = brand_row(brand, deleted=True)
        after = {**before, "deleted": False, "version": brand.version + 1}
        emit("try", {"op": "undelete", "before": [before], "after": [after]})
        back = self.s.brands.undelete(brand.id)
        self.live[back.id] = back
        emit("ack", {"op": "undelete", "rows": [brand_row(back)]})

    def move(self) -> None:
        """Several accounts to another brand in one transaction, each tagged with the group."""
        target = self.any_live()
        if target is None:
            return self.create_brand()
        movable = [a for a in self.accounts.values()
                   if a.brand_id in self.live and a.brand_id != target.id]
        if len(movable) < 2:
            return self.create_account()
        chosen = self.rng.sample(movable, self.rng.randint(2, min(5, len(movable))))
        group = self.name()
        marker = move_marker(group)
        before = [account_row(a) for a in chosen]
        after = [{**row, "brand_id": target.id, "version": row["version"] + 1,
                  "notes": add_note_line(row["notes"], marker)} for row in before]
        emit("try", {"op": "move", "group": group, "marker": marker, "to": target.id,
                     "before": before, "after": after})
        moved = self.bulk.move_accounts({a.id: a.version for a in chosen}, target.id, marker)
        self.accounts.update((a.id, a) for a in moved)
        emit("ack", {"op": "move", "group": group, "marker": marker, "to": target.id,
                     "rows": [account_row(a) for a in moved]})


def run(path: Path, tag: str, seed: int) -> None:
    """Open the workspace as the app does and change it until killed."""
    workspace = Workspace.open(path)
    services = Services.of(workspace)
    worker = Worker(services, tag, random.Random(seed))
    emit("ready", {"pid": os.getpid()})
    stop = time.monotonic() + MAX_SECONDS
    while time.monotonic() < stop:
        worker.step()
    workspace.close()


def serve() -> None:
    """Fork one worker per `run` command; report each one's end after all its output."""
    for line in sys.stdin:
        command = json.loads(line)
        if command["cmd"] == "run":
            pid = os.fork()
            if pid == 0:
                code = 0
                try:
                    run(Path(command["path"]), command["tag"], command["seed"])
                except BaseException:
                    traceback.print_exc()
                    emit("failed")
                    code = 1
                finally:
                    sys.stderr.flush()
                    os._exit(code)
            emit(f"child {pid}")
        elif command["cmd"] == "reap":
            pid = command["pid"]
            _, status = os.waitpid(pid, 0)
            # Begins with a newline: a line the killed worker left half-written ends here.
            os.write(1, f"\nexit {pid} {os.waitstatus_to_exitcode(status)}\n".encode())
        elif command["cmd"] == "quit":
            return


def main(argv: list[str]) -> int:
    if argv[:1] == ["serve"]:
        serve()
        return 0
    if argv[:1] == ["run"] and len(argv) == 4:
        run(Path(argv[1]), argv[2], int(argv[3]))
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
