"""cchc: a district's review of its administrative reform programme, from blank forms to the report.

The public API for scripts and plugins. Plugins need :data:`hookimpl` and the declaration classes;
scripts open a campaign with :class:`Campaign` and get frozen results back (nothing is printed).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cchc_core import _compat
from cchc_core.errors import (
    BuildError,
    CampaignNotFoundError,
    CchcError,
    ConfigError,
    InputFileError,
    PluginError,
    UnknownIndicatorError,
)
from cchc_core.model.blocks import Chart, Paragraph, Series, Table
from cchc_core.model.collector import Collector, ReadContext
from cchc_core.model.domains import Domain
from cchc_core.model.findings import Finding, Location, Severity
from cchc_core.model.headings import Heading
from cchc_core.model.indicators import (
    AcrossUnits,
    Indicator,
    Measure,
    OverYears,
    Ratio,
    Reporters,
    Section,
    Target,
    in_order,
)
from cchc_core.model.periods import Period, Phase
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
from cchc_core.model.units import Unit, UnitKind
from cchc_core.plugin.hookspecs import hookimpl

if TYPE_CHECKING:
    from cchc_core.campaign import Campaign

__version__ = "0.1.0"

_compat.install()

__all__ = [
    "AcrossUnits",
    "BuildError",
    "Campaign",
    "CampaignNotFoundError",
    "CchcError",
    "Chart",
    "Collector",
    "ConfigError",
    "Const",
    "Domain",
    "Finding",
    "Heading",
    "Indicator",
    "InputFileError",
    "Location",
    "Measure",
    "MissingValues",
    "Operator",
    "OverYears",
    "Paragraph",
    "Period",
    "Phase",
    "PluginError",
    "Ratio",
    "ReadContext",
    "Reporters",
    "Rule",
    "Section",
    "Series",
    "Severity",
    "Sum",
    "Table",
    "Target",
    "Unit",
    "UnitCount",
    "UnitKind",
    "UnknownIndicatorError",
    "__version__",
    "at_most",
    "hookimpl",
    "in_order",
    "parts_sum_to_total",
]


def __getattr__(name: str) -> Any:
    # The facade pulls in the whole pipeline; import it only when a script asks for it, so that
    # plugins importing `hookimpl` and `cchc --help` stay fast.
    if name == "Campaign":
        from cchc_core.campaign import Campaign

        return Campaign
    raise AttributeError(f"module 'cchc_core' has no attribute {name!r}")
