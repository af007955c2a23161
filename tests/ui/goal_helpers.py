"""A brand with accounts, past followers and goals, and the Strategy tab's goals on a fixed day."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from smm_desktop.domain.enums import BusinessGoalKind, Platform
from smm_desktop.domain.metrics import Metric
from smm_desktop.services.accounts import AccountData, AccountInput
from smm_desktop.services.brands import BrandData, BrandInput
from smm_desktop.services.goals import BusinessGoalData, BusinessGoalInput, SocialGoalInput
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.dialogs.form import FormDialog
from smm_desktop.ui.tabs.strategy.goals_section import GoalsSection

from .helpers import bound_window

START = date(2026, 9, 1)
DEADLINE = START + timedelta(days=100)
TODAY = START + timedelta(days=50)  # halfway: a straight pace expects half the way
OK = QDialogButtonBox.StandardButton.Ok
CANCEL = QDialogButtonBox.StandardButton.Cancel
ACCEPTED = QDialog.DialogCode.Accepted


@dataclass(frozen=True)
class Bloom:
    brand: BrandData
    insta: AccountData
    x: AccountData
    business: BusinessGoalData


def make_bloom(ctx: UiContext) -> Bloom:
    """Bloom, on Instagram (800 followers 60 days before START, 1000 on START) and on X."""
    services = ctx.services
    brand = services.brands.create(BrandInput(name="Bloom"))
    insta = services.accounts.create(brand.id, AccountInput(Platform.INSTAGRAM, "bloomandco"))
    x = services.accounts.create(brand.id, AccountInput(Platform.X, "bloom_x"))
    business = services.goals.create_business_goal(
        brand.id, BusinessGoalInput(BusinessGoalKind.SALES, "More same-day orders"))
    services.snapshots.record(insta.id, Metric.FOLLOWERS, START - timedelta(days=60), 800)
    services.snapshots.record(insta.id, Metric.FOLLOWERS, START, 1000)
    ctx.scope.set_brand(brand.id)
    return Bloom(brand, insta, x, business)


def followers_goal(bloom: Bloom, **changes: object) -> SocialGoalInput:
    """1000 -> 2000 Instagram followers over 100 days: SMART in every letter."""
    goal = SocialGoalInput(
        account_id=bloom.insta.id, platform=Platform.INSTAGRAM, metric=Metric.FOLLOWERS,
        baseline_value=1000, baseline_date=START, target_value=2000, start=START,
        deadline=DEADLINE, business_goal_id=bloom.business.id,
        why_realistic="Giveaways every week", title="Double the followers")
    return dataclasses.replace(goal, **changes)


def goals_section(qtbot: QtBot, ctx: UiContext) -> GoalsSection:
    """The Strategy tab's goals in a bound main window, measured on TODAY."""
    window = bound_window(qtbot, ctx)
    assert window.strategy is not None
    section = window.strategy.goals
    section.social.today = lambda: TODAY
    section.detail.today = lambda: TODAY
    section.social.reload()
    return section


def press_ok(dialog: FormDialog) -> None:
    dialog.buttons.button(OK).click()


@contextmanager
def english_numbers() -> Iterator[None]:
    """Numbers and dates as en_US writes them (1,500 and 9/1/26), whatever a test before set."""
    before = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    try:
        yield
    finally:
        QLocale.setDefault(before)
