"""Help > About: the version, the app's licence and the third-party notices (Qt's LGPL with
where its source is, the fonts' OFL texts, the other libraries), as the licences ask."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from smm_desktop import APP_NAME, __version__, paths
from smm_desktop.ui.bidi import ltr

LICENCE_URL = "https://www.gnu.org/licenses/gpl-3.0.html"
NOTICES_FILE = "THIRD_PARTY.md"
FONT_LICENCES = ("OFL-Noto.txt", "OFL-Amiri.txt")


class AboutDialog(QDialog):
    """The app's name, version and licence above tabs with the notices (legal texts stay in
    English, left to right, as their authors wrote them)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About SMM Desktop"))
        self.resize(720, 560)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._browser(read_notices(), markdown=True), self.tr("Third-party notices"))
        self.tabs.addTab(self._browser(read_font_licences()), self.tr("Font licences"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading())
        layout.addWidget(self._summary())
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

    @classmethod
    def run(cls, parent: QWidget | None) -> tuple[None, bool]:
        """Show the dialog until closed; nothing to return."""
        dialog = cls(parent)
        dialog.exec()
        return None, True

    def _heading(self) -> QLabel:
        # A name and a number: in Arabic a right-to-left mark puts them on the reading side.
        mark = "\u200f" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else ""
        heading = QLabel(f"{mark}{ltr(f'{APP_NAME} {__version__}')}")
        heading.setObjectName("aboutHeading")
        heading.setTextFormat(Qt.TextFormat.PlainText)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        return heading

    def _summary(self) -> QLabel:
        purpose = self.tr("Plan, track and report social media work for your clients.")
        licence = self.tr("Free software under the <a href=\"%1\">GNU General Public License</a>, "
                          "version 3 or any later version. It comes with no warranty.")
        label = QLabel(f"<p>{purpose}</p><p>{licence.replace('%1', LICENCE_URL)}</p>")
        label.setObjectName("aboutSummary")
        label.setWordWrap(True)
        label.setOpenExternalLinks(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        return label

    def _browser(self, text: str, markdown: bool = False) -> QTextBrowser:
        browser = QTextBrowser()
        browser.setOpenExternalLinks(True)
        browser.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # English legal text
        if markdown:
            browser.setMarkdown(text)
        else:
            browser.setPlainText(text)
        return browser


def read_notices() -> str:
    """The third-party notices (Markdown), shipped in the resources."""
    return paths.resource(NOTICES_FILE).read_text(encoding="utf-8")


def read_font_licences() -> str:
    """The SIL Open Font License texts shipped next to the fonts, one after the other."""
    return "\n\n".join(f"{name}\n{'=' * len(name)}\n\n{text}" for name, text in _font_texts())


def _font_texts() -> list[tuple[str, str]]:
    folder = paths.resource("fonts")
    return [(name, (folder / name).read_text(encoding="utf-8").strip())
            for name in FONT_LICENCES]
