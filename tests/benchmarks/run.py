"""The benchmark suite: one JSON object per line on stdout, progress on stderr.

Run with `./dev bench` (sets QT_QPA_PLATFORM=offscreen). See tests/benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
FLOOR_APP = HERE / "floor_app.py"
CALENDAR_BENCH = HERE / "calendar_bench.py"
TODAY_BENCH = HERE / "today_bench.py"
IMPORT_BENCH = HERE / "import_bench.py"
REPORT_BENCH = HERE / "report_bench.py"
TIMEOUT_S = 120.0


@dataclass(frozen=True)
class Sample:
    seconds: float  # from just before spawning to reading the `ready` line
    rss_mib: float  # the child's peak resident set size


def emit(metric: str, value: float, unit: str) -> None:
    print(json.dumps({"metric": metric, "value": value, "unit": unit}), flush=True)


def progress(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def child_env(base: Path) -> dict[str, str]:
    """The children's environment: their own settings, data and logs; offscreen unless told."""
    env = dict(os.environ)
    for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        folder = base / variable.lower()
        folder.mkdir(parents=True, exist_ok=True)
        env[variable] = str(folder)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["SMM_DESKTOP_BENCH_READY"] = "1"
    return env


def write_workspace(folder: Path, years: int, env: dict[str, str]) -> Path:
    target = folder / "bench.smmws"
    progress(f"bench: writing a {years}-year sample workspace to {target}")
    subprocess.run(
        [sys.executable, "-m", "smm_desktop.cli", "demo", "--workspace", str(target),
         "--years", str(years)],
        check=True, env=env, cwd=ROOT, stdout=sys.stderr,
    )
    return target


def measure(command: list[str], env: dict[str, str], log: Path) -> Sample:
    """Start `command`, time it until it prints `ready`, and take its peak RSS once it exits."""
    with log.open("wb") as errors:
        start = time.perf_counter()
        proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=errors, env=env, cwd=ROOT)
        watchdog = threading.Timer(TIMEOUT_S, proc.kill)
        watchdog.start()
        try:
            elapsed = _wait_ready(proc, start)
            assert proc.stdout is not None
            proc.stdout.read()  # drain until the child closes it
            # wait4 gives this one child's own peak RSS (ru_maxrss, KiB on Linux), race-free,
            # unlike RUSAGE_CHILDREN, which is the maximum over every child so far.
            _, status, usage = os.wait4(proc.pid, 0)
            proc.returncode = os.waitstatus_to_exitcode(status)
        finally:
            watchdog.cancel()
            if proc.returncode is None:
                proc.kill()
                proc.wait()
    if elapsed is None or proc.returncode != 0:
        tail = log.read_text(encoding="utf-8", errors="replace")[-3000:]
        raise RuntimeError(f"{command} gave no `ready` (exit {proc.returncode}):\n{tail}")
    return Sample(elapsed, usage.ru_maxrss / 1024)


def _wait_ready(proc: subprocess.Popen[bytes], start: float) -> float | None:
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.strip() == b"ready":
            return time.perf_counter() - start
    return None


def startup(runs: int, years: int) -> None:
    with tempfile.TemporaryDirectory(prefix="smm-bench-") as tmp:
        base = Path(tmp)
        env = child_env(base)
        started = time.perf_counter()
        workspace = write_workspace(base, years, env)
        emit("sample_write_s", round(time.perf_counter() - started, 2), "s")
        commands = {
            "app": [sys.executable, "-m", "smm_desktop", "--workspace", str(workspace)],
            "floor": [sys.executable, str(FLOOR_APP), str(workspace)],
        }
        samples: dict[str, list[Sample]] = {"app": [], "floor": []}
        for run in range(runs + 1):  # run 0 warms the OS file cache for both; not counted
            for name, command in commands.items():  # interleaved: app, floor, app, floor...
                sample = measure(command, env, base / f"{name}.stderr")
                label = "warm-up" if run == 0 else f"run {run}/{runs}"
                progress(f"bench: {name:5} {label:8} {sample.seconds:.3f} s "
                         f"{sample.rss_mib:.0f} MiB")
                if run:
                    samples[name].append(sample)
    app_s = statistics.median(s.seconds for s in samples["app"])
    floor_s = statistics.median(s.seconds for s in samples["floor"])
    emit("startup_s", round(app_s, 3), "s")
    emit("startup_floor_s", round(floor_s, 3), "s")
    emit("startup_ratio", round(app_s / floor_s, 2), "ratio")
    emit("startup_rss_mib", round(statistics.median(s.rss_mib for s in samples["app"]), 1), "MiB")
    emit("startup_floor_rss_mib",
         round(statistics.median(s.rss_mib for s in samples["floor"]), 1), "MiB")


