"""The quarterly review, step by step: the goals' results, the lessons, the next quarter's
goals and the experiments. Finish or "Save and finish later"; closing asks before it loses
answers typed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget, QWizard
from typing_extensions import override

from smm_desktop.domain.errors import FieldError
from smm_desktop.services.review_data import ReviewAnswers, ReviewRequest
from smm_desktop.ui import review_labels
from smm_desktop.ui.dialogs.review_next_pages import ExperimentsPage, NextGoalsPage
from smm_desktop.ui.dialogs.review_pages import LessonsPage, ResultsPage, WizardEnv

RequestValidator = Callable[[ReviewRequest], list[FieldError]]
SAVE_LATER = QWizard.WizardButton.CustomButton1


class ReviewWizard(QWizard):
    """Four pages; the answers become one ReviewRequest, checked before the wizard closes."""

    def __init__(self, parent: QWidget | None, env: WizardEnv,
                 validator: RequestValidator | None) -> None:
        super().__init__(parent)
        self.env, self._validator = env, validator
        self.setWindowTitle(self.tr("Review of %1").replace(
            "%1", review_labels.quarter_name(env.quarter)))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setMinimumSize(760, 560)
        self.results, self.lessons = ResultsPage(env), LessonsPage(env)
        self.next_goals, self.experiments = NextGoalsPage(env), ExperimentsPage(env)
        for page in self.pages():
            self.addPage(page)
        self.setButtonText(SAVE_LATER, self.tr("Save and finish later"))
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.customButtonClicked.connect(lambda _which: self.save_later())
        self.request: ReviewRequest | None = None
        self._opened = self.answers(False)

    def pages(self) -> tuple[ResultsPage, LessonsPage, NextGoalsPage, ExperimentsPage]:
        return self.results, self.lessons, self.next_goals, self.experiments

    def answers(self, finish: bool) -> ReviewRequest:
        """Everything typed so far, as the service takes it."""
        env, draft = self.env, self.env.draft
        texts = self.lessons.texts()
        return ReviewRequest(
            env.brand_id, env.quarter, ReviewAnswers(self.results.results(), **texts),
            draft.id if draft else 0, draft.version if draft else 0,
            self.next_goals.goals(), self.experiments.experiments(), finish)

    def save_later(self) -> None:
        self._close_with(self.answers(False))

    @override
    def accept(self) -> None:
        """Finish: checked whole first; an error takes the person back to its step."""
        if all(page.validatePage() for page in (self.results, self.next_goals)):
            self._close_with(self.answers(True))

    def _close_with(self, request: ReviewRequest) -> None:
        errors = self._validator(request) if self._validator else []
        if self.show_errors(errors):
            return
        self.request = request
        super().accept()

    def show_errors(self, errors: list[FieldError]) -> bool:
        """Show each error on its row; go back to the first step with one. True if any."""
        shown = [page.show_errors(errors) for page in self.pages()]
        if not any(shown):
            return bool(errors)
        target = self.pageIds()[shown.index(True)]
        while self.currentId() > target:
            self.back()
        return True

    @override
    def reject(self) -> None:
        """Close; answers typed since it opened are lost only when the person says so."""
        if self.answers(False) == self._opened or self.confirm_discard():
            super().reject()

    def confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self, self.windowTitle(),
            self.tr("Close the review and lose the answers typed since it opened? "
                    "Use “Save and finish later” to keep them."),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    @classmethod
    def run(cls, parent: QWidget | None, env: WizardEnv,
            validator: RequestValidator | None = None) -> tuple[ReviewRequest | None, bool]:
        """(the request to save, True) on Finish or "Save and finish later"; (None, False)."""
        wizard = cls(parent, env, validator)
        accepted = wizard.exec() == QWizard.DialogCode.Accepted
        return (wizard.request if accepted else None), accepted
