"""Reads a unit's report written in its outline document (.docx) into narrative parts.

Headings are recognised by the bookmark the form put on each (kept by Word when a unit edits the text),
otherwise by their title with the numbering stripped, looked up first among the headings near the
previous one: a unit may renumber, retitle slightly, add blank lines or paragraphs, and insert tables.
Guidance lines (the form's grey italic style) are skipped. The file is never written.
"""

from __future__ import annotations

import functools
import zipfile

from docx.oxml.ns import qn
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph as DocxParagraph

from cchc_core.collect.damaged import damaged
from cchc_core.collect.unit_names import check_file_name, own_name, units_named_in
from cchc_core.config import CampaignConfig
from cchc_core.errors import InputFileError
from cchc_core.forms import conference_date, layout
from cchc_core.forms.campaign_marks import is_here, other_addressee, other_campaign, read_subject
from cchc_core.forms.docx_parts import paragraph_text, read_body_and_styles
from cchc_core.model.blocks import Block, Paragraph, Table
from cchc_core.model.collector import ReadContext
from cchc_core.model.findings import Finding, Location, Severity
from cchc_core.model.headings import Heading
from cchc_core.model.submissions import InboxFile, Narrative, Submission, SubmissionKind
from cchc_core.model.units import Unit
from cchc_core.plugin.catalogue import Catalogue
from cchc_core.util.office_parts import core_properties, saved_time
from cchc_core.util.text import fold, match_key, strip_numbering
from cchc_core.util.untrusted import hidden_characters

_P = qn("w:p")


class _ReadParagraph(DocxParagraph):
    """A paragraph of the document read, its text built once (:func:`docx_parts.paragraph_text`):
    reading asks for it several times per paragraph."""

    @functools.cached_property
    def text(self) -> str:  # type: ignore[override]
        """The paragraph's text as a reader of the document sees it."""
        return paragraph_text(self._p)


@functools.lru_cache(maxsize=8)
def _bookmarks(keys: tuple[str, ...]) -> dict[str, str]:
    """Heading key by the name of the bookmark the form put on the heading (once per outline)."""
    return {layout.bookmark_name(key): key for key in keys}


