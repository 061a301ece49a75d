"""Hook specifications: the contract between the core and its plugins.

Every hook is prefixed ``cchc_``. An implementation takes only the arguments it uses (pluggy passes
them by name), gives them no default values, and returns data or calls ``register``; it never mutates
shared objects and never relies on the order plugins are loaded in.

Decorate implementations with :data:`hookimpl` (``from cchc_core import hookimpl``), or declare a
field as one :class:`~cchc_core.FieldPlugin`, which implements these hooks from its data. Every hook
is called for each plugin separately (one failing plugin never stops the others), so pluggy's
``firstresult``, ``wrapper``/``hookwrapper`` and ``tryfirst``/``trylast`` do not apply: a plugin using
them is refused with the reason.

The declaration hooks receive a typed ``register`` callback that takes one or more objects:
``register(SECTION, *ROWS)`` (:class:`~cchc_core.RegisterIndicators` and its siblings).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from cchc_core.config import CampaignConfig
    from cchc_core.documents.narrator import Narrator
    from cchc_core.figures.aggregate import Dataset
    from cchc_core.model.domains import Domain
    from cchc_core.model.findings import Finding
    from cchc_core.model.report_context import ReportContext
    from cchc_core.model.submissions import Submission
    from cchc_core.plugin.catalogue import Catalogue
    from cchc_core.plugin.registry import (
        RegisterCollectors,
        RegisterDomains,
        RegisterHeadings,
        RegisterIndicators,
        RegisterRules,
        RegisterTargets,
    )

PROJECT = "cchc"

hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


@hookspec
def cchc_domains(register: RegisterDomains) -> None:
    """Declare the fields (domains) this plugin owns and their specialist reports.

    Called once when the catalogue is assembled, before any other catalogue hook's result is used.

    :param register: call it with one :class:`~cchc_core.Domain` per field: its key, title, report
        number (``3.1`` …), owner office (a unit id of ``cchc.toml``), its place in the outline and in
        Phụ lục 1. Two plugins registering the same key, or the same report number, are both reported.
    """


@hookspec
def cchc_indicators(register: RegisterIndicators) -> None:
    """Declare Phụ lục 1 sections and rows (indicators).

    Called once when the catalogue is assembled.

    :param register: call it with :class:`~cchc_core.Section` objects (a section's heading and the
        office that compiles it) and :class:`~cchc_core.Indicator` objects (one per row: stable code,
        label as printed in the seed, measure, who reports it, how it aggregates). Rows are sorted by
        section order, then by ``Indicator.order``; codes must be unique across all plugins.
    """


@hookspec
def cchc_outline(register: RegisterHeadings) -> None:
    """Declare headings of the report outline (Phụ lục 2) and which domain writes under each.

    Called once when the catalogue is assembled. The core declares the skeleton (Part 1 I and III,
    Part 2); each field plugin declares its section of Part 1 II and its line of Part 2 I.

    :param register: call it with one :class:`~cchc_core.Heading` per heading; ``parent`` links it into
        the tree and ``order`` sorts it among its siblings.
    """


@hookspec
def cchc_rules(register: RegisterRules) -> None:
    """Declare validation rules between indicators, as data.

    Called once when the catalogue is assembled; the rules are evaluated for each unit and period by the
    core's rules engine (``cchc check``).

    :param register: call it with one :class:`~cchc_core.Rule` per check: left side, operator, right
        side, severity, missing-value strategy and a Vietnamese message. Helpers
        :func:`~cchc_core.parts_sum_to_total` and :func:`~cchc_core.at_most` build the common ones.
    """


@hookspec
def cchc_targets(register: RegisterTargets) -> None:
    """Declare the programme's targets that this plugin's figures measure.

    Called once when the catalogue is assembled. The district may correct a target's figure or add
    its own plan's targets in ``cchc.toml`` (``[[targets]]``, same ``key`` to replace one).

    :param register: call it with one :class:`~cchc_core.Target` per target: a stable key, what is
        measured, the source document (``Nghị quyết số 30c/NQ-CP ...``), the threshold and year, and the
        indicator codes that measure it (a figure, a ratio of sums, or a reduction since a year).
        A target reading an unknown code, or of an unknown domain, sets the plugin aside, reported.
    """


@hookspec
def cchc_collectors(register: RegisterCollectors) -> None:
    """Declare readers for files that arrive in the inbox.

    Called once when the catalogue is assembled. The core's own readers (the Excel form, the outline
    document) are registered the same way. For each inbox file the first collector, by ``priority``
    (highest first), whose ``accepts`` returns True reads it.

    :param register: call it with one :class:`~cchc_core.Collector` per reader.
    """


@hookspec
def cchc_validate(
    submission: Submission, catalogue: Catalogue, config: CampaignConfig
) -> Iterable[Finding] | None:
    """Check a unit's submission with code, for what a declarative rule cannot say.

    Called once per submission read from the inbox, after the generic checks and the declared rules.

    :param submission: what was read from one file (values per indicator and period, notes, narrative).
    :param catalogue: the assembled catalogue (indicators, rules, outline, domains).
    :param config: the campaign (units, periods, deadlines, check settings).
    :return: the findings, or None when there is nothing to say.
    """


@hookspec
def cchc_report_context(
    domain: Domain, dataset: Dataset, narrator: Narrator, config: CampaignConfig
) -> ReportContext | None:
    """Provide the computed content of a domain's part of the reports.

    Called once per domain when ``cchc build`` renders; return None for domains this plugin does not
    own. Several plugins may add to the same domain: their blocks are appended in plugin-name order.

    :param domain: the domain being rendered.
    :param dataset: aggregated figures (per unit, district totals, per phase) with their provenance.
    :param narrator: a :class:`~cchc_core.Narrator` on ``dataset``, made by the core once per build:
        Vietnamese sentences, tables and charts made from the figures, saying visibly when data are
        missing.
    :param config: the campaign.
    :return: a :class:`~cchc_core.ReportContext`: for outline headings, blocks of plain data
        (sentences, tables, charts) that the core lays out in the district report and in the
        specialist report; or None.
    """
