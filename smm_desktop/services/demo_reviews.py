"""The sample's quarterly reviews: for each brand, the finished review of the quarter before
today's, its goals' results as the numbers had them, its lessons and three experiments."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from sqlalchemy import update

from smm_desktop.db.models import Review
from smm_desktop.domain import quarters
from smm_desktop.domain.enums import ExperimentStatus, GoalOutcome
from smm_desktop.services.demo_strategy import SampleBrand
from smm_desktop.services.experiments import ExperimentInput
from smm_desktop.services.goal_progress import GoalProgress
from smm_desktop.services.review_data import GoalResultInput, ReviewAnswers, ReviewRequest
from smm_desktop.services.reviews import ReviewService, prefilled_outcome, still_running
from smm_desktop.services.workspace import Workspace

# Per brand, in the order of SAMPLE_BRANDS: what worked, what did not, next actions.
LESSONS: tuple[tuple[str, str, str], ...] = (
    ("مقاطع تحضير القهوة القصيرة على تيك توك ضاعفت المشاهدات، ومسابقة الطلاب جلبت متابعين جددًا.",
     "منشورات العروض الثابتة على إكس لم تحقق تفاعلًا يذكر.",
     "نقل ميزانية إكس إلى الريلز، وتصوير حلقة أسبوعية مع الباريستا."),
    ("Behind-the-scenes reels of the morning flower market drove most new followers; the "
     "Mother's Day pre-order post sold out the first batch.",
     "Facebook delivery ads cost twice the plan per order; carousel posts on Pinterest "
     "were barely saved.",
     "Move half the Facebook ad budget to Instagram, test short how-to pins, and post the "
     "weekly bouquet every Thursday at 7 pm."),
    ("تحديات التمارين المنزلية على يوتيوب رفعت الاشتراكات، وقصص المتدربين الحقيقية زادت الرسائل.",
     "عروض الاشتراك على واتساب أُرسلت بكثرة فقلّ التفاعل معها.",
     "رسالة عروض واحدة أسبوعيًا، وبث مباشر شهري مع مدرب، وقياس الحجوزات من كل منصة."),
)
# Per brand: (idea, hypothesis, how it is measured, result) for done, running, planned.
EXPERIMENTS: tuple[tuple[tuple[str, str, str, str], ...], ...] = (
    (("قهوة اليوم يختارها المتابعون بالتصويت", "التصويت يرفع التفاعل في القصص",
      "نسبة التفاعل في القصص مقارنة بالشهر السابق", "ارتفع التفاعل ٣٨٪ وبيعت القهوة المختارة كلها."),
     ("بث مباشر من المحمصة كل جمعة", "البث يجذب متابعين جددًا من محبي القهوة المختصة",
      "المتابعون الجدد يوم البث", ""),
     ("تعاون مع صانع محتوى طلابي", "صوت طالب يصل إلى الطلاب أكثر من صوت المقهى",
      "الوصول وعدد زيارات الحرم الجامعي بكود الخصم", "")),
    (("A 'guess the flower' quiz in Stories", "A quiz gets more replies than a plain photo",
      "Story replies per 1,000 viewers", "Replies up 2.4 times; the quiz is now a weekly slot."),
     ("Same-day delivery countdown stickers", "A deadline makes people order before noon",
      "Orders placed before noon from Instagram links", ""),
     ("A florist answers questions live on LinkedIn", "Office managers book corporate "
      "flowers after seeing the studio", "Corporate enquiries a month", "")),
    (("تحدي ٣٠ يومًا على تيك توك", "التحدي اليومي يبني عادة المشاهدة",
      "نسبة إكمال المشاهدة للمقاطع", "نسبة الإكمال ارتفعت من ٢١٪ إلى ٣٤٪."),
     ("حصة تجريبية مجانية لمن يشارك المنشور", "المشاركة توصلنا إلى أصدقاء المتدربين",
      "عدد المشاركات والحجوزات بالكود", ""),
     ("محتوى بالإنجليزية لجمهور الشركات", "موظفو الشركات يتابعون محتوى بالإنجليزية",
      "نسبة المتابعين الجدد من الشركات", "")),
)
# Per (still running after the quarter, outcome): the note in Arabic and in English.
_NOTES = {
    (False, GoalOutcome.ACHIEVED): ("بلغنا الهدف بحلول موعده.", "Reached by the deadline."),
    (False, GoalOutcome.MISSED): ("النمو أبطأ من الخطة؛ أُغلق الهدف دون بلوغه.",
                                  "Growth slower than planned; closed short of the target."),
    (True, GoalOutcome.ACHIEVED): ("ضمن الوتيرة المطلوبة في نهاية الربع؛ الهدف مستمر.",
                                   "On pace at the quarter's end; still running."),
    (True, GoalOutcome.MISSED): ("متأخر عن الوتيرة المطلوبة في نهاية الربع؛ الهدف مستمر.",
                                 "Behind pace at the quarter's end; still running."),
}


def write_reviews(workspace: Workspace, rng: random.Random, sample: Sequence[SampleBrand],
                  today: date) -> None:
    """A finished review of the quarter before today's for each sample brand."""
    service = ReviewService(workspace.session_factory)
    quarter = quarters.quarter_of(today).previous()
    for brand in sample:
        goals = [p for p in service.quarter_goals(brand.id, quarter, quarter.last_day)
                 if _worth_reviewing(p, quarter)]
        answers = ReviewAnswers(tuple(_result(p, quarter, brand.index) for p in goals),
                                *LESSONS[brand.index % len(LESSONS)])
        saved = service.save(ReviewRequest(brand.id, quarter, answers, finish=True,
                                           experiments=_experiments(rng, brand.index, today)))
        _finished_on(workspace, saved.review.id, quarter.last_day + timedelta(days=3 + brand.index))


def _finished_on(workspace: Workspace, review_id: int, day: date) -> None:
    """The sample's reviews were done just after their quarter, not on the day it was written."""
    with workspace.session_factory.begin() as s:
        s.execute(update(Review).where(Review.id == review_id).values(
            completed_at=datetime.combine(day, time(10, 0))))


def _worth_reviewing(progress: GoalProgress, quarter: quarters.Quarter) -> bool:
    """Goals that ended in the quarter, or ran through most of it (not one started last week)."""
    start = progress.goal.start
    return quarters.ends_in(quarter, progress.goal.deadline) or (
        start is not None and start <= quarter.first_day + timedelta(days=45))


def _result(progress: GoalProgress, quarter: quarters.Quarter, index: int) -> GoalResultInput:
    """The result as the wizard would prefill it, with a note that says the same."""
    goal = progress.goal
    outcome = prefilled_outcome(quarter, progress)
    arabic, english = _NOTES[(still_running(quarter, progress), outcome)]
    return GoalResultInput(goal.id, goal.title, goal.metric, goal.baseline_value, progress.target,
                           progress.current, outcome, english if index % len(LESSONS) == 1 else arabic)


def _experiments(rng: random.Random, index: int, today: date) -> tuple[ExperimentInput, ...]:
    done, running, planned = EXPERIMENTS[index % len(EXPERIMENTS)]
    began = today - timedelta(days=rng.randint(70, 100))
    return (
        ExperimentInput(*done[:3], ExperimentStatus.DONE, done[3], began,
                        began + timedelta(days=28)),
        ExperimentInput(*running[:3], ExperimentStatus.RUNNING, "",
                        today - timedelta(days=rng.randint(5, 20))),
        ExperimentInput(*planned[:3], ExperimentStatus.PLANNED),
    )
