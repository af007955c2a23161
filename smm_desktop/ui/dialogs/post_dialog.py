"""Create or edit a post and its brief, on four pages (Brief | Caption & hashtags | Media |
Approval & result). The rules check it on save, with the message by each field; the caller saves.
A long caption and a brief that lacks fields for its status are shown, never blocking the save."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from smm_desktop.domain.enums import Approval, ContentType, PostPurpose
from smm_desktop.domain.errors import FieldError
from smm_desktop.domain.posts import missing_brief
from smm_desktop.services.accounts import AccountData
from smm_desktop.services.goal_data import SocialGoalData
from smm_desktop.services.guides import HashtagSetData
from smm_desktop.services.personas import PersonaData
from smm_desktop.services.post_data import MAX_LENGTHS, PillarData, PostData, PostInput
from smm_desktop.ui import post_labels
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.dialogs.form import FormDialog
from smm_desktop.ui.dialogs.post_form_parts import (
    AccountChecklist,
    ChoiceBox,
    EnumBox,
    HashtagSetButtons,
    OptionalDateEdit,
    ScheduleEdit,
    StatusBox,
    align_lines,
    merged_tags,
    parse_tags,
    swatch,
)
from smm_desktop.ui.goal_text import goal_name
from smm_desktop.ui.widgets.attachments import AttachmentsBox, local_files
from smm_desktop.ui.widgets.caption_counter import CaptionCounter

NOTE_STYLE = "QLabel { background: #fff4ce; color: #5c4400; padding: 6px; border-radius: 4px; }"
MEDIA_PAGE = 2


@dataclass(frozen=True)
class PostChoices:
    """What the brand offers to choose from: accounts, goals, personas, pillars, hashtag sets."""

    accounts: list[AccountData]
    goals: list[SocialGoalData]
    personas: list[PersonaData]
    pillars: list[PillarData]
    sets: list[HashtagSetData]

    @classmethod
    def load(cls, ctx: UiContext, brand_id: int) -> PostChoices:
        s = ctx.services
        return cls(s.accounts.list_accounts(brand_id), s.goals.list_goals(brand_id),
                   s.personas.list_personas(brand_id), s.pillars.list_pillars(brand_id),
                   s.guides.list_sets(brand_id))


class PostDialog(FormDialog):
    """The post's topic and status on top, the rest on pages; Ctrl+Enter saves."""

    def __init__(self, parent: QWidget | None, ctx: UiContext, brand_id: int,
                 initial: PostData | PostInput | None) -> None:
        title = self.tr("Edit post") if isinstance(initial, PostData) else self.tr("New post")
        super().__init__(parent, title, lambda data: ctx.services.posts.validate(brand_id, data))
        self.setObjectName("postDialog")
        self.setAcceptDrops(True)
        self.resize(920, 640)
        data = initial.to_input() if isinstance(initial, PostData) else initial or PostInput()
        self._choices = PostChoices.load(ctx, brand_id)
        self._page_of: dict[str, int] = {}
        self._build_header()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for name, build in ((self.tr("Brief"), self._build_brief),
                            (self.tr("Caption && hashtags"), self._build_caption),
                            (self.tr("Media && design"), self._build_media),
                            (self.tr("Approval && result"), self._build_result)):
            self.tabs.addTab(self._page(build), name)
        self.results = self._results_page(ctx, initial)
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        outer.insertWidget(1, self.missing_note)
        if isinstance(initial, PostData) and initial.origin == "import":
            outer.insertWidget(1, self._unplanned_note())
        outer.insertWidget(2, self.tabs, 1)
        self._fill(data)
        self._connect_live()
        self.topic.setFocus()
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._try_accept)

    # Building -------------------------------------------------------------------------------

    def _build_header(self) -> None:
        self.topic = self._line("topic")
        self.topic.setPlaceholderText(self.tr("What the post is about, e.g. New spring menu"))
        self.status = StatusBox()
        self.add_row("topic", self.tr("Topic"), self.topic)
        self.add_row("status", self.tr("Status"), self.status)
        self.missing_note = QLabel()
        self.missing_note.setObjectName("missingBrief")
        self.missing_note.setWordWrap(True)
        self.missing_note.setStyleSheet(NOTE_STYLE)
        self.missing_note.hide()

    def _results_page(self, ctx: UiContext, initial: PostData | PostInput | None) -> Any:
        """A stored post with a time gets a Results page (its numbers on each account)."""
        if not isinstance(initial, PostData) or not initial.id or initial.scheduled_at is None:
            return None
        from smm_desktop.ui.widgets.post_results import ResultsPage

        page = ResultsPage(ctx, initial, self._choices.accounts)
        self.tabs.addTab(page, self.tr("Results"))
        return page

    def _unplanned_note(self) -> QLabel:
        note = QLabel(self.tr("Not planned: this post was found in an analytics export, not in "
                              "the plan."))
        note.setObjectName("unplannedNote")
        note.setWordWrap(True)
        note.setStyleSheet(NOTE_STYLE)
        return note

    @override
    def _try_accept(self) -> None:
        """Typed results are saved with the post; refused ones keep the editor open."""
        if self.results is not None and self.results.dirty() and not self.results.save_all():
            self.tabs.setCurrentWidget(self.results)
            return
        super()._try_accept()

    def _page(self, build: Any) -> QScrollArea:
        """A scrollable page whose form `add_row` fills while `build` runs."""
        body, fields = QWidget(), QWidget()
        self.form = QFormLayout(fields)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        column = QVBoxLayout(body)
        column.addWidget(fields)
        column.addStretch(1)  # spare height below the rows, not inside them
        before = set(self._fields)
        build()
        for field in set(self._fields) - before:
            self._page_of[field] = self.tabs.count()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        return scroll

    def _build_brief(self) -> None:
        c = self._choices
        self.scheduled_at = ScheduleEdit(self.tr("No date: keep in the idea bank"))
        live = [a for a in c.accounts if not a.archived]
        self.account_ids = AccountChecklist(live, self.tr("An account no longer listed"))
        rows = min(5, max(2, len(live)))
        self.account_ids.setFixedHeight(
            self.account_ids.sizeHintForRow(0) * rows + 2 * self.account_ids.frameWidth() + 4
            if live else 48)
        gone = self.tr("No longer listed")
        self.social_goal_id = ChoiceBox(self.tr("No goal"), [(goal_name(g), g.id) for g in c.goals], gone)
        self.content_type = EnumBox(ContentType, post_labels.content_type_name, self.tr("Not set"))
        self.purpose = EnumBox(PostPurpose, post_labels.purpose_name, self.tr("Not set"))
        self.persona_id = ChoiceBox(self.tr("No persona"), [
            (p.name, p.id) for p in c.personas if not p.archived], gone)
        self.pillar_id = ChoiceBox(self.tr("No pillar"), [(p.name, p.id) for p in c.pillars], gone,
                                   {p.id: swatch(p.colour) for p in c.pillars})
        self.call_to_action = self._line("call_to_action")
        self.call_to_action.setPlaceholderText(self.tr("e.g. Order through the link in the bio"))
        self.occasion = self._line("occasion")
        self.experiment = QCheckBox(self.tr("An experiment (something new to try and measure)"))
        for field, label, widget in (
                ("scheduled_at", self.tr("Date and time"), self.scheduled_at),
                ("account_ids", self.tr("Accounts"), self.account_ids),
                ("social_goal_id", self.tr("Goal it serves"), self.social_goal_id),
                ("content_type", self.tr("Content type"), self.content_type),
                ("purpose", self.tr("Purpose"), self.purpose),
                ("persona_id", self.tr("Target persona"), self.persona_id),
                ("pillar_id", self.tr("Content pillar"), self.pillar_id),
                ("call_to_action", self.tr("Call to action"), self.call_to_action),
                ("occasion", self.tr("Occasion"), self.occasion),
                ("experiment", "", self.experiment)):
            self.add_row(field, label, widget)

    def _build_caption(self) -> None:
        self.caption = self._text(self.tr("The text of the post"), 160, grows=True)
        self.counter = CaptionCounter()
        self.hashtags = self._text(self.tr("#spring #riyadh, or insert a set below"), 64)
        self.sets = HashtagSetButtons(self._choices.sets)
        self.sets.chosen.connect(self.insert_tags)
        self.add_row("caption", self.tr("Caption"), self.caption)
        self.form.addRow(self.tr("Length"), self.counter)
        self.add_row("hashtags", self.tr("Hashtags"), self.hashtags)
        if self._choices.sets:
            self.form.addRow(self.tr("Insert a set"), self.sets)
        else:
            self.form.addRow("", QLabel(self.tr("The brand has no hashtag sets yet (Strategy tab, "
                                                "Brand guide).")))

    def _build_media(self) -> None:
        self.attachments = AttachmentsBox()
        self.attachments.setMinimumHeight(190)
        hint = QLabel(self.tr("Drop image or video files here, or add them with the button."))
        hint.setWordWrap(True)
        self.notes_for_design = self._text(self.tr("What the designer or video editor should "
                                                   "know: sizes, texts on the image, references"), 90)
        self.asset_owner = self._line("asset_owner")
        self.asset_owner.setPlaceholderText(self.tr("Who prepares the images or video"))
        self.asset_due = OptionalDateEdit(self.tr("No due date"))
        self.form.addRow(hint)
        self.add_row("attachments", self.tr("Media files"), self.attachments)
        self.add_row("notes_for_design", self.tr("Notes for the designer"), self.notes_for_design)
        self.add_row("asset_owner", self.tr("Assets prepared by"), self.asset_owner)
        self.add_row("asset_due", self.tr("Assets due on"), self.asset_due)

    def _build_result(self) -> None:
        self.approval = EnumBox(Approval, post_labels.approval_name, "")
        self.approval.removeItem(0)  # an approval is always one of its values
        self.approval_note = self._text(self.tr("The changes the client asked for"), 80)
        self.published_url = self._line("published_url")
        self.published_url.setPlaceholderText("https://")
        self.published_url.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.lessons = self._text(self.tr("Once published: what worked, what did not, what to "
                                          "try next time"), 120)
        self.add_row("approval", self.tr("Client approval"), self.approval)
        self.add_row("approval_note", self.tr("Approval note"), self.approval_note)
        self.add_row("published_url", self.tr("Published link"), self.published_url)
        self.add_row("lessons", self.tr("Lessons"), self.lessons)

    def _line(self, field: str) -> QLineEdit:
        line = QLineEdit()
        line.setMaxLength(MAX_LENGTHS[field])
        return line

    @staticmethod
    def _text(placeholder: str, height: int, grows: bool = False) -> QPlainTextEdit:
        """A text box of `height` pixels (at least, when it `grows` with the dialog)."""
        edit = QPlainTextEdit()
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        align_lines(edit)
        if grows:
            edit.setMinimumHeight(height)
        else:
            edit.setFixedHeight(height)
        return edit

    # Values ---------------------------------------------------------------------------------

    def _fill(self, data: PostInput) -> None:
        self.topic.setText(data.topic)
        self.status.set_value(data.status)
        self.scheduled_at.set_value(data.scheduled_at)
        self.account_ids.set_value(data.account_ids)
        self.social_goal_id.set_value(data.social_goal_id)
        self.persona_id.set_value(data.persona_id)
        self.pillar_id.set_value(data.pillar_id)
        self.content_type.set_value(data.content_type)
        self.purpose.set_value(data.purpose)
        self.approval.set_value(data.approval)
        for field in ("call_to_action", "occasion", "asset_owner", "published_url"):
            getattr(self, field).setText(getattr(data, field))
        for field in ("caption", "notes_for_design", "approval_note", "lessons"):
            getattr(self, field).setPlainText(getattr(data, field))
        self.hashtags.setPlainText(" ".join(data.hashtags))
        self.experiment.setChecked(data.experiment)
        self.asset_due.set_value(data.asset_due)
        self.attachments.set_paths(data.attachments)

    def value(self) -> PostInput:
        kind, purpose, approval = (self.content_type.value(), self.purpose.value(),
                                   self.approval.value())
        return PostInput(
            topic=self.topic.text(), status=self.status.value(),
            scheduled_at=self.scheduled_at.value(), account_ids=self.account_ids.value(),
            social_goal_id=self.social_goal_id.value(),
            content_type=ContentType(kind) if kind else None,
            purpose=PostPurpose(purpose) if purpose else None,
            persona_id=self.persona_id.value(), pillar_id=self.pillar_id.value(),
            call_to_action=self.call_to_action.text(), caption=self.caption.toPlainText(),
            hashtags=parse_tags(self.hashtags.toPlainText()),
            notes_for_design=self.notes_for_design.toPlainText(),
            asset_owner=self.asset_owner.text(), asset_due=self.asset_due.value(),
            occasion=self.occasion.text(), experiment=self.experiment.isChecked(),
            approval=Approval(approval) if approval else Approval.NOT_NEEDED,
            approval_note=self.approval_note.toPlainText(),
            published_url=self.published_url.text(), lessons=self.lessons.toPlainText(),
            attachments=self.attachments.paths())

    # Live notes -----------------------------------------------------------------------------

    def _connect_live(self) -> None:
        for signal in (self.topic.textChanged, self.status.currentIndexChanged,
                       self.account_ids.changed, self.social_goal_id.currentIndexChanged,
                       self.content_type.currentIndexChanged, self.purpose.currentIndexChanged,
                       self.persona_id.currentIndexChanged, self.call_to_action.textChanged,
                       self.scheduled_at.changed, self.caption.textChanged,
                       self.hashtags.textChanged):
            signal.connect(self._refresh)
        self._refresh()

    def _refresh(self) -> None:
        """The missing-brief note and the caption counter, as the person types."""
        data = self.value()
        note = post_labels.missing_text(missing_brief(data.status, data))
        self.missing_note.setText(note)
        self.missing_note.setVisible(bool(note))
        accounts = self.account_ids.accounts
        self.counter.set_platforms(accounts[a].platform for a in data.account_ids if a in accounts)
        self.counter.set_text(data.caption, data.hashtags)

    def insert_tags(self, tags: tuple[str, ...]) -> None:
        """Add a set's tags after those typed, each once."""
        present = parse_tags(self.hashtags.toPlainText())
        self.hashtags.setPlainText(" ".join(merged_tags(present, tags)))

    # Errors and drops -----------------------------------------------------------------------

    @override
    def show_errors(self, errors: list[FieldError]) -> None:
        for label in self._errors.values():
            label.hide()
        for error in errors:
            if error.field in self._errors:
                self._errors[error.field].setText(post_labels.field_message(error))
                self._errors[error.field].show()
        pages = [self._page_of[e.field] for e in errors if e.field in self._page_of]
        if pages:
            self.tabs.setCurrentIndex(pages[0])

    @override
    def error_text(self, field: str) -> str:
        """The message by the field, shown or on a page not in front."""
        label = self._errors[field]
        return "" if label.isHidden() else label.text()

    @override
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_files(event.mimeData()):
            event.acceptProposedAction()

    @override
    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if local_files(event.mimeData()):
            event.acceptProposedAction()

    @override
    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_files(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.attachments.add_paths(paths)
            self.tabs.setCurrentIndex(MEDIA_PAGE)

    @classmethod
    def run(cls, parent: QWidget | None, ctx: UiContext, brand_id: int,
            initial: PostData | PostInput | None) -> tuple[PostInput | None, bool]:
        """Open the editor: (what was typed, True) on save, (None, False) on cancel."""
        value, accepted = cls(parent, ctx, brand_id, initial).ask()
        return value, accepted

