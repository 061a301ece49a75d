"""The statistics catalogue's building blocks: sections and indicators of Phụ lục 1.

Plugins declare these as data next to the code that owns them; the interpretation (forms, checks,
totals, tables) lives once, in the core.
"""

from __future__ import annotations

import enum
import re

from attrs import field, frozen

from cchc_core.util.text import fold

#: "(%)" at the end of a percentage's label, as the plan prints it
_PERCENT_MARK = re.compile(r"\s*\(%\)$")

CODE_PATTERN = re.compile(r"^[a-z][a-z0-9_]*$")
# Spreadsheet programs read "_x" + hex digits + "_" in a cell as an escaped character (LibreOffice
# even with one digit: "hs_xa_tiep" comes back as "hs\ntiep"), and codes sit in hidden cells.
SPREADSHEET_ESCAPE = re.compile(r"_x[0-9a-f]{1,4}_")


class Measure(enum.Enum):
    """What a cell holds. ``None`` on an indicator means a heading row with no value of its own."""

    COUNT = "count"
    PERCENT = "percent"
    FLAG = "flag"
    TEXT = "text"

    @property
    def label(self) -> str:
        """Vietnamese description, used in form instructions and validation messages."""
        return {
            "count": "số nguyên không âm",
            "percent": "tỷ lệ phần trăm từ 0 đến 100",
            "flag": "1 (có) hoặc 0 (không)",
            "text": "nội dung chữ",
        }[self.value]

    @property
    def limits(self) -> Limits | None:
        """The values a cell of this measure accepts (``None`` for text)."""
        return _MEASURE_LIMITS.get(self.value)


@frozen
class Limits:
    """The values a person could really type into a cell: anything outside is a finding on that
    cell, never an exception, and never reaches a total.

    Every measure has its own (:attr:`Measure.limits`); an indicator declares narrower or wider
    ones when its quantity needs them, e.g. money in millions of đồng
    ``Limits(0, 10_000_000, "triệu đồng")`` or a year ``Limits(1990, 2030, "năm")``. The form's
    data validation uses the same bounds, so the form and the check agree.
    """

    minimum: float
    maximum: float
    what: str = ""

    def __attrs_post_init__(self) -> None:
        if not -1e15 <= self.minimum <= self.maximum <= 1e15:
            raise ValueError(
                f"limits {self.minimum}..{self.maximum} must be ordered and within ±10^15"
            )


_MEASURE_LIMITS = {
    # a count a district or a commune reports over a year: dossiers, documents, people. The form
    # has always refused more than 100 million; 1E+29 or 400 nines is a slip, not a count.
    "count": Limits(0, 100_000_000),
    "percent": Limits(0, 100),
    "flag": Limits(0, 1),
}


class AcrossUnits(enum.Enum):
    """How the district figure is made from the units' figures for one period."""

    SUM = "sum"
    MEAN = "mean"  # plain mean of the units' values, stated as such in every output
    COUNT_TRUE = "count_true"  # flags: number of units answering 1
    RATIO = "ratio"  # derived rates: ratio of the sums of numerator and denominator

    @property
    def label(self) -> str:
        """How the figure was computed, in Vietnamese (for ``cchc explain`` and notes)."""
        return {
            "sum": "tổng của các đơn vị",
            "mean": "bình quân cộng của các đơn vị",
            "count_true": "số đơn vị trả lời có (= 1)",
            "ratio": "tỷ lệ tính từ tổng tử số và tổng mẫu số của các đơn vị",
        }[self.value]


class OverYears(enum.Enum):
    """How a figure for a phase (several years) is made from the yearly figures."""

    SUM = "sum"  # flows: documents issued, dossiers received...
    LATEST = "latest"  # stocks: value at the end of the phase
    COUNT_TRUE = "count_true"  # flags: number of years answering 1
    RATIO = "ratio"  # derived rates: ratio of sums over the years

    @property
    def label(self) -> str:
        """How the phase figure was computed, in Vietnamese."""
        return {
            "sum": "cộng dồn các năm",
            "latest": "số liệu cuối giai đoạn",
            "count_true": "số năm có thực hiện",
            "ratio": "tỷ lệ tính trên tổng các năm",
        }[self.value]


@frozen
class Reporters:
    """Who fills an indicator's cells: district offices (by unit id), every commune-level unit, or both.

    When several units report, each reports its own part and the district figure aggregates them.
    """

    offices: tuple[str, ...] = field(default=(), converter=tuple)
    communes: bool = False

    def __attrs_post_init__(self) -> None:
        if not self.offices and not self.communes:
            raise ValueError(
                "chỉ tiêu cần ít nhất một đơn vị báo cáo: Reporters(offices=(…),) hoặc "
                "Reporters(communes=True)"
            )


@frozen
class Ratio:
    """A derived rate: ``numerator / denominator × scale``, both indicator codes of counts."""

    numerator: str
    denominator: str
    scale: int = 100


@frozen
class Section:
    """A section of Phụ lục 1 (``I`` … ``VII``): its heading and the office that compiles it.

    ``note`` is printed under the heading, e.g. to say a section is not in the seed's Phụ lục 1.
    """

    key: str
    title: str = field(converter=fold)
    compiler: str = field(converter=fold)
    order: int = 0
    note: str = field(default="", converter=fold)


