"""Reading the parts of an Office package that the cell readers do not expose: custom properties,
core dates, and which cells hold formulas. The XML is parsed so that nothing in it is expanded (see
:func:`_tree`); the scans are single passes over the bytes."""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Mapping
from datetime import UTC, datetime
from types import MappingProxyType
from typing import Protocol
from xml.etree import ElementTree as PlainTree
from xml.etree.ElementTree import Element

from defusedxml import DefusedXmlException, ElementTree


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


def _is_utf8(xml: bytes) -> bool:
    """Whether a part is UTF-8: declared so, or undeclared and not UTF-16."""
    if xml.startswith(b"<?xml"):
        return bool(_UTF8_DECLARATION.match(xml))
    return xml[:1] == b"<" and xml[1:2] != b"\0"


def _tree(xml: bytes) -> Element:
    """A small part's XML tree, with no entity expanded and nothing fetched.

    Entities can only be declared in a document type (``<!DOCTYPE``). A part in UTF-8 that has
    none, as Office and LibreOffice write every part, is parsed by the standard library's C parser;
    any other goes through defusedxml, which refuses entity declarations. In another encoding a
    document type could be hidden from the byte test, hence the condition. The C parser takes
    half the time.
    """
    try:
        if _is_utf8(xml) and b"<!DOCTYPE" not in xml:
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


#: characters XML does not allow in a document, even as a reference
_NOT_XML = bytes(range(0x20)).translate(None, b"\t\n\r")


def _is_plain(xml: bytes) -> bool:
    """Whether a part is written as Office, LibreOffice and openpyxl write their property parts:
    UTF-8, with no ``<!`` (document type, comment, CDATA section), no processing instruction but
    the declaration and no character XML forbids. Only such a part is read by the patterns
    below: in it an element's text runs to the next ``<``, and ``&`` only starts one of the five
    predefined references or a character reference."""
    return (
        _is_utf8(xml)
        and b"<!" not in xml
        and xml.count(b"<?") == (1 if xml.startswith(b"<?xml") else 0)
        and len(xml.translate(None, _NOT_XML)) == len(xml)  # a tenth of a pattern's time
    )


_REFERENCE = re.compile(r"&(?:#x([0-9a-fA-F]{1,8})|#([0-9]{1,8})|(lt|gt|amp|quot|apos));")
_PREDEFINED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}


def _character(found: re.Match[str]) -> str:
    hexadecimal, decimal, name = found.groups()
    if name:
        return _PREDEFINED[name]
    code = int(hexadecimal, 16) if hexadecimal else int(decimal)
    if code in (0x9, 0xA, 0xD) or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD:
        return chr(code)
    if 0x10000 <= code <= 0x10FFFF:
        return chr(code)
    raise PlainTree.ParseError(f"reference to a character XML does not allow: {found[0]}")


