""":class:`Narrator`: the helpers that turn figures into Vietnamese sentences, tables and charts, for
the :class:`~cchc_core.ReportContext` a plugin gives the renderer.

Every sentence is computed from the dataset. Where a figure is missing the sentence says so visibly
(``[Chưa có số liệu: ...]``), and where a total leaves units out it names them: a draft never shows an
invented or silently partial number.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from cchc_core.figures.aggregate import Dataset, Figure
from cchc_core.model.blocks import Chart, Paragraph, Series, Table
from cchc_core.model.indicators import Indicator, Measure
from cchc_core.model.periods import Period, Phase
from cchc_core.model.report_context import ReportContext  # noqa: F401 (the old cchc_core.report path)
from cchc_core.util import vnformat


class Narrator:
    """Sentences, tables and charts from a dataset, in the register of a district report.

    The core makes one per build and passes it to every plugin's report function (the ``narrator``
    argument of ``cchc_report_context``); a script may make its own with ``Narrator(dataset)``.
    """

    def __init__(self, dataset: Dataset) -> None:
        self.dataset = dataset
        self.config = dataset.config
        self.catalogue = dataset.catalogue
        full = [p for p in self.config.periods if not p.partial]
        self.first: Period = full[0]
        self.last: Period = full[-1]
        partial = [p for p in self.config.periods if p.partial]
        self.partial: Period | None = partial[0] if partial else None

    # ----- values ------------------------------------------------------------------------------
    def indicator(self, code: str) -> Indicator:
        """The indicator with this code."""
        return self.catalogue.indicator(code)

    def figure(self, code: str, period: Period | None = None) -> Figure:
        """The district figure of ``code`` (default: the last full year)."""
        return self.dataset.total(code, (period or self.last).key)

    def amount(self, code: str, value: float | int | None, *, unit: bool = True) -> str:
        """A value of ``code`` in words: ``98,6%``, ``1.234 hồ sơ``."""
        indicator = self.indicator(code)
        if value is None:
            return "(chưa có số liệu)"
        if indicator.measure is Measure.PERCENT:
            return vnformat.percent(value)
        text = vnformat.amount(value)
        return f"{text} {indicator.unit_label}" if unit and indicator.unit_label else text

    def coverage(self, figure: Figure) -> str:
        """A clause naming the units a figure leaves out, or ``""`` when it is complete."""
        parts = []
        if figure.excluded:
            parts.append(f"chưa tính {', '.join(figure.excluded)} do báo cáo có lỗi")
        if figure.not_submitted:
            parts.append(f"{', '.join(figure.not_submitted)} chưa gửi biểu thống kê")
        if figure.missing:
            parts.append(f"{', '.join(figure.missing)} chưa có số liệu")
        return f" ({'; '.join(parts)})" if parts else ""

    def missing(self, what: str) -> Paragraph:
        """A visible gap marker for a reviewer."""
        return Paragraph(f"[Chưa có số liệu: {what}]", "missing")

    # ----- sentences ---------------------------------------------------------------------------
    def _counts(self, code: str, figure: Figure) -> str:
        indicator = self.indicator(code)
        if indicator.ratio is None or figure.numerator is None or figure.denominator is None:
            return ""
        unit_label = self.indicator(indicator.ratio.denominator).unit_label
        return (
            f" ({vnformat.amount(figure.numerator)}/{vnformat.amount(figure.denominator)}"
            f"{' ' + unit_label if unit_label else ''})"
        )

    def trend(self, code: str, *, subject: str | None = None) -> Paragraph:
        """The last full year's figure and its change since the first full year.

        ``"Tỷ lệ ... năm 2019 đạt 98,6% (6.731/6.828 hồ sơ), tăng 3,5 điểm phần trăm so với năm
        2015 (95,1%)."``
        """
        indicator = self.indicator(code)
        subject = subject or indicator.label
        end, start = self.figure(code, self.last), self.figure(code, self.first)
        if end.number is None:
            return self.missing(f"{subject} năm {self.last.year}")
        verb = "đạt" if indicator.measure is Measure.PERCENT else "là"
        text = (
            f"{subject} năm {self.last.year} {verb} {self.amount(code, end.number)}"
            f"{self._counts(code, end)}{self.coverage(end)}"
        )
        if start.number is not None and self.first is not self.last:
            delta = end.number - start.number
            if indicator.measure is Measure.PERCENT:
                change = (
                    f"tăng {vnformat.points(delta)}"
                    if delta > 0.05
                    else f"giảm {vnformat.points(delta)}"
                    if delta < -0.05
                    else "tương đương"
                )
            elif delta == 0:
                change = "bằng"
            else:
                change = f"{'tăng' if delta > 0 else 'giảm'} {self.amount(code, abs(delta))}"
            joiner = {"tương đương": " với", "bằng": ""}.get(change, " so với")
            text += (
                f", {change}{joiner} năm {self.first.year} "
                f"({self.amount(code, start.number, unit=False)})"
            )
        return Paragraph(text + ".")

    def quarter(self, code: str, *, subject: str | None = None) -> Paragraph | None:
        """The part-year figure on its own (never compared with a full year), or None."""
        if self.partial is None:
            return None
        figure = self.figure(code, self.partial)
        if figure.number is None:
            return None
        subject = subject or self.indicator(code).label
        end = self.partial.end
        return Paragraph(
            f"Từ đầu năm {end.year} đến ngày {end.day}/{end.month}/{end.year}, "
            f"{subject[0].lower() + subject[1:]}: {self.amount(code, figure.number)}"
            f"{self._counts(code, figure)}{self.coverage(figure)}."
        )

    def phases(self, code: str, *, subject: str | None = None) -> Paragraph:
        """The figure of each phase; a phase the data cannot cover is named with the years that
        do have data, never given a number of its own."""
        subject = subject or self.indicator(code).label
        known, short = [], []
        for phase in self.config.phases:
            figure = self.dataset.phase(code, phase.key)
            label = self._phase_label(phase)
            if figure.value is not None:
                # a stock's phase figure is its value at the end: say which year that is
                at = f" ({figure.method.split('(', 1)[1]}" if "(" in figure.method else ""
                known.append(
                    f"{label}: {self.amount(code, figure.number)}{self._counts(code, figure)}{at}"
                )
                continue
            years = [(p, self.figure(code, p)) for p in phase.periods(self.config.periods)]
            years = [(p, f) for p, f in years if f.number is not None]
            if years:
                listed = ", ".join(
                    f"năm {p.short_label}: {self.amount(code, f.number)}" for p, f in years
                )
                short.append(f"{label} chỉ có số liệu {listed}, chưa đủ để tính cả giai đoạn")
            else:
                short.append(f"{label} chưa có số liệu")
        text = f"{subject} {'; '.join(known)}" if known else subject
        if short:
            text += ("; " if known else ": ") + "; ".join(short)
        return Paragraph(text + ".")

    def _phase_label(self, phase: Phase) -> str:
        periods = phase.periods(self.config.periods)
        if periods and periods[-1].partial:
            end = periods[-1].end
            return f"giai đoạn {phase.first_year} - {phase.last_year} (đến {end.day}/{end.month}/{end.year})"
        return f"giai đoạn {phase.first_year} - {phase.last_year}"

    def target(self, code: str) -> Paragraph | None:
        """Whether the programme's target for ``code`` is met (``đạt`` / ``chưa đạt``), or None."""
        indicator = self.indicator(code)
        goal = indicator.target
        if goal is None:
            return None
        figure = self.figure(code, self.last)
        if figure.number is None:
            return self.missing(f"{indicator.label} để so sánh với chỉ tiêu {goal.wording}")
        met = goal.met_by(figure.number)
        verdict = "đạt" if met else "chưa đạt"
        return Paragraph(
            f"So với chỉ tiêu {goal.wording} vào năm {goal.year} theo {goal.source}: "
            f"{indicator.label[0].lower() + indicator.label[1:]} năm {self.last.year} là "
            f"{self.amount(code, figure.number)}, {verdict} chỉ tiêu."
        )

    def years_with(self, code: str, *, subject: str | None = None) -> Paragraph:
        """For a yes/no row: the full years answered yes (``"... vào các năm 2016, 2018."``)."""
        subject = subject or self.indicator(code).label
        years = [p for p in self.config.periods if not p.partial]
        yes = [str(p.year) for p in years if self.figure(code, p).number]
        known = [p for p in years if self.figure(code, p).number is not None]
        if not known:
            return self.missing(subject)
        if not yes:
            return Paragraph(
                f"{subject}: chưa thực hiện trong các năm {known[0].year}-{known[-1].year}."
            )
        return Paragraph(f"{subject}: thực hiện vào các năm {', '.join(yes)}.")

    def levels(self, code: str, period: Period | None = None) -> tuple[float, float] | None:
        """A row reported by both the district offices and the communes, split by level:
        (district level, commune level), or None when there is no value."""
        figure = self.figure(code, period)
        if figure.number is None:
            return None
        communes = {u.id for u in self.config.communes}
        commune_part = sum(c.value for c in figure.contributions if c.unit in communes)
        return figure.number - commune_part, commune_part

    def text(self, sentence: str) -> Paragraph:
        """A sentence written by the plugin itself (its figures formatted with :meth:`amount`)."""
        return Paragraph(sentence)

    # ----- tables and charts -------------------------------------------------------------------
    def _cell(self, code: str, figure: Figure) -> str:
        if figure.value is None:
            return "–"
        if isinstance(figure.value, str):
            return figure.value
        return vnformat.amount(figure.value, self.indicator(code).measure is Measure.PERCENT)

    def table(self, codes: Sequence[str], *, title: str = "") -> Table:
        """A row per indicator, a column per period (the part-year last, labelled as such)."""
        periods = self.config.periods
        header = ("Chỉ tiêu", *(p.short_label for p in periods))
        rows = []
        for code in codes:
            indicator = self.indicator(code)
            label = indicator.label + (
                f" ({indicator.unit_label})"
                if indicator.unit_label and indicator.measure is not Measure.PERCENT
                else ""
            )
            rows.append((label, *(self._cell(code, self.figure(code, p)) for p in periods)))
        notes = []
        left_out = sorted(
            {name for code in codes for p in periods for name in self.figure(code, p).excluded}
        )
        if left_out:
            notes.append(f"Chưa tính số liệu của {', '.join(left_out)} do báo cáo có lỗi.")
        absent = sorted(
            {name for code in codes for p in periods for name in self.figure(code, p).not_submitted}
        )
        if absent:
            notes.append(f"Chưa nhận báo cáo của {', '.join(absent)}.")
        return Table(header, rows, title=title, notes=tuple(notes))

    def units_table(
        self,
        codes: Sequence[str],
        *,
        period: Period | None = None,
        title: str = "",
        names: Sequence[str] | None = None,
    ) -> Table:
        """Results of each commune for one period (default: the last full year) and their total
        (communes only, a rate as the ratio of the communes' sums); communes left out or not
        submitted are shown as such."""
        period = period or self.last
        header = ("Đơn vị", *(names or [self._short(code) for code in codes]))
        rows = []
        counted = []
        for unit in self.config.communes:
            if unit.id in self.dataset.invalid_units:
                rows.append((unit.name, *(["Có lỗi, chưa tính"] + [""] * (len(codes) - 1))))
            elif unit.id not in self.dataset.check.values:
                rows.append((unit.name, *(["Chưa nộp"] + [""] * (len(codes) - 1))))
            else:
                counted.append(unit.id)
                rows.append(
                    (unit.name, *(self._unit_cell(unit.id, code, period) for code in codes))
                )
        rows.append(
            (
                f"Cộng ({len(counted)} đơn vị)",
                *(self._communes_total(counted, code, period) for code in codes),
            )
        )
        return Table(
            header,
            rows,
            title=title or f"Kết quả của từng xã, thị trấn năm {period.short_label}",
            emphasis=(len(rows) - 1,),
        )

    def _communes_total(self, units: Sequence[str], code: str, period: Period) -> str:
        indicator = self.indicator(code)
        if indicator.ratio is not None:
            parts = [
                (
                    self.dataset.unit_value(u, indicator.ratio.numerator, period.key),
                    self.dataset.unit_value(u, indicator.ratio.denominator, period.key),
                )
                for u in units
            ]
            pairs = [(n.value, d.value) for n, d in parts if n is not None and d is not None]
            denominator = sum(d for _, d in pairs)
            if not denominator:
                return "–"
            return vnformat.percent(sum(n for n, _ in pairs) / denominator * indicator.ratio.scale)
        values = [self.dataset.unit_value(u, code, period.key) for u in units]
        numbers = [v.value for v in values if v is not None and not isinstance(v.value, str)]
        if not numbers:
            return "–"
        if indicator.measure is Measure.PERCENT:
            return vnformat.percent(sum(numbers) / len(numbers))
        return vnformat.amount(sum(numbers))

    def _short(self, code: str) -> str:
        indicator = self.indicator(code)
        return indicator.label + (" (%)" if indicator.measure is Measure.PERCENT else "")

    def _unit_cell(self, unit_id: str, code: str, period: Period) -> str:
        indicator = self.indicator(code)
        if indicator.ratio is not None:
            numerator = self.dataset.unit_value(unit_id, indicator.ratio.numerator, period.key)
            denominator = self.dataset.unit_value(unit_id, indicator.ratio.denominator, period.key)
            if numerator is None or denominator is None or not denominator.value:
                return "–"
            return vnformat.percent(numerator.value / denominator.value * indicator.ratio.scale)
        value = self.dataset.unit_value(unit_id, code, period.key)
        if value is None:
            return "–"
        return (
            vnformat.amount(value.value, indicator.measure is Measure.PERCENT)
            if not isinstance(value.value, str)
            else value.value
        )

    def phase_table(self, codes: Sequence[str], *, title: str = "") -> Table:
        """A row per indicator, a column per phase, and how each phase figure is made."""
        phases = self.config.phases
        header = ("Chỉ tiêu", *(self._phase_label(p).capitalize() for p in phases), "Cách tính")
        rows = []
        for code in codes:
            figures = [self.dataset.phase(code, p.key) for p in phases]
            cells = [
                self._cell(code, f) if f.value is not None else "Chưa đủ số liệu" for f in figures
            ]
            rows.append((self.indicator(code).label, *cells, figures[-1].method))
        return Table(header, rows, title=title, numeric_from=1)

    def chart(
        self,
        codes: Iterable[str],
        *,
        title: str,
        kind: str = "line",
        names: Sequence[str] | None = None,
    ) -> Chart:
        """A chart of full years only (the part-year is never drawn beside full years)."""
        codes = list(codes)
        years = [p for p in self.config.periods if not p.partial]
        series = []
        for index, code in enumerate(codes):
            values = tuple(self.figure(code, p).number for p in years)
            name = names[index] if names else self.indicator(code).label
            series.append(Series(name, values))
        percent = all(self.indicator(c).measure is Measure.PERCENT for c in codes)
        return Chart(
            title,
            tuple(str(p.year) for p in years),
            tuple(series),
            kind=kind,
            percent=percent,
            y_label="%" if percent else "",
            source="Nguồn: tổng hợp từ báo cáo của các cơ quan, đơn vị, UBND các xã, thị trấn.",
        )
