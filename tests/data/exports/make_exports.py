"""Write the analytics-export fixtures of tests/importers deterministically (run from anywhere):

    .venv/bin/python tests/data/exports/make_exports.py

Real header sets of each platform's export, small believable values, Arabic texts in some, and
Excel-resaved variants (UTF-16 tab "Unicode text", semicolon + decimal comma, Windows-1256,
BOM-less UTF-8). The .xlsx files are written by the minimal writer below (no openpyxl here).
No .xls fixture: nothing here can write the old binary format.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
Row = Sequence[object]
ZIP_DATE = (2026, 11, 30, 12, 0, 0)

FB_POSTS_HEADER = [
    "Post ID", "Page ID", "Page name", "Title", "Description", "Duration (sec)", "Publish time",
    "Caption type", "Permalink", "Is crosspost", "Is share", "Post type", "Languages",
    "Custom labels", "Funded content status", "Data comment", "Date", "Views", "Reach",
    "Reactions", "Comments", "Shares", "Total clicks", "Link clicks", "Other Clicks",
    "Seconds viewed", "Average Seconds viewed",
]
FB_POSTS = [
    ["1029384756_111", "1029384756", "مقهى النخيل", "", "قهوتنا الجديدة من إثيوبيا ☕\nجربوها اليوم",
     "", "11/02/2026 09:30", "", "https://www.facebook.com/1029384756/posts/111", "No", "No",
     "Photos", "ar", "", "", "", "Lifetime", "12,480", "8,210", "412", "37", "19", "655", "88",
     "567", "", ""],
    ["1029384756_112", "1029384756", "مقهى النخيل", "", "عرض نهاية الأسبوع: كوبان بسعر واحد",
     "", "11/05/2026 18:00", "", "https://www.facebook.com/1029384756/posts/112", "No", "No",
     "Links", "ar", "", "", "", "Lifetime", "9,034", "6,120", "233", "12", "8", "410", "301",
     "109", "", ""],
    ["1029384756_113", "1029384756", "مقهى النخيل", "Barista at work", "خلف الكواليس مع فريقنا",
     "34", "11/14/2026 12:15", "", "https://www.facebook.com/1029384756/videos/113", "No", "No",
     "Videos", "ar", "", "", "", "Lifetime", "20,511", "15,002", "980", "64", "41", "1,201", "0",
     "1,201", "43,210", "2.9"],
]
FB_DAILY = [("2026-11-01T00:00:00", "1204"), ("2026-11-02T00:00:00", "1398"),
            ("2026-11-03T00:00:00", "987")]
FB_DAILY_REACH = [("2026-11-01T00:00:00", "880"), ("2026-11-02T00:00:00", "1010")]

IG_HEADER = [
    "Post ID", "Account ID", "Account username", "Account name", "Description", "Duration (sec)",
    "Publish time", "Permalink", "Post type", "Data comment", "Date", "Views", "Reach", "Likes",
    "Shares", "Follows", "Comments", "Saves",
]
IG_POSTS = [
    ["17934567890123456", "17841400000000001", "nabd.fitness", "نبض للياقة",
     "تمرين الصباح في ١٠ دقائق 💪 #لياقة", "45", "11/03/2026 07:00",
     "https://www.instagram.com/reel/C0AbCdEfGh1/", "Reel", "", "Lifetime", "5,310", "3,982",
     "402", "55", "12", "23", "140"],
    ["17934567890123457", "17841400000000001", "nabd.fitness", "نبض للياقة",
     "نصائح التغذية قبل التمرين", "", "11/10/2026 19:45",
     "https://www.instagram.com/p/C0AbCdEfGh2/", "IG carousel", "", "Lifetime", "2,140",
     "1,720", "188", "9", "3", "14", "77"],
]
X_CLASSIC_HEADER = [
    "Tweet id", "Tweet permalink", "Tweet text", "time", "impressions", "engagements",
    "engagement rate", "retweets", "replies", "likes", "user profile clicks", "url clicks",
    "hashtag clicks", "detail expands", "permalink clicks", "app opens", "app installs",
    "follows", "email tweet", "dial phone", "media views", "media engagements",
    "promoted impressions", "promoted engagements", "promoted engagement rate",
    "promoted retweets", "promoted replies", "promoted likes",
]
X_CLASSIC = [
    ["1861234567890123456", "https://twitter.com/bloomandco/status/1861234567890123456",
     "New autumn bouquets are in! 🍂 Order by Friday for weekend delivery.",
     "2026-11-04 14:05 +0000", "3412.0", "87.0", "0.02549824150058617", "6.0", "4.0", "41.0",
     "9.0", "17.0", "0", "10", "0", "0", "0", "1", "0", "0", "0", "0", "-", "-", "-", "-", "-",
     "-"],
    ["1862234567890123456", "https://twitter.com/bloomandco/status/1862234567890123456",
     "Workshop \"Wreaths 101\", Sat 10am, 8 seats left", "2026-11-09 09:00 +0000", "1980.0",
     "45.0", "0.022727272727272728", "3.0", "2.0", "19.0", "5.0", "11.0", "0", "5", "0", "0",
     "0", "0", "0", "0", "0", "0", "1500", "30", "0.02", "1", "0", "12"],
]
X_CURRENT_HEADER = [
    "Post id", "Date", "Post text", "Post Link", "Impressions", "Likes", "Engagements",
    "Bookmarks", "Shares", "New follows", "Replies", "Reposts", "Profile visits",
    "Detail Expands", "URL Clicks", "Hashtag Clicks", "Permalink Clicks",
]
X_CURRENT = [
    ["1863234567890123456", "Wed, Nov 18, 2026", "Thank you for 5k followers 💐",
     "https://x.com/bloomandco/status/1863234567890123456", "5210", "133", "201", "7", "2", "4",
     "11", "9", "21", "30", "12", "0", "3"],
    ["1864234567890123456", "Fri, Nov 20, 2026", "Holiday opening hours, see the thread",
     "https://x.com/bloomandco/status/1864234567890123456", "2204", "40", "71", "1", "0", "0",
     "6", "2", "8", "10", "0", "0", "4"],
]
LI_METRICS_TITLE = ["Aggregated metrics for Bloom & Co. (11/01/2026 - 11/03/2026)"]
LI_METRICS_HEADER = [
    "Date", "Impressions (organic)", "Impressions (sponsored)", "Impressions (total)",
    "Unique impressions (organic)", "Clicks (organic)", "Clicks (sponsored)", "Clicks (total)",
    "Reactions (organic)", "Reactions (sponsored)", "Reactions (total)", "Comments (organic)",
    "Comments (sponsored)", "Comments (total)", "Reposts (organic)", "Reposts (sponsored)",
    "Reposts (total)", "Engagement rate (organic)", "Engagement rate (sponsored)",
    "Engagement rate (total)",
]
LI_METRICS = [
    ["11/01/2026", 412, 0, 412, 250, 9, 0, 9, 14, 0, 14, 2, 0, 2, 1, 0, 1, 0.0631, 0, 0.0631],
    ["11/02/2026", 388, 120, 508, 240, 7, 3, 10, 11, 2, 13, 1, 0, 1, 0, 0, 0, 0.0490, 0.0417,
     0.0472],
    ["11/03/2026", 530, 0, 530, 301, 15, 0, 15, 22, 0, 22, 4, 0, 4, 2, 0, 2, 0.0811, 0, 0.0811],
]
LI_POSTS_TITLE = ["All posts in the selected date range (11/01/2026 - 11/30/2026)"]
LI_POSTS_HEADER = [
    "Post title", "Post link", "Post type", "Campaign name", "Posted by", "Created date",
    "Campaign start date", "Campaign end date", "Audience", "Impressions",
    "Views (excluding off-site video views)", "Off-site views", "Clicks",
    "Click through rate (CTR)", "Likes", "Comments", "Reposts", "Follows", "Engagement rate",
    "Content Type",
]
LI_POSTS = [
    ["We are hiring a florist in Dubai", "https://www.linkedin.com/feed/update/urn:li:activity:7261000000000000001",
     "Organic", "", "Sara Haddad", "11/05/2026", "", "", "All followers", 1840, "", "", 61,
     0.0332, 44, 6, 3, 2, 0.0620, "Text"],
    ["Our sustainability report 2026", "https://www.linkedin.com/feed/update/urn:li:activity:7262000000000000002",
     "Sponsored", "Report launch", "Bloom & Co.", "11/12/2026", "11/12/2026", "11/19/2026",
     "All followers", 9320, 1210, 0, 402, 0.0431, 120, 15, 9, 14, 0.0587, "Video"],
]
TT_OVERVIEW_HEADER = ["Date", "Video Views", "Profile Views", "Likes", "Comments", "Shares"]
TT_OVERVIEW = [["2026-11-01", "1520", "88", "301", "12", "9"],
               ["2026-11-02", "2044", "102", "377", "20", "15"]]
TT_CONTENT_HEADER = ["Video title", "Video link", "Post time", "Total likes", "Total comments",
                     "Total shares", "Total views"]
TT_CONTENT = [
    ["تحدي ٣٠ يوم - اليوم الأول", "https://www.tiktok.com/@nabd.fitness/video/7301000000000000001",
     "2026-11-01 18:00:00", "1204", "88", "41", "15320"],
    ["Stretching routine", "https://www.tiktok.com/@nabd.fitness/video/7301000000000000002",
     "2026-11-04 07:30:00", "310", "9", "5", "4100"],
]
TT_FOLLOWERS_HEADER = ["Date", "Followers", "Difference in followers from previous day"]
TT_FOLLOWERS = [["2026-11-01", "10234", "12"], ["2026-11-02", "10251", "17"],
                ["2026-11-03", "10249", "-2"]]
YT_TABLE_HEADER = [
    "Content", "Video title", "Video publish time", "Duration", "Views", "Watch time (hours)",
    "Subscribers", "Impressions", "Impressions click-through rate (%)",
]
YT_TABLE = [
    ["Total", "", "", "", "5210", "301.5432", "44", "61020", "4.87"],
    ["dQw4w9WgXcQ", "How we roast our beans | مقهى النخيل", "Nov 3, 2026", "612", "3900",
     "240.1", "35", "40100", "5.62"],
    ["a1B2c3D4e5F", "Latte art in 60 seconds", "Nov 17, 2026", "58", "1310", "61.4432", "9",
     "20920", "3.41"],
]
YT_CHART_HEADER = ["Date", "Content", "Video title", "Video publish time", "Duration", "Views"]
YT_CHART = [["2026-11-03", "dQw4w9WgXcQ", "How we roast our beans | مقهى النخيل", "Nov 3, 2026",
             "612", "410"],
            ["2026-11-04", "dQw4w9WgXcQ", "How we roast our beans | مقهى النخيل", "Nov 3, 2026",
             "612", "388"]]
YT_TOTALS = [["Date", "Views"], ["2026-11-03", "455"], ["2026-11-04", "402"]]
ADS_HEADER = [
    "Reporting starts", "Reporting ends", "Campaign name", "Campaign delivery", "Objective",
    "Attribution setting", "Results", "Result indicator", "Reach", "Impressions",
    "Cost per results", "Amount spent (USD)", "Link clicks", "Purchases conversion value", "Ends",
]
ADS = [
    ["2026-11-01", "2026-11-30", "Autumn bouquets - Dubai", "active", "Sales",
     "7-day click or 1-day view", "38", "actions:offsite_conversion.fb_pixel_purchase", "40210",
     "91234", "12.31", "467.78", "1204", "2890.5", "2026-12-15"],
    ["2026-11-01", "2026-11-30", "Workshop sign-ups", "inactive", "Leads",
     "7-day click or 1-day view", "112", "actions:lead", "18200", "30500", "1.87", "209.44",
     "611", "", "Ongoing"],
]
ADS_EU = [["01.11.2026", "30.11.2026", "Herbst-Sträuße", "active", "Sales", "", "38",
           "actions:offsite_conversion.fb_pixel_purchase", "40.210", "91.234", "12,31", "1.467,78",
           "1.204", "2.890,5", ""]]
UNKNOWN = [["Week", "Channel", "Spend", "Leads"], ["2026-W45", "Newsletter", "120.00", "14"],
           ["2026-W46", "Newsletter", "95.50", "9"]]


def csv_text(rows: Sequence[Row], delimiter: str = ",", quoting: int = csv.QUOTE_MINIMAL) -> str:
    """Rows as CSV text with CRLF line ends, as Excel and Meta write them."""
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, quoting=quoting, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


def write(name: str, data: bytes) -> None:
    """Write one fixture."""
    (HERE / name).write_bytes(data)


def xlsx(sheets: Sequence[tuple[str, Sequence[Row]]]) -> bytes:
    """A minimal valid .xlsx: inline strings and numbers, one worksheet per (name, rows)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as book:
        for name, text in _xlsx_parts(sheets).items():
            book.writestr(zipfile.ZipInfo(name, ZIP_DATE), text)
    return out.getvalue()


