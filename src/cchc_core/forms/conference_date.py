"""The line of a commune's outline document that asks when it held its own review conference (task
2.1 of the plan: "Tổ chức hội nghị trước ngày 15/5/2020"), written blank and read back.

The line carries a bookmark, like the headings, and starts with a fixed label; whatever the commune
types after the colon is read as a date written the Vietnamese way ("12/5/2020", "12-5",
"ngày 12 tháng 5 năm 2020") or as "Chưa tổ chức".
"""

from __future__ import annotations

import enum
import re
from datetime import date
from typing import Any

from attrs import frozen
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph as DocxParagraph

from cchc_core.config import CampaignConfig
from cchc_core.forms import layout
from cchc_core.model.submissions import Cell
from cchc_core.model.units import Unit
from cchc_core.util import vnformat
from cchc_core.util.docx_style import add_bookmark, add_styled
from cchc_core.util.text import fold, match_key

BOOKMARK = layout.BOOKMARK_PREFIX + "hoi_nghi"
LABEL = "Ngày tổ chức hội nghị tổng kết của đơn vị"
BLANK = "……/……/"
PART = "Hội nghị tổng kết của đơn vị"  # where a finding about the line points

_NUMERIC = re.compile(r"(?<!\d)(\d{1,2})\s*[/.\-]\s*(\d{1,2})(?:\s*[/.\-]\s*(\d{2}|\d{4}))?(?!\d)")
_WORDS = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?", re.IGNORECASE)
_PROMPT = re.compile(r"\(\s*Kế hoạch\s*:[^)]*\)", re.IGNORECASE)
_NOT_HELD = ("chưa tổ chức", "không tổ chức", "chưa", "không")


class Held(enum.Enum):
    """What a commune's line says."""

    ON = "on"  # a date
    NOT_HELD = "not_held"  # "Chưa tổ chức"
    BLANK = "blank"  # left as printed
    UNREADABLE = "unreadable"  # something that is neither


@frozen
class Answer:
    """The line read: what it says, the date when one is given, and the text as typed."""

    held: Held
    day: date | None = None
    text: str = ""


def applies(config: CampaignConfig, unit: Unit) -> bool:
    """True when ``unit`` is asked for its conference date (a commune, with ``communes_by`` set)."""
    return bool(config.conference and config.conference.communes_by and unit.is_commune_level)


def write_line(document: Any, config: CampaignConfig, unit: Unit) -> None:
    """Add the conference-date line (and how to fill it) to a commune's outline document."""
    if not applies(config, unit):
        return
    assert config.conference is not None and config.conference.communes_by is not None
    by = config.conference.communes_by
    paragraph = document.add_paragraph()
    label = paragraph.add_run(f"{LABEL} (Kế hoạch: trước ngày {vnformat.short_date(by)}): ")
    label.bold = True
    paragraph.add_run(f"{BLANK}{by.year}")
    add_bookmark(paragraph, BOOKMARK, 9000)
    add_styled(
        document,
        document.styles[layout.GUIDANCE_STYLE].style_id,
        f"Ghi ngày đơn vị đã tổ chức hội nghị, ví dụ 12/5/{by.year}; chưa tổ chức thì ghi "
        "“Chưa tổ chức”.",
    )


def write_said(document: Any, said: str) -> None:
    """Add the conference-date line already answered (``25/5/2020``, ``Chưa tổ chức``): a file
    cchc fills itself, a district's roll-up, which has no deadline of its own to print and no one
    to ask."""
    paragraph = document.add_paragraph()
    paragraph.add_run(f"{LABEL}: ").bold = True
    paragraph.add_run(said)
    add_bookmark(paragraph, BOOKMARK, 9000)


def find(paragraph: DocxParagraph) -> Cell | None:
    """The text typed on the conference-date line, when ``paragraph`` is that line."""
    marked = any(
        start.get(qn("w:name")) == BOOKMARK for start in paragraph._p.iter(qn("w:bookmarkStart"))
    )
    text = fold(paragraph.text)
    if not marked and not match_key(text).startswith(match_key(LABEL)):
        return None
    text = _PROMPT.sub("", text)  # the printed "(Kế hoạch: trước ngày 15/5/2020)"
    answer = text.split(":", 1)[1] if ":" in text else ""
    return Cell(fold(answer), "", "")


def read(cell: Cell | None, year: int) -> Answer:
    """What the typed text says; a date without a year is in ``year``."""
    text = fold(str(cell.raw)) if cell is not None else ""
    left_as_printed = BLANK[:2] in text and not re.search(r"\d", text.replace(str(year), ""))
    if not text or left_as_printed:
        return Answer(Held.BLANK, text=text)
    match = _WORDS.search(text) or _NUMERIC.search(text)
    if match:
        day, month, written_year = match.groups()
        full_year = int(written_year) if written_year else year
        if full_year < 100:
            full_year += 2000
        try:
            return Answer(Held.ON, date(full_year, int(month), int(day)), text)
        except ValueError:
            return Answer(Held.UNREADABLE, text=text)
    key = match_key(text).rstrip(".")
    if key.startswith(_NOT_HELD):
        return Answer(Held.NOT_HELD, text=text)
    return Answer(Held.UNREADABLE, text=text)
