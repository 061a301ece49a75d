"""Reading the parts of an Office package that the cell readers do not expose: custom properties,
core dates, and which cells hold formulas. The XML is parsed so that nothing in it is expanded (see
:func:`_tree`); the scans are single passes over the bytes."""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Iterator, Mapping
from datetime import UTC, datetime
from types import MappingProxyType
from typing import Protocol
from xml.etree import ElementTree as PlainTree
from xml.etree.ElementTree import Element

from defusedxml import DefusedXmlException, ElementTree

from cchc_core.util.columns import column_letters


class Parts(Protocol):
    """A package whose parts are read by name, :class:`KeyError` for one it lacks: a
    :class:`zipfile.ZipFile`, or the form reader's
    :class:`~cchc_core.util.package_bytes.PackageBytes`."""

    def read(self, name: str) -> bytes: ...


def _part(archive: Parts, name: str) -> bytes | None:
    """The part ``name``, or None when the package has none."""
    try:
        return archive.read(name)
    except KeyError:
        return None


_UTF8_DECLARATION = re.compile(rb"""<\?xml\s[^<>?]*?\bencoding\s*=\s*["']utf-?8["']""", re.I)


def _tree(xml: bytes) -> Element:
    """A small part's XML tree, with no entity expanded and nothing fetched.

    Entities can only be declared in a document type (``<!DOCTYPE``). A part in UTF-8 (declared,
    or undeclared and not UTF-16) that has none, as Office and LibreOffice write every part, is
    parsed by the standard library's C parser; any other goes through defusedxml, which refuses
    entity declarations. In another encoding a document type could be hidden from the byte test,
    hence the condition. The C parser takes half the time, and every form has two such parts.
    """
    declared = xml.startswith(b"<?xml")
    utf8 = bool(_UTF8_DECLARATION.match(xml)) if declared else xml[:1] == b"<" and xml[1:2] != b"\0"
    try:
        if utf8 and b"<!DOCTYPE" not in xml:
            return PlainTree.fromstring(xml)
        return ElementTree.fromstring(xml)
    except DefusedXmlException:
        raise  # a ValueError too, and the refusal it names is the right one
    except (ValueError, LookupError) as error:
        # an encoding expat cannot read (multi-byte, unknown to Python): not well-formed here
        raise PlainTree.ParseError(f"{type(error).__name__}: {error}") from None


CUSTOM = "docProps/custom.xml"
CORE = "docProps/core.xml"
_VT = "{http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes}"
_DCTERMS = "{http://purl.org/dc/terms/}"

# The patterns below run on a package's own bytes, which a hostile file chooses: none may run past
# the next tag ("[^<>]", not "[^>]": a tag never closed would otherwise be read to the end of the
# part from each place it starts, which made a 1 MB part hold a check for minutes).

# a cell holding a formula, and the cached value that follows it (empty when none was saved); a
# formula's text holds no "<" (XML escapes it)
_FORMULA_CELL = re.compile(
    rb'<(?:\w+:)?c\s+r="([A-Z]+[0-9]+)"[^<>]*>\s*<(?:\w+:)?f\b[^<>]*?(?:/>|>[^<]*</(?:\w+:)?f>)'
    rb"\s*(?:<(?:\w+:)?v>([^<]*)</(?:\w+:)?v>)?"
)
# a tag is matched first, then its attributes one by one: a pattern naming two attributes of one
# tag backtracks over a tag of many attributes (a 0.24 MB tag held it for a minute)
_SHEET_TAG = re.compile(rb"<(?:\w+:)?sheet\s([^<>]*)")
_RELATIONSHIP_TAG = re.compile(rb"<(?:\w+:)?Relationship\s([^<>]*)")
# an attribute starts after a character that cannot be in a name: each run of name characters is
# tried once, not from each of its characters
_ATTRIBUTE = re.compile(rb'(?<![\w:.-])([\w:.-]++)\s*+=\s*+"([^"<>]*+)"')


