"""Competitor tracking sheets (kind "competitor_snapshots"): one competitor account per row per
date, as managers keep them or third-party tools export them, in English or Arabic headers.
Built on the readers' text, value and date helpers; every bad cell is reported (line, column,
code, raw) and its row left out, every good row is kept. Qt-free and DB-free."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from urllib.parse import urlsplit

from smm_desktop.domain.enums import PROFILE_HOSTS, ContentType, Platform
from smm_desktop.importers.dates import parse_date_column
from smm_desktop.importers.headers import HEADER_SCAN_ROWS, header_texts, normalise
from smm_desktop.importers.records import DateOrder, Problem, When
from smm_desktop.importers.sheets import read_tables
from smm_desktop.importers.text import Cell, Table
from smm_desktop.importers.values import clean_text, guess_decimal, parse_int

KIND = "competitor_snapshots"
COUNTS = ("followers", "posts", "likes", "comments", "shares", "views")
TEXTS = ("competitor", "platform", "handle", "notable_link", "note")
# Field -> the headers (normalised: lower case, single spaces) that name it.
HEADERS: dict[str, tuple[str, ...]] = {
    "competitor": ("competitor", "competitor name", "name", "brand", "company",
                   "المنافس", "اسم المنافس", "الاسم", "العلامة التجارية", "الشركة"),
    "platform": ("platform", "network", "social network", "channel",
                 "المنصة", "المنصّة", "الشبكة", "القناة"),
    "handle": ("handle", "account", "username", "user name", "profile", "profile url",
               "profile link", "account url", "page", "page url",
               "الحساب", "المعرف", "المعرّف", "اسم المستخدم", "رابط الحساب", "رابط الصفحة"),
    "day": ("date", "day", "snapshot date", "checked on", "date checked", "week of",
            "التاريخ", "اليوم", "تاريخ الرصد"),
    "followers": ("followers", "follower count", "followers count", "fans", "subscribers",
                  "audience", "المتابعون", "المتابعين", "عدد المتابعين", "المشتركون"),
    "posts": ("posts", "posts this week", "number of posts", "posts in period", "published posts",
              "المنشورات", "عدد المنشورات"),
    "likes": ("likes", "reactions", "الإعجابات", "الاعجابات", "التفاعلات"),
    "comments": ("comments", "replies", "التعليقات", "الردود"),
    "shares": ("shares", "retweets", "reposts", "المشاركات", "إعادة النشر"),
    "views": ("views", "video views", "plays", "المشاهدات", "عدد المشاهدات"),
    "period_days": ("period", "period (days)", "period days", "days", "المدة", "المدة (أيام)",
                    "الفترة", "الفترة (أيام)"),
    "hashtags": ("hashtags", "top hashtags", "tags", "الوسوم", "الهاشتاقات", "هاشتاقات",
                 "أبرز الوسوم"),
    "content_types": ("content types", "content type", "formats", "format", "content formats",
                      "أنواع المحتوى", "نوع المحتوى", "الصيغ", "أشكال المحتوى"),
    "notable_link": ("notable link", "notable post", "top post", "trending post", "best post",
                     "link", "رابط مميز", "المحتوى المميز", "رابط المنشور المميز", "أبرز منشور"),
    "note": ("note", "notes", "why it worked", "comment on it", "ملاحظة", "ملاحظات",
             "لماذا نجح"),
}
_FIELD_OF = {alias: field for field, aliases in HEADERS.items() for alias in aliases}
REQUIRED = ("handle", "day")
_PLATFORMS: dict[str, Platform] = {
    **{p.value: p for p in Platform}, "fb": Platform.FACEBOOK, "ig": Platform.INSTAGRAM,
    "insta": Platform.INSTAGRAM, "twitter": Platform.X, "x (twitter)": Platform.X,
    "tik tok": Platform.TIKTOK, "yt": Platform.YOUTUBE, "whatsapp": Platform.WHATSAPP_BUSINESS,
    "فيسبوك": Platform.FACEBOOK, "فيس بوك": Platform.FACEBOOK, "انستغرام": Platform.INSTAGRAM,
    "إنستغرام": Platform.INSTAGRAM, "انستقرام": Platform.INSTAGRAM, "إنستقرام": Platform.INSTAGRAM,
    "تويتر": Platform.X, "إكس": Platform.X, "اكس": Platform.X, "لينكدإن": Platform.LINKEDIN,
    "لينكد إن": Platform.LINKEDIN, "تيك توك": Platform.TIKTOK, "تيكتوك": Platform.TIKTOK,
    "يوتيوب": Platform.YOUTUBE, "سناب شات": Platform.SNAPCHAT, "سناب": Platform.SNAPCHAT,
    "بنترست": Platform.PINTEREST, "ثريدز": Platform.THREADS, "واتساب": Platform.WHATSAPP_BUSINESS,
}
_CONTENT: dict[str, ContentType] = {
    **{c.value: c for c in ContentType}, "short video": ContentType.SHORT_VIDEO,
    "photo": ContentType.IMAGE, "photos": ContentType.IMAGE, "images": ContentType.IMAGE,
    "carousels": ContentType.CAROUSEL, "album": ContentType.CAROUSEL, "videos": ContentType.VIDEO,
    "reel": ContentType.SHORT_VIDEO, "reels": ContentType.SHORT_VIDEO,
    "short": ContentType.SHORT_VIDEO, "shorts": ContentType.SHORT_VIDEO,
    "stories": ContentType.STORY, "polls": ContentType.POLL, "links": ContentType.LINK,
    "صورة": ContentType.IMAGE, "صور": ContentType.IMAGE, "كاروسيل": ContentType.CAROUSEL,
    "ألبوم": ContentType.CAROUSEL, "فيديو": ContentType.VIDEO, "ريلز": ContentType.SHORT_VIDEO,
    "ريل": ContentType.SHORT_VIDEO, "فيديو قصير": ContentType.SHORT_VIDEO,
    "قصص": ContentType.STORY, "قصة": ContentType.STORY, "ستوري": ContentType.STORY,
    "نص": ContentType.TEXT, "رابط": ContentType.LINK, "استطلاع": ContentType.POLL,
    "بث مباشر": ContentType.LIVE, "لايف": ContentType.LIVE,
}
Report = Callable[[str, str], None]  # (field, code) of a bad cell
_URL_PREFIXES = frozenset({"company", "in", "channel", "c", "user", "school", "pages", "add"})


@dataclass(frozen=True, slots=True)
class CompetitorRow:
    """One good row: who, where, which day, and what was seen (None = no value in the file)."""

    line: int
    competitor: str
    platform: Platform
    handle: str
    profile_url: str
    day: date
    followers: int | None = None
    posts: int | None = None
    likes: int | None = None
    comments: int | None = None
    shares: int | None = None
    views: int | None = None
    period_days: int | None = None
    hashtags: str | None = None
    content_types: tuple[ContentType, ...] | None = None
    notable_link: str | None = None
    note: str | None = None

    def given(self) -> tuple[str, ...]:
        """The snapshot fields this row has a value for (a merge writes only these)."""
        names = (*COUNTS, "period_days", "hashtags", "content_types", "notable_link", "note")
        return tuple(n for n in names if getattr(self, n) is not None)


@dataclass(frozen=True)
class SheetResult:
    """What a tracking sheet held: its good rows, its problems and the columns recognised."""

    source: str
    encoding: str | None
    delimiter: str | None
    sheet: str | None
    header_line: int | None
    headers: tuple[str, ...]
    columns: dict[str, str]  # field -> the header as written
    rows: tuple[CompetitorRow, ...]
    problems: tuple[Problem, ...]
    ambiguous_dates: tuple[str, ...] = ()
    date_order: DateOrder | None = None

    @property
    def missing_columns(self) -> tuple[str, ...]:
        return tuple(f for f in REQUIRED if f not in self.columns)

    @property
    def recognised(self) -> bool:
        """True when the sheet has the columns a snapshot needs (an account and a date)."""
        return not self.missing_columns


def field_of_header(header: Cell) -> str | None:
    """The field a header names (case, spaces, BOM and a trailing colon ignored), or None."""
    text = normalise(header).rstrip(":").strip()
    return _FIELD_OF.get(text)


def platform_of(text: str) -> Platform | None:
    """A platform from its name in English or Arabic, or from a profile address's host."""
    key = " ".join(text.casefold().split())
    if key in _PLATFORMS:
        return _PLATFORMS[key]
    host = (urlsplit(text if "://" in text else "https://" + text).hostname or "").lower()
    for platform, hosts in PROFILE_HOSTS.items():
        if any(host == h or host.endswith("." + h) for h in hosts):
            return platform
    return None


