"""The sentence grammar of the reports: how a figure, a change and a comparison are said in Vietnamese.

Small pure functions over numbers and words, so each turn of phrase is written once and tested against
the sentence an editor expects (``tests/test_phrases.py``): growth and decline ("tăng 15 văn bản so
với năm 2015 (28 văn bản)"), no change ("giữ nguyên 13 cơ quan"), from zero ("tăng từ 0 năm 2015 lên
96 dịch vụ năm 2019"), to zero, percentages in percentage points, rates that cannot be computed, events
counted over several years ("50 lượt cơ quan, đơn vị"), averages per year across phases of unequal
length, and a cause such as a merger of communes.
"""

from __future__ import annotations

from attrs import frozen

from cchc_core.util import vnformat

#: a difference of percentages smaller than this (after rounding to one decimal) is "tương đương"
SAME_PERCENT = 0.05
#: a list of units in a sentence names at most this many: a country's list would not fit a cell
#: (Excel keeps 32,767 characters) nor serve a reader
NAMES_SHOWN = 30


@frozen
class Quantity:
    """A value as a sentence states it: ``43 văn bản``, ``98,6%``.

    ``unit`` is the counted thing (``văn bản``); ``percent`` marks a rate on the 0–100 scale;
    ``detail`` the counts behind a rate (``1.604/1.622 hồ sơ đã giải quyết``), printed in brackets.
    """

    value: float | int
    unit: str = ""
    percent: bool = False
    detail: str = ""

    @property
    def rounded(self) -> float:
        """The value as printed: one decimal for a rate, whole or one decimal for a count."""
        return round(self.value, 1)

    @property
    def is_zero(self) -> bool:
        """True when the value prints as zero."""
        return self.rounded == 0

    def number(self) -> str:
        """The value alone: ``43``, ``98,6%``."""
        if self.percent:
            return vnformat.percent(self.value)
        return vnformat.amount(self.value)

    def __str__(self) -> str:
        text = self.number()
        if self.unit and not self.percent:
            text += f" {self.unit}"
        return text

    def with_detail(self) -> str:
        """``98,6% (6.732/6.828 hồ sơ đã giải quyết)``."""
        return f"{self}{f' ({self.detail})' if self.detail else ''}"


@frozen
class Observed:
    """A quantity at a time: ``when`` is ``năm 2015``, ``năm 2020 (đến 31/3)``, ``giai đoạn
    2011-2015``. ``quantity`` is None when there is no value; ``absent`` then says why, as a clause
    (``chưa có dịch vụ nào nên chưa tính được tỷ lệ``)."""

    quantity: Quantity | None
    when: str
    absent: str = ""


def turns(unit: str) -> str:
    """The unit of units or people counted again each year, summed over years: ``lượt cơ quan``.

    A unit already written in turns (``lượt người``) is left as it is.
    """
    return unit if unit.startswith("lượt") else f"lượt {unit}"


def lower_first(text: str) -> str:
    """``Số văn bản`` → ``số văn bản`` (a subject placed after an opening phrase)."""
    return text[:1].lower() + text[1:]


def upper_first(text: str) -> str:
    """``năm 2020`` → ``Năm 2020`` (a sentence that opens with a time)."""
    return text[:1].upper() + text[1:]


def _verb(quantity: Quantity) -> str:
    return "đạt" if quantity.percent else "là"


def _difference(start: Quantity, end: Quantity) -> str:
    delta = end.rounded - start.rounded
    if end.percent:
        return vnformat.points(delta)
    return str(Quantity(abs(delta), end.unit))


def state(subject: str, now: Observed) -> str:
    """One figure: ``Số văn bản … năm 2019 là 43 văn bản.``, or why there is none."""
    if now.quantity is None:
        return f"{subject} {now.when}: {now.absent or 'chưa có số liệu'}."
    return f"{subject} {now.when} {_verb(now.quantity)} {now.quantity.with_detail()}."


