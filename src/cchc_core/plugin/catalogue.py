"""The catalogue: every plugin's declarations (domains, Phụ lục 1 rows, outline, rules, readers)
assembled into one consistent, ordered whole.

A declaration that contradicts another (a code used twice, a parent that does not exist, a rule on an
unknown indicator) is dropped and reported against the plugin that made it; the rest is kept.
"""

from __future__ import annotations

import difflib
import hashlib
from collections import defaultdict
from collections.abc import Collection, Iterator, Mapping
from functools import cached_property
from types import MappingProxyType

from attrs import frozen

from cchc_core.errors import UnknownIndicatorError
from cchc_core.model.collector import Collector
from cchc_core.model.domains import Domain
from cchc_core.model.headings import Heading
from cchc_core.model.indicators import Indicator, Section
from cchc_core.model.rules import Rule
from cchc_core.model.targets import Target
from cchc_core.model.units import Unit
from cchc_core.plugin.manager import CchcPluginManager, PluginFailure
from cchc_core.util.text import match_key


@frozen
class Catalogue:
    """Everything the plugins declared, checked and ordered. Immutable; build with :func:`build`.

    ``origins`` maps ``"<kind>:<key>"`` (e.g. ``"indicator:tc_vbqppl_tong"``) to the plugin that
    declared it; ``version`` identifies the statistics catalogue a form was made from.
    """

    domains: tuple[Domain, ...]
    sections: tuple[Section, ...]
    indicators: tuple[Indicator, ...]
    headings: tuple[Heading, ...]
    rules: tuple[Rule, ...]
    collectors: tuple[Collector, ...]
    origins: dict[str, str]
    problems: tuple[PluginFailure, ...] = ()
    targets: tuple[Target, ...] = ()
    #: codes of plugins set aside in this run (their failure says why they are missing)
    withheld: frozenset[str] = frozenset()

    # ----- lookups -------------------------------------------------------------------------------
    @cached_property
    def _indicator_index(self) -> dict[str, Indicator]:
        return {i.code: i for i in self.indicators}

    @cached_property
    def _children(self) -> dict[str | None, list[Indicator]]:
        result: dict[str | None, list[Indicator]] = defaultdict(list)
        for indicator in self.indicators:
            result[indicator.parent].append(indicator)
        return result

    @cached_property
    def _heading_index(self) -> dict[str, Heading]:
        return {h.key: h for h in self.headings}

    @cached_property
    def _heading_children(self) -> dict[str | None, list[Heading]]:
        result: dict[str | None, list[Heading]] = defaultdict(list)
        for heading in self.headings:
            result[heading.parent].append(heading)
        for siblings in result.values():
            siblings.sort(key=lambda h: h.order)
        return result

    def has_indicator(self, code: str) -> bool:
        """True when ``code`` is a known indicator."""
        return code in self._indicator_index

    def indicator(self, code: str) -> Indicator:
        """The indicator with this code; a Vietnamese error with close matches otherwise."""
        try:
            return self._indicator_index[code]
        except KeyError:
            close = difflib.get_close_matches(code, self._indicator_index, n=3)
            hint = (
                f"Có phải là: {', '.join(close)}?" if close else "Xem danh sách mã trong Phụ lục 1."
            )
            raise UnknownIndicatorError(
                f"Không có chỉ tiêu mã “{code}”.", hint=hint, details={"indicator": code}
            ) from None

    def children(self, code: str) -> tuple[Indicator, ...]:
        """The rows directly under a row, in order."""
        return tuple(self._children.get(code, ()))

    def section(self, key: str) -> Section:
        """The section with this key."""
        return next(s for s in self.sections if s.key == key)

    def section_rows(self, key: str) -> tuple[Indicator, ...]:
        """A section's rows in print order."""
        return tuple(i for i in self.indicators if i.section == key)

    def domain(self, key: str) -> Domain:
        """The domain with this key."""
        return next(d for d in self.domains if d.key == key)

    def domain_indicators(self, key: str) -> tuple[Indicator, ...]:
        """The rows that belong to a domain, in print order."""
        return tuple(i for i in self.indicators if i.domain == key)

    def heading(self, key: str) -> Heading:
        """The outline heading with this key."""
        return self._heading_index[key]

    @cached_property
    def _headings_by_title(self) -> dict[str, list[Heading]]:
        result: dict[str, list[Heading]] = defaultdict(list)
        for heading in self.headings:
            for title in {heading.title, heading.district_title} - {""}:
                result[match_key(title)].append(heading)
        return result

    def headings_titled(self, key: str) -> tuple[Heading, ...]:
        """The headings whose title (a unit's or the district's wording) has the match key ``key``
        (:func:`~cchc_core.util.text.match_key`), in outline order."""
        return tuple(self._headings_by_title.get(key, ()))

    def has_heading(self, key: str) -> bool:
        """True when ``key`` is a heading of the outline."""
        return key in self._heading_index

    def heading_children(self, key: str | None) -> tuple[Heading, ...]:
        """The headings directly under ``key`` (``None``: the parts), in order."""
        return tuple(self._heading_children.get(key, ()))

    def walk_outline(self, key: str | None = None) -> Iterator[tuple[Heading, int]]:
        """Headings depth first from ``key`` (``None``: the whole outline), with their depth."""
        stack = [(h, 0) for h in reversed(self.heading_children(key))]
        while stack:
            heading, depth = stack.pop()
            yield heading, depth
            stack.extend(
                (child, depth + 1) for child in reversed(self.heading_children(heading.key))
            )

    def heading_label(self, key: str) -> str:
        """A heading's full number, e.g. ``II.2.1.a`` (Part 2 prefixed ``Phần thứ hai,``)."""
        chain = []
        heading: Heading | None = self.heading(key)
        while heading is not None:
            chain.append(heading)
            heading = self.heading(heading.parent) if heading.parent else None
        chain.reverse()
        tokens: list[str] = []
        for item in chain[1:]:
            number = item.number.rstrip(".)")
            if tokens and number.startswith(tokens[-1] + "."):
                tokens[-1] = number
            elif number:
                tokens.append(number)
        label = ".".join(tokens)
        if chain and chain[0].order > 1:
            label = f"{chain[0].number}, {label}"
        return label

    def reports(self, indicator: Indicator, unit: Unit) -> bool:
        """Whether ``unit`` fills this row (an input row it is named as a reporter of)."""
        return indicator.is_input and self.counts(indicator, unit)

    def counts(self, indicator: Indicator, unit: Unit) -> bool:
        """Whether ``unit``'s figures are part of this row's total: the offices and communes it
        names, and every district of a province (a district answers with all its totals)."""
        if unit.is_rollup:
            return True
        if unit.is_commune_level:
            return indicator.reporters.communes
        return unit.id in indicator.reporters.offices

    @staticmethod
    def _form_key(unit: Unit) -> str:
        """Units with the same rows: every district, every commune-level unit, each office."""
        if unit.is_rollup:
            return ":district"
        return ":communes" if unit.is_commune_level else unit.id

    @cached_property
    def _rows_by_form(self) -> dict[str, tuple[Indicator, ...]]:
        return {}

    def rows_for(self, unit: Unit) -> tuple[Indicator, ...]:
        """The rows a unit's form holds: the rows it fills, plus the headings and derived rows above
        or beside them that give those rows their meaning, in print order. Computed once per kind
        of form (11,000 communes have one)."""
        key = self._form_key(unit)
        if key not in self._rows_by_form:
            self._rows_by_form[key] = self._rows_for(unit)
        return self._rows_by_form[key]

    def reported_rows(self, unit: Unit) -> tuple[Indicator, ...]:
        """The rows ``unit`` fills in, in print order."""
        key = "reported" + self._form_key(unit)
        if key not in self._rows_by_form:
            self._rows_by_form[key] = tuple(i for i in self.rows_for(unit) if self.reports(i, unit))
        return self._rows_by_form[key]

    def reported_codes(self, unit: Unit) -> frozenset[str]:
        """The codes of :meth:`reported_rows`, for membership tests."""
        key = self._form_key(unit)
        if key not in self._codes_by_form:
            self._codes_by_form[key] = frozenset(i.code for i in self.reported_rows(unit))
        return self._codes_by_form[key]

    @cached_property
    def _codes_by_form(self) -> dict[str, frozenset[str]]:
        return {}

    def reported_sections(self, unit: Unit) -> Mapping[str, frozenset[str]]:
        """The codes of :meth:`reported_rows` by section (a sheet of the form), sections in
        order of their keys: what a form reader looks for on each sheet. Read-only."""
        key = self._form_key(unit)
        if key not in self._sections_by_form:
            sections: dict[str, set[str]] = {}
            for indicator in self.reported_rows(unit):
                sections.setdefault(indicator.section, set()).add(indicator.code)
            self._sections_by_form[key] = MappingProxyType(
                {section: frozenset(sections[section]) for section in sorted(sections)}
            )
        return self._sections_by_form[key]

    @cached_property
    def _sections_by_form(self) -> dict[str, Mapping[str, frozenset[str]]]:
        return {}

    def _rows_for(self, unit: Unit) -> tuple[Indicator, ...]:
        wanted = {i.code for i in self.indicators if self.reports(i, unit)}
        for indicator in self.indicators:
            if indicator.code in wanted:
                parent = indicator.parent
                while parent:
                    wanted.add(parent)
                    parent = self._indicator_index[parent].parent
        return tuple(i for i in self.indicators if i.code in wanted)

    @cached_property
    def version(self) -> str:
        """A short fingerprint of what a form's layout depends on (codes, measures, reporters).

        Labels are left out on purpose: correcting a typo in a label does not invalidate forms units
        are already filling in.
        """
        digest = hashlib.sha256()
        for i in self.indicators:
            measure = i.measure.value if i.measure else "-"
            reporters = ",".join(i.reporters.offices) + ("+xa" if i.reporters.communes else "")
            digest.update(f"{i.code}|{i.section}|{i.parent}|{measure}|{reporters}\n".encode())
        return digest.hexdigest()[:10]

    def section_version(self, section: str) -> str:
        """The fingerprint of one section's rows: a form's sheet stays valid while it is the same,
        whatever other plugins add or change elsewhere."""
        digest = hashlib.sha256()
        for i in self.indicators:
            if i.section == section:
                measure = i.measure.value if i.measure else "-"
                reporters = ",".join(i.reporters.offices) + ("+xa" if i.reporters.communes else "")
                digest.update(f"{i.code}|{i.section}|{i.parent}|{measure}|{reporters}\n".encode())
        return digest.hexdigest()[:10]

    @cached_property
    def outline_version(self) -> str:
        """A short fingerprint of the outline's headings."""
        digest = hashlib.sha256()
        for heading, _ in self.walk_outline():
            digest.update(f"{heading.key}\n".encode())
        return digest.hexdigest()[:10]

    def contributions(self, plugin: str) -> dict[str, list[str]]:
        """What one plugin declared, by kind: ``{"indicator": [...codes], "domain": [...]}``."""
        result: dict[str, list[str]] = defaultdict(list)
        for key, owner in self.origins.items():
            if owner == plugin:
                kind, _, name = key.partition(":")
                result[kind].append(name)
        return dict(result)


