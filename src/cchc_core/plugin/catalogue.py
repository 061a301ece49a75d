"""The catalogue: every plugin's declarations (domains, Phụ lục 1 rows, outline, rules, readers)
assembled into one consistent, ordered whole.

A declaration that contradicts another (a code used twice, a parent that does not exist, a rule on an
unknown indicator) is dropped and reported against the plugin that made it; the rest is kept.
"""

from __future__ import annotations

import difflib
import hashlib
from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import cached_property
from typing import Any

from attrs import frozen

from cchc_core.errors import UnknownIndicatorError
from cchc_core.model.collector import Collector
from cchc_core.model.domains import Domain
from cchc_core.model.headings import Heading
from cchc_core.model.indicators import Indicator, Measure, Section
from cchc_core.model.rules import Rule
from cchc_core.model.targets import Target
from cchc_core.model.units import Unit
from cchc_core.plugin.manager import CchcPluginManager, PluginFailure


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


_MESSAGE_FIELDS = {
    "left": 1,
    "right": 2,
    "period": "Năm 2019",
    "left_label": "a",
    "right_label": "b",
}


def _message_problem(rule: Rule) -> str | None:
    """What is wrong with a rule's message template, if anything (checked once, at assembly,
    so a typo cannot crash a check the day the rule is first broken)."""
    try:
        rule.message.format(**_MESSAGE_FIELDS)
    except (KeyError, IndexError, ValueError) as error:
        return f"câu thông báo dùng chỗ trống không có ({error}); chỉ được dùng " + ", ".join(
            "{" + name + "}" for name in _MESSAGE_FIELDS
        )
    return None


