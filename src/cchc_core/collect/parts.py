"""Each part of an Office package measured before any parser reads it.

The package-wide limits of ``sniff.check_package`` trust the sizes the zip directory declares and
allow 200 MB in all: a 1 MB workbook whose one sheet expands to 190 MB within them cost 440 MB of
memory to read. Here every part a parser will read (XML and relationships) is decompressed in a
stream, without keeping it, and refused once it passes :data:`MAX_XML_PART` bytes, whatever size
the directory declares (unless it is too small compressed to expand that far:
:data:`DEFLATE_MAX_RATIO`); other parts (pictures) are held to :data:`MAX_OTHER_PART` declared bytes,
which Python's zip reader never exceeds. A part stored with a method Office does not use, or
encrypted, is refused too.
"""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path
from typing import BinaryIO

from cchc_core.collect.damaged import RESEND
from cchc_core.errors import InputFileError
from cchc_core.util.office_parts import farthest_cell, sheet_parts
from cchc_core.util.package_bytes import (
    DEFLATE_MAX_RATIO,
    LOCAL_HEADER,
    LOCAL_SIGNATURE,
    PackageBytes,
)

#: the largest XML part read: the demo's 60-page district report has a 0.46 MB document.xml
MAX_XML_PART = 8 * 1024 * 1024
#: the largest picture or other binary part
MAX_OTHER_PART = 20 * 1024 * 1024
#: the most cells a workbook's sheet may span between its farthest cells: python-calamine holds
#: 32 bytes for each (128 MB here), and aborts the whole process when it cannot (a value in
#: XFD1048576 asks for 549 GB); a form spans a few hundred
MAX_SHEET_CELLS = 4_000_000
_PARSED = (".xml", ".rels", ".vml")
_CHUNK = 64 * 1024


def _refuse(message: str, code: str = "file.zip-bomb") -> InputFileError:
    return InputFileError(message, code=code, hint=RESEND)


def _expanded_size(handle: BinaryIO, entry: zipfile.ZipInfo, cap: int) -> int:
    """How many bytes ``entry`` really expands to, counting no further than ``cap`` + 1."""
    handle.seek(entry.header_offset)
    header = handle.read(LOCAL_HEADER.size)
    if len(header) < LOCAL_HEADER.size or header[:4] != LOCAL_SIGNATURE:
        raise _refuse(f"Thành phần {entry.filename} của tệp bị hỏng.", "file.corrupt")
    name_length, extra_length = LOCAL_HEADER.unpack(header)[-2:]
    handle.seek(entry.header_offset + LOCAL_HEADER.size + name_length + extra_length)
    left = entry.compress_size
    if entry.compress_type == zipfile.ZIP_STORED:
        return left
    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
    total = 0
    while left > 0 and total <= cap and not inflater.eof:
        chunk = handle.read(min(_CHUNK, left))
        if not chunk:
            break
        left -= len(chunk)
        try:
            while chunk and total <= cap:
                total += len(inflater.decompress(chunk, cap + 1 - total))
                chunk = inflater.unconsumed_tail
        except zlib.error:
            raise _refuse(f"Thành phần {entry.filename} của tệp bị hỏng.", "file.corrupt") from None
    return total


def check_parts(path: Path, archive: zipfile.ZipFile) -> None:
    """Refuse the package at ``path`` when one part is too large to parse, or cannot be read
    the way Office writes it."""
    with path.open("rb") as handle:
        for entry in archive.infolist():
            if entry.is_dir():
                continue
            if entry.flag_bits & 0x1:
                raise _refuse(f"Thành phần {entry.filename} được mã hóa.", "file.encrypted")
            if entry.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise _refuse(
                    f"Thành phần {entry.filename} được nén theo cách Excel, Word không dùng.",
                    "file.corrupt",
                )
            if not entry.filename.lower().endswith(_PARSED):
                if entry.file_size > MAX_OTHER_PART:
                    raise _refuse(
                        f"Thành phần {entry.filename} quá lớn "
                        f"({entry.file_size // (1024 * 1024)} MB).",
                        "file.too-large",
                    )
                continue
            ratio = DEFLATE_MAX_RATIO if entry.compress_type == zipfile.ZIP_DEFLATED else 1
            if entry.compress_size * ratio <= MAX_XML_PART:
                continue  # every part of a real form or report: under 8 kB compressed
            size = _expanded_size(handle, entry, MAX_XML_PART)
            if size > MAX_XML_PART:
                raise _refuse(
                    f"Thành phần {entry.filename} giải nén ra hơn "
                    f"{MAX_XML_PART // (1024 * 1024)} MB, quá lớn đối với một biểu mẫu hay báo cáo.",
                )


def check_sheets(path: Path) -> None:
    """Refuse a workbook one of whose sheets spans more than :data:`MAX_SHEET_CELLS` cells, before
    python-calamine reads it: calamine would try to hold them all and end the whole check, which
    no exception can catch (found in review). Each sheet is the part the workbook's list names,
    found as the form reader finds it (:meth:`PackageBytes.part_named`: as calamine does)."""
    package = PackageBytes(path.read_bytes(), limit=MAX_OTHER_PART)
    for sheet, part in sheet_parts(package).items():
        found = package.part_named(part)
        far = farthest_cell(package.read(found), MAX_SHEET_CELLS) if found else None
        if far is not None:
            raise InputFileError(
                f"Trang “{sheet}” có dữ liệu ở ô {far}, quá xa bảng số liệu của biểu mẫu: tệp "
                "không đọc được.",
                code="form.far-cell",
                sheet=sheet,
                cell=far,
                hint="Xóa nội dung các ô ngoài bảng số liệu (trong Excel, Ctrl+End đưa tới ô cuối "
                "cùng có dữ liệu), lưu lại rồi gửi.",
            )
