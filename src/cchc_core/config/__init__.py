"""The campaign's settings (``cchc.toml``): read, checked, and turned into frozen records.

``records`` holds the records, ``keys`` every key the file may hold, ``reader`` typed access with
messages naming key and line, ``parse`` the reading itself.
"""

from __future__ import annotations

from cchc_core.config.parse import default_text, load, parse
from cchc_core.config.records import (
    CONFIG_NAME,
    CampaignConfig,
    CheckSettings,
    Commendations,
    Conference,
    Criterion,
    District,
    EarlierReview,
    Plan,
    Plan2030,
    PlanTarget,
    ProgrammeItem,
    ReceivedOverride,
    ReportSettings,
    Signer,
    TargetSetting,
)

__all__ = [
    "CONFIG_NAME",
    "CampaignConfig",
    "CheckSettings",
    "Commendations",
    "Conference",
    "Criterion",
    "District",
    "EarlierReview",
    "Plan",
    "Plan2030",
    "PlanTarget",
    "ProgrammeItem",
    "ReceivedOverride",
    "ReportSettings",
    "Signer",
    "TargetSetting",
    "default_text",
    "load",
    "parse",
]
