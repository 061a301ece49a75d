"""cchc plugin of Phòng Nội vụ: cải cách tổ chức bộ máy (specialist report 3.3, Phụ lục 1
section IV, which this plugin defines because the seed lacks it)."""

from __future__ import annotations

from collections.abc import Callable

from cchc_core import hookimpl

from .catalogue import DOMAIN, HEADINGS, ROWS, RULES, SECTION


@hookimpl
def cchc_domains(register: Callable[..., None]) -> None:
    register(DOMAIN)


@hookimpl
def cchc_indicators(register: Callable[..., None]) -> None:
    register(SECTION, *ROWS)


@hookimpl
def cchc_outline(register: Callable[..., None]) -> None:
    register(*HEADINGS)


@hookimpl
def cchc_rules(register: Callable[..., None]) -> None:
    register(*RULES)
