"""An Office package held in memory, for readers that take a few small parts from each of many
files (the form reader: properties, the sheet list, the sheets it scans for formulas).

The zip directory is read with :mod:`struct` when it is the plain kind every Office program
writes (one disk, no ZIP64, nothing before the package), and by :mod:`zipfile` otherwise; each part
is then inflated straight from the bytes, its size and CRC checked as ``zipfile`` checks them.
``zipfile``'s own directory and reader objects cost more per part than inflating a form's part
takes. Nothing here is written, and no part is inflated past the size its directory entry
declares or ``limit``, whichever is smaller.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from typing import NamedTuple

#: a zip local file header: signature, version, flags, method, time, date, CRC, sizes, name and
#: extra-field lengths
LOCAL_HEADER = struct.Struct("<4s5H3L2H")
LOCAL_SIGNATURE = b"PK\x03\x04"
#: the end of central directory record: signature, disk numbers, entry counts, directory size and
#: offset, comment length
END_RECORD = struct.Struct("<4s4H2LH")
END_SIGNATURE = b"PK\x05\x06"
#: a central directory entry, up to its name: signature, versions, flags, method, time, date, CRC,
#: sizes, name, extra and comment lengths, disk, attributes, local header offset
CENTRAL_ENTRY = struct.Struct("<4s6H3L5H2L")
CENTRAL_SIGNATURE = b"PK\x01\x02"
_ZIP64 = 0xFFFFFFFF
_UTF8_NAME = 0x800
#: no part read here may expand beyond this (the largest sheet of a real form is under 1 MB)
DEFAULT_LIMIT = 8 * 1024 * 1024


class _Entry(NamedTuple):
    """What the directory says of one part (a named tuple: a package has dozens of parts, and a
    check reads thousands of packages)."""

    flags: int
    method: int
    crc: int
    compressed: int
    size: int
    offset: int


def _plain_directory(data: bytes) -> dict[str, _Entry] | None:
    """The directory of a package as Office writes it; ``None`` for any other kind (ZIP64, split,
    data before the package, a comment), which :mod:`zipfile` then reads."""
    end = len(data) - END_RECORD.size
    if end < 0 or data[end : end + 4] != END_SIGNATURE:
        return None
    _, disk, first_disk, here, count, size, offset, comment = END_RECORD.unpack_from(data, end)
    if disk or first_disk or here != count or comment or offset + size != end:
        return None
    entries = {}
    position = offset
    for _ in range(count):
        fields = CENTRAL_ENTRY.unpack_from(data, position)
        if fields[0] != CENTRAL_SIGNATURE:
            return None
        flags, method, _, _, crc, compressed, size, name_length, extra, note = fields[3:13]
        local = fields[16]
        if _ZIP64 in (compressed, size, local):
            return None
        start = position + CENTRAL_ENTRY.size
        name = data[start : start + name_length].decode("utf-8" if flags & _UTF8_NAME else "cp437")
        entries[name] = _Entry(flags, method, crc, compressed, size, local)
        position = start + name_length + extra + note
    return entries


def _zipfile_directory(data: bytes) -> dict[str, _Entry]:
    try:
        return _read_by_zipfile(data)
    except (NotImplementedError, ValueError, OverflowError) as error:
        # a "version needed" zipfile does not know, a ZIP64 field out of range: a damaged file
        raise zipfile.BadZipFile(f"{type(error).__name__}: {error}") from None


def _read_by_zipfile(data: bytes) -> dict[str, _Entry]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {
            entry.filename: _Entry(
                entry.flag_bits,
                entry.compress_type,
                entry.CRC,
                entry.compress_size,
                entry.file_size,
                entry.header_offset,
            )
            for entry in archive.infolist()
        }


class PackageBytes:
    """The parts of a zip package given as bytes, read by name like :class:`zipfile.ZipFile`
    (``read(name)``, all the readers need). A damaged part raises what
    ``zipfile`` raises (:class:`zipfile.BadZipFile`, :class:`zlib.error`, or :class:`KeyError`
    for a part that is not there)."""

    def __init__(self, data: bytes, limit: int = DEFAULT_LIMIT) -> None:
        self._data = data
        self._limit = limit
        self._entries = _plain_directory(data) or _zipfile_directory(data)

    def read(self, name: str) -> bytes:
        """The inflated content of the part ``name``."""
        entry = self._entries.get(name)
        if entry is None:
            raise KeyError(f"There is no item named {name!r} in the archive")
        if entry.flags & 0x1 or entry.method not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise zipfile.BadZipFile(f"{name}: encrypted or compressed with an unsupported method")
        if entry.size > self._limit:
            raise zipfile.BadZipFile(f"{name}: {entry.size} bytes expanded, over the limit")
        if not 0 <= entry.offset <= len(self._data) - LOCAL_HEADER.size:
            raise zipfile.BadZipFile(f"{name}: the local header is outside the package")
        header = LOCAL_HEADER.unpack_from(self._data, entry.offset)
        if header[0] != LOCAL_SIGNATURE:
            raise zipfile.BadZipFile(f"{name}: bad local file header")
        start = entry.offset + LOCAL_HEADER.size + header[-2] + header[-1]
        raw = memoryview(self._data)[start : start + entry.compressed]  # no copy of what lies
        if entry.method == zipfile.ZIP_STORED:
            content = bytes(raw[: entry.size + 1])
        else:
            content = zlib.decompressobj(-zlib.MAX_WBITS).decompress(raw, entry.size + 1)
        if len(content) != entry.size or zlib.crc32(content) != entry.crc:
            raise zipfile.BadZipFile(f"{name}: size or CRC does not match the zip directory")
        return content