def compare(subject: str, before: Observed, now: Observed, *, cause: str = "") -> str:
    """A figure and its change since an earlier one, as an editor writes it.

    ``cause`` (``do sáp nhập xã A Túc và xã A Xing thành xã Lìa``) is added after a change it
    explains; it is left out when nothing changed.
    """
    end, start = now.quantity, before.quantity
    if end is None:
        return state(subject, now)
    if start is None:
        if before.absent:
            return f"{subject} {now.when} {_verb(end)} {end.with_detail()}; {before.when} {before.absent}."
        return state(subject, now)
    reason = f", {cause}" if cause else ""
    if end.percent:
        delta = round(end.rounded - start.rounded, 1)
        if abs(delta) < SAME_PERCENT:
            return (
                f"{subject} {now.when} đạt {end.with_detail()}, tương đương {before.when} "
                f"({start.number()})."
            )
        if start.is_zero:
            return f"{subject} tăng từ 0% {before.when} lên {end.with_detail()} {now.when}."
        direction = "tăng" if delta > 0 else "giảm"
        return (
            f"{subject} {now.when} đạt {end.with_detail()}, {direction} {_difference(start, end)} "
            f"so với {before.when} ({start.number()}){reason}."
        )
    if end.rounded == start.rounded:
        return f"{subject} giữ nguyên {end} từ {before.when} đến {now.when}."
    if start.is_zero:
        return f"{subject} tăng từ 0 {before.when} lên {end.with_detail()} {now.when}{reason}."
    if end.is_zero:
        return f"{subject} giảm từ {start} {before.when} xuống 0 {now.when}{reason}."
    direction = "tăng" if end.rounded > start.rounded else "giảm"
    return (
        f"{subject} {now.when} là {end.with_detail()}, {direction} {_difference(start, end)} so với "
        f"{before.when} ({start}){reason}."
    )


def per_year(total: float, years: float, unit: str) -> Quantity:
    """The yearly average of a total over ``years`` (a phase, possibly ending in a part-year)."""
    return Quantity(round(total / years, 1) if years else 0, f"{unit}/năm" if unit else "/năm")


#: below this many events in both phases, totals are compared as they are (an average of 0,2 a
#: year says less than "1, against 4")
FEW = 10
#: yearly averages within this share of each other are "tương đương"
SAME_SHARE = 0.05


def compare_phases(
    subject: str,
    before: Observed,
    now: Observed,
    *,
    years_before: float,
    years_now: float,
) -> str:
    """Two phases of a flow (documents issued, dossiers): totals, and the yearly averages compared,
    since the phases may not be of equal length (the second ends on 31/3/2020). Rare events and a
    start from zero are compared as totals."""
    end, start = now.quantity, before.quantity
    if end is None or start is None or start.is_zero or max(start.value, end.value) < FEW:
        return compare(subject, before, now)
    average_now = per_year(end.value, years_now, end.unit)
    average_before = per_year(start.value, years_before, start.unit)
    text = f"{subject} {now.when} là {end.with_detail()}, bình quân {average_now}"
    difference = round(average_now.rounded - average_before.rounded, 1)
    if abs(difference) <= SAME_SHARE * average_before.rounded:
        return f"{text}, tương đương {before.when} ({start}, bình quân {average_before})."
    direction = "tăng" if difference > 0 else "giảm"
    change = Quantity(abs(difference), average_now.unit)
    return (
        f"{text}, {direction} {change} so với {before.when} ({start}, bình quân {average_before})."
    )


def zero_denominator(what: str) -> str:
    """Why a rate has no value: ``không có dịch vụ công trực tuyến nào nên chưa tính được tỷ lệ``."""
    return f"không có {what} nào nên chưa tính được tỷ lệ"


def names(items: list[str] | tuple[str, ...]) -> str:
    """``A``, ``A và B``, ``A, B và C``."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} và {items[-1]}"


def first_names(items: list[str], where: str = "", separator: str = ", ") -> str:
    """``A, B, C`` — or the first :data:`NAMES_SHOWN` and how many more (``where``: where the
    others are found, in brackets)."""
    if len(items) <= NAMES_SHOWN:
        return separator.join(items)
    more = f" và {vnformat.number(len(items) - NAMES_SHOWN)} đơn vị khác"
    return separator.join(items[:NAMES_SHOWN]) + more + (f" ({where})" if where else "")
