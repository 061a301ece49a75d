"""Forms: each unit's blank statistics workbook and outline document, written and read back.

Writer and reader of each kind sit side by side (``workbook_write``/``workbook_read``,
``outline_write``/``outline_read``) with ``layout``, what both agree on; ``filler`` fills forms as a
unit would; ``all_units`` writes every unit's forms. Internal: import from ``cchc_core``.
"""

from __future__ import annotations

from typing import Any


def __getattr__(name: str) -> Any:
    # what the flat module ``cchc_core.forms`` exported before 0.2 (imported lazily: openpyxl)
    if name in ("write_all", "FormsResult", "UnitForms"):
        from cchc_core.forms import all_units

        return getattr(all_units, name)
    raise AttributeError(f"module 'cchc_core.forms' has no attribute {name!r}")