def custom_properties(archive: Parts) -> dict[str, str]:
    """The custom document properties as ``{name: text}`` (empty when the part is absent)."""
    xml = _part(archive, CUSTOM)
    if xml is None:
        return {}
    root = _tree(xml)
    result = {}
    for prop in root:
        name = prop.get("name")
        value = next(iter(prop), None)
        if name and value is not None and value.tag.startswith(_VT):
            result[name] = value.text or ""
    return result


_CP = "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}"
_DC = "{http://purl.org/dc/elements/1.1/}"


def core_properties(archive: Parts) -> dict[str, str]:
    """The core properties that carry a fingerprint (``category``, ``identifier``, ``version``,
    ``title``, ``subject``) and the last-saved time as written (``modified``, see :func:`saved_time`), read
    straight from ``docProps/core.xml``."""
    xml = _part(archive, CORE)
    if xml is None:
        return {}
    root = _tree(xml)
    result = {}
    for name, namespace in (
        ("category", _CP),
        ("version", _CP),
        ("identifier", _DC),
        ("title", _DC),
        ("subject", _DC),
        ("modified", _DCTERMS),
    ):
        node = root.find(f"{namespace}{name}")
        if node is not None and node.text:
            result[name] = node.text.strip()
    return result


def saved_time(core: dict[str, str]) -> datetime | None:
    """The last-saved time the file states, from its :func:`core_properties`, in UTC."""
    if not core.get("modified"):
        return None
    try:
        stamp = datetime.fromisoformat(core["modified"].replace("Z", "+00:00"))
    except ValueError:
        return None
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)


def _unescape(raw: bytes) -> str:
    text = raw.decode("utf-8", "replace")
    for entity, char in (
        ("&lt;", "<"),
        ("&gt;", ">"),
        ("&quot;", '"'),
        ("&apos;", "'"),
        ("&amp;", "&"),
    ):
        text = text.replace(entity, char)
    return text


_PREFIX = re.compile(rb"(?:\w+:)?")
#: an address of three letters or five digits (a row or a cell): a sheet holding none spans at
#: most ZZ9999 by its addresses
_FAR_ADDRESS = re.compile(rb"""r\s*=\s*["'](?:[A-Za-z]{3}|[A-Za-z]{0,2}[0-9]{5})""")
#: a cell address as every program writes it: within Excel's 3 letters and 7 digits, no zero first
_PLAIN_ADDRESS = re.compile(rb"[A-Z]{1,3}[1-9][0-9]{0,6}")
# a formula tag, a cached value, a row's number and a cell's address, as the slow reading of a
# sheet finds them inside the tags (see _cells_by_position)
_FORMULA_TAG = re.compile(rb"<(?:\w+:)?f[\s/>]")
_CACHED_VALUE = re.compile(rb"<(?:\w+:)?v>([^<]*)</(?:\w+:)?v>")
_HOLDS_VALUE = re.compile(rb"<(?:\w+:)?v>[^<]|<(?:\w+:)?is>")
_ROW_NUMBER = re.compile(rb"""(?<![\w:.-])r\s*=\s*(["'])([0-9]+)\1""")
_CELL_REFERENCE = re.compile(rb"""(?<![\w:.-])r\s*=\s*(["'])([A-Za-z]+)([0-9]+)\1""")
_CELL_BEFORE = 512  # bytes a cell's own tag may take before its formula (a real one takes < 100)
_AFTER_NAME = frozenset((b">", b"/", b" ", b"\t", b"\r", b"\n"))
#: above this many formula tags, one pass of the cell pattern over the part costs less than a
#: step of Python per tag (8 MB of "<f " took 3.4 s that way, 0.09 s in one pass)
_MANY_FORMULAS = 1000


def sheet_parts(archive: Parts) -> Mapping[str, str]:
    """Each sheet's name → the package part holding its cells, as ``xl/workbook.xml`` and its
    relationships list them (the first listing of a name wins; empty when either is missing).
    Read-only: the answer is shared by every package with the same two parts."""
    try:
        workbook = archive.read("xl/workbook.xml")
        rels = archive.read("xl/_rels/workbook.xml.rels")
    except KeyError:
        return {}
    if len(workbook) + len(rels) > _KEPT_SHEET_LISTS:
        return _sheet_parts(workbook, rels)
    return _kept_sheet_parts(workbook, rels)