class _HeadingFinder:
    """Finds which outline heading a paragraph is, preferring headings near the previous one."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        self.by_bookmark = _bookmarks(tuple(h.key for h in catalogue.headings))
        self.current: Heading | None = None

    def _bookmarked(self, name: str) -> Heading | None:
        key = self.by_bookmark.get(name)
        return self.catalogue.heading(key) if key is not None else None

    def find(self, paragraph: DocxParagraph, style_name: str) -> Heading | None:
        for start in paragraph._p.iter(qn("w:bookmarkStart")):
            heading = self._bookmarked(start.get(qn("w:name"), ""))
            if heading is not None:
                return self._move(heading)
        text = fold(paragraph.text)
        if not text or len(text) > 250:
            return None
        is_heading_style = style_name.lower().startswith(("heading", "tiêu đề"))
        key = match_key(strip_numbering(text))
        candidates = self.catalogue.headings_titled(key)
        if not candidates and is_heading_style and "\n" in paragraph.text:
            key = match_key(strip_numbering(paragraph.text.split("\n")[-1]))
            candidates = self.catalogue.headings_titled(key)
        if not candidates:
            return None
        if not is_heading_style and text == strip_numbering(text):
            return None  # an unnumbered body sentence that happens to equal a title
        return self._move(self._nearest(candidates))

    def _nearest(self, candidates: tuple[Heading, ...]) -> Heading:
        if len(candidates) == 1 or self.current is None:
            return candidates[0]
        scope: Heading | None = self.current
        while scope is not None:
            near = [h for h in candidates if h.parent == scope.key]
            if near:
                return near[0]
            scope = self.catalogue.heading(scope.parent) if scope.parent else None
        return candidates[0]  # none near the previous heading: the first in outline order

    def _move(self, heading: Heading) -> Heading:
        self.current = heading
        return heading


def _ends_report(element: object) -> bool:
    """True at the closing of the report: the bookmarked closing sentence, or (the bookmark lost)
    the table that starts with "Nơi nhận"."""
    if element.tag == qn("w:p"):  # type: ignore[attr-defined]
        return any(
            start.get(qn("w:name")) == layout.END_BOOKMARK
            for start in element.iter(qn("w:bookmarkStart"))  # type: ignore[attr-defined]
        )
    if element.tag == qn("w:tbl"):  # type: ignore[attr-defined]
        first = next(element.iter(qn("w:t")), None)  # type: ignore[attr-defined]
        return first is not None and (first.text or "").strip().startswith("Nơi nhận")
    return False


def _table(table: DocxTable) -> Table:
    rows = []
    for row in table.rows:
        cells: list[str] = []
        previous = None
        for cell in row.cells:
            if cell._tc is previous:
                continue  # python-docx repeats a horizontally merged cell; keep it once
            previous = cell._tc
            cells.append(fold("\n".join(paragraph_text(p) for p in cell._tc.iterchildren(_P))))
        rows.append(tuple(cells))
    width = max((len(r) for r in rows), default=0)
    rows = [r + ("",) * (width - len(r)) for r in rows]
    return Table(header=rows[0] if rows else (), rows=rows[1:], numeric_from=width)


def _same_campaign(subject: str, unit: Unit, config: CampaignConfig) -> None:
    """Refuse an outline made for another place (a district office's outline in the province's
    inbox would be read as the department with its id), or a roll-up's made for another province:
    its Subject holds the marks (:mod:`~cchc_core.forms.campaign_marks`). A Subject a clerk
    rewrote in Word holds none and is not judged."""
    marks = read_subject(subject)
    if marks is None:
        return
    place, plan, addressee = marks
    if unit.is_rollup:  # the level below's own outline, marked with its own campaign
        if addressee is not None and not is_here(addressee, config):
            raise other_addressee(addressee, config, unit.id, "outline.other-campaign")
    elif not is_here(place, config):
        raise other_campaign("Đề cương", place, plan, config, unit.id, "outline.other-campaign")


def _identify(
    properties: dict[str, str], file: InboxFile, context: ReadContext
) -> tuple[str, list[str]]:
    config = context.config
    notes: list[str] = []
    identifier = properties.get("identifier", "")
    if properties.get("category") == layout.OUTLINE_CATEGORY and config.has_unit(identifier):
        unit = config.unit(identifier)
        _same_campaign(properties.get("subject", ""), unit, config)
        check_file_name(file.name, unit, config, what="đề cương", code="outline.unit-mismatch")
        if properties.get("version") != context.catalogue.outline_version:
            notes.append(
                "Đề cương được tạo từ phiên bản đề mục khác; các phần được nhận theo tên đề mục."
            )
        return unit.id, notes
    named = units_named_in(own_name(file.name), config)
    if len(named) == 1:
        notes.append(
            "Văn bản không phải đề cương do cchc tạo; nhận là báo cáo của "
            f"{named[0].in_text} theo tên tệp và đọc các phần theo tên đề mục."
        )
        return named[0].id, notes
    sender = config.unit_by_email(file.sender)
    if sender is not None:
        notes.append(
            "Văn bản không phải đề cương do cchc tạo; nhận là báo cáo của "
            f"{sender.in_text} theo địa chỉ thư điện tử {file.sender} và đọc các phần theo tên "
            "đề mục."
        )
        return sender.id, notes
    raise InputFileError(
        "Văn bản Word này không phải đề cương do cchc tạo và tên tệp không cho biết của đơn vị nào.",
        code="outline.unknown-unit",
        hint="Đặt tên tệp có tên đơn vị (ví dụ “Báo cáo xã Hướng Lập.docx”) hoặc dùng tệp đề cương "
        "đã được gửi.",
    )


def _text_under_titles(
    narratives: dict[str, Narrative], catalogue: Catalogue, unit: Unit, file_name: str
) -> tuple[Finding, ...]:
    """A warning for each heading that only titles its sub-headings and has text written under
    it (typed there, or written before a plugin split the heading): no report can place it."""
    return tuple(
        Finding(
            "outline.text-under-title",
            Severity.WARNING,
            f"Văn bản viết ngay dưới đề mục {catalogue.heading_label(key)} "
            f"“{catalogue.heading(key).title}” không được đưa vào báo cáo: đề mục này chỉ là tiêu "
            "đề của các đề mục con.",
            "Chép đoạn văn vào đề mục con phù hợp rồi gửi lại.",
            unit.id,
            unit.name,
            Location(file_name, part=catalogue.heading_label(key)),
        )
        for key, narrative in narratives.items()
        if not catalogue.heading(key).writes_text and not narrative.is_empty
    )


def read(file: InboxFile, context: ReadContext) -> Submission:
    """Read one outline document into the unit's narrative parts."""
    with zipfile.ZipFile(file.path) as archive:
        properties = core_properties(archive)
        file_date = saved_time(properties)
        unit_id, notes = _identify(properties, file, context)
        try:
            body, names = read_body_and_styles(archive)
        except Exception as error:  # lxml and zipfile raise several types for damaged packages
            raise damaged(f"{type(error).__name__}: {error}") from None
    unit = context.config.unit(unit_id)
    finder = _HeadingFinder(context.catalogue)
    parts: dict[str, list[Block]] = {}
    hidden: dict[str, set[str]] = {}  # characters removed from each part's text
    current: str | None = None
    conference = None
    for child in body.iterchildren():
        if _ends_report(child):
            break  # the closing sentence, "Nơi nhận" and the signature are not the report's parts
        if child.tag == qn("w:p"):
            paragraph = _ReadParagraph(child, None)  # type: ignore[arg-type]  # text only, no part
            style_name = names.get(child.style, "Normal")
            if conference is None and (conference := conference_date.find(paragraph)):
                continue
            heading = finder.find(paragraph, style_name)
            if heading is not None:
                current = heading.key
                parts.setdefault(current, [])
                continue
            if current is None or style_name == layout.GUIDANCE_STYLE:
                continue
            hidden.setdefault(current, set()).update(hidden_characters(paragraph.text))
            text = fold(paragraph.text)
            if text:
                style = "bullet" if text.startswith(("-", "+", "•")) else "body"
                parts[current].append(Paragraph(text, style))
        elif child.tag == qn("w:tbl") and current is not None:
            parts[current].append(_table(DocxTable(child, None)))  # type: ignore[arg-type]
    narratives = {key: Narrative(key, tuple(blocks)) for key, blocks in parts.items()}
    findings = tuple(
        Finding("outline.note", Severity.WARNING, note, "", unit.id, unit.name, Location(file.name))
        for note in notes
    ) + tuple(
        Finding(
            "text.hidden-characters",
            Severity.WARNING,
            f"Phần {context.catalogue.heading_label(key)} có ký tự ẩn ({', '.join(sorted(codes)[:5])}) "
            "có thể làm đảo thứ tự chữ; các ký tự này đã được bỏ đi trong báo cáo.",
            "Thường do dán từ trang web hay phần mềm khác; kiểm tra lại đoạn chữ đó.",
            unit.id,
            unit.name,
            Location(file.name, part=context.catalogue.heading_label(key)),
        )
        for key, codes in hidden.items()
        if codes
    )
    findings += _text_under_titles(narratives, context.catalogue, unit, file.name)
    if not narratives:
        raise InputFileError(
            "Không nhận ra đề mục nào của đề cương trong văn bản.",
            code="outline.no-headings",
            hint="Viết báo cáo vào tệp đề cương đã được gửi, giữ nguyên các đề mục.",
        )
    return Submission(
        unit=unit.id,
        kind=SubmissionKind.NARRATIVE,
        source=file,
        collector="de-cuong",
        catalogue_version=(
            properties.get("version", "")
            if properties.get("category") == layout.OUTLINE_CATEGORY
            else ""
        ),
        file_date=file_date,
        narratives=narratives,
        findings=findings,
        conference=conference,
    )
