"""What ``cchc plugins`` shows: every plugin, its hooks and contributions, the failures, and the
numbers in use (so that an author picks free ones)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import attrs
from attrs import frozen

from cchc_core.model.tasks import Task
from cchc_core.plugin import catalogue as catalogue_module
from cchc_core.plugin.field import FieldPlugin
from cchc_core.plugin.manager import PluginFailure, make_plugin_manager
from cchc_core.plugin.numbering import NumbersInUse, numbers_in_use


@frozen
class PluginEntry:
    """One loaded plugin: distribution, version, hooks, and what it declared."""

    name: str
    distribution: str
    version: str
    builtin: bool
    hooks: tuple[str, ...]
    reports: tuple[str, ...]
    indicators: int
    rules: int
    headings: int
    collectors: tuple[str, ...]
    targets: int = 0


@frozen
class PluginListing:
    """All plugins and all failures (loading, registration, declarations)."""

    plugins: tuple[PluginEntry, ...]
    failures: tuple[PluginFailure, ...]
    in_use: NumbersInUse

    def to_dict(self) -> dict[str, Any]:
        """Plain data for ``--json``."""
        return {
            "plugins": [attrs.asdict(p) for p in self.plugins],
            "failures": [f.to_dict() for f in self.failures],
            "in_use": self.in_use.to_dict(),
        }


def list_plugins(tasks: Iterable[Task] = (), **manager_options: Any) -> PluginListing:
    """Load the plugins as a campaign would and describe each one; the numbers free for a new
    plugin pass over those of the campaign's ``tasks`` (its ``[[tasks]]``)."""
    pm = make_plugin_manager(**manager_options)
    catalogue = catalogue_module.build(pm)
    entries = []
    for info in pm.infos():
        made = catalogue.contributions(info.name)
        reports = tuple(
            f"{d.report_number} {d.title}" if d.report_number else d.title
            for d in catalogue.domains
            if d.key in made.get("domain", ())
        )
        plugin = pm.get_plugin(info.name)
        entries.append(
            PluginEntry(
                name=info.name,
                distribution=info.distribution,
                version=info.version,
                builtin=info.builtin,
                hooks=plugin.used_hooks() if isinstance(plugin, FieldPlugin) else info.hooks,
                reports=reports,
                indicators=len(made.get("indicator", ())),
                rules=len(made.get("rule", ())),
                headings=len(made.get("heading", ())),
                collectors=tuple(made.get("collector", ())),
                targets=len(made.get("target", ())),
            )
        )
    return PluginListing(tuple(entries), tuple(pm.failures), numbers_in_use(catalogue, tasks))