#: the largest sheet list kept for the next package (a form's takes 3 kB; review found 16 hostile
#: packages of 8 MB parts kept 264 MB alive in each worker)
_KEPT_SHEET_LISTS = 64 * 1024


def _sheet_parts(workbook: bytes, rels: bytes) -> Mapping[str, str]:
    targets: dict[bytes, bytes] = {}
    for tag in _RELATIONSHIP_TAG.findall(rels):
        attributes = dict(_ATTRIBUTE.findall(tag))
        # of two relationships with one Id, calamine takes the last (review)
        targets[attributes.get(b"Id", b"")] = attributes.get(b"Target", b"")
    parts: dict[str, str] = {}
    for tag in _SHEET_TAG.findall(workbook):
        attributes = dict(_ATTRIBUTE.findall(tag))
        target = targets.get(attributes.get(b"r:id", b""), b"").decode("utf-8", "replace")
        # a target is the part's name from the package's root after "/", else from xl/, as
        # calamine reads it ("xl/worksheets/…" is xl/xl/worksheets/…; review)
        part = target[1:] if target.startswith("/") else f"xl/{target}"
        parts.setdefault(_unescape(attributes.get(b"name", b"")), part)
    return MappingProxyType(parts)


# every form of a campaign carries the same two parts, so a check parses them once
_kept_sheet_parts = functools.lru_cache(maxsize=16)(_sheet_parts)


def formula_cells(
    archive: Parts, part: str | None, rows: Collection[int] | None = None
) -> dict[str, bool]:
    """The cells of the sheet held in ``part`` (see :func:`sheet_parts`) that hold a formula, and
    whether each has a cached value; only those of ``rows`` (numbers from 1) when given. Empty
    when the part is missing.

    A scan of the sheet's XML from each formula tag: cheap, and it never evaluates anything.
    """
    xml = _part(archive, part) if part else None
    return _formula_scan(xml, rows) if xml is not None else {}


def _formula_scan(xml: bytes, rows: Collection[int] | None = None) -> dict[str, bool]:
    """The formula cells of a sheet's XML and whether each has a cached value.

    Only the ``sheetData`` element is scanned (the whole part when it cannot be found): a form's
    data validations come after it, and each of their ``<formula1>`` would otherwise be a
    candidate. Of it, only the given ``rows`` when each is written as every program writes it
    (see :func:`_row_spans`): a form's own percentage rows hold most of its formulas, and the
    reader asks for the rows a unit fills.
    """
    start, end, prefix = _sheet_data(xml)
    formula = b"<" + prefix + b"f"
    if xml.find(formula, start, end) < 0:
        return {}  # most sheets a unit fills hold no formula at all
    spans = _row_spans(xml, start, end, prefix, rows) if rows is not None else None
    cells: dict[str, bool] = {}
    for span_start, span_end in spans if spans is not None else [(start, end)]:
        if xml.find(formula, span_start, span_end) >= 0:  # most rows a unit fills have none
            found = _formulas_between(xml, span_start, span_end, prefix)
            if found is None:  # a formula whose cell does not say where it is
                return _formulas_by_position(xml, start, end, prefix)
            cells.update(found)
    return cells


def _sheet_data(xml: bytes) -> tuple[int, int, bytes]:
    """Where a sheet's ``sheetData`` element lies (the whole part when it cannot be found), and
    the namespace prefix its writer gave it (``b"x:"``, or empty)."""
    start, end = xml.find(b"sheetData"), xml.rfind(b"sheetData")
    if not 0 <= start < end:
        start, end = 0, len(xml)
    tag = xml.rfind(b"<", max(0, start - 32), start)
    prefix = xml[tag + 1 : start] if tag >= 0 else b""
    return start, end, prefix if _PREFIX.fullmatch(prefix) else b""


