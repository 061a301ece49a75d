"""Finishing an Office file (.xlsx, .docx) so the same inputs give the same bytes.

openpyxl and python-docx stamp the clock into the zip entries and into ``docProps/core.xml``. Rewriting
the package with the campaign's date in both places makes outputs byte-stable: two builds of the same
inbox can be compared with a checksum, and nothing in a document claims a date the campaign did not set.
"""

from __future__ import annotations

import re
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from cchc_core.util.atomic import atomic_path

CORE_XML = "docProps/core.xml"
_CORE_DATE = re.compile(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")


def stabilize(path: Path, when: date | datetime) -> None:
    """Rewrite the package at ``path`` with every timestamp set to ``when``."""
    stamp = when if isinstance(when, datetime) else datetime(when.year, when.month, when.day)
    if stamp.tzinfo is not None:
        stamp = stamp.astimezone(UTC).replace(tzinfo=None)
    iso = stamp.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    zip_time = stamp.timetuple()[:6]
    with (
        atomic_path(path) as temporary,  # a failure leaves neither half a file nor a leftover
        zipfile.ZipFile(path) as source,
        zipfile.ZipFile(temporary, "w", compression=zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == CORE_XML:
                data = _CORE_DATE.sub(lambda m: m.group(1) + iso + m.group(3), data)
            entry = zipfile.ZipInfo(info.filename, date_time=zip_time)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            target.writestr(entry, data)


def save_stable(package: Any, target: Path, when: date | datetime) -> Path:
    """Save an openpyxl workbook or a python-docx document to ``target`` atomically, every
    timestamp set to ``when``; return ``target``. How every file cchc writes is saved."""
    with atomic_path(target) as temporary:
        package.save(str(temporary))
        stabilize(temporary, when)
    return target
