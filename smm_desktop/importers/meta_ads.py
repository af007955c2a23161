"""Meta Ads Manager: campaign reports (one row per campaign for the reporting period, or per
day when broken down by "Day"); the currency comes from a column or from "(USD)" headers."""

from __future__ import annotations

from smm_desktop.importers.spec import FormatSpec

CAMPAIGNS = FormatSpec(
    name="meta_ads_campaigns",
    platform="meta_ads",
    kind="campaign_daily",
    keys=("campaign name", "reporting starts", "reporting ends"),
    columns={
        "campaign name": "campaign",
        "objective": "objective",
        "campaign delivery": "status",
        "day": "day",
        "reporting starts": "start",
        "reporting ends": "end",
        "amount spent*": "spend",
        "currency": "currency",
        "impressions": "impressions",
        "reach": "reach",
        "link clicks": "clicks",
        "clicks (all)": "clicks",
        "results": "results",
        "result indicator": "result_type",
        "result type": "result_type",
        "cost per result*": "cost_per_result",
        "cost per results*": "cost_per_result",
        "purchases conversion value*": "revenue",
        "website purchases conversion value*": "revenue",
    },
    date_order=None,
)
SPECS = (CAMPAIGNS,)