def _xlsx_parts(sheets: Sequence[tuple[str, Sequence[Row]]]) -> dict[str, str]:
    """The XML parts of a workbook."""
    numbers = range(1, len(sheets) + 1)
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            + "".join(f'<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for n in numbers)
            + "</Types>"),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        "xl/workbook.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><workbook {ns} xmlns:r="{rel}"><sheets>'
            + "".join(f'<sheet name="{escape(name)}" sheetId="{n}" r:id="rId{n}"/>' for n, (name, _r) in zip(numbers, sheets, strict=True))
            + "</sheets></workbook>"),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(f'<Relationship Id="rId{n}" Type="{rel}/worksheet" Target="worksheets/sheet{n}.xml"/>' for n in numbers)
            + "</Relationships>"),
    }
    for n, (_name, rows) in zip(numbers, sheets, strict=True):
        parts[f"xl/worksheets/sheet{n}.xml"] = _sheet_xml(rows, ns)
    return parts


def _sheet_xml(rows: Sequence[Row], ns: str) -> str:
    """One worksheet: rows numbered from 1."""
    body = "".join(
        f'<row r="{r}">' + "".join(_cell_xml(r, c, v) for c, v in enumerate(row)) + "</row>"
        for r, row in enumerate(rows, start=1)
    )
    return f'<?xml version="1.0" encoding="UTF-8"?><worksheet {ns}><sheetData>{body}</sheetData></worksheet>'