class _Assembler:
    """Collects declarations from the hooks and keeps the consistent ones."""

    def __init__(self, pm: CchcPluginManager) -> None:
        self.pm = pm
        self.origins: dict[str, str] = {}
        self.problems: list[PluginFailure] = []

    def problem(self, plugin: str, reason: str) -> None:
        failure = PluginFailure(
            plugin, self.pm.distribution_of(plugin), "khai báo danh mục", reason
        )
        self.problems.append(failure)
        self.pm.fail(failure)

    def gather(self, hook: str) -> list[tuple[str, Any]]:
        """Call a ``register``-style hook on every plugin; return (plugin, object) pairs."""
        items: list[tuple[str, Any]] = []
        caller = getattr(self.pm.hook, hook)
        for impl in reversed(caller.get_hookimpls()):
            found: list[Any] = []

            def register(*objects: Any, _found: list[Any] = found) -> None:
                _found.extend(objects)

            try:
                impl.function(**{name: register for name in impl.argnames})
            except Exception as exc:  # a plugin's bug must not stop the others
                self.problem(impl.plugin_name, f"{hook}: {type(exc).__name__}: {exc}")
                continue
            items.extend((impl.plugin_name, obj) for obj in found)
        return items

    def unique(self, kind: str, items: Iterable[tuple[str, Any]], key: str) -> list[Any]:
        kept = []
        for plugin, obj in items:
            name = getattr(obj, key)
            origin_key = f"{kind}:{name}"
            if origin_key in self.origins:
                self.problem(
                    plugin,
                    f"{kind} “{name}” đã được plugin {self.origins[origin_key]} khai báo; bỏ qua bản này",
                )
                continue
            self.origins[origin_key] = plugin
            kept.append(obj)
        return kept

    def typed(self, hook: str, expected: type | tuple[type, ...]) -> list[tuple[str, Any]]:
        result = []
        for plugin, obj in self.gather(hook):
            if isinstance(obj, expected):
                result.append((plugin, obj))
            else:
                self.problem(plugin, f"{hook}: đối tượng không hợp lệ {obj!r}")
        return result

    def drop(self, kind: str, name: str, reason: str) -> None:
        plugin = self.origins.pop(f"{kind}:{name}")
        self.problem(plugin, reason)

    def build(self) -> Catalogue:
        domains = self.unique("domain", self.typed("cchc_domains", Domain), "key")
        domain_keys = {d.key for d in domains}
        numbers: dict[str, str] = {}
        for domain in list(domains):
            if domain.report_number and domain.report_number in numbers:
                self.drop(
                    "domain",
                    domain.key,
                    f"báo cáo {domain.report_number} đã có chủ ({numbers[domain.report_number]})",
                )
                domains.remove(domain)
            elif domain.report_number:
                numbers[domain.report_number] = domain.key

        declared = self.typed("cchc_indicators", (Section, Indicator))
        sections = self.unique(
            "section", [(p, o) for p, o in declared if isinstance(o, Section)], "key"
        )
        section_keys = {s.key for s in sections}
        indicators = self.unique(
            "indicator", [(p, o) for p, o in declared if isinstance(o, Indicator)], "code"
        )
        indicators = self._consistent_indicators(indicators, section_keys, domain_keys)

        headings = self.unique("heading", self.typed("cchc_outline", Heading), "key")
        headings = self._consistent_headings(headings, domain_keys)

        codes = {i.code for i in indicators}
        rules = []
        for rule in self.unique("rule", self.typed("cchc_rules", Rule), "code"):
            unknown = [c for c in rule.codes if c not in codes]
            if unknown:
                self.drop("rule", rule.code, f"quy tắc {rule.code} dùng mã không có: {unknown}")
            elif (problem := _message_problem(rule)) is not None:
                self.drop("rule", rule.code, f"quy tắc {rule.code}: {problem}")
            else:
                rules.append(rule)

        collectors = self.unique("collector", self.typed("cchc_collectors", Collector), "name")

        targets = []
        for target in self.unique("target", self.typed("cchc_targets", Target), "key"):
            unknown = [c for c in target.codes if c not in codes]
            if unknown:
                self.drop(
                    "target", target.key, f"mục tiêu {target.key} dùng mã không có: {unknown}"
                )
            elif target.domain not in domain_keys:
                self.drop(
                    "target",
                    target.key,
                    f"mục tiêu {target.key}: lĩnh vực “{target.domain}” chưa được khai báo",
                )
            else:
                targets.append(target)

        section_order = {s.key: (s.order, s.key) for s in sections}
        indicators.sort(key=lambda i: (section_order[i.section], i.order))
        return Catalogue(
            domains=tuple(sorted(domains, key=lambda d: (d.order, d.key))),
            sections=tuple(sorted(sections, key=lambda s: section_order[s.key])),
            indicators=tuple(indicators),
            headings=tuple(headings),
            rules=tuple(rules),
            collectors=tuple(sorted(collectors, key=lambda c: (-c.priority, c.name))),
            origins=self.origins,
            problems=tuple(self.problems),
            targets=tuple(targets),
        )

    def _consistent_indicators(
        self, indicators: list[Indicator], sections: set[str], domains: set[str]
    ) -> list[Indicator]:
        by_code = {i.code: i for i in indicators}
        dropped: set[str] = set()
        for indicator in indicators:
            reason = None
            if indicator.section not in sections:
                reason = f"mục “{indicator.section}” chưa được khai báo"
            elif indicator.domain not in domains:
                reason = f"lĩnh vực “{indicator.domain}” chưa được khai báo"
            elif indicator.parent and indicator.parent not in by_code:
                reason = f"dòng cha “{indicator.parent}” không có"
            elif indicator.ratio:
                for code in (indicator.ratio.numerator, indicator.ratio.denominator):
                    other = by_code.get(code)
                    if other is None or other.measure is not Measure.COUNT:
                        reason = f"tỷ lệ dùng “{code}” không phải một chỉ tiêu đếm"
            if reason:
                dropped.add(indicator.code)
                self.drop("indicator", indicator.code, f"chỉ tiêu {indicator.code}: {reason}")
        # a row whose parent was dropped goes too, so the tree stays whole
        changed = True
        while changed:
            changed = False
            for indicator in indicators:
                if indicator.code not in dropped and indicator.parent in dropped:
                    dropped.add(indicator.code)
                    self.drop(
                        "indicator",
                        indicator.code,
                        f"chỉ tiêu {indicator.code}: dòng cha đã bị loại",
                    )
                    changed = True
        return [i for i in indicators if i.code not in dropped]

    def _consistent_headings(self, headings: list[Heading], domains: set[str]) -> list[Heading]:
        """Keep headings whose domain exists and whose parent is kept (so a heading under a
        dropped one goes too), in their original order."""
        kept: set[str] = set()
        remaining = []
        for heading in headings:
            if heading.domain in domains:
                remaining.append(heading)
            else:
                self.drop(
                    "heading",
                    heading.key,
                    f"đề mục {heading.key}: lĩnh vực “{heading.domain}” chưa được khai báo",
                )
        progress = True
        while progress:
            progress = False
            for heading in list(remaining):
                if heading.parent is None or heading.parent in kept:
                    kept.add(heading.key)
                    remaining.remove(heading)
                    progress = True
        for heading in remaining:
            self.drop(
                "heading",
                heading.key,
                f"đề mục {heading.key}: đề mục cha “{heading.parent}” không có",
            )
        return [h for h in headings if h.key in kept]


def build(pm: CchcPluginManager) -> Catalogue:
    """Assemble the catalogue from every registered plugin's declarations."""
    return _Assembler(pm).build()
