"""Draws a :class:`~cchc_core.model.blocks.Chart` as a PNG with matplotlib (Vietnamese labels, Vietnamese
number formatting on the axis). Imported only when a report has a chart."""

from __future__ import annotations

import functools
import io

from cchc_core.model.blocks import Chart
from cchc_core.util import vnformat


@functools.lru_cache(maxsize=64)
def draw(chart: Chart) -> bytes:
    """The chart as PNG bytes (deterministic: no timestamp in the file). A chart shown in the
    district report and again in a specialist report is drawn once."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot
    from matplotlib.ticker import FuncFormatter

    pyplot.rcParams["font.family"] = "DejaVu Sans"  # ships with matplotlib, has Vietnamese letters
    figure, axes = pyplot.subplots(figsize=(6.3, 3.2), dpi=150)
    try:
        positions = range(len(chart.categories))
        width = 0.8 / max(len(chart.series), 1)
        for index, series in enumerate(chart.series):
            values = [float("nan") if v is None else v for v in series.values]
            if chart.kind == "bar":
                offsets = [p - 0.4 + width * (index + 0.5) for p in positions]
                axes.bar(offsets, values, width=width * 0.92, label=series.name)
            else:
                axes.plot(list(positions), values, marker="o", linewidth=2, label=series.name)
                for x, y in zip(positions, values, strict=True):
                    if y == y:  # not NaN
                        text = vnformat.percent(y) if chart.percent else vnformat.amount(y)
                        axes.annotate(
                            text,
                            (x, y),
                            textcoords="offset points",
                            xytext=(0, 6),
                            ha="center",
                            fontsize=7,
                        )
        axes.set_xticks(list(positions), chart.categories)
        axes.yaxis.set_major_formatter(
            FuncFormatter(
                lambda y, _: (
                    vnformat.number(y, 1 if chart.percent and y % 1 else 0)
                    + ("%" if chart.percent else "")
                )
            )
        )
        axes.set_title(chart.title, fontsize=10)
        if chart.y_label and not chart.percent:
            axes.set_ylabel(chart.y_label, fontsize=8)
        axes.tick_params(labelsize=8)
        axes.grid(axis="y", alpha=0.3)
        for side in ("top", "right"):
            axes.spines[side].set_visible(False)
        if len(chart.series) > 1:
            axes.legend(fontsize=7, frameon=False, loc="best")
        figure.tight_layout()
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png", metadata={"Software": None})
        return buffer.getvalue()
    finally:
        pyplot.close(figure)
