"""Finishing an Office file (.xlsx, .docx) so the same inputs give the same bytes.

openpyxl and python-docx stamp the clock into the zip entries and into ``docProps/core.xml``. Rewriting
the package with the campaign's date in both places makes outputs byte-stable: two builds of the same
inbox can be compared with a checksum, and nothing in a document claims a date the campaign did not set.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from cchc_core.util.atomic import atomic_path

CORE_XML = "docProps/core.xml"
_CORE_DATE = re.compile(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")


#: a part's new content made from its old, given piece by piece (see :func:`stabilize`)
PartContent = Callable[[bytes], Iterable[bytes]]


def stabilize(
    path: Path, when: date | datetime, parts: Mapping[str, PartContent] | None = None
) -> None:
    """Rewrite the package at ``path`` with every timestamp set to ``when``; each part named in
    ``parts`` is written as its function makes it from the part's content, piece by piece (a
    streamed sheet's rows, held in a file until then)."""
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
        missing = set(parts or ()) - set(source.namelist())
        if missing:  # rows with no sheet to go into: a package written otherwise than expected
            raise ValueError(f"parts to rewrite not in the package: {sorted(missing)}")
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == CORE_XML:
                data = _CORE_DATE.sub(lambda m: m.group(1) + iso + m.group(3), data)
            entry = zipfile.ZipInfo(info.filename, date_time=zip_time)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            if parts and info.filename in parts:
                with target.open(entry, "w") as written:
                    for piece in parts[info.filename](data):
                        written.write(piece)
            else:
                target.writestr(entry, data)


def save_stable(package: Any, target: Path, when: date | datetime) -> Path:
    """Save an openpyxl workbook or a python-docx document to ``target`` atomically, every
    timestamp set to ``when``; return ``target``. How every file cchc writes is saved. A
    package that writes some of its parts itself (a
    :class:`~cchc_core.util.xlsx_stream.StreamedWorkbook`) names them by ``streamed_parts()``."""
    streamed = getattr(package, "streamed_parts", None)
    parts = streamed() if streamed is not None else None
    with atomic_path(target) as temporary:
        package.save(str(temporary))
        stabilize(temporary, when, parts)
    return target
