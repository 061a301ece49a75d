"""Draws a :class:`~cchc_core.model.blocks.Chart` as a PNG with matplotlib, the way every chart of
the reports is drawn: in the document's typeface (Times New Roman, or its metric twin Liberation
Serif), no title inside (the numbered caption under it says what it is), a legend and the unit of
the values on the axis, an axis that includes every value plotted, and value labels that never
overlap. Imported only when a report has a chart."""

from __future__ import annotations

import functools
import io
from typing import Any

from cchc_core.model.blocks import Chart
from cchc_core.util import vnformat

FONTS = ["Times New Roman", "Liberation Serif", "DejaVu Serif"]
#: the files of those typefaces, looked for among the system's fonts when matplotlib's own list of
#: fonts (cached from an earlier run) does not have them
FONT_FILES = ("times", "liberationserif")
LABEL_POINTS = 7.5  # the value labels' size


def _values(chart: Chart) -> list[float]:
    return [v for s in chart.series for v in s.values if v is not None]


def _limits(chart: Chart) -> tuple[float, float]:
    """An axis that includes every value with room for its label above, from 0 for bars."""
    values = _values(chart) or [0.0]
    low, high = min(values), max(values)
    span = (high - low) or max(abs(high), 1.0)
    # bars, and lines that would dip just below zero, start at zero
    floor = low - span * 0.35
    bottom = 0.0 if chart.kind == "bar" or floor < 0 <= low else floor
    return bottom, high + span * 0.25


def _label(chart: Chart, value: float) -> str:
    return vnformat.percent(value) if chart.percent else vnformat.amount(value)


def _place_labels(axes: Any, chart: Chart, positions: list[float]) -> None:
    """Value labels of a line chart, above their point, or under it when the label of a higher
    point of the same year is in the way, or pushed further down: never one over another."""
    to_points = 72 / axes.figure.dpi
    height = LABEL_POINTS * 1.35
    for index, x in enumerate(positions):
        marks = sorted(
            (series.values[index] for series in chart.series if series.values[index] is not None),
            reverse=True,
        )
        boxes: list[tuple[float, float]] = []  # (bottom, top) of the labels placed, in points
        for value in marks:
            point = axes.transData.transform((x, value))[1] * to_points
            above, below = (point + 4, point + 4 + height), (point - 4 - height, point - 4)
            box = next(
                (b for b in (above, below) if all(b[1] <= o[0] or b[0] >= o[1] for o in boxes)),
                None,
            )
            if box is None:  # both taken: under the lowest label placed
                lowest = min(o[0] for o in boxes)
                box = (lowest - height, lowest)
            boxes.append(box)
            axes.annotate(
                _label(chart, value),
                (x, value),
                textcoords="offset points",
                xytext=(0, box[0] - point),
                ha="center",
                va="bottom",
                fontsize=LABEL_POINTS,
            )


@functools.lru_cache(maxsize=1)
def _typeface() -> list[str]:
    """The serif typefaces to draw with, the document's own first, registered with matplotlib."""
    from matplotlib import font_manager

    known = {font.name for font in font_manager.fontManager.ttflist}
    if not known & set(FONTS[:2]):
        for path in font_manager.findSystemFonts():
            name = path.rsplit("/", 1)[-1].rsplit("\\", 1)[-1].lower().replace(" ", "")
            if name.startswith(FONT_FILES):
                font_manager.fontManager.addfont(path)
        known = {font.name for font in font_manager.fontManager.ttflist}
    return [name for name in FONTS if name in known] or ["DejaVu Serif"]


def figure(chart: Chart) -> Any:
    """The matplotlib figure of ``chart`` (the caller closes it)."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot
    from matplotlib.ticker import FuncFormatter

    pyplot.rcParams["font.family"] = "serif"
    pyplot.rcParams["font.serif"] = _typeface()
    drawn, axes = pyplot.subplots(figsize=(6.3, 3.4), dpi=150)
    positions = list(range(len(chart.categories)))
    width = 0.8 / max(len(chart.series), 1)
    axes.set_ylim(*_limits(chart))
    for index, series in enumerate(chart.series):
        values = [float("nan") if v is None else v for v in series.values]
        if chart.kind == "bar":
            offsets = [p - 0.4 + width * (index + 0.5) for p in positions]
            bars = axes.bar(offsets, values, width=width * 0.92, label=series.name)
            axes.bar_label(
                bars,
                labels=["" if v != v else _label(chart, v) for v in values],
                fontsize=LABEL_POINTS,
                padding=2,
            )
        else:
            axes.plot(positions, values, marker="o", linewidth=2, label=series.name)
    if chart.kind != "bar":
        _place_labels(axes, chart, positions)
    axes.set_xticks(positions, chart.categories)
    axes.yaxis.set_major_formatter(
        FuncFormatter(
            lambda y, _: (
                vnformat.number(y, 1 if chart.percent and y % 1 else 0)
                + ("%" if chart.percent else "")
            )
        )
    )
    if chart.y_label:
        axes.set_ylabel(chart.y_label, fontsize=9)
    axes.tick_params(labelsize=9)
    axes.grid(axis="y", alpha=0.3)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    axes.legend(
        fontsize=8.5,
        frameon=False,
        loc="upper center",
        bbox_to_anchor=(0.5, -0.1),
        ncol=min(len(chart.series), 3),
    )
    drawn.tight_layout()
    return drawn


@functools.lru_cache(maxsize=64)
def draw(chart: Chart) -> bytes:
    """The chart as PNG bytes (deterministic: no timestamp in the file). A chart shown in the
    district report and again in a specialist report is drawn once."""
    from matplotlib import pyplot

    drawn = figure(chart)
    try:
        buffer = io.BytesIO()
        drawn.savefig(buffer, format="png", metadata={"Software": None})
        return buffer.getvalue()
    finally:
        pyplot.close(drawn)
