"""Gate for the Arabic translation: complete, up to date with the code, and built.

Fails (exit 1, naming what is wrong) when the .ts has an unfinished or empty translation, a
translation loses a %1-style placeholder, a context that is not a class name, a literal passed to a translate() wrapper, re-running lupdate would add source texts that the .ts
lacks, or the .qm is missing or not built from this .ts. Never modifies the real files: lupdate
and lrelease run on temporary copies. Run by `./dev lint`; fix with `./dev tr`.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "smm_desktop_ar.ts"
QM = TS.with_suffix(".qm")
SOURCES = "smm_desktop"
TOOLS = Path(sys.executable).parent  # the venv's bin: pyside6-lupdate, pyside6-lrelease
PLACEHOLDER = re.compile(r"%(?:L?\d+|n)")
CONTEXT = re.compile(r"[A-Z][A-Za-z0-9_]*")
GONE = {"vanished", "obsolete"}  # entries lupdate keeps for reference; not part of the app

Key = tuple[str, str]  # (context, source)


def shown(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def messages(ts: Path) -> list[tuple[Key, ET.Element]]:
    """Every live message of a .ts file with its (context, source) key."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in GONE:
                continue
            found.append(((name, message.findtext("source", default="")), message))
    return found


def translation_texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return [""]
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def incomplete(ts: Path) -> list[str]:
    """Unfinished or empty translations, and translations that drop a placeholder."""
    problems = []
    for (context, source), message in messages(ts):
        if not CONTEXT.fullmatch(context):  # lupdate took `other.tr(...)`'s receiver as context
            problems.append(f"context is not a class name, so the text is never found at run "
                            f"time (use QCoreApplication.translate): [{context}] {source!r}")
        translation = message.find("translation")
        texts = translation_texts(message)
        if translation is not None and translation.get("type") == "unfinished":
            problems.append(f"unfinished: [{context}] {source!r}")
        elif any(not text.strip() for text in texts):
            problems.append(f"empty translation: [{context}] {source!r}")
        else:
            wanted = set(PLACEHOLDER.findall(source)) - {"%n"}
            for text in texts:
                if missing := wanted - set(PLACEHOLDER.findall(text)):
                    problems.append(f"translation lacks {', '.join(sorted(missing))}: "
                                    f"[{context}] {source!r} -> {text!r}")
    return problems


def run_tool(name: str, *args: str) -> None:
    tool = TOOLS / name
    if not tool.exists():
        sys.exit(f"check_translations: {tool} not found (run it with the venv's python)")
    result = subprocess.run([str(tool), *args], cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"check_translations: {name} failed:\n{result.stdout}{result.stderr}")


def new_source_texts(tmp: Path) -> list[Key]:
    """Source texts in the code that the .ts lacks: lupdate on a copy, then compare."""
    copy = tmp / TS.name
    shutil.copyfile(TS, copy)
    run_tool("pyside6-lupdate", "-extensions", "py", "-locations", "none", "-no-obsolete",
             SOURCES, "-ts", str(copy))
    before = {key for key, _ in messages(TS)}
    after = {key for key, _ in messages(copy)}
    return sorted(after - before)


def qm_problems(tmp: Path) -> list[str]:
    """The .qm must be there and be what lrelease builds from this .ts."""
    if not QM.is_file() or QM.stat().st_size == 0:
        return [f"{shown(QM)} is missing or empty"]
    fresh = tmp / QM.name
    run_tool("pyside6-lrelease", "-silent", str(TS), "-qm", str(fresh))
    if fresh.read_bytes() != QM.read_bytes():
        return [f"{shown(QM)} is not built from the current .ts"]
    return []


# A call lupdate cannot read: a helper wrapping translate(), called with a literal.
HIDDEN_CALL = re.compile(r"""\b_[a-z_]*tr\(\s*["']""")


def hidden_calls() -> list[str]:
    """Literal texts passed to a translate() wrapper: lupdate never extracts them."""
    found = []
    for path in sorted((ROOT / SOURCES).rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if HIDDEN_CALL.search(line):
                found.append(f"lupdate cannot see this text (call QCoreApplication.translate "
                             f"with the context instead): {shown(path)}:{number}")
    return found


def main() -> int:
    if not TS.is_file():
        print(f"check_translations: {TS} not found", file=sys.stderr)
        return 1
    problems = incomplete(TS) + hidden_calls()
    with tempfile.TemporaryDirectory(prefix="smm-tr-") as folder:
        tmp = Path(folder)
        problems += [f"not in the .ts: [{context}] {source!r}"
                     for context, source in new_source_texts(tmp)]
        problems += qm_problems(tmp)
    if problems:
        print(f"check_translations: {shown(TS)}: {len(problems)} problem(s):",
              file=sys.stderr)
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)
        print("Fix: run ./dev tr, translate what it marks unfinished, run ./dev tr again, "
              "and commit both the .ts and the .qm.", file=sys.stderr)
        return 1
    print(f"check_translations: {len(messages(TS))} Arabic translations complete and built")
    return 0


if __name__ == "__main__":
    sys.exit(main())