def split_account(text: str) -> tuple[str, str]:
    """(handle, profile URL) from "@name", "name" or a profile address."""
    text = text.strip()
    if "/" not in text or " " in text:
        return text.removeprefix("@").strip(), ""
    url = text if "://" in text else "https://" + text
    parts = [p for p in urlsplit(url).path.split("/") if p]
    while parts and parts[0].lower() in _URL_PREFIXES and len(parts) > 1:
        parts = parts[1:]
    return (parts[0].removeprefix("@") if parts else ""), url


def content_types_of(text: str) -> tuple[ContentType, ...]:
    """"Reels, carousel" / "ريلز، صور" -> content types; ValueError on an unknown one."""
    found: list[ContentType] = []
    for piece in text.replace("،", ",").replace(";", ",").replace("/", ",").split(","):
        key = " ".join(piece.casefold().split())
        if not key:
            continue
        if key not in _CONTENT:
            raise ValueError(piece)
        found.append(_CONTENT[key])
    return tuple(dict.fromkeys(found))


def read_competitor_sheet(data: bytes, source: str, *,
                          date_order: DateOrder | None = None) -> SheetResult:
    """Read the first table (CSV or sheet) with the columns of a tracking sheet; never raises.
    `date_order` answers an earlier ambiguous_dates question."""
    tables = read_tables(data, source)
    scored = [(table, *_header_row(table)) for table in tables]
    table, index, columns = max(scored, key=lambda t: len(t[2]))
    if not table.rows or not columns:
        return _result(table, None, (), {}, (), table.problems)
    headers = header_texts(table.rows[index][1])
    return _read_rows(table, index, headers, columns, date_order)


