"""Parse + validate speed of the export readers: a generated 100,000-row Facebook posts CSV
(UTF-8 with BOM, quoted Arabic texts, some with newlines) read by read_export. Prints one JSON
line {"metric": "import_parse_rows_per_s", ...}; the commit is not included.

    .venv/bin/python tests/benchmarks/importers_bench.py [ROWS]
"""

from __future__ import annotations

import csv
import io
import json
import sys
import time

from smm_desktop.importers.read import read_export

HEADER = [
    "Post ID", "Page ID", "Page name", "Title", "Description", "Duration (sec)", "Publish time",
    "Caption type", "Permalink", "Is crosspost", "Is share", "Post type", "Languages",
    "Custom labels", "Funded content status", "Data comment", "Date", "Views", "Reach",
    "Reactions", "Comments", "Shares", "Total clicks", "Link clicks", "Other Clicks",
    "Seconds viewed", "Average Seconds viewed",
]


def export(rows: int) -> bytes:
    """A Facebook posts export of `rows` posts."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    for n in range(rows):
        text = "عرض خاص، قهوة اليوم" + ("\nجربوها" if n % 7 == 0 else "")
        writer.writerow([
            f"1029384756_{n}", "1029384756", "مقهى النخيل", "", text, str(n % 90 or ""),
            f"{n % 12 + 1:02d}/{n % 28 + 1:02d}/2025 {n % 24:02d}:{n % 60:02d}", "",
            f"https://www.facebook.com/1029384756/posts/{n}", "No", "No", "Photos", "ar", "", "",
            "", "Lifetime", f"{n * 7 % 100000:,}", str(n * 5 % 80000), str(n % 900), str(n % 70),
            str(n % 30), str(n % 1300), str(n % 300), str(n % 1000), str(n % 5000),
            f"{n % 50}.{n % 10}",
        ])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def main() -> None:
    """Read the export three times; report the best (CPU time: the machine may be shared)."""
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    data = export(rows)
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        (result,) = read_export(data, "posts.csv")
        best = min(best, time.process_time() - start)
    assert len(result.rows) == rows and not result.problems, result.problems[:3]
    print(json.dumps({"metric": "import_parse_rows_per_s", "value": round(rows / best), "unit": "rows/s"}))


if __name__ == "__main__":
    main()
