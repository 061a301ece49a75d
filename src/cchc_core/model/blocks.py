"""Document content as plain data: paragraphs, tables and charts.

Units' narratives are read into these blocks, and plugins return them for their parts of the reports;
the renderer alone turns them into Word paragraphs, tables and images.
"""

from __future__ import annotations

from attrs import field, frozen

from cchc_core.util.text import fold


@frozen
class Paragraph:
    """A paragraph of text. ``style``: ``body``, ``bullet`` (a ``-`` line), ``note`` (small italic),
    ``missing`` (a visible gap marker a reviewer must see). ``figures`` lists the indicator codes a
    computed sentence states, so a report states a figure once and refers to it elsewhere; ``topic``
    names what it is about for that reference (``số dịch vụ công trực tuyến mức độ 3, 4``)."""

    text: str = field(converter=fold)
    style: str = "body"
    figures: tuple[str, ...] = field(default=(), converter=tuple)
    topic: str = field(default="", converter=fold)


@frozen
class Table:
    """A table of text cells, already formatted. ``emphasis`` lists the row indexes printed bold;
    ``numeric_from`` is the first column aligned right (numbers). ``kind`` and ``codes`` say what a
    computed table shows (``years``, ``phases``, ``units``: the indicators by year, by phase, by
    commune) so a report that adds its own tables leaves out what a plugin's table already shows."""

    header: tuple[str, ...] = field(converter=tuple)
    rows: tuple[tuple[str, ...], ...] = field(converter=lambda rows: tuple(tuple(r) for r in rows))
    title: str = ""
    notes: tuple[str, ...] = field(default=(), converter=tuple)
    emphasis: tuple[int, ...] = field(default=(), converter=tuple)
    numeric_from: int = 1
    kind: str = ""
    codes: tuple[str, ...] = field(default=(), converter=tuple)


@frozen
class Series:
    """One line or set of bars of a chart; ``None`` marks a year without data (left as a gap)."""

    name: str
    values: tuple[float | None, ...] = field(converter=tuple)


@frozen
class Chart:
    """A chart described as data; the core draws it (matplotlib) with Vietnamese labels.

    ``kind`` is ``line`` or ``bar``; ``percent`` formats the axis as percentages.
    """

    title: str
    categories: tuple[str, ...] = field(converter=tuple)
    series: tuple[Series, ...] = field(converter=tuple)
    kind: str = "bar"
    y_label: str = ""
    percent: bool = False
    source: str = ""


Block = Paragraph | Table | Chart
