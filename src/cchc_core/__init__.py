"""cchc: a district's review of its administrative reform programme, from blank forms to the report.

This module is the public surface, for plugins and for scripts; everything they need is importable
from here (``from cchc_core import Narrator, Indicator, hookimpl``). The subpackages
(``cchc_core.model``, ``.plugin``, ``.collect``, ``.forms``, ``.check``, ``.figures``,
``.documents``, ``.util``) are internal: their layout may change between versions.

- Plugins need :data:`hookimpl` or :class:`FieldPlugin`, the declaration classes (:class:`Domain`,
  :class:`Section`, :class:`Indicator`, :class:`Heading`, :class:`Rule` …), :class:`Narrator` and
  :class:`ReportContext` for their report content, and :mod:`vnformat` to write numbers and dates.
- Scripts open a campaign with :class:`Campaign` and get frozen results back (nothing is printed);
  errors are :class:`CchcError` subclasses carrying the Vietnamese message and a hint.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from cchc_core import _compat
from cchc_core.errors import (
    BuildError,
    BusyError,
    CampaignNotFoundError,
    CchcError,
    ConfigError,
    InputFileError,
    PluginError,
    UnknownIndicatorError,
    UnknownPeriodError,
    UnknownTaskError,
    UnknownUnitError,
)
from cchc_core.version import HOOK_API, __version__

if TYPE_CHECKING:
    from cchc_core.campaign import Campaign
    from cchc_core.check.checking import CheckResult
    from cchc_core.collect.collection import Collection
    from cchc_core.config import CampaignConfig
    from cchc_core.documents.build import BuildResult
    from cchc_core.documents.narrator import Narrator
    from cchc_core.figures.aggregate import Contribution, Dataset, Figure
    from cchc_core.figures.explain import Explanation
    from cchc_core.figures.status import StatusReport
    from cchc_core.forms.all_units import FormsResult
    from cchc_core.model.blocks import Block, Chart, Paragraph, Series, Table
    from cchc_core.model.checked import UnitValues, Value
    from cchc_core.model.collector import Collector, ReadContext
    from cchc_core.model.domains import Domain
    from cchc_core.model.findings import Finding, Location, Severity
    from cchc_core.model.headings import Heading
    from cchc_core.model.indicators import (
        AcrossUnits,
        Indicator,
        Limits,
        Measure,
        OverYears,
        Ratio,
        Reporters,
        Section,
        in_order,
    )
    from cchc_core.model.periods import Period, Phase
    from cchc_core.model.report_context import ReportContext
    from cchc_core.model.rules import (
        Const,
        MissingValues,
        Operator,
        Rule,
        Sum,
        UnitCount,
        at_most,
        parts_sum_to_total,
    )
    from cchc_core.model.submissions import Cell, InboxFile, Narrative, Submission, SubmissionKind
    from cchc_core.model.targets import Target
    from cchc_core.model.units import Unit, UnitKind
    from cchc_core.plugin.catalogue import Catalogue
    from cchc_core.plugin.field import FieldPlugin
    from cchc_core.plugin.hookspecs import hookimpl
    from cchc_core.plugin.registry import (
        RegisterCollectors,
        RegisterDomains,
        RegisterHeadings,
        RegisterIndicators,
        RegisterRules,
        RegisterTargets,
    )
    from cchc_core.util import vnformat

_compat.install()

#: every name is imported on first use: importing ``cchc_core`` loads only its errors and version,
#: so that a command starts (and ``python -m cchc_core`` reaches its Ctrl-C guard) before the
#: model, the plugin system and the pipeline are loaded, each only by what uses it
_LAZY = {
    "Block": "cchc_core.model.blocks",
    "Chart": "cchc_core.model.blocks",
    "Paragraph": "cchc_core.model.blocks",
    "Series": "cchc_core.model.blocks",
    "Table": "cchc_core.model.blocks",
    "UnitValues": "cchc_core.model.checked",
    "Value": "cchc_core.model.checked",
    "Collector": "cchc_core.model.collector",
    "ReadContext": "cchc_core.model.collector",
    "Domain": "cchc_core.model.domains",
    "Finding": "cchc_core.model.findings",
    "Location": "cchc_core.model.findings",
    "Severity": "cchc_core.model.findings",
    "Heading": "cchc_core.model.headings",
    "AcrossUnits": "cchc_core.model.indicators",
    "Indicator": "cchc_core.model.indicators",
    "Limits": "cchc_core.model.indicators",
    "Measure": "cchc_core.model.indicators",
    "OverYears": "cchc_core.model.indicators",
    "Ratio": "cchc_core.model.indicators",
    "Reporters": "cchc_core.model.indicators",
    "Section": "cchc_core.model.indicators",
    "in_order": "cchc_core.model.indicators",
    "Period": "cchc_core.model.periods",
    "Phase": "cchc_core.model.periods",
    "ReportContext": "cchc_core.model.report_context",
    "Const": "cchc_core.model.rules",
    "MissingValues": "cchc_core.model.rules",
    "Operator": "cchc_core.model.rules",
    "Rule": "cchc_core.model.rules",
    "Sum": "cchc_core.model.rules",
    "UnitCount": "cchc_core.model.rules",
    "at_most": "cchc_core.model.rules",
    "parts_sum_to_total": "cchc_core.model.rules",
    "Cell": "cchc_core.model.submissions",
    "InboxFile": "cchc_core.model.submissions",
    "Narrative": "cchc_core.model.submissions",
    "Submission": "cchc_core.model.submissions",
    "SubmissionKind": "cchc_core.model.submissions",
    "Target": "cchc_core.model.targets",
    "Unit": "cchc_core.model.units",
    "UnitKind": "cchc_core.model.units",
    "FieldPlugin": "cchc_core.plugin.field",
    "hookimpl": "cchc_core.plugin.hookspecs",
    "RegisterCollectors": "cchc_core.plugin.registry",
    "RegisterDomains": "cchc_core.plugin.registry",
    "RegisterHeadings": "cchc_core.plugin.registry",
    "RegisterIndicators": "cchc_core.plugin.registry",
    "RegisterRules": "cchc_core.plugin.registry",
    "RegisterTargets": "cchc_core.plugin.registry",
    "Campaign": "cchc_core.campaign",
    "CampaignConfig": "cchc_core.config",
    "Catalogue": "cchc_core.plugin.catalogue",
    "CheckResult": "cchc_core.check.checking",
    "Collection": "cchc_core.collect.collection",
    "BuildResult": "cchc_core.documents.build",
    "Narrator": "cchc_core.documents.narrator",
    "Contribution": "cchc_core.figures.aggregate",
    "Dataset": "cchc_core.figures.aggregate",
    "Figure": "cchc_core.figures.aggregate",
    "Explanation": "cchc_core.figures.explain",
    "StatusReport": "cchc_core.figures.status",
    "FormsResult": "cchc_core.forms.all_units",
}

__all__ = [
    "HOOK_API",
    "AcrossUnits",
    "Block",
    "BuildError",
    "BuildResult",
    "BusyError",
    "Campaign",
    "CampaignConfig",
    "CampaignNotFoundError",
    "Catalogue",
    "CchcError",
    "Cell",
    "Chart",
    "CheckResult",
    "Collection",
    "Collector",
    "ConfigError",
    "Const",
    "Contribution",
    "Dataset",
    "Domain",
    "Explanation",
    "FieldPlugin",
    "Figure",
    "Finding",
    "FormsResult",
    "Heading",
    "InboxFile",
    "Indicator",
    "InputFileError",
    "Limits",
    "Location",
    "Measure",
    "MissingValues",
    "Narrative",
    "Narrator",
    "Operator",
    "OverYears",
    "Paragraph",
    "Period",
    "Phase",
    "PluginError",
    "Ratio",
    "ReadContext",
    "RegisterCollectors",
    "RegisterDomains",
    "RegisterHeadings",
    "RegisterIndicators",
    "RegisterRules",
    "RegisterTargets",
    "ReportContext",
    "Reporters",
    "Rule",
    "Section",
    "Series",
    "Severity",
    "StatusReport",
    "Submission",
    "SubmissionKind",
    "Sum",
    "Table",
    "Target",
    "Unit",
    "UnitCount",
    "UnitKind",
    "UnitValues",
    "UnknownIndicatorError",
    "UnknownPeriodError",
    "UnknownTaskError",
    "UnknownUnitError",
    "Value",
    "__version__",
    "at_most",
    "hookimpl",
    "in_order",
    "parts_sum_to_total",
    "vnformat",
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
    elif name == "vnformat":
        value = importlib.import_module("cchc_core.util.vnformat")
    else:
        raise AttributeError(f"module 'cchc_core' has no attribute {name!r}")
    globals()[name] = value  # kept: the next use is a plain attribute (25 ns, not 1 µs)
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
