"""Assembling the catalogue from the plugins' declarations, and judging them fairly.

A plugin's mistakes are its own: a declaration hook that raises, an object of the wrong kind, a
name declared twice by the same plugin, a row in a section nobody declared, a rule on an unknown
code, an owner office the campaign does not have. Such a plugin is set aside whole (no half
plugin reaches a report), named with the reason and, where it can be found, the file and line;
every other plugin is used.

Two plugins claiming the same thing (a report number, a section, a heading, an outline number, a
code) are judged without regard to the order they were loaded in:

- the core's own parts always stay; a plugin claiming one of them is set aside;
- in a campaign whose forms were made with one of the two (recorded by ``cchc forms``), that one
  stays and the newcomer is set aside;
- otherwise both are set aside, each named beside the other, until one is removed or disabled.

Setting a plugin aside can leave another one pointing at what it declared (a row in its section);
the judging repeats until nothing changes, so nothing downstream meets a missing part.
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from collections.abc import Collection, Iterable
from typing import Any

from attrs import Factory, define

from cchc_core.model.collector import Collector
from cchc_core.model.domains import Domain
from cchc_core.model.headings import Heading
from cchc_core.model.indicators import Indicator, Measure, Section
from cchc_core.model.rules import Rule
from cchc_core.model.targets import Target
from cchc_core.plugin.diagnose import locate, raised
from cchc_core.plugin.manager import DISABLE_ENV, CchcPluginManager, PluginFailure

STAGE = "khai báo danh mục"

#: each declaration hook and the kinds of object its ``register`` takes
HOOKS: dict[str, tuple[type, ...]] = {
    "cchc_domains": (Domain,),
    "cchc_indicators": (Section, Indicator),
    "cchc_outline": (Heading,),
    "cchc_rules": (Rule,),
    "cchc_targets": (Target,),
    "cchc_collectors": (Collector,),
}

_MESSAGE_FIELDS = {
    "left": 1,
    "right": 2,
    "period": "Năm 2019",
    "left_label": "a",
    "right_label": "b",
}


@define
class Declared:
    """Everything one plugin declared."""

    plugin: str
    domains: list[Domain] = Factory(list)
    sections: list[Section] = Factory(list)
    indicators: list[Indicator] = Factory(list)
    headings: list[Heading] = Factory(list)
    rules: list[Rule] = Factory(list)
    targets: list[Target] = Factory(list)
    collectors: list[Collector] = Factory(list)

    def add(self, obj: Any) -> None:
        """File one declared object under its kind."""
        kinds = {
            Domain: self.domains,
            Section: self.sections,
            Indicator: self.indicators,
            Heading: self.headings,
            Rule: self.rules,
            Target: self.targets,
            Collector: self.collectors,
        }
        kinds[type(obj)].append(obj)

    def claims(self) -> list[tuple[str, str]]:
        """What this plugin claims for itself: (kind, what), in Vietnamese, one per name."""
        found = [("lĩnh vực", d.key) for d in self.domains]
        found += [("báo cáo", d.report_number) for d in self.domains if d.report_number]
        found += [("mục Phụ lục 1", s.key) for s in self.sections]
        found += [("mã chỉ tiêu", i.code) for i in self.indicators]
        found += [("đề mục", h.key) for h in self.headings]
        found += [
            ("số đề mục", f"{h.number.rstrip('.')} dưới {h.parent}")
            for h in self.headings
            if h.number and h.parent
        ]
        found += [("quy tắc", r.code) for r in self.rules]
        found += [("mục tiêu", t.key) for t in self.targets]
        found += [("bộ đọc tệp", c.name) for c in self.collectors]
        return found


def _message_problem(rule: Rule) -> str | None:
    """What is wrong with a rule's message template, if anything (checked once, at assembly, so a
    typo cannot crash a check the day the rule is first broken)."""
    try:
        rule.message.format(**_MESSAGE_FIELDS)
    except (KeyError, IndexError, ValueError) as error:
        return f"câu thông báo dùng chỗ trống không có ({error}); chỉ được dùng " + ", ".join(
            "{" + name + "}" for name in _MESSAGE_FIELDS
        )
    return None


class Judge:
    """Gathers every plugin's declarations and decides which plugins the catalogue is made of."""

    def __init__(
        self,
        pm: CchcPluginManager,
        units: Collection[str] | None = None,
        established: Collection[str] = (),
    ) -> None:
        self.pm = pm
        self.units = units
        self.established = set(established)
        self.declared: dict[str, Declared] = {}
        self.reasons: dict[str, list[str]] = defaultdict(list)

    # ----- gathering ------------------------------------------------------------------------------
    def gather(self) -> None:
        """Call every declaration hook of every plugin; a hook that raises or registers the wrong
        kind of object is that plugin's mistake."""
        for hook, kinds in HOOKS.items():
            for impl in getattr(self.pm.hook, hook).get_hookimpls():
                plugin = impl.plugin_name
                declared = self.declared.setdefault(plugin, Declared(plugin))
                found: list[Any] = []

                def register(*objects: Any, _found: list[Any] = found) -> None:
                    _found.extend(objects)

                try:
                    impl.function(**{name: register for name in impl.argnames})
                except Exception as error:  # a plugin's bug must not stop the others
                    self.reasons[plugin].append(f"{hook} lỗi: {raised(error)}")
                    continue
                for obj in found:
                    if isinstance(obj, kinds):
                        declared.add(obj)
                    else:
                        names = " hoặc ".join(k.__name__ for k in kinds)
                        self.reasons[plugin].append(
                            f"{hook} nhận {type(obj).__name__} ({obj!r:.60}), chỉ nhận {names}"
                        )

    # ----- judging ------------------------------------------------------------------------------
    def active(self) -> dict[str, Declared]:
        """The plugins still in the catalogue."""
        return {p: d for p, d in sorted(self.declared.items()) if p not in self.reasons}

    def set_aside(self, plugin: str, reason: str) -> None:
        """Leave ``plugin`` out, for ``reason``."""
        if reason not in self.reasons[plugin]:
            self.reasons[plugin].append(reason)

    def own_mistakes(self) -> None:
        """Names a plugin declares twice, and owner offices the campaign lacks."""
        for plugin, declared in self.active().items():
            counted: dict[tuple[str, str], int] = defaultdict(int)
            for claim in declared.claims():
                counted[claim] += 1
            twice = [f"{kind} “{name}”" for (kind, name), n in counted.items() if n > 1]
            if twice:
                self.set_aside(plugin, "khai báo hai lần: " + ", ".join(twice))
            if self.units is not None and not self.pm.is_builtin(plugin):
                # the core's own rows name the usual offices; a campaign without one of them just
                # has fewer reporters
                self._offices(plugin, declared)

    def _offices(self, plugin: str, declared: Declared) -> None:
        assert self.units is not None
        named = [(d.owner, f"phòng chủ trì báo cáo “{d.title}”") for d in declared.domains]
        named += [
            (office, f"đơn vị báo cáo chỉ tiêu {i.code}")
            for i in declared.indicators
            for office in i.reporters.offices
        ]
        for office, role in named:
            if office in self.units:
                continue
            close = difflib.get_close_matches(office, list(self.units), n=1)
            guess = f" (có phải là “{close[0]}”?)" if close else ""
            place = locate(self.pm.package_of(plugin), office)
            at = f"; khai báo tại {place}" if place else ""
            self.set_aside(
                plugin,
                f"không có đơn vị id = “{office}” trong cchc.toml{guess}: {role}{at}. Sửa id trong "
                "plugin, hoặc thêm đơn vị này vào [[units]] của cchc.toml",
            )
            return

    def conflicts(self) -> bool:
        """Judge claims made by more than one active plugin; True when someone was set aside."""
        owners: dict[tuple[str, str], list[str]] = defaultdict(list)
        for plugin, declared in self.active().items():
            for claim in dict.fromkeys(declared.claims()):
                owners[claim].append(plugin)
        contested: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        for (kind, name), plugins in owners.items():
            if len(plugins) < 2:
                continue
            for loser in self._losers(plugins):
                for other in plugins:
                    if other != loser:
                        contested[loser][other].append(f"{kind} {name}")
        for loser, against in contested.items():
            for other, claims in against.items():
                self.set_aside(loser, self._conflict_reason(loser, other, claims))
        return bool(contested)

    def _losers(self, plugins: list[str]) -> list[str]:
        core = [p for p in plugins if self.pm.is_builtin(p)]
        if core:
            return [p for p in plugins if p not in core]
        kept = [p for p in plugins if p in self.established]
        if kept and len(kept) < len(plugins):
            return [p for p in plugins if p not in kept]
        return list(plugins)

    def _conflict_reason(self, loser: str, other: str, claims: list[str]) -> str:
        what = ", ".join(claims[:4]) + (
            f" và {len(claims) - 4} khai báo khác" if len(claims) > 4 else ""
        )
        who = f"plugin {other} ({self.pm.distribution_of(other)})"
        if self.pm.is_builtin(other):
            return f"trùng với phần của lõi cchc ({what}): đổi khóa, số trong plugin"
        if other in self.established and loser not in self.established:
            return (
                f"trùng với {who}, plugin mà đợt tổng kết này đã dùng để lập biểu mẫu ({what}): "
                f"plugin mới bị tạm bỏ; đổi khóa, số trong plugin, hoặc tắt nó ({DISABLE_ENV}="
                f"{loser})"
            )
        return (
            f"trùng với {who} ({what}). Không plugin nào được ưu tiên: cả hai tạm bị bỏ ra cho "
            f"đến khi gỡ hoặc tắt một plugin ({DISABLE_ENV}={loser} hoặc {DISABLE_ENV}={other})"
        )

    def references(self) -> bool:
        """Declarations that point at something no active plugin declares; True when someone was
        set aside."""
        active = self.active()
        everything = [d for d in active.values()]
        domains = {d.key for p in everything for d in p.domains}
        sections = {s.key for p in everything for s in p.sections}
        indicators = {i.code: i for p in everything for i in p.indicators}
        headings = {h.key: h for p in everything for h in p.headings}
        changed = False
        for plugin, declared in active.items():
            problem = _first_problem(declared, domains, sections, indicators, headings)
            if problem:
                self.set_aside(plugin, problem + self._whose(problem))
                changed = True
        return changed

    def _whose(self, problem: str) -> str:
        """When a plugin lost a part because another was set aside, say whose it was."""
        for plugin, declared in self.declared.items():
            if plugin in self.reasons and any(
                f"“{name}”" in problem for _, name in declared.claims()
            ):
                return f" (phần đó thuộc plugin {plugin}, đang bị tạm bỏ)"
        return ""

    def withheld_codes(self) -> frozenset[str]:
        """Indicator codes declared by plugins that were set aside."""
        return frozenset(
            i.code for p, d in self.declared.items() if p in self.reasons for i in d.indicators
        )

    def judge(self) -> dict[str, Declared]:
        """Decide; record a failure for every plugin set aside; return the plugins kept."""
        self.gather()
        self.own_mistakes()
        while self.conflicts() or self.references():
            pass
        for plugin, reasons in sorted(self.reasons.items()):
            failure = PluginFailure(
                plugin, self.pm.distribution_of(plugin), STAGE, "; ".join(reasons)
            )
            self.pm.set_aside(plugin, failure)
        return self.active()


