"""Task 4: the evidence the emulation council weighs, and the consolidated nominations.

The ranking follows the method ``cchc.toml`` declares (``[[commendations.criteria]]``): each
criterion has a source, a maximum of points and a way to turn a value into points. Nothing here
weighs anything on its own: the code only applies that method, and :func:`method_lines` prints it in
words for the council. A unit's total is brought to a scale of 100 over the criteria that apply to
it (an office that has no dossier rate is not penalised for it); equal totals share a rank.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from attrs import frozen

from cchc_core.check.config_refs import LEFT_OUT, has_values
from cchc_core.check.nominations import identity
from cchc_core.config import CampaignConfig, Criterion
from cchc_core.figures.aggregate import Dataset
from cchc_core.figures.conferences import ConferenceState
from cchc_core.figures.status import State, StatusReport, UnitStatus
from cchc_core.model.indicators import Measure
from cchc_core.model.nominations import Nomination, NomineeKind
from cchc_core.model.tasks import Tracking
from cchc_core.model.units import Unit
from cchc_core.util import vnformat
from cchc_core.util.text import name_in_text


@frozen
class Score:
    """One unit on one criterion: the value (``None`` when there is none), how it reads, and the
    points it earns (``None`` when the criterion does not apply to the unit)."""

    value: float | None
    shown: str
    points: float | None


@frozen
class RankedUnit:
    """A unit's scores, its total brought to 100 (None when no criterion applies) and its rank."""

    unit: str
    unit_name: str
    scores: tuple[Score, ...]
    earned: float
    possible: float
    total: float | None
    rank: int | None


@frozen
class Ranking:
    """The ranking of one group (communes or offices) under its criteria."""

    group: str
    criteria: tuple[Criterion, ...]
    units: tuple[RankedUnit, ...]
    left_out: tuple[Criterion, ...] = ()
    #: ``UBND các xã, thị trấn``, ``các cơ quan, đơn vị …`` (as written mid-sentence)
    title: str = ""

    @property
    def heading(self) -> str:
        """The title as a heading starts it: ``Các cơ quan, đơn vị …``."""
        return self.title[0].upper() + self.title[1:]


class _Values:
    """The value of each source for one unit, from the dataset and the status."""

    def __init__(self, dataset: Dataset, status: StatusReport) -> None:
        self.dataset = dataset
        self.status = status
        self.conferences = {c.unit: c for c in status.conferences}

    def of(self, criterion: Criterion, unit: Unit) -> tuple[float | None, str] | None:
        """(value, how it reads), or None when the criterion does not apply to ``unit``."""
        return getattr(self, f"_{criterion.source}")(criterion, unit)

    def _indicator(self, criterion: Criterion, unit: Unit) -> tuple[float | None, str] | None:
        dataset = self.dataset
        indicator = dataset.catalogue.indicator(criterion.indicator or "")
        ratio = indicator.ratio
        asked = (ratio.numerator, ratio.denominator) if ratio else (indicator.code,)
        if not all(dataset.catalogue.reports(dataset.catalogue.indicator(c), unit) for c in asked):
            return None
        if unit.id in dataset.invalid_units:
            return None, "Có lỗi số liệu"
        if unit.id not in dataset.check.values:
            return None, "Chưa nộp"
        period = criterion.period or ""
        values = [dataset.unit_value(unit.id, code, period) for code in asked]
        if any(v is None or isinstance(v.value, str) for v in values):
            return None, "Chưa có số liệu"
        numbers = [float(v.value) for v in values if v is not None]
        if ratio is not None:
            if not numbers[1]:
                return None, "Không phát sinh"
            value = numbers[0] / numbers[1] * ratio.scale
        else:
            value = numbers[0]
        return value, vnformat.amount(value, indicator.measure is Measure.PERCENT or bool(ratio))

    @functools.cached_property
    def _form_rows(self) -> dict[str, list[UnitStatus]]:
        """Each unit's status rows of the tasks tracked by forms, gathered once (scanning every
        row for each unit made ranking 11,000 units quadratic)."""
        forms_tasks = {t.id for t in self.status.tasks if t.tracking is Tracking.FORMS}
        found: dict[str, list[UnitStatus]] = {}
        for row in self.status.rows:
            if row.task in forms_tasks:
                found.setdefault(row.unit, []).append(row)
        return found

    def _on_time(self, criterion: Criterion, unit: Unit) -> tuple[float | None, str] | None:
        rows = self._form_rows.get(unit.id, [])
        if not rows:
            return None
        on_time = all(r.state is State.ON_TIME for r in rows)
        return (1.0 if on_time else 0.0), "; ".join(r.label for r in rows)

    def _no_errors(self, criterion: Criterion, unit: Unit) -> tuple[float | None, str] | None:
        if not self.dataset.catalogue.rows_for(unit):
            return None
        if unit.id not in self.dataset.check.values:
            return 0.0, "Chưa nộp"
        if unit.id in self.dataset.invalid_units:
            return 0.0, "Có lỗi"
        return 1.0, "Không có lỗi"

    def _conference(self, criterion: Criterion, unit: Unit) -> tuple[float | None, str] | None:
        conference = self.conferences.get(unit.id)
        if conference is None:
            return None
        held = conference.state is ConferenceState.ON_TIME
        if conference.held_on is None:
            return 0.0, conference.state.label
        day = vnformat.short_date(conference.held_on)
        return (1.0 if held else 0.0), day if held else f"Sau hạn: {day}"