def _text(raw: bytes, *, attribute: bool = False) -> str:
    """An element's text, or an attribute's value, as an XML parser gives it: line ends made
    ``\\n`` (in an attribute, every line end and tab a space), references resolved. A byte that is
    not UTF-8, or a reference XML does not allow, is :class:`~xml.etree.ElementTree.ParseError`
    as the parser would say."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise PlainTree.ParseError(f"not UTF-8: {error}") from None
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if attribute:
        text = text.replace("\n", " ").replace("\t", " ")
    if "&" not in text:
        return text
    resolved = _REFERENCE.sub(_character, text)
    if "&" in _REFERENCE.sub("", text):
        raise PlainTree.ParseError("an & that starts no reference XML knows")
    return resolved


# a tag's attributes, each read whole (a value may hold ">"), and an element's optional prefix
_ATTRIBUTES = rb"""(?:\s++[\w:.-]++\s*+=\s*+(?:"[^"<]*+"|'[^'<]*+'))*+\s*+"""
_PREFIX_OF = rb"(?:[\w.-]++:)?"
# a property and its value: the text of its first child, empty when it has none (the child's type
# is not looked at here; Office writes vt:lpwstr for every text)
_PROPERTY = re.compile(
    rb"<"
    + _PREFIX_OF
    + rb"property("
    + _ATTRIBUTES
    + rb")>\s*+<"
    + _PREFIX_OF
    + rb"[\w.-]++"
    + _ATTRIBUTES
    + rb"(?:/>|>([^<]*+)<)"
)
# the name attribute, found by reading the tag's attributes in order: a value in double quotes
# holds no double quote, so none is mistaken for another (a part with what may be a value in
# single quotes is left to the XML parser)
_SINGLE_QUOTED = re.compile(rb"=\s*+'")
_NAME = re.compile(rb'(?:\s*+[\w:.-]++\s*+=\s*+"[^"]*+")*?\s*+name\s*+=\s*+"([^"]*+)"')


def custom_properties(archive: Parts) -> dict[str, str]:
    """The custom document properties as ``{name: text}`` (empty when the part is absent).

    A part written as every Office program writes it (see :func:`_is_plain`) is read by a pattern,
    any other by the XML parser. The pattern takes a fifth of the time, and every form read has
    this part; a test checks that the two agree on parts as those programs write them.
    """
    xml = _part(archive, CUSTOM)
    if xml is None:
        return {}
    found = _custom_by_pattern(xml)
    return found if found is not None else _custom_by_parser(xml)


def _custom_by_pattern(xml: bytes) -> dict[str, str] | None:
    """The custom properties of a plain part; None for a part the patterns do not read."""
    found = _PROPERTY.findall(xml) if _is_plain(xml) else None
    after_declaration = xml.find(b"?>") + 2 if xml.startswith(b"<?xml") else 0
    if found is None or _SINGLE_QUOTED.search(xml, after_declaration):
        return None
    result = {}
    for attributes, value in found:
        name = _NAME.match(attributes)
        if name and name[1]:
            result[_text(name[1], attribute=True)] = _text(value)
    return result


def _custom_by_parser(xml: bytes) -> dict[str, str]:
    result = {}
    for prop in _tree(xml):
        name = prop.get("name")
        value = next(iter(prop), None)
        if name and value is not None and value.tag.startswith(_VT):
            result[name] = value.text or ""
    return result


_CP = "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_CORE_NAMES = (
    ("category", _CP),
    ("version", _CP),
    ("identifier", _DC),
    ("title", _DC),
    ("modified", _DCTERMS),
)
# an element of the core properties and its text (None when it has none)
_CORE_ELEMENT = re.compile(
    rb"<"
    + _PREFIX_OF
    + rb"(category|version|identifier|title|modified)"
    + _ATTRIBUTES
    + rb"(?:/>|>([^<]*+)<)"
)


def core_properties(archive: Parts) -> dict[str, str]:
    """The core properties that carry a fingerprint (``category``, ``identifier``, ``version``,
    ``title``) and the last-saved time as written (``modified``, see :func:`saved_time`), read
    straight from ``docProps/core.xml``: by a pattern when it is written as Office writes it, as
    :func:`custom_properties` does."""
    xml = _part(archive, CORE)
    if xml is None:
        return {}
    return _core_by_pattern(xml) if _is_plain(xml) else _core_by_parser(xml)


def _core_by_pattern(xml: bytes) -> dict[str, str]:
    result = {}
    seen = set()
    for name, value in _CORE_ELEMENT.findall(xml):
        if name not in seen:  # the first of each, as the parser's find gives it
            seen.add(name)
            if value:
                result[name.decode()] = _text(value).strip()
    return result


def _core_by_parser(xml: bytes) -> dict[str, str]:
    root = _tree(xml)
    result = {}
    for name, namespace in _CORE_NAMES:
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
    return _sheet_parts(workbook, rels)


