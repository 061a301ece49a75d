"""cchc plugin for hiện đại hóa hành chính: ISO 9001 (specialist report 3.6, Phòng Kinh tế và Hạ
tầng) and IT and e-government (specialist report 3.7, Phòng Văn hóa và Thông tin); Phụ lục 1
section VII."""

from __future__ import annotations

from collections.abc import Callable

from cchc_core import Domain, hookimpl
from cchc_core.documents.narrator import Narrator, ReportContext

from . import report
from .catalogue import DOMAIN, HEADINGS, ISO_DOMAIN, ROWS, RULES, SECTION


@hookimpl
def cchc_domains(register: Callable[..., None]) -> None:
    register(ISO_DOMAIN, DOMAIN)


@hookimpl
def cchc_indicators(register: Callable[..., None]) -> None:
    register(SECTION, *ROWS)


@hookimpl
def cchc_outline(register: Callable[..., None]) -> None:
    register(*HEADINGS)


@hookimpl
def cchc_rules(register: Callable[..., None]) -> None:
    register(*RULES)


@hookimpl
def cchc_report_context(domain: Domain, narrator: Narrator) -> ReportContext | None:
    if domain.key == DOMAIN.key:
        return report.context(narrator)
    if domain.key == ISO_DOMAIN.key:
        return report.iso_context(narrator)
    return None
