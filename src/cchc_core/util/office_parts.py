"""Reading the parts of an Office package that the cell readers do not expose: custom properties,
core dates, and which cells hold formulas. Parsed with defusedxml (no entity expansion, no DTDs)."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Collection
from datetime import UTC, datetime

from defusedxml import ElementTree

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
_SHEET = re.compile(rb'<(?:\w+:)?sheet\b[^<>]*\bname="([^"<>]*)"[^<>]*\br:id="([^"<>]*)"')
_REL = re.compile(rb'<Relationship\b[^<>]*\bId="([^"<>]*)"[^<>]*\bTarget="([^"<>]*)"')
_REL_REVERSED = re.compile(rb'<Relationship\b[^<>]*\bTarget="([^"<>]*)"[^<>]*\bId="([^"<>]*)"')


def custom_properties(archive: zipfile.ZipFile) -> dict[str, str]:
    """The custom document properties as ``{name: text}`` (empty when the part is absent)."""
    if CUSTOM not in archive.namelist():
        return {}
    root = ElementTree.fromstring(archive.read(CUSTOM))
    result = {}
    for prop in root:
        name = prop.get("name")
        value = next(iter(prop), None)
        if name and value is not None and value.tag.startswith(_VT):
            result[name] = value.text or ""
    return result


_CP = "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}"
_DC = "{http://purl.org/dc/elements/1.1/}"


def core_properties(archive: zipfile.ZipFile) -> dict[str, str]:
    """The core properties that carry a fingerprint (``category``, ``identifier``, ``version``,
    ``title``), read straight from ``docProps/core.xml``."""
    if CORE not in archive.namelist():
        return {}
    root = ElementTree.fromstring(archive.read(CORE))
    result = {}
    for name, namespace in (
        ("category", _CP),
        ("version", _CP),
        ("identifier", _DC),
        ("title", _DC),
    ):
        node = root.find(f"{namespace}{name}")
        if node is not None and node.text:
            result[name] = node.text.strip()
    return result


def modified_time(archive: zipfile.ZipFile) -> datetime | None:
    """The last-saved time the file states (``dcterms:modified``), in UTC."""
    if CORE not in archive.namelist():
        return None
    root = ElementTree.fromstring(archive.read(CORE))
    node = root.find(f"{_DCTERMS}modified")
    if node is None or not node.text:
        return None
    try:
        stamp = datetime.fromisoformat(node.text.strip().replace("Z", "+00:00"))
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


def _cell_data(xml: bytes) -> bytes:
    """The ``sheetData`` element of a sheet's XML, where every cell and formula is (the whole
    part when it cannot be found): a form's data validations come after it, and each of their
    ``<formula1>`` would otherwise send the whole sheet through the formula scan."""
    start, end = xml.find(b"sheetData"), xml.rfind(b"sheetData")
    return xml[start:end] if 0 <= start < end else xml


def formula_cells(
    archive: zipfile.ZipFile, sheets: Collection[str] | None = None
) -> dict[str, dict[str, bool]]:
    """For each sheet name (of ``sheets``, default all), the cells holding a formula and whether a
    cached value was saved.

    A regular-expression scan of the sheet XML: cheap, and it never evaluates anything.
    """
    try:
        workbook = archive.read("xl/workbook.xml")
        rels = archive.read("xl/_rels/workbook.xml.rels")
    except KeyError:
        return {}
    targets = {rid: target for rid, target in _REL.findall(rels)}
    targets.update({rid: target for target, rid in _REL_REVERSED.findall(rels)})
    names = set(archive.namelist())
    result: dict[str, dict[str, bool]] = {}
    for raw_name, rid in _SHEET.findall(workbook):
        if sheets is not None and _unescape(raw_name) not in sheets:
            continue
        target = targets.get(rid, b"").decode("utf-8", "replace").lstrip("/")
        part = target if target.startswith("xl/") else f"xl/{target}"
        if part not in names:
            continue
        xml = _cell_data(archive.read(part))
        if b"<f" not in xml and b":f" not in xml:
            continue
        cells = {
            address.decode(): bool(cached.strip()) for address, cached in _FORMULA_CELL.findall(xml)
        }
        if cells:
            result[_unescape(raw_name)] = cells
    return result