def _code(instance: object, attribute: object, value: str) -> None:
    if not CODE_PATTERN.match(value):
        raise ValueError(
            f"mã chỉ tiêu “{value}” chỉ được gồm chữ thường không dấu, chữ số và dấu _ "
            "(ví dụ dv_doi_thoai)"
        )
    escape = SPREADSHEET_ESCAPE.search(value)
    if escape:
        raise ValueError(
            f"mã chỉ tiêu “{value}” chứa “{escape.group()}”, Excel và LibreOffice đọc thành một ký "
            "tự mã hóa; đổi thứ tự các từ (đặt xa ở cuối: hs_tiep_nhan_xa)"
        )


@frozen
class Indicator:
    """One row of Phụ lục 1.

    ``code`` is stable across versions and never shown as a number; ``stt`` is the number as printed
    (``"1."``, ``"-"`` or empty). ``measure`` is ``None`` for a heading row that holds no value.
    ``ratio`` makes the row derived: computed from two count rows, never typed in.
    ``added`` marks a row that is not in the seed but needed (e.g. the counts behind a rate): outputs
    print it in italics and the seed notes explain why it is there.
    ``order`` sorts rows inside the section; ``domain`` is the report the row belongs to.

    How sentences speak of the row: ``phrase`` names it where the plan's label carries form
    instructions (``Tổ chức cuộc thi tìm hiểu CCHC`` for a label ending "(Có tổ chức = 1; Không tổ
    chức = 0)"); ``recurring`` marks a count of units or people that may be counted again the next year
    (offices inspected), so a total over years is written in "lượt"; ``counts_units`` marks a count of
    offices and communes, whose change across a merger of communes the reports explain.
    ``limits`` narrows or widens the values its measure accepts (see :class:`Limits`).
    """

    code: str = field(validator=_code)
    label: str = field(converter=fold)
    section: str
    domain: str
    reporters: Reporters
    measure: Measure | None = Measure.COUNT
    stt: str = ""
    parent: str | None = None
    unit_label: str = ""
    across_units: AcrossUnits = AcrossUnits.SUM
    over_years: OverYears = OverYears.SUM
    ratio: Ratio | None = None
    required: bool = True
    help: str = field(default="", converter=fold)
    added: bool = False
    order: int = 0
    phrase: str = field(default="", converter=fold)
    recurring: bool = False
    counts_units: bool = False
    limits: Limits | None = None

    def __attrs_post_init__(self) -> None:
        if self.ratio is not None and self.measure is not Measure.PERCENT:
            raise ValueError(
                f"chỉ tiêu {self.code} là tỷ lệ tự tính (ratio=…) nên phải có measure=Measure.PERCENT"
            )
        if self.limits is not None and self.measure not in (Measure.COUNT, Measure.PERCENT):
            raise ValueError(
                f"chỉ tiêu {self.code}: chỉ số đếm và tỷ lệ mới có giới hạn giá trị (limits)"
            )

    @property
    def value_limits(self) -> Limits | None:
        """The values its cells accept: its own ``limits``, else its measure's."""
        if self.limits is not None:
            return self.limits
        return self.measure.limits if self.measure is not None else None

    @property
    def subject(self) -> str:
        """The row as the subject of a sentence or the first cell of a report table: the
        ``phrase``, else the label without the "(%)" a percentage's label may carry as printed
        in the plan (a table adds its own, a sentence says "%" after the number)."""
        if self.phrase:
            return self.phrase
        if self.measure is Measure.PERCENT:
            return _PERCENT_MARK.sub("", self.label)
        return self.label

    @property
    def noun(self) -> str:
        """What the row counts, as a noun phrase: ``hồ sơ cấp huyện đã giải quyết`` (the subject
        without its leading "Số"/"Số lượng")."""
        subject = self.subject
        for prefix in ("Số lượng ", "Số "):
            if subject.startswith(prefix):
                return subject[len(prefix) :]
        return subject[:1].lower() + subject[1:]

    @property
    def unit_method(self) -> AcrossUnits:
        """How the district figure is made: a derived rate is always a ratio of sums, and a
        percentage typed by several units is never added up (three districts' 85%, 90% and 80%
        are not 255%): without counts behind it, it is their plain mean, stated as such."""
        if self.ratio is not None:
            return AcrossUnits.RATIO
        if self.measure is Measure.PERCENT and self.across_units is AcrossUnits.SUM:
            return AcrossUnits.MEAN
        return self.across_units

    @property
    def year_method(self) -> OverYears:
        """How a phase figure is made: a derived rate is always a ratio of sums over the years."""
        return OverYears.RATIO if self.ratio is not None else self.over_years

    @property
    def is_heading(self) -> bool:
        """True for a row that only groups the rows under it."""
        return self.measure is None

    @property
    def is_derived(self) -> bool:
        """True for a rate computed from other rows."""
        return self.ratio is not None

    @property
    def is_input(self) -> bool:
        """True for a row whose cells a unit fills in."""
        return self.measure is not None and self.ratio is None


def in_order(
    rows: list[Indicator] | tuple[Indicator, ...], start: int = 0
) -> tuple[Indicator, ...]:
    """The rows with ``order`` set from their position in the list, from ``start`` on.

    Lets a plugin declare its rows as a list in print order; a plugin adding rows to a section another
    plugin owns (as ``tthc`` adds row 6 to section I) picks a ``start`` after that plugin's rows.
    """
    import attrs

    return tuple(attrs.evolve(row, order=start + position) for position, row in enumerate(rows))
