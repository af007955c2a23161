"""packaged_startup_ratio: the PyInstaller bundle's start-up over the venv app's, same run.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/packaged_bench.py [--bundle EXE]

Needs a built bundle (`./dev package`): the installed /opt/smm-desktop/smm-desktop when the .deb
is installed, else dist/smm-desktop/smm-desktop; without one it says so and measures nothing.
JSON lines on stdout like run.py; see tests/benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

from run import ROOT, child_env, emit, measure, progress, write_workspace

CANDIDATES = (Path("/opt/smm-desktop/smm-desktop"), ROOT / "dist" / "smm-desktop" / "smm-desktop")


def find_bundle(given: str | None) -> Path | None:
    """The bundle's executable: the one named, else the installed one, else the built one."""
    if given:
        return Path(given) if Path(given).is_file() else None
    return next((path for path in CANDIDATES if path.is_file()), None)


def packaged_startup(bundle: Path, runs: int, years: int) -> None:
    """Interleaved runs (venv, bundle, venv, bundle...) after one uncounted warm-up of each."""
    with tempfile.TemporaryDirectory(prefix="smm-bench-packaged-") as tmp:
        base = Path(tmp)
        env = child_env(base)
        workspace = write_workspace(base, years, env)
        commands = {
            "venv": [sys.executable, "-m", "smm_desktop", "--workspace", str(workspace)],
            "bundle": [str(bundle), "--workspace", str(workspace)],
        }
        seconds: dict[str, list[float]] = {"venv": [], "bundle": []}
        for run in range(runs + 1):
            for name, command in commands.items():
                sample = measure(command, env, base / f"{name}.stderr")
                label = "warm-up" if run == 0 else f"run {run}/{runs}"
                progress(f"bench: {name:6} {label:8} {sample.seconds:.3f} s")
                if run:
                    seconds[name].append(sample.seconds)
    venv_s, bundle_s = statistics.median(seconds["venv"]), statistics.median(seconds["bundle"])
    emit("packaged_startup_s", round(bundle_s, 3), "s")
    emit("packaged_venv_startup_s", round(venv_s, 3), "s")
    emit("packaged_startup_ratio", round(bundle_s / venv_s, 2), "ratio")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="SMM Desktop packaged start-up benchmark")
    parser.add_argument("--bundle", help="the bundle's executable (default: installed, else dist/)")
    parser.add_argument("--runs", type=int, default=5, help="measured runs of each (default 5)")
    parser.add_argument("--years", type=int, default=5, help="years in the sample (default 5)")
    args = parser.parse_args(argv)
    bundle = find_bundle(args.bundle)
    if bundle is None:
        where = args.bundle or " or ".join(map(str, CANDIDATES))
        progress(f"bench: skipped packaged_startup_ratio: no built bundle at {where} "
                 "(build one with ./dev package)")
        return 0
    progress(f"bench: the bundle is {bundle}")
    packaged_startup(bundle, args.runs, args.years)
    return 0


if __name__ == "__main__":
    sys.exit(main())
