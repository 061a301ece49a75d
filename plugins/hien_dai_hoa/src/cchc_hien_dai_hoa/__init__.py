"""cchc plugin for hiện đại hóa hành chính: ISO 9001 (specialist report 3.6, Phòng Kinh tế và Hạ
tầng) and IT and e-government (specialist report 3.7, Phòng Văn hóa và Thông tin); Phụ lục 1
section VII."""

from __future__ import annotations

from collections.abc import Callable

from cchc_core import hookimpl

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