@functools.lru_cache(maxsize=16)
def _sheet_parts(workbook: bytes, rels: bytes) -> Mapping[str, str]:
    # every form of a campaign carries the same two parts, so a check parses them once
    targets: dict[bytes, bytes] = {}
    for tag in _RELATIONSHIP_TAG.findall(rels):
        attributes = dict(_ATTRIBUTE.findall(tag))
        targets.setdefault(attributes.get(b"Id", b""), attributes.get(b"Target", b""))
    parts: dict[str, str] = {}
    for tag in _SHEET_TAG.findall(workbook):
        attributes = dict(_ATTRIBUTE.findall(tag))
        target = targets.get(attributes.get(b"r:id", b""), b"").decode("utf-8", "replace")
        part = target.lstrip("/") if target.lstrip("/").startswith("xl/") else f"xl/{target}"
        parts.setdefault(_unescape(attributes.get(b"name", b"")), part)
    return MappingProxyType(parts)


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
    candidate. Of it, only the given ``rows`` when each is found in order (see
    :func:`_row_spans`): a form's own percentage rows hold most of its formulas, and the reader
    asks for the rows a unit fills.
    """
    start, end = xml.find(b"sheetData"), xml.rfind(b"sheetData")
    if not 0 <= start < end:
        start, end = 0, len(xml)
    tag = xml.rfind(b"<", max(0, start - 32), start)
    prefix = xml[tag + 1 : start] if tag >= 0 else b""
    if not _PREFIX.fullmatch(prefix):
        prefix = b""
    spans = _row_spans(xml, start, end, prefix, rows) if rows is not None else None
    formula = b"<" + prefix + b"f"
    cells: dict[str, bool] = {}
    for span_start, span_end in spans if spans is not None else [(start, end)]:
        if xml.find(formula, span_start, span_end) >= 0:  # most rows a unit fills have none
            cells.update(_formulas_between(xml, span_start, span_end, prefix))
    return cells


def _row_spans(
    xml: bytes, start: int, end: int, prefix: bytes, rows: Collection[int]
) -> list[tuple[int, int]] | None:
    """Where each of ``rows`` lies between ``start`` and ``end``: from its ``<row r="N"`` to its
    ``</row>``, the rows in ascending order as every writer puts them. ``None`` when one is not
    found so (another attribute first, rows out of order): the caller then scans everything."""
    opening, closing = b"<" + prefix + b'row r="', b"</" + prefix + b"row>"
    spans = []
    at = start
    for number in sorted(set(rows)):
        opened = xml.find(b'%s%d"' % (opening, number), at, end)
        closed = xml.find(closing, opened, end) if opened >= 0 else -1
        if closed < 0:
            return None
        spans.append((opened, closed))
        at = closed
    return spans


def _formulas_between(xml: bytes, start: int, end: int, prefix: bytes) -> dict[str, bool]:
    """The formula cells between ``start`` and ``end``. Each formula tag (``<f``, with the prefix
    the writer gave ``sheetData``) is found first and its cell read back from it, rather than
    trying the cell pattern at every tag: a sheet holds hundreds of tags and a handful of
    formulas."""
    formula, cell = b"<" + prefix + b"f", b"<" + prefix + b"c"
    if xml.count(formula, start, end) > _MANY_FORMULAS:
        found_all = _FORMULA_CELL.findall(xml, start, end)
        return {address.decode(): bool(cached.strip()) for address, cached in found_all}
    cells: dict[str, bool] = {}
    at = xml.find(formula, start, end)
    while at >= 0:
        if xml[at + len(formula) : at + len(formula) + 1] in _AFTER_NAME:
            opened = xml.rfind(cell, max(start, at - _CELL_BEFORE), at)
            found = _FORMULA_CELL.match(xml, opened, end) if opened >= 0 else None
            if found and found.end(1) < at:
                cells[found[1].decode()] = bool(found[2] and found[2].strip())
        at = xml.find(formula, at + len(formula), end)
    return cells