def _row_spans(
    xml: bytes, start: int, end: int, prefix: bytes, rows: Collection[int]
) -> list[tuple[int, int]] | None:
    """Where each of ``rows`` lies between ``start`` and ``end``: from its ``<row r="N"`` to its
    ``</row>``. ``None`` when a row is not written so (without its number, or another attribute
    first), is written twice or is not there, or when the cells hold a comment or CDATA section
    (no program writes one there; found in review): the caller then scans everything. A cell is
    taken to be in the row it is written in (no program writes a cell into another row's
    element).

    One pass over the row tags: each is either a wanted row, or a row of another number, or a
    row not written as expected (looking for each row from where it is to the end of the sheet
    took most of the scan's time)."""
    if not rows:
        return []
    if xml.find(b"<!", start, end) >= 0:
        return None  # a comment or CDATA section can hold a "</row>" that ends no row
    wanted = frozenset(rows)
    closing = b"</" + prefix + b"row>"
    spans: dict[bytes, tuple[int, int]] = {}
    for tag in _row_tags(prefix, wanted).finditer(xml, start, end):
        number = tag[1]
        closed = xml.find(closing, tag.end(), end) if number is not None else -1
        if closed < 0 or number in spans:
            return None  # a row without its number first, not closed, or written twice
        spans[number] = (tag.start(), closed)
    return list(spans.values()) if len(spans) == len(wanted) else None


@functools.lru_cache(maxsize=64)
def _row_tags(prefix: bytes, rows: frozenset[int]) -> re.Pattern[bytes]:
    """A row tag: one of ``rows`` by its number (group 1), or one not starting with its number
    (no group). Kept for the next sheet: the forms of one kind ask for the same rows."""
    numbers = b"|".join(b"%d" % number for number in sorted(rows))
    return re.compile(b"<" + re.escape(prefix) + b'row(?: r="(' + numbers + b')"|(?! r="))')


def _formulas_between(xml: bytes, start: int, end: int, prefix: bytes) -> dict[str, bool] | None:
    """The formula cells between ``start`` and ``end``. Each formula tag (``<f``, with the prefix
    the writer gave ``sheetData``) is found first and its cell read back from it, rather than
    trying the cell pattern at every tag: a sheet holds hundreds of tags and a handful of
    formulas. ``None`` when a formula's cell cannot be read so (written without its address, or
    with its value or a long text before the formula: no program writes one so, and calamine
    still reads it; found in review): :func:`_formulas_by_position` then reads the sheet."""
    formula, cell = b"<" + prefix + b"f", b"<" + prefix + b"c"
    if xml.count(formula, start, end) > _MANY_FORMULAS:
        found_all = _FORMULA_CELL.findall(xml, start, end)
        if len(found_all) != xml.count(formula, start, end):
            return None
        if not all(_PLAIN_ADDRESS.fullmatch(address) for address, _ in found_all):
            return None
        return {address.decode(): bool(cached.strip()) for address, cached in found_all}
    cells: dict[str, bool] = {}
    at = xml.find(formula, start, end)
    while at >= 0:
        if xml[at + len(formula) : at + len(formula) + 1] in _AFTER_NAME:
            opened = xml.rfind(cell, max(start, at - _CELL_BEFORE), at)
            found = _FORMULA_CELL.match(xml, opened, end) if opened >= 0 else None
            if not found or found.end(1) >= at or found.end(0) <= at:
                return None
            if not _PLAIN_ADDRESS.fullmatch(found[1]) or b"r=" in xml[found.end(1) : at]:
                return None  # an address calamine reads otherwise (I09, wrapping), a second r
            cells[found[1].decode()] = bool(found[2] and found[2].strip())
        at = xml.find(formula, at + len(formula), end)
    return cells


def farthest_cell(xml: bytes, limit: int) -> str | None:
    """The address of a cell that makes the sheet span more than ``limit`` cells (rows times
    columns between its farthest cells holding something), or ``None``. python-calamine
    allocates every cell of that span at once and aborts the whole process when it cannot (a
    value typed in XFD1048576 asks for 549 GB; found in review). A sheet whose addresses all
    have at most two letters and four digits (ZZ9999) is not read further: counting cells
    without an address cannot take it near the limit but with a sheet of millions of tags."""
    start, end, prefix = _sheet_data(xml)
    if (start, end) == (0, len(xml)) or not _FAR_ADDRESS.search(xml, start, end):
        return None  # no cells, or none far
    low_row = low_column = 2**32
    high_row = high_column = 0
    for column, row, _, _ in _cell_places(xml, start, end, prefix):
        low_row, high_row = min(low_row, row), max(high_row, row)
        low_column, high_column = min(low_column, column), max(high_column, column)
        if (high_row - low_row + 1) * (high_column - low_column + 1) > limit:
            return f"{column_letters(column)}{row}"
    return None