def _header_row(table: Table) -> tuple[int, dict[str, int]]:
    """The first of the first rows naming the most fields, and field -> column index."""
    best: tuple[int, dict[str, int]] = (0, {})
    for index, (_line, cells) in enumerate(table.rows[:HEADER_SCAN_ROWS]):
        found: dict[str, int] = {}
        for column, cell in enumerate(cells):
            field = field_of_header(cell)
            if field is not None and field not in found:
                found[field] = column
        if len(found) > len(best[1]):
            best = (index, found)
    return best


def _read_rows(table: Table, index: int, headers: tuple[str, ...], columns: dict[str, int],
               date_order: DateOrder | None) -> SheetResult:
    """Parse the rows under the header: dates a column at a time, numbers with the file's mark."""
    body = table.rows[index + 1:]
    cells = [_cells(row, columns) for _line, row in body]
    dates = parse_date_column([c.get("day") for c in cells], date_order)
    numbers = [str(c[f]) for c in cells for f in (*COUNTS, "period_days")
               if isinstance(c.get(f), str)]
    decimal = guess_decimal(numbers[:500], table.delimiter)
    named = {field: headers[i] if i < len(headers) else field for field, i in columns.items()}
    rows: list[CompetitorRow] = []
    problems = list(table.problems)
    for (line, _), row_cells, day in zip(body, cells, dates.values, strict=True):
        built = _row(line, row_cells, day, decimal, named)
        if isinstance(built, CompetitorRow):
            rows.append(built)
        else:
            problems.extend(built)
    ambiguous = (named["day"],) if dates.ambiguous and "day" in named else ()
    return _result(table, index, headers, named, tuple(rows), tuple(problems), ambiguous,
                   dates.order)


