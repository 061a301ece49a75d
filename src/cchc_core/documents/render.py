"""Renders one report: the code-built template, its header and closing variables, a body (and for
the district report an appendix) written by a callback. Always with autoescape, in Jinja's sandbox."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path

from attrs import asdict, evolve, frozen
from docx.oxml.ns import nsmap
from docxtpl import DocxTemplate
from jinja2.sandbox import SandboxedEnvironment

from cchc_core.config import CampaignConfig
from cchc_core.documents.body import BodyWriter
from cchc_core.documents.template import TEXT_WIDTH_CM, build_template
from cchc_core.util import vnformat
from cchc_core.util.decree30 import (
    HeaderLayout,
    header_layout,
    issuing_lines,
    subject_lines,
    summary_lines,
)
from cchc_core.util.line_breaks import ProperNames
from cchc_core.util.stable import save_stable
from cchc_core.util.untrusted import for_xml

# Importing docxtpl imports docxcompose, which rebinds python-docx's "cp" prefix to the
# custom-properties namespace for the whole process (docxcompose/utils.py). python-docx then reads and
# writes core properties (category, version) in the wrong namespace. cchc uses no docxcompose feature
# that needs the new binding, so the standard one is put back.
nsmap["cp"] = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"

APPENDIX_WIDTH_CM = 26.2  # A4 landscape 297 mm − 20 − 15 mm margins, a little to spare


@frozen
class Letterhead:
    """The variables of a report's header and closing blocks."""

    parent_body: str
    issuing_body: str
    number_line: str
    place_date: str
    doc_type: str
    summary: str
    demo_notice: str
    recipients: tuple[str, ...]
    signer_authority: str
    signer_title: str
    signer_name: str
    names: Iterable[str] | ProperNames = ()

    @property
    def is_letter(self) -> bool:
        """An official letter (công văn): no document type, its summary is the "V/v …" line."""
        return not self.doc_type

    def laid_out(self) -> tuple[Letterhead, HeaderLayout]:
        """The letterhead with its issuing body and summary broken into lines between word groups
        (``names``: proper names never split), and the geometry those lines need."""
        issuing, size = issuing_lines(self.issuing_body, self.names)
        lines = subject_lines if self.is_letter else summary_lines
        summary = lines(self.summary, self.names)
        layout = header_layout(issuing, size, summary)
        return evolve(self, issuing_body="\n".join(issuing), summary="\n".join(summary)), layout


def number_line(number: str, suffix: str) -> str:
    """``Số: 05/BC-UBND``, or ``Số:      /BC-UBND`` left for the clerk to fill at signing."""
    return f"Số: {number}/{suffix}" if number else f"Số:        /{suffix}"


def place_date(config: CampaignConfig) -> str:
    """``Hướng Hóa, ngày 25 tháng 5 năm 2020``, or with blanks for the day to be filled."""
    report = config.report
    when = (
        vnformat.long_date(report.date)
        if report.date
        else vnformat.blank_date(report.month, report.year)
    )
    return f"{config.district.place}, {when}"


def attached_to(config: CampaignConfig) -> str:
    """``(Kèm theo Báo cáo số      /BC-UBND ngày      tháng 5 năm 2020 của UBND huyện Hướng Hóa)``:
    an appendix names the report it belongs to (number and day blank until signing)."""
    report = config.report
    number = report.number or "      "
    when = (
        vnformat.long_date(report.date)
        if report.date
        else vnformat.blank_date(report.month, report.year)
    )
    return (
        f"(Kèm theo Báo cáo số {number}/{report.number_suffix} {when} của "
        f"{config.district.short_name})"
    )


def recipient_lines(recipients: tuple[str, ...], archive: str) -> tuple[str, ...]:
    """``- Sở Nội vụ;`` … ``- Lưu: VT, NV.``"""
    return (*(f"- {r.rstrip(';.')};" for r in recipients), f"- Lưu: {archive.rstrip('.')}.")


def demo_notice(config: CampaignConfig) -> str:
    """The banner every demo document carries."""
    return (
        "DỰ THẢO MINH HỌA — số liệu và nội dung là giả định, tạo bởi cchc demo, không phải "
        f"báo cáo thật của {config.district.level_word}"
        if config.demo
        else ""
    )


def _clean(value: object) -> object:
    """Letterhead texts come from cchc.toml: TOML escapes can still hold what XML cannot."""
    if isinstance(value, str):
        return for_xml(value)
    if isinstance(value, tuple):
        return tuple(_clean(v) for v in value)
    return value


def render(
    letterhead: Letterhead,
    write_body: Callable[[BodyWriter], None],
    target: Path,
    when: date,
    *,
    write_appendix: Callable[[BodyWriter], None] | None = None,
    template: bytes | None = None,
) -> Path:
    """Render a report to ``target`` atomically."""
    letterhead, layout = letterhead.laid_out()
    source = template or build_template(
        with_appendix=write_appendix is not None, layout=layout, letter=letterhead.is_letter
    )
    document = DocxTemplate(io.BytesIO(source))
    body = document.new_subdoc()
    write_body(BodyWriter(body, TEXT_WIDTH_CM))
    fields = asdict(letterhead, value_serializer=lambda _, __, value: _clean(value))
    context: dict[str, object] = {**fields, "body": body}
    context["recipients"] = list(fields["recipients"])
    del context["names"]
    if write_appendix is not None:
        appendix = document.new_subdoc()
        write_appendix(BodyWriter(appendix, APPENDIX_WIDTH_CM, numbered=False))
        context["appendix"] = appendix
    document.render(context, jinja_env=SandboxedEnvironment(autoescape=True), autoescape=True)
    properties = document.docx.core_properties
    properties.title = for_xml(letterhead.summary)[:255]
    properties.author = "cchc"
    properties.language = "vi-VN"
    return save_stable(document, target, when)
