""":class:`Narrator`: the helpers that turn figures into Vietnamese sentences, tables and charts, for
the :class:`~cchc_core.ReportContext` a plugin gives the renderer.

Every sentence is computed from the dataset and said with the grammar of :mod:`cchc_core.util.phrases`
(growth, no change, from zero, rates that cannot be computed, events counted in "lượt", a change
explained by a merger of communes). Where a figure is missing the sentence says so visibly
(``[Chưa có số liệu: ...]``), and where a total leaves units out it names them: a draft never shows an
invented or silently partial number.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from cchc_core.figures.aggregate import Dataset, Figure
from cchc_core.figures.targets import TargetResult, Verdict, judge_targets
from cchc_core.model.blocks import Chart, Paragraph, Series, Table
from cchc_core.model.indicators import Indicator, Measure, OverYears
from cchc_core.model.periods import Period, Phase
from cchc_core.model.report_context import ReportContext  # noqa: F401 (the old cchc_core.report path)
from cchc_core.util import phrases, vnformat
from cchc_core.util.phrases import Observed, Quantity
from cchc_core.util.text import name_in_text


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
        self._targets: tuple[TargetResult, ...] | None = None

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

    def left_out(self, figure: Figure) -> list[str]:
        """The units a figure lacks (errors, not submitted, cells left empty), in that order, as
        a sentence names them (``xã Lìa``)."""
        return [name_in_text(n) for n in (*figure.excluded, *figure.not_submitted, *figure.missing)]

    def coverage(self, figure: Figure) -> str:
        """A clause naming the units a figure lacks, or ``""`` when it is complete; the reasons are
        given once, in the coverage sentence at the opening of the report."""
        names = self.left_out(figure)
        return f" (chưa có số liệu của {', '.join(names)})" if names else ""

    def missing(self, what: str) -> Paragraph:
        """A visible gap marker for a reviewer."""
        return Paragraph(f"[Chưa có số liệu: {what}]", "missing")

    def text(self, sentence: str) -> Paragraph:
        """A sentence written by the plugin itself (its figures formatted with :meth:`amount`)."""
        return Paragraph(sentence)

    # ----- the words of a figure ---------------------------------------------------------------
    def when(self, period: Period) -> str:
        """``năm 2019``, ``năm 2020 (đến 31/3)``."""
        return period.phrase

    def phase_when(self, phase: Phase) -> str:
        """``giai đoạn 2011-2015``, ``giai đoạn 2016-2020 (đến 31/3/2020)``."""
        periods = phase.periods(self.config.periods)
        text = f"giai đoạn {phase.first_year}-{phase.last_year}"
        if periods and periods[-1].partial:
            text += f" (đến {vnformat.short_date(periods[-1].end)})"
        return text

    def phase_years(self, phase: Phase) -> float:
        """How many years a phase's figures cover: 4.25 for 2016 to 31/3/2020."""
        earlier = self.dataset.check.earlier
        if earlier is not None and earlier.phase == phase.key:
            return phase.last_year - phase.first_year + 1
        total = 0.0
        for period in phase.periods(self.config.periods):
            length = (date(period.year, 12, 31) - date(period.year, 1, 1)).days + 1
            total += ((period.end - period.start).days + 1) / length
        return round(total, 2)

    def unit_words(self, code: str, *, over_years: bool = False) -> str:
        """The counted thing of ``code``; ``lượt …`` for a recurring count added over years."""
        indicator = self.indicator(code)
        unit = indicator.unit_label if indicator.measure is not Measure.PERCENT else ""
        if over_years and indicator.recurring and indicator.year_method is OverYears.SUM:
            return phrases.turns(unit)
        return unit

    def quantity(self, code: str, figure: Figure, *, over_years: bool = False) -> Quantity | None:
        """A figure as a sentence states it, with the counts behind a rate and the units it lacks."""
        if figure.number is None:
            return None
        indicator = self.indicator(code)
        details = []
        if (
            indicator.ratio is not None
            and figure.numerator is not None
            and figure.denominator is not None
        ):
            noun = self.indicator(indicator.ratio.denominator).noun
            details.append(
                f"{vnformat.amount(figure.numerator)}/{vnformat.amount(figure.denominator)} {noun}"
            )
        left_out = self.left_out(figure)
        if left_out:
            details.append(f"chưa có số liệu của {', '.join(left_out)}")
        return Quantity(
            figure.number,
            self.unit_words(code, over_years=over_years),
            indicator.measure is Measure.PERCENT,
            "; ".join(details),
        )

    def observed(
        self, code: str, figure: Figure, when: str, *, over_years: bool = False
    ) -> Observed:
        """A figure at a time; a rate over zero says why it has no value."""
        quantity = self.quantity(code, figure, over_years=over_years)
        absent = ""
        indicator = self.indicator(code)
        if quantity is None and indicator.ratio is not None and figure.denominator == 0:
            absent = phrases.zero_denominator(self.indicator(indicator.ratio.denominator).noun)
        return Observed(quantity, when, absent)

    def merger_cause(
        self, code: str, before: Figure, after: Figure, span: tuple[date, date]
    ) -> str:
        """``do sáp nhập xã A Túc và xã A Xing thành xã Lìa từ ngày 01/01/2020`` when the row counts
        units, fell between two figures, and a merger of communes took effect in ``span``; ``""``
        otherwise."""
        if (
            not self.indicator(code).counts_units
            or before.number is None
            or after.number is None
            or after.number >= before.number
        ):
            return ""
        start, end = span
        mergers = [
            u
            for u in self.config.communes
            if u.is_merged and u.merged_on and start < u.merged_on <= end
        ]
        return "; ".join(
            f"do sáp nhập {phrases.names([name_in_text(n) for n in u.merged_from])} thành "
            f"{u.in_text} từ ngày {vnformat.numeric_date(u.merged_on)}"
            for u in mergers
            if u.merged_on is not None
        )

    def _subject(self, code: str, subject: str | None) -> str:
        return subject or self.indicator(code).subject

    # ----- sentences ---------------------------------------------------------------------------
    def trend(self, code: str, *, subject: str | None = None) -> Paragraph:
        """The last full year's figure and its change since the first full year.

        ``"Tỷ lệ ... năm 2019 đạt 98,6% (6.731/6.828 hồ sơ cấp huyện đã giải quyết), tăng 3,5 điểm
        phần trăm so với năm 2015 (95,1%)."``
        """
        subject = self._subject(code, subject)
        end, start = self.figure(code, self.last), self.figure(code, self.first)
        now = self.observed(code, end, self.when(self.last))
        if now.quantity is None and not now.absent:
            return self.missing(f"{subject} {self.when(self.last)}")
        if self.first is self.last:
            return Paragraph(phrases.state(subject, now), figures=(f"{code}:trend",), topic=subject)
        before = self.observed(code, start, self.when(self.first))
        cause = self.merger_cause(code, start, end, (self.first.end, self.last.end))
        sentence = phrases.compare(subject, before, now, cause=cause)
        return Paragraph(sentence, figures=(f"{code}:trend",), topic=subject)

    def quarter(self, code: str, *, subject: str | None = None) -> Paragraph | None:
        """The part-year figure (never compared with a full year, except a count of units that a
        merger of communes changed), or None."""
        if self.partial is None:
            return None
        figure = self.figure(code, self.partial)
        if figure.number is None:
            return None
        subject = self._subject(code, subject)
        now = self.observed(code, figure, self.when(self.partial))
        cause = self.merger_cause(
            code, self.figure(code, self.last), figure, (self.last.end, self.partial.end)
        )
        if cause:
            before = self.observed(code, self.figure(code, self.last), self.when(self.last))
            sentence = phrases.compare(subject, before, now, cause=cause)
        else:
            sentence = phrases.state(subject, now)
        return Paragraph(sentence, figures=(f"{code}:partial",), topic=subject)

    def phases(self, code: str, *, subject: str | None = None) -> Paragraph:
        """The two phases compared: flows by their yearly averages (the last phase ends on 31/3),
        stocks at the end of each phase, rates over the years; a phase without figures is named."""
        subject = self._subject(code, subject)
        indicator = self.indicator(code)
        first, last = self.config.phases[0], self.config.phases[-1]
        before_figure = self.dataset.phase(code, first.key)
        now_figure = self.dataset.phase(code, last.key)
        method = indicator.year_method
        if method is OverYears.RATIO and indicator.ratio is not None:
            parts = (
                self.indicator(indicator.ratio.numerator),
                self.indicator(indicator.ratio.denominator),
            )
            if all(p.over_years is OverYears.LATEST for p in parts):
                method = OverYears.LATEST
        if method is OverYears.LATEST:
            return self._stock_phases(code, subject, first, last)
        before = self.observed(code, before_figure, self.phase_when(first), over_years=True)
        now = self.observed(code, now_figure, self.phase_when(last), over_years=True)
        if now.quantity is None and not now.absent:
            return self.missing(f"{subject} {self.phase_when(last)}")
        if before.quantity is None and not before.absent:
            before = Observed(None, self.phase_when(first), "chưa có số liệu")
        if method is OverYears.SUM and first is not last:
            sentence = phrases.compare_phases(
                subject,
                before,
                now,
                years_before=self.phase_years(first),
                years_now=self.phase_years(last),
            )
        else:
            sentence = phrases.compare(subject, before, now)
        return Paragraph(sentence, figures=(f"{code}:phases",), topic=subject)

    def _stock_phases(self, code: str, subject: str, first: Phase, last: Phase) -> Paragraph:
        """A stock at the end of each phase (the earlier review's figure for the first)."""
        last_periods = last.periods(self.config.periods)
        end_period = next(
            (p for p in reversed(last_periods) if self.figure(code, p).number is not None), None
        )
        if end_period is None:
            return self.missing(f"{subject} {self.phase_when(last)}")
        end_figure = self.figure(code, end_period)
        now = self.observed(code, end_figure, self.when(end_period))
        earlier = self.dataset.phase(code, first.key)
        first_periods = first.periods(self.config.periods)
        start_period = first_periods[-1] if first_periods else None
        if earlier.number is not None and start_period is not None:
            before = self.observed(code, earlier, f"cuối {self.phase_when(first)}")
            cause = self.merger_cause(code, earlier, end_figure, (start_period.end, end_period.end))
        else:
            before = Observed(None, self.phase_when(first), "chưa có số liệu")
            cause = ""
        return Paragraph(
            phrases.compare(subject, before, now, cause=cause),
            figures=(f"{code}:phases",),
            topic=subject,
        )

    def years_with(self, code: str, *, subject: str | None = None) -> Paragraph:
        """For a yes/no row: the full years answered yes (``"... vào các năm 2016, 2018."``)."""
        subject = self._subject(code, subject)
        years = [p for p in self.config.periods if not p.partial]
        yes = [str(p.year) for p in years if self.figure(code, p).number]
        known = [p for p in years if self.figure(code, p).number is not None]
        if not known:
            return self.missing(subject)
        if not yes:
            return Paragraph(
                f"{subject}: chưa thực hiện trong các năm {known[0].year}-{known[-1].year}."
            )
        if len(yes) == len(known) and len(yes) > 1:
            return Paragraph(f"{subject}: thực hiện hằng năm từ năm {yes[0]} đến năm {yes[-1]}.")
        return Paragraph(
            f"{subject}: thực hiện vào {'các năm' if len(yes) > 1 else 'năm'} {phrases.names(yes)}."
        )

    def levels(self, code: str, period: Period | None = None) -> tuple[float, float] | None:
        """A row reported by both the district offices and the communes, split by level:
        (district level, commune level), or None when there is no value."""
        figure = self.figure(code, period)
        if figure.number is None:
            return None
        communes = {u.id for u in self.config.communes}
        commune_part = sum(c.value for c in figure.contributions if c.unit in communes)
        return figure.number - commune_part, commune_part

    # ----- targets -----------------------------------------------------------------------------
    @property
    def targets(self) -> tuple[TargetResult, ...]:
        """Every target of the campaign (declared and from ``cchc.toml``) with its result."""
        if self._targets is None:
            self._targets = judge_targets(self.dataset)
        return self._targets

    def _target_percent(self, result: TargetResult) -> bool:
        target = result.target
        return target.is_percent or self.indicator(target.indicator[0]).measure is Measure.PERCENT

    def _target_number(self, result: TargetResult, value: float) -> str:
        return vnformat.percent(value) if self._target_percent(result) else vnformat.amount(value)

    def _target_value(self, result: TargetResult) -> str:
        """``88,0%``, ``8,3% (từ 120 xuống 110 người)``, or ``–``."""
        if result.value is None:
            return "–"
        text = self._target_number(result, result.value)
        return f"{text} ({result.detail})" if result.detail else text

    def targets_table(self, domains: Iterable[str] | None = None) -> Table | None:
        """The targets (of ``domains``, default all) with threshold, source, result and verdict."""
        wanted = set(domains) if domains is not None else None
        results = [r for r in self.targets if wanted is None or r.target.domain in wanted]
        if not results:
            return None
        rows = []
        for number, result in enumerate(results, start=1):
            target = result.target
            outcome = self._target_value(result)
            if result.when:
                outcome += f"\n{result.when}"
            verdict = result.verdict.value + (f" ({result.note})" if result.note else "")
            rows.append(
                (
                    str(number),
                    f"{target.label}: {target.wording(self._target_percent(result))}",
                    target.source,
                    outcome,
                    verdict,
                )
            )
        return Table(
            ("STT", "Mục tiêu", "Văn bản đặt mục tiêu", "Kết quả", "Đánh giá"),
            rows,
            title="Kết quả thực hiện các mục tiêu",
            numeric_from=3,
            kind="targets",
            codes=tuple(code for r in results for code in r.target.codes),
        )

    def _shortfall(self, result: TargetResult) -> str:
        target, value = result.target, result.value
        if value is None or target.operator not in (">", ">="):
            return ""
        gap = target.threshold - value
        if gap <= 0:
            return ""
        if target.reduction_since is not None or self._target_percent(result):
            return f", còn thiếu {vnformat.points(gap)}"
        return f", còn thiếu {vnformat.amount(gap)}"

    def target_sentence(self, result: TargetResult) -> Paragraph:
        """One target not met: ``Tỷ lệ …: mục tiêu từ 90% trở lên vào năm 2020 (Nghị quyết …);
        năm 2020 (đến 31/3) đạt 88,0%, còn thiếu 2,0 điểm phần trăm.``, with the units that hold
        it back."""
        target = result.target
        verb = (
            "giảm"
            if target.reduction_since is not None
            else ("đạt" if self._target_percent(result) else "là")
        )
        sentence = (
            f"{target.label}: mục tiêu {target.wording(self._target_percent(result))} "
            f"({target.source}); {result.when} {verb} {self._target_value(result)}"
            f"{self._shortfall(result)}"
        )
        if result.laggards:
            shown = [
                f"{name} ({self._target_number(result, value)})"
                for name, value in result.laggards[:8]
            ]
            more = f" và {len(result.laggards) - 8} đơn vị khác" if len(result.laggards) > 8 else ""
            sentence += f"; các đơn vị chưa đạt: {', '.join(shown)}{more}"
        return Paragraph(sentence + ".")

    def targets_assessment(self) -> tuple[Paragraph, ...]:
        """The overall assessment's sentences: how many targets are met, each target not met with
        its figure and the units that held it back, and the targets without enough data."""
        results = self.targets
        if not results:
            return ()
        met = [r for r in results if r.verdict is Verdict.MET]
        missed = [r for r in results if r.verdict is Verdict.NOT_MET]
        unknown = [r for r in results if r.verdict is Verdict.NO_DATA]
        summary = (
            f"Đối chiếu với {len(results)} mục tiêu của Chương trình và các kế hoạch CCHC đo được "
            f"bằng số liệu (bảng kết quả thực hiện các mục tiêu tại mục III.1): {len(met)} mục tiêu "
            f"đạt, {len(missed)} mục tiêu chưa đạt"
            + (f", {len(unknown)} mục tiêu chưa đủ số liệu để đánh giá" if unknown else "")
            + (". Các mục tiêu chưa đạt:" if missed else ".")
        )
        blocks = [Paragraph(summary), *(self.target_sentence(r) for r in missed)]
        if unknown:
            blocks.append(
                Paragraph(
                    "Chưa đủ số liệu để đánh giá: "
                    + "; ".join(phrases.lower_first(r.target.label) for r in unknown)
                    + "."
                )
            )
        return tuple(blocks)

    # ----- tables and charts -------------------------------------------------------------------
    def _cell(self, code: str, figure: Figure) -> str:
        if figure.value is None:
            return "–"
        if isinstance(figure.value, str):
            return figure.value
        indicator = self.indicator(code)
        if indicator.measure is Measure.FLAG and figure.denominator in (None, 1):
            return "Có" if figure.value else "Không"
        return vnformat.amount(figure.value, indicator.measure is Measure.PERCENT)

    def _row_label(self, code: str, *, over_years: bool = False) -> str:
        indicator = self.indicator(code)
        unit = self.unit_words(code, over_years=over_years)
        if indicator.measure in (Measure.PERCENT, Measure.FLAG, Measure.TEXT) or not unit:
            return indicator.subject
        return f"{indicator.subject} ({unit})"

    def _left_out_notes(self, figures: Iterable[Figure]) -> tuple[str, ...]:
        figures = list(figures)
        notes = []
        excluded = sorted({n for f in figures for n in f.excluded})
        if excluded:
            notes.append(
                f"Chưa tính số liệu của {', '.join(map(name_in_text, excluded))} do báo cáo có lỗi."
            )
        absent = sorted({n for f in figures for n in f.not_submitted})
        if absent:
            notes.append(f"Chưa nhận biểu thống kê của {', '.join(map(name_in_text, absent))}.")
        return tuple(notes)

    def table(self, codes: Sequence[str], *, title: str = "") -> Table:
        """A row per indicator, a column per period (the part-year last, labelled as such)."""
        periods = self.config.periods
        header = ("Chỉ tiêu", *(p.short_label for p in periods))
        rows = []
        for code in codes:
            rows.append(
                (self._row_label(code), *(self._cell(code, self.figure(code, p)) for p in periods))
            )
        notes = self._left_out_notes(self.figure(c, p) for c in codes for p in periods)
        return Table(header, rows, title=title, notes=notes, kind="years", codes=codes)

    def _merged_note(self, period: Period) -> tuple[str, ...]:
        return tuple(
            f"Số liệu của {u.in_text} {period.phrase} gồm số liệu của "
            f"{phrases.names([name_in_text(n) for n in u.merged_from])} "
            f"(sáp nhập từ ngày {vnformat.numeric_date(u.merged_on)})."
            for u in self.config.communes
            if u.is_merged and u.merged_on and period.end < u.merged_on
        )

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
        listed = self._lists_units()
        for unit in self.config.communes:
            if unit.id in self.dataset.invalid_units:
                row = (unit.name, *(["Có lỗi, chưa tính"] + [""] * (len(codes) - 1)))
            elif unit.id not in self.dataset.check.values:
                row = (unit.name, *(["Chưa nộp"] + [""] * (len(codes) - 1)))
            else:
                counted.append(unit.id)
                if not listed:
                    continue
                row = (unit.name, *(self._unit_cell(unit.id, code, period) for code in codes))
            if listed:
                rows.append(row)
        rows.append(
            (
                f"Cộng ({vnformat.number(len(counted))} đơn vị)",
                *(self._communes_total(counted, code, period) for code in codes),
            )
        )
        return Table(
            header,
            rows,
            title=title or f"Kết quả của từng {self.config.district.words.below} {period.phrase}",
            emphasis=(len(rows) - 1,),
            notes=(*self._merged_note(period), *self._unlisted_note()),
            kind="units",
            codes=codes,
        )

    def _lists_units(self) -> bool:
        """Whether a table has a row per commune: a district's 21 serve a reader, a country's
        11,000 (pages of rows, minutes of rendering) do not; ``[output] unit_sheets_max``."""
        return len(self.config.units) <= self.config.output.unit_sheets_max

    def _unlisted_note(self) -> tuple[str, ...]:
        if self._lists_units():
            return ()
        return (
            f"Không liệt kê từng đơn vị ({vnformat.number(len(self.config.communes))} đơn vị, "
            "nhiều hơn "
            f"{self.config.output.unit_sheets_max}): số liệu từng đơn vị xem bằng lệnh "
            "cchc explain.",
        )

    def units_phase_table(self, code: str, *, title: str = "") -> Table:
        """One indicator for each commune, phase by phase (the first from the earlier review where
        the district has it), so each commune's progress between phases is shown."""
        indicator = self.indicator(code)
        percent = indicator.measure is Measure.PERCENT
        phases = self.config.phases
        header = ["Đơn vị", *(phrases.upper_first(self.phase_when(p)) for p in phases)]
        if len(phases) > 1:
            header.append("Tăng, giảm (điểm %)" if percent else "Bình quân mỗi năm")
        rows = []
        earlier = self.dataset.check.earlier
        for unit in self.config.communes if self._lists_units() else ():
            values = [self.dataset.unit_phase(unit.id, code, p.key) for p in phases]
            cells = ["–" if v is None else vnformat.amount(v, percent) for v in values]
            if not self.dataset.is_valid(unit.id):
                state = "Có lỗi, chưa tính" if unit.id in self.dataset.invalid_units else "Chưa nộp"
                # the district's earlier review is its own figure: it stands without the unit's form
                cells = [
                    cell if earlier is not None and phase.key == earlier.phase else state
                    for cell, phase in zip(cells, phases, strict=True)
                ]
                rows.append((unit.name, *cells, *[""] * (len(header) - 1 - len(cells))))
                continue
            if len(phases) > 1:
                first, last = values[0], values[-1]
                if first is None or last is None:
                    cells.append("–")
                elif percent:
                    delta = round(last, 1) - round(first, 1)
                    cells.append(f"{'+' if delta >= 0 else '−'}{vnformat.number(abs(delta), 1)}")
                else:
                    averages = [
                        vnformat.amount(round(v / self.phase_years(p), 1))
                        for v, p in ((first, phases[0]), (last, phases[-1]))
                    ]
                    cells.append(" → ".join(averages))
            rows.append((unit.name, *cells))
        notes = list(self._merged_note(self.last))
        if earlier is not None:
            notes.append(f"Số liệu {self.phase_when(phases[0])} theo {earlier.source}.")
        notes.append("–: chưa có số liệu.")
        notes.extend(self._unlisted_note())
        return Table(
            tuple(header),
            rows,
            title=title
            or f"{indicator.subject} của từng {self.config.district.words.below} qua hai giai đoạn",
            notes=tuple(notes),
            kind="unit_phases",
            codes=(code,),
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
        return indicator.subject + (" (%)" if indicator.measure is Measure.PERCENT else "")

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
        """A row per indicator, a column per phase; how phase figures are made and where the
        first phase's come from are said once, under the table."""
        phases = self.config.phases
        header = (
            "Chỉ tiêu",
            "Đơn vị tính",
            *(phrases.upper_first(self.phase_when(p)) for p in phases),
        )
        rows = []
        for code in codes:
            indicator = self.indicator(code)
            unit = self.unit_words(code, over_years=True) or (
                "%" if indicator.measure is Measure.PERCENT else ""
            )
            cells = [self._cell(code, self.dataset.phase(code, p.key)) for p in phases]
            rows.append((indicator.subject, unit, *cells))
        notes = [
            "Số liệu giai đoạn: văn bản, hồ sơ, lượt người cộng dồn các năm; số cơ quan, đơn vị, "
            "biên chế lấy số cuối giai đoạn; tỷ lệ tính trên tổng số của các năm."
        ]
        earlier = self.dataset.check.earlier
        if earlier is not None:
            notes.append(f"Số liệu {self.phase_when(phases[0])} theo {earlier.source}.")
        notes.append("–: chưa có số liệu.")
        notes.extend(self._unlisted_note())
        return Table(
            header,
            rows,
            title=title,
            numeric_from=2,
            notes=tuple(notes),
            kind="phases",
            codes=codes,
        )

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
            name = names[index] if names else self.indicator(code).subject
            series.append(Series(name, values))
        percent = all(self.indicator(c).measure is Measure.PERCENT for c in codes)
        units = {self.unit_words(c) for c in codes}
        return Chart(
            title,
            tuple(str(p.year) for p in years),
            tuple(series),
            kind=kind,
            percent=percent,
            y_label="%" if percent else (units.pop() if len(units) == 1 else ""),
            source=f"Nguồn: tổng hợp từ báo cáo của các {self.config.district.words.offices}, "
            f"{self.config.district.councils_below}.",
        )