def _formulas_by_position(xml: bytes, start: int, end: int, prefix: bytes) -> dict[str, bool]:
    """The formula cells between ``start`` and ``end`` and whether each has a cached value,
    each cell placed as calamine places it (see :func:`_cells_by_position`) and its formula and
    value found anywhere in it. One pass over the row and cell tags: the slow way, for a sheet
    whose formulas cannot be read back from their tags."""
    cells: dict[str, bool] = {}
    for address, content_start, content_end in _cells_by_position(xml, start, end, prefix):
        if _FORMULA_TAG.search(xml, content_start, content_end):
            cached = _CACHED_VALUE.search(xml, content_start, content_end)
            cells[address] = bool(cached and cached[1].strip())
        elif _HOLDS_VALUE.search(xml, content_start, content_end):
            cells.pop(address, None)  # a later value in the same place is the one calamine reads
    return cells


def _cells_by_position(
    xml: bytes, start: int, end: int, prefix: bytes
) -> Iterator[tuple[str, int, int]]:
    """Each cell between ``start`` and ``end`` holding content: its address and where its content
    lies (see :func:`_cell_places`)."""
    for column, row, content_start, content_end in _cell_places(xml, start, end, prefix):
        yield f"{column_letters(column)}{row}", content_start, content_end


def _cell_places(
    xml: bytes, start: int, end: int, prefix: bytes
) -> Iterator[tuple[int, int, int, int]]:
    """Each cell between ``start`` and ``end`` holding content: its column and row (from 1) and
    where its content lies (up to the next row or cell tag, however the cell's end tag is
    written). A cell is where calamine puts it (checked against calamine in the tests): at its
    address when it gives one (its last ``r``, numbers wrapping at 2³² as calamine's do); else in
    its row's number (the row's own, or the one after the row before; row 1 before any) and in
    the column after the cell before it in that row (the first: column A)."""
    row = column = 0
    cell: tuple[int, int, int] | None = None  # the cell whose content runs up to the next tag
    for tag in _row_and_cell_tags(prefix).finditer(xml, start, end):
        if cell is not None:
            yield *cell, tag.start()
            cell = None
        name, attributes = tag.groups()
        if name == b"row":
            numbers = _ROW_NUMBER.findall(attributes)
            row, column = (_wrapped(numbers[-1][1], 10) if numbers else row + 1), 0
            continue
        references = _CELL_REFERENCE.findall(attributes)
        if references:
            _, letters, number = references[-1]
            column, at_row = _wrapped(letters.upper(), 26), _wrapped(number, 10)
        else:
            column, at_row = column + 1, max(row, 1)
        if not attributes.endswith(b"/"):  # an empty cell holds nothing
            cell = column, at_row, tag.end()
    if cell is not None:
        yield *cell, end


def _wrapped(digits: bytes, base: int) -> int:
    """A row number (``base`` 10) or column letters (``base`` 26, ``A`` = 1) as calamine reads
    them, in 32 bits; linear in their length, however long a hand-made one is."""
    number = 0
    for digit in digits:
        value = digit - 48 if base == 10 else digit - 64
        number = (number * base + value) & 0xFFFFFFFF
    return number


@functools.lru_cache(maxsize=16)
def _row_and_cell_tags(prefix: bytes) -> re.Pattern[bytes]:
    """A row or cell start tag with ``prefix``: the element's name and its attributes (a value
    may hold ">", never "<")."""
    return re.compile(
        b"<" + re.escape(prefix) + rb"""(row|c)(?=[\s/>])((?:[^<>"']|"[^"<]*"|'[^'<]*')*)>"""
    )
