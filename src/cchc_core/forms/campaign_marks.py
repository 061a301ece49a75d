"""Telling a file of this campaign from one of another place or level, by the marks cchc writes
into it: the campaign's mark (``Hướng Hóa · 19/KH-UBND``: a form's ``cchc_dot`` property, an
outline's Subject) and, on a district's roll-up, the province it was made for (the workbook's
``cchc_gui_cap_tren``, the third part of its outline's Subject). Places are compared as a clerk
would read them: whatever their case, spacing or Unicode form."""

from __future__ import annotations

import re

from cchc_core.config import CampaignConfig
from cchc_core.config.records import MARK_SEPARATOR
from cchc_core.errors import InputFileError
from cchc_core.util.text import fold, match_key

#: what a plan number starts with (``19/KH-UBND``, ``795/KH-UBND``): a Subject without one after
#: the separator is not a mark (a clerk may rewrite the Subject in Word)
_PLAN_NUMBER = re.compile(r"\d+\s*/")


def is_here(place: str, config: CampaignConfig) -> bool:
    """Whether ``place`` names this campaign's own place."""
    return match_key(place) == match_key(config.district.name)


def outline_subject(config: CampaignConfig, addressee: str | None = None) -> str:
    """The Subject of an outline: the campaign's mark, and for a roll-up the province it goes to
    (``Hướng Hóa · 19/KH-UBND · Quảng Trị``)."""
    mark = config.campaign_mark
    return f"{mark}{MARK_SEPARATOR}{addressee}" if addressee else mark


def read_mark(mark: str) -> tuple[str, str, str | None]:
    """The place, plan number and addressee (or ``None``) a mark names (``Hướng Hóa``,
    ``19/KH-UBND``, ``Quảng Trị``). Another place is another district or level; a plan number
    alone that differs is this campaign with its number set after its files went out
    (``cchc init`` writes Hướng Hóa's)."""
    parts = [fold(part) for part in mark.split(MARK_SEPARATOR.strip())]
    parts += [""] * (2 - len(parts))
    return parts[0], parts[1], parts[2] if len(parts) > 2 else None


def read_subject(subject: str) -> tuple[str, str, str | None] | None:
    """What an outline's Subject marks (:func:`read_mark`); ``None`` when it is not a mark (no
    plan number after the separator: a clerk may rewrite the Subject in Word)."""
    marks = read_mark(subject)
    return marks if _PLAN_NUMBER.match(marks[1]) else None


def other_campaign(
    what: str, place: str, plan: str, config: CampaignConfig, unit_id: str, code: str
) -> InputFileError:
    """The refusal of a file (``what``: ``Biểu mẫu``, ``Đề cương``) made for another place."""
    marked = f"{place}{MARK_SEPARATOR}{plan}"
    return InputFileError(
        f"{what} này được tạo cho đợt “{marked}”, không phải đợt này (“{config.campaign_mark}”).",
        code=code,
        hint="Tệp có thể thuộc đợt hoặc cấp khác gửi nhầm (tệp của một phòng cấp huyện gửi lên "
        "tỉnh); đề nghị đơn vị gửi đúng tệp của đợt này. Nếu tên địa phương trong cchc.toml vừa "
        "được sửa sau khi gửi biểu mẫu, đề cương, đặt lại như cũ.",
        details={"unit": unit_id, "found": marked, "expected": config.campaign_mark},
    )


def other_addressee(
    addressee: str, config: CampaignConfig, unit_id: str, code: str
) -> InputFileError:
    """The refusal of a roll-up made for another province."""
    level, found = config.district.level_word, fold(addressee)
    return InputFileError(
        f"Tệp gửi cấp trên này được lập để gửi {level} “{found}”, không phải {level} "
        f"{config.district.name}.",
        code=code,
        hint="Tệp có thể đã gửi nhầm nơi; đề nghị đơn vị gửi đúng tệp lập cho "
        f"{level} {config.district.name} (khóa province trong mục [district] của cchc.toml của "
        "đơn vị, rồi lập lại bằng cchc build).",
        details={"unit": unit_id, "found": found, "expected": config.district.name},
    )
