"""A field plugin as one declarative object: its declarations and the function that writes its part
of the reports.

Most plugins of the review are the same five hooks around different data. Instead of repeating them,
a plugin module builds one :class:`FieldPlugin` and its entry point names that object::

    plugin = FieldPlugin(
        domains=(DOMAIN,), sections=(SECTION,), indicators=ROWS, headings=HEADINGS, rules=RULES,
        reports={DOMAIN.key: report.context},
    )

    # pyproject.toml
    [project.entry-points.cchc]
    the_che = "cchc_the_che:plugin"

A plugin that needs more (a collector, a check written in code) passes ``collectors`` or
``validate``, or writes the raw hooks itself; both kinds load the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING

from attrs import define, field

from cchc_core.plugin.hookspecs import hookimpl

if TYPE_CHECKING:
    from cchc_core.config import CampaignConfig
    from cchc_core.documents.narrator import Narrator
    from cchc_core.model.collector import Collector
    from cchc_core.model.domains import Domain
    from cchc_core.model.findings import Finding
    from cchc_core.model.headings import Heading
    from cchc_core.model.indicators import Indicator, Section
    from cchc_core.model.report_context import ReportContext
    from cchc_core.model.rules import Rule
    from cchc_core.model.submissions import Submission
    from cchc_core.model.targets import Target
    from cchc_core.plugin.catalogue import Catalogue
    from cchc_core.plugin.registry import (
        RegisterCollectors,
        RegisterDomains,
        RegisterHeadings,
        RegisterIndicators,
        RegisterRules,
        RegisterTargets,
    )

#: writes a domain's computed content from the figures
ReportFunction = Callable[["Narrator"], "ReportContext"]
#: a check that needs code: one submission in, findings out
ValidateFunction = Callable[
    ["Submission", "Catalogue", "CampaignConfig"], "Iterable[Finding] | None"
]


def _domains(values: Iterable[Domain]) -> tuple[Domain, ...]:
    return tuple(values)


def _sections(values: Iterable[Section]) -> tuple[Section, ...]:
    return tuple(values)


def _indicators(values: Iterable[Indicator]) -> tuple[Indicator, ...]:
    return tuple(values)


def _headings(values: Iterable[Heading]) -> tuple[Heading, ...]:
    return tuple(values)


def _rules(values: Iterable[Rule]) -> tuple[Rule, ...]:
    return tuple(values)


def _targets(values: Iterable[Target]) -> tuple[Target, ...]:
    return tuple(values)


def _collectors(values: Iterable[Collector]) -> tuple[Collector, ...]:
    return tuple(values)


@define(frozen=True, eq=False)
class FieldPlugin:
    """One field of the review (or several, as ``hien_dai_hoa`` owns 3.6 and 3.7) as data.

    :param domains: the fields and their specialist reports.
    :param sections: the Phụ lục 1 sections the plugin owns.
    :param indicators: its Phụ lục 1 rows, in print order (see :func:`~cchc_core.in_order`).
    :param headings: its headings of the outline (Part 1 II.x and its line of Part 2 I).
    :param rules: its checks between indicators.
    :param reports: for each domain key, the function ``(narrator) -> ReportContext`` that writes
        the domain's computed content.
    :param targets: the programme's targets its figures measure.
    :param collectors: readers for other kinds of inbox files, if any.
    :param validate: a check written in code, called once per submission, if any.
    :param hook_api: the hook API version the plugin was written for (``"1.0"``); a core with
        another major version, or an older minor one, refuses the plugin with the reason instead
        of failing somewhere in the middle of a build.
    """

    domains: tuple[Domain, ...] = field(default=(), converter=_domains)
    sections: tuple[Section, ...] = field(default=(), converter=_sections)
    indicators: tuple[Indicator, ...] = field(default=(), converter=_indicators)
    headings: tuple[Heading, ...] = field(default=(), converter=_headings)
    rules: tuple[Rule, ...] = field(default=(), converter=_rules)
    reports: Mapping[str, ReportFunction] = field(factory=dict)
    targets: tuple[Target, ...] = field(default=(), converter=_targets)
    collectors: tuple[Collector, ...] = field(default=(), converter=_collectors)
    validate: ValidateFunction | None = None
    hook_api: str = ""

    def used_hooks(self) -> tuple[str, ...]:
        """The hooks through which this plugin gives something (``cchc plugins`` lists these, not
        the eight every field plugin implements)."""
        given = {
            "cchc_domains": self.domains,
            "cchc_indicators": self.sections or self.indicators,
            "cchc_outline": self.headings,
            "cchc_rules": self.rules,
            "cchc_targets": self.targets,
            "cchc_collectors": self.collectors,
            "cchc_validate": self.validate,
            "cchc_report_context": self.reports,
        }
        # a subclass that writes a hook itself gives through it whatever its data
        written = {
            hook for hook in given if getattr(type(self), hook) is not getattr(FieldPlugin, hook)
        }
        return tuple(sorted(hook for hook, value in given.items() if value or hook in written))

    @hookimpl
    def cchc_domains(self, register: RegisterDomains) -> None:
        """Declare :attr:`domains`."""
        register(*self.domains)

    @hookimpl
    def cchc_indicators(self, register: RegisterIndicators) -> None:
        """Declare :attr:`sections` and :attr:`indicators`."""
        register(*self.sections, *self.indicators)

    @hookimpl
    def cchc_outline(self, register: RegisterHeadings) -> None:
        """Declare :attr:`headings`."""
        register(*self.headings)

    @hookimpl
    def cchc_rules(self, register: RegisterRules) -> None:
        """Declare :attr:`rules`."""
        register(*self.rules)

    @hookimpl
    def cchc_targets(self, register: RegisterTargets) -> None:
        """Declare :attr:`targets`."""
        register(*self.targets)

    @hookimpl
    def cchc_collectors(self, register: RegisterCollectors) -> None:
        """Declare :attr:`collectors`."""
        register(*self.collectors)

    @hookimpl
    def cchc_validate(
        self, submission: Submission, catalogue: Catalogue, config: CampaignConfig
    ) -> Iterable[Finding] | None:
        """Run :attr:`validate` on one submission."""
        return self.validate(submission, catalogue, config) if self.validate else None

    @hookimpl
    def cchc_report_context(self, domain: Domain, narrator: Narrator) -> ReportContext | None:
        """The content of ``domain``'s part, when this plugin writes it."""
        write = self.reports.get(domain.key)
        return write(narrator) if write is not None else None
