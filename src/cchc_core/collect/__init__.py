"""Collect: the files of ``inbox/`` become submissions, or findings saying why they were refused.

``inbox`` lists and fingerprints the files, ``sniff`` tells what each really is, ``unit_names``
recognises units in file names, ``collection`` runs the step. Internal: import from ``cchc_core``.
"""

from __future__ import annotations

from typing import Any


def __getattr__(name: str) -> Any:
    # what the flat module ``cchc_core.collect`` exported before 0.2
    if name in ("collect", "Collection"):
        from cchc_core.collect import collection

        return getattr(collection, name)
    raise AttributeError(f"module 'cchc_core.collect' has no attribute {name!r}")