def _points(criterion: Criterion, value: float | None, best: float | None) -> float:
    if value is None:
        return 0.0
    if criterion.scoring == "percent":
        return criterion.points * min(max(value, 0.0), 100.0) / 100
    if criterion.scoring == "relative":
        return criterion.points * value / best if best else 0.0
    if criterion.scoring == "at_least":
        return criterion.points if value >= (criterion.threshold or 0) else 0.0
    return criterion.points if value else 0.0  # yes_no


def _ranks(totals: Sequence[float | None]) -> list[int | None]:
    """Competition ranks (1, 1, 3 …) of the totals, highest first; None stays unranked."""
    ranked = sorted((t for t in totals if t is not None), reverse=True)
    first: dict[float, int] = {}  # the rank of a total: 1 + how many are higher, in one pass
    for position, total in enumerate(ranked, start=1):
        first.setdefault(total, position)
    return [None if total is None else first[total] for total in totals]


def rank_group(
    group: str, units: Sequence[Unit], dataset: Dataset, status: StatusReport
) -> Ranking | None:
    """The ranking of ``units`` under the criteria of ``group``; None when it has none."""
    settings = dataset.config.commendations
    declared = tuple(c for c in settings.criteria if group in c.groups) if settings else ()
    # a criterion on an indicator no installed plugin declares is left out, and said so
    criteria = tuple(
        c for c in declared if c.indicator is None or has_values(dataset.catalogue, c.indicator)
    )
    left_out = tuple(c for c in declared if c not in criteria)
    if not criteria or not units:
        return None
    values = _Values(dataset, status)
    found = {(c, u.id): values.of(c, u) for c in criteria for u in units}
    best = {
        c: max((v[0] for u in units if (v := found[(c, u.id)]) and v[0] is not None), default=None)
        for c in criteria
    }
    rows = []
    for unit in units:
        scores = []
        for criterion in criteria:
            value = found[(criterion, unit.id)]
            if value is None:
                scores.append(Score(None, "Không áp dụng", None))
                continue
            points = round(_points(criterion, value[0], best[criterion]), 1)
            scores.append(Score(value[0], value[1], points))
        applying = [(c, s) for c, s in zip(criteria, scores, strict=True) if s.points is not None]
        earned = round(sum(s.points or 0.0 for _, s in applying), 1)
        possible = sum(c.points for c, _ in applying)
        total = round(earned / possible * 100, 1) if possible else None
        rows.append((unit, tuple(scores), earned, possible, total))
    ranks = _ranks([row[4] for row in rows])
    ranked = [
        RankedUnit(unit.id, unit.name, scores, earned, possible, total, rank)
        for (unit, scores, earned, possible, total), rank in zip(rows, ranks, strict=True)
    ]
    ranked.sort(key=lambda r: (r.rank is None, r.rank or 0))
    district = dataset.config.district
    title = district.councils_below if group == "communes" else district.own_offices
    return Ranking(group, criteria, tuple(ranked), left_out, title)


