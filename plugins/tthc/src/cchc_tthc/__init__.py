"""cchc plugin of Văn phòng HĐND và UBND huyện: cải cách thủ tục hành chính, một cửa,
sự hài lòng (specialist report 3.2, Phụ lục 1 section III and row I.6)."""

from __future__ import annotations

from collections.abc import Callable

from cchc_core import Domain, hookimpl
from cchc_core.documents.narrator import Narrator, ReportContext

from . import report
from .catalogue import DOMAIN, HEADINGS, ROWS, RULES, SATISFACTION_ROWS, SECTION


@hookimpl
def cchc_domains(register: Callable[..., None]) -> None:
    register(DOMAIN)


@hookimpl
def cchc_indicators(register: Callable[..., None]) -> None:
    register(SECTION, *ROWS, *SATISFACTION_ROWS)


@hookimpl
def cchc_outline(register: Callable[..., None]) -> None:
    register(*HEADINGS)


@hookimpl
def cchc_rules(register: Callable[..., None]) -> None:
    register(*RULES)


@hookimpl
def cchc_report_context(domain: Domain, narrator: Narrator) -> ReportContext | None:
    return report.context(narrator) if domain.key == DOMAIN.key else None
