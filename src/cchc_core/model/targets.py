"""Targets of the programme (Nghị quyết 30c/NQ-CP, Quyết định 225/QĐ-TTg, the province's and the
district's plans) as data: what is measured, by which figures, against which threshold and year.

Field plugins declare the targets their figures can measure; a district adds its own plan's targets,
or corrects a national figure, in ``cchc.toml`` (``[[targets]]``). The reports list every target with
its result and say which are not met and which units held them back.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from attrs import field, frozen

from cchc_core.util.text import fold

OPERATORS = (">", ">=", "<", "<=")
#: how a target's comparison may be written: as stored, or with the signs a rule uses (≥, ≤)
SPELLINGS = {**{operator: operator for operator in OPERATORS}, "≥": ">=", "≤": "<="}
_WORDS = {">": "trên", ">=": "từ", "<": "dưới", "<=": "không quá"}
_KEY = re.compile(r"^[a-z][a-z0-9_]*$")


def _codes(value: str | tuple[str, ...] | list[str]) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value)


def _key(instance: object, attribute: object, value: str) -> None:
    if not _KEY.match(value):
        raise ValueError(
            f"Khóa mục tiêu “{value}” không dùng được: chỉ gồm chữ thường không dấu, chữ số và _ "
            "(ví dụ ty_le_dung_han)."
        )


def _operator(value: str) -> str:
    try:
        return SPELLINGS[value.strip()]
    except (KeyError, AttributeError):
        raise ValueError(
            f"Phép so sánh của mục tiêu “{value}” không dùng được: viết >, >= (hay ≥), < hoặc <= "
            "(hay ≤)."
        ) from None


def _one_of(*allowed: str) -> Callable[[object, Any, str], None]:
    """A validator that names, in Vietnamese, the values a field takes."""

    def check(instance: object, attribute: Any, value: str) -> None:
        if value not in allowed:
            shown = ", ".join(f"“{a}”" for a in allowed)
            raise ValueError(f"{attribute.name} = “{value}” không dùng được: chỉ nhận {shown}.")

    return check


@frozen
class Target:
    """One target and how the figures measure it.

    The measured value is, for the period the target is judged on:

    - the district figure of ``indicator`` (a single code), when ``per`` is empty;
    - the sum of ``indicator``'s codes divided by the sum of ``per``'s codes, in percent;
    - with ``reduction_since`` (a year), how far ``indicator`` fell since that year, in percent of
      that year's value (a target "giảm ít nhất 10% so với năm 2015" is ``>= 10``).

    ``scope`` (``offices`` or ``communes``) counts only that level's units (a target on the district's
    own civil servants). ``over`` is ``"year"`` (the latest year with data, the part-year included for counts that are
    stocks) or ``"phase"`` (the whole last phase: rare events such as unlawful documents, judged over
    the years together). ``source`` names the document that set the target.
    """

    key: str = field(validator=_key)
    label: str = field(converter=fold)
    domain: str
    source: str = field(converter=fold)
    operator: str = field(converter=_operator)
    threshold: float
    year: int
    indicator: tuple[str, ...] = field(converter=_codes)
    per: tuple[str, ...] = field(default=(), converter=_codes)
    reduction_since: int | None = None
    over: str = field(default="year", validator=_one_of("year", "phase"))
    scope: str = field(default="", validator=_one_of("", "offices", "communes"))

    @property
    def codes(self) -> tuple[str, ...]:
        """Every indicator the target reads."""
        return (*self.indicator, *self.per)

    @property
    def is_percent(self) -> bool:
        """True when the threshold is a percentage (a ratio or a reduction)."""
        return bool(self.per) or self.reduction_since is not None

    def met_by(self, value: float) -> bool:
        """Whether ``value`` meets the target."""
        return {
            ">": value > self.threshold,
            ">=": value >= self.threshold,
            "<": value < self.threshold,
            "<=": value <= self.threshold,
        }[self.operator]

    def wording(self, percent: bool | None = None) -> str:
        """The condition in words: ``trên 80% vào năm 2020``, ``100% vào năm 2020``, ``giảm từ 10%
        trở lên so với năm 2015, đến năm 2021``."""
        percent = self.is_percent if percent is None else percent
        number = f"{self.threshold:g}".replace(".", ",") + ("%" if percent else "")
        if self.operator == ">=" and percent and self.threshold == 100:
            text = number
        else:
            text = f"{_WORDS[self.operator]} {number}"
            if self.operator == ">=":
                text += " trở lên"
        if self.reduction_since is not None:
            return f"giảm {text} so với năm {self.reduction_since}, đến năm {self.year}"
        return f"{text} vào năm {self.year}"