def build(
    pm: CchcPluginManager,
    units: Collection[str] | None = None,
    established: Collection[str] = (),
) -> Catalogue:
    """Assemble the catalogue from every registered plugin's declarations.

    :param units: the unit ids of the campaign, to check the offices plugins name (None: not
        checked, as in ``cchc plugins``).
    :param established: the plugins the campaign's forms were made with: in a conflict with a
        newcomer, they stay (see :mod:`cchc_core.plugin.assembly`).

    Plugins whose declarations are wrong or conflict are set aside (unregistered from ``pm``) and
    recorded in ``pm.failures``.
    """
    from cchc_core.plugin.assembly import Judge, origins

    judge = Judge(pm, units, established)
    kept = list(judge.judge().values())
    sections = [s for d in kept for s in d.sections]
    section_order = {s.key: (s.order, s.key) for s in sections}
    indicators = sorted(
        (i for d in kept for i in d.indicators), key=lambda i: (section_order[i.section], i.order)
    )
    declared_order = [h for d in kept for h in d.headings]
    return Catalogue(
        domains=tuple(sorted((x for d in kept for x in d.domains), key=lambda x: (x.order, x.key))),
        sections=tuple(sorted(sections, key=lambda s: section_order[s.key])),
        indicators=tuple(indicators),
        headings=tuple(declared_order),
        rules=tuple(r for d in kept for r in d.rules),
        collectors=tuple(
            sorted((c for d in kept for c in d.collectors), key=lambda c: (-c.priority, c.name))
        ),
        origins=origins(kept),
        problems=tuple(f for f in pm.failures if f.stage == "khai báo danh mục"),
        withheld=judge.withheld_codes(),
        targets=tuple(t for d in kept for t in d.targets),
    )
