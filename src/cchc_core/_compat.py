"""Old module paths keep working: plugins and scripts written against cchc 0.1's flat layout.

Until 0.2 every module lived directly in ``cchc_core`` (``cchc_core.report``, ``cchc_core.rules`` …).
The modules now live in subpackages by pipeline step, and what plugins and scripts need is exported
from ``cchc_core`` itself. Importing an old path still works: it gives the module at its new place
and warns once (``DeprecationWarning``) with the import to use instead. ``cchc_core.collect`` and
``cchc_core.forms`` became packages that re-export what the old modules held.
"""

from __future__ import annotations

import importlib
import sys
import warnings
from types import ModuleType
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from importlib.abc import Loader
    from importlib.machinery import ModuleSpec

#: old module → the module that now holds its contents
MOVED = {
    "cchc_core.text": "cchc_core.util.text",
    "cchc_core.vnformat": "cchc_core.util.vnformat",
    "cchc_core.atomic": "cchc_core.util.atomic",
    "cchc_core.package": "cchc_core.util.stable",
    "cchc_core.office_package": "cchc_core.util.office_parts",
    "cchc_core.docx_style": "cchc_core.util.docx_style",
    "cchc_core.xlsx_style": "cchc_core.util.xlsx_style",
    "cchc_core.units": "cchc_core.model.units",
    "cchc_core.periods": "cchc_core.model.periods",
    "cchc_core.indicators": "cchc_core.model.indicators",
    "cchc_core.domains": "cchc_core.model.domains",
    "cchc_core.outline": "cchc_core.model.headings",
    "cchc_core.rules": "cchc_core.model.rules",
    "cchc_core.tasks": "cchc_core.model.tasks",
    "cchc_core.findings": "cchc_core.model.findings",
    "cchc_core.blocks": "cchc_core.model.blocks",
    "cchc_core.submissions": "cchc_core.model.submissions",
    "cchc_core.unit_values": "cchc_core.model.checked",
    "cchc_core.collectors": "cchc_core.model.collector",
    "cchc_core.hookspecs": "cchc_core.plugin.hookspecs",
    "cchc_core.plugins": "cchc_core.plugin.manager",
    "cchc_core.catalogue": "cchc_core.plugin.catalogue",
    "cchc_core.plugin_listing": "cchc_core.plugin.listing",
    "cchc_core.builtin.readers": "cchc_core.builtin.collectors",
    "cchc_core.inbox": "cchc_core.collect.inbox",
    "cchc_core.sniff": "cchc_core.collect.sniff",
    "cchc_core.unit_names": "cchc_core.collect.unit_names",
    "cchc_core.form_layout": "cchc_core.forms.layout",
    "cchc_core.form_workbook": "cchc_core.forms.workbook_write",
    "cchc_core.read_form": "cchc_core.forms.workbook_read",
    "cchc_core.form_outline": "cchc_core.forms.outline_write",
    "cchc_core.read_outline": "cchc_core.forms.outline_read",
    "cchc_core.form_filler": "cchc_core.forms.filler",
    "cchc_core.values": "cchc_core.check.cells",
    "cchc_core.rule_engine": "cchc_core.check.rules",
    "cchc_core.trend_checks": "cchc_core.check.trends",
    "cchc_core.narrative_checks": "cchc_core.check.narratives",
    "cchc_core.validate": "cchc_core.check.checking",
    "cchc_core.aggregate": "cchc_core.figures.aggregate",
    "cchc_core.explain": "cchc_core.figures.explain",
    "cchc_core.status": "cchc_core.figures.status",
    "cchc_core.figure_notes": "cchc_core.figures.notes",
    "cchc_core.report": "cchc_core.documents.narrator",
    "cchc_core.report_template": "cchc_core.documents.template",
    "cchc_core.docx_body": "cchc_core.documents.body",
    "cchc_core.report_document": "cchc_core.documents.render",
    "cchc_core.district_report": "cchc_core.documents.district_report",
    "cchc_core.specialist_report": "cchc_core.documents.specialist_report",
    "cchc_core.appendix_workbook": "cchc_core.documents.appendix_workbook",
    "cchc_core.status_workbook": "cchc_core.documents.status_workbook",
    "cchc_core.charts": "cchc_core.documents.charts",
    "cchc_core.build": "cchc_core.documents.build",
}


class _AliasLoader:
    """Loads an old path as the module at its new place, with a deprecation warning. (The import
    system's protocols, not ``importlib.abc``'s classes, whose import took most of a command's
    first 30 ms.)"""

    def __init__(self, old: str, new: str) -> None:
        self.old = old
        self.new = new

    def create_module(self, spec: ModuleSpec) -> ModuleType:
        warnings.warn(
            f"“{self.old}” đã chuyển thành “{self.new}” (cchc 0.2); hãy import từ “cchc_core” "
            f"(ví dụ: from cchc_core import Narrator). The old path will be removed in cchc 1.0.",
            DeprecationWarning,
            stacklevel=2,
        )
        return importlib.import_module(self.new)

    def exec_module(self, module: ModuleType) -> None:
        """Nothing to run: the module was imported at its new place."""


class _MovedModuleFinder:
    """Finds the old module paths of :data:`MOVED` (a meta path finder)."""

    def find_spec(
        self, fullname: str, path: object = None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        new = MOVED.get(fullname)
        if new is None:
            return None
        import importlib.util  # only when an old path is asked for

        loader = cast("Loader", _AliasLoader(fullname, new))  # the protocol, not the class
        return importlib.util.spec_from_loader(fullname, loader)


def install() -> None:
    """Let the old paths be imported (once per process)."""
    if not any(isinstance(finder, _MovedModuleFinder) for finder in sys.meta_path):
        sys.meta_path.append(_MovedModuleFinder())
