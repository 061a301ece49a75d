"""An Office package held in memory, for readers that take a few small parts from each of many
files (the form reader: properties, the sheet list, the sheets it scans for formulas).

The zip directory is read with :mod:`struct` when it is the plain kind every Office program
writes (one disk, no ZIP64, nothing before the package), and by :mod:`zipfile` otherwise; each part
is then inflated straight from the bytes, its size and CRC checked as ``zipfile`` checks them.
``zipfile``'s own directory and reader objects cost more per part than inflating a form's part
takes. Nothing here is written, and no part is inflated past the size its directory entry
declares or ``limit``, whichever is smaller.

Parts are named as python-calamine names them, so that what is read here (the formula scan) and
the cells calamine reads come from the same part; Office's ASCII names read the same everywhere.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from collections.abc import Collection

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
#: an extra field's header (kind, size), the Info-ZIP Unicode Path field's kind, and a CRC
_EXTRA_FIELD = struct.Struct("<HH")
_UNICODE_PATH = 0x7075
_CRC = struct.Struct("<L")
#: 1 January 1980, the earliest date a zip entry can carry (the copy dates no part)
_DOS_DATE_1980 = (0 << 9) | (1 << 5) | 1
#: deflate expands at most this much (a 258-byte match coded in two bits; zlib's documented
#: bound): a part whose compressed size times this is within a limit cannot pass it
DEFLATE_MAX_RATIO = 1032
#: no part read here may expand beyond this (the largest sheet of a real form is under 1 MB)
DEFAULT_LIMIT = 8 * 1024 * 1024
#: the largest part :meth:`PackageBytes.read` keeps for the next read (a form's are under 100 kB)
KEPT_PART = 1024 * 1024
#: the largest copy :meth:`PackageBytes.stored` makes (a form and its stored sheets take under
#: 100 kB; a hostile package of 8 MB sheets would otherwise be held three times)
STORED_COPY = 4 * 1024 * 1024


#: the signature and the name and extra-field lengths of a local header, all the directory's
#: reading needs of it
_LOCAL_LENGTHS = struct.Struct("<4s22x2H")
#: the most entries an end record counts without ZIP64 (which marks its count so)
_MAX_COUNT = 0xFFFF

#: what the directory says of one part: flags, method, CRC, compressed and expanded sizes, where
#: its local header and its data start, and where its own record in the directory starts and
#: ends (data and record -1 when zipfile read the directory). A plain tuple: a check reads
#: thousands of packages of dozens of parts, and a named tuple took most of the time of reading
#: a directory
_Entry = tuple[int, int, int, int, int, int, int, int, int]


def _key(name: bytes, flags: int, extra: bytes = b"") -> bytes:
    """A part's name as UTF-8 bytes, the key :meth:`PackageBytes.read` looks it up by, read as
    python-calamine's zip reader reads it (checked with python-calamine 0.9.1): an Info-ZIP
    Unicode Path field whose CRC matches the name first; else the name, as UTF-8 when flagged so
    or valid UTF-8, else as CP437; a backslash read as a slash. Office writes ASCII names with
    slashes and no extra field."""
    unicode_path = _unicode_path(name, extra) if extra else None
    if unicode_path is not None:
        name = unicode_path
    elif not (flags & _UTF8_NAME or name.isascii() or _is_utf8(name)):
        name = name.decode("cp437").encode("utf-8")
    return name.replace(b"\\", b"/") if b"\\" in name else name


def _unicode_path(name: bytes, extra: bytes) -> bytes | None:
    """The name an Info-ZIP Unicode Path field (0x7075) of ``extra`` gives, when the field is
    whole, states the CRC of ``name`` and holds UTF-8 (the last such field); else ``None``."""
    found = None
    at = 0
    while at + 4 <= len(extra):
        kind, size = _EXTRA_FIELD.unpack_from(extra, at)
        body = extra[at + 4 : at + 4 + size]
        at += 4 + size
        if kind != _UNICODE_PATH or len(body) != size or size < 5:
            continue  # calamine reads any version
        if _CRC.unpack_from(body, 1)[0] == zlib.crc32(name) and _is_utf8(body[5:]):
            found = body[5:]
    return found


def _is_utf8(text: bytes) -> bool:
    try:
        text.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _plain_directory(data: bytes) -> dict[bytes, _Entry] | None:
    """The directory of a package as Office writes it: one disk, no ZIP64, no comment, every
    part's local header and data before the directory, and the directory holding its records and
    nothing else. ``None`` for any other kind, which :mod:`zipfile` then reads (and which
    :meth:`PackageBytes.stored` gives unchanged)."""
    end = len(data) - END_RECORD.size
    if end < 0 or data[end : end + 4] != END_SIGNATURE:
        return None
    _, disk, first_disk, here, count, size, offset, comment = END_RECORD.unpack_from(data, end)
    if disk or first_disk or here != count or comment or offset + size != end:
        return None
    if count == _MAX_COUNT:
        return None  # a ZIP64 count may be hidden in the directory
    entries = {}
    position = offset
    unpack, local_lengths = CENTRAL_ENTRY.unpack_from, _LOCAL_LENGTHS.unpack_from
    for _ in range(count):
        fields = unpack(data, position)
        local = fields[16]
        if fields[0] != CENTRAL_SIGNATURE or _ZIP64 in (fields[8], fields[9]):
            return None
        if local > offset - LOCAL_HEADER.size:
            return None  # a local header in or after the directory
        signature, name_length, extra_length = local_lengths(data, local)
        data_start = local + LOCAL_HEADER.size + name_length + extra_length
        if signature != LOCAL_SIGNATURE or data_start + fields[8] > offset:
            return None  # a part running into the directory
        start = position + CENTRAL_ENTRY.size
        name_end = start + fields[10]
        record_end = name_end + fields[11] + fields[12]
        entry = (
            fields[3],
            fields[4],
            fields[7],
            fields[8],
            fields[9],
            local,
            data_start,
            position,
            record_end,
        )
        extra = data[name_end : name_end + fields[11]] if fields[11] else b""
        entries[_key(data[start:name_end], fields[3], extra)] = entry
        position = record_end
    return entries if position == end else None


def _zipfile_directory(data: bytes) -> dict[bytes, _Entry]:
    try:
        return _read_by_zipfile(data)
    except (NotImplementedError, ValueError, OverflowError) as error:
        # a "version needed" zipfile does not know, a ZIP64 field out of range: a damaged file
        raise zipfile.BadZipFile(f"{type(error).__name__}: {error}") from None


def _read_by_zipfile(data: bytes) -> dict[bytes, _Entry]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {
            _key(_raw_name(entry), entry.flag_bits, entry.extra): (
                entry.flag_bits,
                entry.compress_type,
                entry.CRC,
                entry.compress_size,
                entry.file_size,
                entry.header_offset,
                -1,
                -1,
                -1,
            )
            for entry in archive.infolist()
        }


def _raw_name(entry: zipfile.ZipInfo) -> bytes:
    """The name's bytes as the directory holds them (zipfile decodes them by the UTF-8 flag)."""
    return entry.orig_filename.encode("utf-8" if entry.flag_bits & _UTF8_NAME else "cp437")