def _cell_xml(row: int, column: int, value: object) -> str:
    """One cell: a number, or an inline string (empty strings are left out)."""
    ref = f"{chr(ord('A') + column)}{row}"
    if isinstance(value, int | float):
        return f'<c r="{ref}"><v>{value}</v></c>'
    if value in ("", None):
        return ""
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{escape(str(value))}</t></is></c>'


def zipped(members: Sequence[tuple[str, bytes]]) -> bytes:
    """A zip of the members with a fixed date, so the bytes never change."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            archive.writestr(zipfile.ZipInfo(name, ZIP_DATE), data)
    return out.getvalue()


def main() -> None:
    """Write every fixture."""
    bom = "\ufeff"
    write("facebook_posts.csv", (bom + csv_text([FB_POSTS_HEADER, *FB_POSTS])).encode("utf-8"))
    daily = "sep=,\r\n" + csv_text([["Views"], ["Date", "Primary"], *FB_DAILY], quoting=csv.QUOTE_ALL)
    daily += csv_text([["Reach"], ["Date", "Primary"], *FB_DAILY_REACH], quoting=csv.QUOTE_ALL)
    write("facebook_page_daily.csv", daily.encode("utf-16"))
    write("instagram_posts.csv", (bom + csv_text([IG_HEADER, *IG_POSTS])).encode("utf-8"))
    write("x_tweet_activity.csv", csv_text([X_CLASSIC_HEADER, *X_CLASSIC]).encode("utf-8"))
    write("x_post_analytics.csv", csv_text([X_CURRENT_HEADER, *X_CURRENT]).encode("utf-8"))
    write("linkedin_page.xlsx", xlsx([
        ("Metrics", [LI_METRICS_TITLE, LI_METRICS_HEADER, *LI_METRICS]),
        ("All posts", [LI_POSTS_TITLE, LI_POSTS_HEADER, *LI_POSTS]),
    ]))
    write("tiktok_overview.csv", csv_text([TT_OVERVIEW_HEADER, *TT_OVERVIEW]).encode("utf-8"))
    write("tiktok_content.csv", (bom + csv_text([TT_CONTENT_HEADER, *TT_CONTENT])).encode("utf-8"))
    write("tiktok_follower_history.csv", csv_text([TT_FOLLOWERS_HEADER, *TT_FOLLOWERS]).encode("utf-8"))
    write("youtube_studio.zip", zipped([
        ("Table data.csv", csv_text([YT_TABLE_HEADER, *YT_TABLE]).encode("utf-8")),
        ("Chart data.csv", csv_text([YT_CHART_HEADER, *YT_CHART]).encode("utf-8")),
        ("Totals.csv", csv_text(YT_TOTALS).encode("utf-8")),
    ]))
    write("meta_ads_campaigns.csv", (bom + csv_text([ADS_HEADER, *ADS])).encode("utf-8"))
    write("meta_ads_campaigns.xlsx", xlsx([("Raw Data Report", [ADS_HEADER, *ADS])]))
    _resaved(bom)


def _resaved(bom: str) -> None:
    """The Excel-resaved variants and a file of no known format."""
    unicode_text = csv_text([FB_POSTS_HEADER, *FB_POSTS], delimiter="\t")
    write("facebook_posts_unicode_text.txt", unicode_text.encode("utf-16"))
    write("meta_ads_european.csv", csv_text([ADS_HEADER, *ADS_EU], delimiter=";").encode("cp1252"))
    write("instagram_posts_cp1256.csv", csv_text([IG_HEADER, *IG_POSTS]).encode("cp1256", errors="replace"))
    write("tiktok_content_nobom.csv", csv_text([TT_CONTENT_HEADER, *TT_CONTENT]).encode("utf-8"))
    write("unknown_export.csv", csv_text(UNKNOWN).encode("utf-8"))


if __name__ == "__main__":
    main()
