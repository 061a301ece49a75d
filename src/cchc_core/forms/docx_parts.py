"""The two parts of a Word document the outline reader needs, read without loading the package.

python-docx's ``Document()`` parses every part of the package (settings, numbering, fonts, theme …)
and builds each paragraph's text with XPath: two thirds of reading an outline. The reader needs only
the body and the names of the styles it uses, so it parses the body alone, found through the
package relationships, with python-docx's own parser (no entity expansion, no network), and looks
the few style names up in the styles part. The demo's 33 outlines read in 7 ms each instead of 20.

A paragraph's text is what a reader of the document sees: the runs and hyperlinks, and also the text
of tracked insertions, content controls, fields and smart tags (python-docx leaves those out, so a
report typed with Track Changes on lost its new sentences); deleted and moved-away text, and the
placeholder an empty content control shows, are left out.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from typing import Any

from docx.oxml.ns import qn
from docx.oxml.parser import parse_xml
from docx.styles import BabelFish

_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships"
_OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MAIN_DOCUMENT = f"{_OFFICE}/officeDocument"
STYLES = f"{_OFFICE}/styles"

_RUN = qn("w:r")
_PARAGRAPH_STYLE = qn("w:pStyle")
_VAL = qn("w:val")
#: a style's name element, within one tag: ``<w:name w:val="Heading 1"/>`` (no entity)
_NAME = re.compile(rb"""<(?:[\w.-]+:)?name\b[^<>]*?\bval=(["'])([^"'<>&]*)\1""")
#: elements whose runs are part of the text a reader sees
_CONTAINERS = frozenset(
    qn(tag)
    for tag in (
        "w:hyperlink",
        "w:ins",
        "w:moveTo",
        "w:smartTag",
        "w:sdt",
        "w:sdtContent",
        "w:fldSimple",
        "w:customXml",
        "w:dir",
        "w:bdo",
    )
)
_CONTROL = qn("w:sdt")
_SHOWING_PLACEHOLDER = f"{qn('w:sdtPr')}/{qn('w:showingPlcHdr')}"
_TEXT = qn("w:t")
_BREAK = qn("w:br")
_BREAK_TYPE = qn("w:type")
#: run content that stands for a character (a page or column break stands for none)
_CHARACTERS = {qn("w:tab"): "\t", qn("w:ptab"): "\t", qn("w:cr"): "\n", qn("w:noBreakHyphen"): "-"}


def _target(archive: zipfile.ZipFile, source: str, kind: str) -> str | None:
    """The part that ``source``'s relationship of type ``kind`` points to (``""`` is the package)."""
    folder, name = posixpath.split(source)
    rels = posixpath.join(folder, "_rels", f"{name}.rels")
    try:
        root = parse_xml(archive.read(rels))
    except KeyError:
        return None
    for relation in root.iter(f"{{{_RELATIONSHIPS}}}Relationship"):
        if relation.get("Type") == kind and relation.get("TargetMode") != "External":
            target = relation.get("Target", "")
            path = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
            return posixpath.normpath(path)
    return None


def read_body_and_styles(archive: zipfile.ZipFile) -> tuple[Any, dict[str, str]]:
    """The document's ``w:body`` element and its style names by style id (names as Word shows
    them: "Heading 1", not the stored "heading 1"). Raises ``KeyError`` when the package has no
    main document and lxml's errors when a part is not XML."""
    main = _target(archive, "", MAIN_DOCUMENT) or "word/document.xml"
    document = parse_xml(archive.read(main))
    body = document.find(qn("w:body"))
    if body is None:
        raise KeyError("w:body")
    used = {style.get(_VAL, "") for style in body.iter(_PARAGRAPH_STYLE)} - {""}
    styles = _target(archive, main, STYLES)
    if not used or styles is None or styles not in archive.namelist():
        return body, {}
    return body, _style_names(archive.read(styles), used)


def _style_names(xml: bytes, ids: set[str]) -> dict[str, str]:
    """The names of the styles ``ids``: looked up as bytes where the part is written as Word,
    LibreOffice and python-docx write it (the part holds every style Word knows, 350 kB: parsing it
    was two thirds of the time to read an outline, and the body uses a handful); the part is parsed
    whole as soon as one style is written any other way (entities, another encoding, odd spacing),
    so an unusual file costs time, never a guidance line read as the unit's text."""
    names: dict[str, str] = {}
    for style_id in ids:
        name = _written_plainly(xml, style_id)
        if name is None:
            return _parsed(xml, ids)
        names[style_id] = BabelFish.internal2ui(name)
    return names


def _written_plainly(xml: bytes, style_id: str) -> str | None:
    """The name of style ``style_id`` when its element reads ``styleId="…"`` and then
    ``<w:name w:val="…"/>`` with no entity in either; None otherwise. Linear in the part's size
    whatever its content (no pattern here can backtrack past a tag)."""
    if any(c in style_id for c in "&<>\"'"):
        return None
    at = xml.find(f'styleId="{style_id}"'.encode())
    end = xml.find(b"style>", at)  # the closing tag of this style
    if at < 0 or end < 0:
        return None
    found = _NAME.search(xml, at, end)
    if found is None:
        return None
    try:
        return found.group(2).decode("utf-8")
    except UnicodeDecodeError:
        return None


def _parsed(xml: bytes, ids: set[str]) -> dict[str, str]:
    names = {}
    for style in parse_xml(xml).iter(qn("w:style")):
        style_id, name = style.get(qn("w:styleId"), ""), style.find(qn("w:name"))
        if style_id in ids and name is not None:
            names[style_id] = BabelFish.internal2ui(name.get(_VAL, ""))
    return names


def _run_text(run: Any, into: list[str]) -> None:
    for item in run:
        if item.tag == _TEXT:
            into.append(item.text or "")
        elif item.tag == _BREAK:
            if item.get(_BREAK_TYPE, "textWrapping") == "textWrapping":
                into.append("\n")
        else:
            into.append(_CHARACTERS.get(item.tag, ""))


def _collect(element: Any, into: list[str]) -> None:
    for child in element:
        if child.tag == _RUN:
            _run_text(child, into)
        elif child.tag == _CONTROL and child.find(_SHOWING_PLACEHOLDER) is not None:
            continue  # an empty content control shows "Click or tap here to enter text."
        elif child.tag in _CONTAINERS:
            _collect(child, into)


def paragraph_text(paragraph: Any) -> str:
    """The text of a ``w:p`` element as a reader of the document sees it."""
    parts: list[str] = []
    _collect(paragraph, parts)
    return "".join(parts)