def _first_problem(
    declared: Declared,
    domains: set[str],
    sections: set[str],
    indicators: dict[str, Indicator],
    headings: dict[str, Heading],
) -> str | None:
    """The first reference of a plugin's declarations to something missing, in Vietnamese."""
    for domain in declared.domains:
        for heading_key in (domain.outline, domain.proposal):
            if heading_key and heading_key not in headings:
                return f"lĩnh vực {domain.key} đặt ở đề mục “{heading_key}” không có"
        for section in domain.sections:
            if section not in sections:
                return f"lĩnh vực {domain.key} dùng mục “{section}” không có"
    for indicator in declared.indicators:
        if indicator.section not in sections:
            return f"chỉ tiêu {indicator.code} nằm trong mục “{indicator.section}” không có"
        if indicator.domain not in domains:
            return f"chỉ tiêu {indicator.code} thuộc lĩnh vực “{indicator.domain}” không có"
        if indicator.parent and indicator.parent not in indicators:
            return f"chỉ tiêu {indicator.code} có dòng cha “{indicator.parent}” không có"
        if indicator.ratio:
            for code in (indicator.ratio.numerator, indicator.ratio.denominator):
                other = indicators.get(code)
                if other is None or other.measure is not Measure.COUNT:
                    return f"tỷ lệ {indicator.code} dùng “{code}”, không phải một chỉ tiêu đếm"
    for heading in declared.headings:
        if heading.domain not in domains:
            return f"đề mục {heading.key} thuộc lĩnh vực “{heading.domain}” không có"
        if heading.parent and heading.parent not in headings:
            return f"đề mục {heading.key} nằm dưới đề mục “{heading.parent}” không có"
    for target in declared.targets:
        unknown = [c for c in target.codes if c not in indicators]
        if unknown:
            return f"mục tiêu {target.key} dùng mã không có: " + ", ".join(
                f"“{c}”" for c in unknown
            )
        if target.domain not in domains:
            return f"mục tiêu {target.key} thuộc lĩnh vực “{target.domain}” không có"
    for rule in declared.rules:
        unknown = [c for c in rule.codes if c not in indicators]
        if unknown:
            return f"quy tắc {rule.code} dùng mã không có: " + ", ".join(f"“{c}”" for c in unknown)
        problem = _message_problem(rule)
        if problem:
            return f"quy tắc {rule.code}: {problem}"
    return None


def origins(kept: Iterable[Declared]) -> dict[str, str]:
    """``"<kind>:<key>"`` → the plugin that declared it, for ``cchc plugins``."""
    found: dict[str, str] = {}
    for declared in kept:
        for kind, items, attribute in (
            ("domain", declared.domains, "key"),
            ("section", declared.sections, "key"),
            ("indicator", declared.indicators, "code"),
            ("heading", declared.headings, "key"),
            ("rule", declared.rules, "code"),
            ("target", declared.targets, "key"),
            ("collector", declared.collectors, "name"),
        ):
            for item in items:
                found[f"{kind}:{getattr(item, attribute)}"] = declared.plugin
    return found