def _inflate(raw: memoryview, size: int, *, at_once: bool) -> bytes:
    """A deflated part, at most one byte past its declared ``size`` (so that a part longer than
    declared is seen). ``at_once`` when it cannot expand past the limit: then it is inflated into
    a buffer of the declared size, which takes half the time of growing one block by block (a
    form's parts are all this small). A stream that ends without its final block, which zipfile
    and calamine read, is then inflated the other way."""
    if at_once:
        try:
            return zlib.decompress(raw, -zlib.MAX_WBITS, size + 1)
        except zlib.error:
            pass  # inflated again below: a stream without its end is read, a damaged one refused
    return zlib.decompressobj(-zlib.MAX_WBITS).decompress(raw, size + 1)


class PackageBytes:
    """The parts of a zip package given as bytes, read by name like :class:`zipfile.ZipFile`
    (``read(name)``, all the readers need). A damaged part raises what
    ``zipfile`` raises (:class:`zipfile.BadZipFile`, :class:`zlib.error`, or :class:`KeyError`
    for a part that is not there)."""

    def __init__(self, data: bytes, limit: int = DEFAULT_LIMIT) -> None:
        self._data = data
        self._limit = limit
        self._entries = _plain_directory(data) or _zipfile_directory(data)
        self._kept: dict[str, bytes] = {}
        self._lowered: dict[bytes, bytes] | None = None

    def part_named(self, name: str) -> str | None:
        """The part a reader asking for ``name`` gets, as calamine finds a sheet: the last part
        whose name differs from it at most in the case of its ASCII letters (even when one has
        the very name); ``None`` when there is none."""
        if self._lowered is None:
            self._lowered = {key.lower(): key for key in self._entries}
        found = self._lowered.get(name.encode("utf-8").lower())
        return found.decode("utf-8") if found is not None else None

    def read(self, name: str) -> bytes:
        """The inflated content of the part ``name``; a part up to :data:`KEPT_PART` bytes is
        kept for the next read (the form reader reads the sheet list and the sheets it scans
        twice: for itself and for :meth:`stored`)."""
        content = self._kept.get(name)
        if content is None:
            content = self._inflate(name)
            if len(content) <= KEPT_PART:
                self._kept[name] = content
        return content

    def _inflate(self, name: str) -> bytes:
        entry = self._entries.get(name.encode("utf-8"))
        if entry is None:
            raise KeyError(f"There is no item named {name!r} in the archive")
        flags, method, crc, compressed, size = entry[:5]
        if flags & 0x1 or method not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise zipfile.BadZipFile(f"{name}: encrypted or compressed with an unsupported method")
        if size > self._limit:
            raise zipfile.BadZipFile(f"{name}: {size} bytes expanded, over the limit")
        raw = self._raw(name, entry)
        if method == zipfile.ZIP_STORED:
            content = bytes(raw[: size + 1])
        else:
            content = _inflate(raw, size, at_once=compressed * DEFLATE_MAX_RATIO <= self._limit)
        if len(content) != size or zlib.crc32(content) != crc:
            raise zipfile.BadZipFile(f"{name}: size or CRC does not match the zip directory")
        return content

    def _raw(self, name: str, entry: _Entry) -> memoryview:
        """The part's bytes as they lie in the package (no copy), after its local header."""
        start = entry[6]
        if start < 0:  # zipfile read the directory: the local header is read here
            offset = entry[5]
            if not 0 <= offset <= len(self._data) - LOCAL_HEADER.size:
                raise zipfile.BadZipFile(f"{name}: the local header is outside the package")
            header = LOCAL_HEADER.unpack_from(self._data, offset)
            if header[0] != LOCAL_SIGNATURE:
                raise zipfile.BadZipFile(f"{name}: bad local file header")
            start = offset + LOCAL_HEADER.size + header[-2] + header[-1]
        return memoryview(self._data)[start : start + entry[3]]

    def stored(self, names: Collection[str]) -> bytes:
        """The package with the parts ``names`` stored as read here (inflated, their size and CRC
        checked), so that a reader given it (python-calamine) does not inflate them a second
        time, and reads the very bytes checked here.

        The stored parts are written where the directory was, and a new directory after them
        points to them; every other part and directory record is copied as it lies (in a plain
        package no part lies in or after the directory). A part is stored only when its record
        is as Office writes it, an ASCII name and nothing else, so that any reader finds it by
        the same name. The package is given unchanged when :mod:`zipfile` had to read it, when
        none of ``names`` can be stored, or when the copy would pass :data:`STORED_COPY` bytes."""
        chosen: dict[int, tuple[bytes, _Entry]] = {}
        for name in names:
            key = name.encode("utf-8")
            entry = self._entries.get(key)
            if entry is None or entry[7] < 0 or not key.isascii():
                continue  # not there, zipfile read the directory, or a name read otherwise
            if entry[8] - entry[7] == CENTRAL_ENTRY.size + len(key):  # no extra field, comment
                chosen[entry[7]] = key, entry
        copy_size = len(self._data) + sum(entry[4] for _, entry in chosen.values())
        if not chosen or copy_size > STORED_COPY:
            return self._data
        data = memoryview(self._data)
        records_end = len(self._data) - END_RECORD.size
        count, records_start = END_RECORD.unpack_from(self._data, records_end)[4:7:2]
        parts: list[bytes | memoryview] = [data[:records_start]]
        records: list[bytes | memoryview] = []
        position, copied_to = records_start, records_start
        for record_start in sorted(chosen):
            key, (_, _, crc, _, size, _, _, _, record_end) = chosen[record_start]
            content = self.read(key.decode("ascii"))
            fields = (0, zipfile.ZIP_STORED, 0, _DOS_DATE_1980, crc, size, size, len(key))
            parts += (LOCAL_HEADER.pack(LOCAL_SIGNATURE, 20, *fields, 0), key, content)
            records += (
                data[copied_to:record_start],
                CENTRAL_ENTRY.pack(CENTRAL_SIGNATURE, 20, 20, *fields, 0, 0, 0, 0, 0, position),
                key,
            )
            position += LOCAL_HEADER.size + len(key) + size
            copied_to = record_end
        records.append(data[copied_to:records_end])
        size = sum(len(record) for record in records)
        end_record = END_RECORD.pack(END_SIGNATURE, 0, 0, count, count, size, position, 0)
        return b"".join([*parts, *records, end_record])