def rankings(dataset: Dataset, status: StatusReport) -> tuple[Ranking, ...]:
    """The communes' and the offices' rankings (each only when it has criteria)."""
    config = dataset.config
    found = (
        rank_group("communes", config.communes, dataset, status),
        rank_group("offices", config.offices, dataset, status),
    )
    return tuple(r for r in found if r is not None)


def _scoring_words(criterion: Criterion) -> str:
    points = vnformat.amount(criterion.points)
    return {
        "percent": f"điểm = {points} × giá trị (%) / 100",
        "relative": f"điểm = {points} × giá trị của đơn vị / giá trị cao nhất trong nhóm",
        "yes_no": f"đạt: {points} điểm; không đạt: 0 điểm",
        "at_least": (
            f"từ {vnformat.amount(criterion.threshold or 0)} trở lên: {points} điểm; "
            "thấp hơn: 0 điểm"
        ),
    }[criterion.scoring]


def criterion_words(criterion: Criterion, dataset: Dataset) -> str:
    """``Tỷ lệ hồ sơ … năm 2019 (tối đa 40 điểm; nguồn: …; điểm = 40 × giá trị (%) / 100)``."""
    sources = {
        "on_time": "tình hình nộp báo cáo tổng kết",
        "no_errors": "kết quả kiểm tra biểu thống kê",
        "conference": "ngày tổ chức hội nghị đơn vị ghi trong báo cáo",
    }
    if criterion.source == "indicator":
        indicator = dataset.catalogue.indicator(criterion.indicator or "")
        source = f"chỉ tiêu “{indicator.subject}” của Phụ lục 1"
    else:
        source = sources[criterion.source]
    return (
        f"{criterion.label} (tối đa {vnformat.amount(criterion.points)} điểm; nguồn: {source}; "
        f"{_scoring_words(criterion)})"
    )


def method_lines(ranking: Ranking, dataset: Dataset) -> list[str]:
    """The ranking method of one group in words, as the council reads it."""
    lines = [
        f"Tiêu chí {number}: {criterion_words(criterion, dataset)}."
        for number, criterion in enumerate(ranking.criteria, start=1)
    ]
    lines.extend(
        f"Tiêu chí “{criterion.label}” không được tính: không có chỉ tiêu mã "
        f"“{criterion.indicator}” ({LEFT_OUT})."
        for criterion in ranking.left_out
    )
    lines.append(
        "Tổng điểm của mỗi đơn vị được quy về thang điểm 100 theo tổng điểm tối đa của các tiêu "
        "chí áp dụng cho đơn vị đó; đơn vị bằng điểm được xếp đồng hạng. Đơn vị có lỗi số liệu, "
        "chưa nộp hoặc chưa có số liệu ở một tiêu chí được 0 điểm ở tiêu chí đó."
    )
    return lines


def nominations_by_form(
    config: CampaignConfig, nominations: Sequence[Nomination]
) -> list[tuple[str, list[Nomination], list[Nomination]]]:
    """The nominations grouped by form of commendation (in ``cchc.toml``'s order), each group
    split into collectives and individuals; forms nobody was proposed for are left out."""
    forms = config.commendations.forms if config.commendations else ()
    grouped = []
    for form in forms:
        chosen = [n for n in nominations if n.form == form]
        if chosen:
            grouped.append(
                (
                    form,
                    [n for n in chosen if n.kind is NomineeKind.COLLECTIVE],
                    [n for n in chosen if n.kind is NomineeKind.INDIVIDUAL],
                )
            )
    return grouped


def also_proposed_by(nomination: Nomination, nominations: Sequence[Nomination]) -> str:
    """``Cũng được Phòng Nội vụ đề nghị (Bằng khen …)`` when another row names the same person or
    collective, else ``""``."""
    others = [n for n in nominations if n is not nomination and identity(n) == identity(nomination)]
    if not others:
        return ""
    return "Cũng được đề nghị bởi " + "; ".join(
        f"{name_in_text(n.unit_name)} ({n.form})" for n in others
    )
