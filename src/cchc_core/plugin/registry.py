"""What the declaration hooks receive: a typed ``register`` callback for each kind of declaration.

Each hook's ``register`` accepts any number of objects of the kinds that hook declares, so
``register(SECTION, *ROWS)`` is one call and an editor (or mypy) shows what may be passed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from cchc_core.model.collector import Collector
    from cchc_core.model.domains import Domain
    from cchc_core.model.headings import Heading
    from cchc_core.model.indicators import Indicator, Section
    from cchc_core.model.rules import Rule
    from cchc_core.model.targets import Target


class RegisterDomains(Protocol):
    """``register(*domains)`` of :func:`~cchc_core.plugin.hookspecs.cchc_domains`."""

    def __call__(self, *domains: Domain) -> None: ...


class RegisterIndicators(Protocol):
    """``register(*sections_and_rows)`` of ``cchc_indicators``."""

    def __call__(self, *items: Section | Indicator) -> None: ...


class RegisterHeadings(Protocol):
    """``register(*headings)`` of ``cchc_outline``."""

    def __call__(self, *headings: Heading) -> None: ...


class RegisterRules(Protocol):
    """``register(*rules)`` of ``cchc_rules``."""

    def __call__(self, *rules: Rule) -> None: ...


class RegisterCollectors(Protocol):
    """``register(*collectors)`` of ``cchc_collectors``."""

    def __call__(self, *collectors: Collector) -> None: ...


class RegisterTargets(Protocol):
    """``register(*targets)`` of ``cchc_targets``."""

    def __call__(self, *targets: Target) -> None: ...