def backup(runs: int, years: int) -> None:
    """A verified backup of the sample workspace, as the app makes it (median of `runs`)."""
    from smm_desktop.services.backups import backup_now

    with tempfile.TemporaryDirectory(prefix="smm-bench-") as tmp:
        base = Path(tmp)
        workspace = write_workspace(base, years, child_env(base))
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            backup_now(workspace, base / "backups", "manual")
            times.append(time.perf_counter() - start)
        progress(f"bench: backup of {workspace.stat().st_size / 1024:.0f} KiB, "
                 f"{', '.join(f'{t:.3f}' for t in times)} s")
    emit("backup_s", round(statistics.median(times), 3), "s")


def calendar_child(workspace: Path, what: str, runs: int, env: dict[str, str]) -> list[float]:
    """calendar_bench.py's samples (ms) of `what` on `workspace`, in a child process."""
    done = subprocess.run(
        [sys.executable, str(CALENDAR_BENCH), str(workspace), what, "--runs", str(runs)],
        check=True, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=sys.stderr,
        timeout=TIMEOUT_S,
    )
    samples: list[float] = json.loads(done.stdout.splitlines()[-1])["samples_ms"]
    return samples


def calendar(runs: int, years: int) -> None:
    """The Calendar tab: a month switch and a drop on the `years` sample; the month switch on a
    10-year sample over a 1-year one (only the shown range should be read)."""
    with tempfile.TemporaryDirectory(prefix="smm-bench-") as tmp:
        base = Path(tmp)
        env = child_env(base)
        medians = {}
        for span in (years, 1, 10):
            folder = base / f"{span}y"
            folder.mkdir()
            workspace = write_workspace(folder, span, env)
            count = runs if span == years else max(runs, 9)
            medians[span] = statistics.median(calendar_child(workspace, "month", count, env))
            if span == years:
                emit("month_switch_ms", round(medians[span], 1), "ms")
                drop = statistics.median(calendar_child(workspace, "drop", runs, env))
                emit("drop_commit_ms", round(drop, 1), "ms")
    progress(f"bench: month switch, 1-year sample {medians[1]:.1f} ms, "
             f"10-year sample {medians[10]:.1f} ms")
    emit("calendar_scale_ratio", round(medians[10] / medians[1], 2), "ratio")


def today(runs: int, years: int) -> None:
    """The to-do list rebuilt (every brand) on the `years` sample, in a child process."""
    with tempfile.TemporaryDirectory(prefix="smm-bench-") as tmp:
        base = Path(tmp)
        env = child_env(base)
        workspace = write_workspace(base, years, env)
        done = subprocess.run(
            [sys.executable, str(TODAY_BENCH), str(workspace), "--runs", str(runs)],
            check=True, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=sys.stderr,
            timeout=TIMEOUT_S,
        )
    samples: list[float] = json.loads(done.stdout.splitlines()[-1])["samples_ms"]
    emit("todo_refresh_ms", round(statistics.median(samples), 1), "ms")


def reports(runs: int, years: int) -> None:
    """The Reports tab's preview and the PDF of a monthly report, in a child process."""
    with tempfile.TemporaryDirectory(prefix="smm-bench-") as tmp:
        base = Path(tmp)
        env = child_env(base)
        workspace = write_workspace(base, years, env)
        done = subprocess.run(
            [sys.executable, str(REPORT_BENCH), str(workspace), "--runs", str(runs)],
            check=True, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=sys.stderr,
            timeout=TIMEOUT_S * 3,
        )
    samples = json.loads(done.stdout.splitlines()[-1])
    emit("report_preview_s", round(statistics.median(samples["preview_s"]), 3), "s")
    emit("report_pdf_s", round(statistics.median(samples["pdf_s"]), 3), "s")


def import_rows(runs: int) -> None:
    """Preview + commit of a 100,000-row Facebook posts export, in a child process."""
    with tempfile.TemporaryDirectory(prefix="smm-bench-") as tmp:
        env = child_env(Path(tmp))
        done = subprocess.run(
            [sys.executable, str(IMPORT_BENCH), "--runs", str(min(runs, 3))],
            check=True, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=sys.stderr,
            timeout=TIMEOUT_S,
        )
    value = json.loads(done.stdout.splitlines()[-1])["value"]
    emit("import_rows_per_s", value, "rows/s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="SMM Desktop benchmarks (JSON lines on stdout)")
    parser.add_argument("--runs", type=int, default=5, help="measured runs of each (default 5)")
    parser.add_argument("--years", type=int, default=5, help="years in the sample (default 5)")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be 1 or more")
    startup(args.runs, args.years)
    backup(args.runs, args.years)
    calendar(args.runs, args.years)
    today(args.runs, args.years)
    reports(args.runs, args.years)
    import_rows(args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
