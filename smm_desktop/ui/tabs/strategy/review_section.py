"""Quarterly reviews of the current brand: the review due (a banner that starts or resumes it),
past reviews read back as reports, and the brand's experiments. No query until first shown."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from smm_desktop.domain import quarters
from smm_desktop.domain.quarters import Quarter
from smm_desktop.services.review_data import ReviewData, ReviewRequest
from smm_desktop.services.reviews import still_running
from smm_desktop.ui import review_labels
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.dialogs.review_pages import WizardEnv
from smm_desktop.ui.dialogs.review_wizard import ReviewWizard
from smm_desktop.ui.hub import DataHub
from smm_desktop.ui.models.reviews import ReviewListModel
from smm_desktop.ui.review_commands import ReviewSaveCommand
from smm_desktop.ui.tabs.strategy.experiments_panel import ExperimentsPanel
from smm_desktop.ui.tabs.strategy.review_report import report_html
from smm_desktop.ui.undo import DeleteCommand
from smm_desktop.ui.widgets.lazy_section import LazySection
from smm_desktop.ui.widgets.record_panel import RecordPanel

_AREAS = (DataHub.BRANDS, DataHub.ACCOUNTS, DataHub.GOALS, DataHub.SNAPSHOTS, DataHub.REVIEWS)


class ReviewSection(LazySection):
    """Banner over (reviews | the selected review's report) over the experiments."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("reviewSection")
        self.due: Quarter | None = None
        self.today: date | None = None  # None: the computer's day, read at each reload
        self._build_banner()
        self.reviews = RecordPanel(self.tr("Reviews"), ReviewListModel(ctx.fmt), 0)
        self.reviews.show_archived.hide()
        self.open_button = self.reviews.add_button(self.tr("Continue…"), self.start_review)
        self.delete_button = self.reviews.add_button(self.tr("Delete"), self.delete_review,
                                                     "Delete")
        self.reviews.finish_buttons()
        self.report = QTextBrowser()
        self.report.setObjectName("reviewReport")
        self.experiments = ExperimentsPanel(ctx)
        self._lay_out()
        self.reviews.current_changed.connect(lambda _id: self._show_current())
        ctx.hub.changed.connect(self._on_data_changed)
        ctx.scope.changed.connect(lambda _id: self.mark_dirty())

    def _build_banner(self) -> None:
        self.banner = QFrame()
        self.banner.setObjectName("reviewBanner")
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.review_button = QPushButton()
        self.review_button.setObjectName("startReviewButton")
        self.review_button.clicked.connect(self.start_review)
        row = QHBoxLayout(self.banner)
        row.addWidget(self.banner_text, 1)
        row.addWidget(self.review_button)

    def _lay_out(self) -> None:
        upper = QSplitter(Qt.Orientation.Horizontal)
        upper.setChildrenCollapsible(False)
        upper.addWidget(self.reviews)
        upper.addWidget(self.report)
        upper.setStretchFactor(0, 1)
        upper.setStretchFactor(1, 3)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("reviewSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(self.experiments)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        column = QVBoxLayout(self)
        column.addWidget(self.banner)
        column.addWidget(self.splitter, 1)

    def _on_data_changed(self, area: str) -> None:
        if area in _AREAS:
            self.mark_dirty()

    def day(self) -> date:
        """Today: read at each use, so a window left open over midnight moves on."""
        return self.today or date.today()

    def reload(self) -> None:
        self._dirty = False
        brand_id, keep = self.ctx.scope.brand_id, self.reviews.current_id()
        service = self.ctx.services.reviews
        listed = service.list_reviews(brand_id) if brand_id else []
        self.reviews.model.set_records(listed)
        self.reviews.select_id(keep or (listed[0].id if listed else 0))
        done = {r.quarter for r in listed if r.completed}
        self.due = quarters.due_quarter(self.day(), done) if brand_id else None
        self._update_banner()
        self.experiments.reload()
        self._show_current()

    def _update_banner(self) -> None:
        self.banner.setVisible(self.due is not None)
        if self.due is None:
            return
        name = review_labels.quarter_name(self.due)
        draft = self._draft_of(self.due)
        if draft:
            text = self.tr("A review of %1 is in progress.")
        elif (last := self.due.last_day) >= (today := self.day()):  # current quarter: due at end
            text = (self.tr("The %1 review is due when the quarter ends, on %2 (days left: %3). "
                            "You can start it early.")
                    .replace("%2", self.ctx.fmt.date(QDate(last.year, last.month, last.day)))
                    .replace("%3", self.ctx.fmt.number((last - today).days)))
        else:
            text = self.tr("%1 has no completed review yet: check how its goals did and set the "
                           "next ones.")
        self.banner_text.setText(text.replace("%1", name))
        self.review_button.setText((self.tr("Continue the %1 review…") if draft
                                    else self.tr("Review %1…")).replace("%1", name))

    def _draft_of(self, quarter: Quarter) -> ReviewData | None:
        found = next((r for r in self.reviews.model.records() if r.quarter == quarter), None)
        return found if found is not None and not found.completed else None

    def current_review(self) -> ReviewData | None:
        record = self.reviews.current_record()
        return record if isinstance(record, ReviewData) else None

    def _show_current(self) -> None:
        review = self.current_review()
        self.open_button.setEnabled(review is not None and not review.completed)
        self.delete_button.setEnabled(review is not None)
        # Each paragraph takes the direction of its own text: an English note in an Arabic
        # report still reads left to right.
        self.report.setHtml(self._report(review) if review else "")

    def _report(self, review: ReviewData) -> str:
        services, brand_id, quarter = self.ctx.services, review.brand_id, review.quarter
        running = {p.goal.id for p in services.reviews.quarter_goals(
            brand_id, quarter, quarter.last_day) if still_running(quarter, p)}
        return report_html(
            review, services.reviews.goals_starting(brand_id, quarter.next()),
            services.reviews.experiments.list_experiments(brand_id, review.id),
            services.accounts.list_accounts(brand_id), self.ctx.fmt, running)

    def start_review(self) -> None:
        """Open the wizard on the selected draft, or on the quarter due (resuming its draft)."""
        brand_id, selected = self.ctx.scope.brand_id, self.current_review()
        quarter = selected.quarter if selected and not selected.completed else self.due
        if brand_id and quarter is not None:
            self._run_wizard(brand_id, quarter, None)

    def _env(self, brand_id: int, quarter: Quarter, initial: ReviewRequest | None) -> WizardEnv:
        service = self.ctx.services.reviews
        draft = service.find(brand_id, quarter)
        draft = draft if draft and not draft.completed else None
        return WizardEnv(
            brand_id, quarter, service.quarter_goals(brand_id, quarter, self.day()),
            self.ctx.services.accounts.list_accounts(brand_id), self.ctx.fmt, self.day(), draft,
            service.experiments.list_experiments(brand_id, draft.id) if draft else [], initial)

    def _run_wizard(self, brand_id: int, quarter: Quarter, initial: ReviewRequest | None) -> None:
        service = self.ctx.services.reviews
        request, ok = ReviewWizard.run(self.window(), self._env(brand_id, quarter, initial),
                                       service.validate)
        if not ok or request is None:
            return
        name = review_labels.quarter_name(quarter)
        text = (self.tr("Finish the review of %1") if request.finish
                else self.tr("Save the review of %1 as a draft")).replace("%1", name)
        command = ReviewSaveCommand(text, self.ctx.hub, service, request)
        self.ctx.undo.push(command)
        if command.failed:  # refused (changed elsewhere, disk full): keep what was typed
            self._run_wizard(brand_id, quarter, request)
        elif command.saved is not None:
            self.reviews.select_id(command.saved.review.id)

    def delete_review(self) -> None:
        review, service = self.current_review(), self.ctx.services.reviews
        if review is None:
            return
        self.ctx.undo.push(DeleteCommand(
            self.tr("Delete the review of %1").replace(
                "%1", review_labels.quarter_name(review.quarter)),
            self.ctx.hub, DataHub.REVIEWS, review, service.delete_review,
            service.undelete_review))