def _cells(row: Sequence[Cell], columns: dict[str, int]) -> dict[str, Cell]:
    return {field: row[i] if i < len(row) else None for field, i in columns.items()}


def _row(line: int, cells: dict[str, Cell], day: When | ValueError | None, decimal: str,
         named: dict[str, str]) -> CompetitorRow | list[Problem]:
    """One row, or the problems of its bad cells (each with its column's header)."""
    problems: list[Problem] = []

    def bad(field: str, code: str) -> None:
        problems.append(Problem(line, named.get(field, field), code,
                                clean_text(cells.get(field)) or ""))

    values: dict[str, object] = {}
    for field in (*COUNTS, "period_days"):
        values[field] = _count(cells.get(field), decimal, field, bad)
    when = _day(day, bad)
    account = _account(cells, bad)
    values.update(_texts(cells, bad))
    if problems or when is None or account is None:
        return problems
    competitor = clean_text(cells.get("competitor")) or ""
    return CompetitorRow(line, competitor, *account, when, **values)  # type: ignore[arg-type]


def _count(cell: Cell, decimal: str, field: str, bad: Report) -> int | None:
    """A whole count; the Arabic thousands and decimal marks are settled here, since
    values.py reads "٬" as a comma, the decimal mark of a semicolon file."""
    if isinstance(cell, str):
        cell = cell.strip().replace("\u066c", "").replace("\u066b", decimal)
    try:
        number = parse_int(cell, decimal)
    except ValueError:
        bad(field, "bad_number")
        return None
    if number is not None and number < 0:
        bad(field, "negative")
    return number


def _day(value: When | ValueError | None, bad: Report) -> date | None:
    if isinstance(value, ValueError):
        bad("day", "bad_date")
        return None
    if value is None:
        bad("day", "missing_date")
        return None
    return value.date() if isinstance(value, datetime) else value


def _account(cells: dict[str, Cell], bad: Report) -> tuple[Platform, str, str] | None:
    """(platform, handle, profile URL); the platform may come from the address."""
    raw = clean_text(cells.get("handle")) or ""
    if not raw:
        bad("handle", "missing_account")
        return None
    handle, url = split_account(raw)
    named = clean_text(cells.get("platform"))
    platform = platform_of(named) if named else (platform_of(url) if url else None)
    if platform is None:
        bad("platform" if named else "handle",
            "unknown_platform" if named else "missing_platform")
        return None
    return platform, handle, url


def _texts(cells: dict[str, Cell], bad: Report) -> dict[str, object]:
    """Hashtags, content types, the notable link and the note (None when the cell is empty)."""
    found: dict[str, object] = {
        "hashtags": clean_text(cells.get("hashtags")),
        "notable_link": clean_text(cells.get("notable_link")),
        "note": clean_text(cells.get("note")),
        "content_types": None}
    kinds = clean_text(cells.get("content_types"))
    if kinds:
        try:
            found["content_types"] = content_types_of(kinds)
        except ValueError:
            bad("content_types", "unknown_content_type")
    return found


def _result(table: Table, index: int | None, headers: tuple[str, ...], named: dict[str, str],
            rows: tuple[CompetitorRow, ...], problems: tuple[Problem, ...],
            ambiguous: tuple[str, ...] = (), order: DateOrder | None = None) -> SheetResult:
    header_line = table.rows[index][0] if index is not None and table.rows else None
    if not table.rows and not problems:
        problems = (Problem(0, "", "no_tables", ""),)
    return SheetResult(table.source, table.encoding, table.delimiter, table.sheet, header_line,
                       headers, named, rows, problems, ambiguous, order)
