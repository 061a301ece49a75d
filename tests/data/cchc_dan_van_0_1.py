"""A plugin exactly as the 0.1 plugin guide taught it (module-level hooks, ``cchc_core.report``).

Kept to prove that plugins offices wrote from that guide keep working: see tests/test_public_api.py.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from cchc_core import (
    Domain,
    Heading,
    Indicator,
    Reporters,
    Section,
    at_most,
    hookimpl,
    in_order,
)
from cchc_core.report import Narrator, ReportContext

KEY = "dan_van"

DOMAIN = Domain(
    key=KEY,
    title="Công tác dân vận chính quyền",
    report_title="Kết quả công tác dân vận chính quyền gắn với cải cách hành chính",
    owner="noi_vu",
    slug="dan-van",
    report_number="3.8",
    outline="P1.II.7",
    proposal="P2.I.7",
    sections=("VIII",),
    order=38,
)
SECTION = Section(
    "VIII",
    "Lĩnh vực dân vận chính quyền",
    compiler="Phòng Nội vụ",
    order=80,
    note="Mục bổ sung cho báo cáo chuyên đề 3.8.",
)
row = partial(Indicator, section="VIII", domain=KEY, reporters=Reporters(communes=True))
ROWS = in_order(
    [
        row(
            "dv_doi_thoai",
            "Số cuộc đối thoại giữa lãnh đạo UBND xã với nhân dân",
            stt="1",
            unit_label="cuộc",
        ),
        row(
            "dv_kien_nghi",
            "Số kiến nghị của nhân dân tại các cuộc đối thoại",
            stt="2",
            unit_label="kiến nghị",
        ),
        row("dv_da_giai_quyet", "Số kiến nghị đã được giải quyết", stt="3", unit_label="kiến nghị"),
    ]
)
RULES = (at_most("dv_giai_quyet_le_kien_nghi", "dv_da_giai_quyet", "dv_kien_nghi"),)
HEADINGS = (
    Heading("P1.II.7", "Công tác dân vận chính quyền", KEY, parent="P1.II", number="7.", order=7),
    Heading("P2.I.7", "Về công tác dân vận chính quyền", KEY, parent="P2.I", number="7.", order=7),
)


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


@hookimpl
def cchc_report_context(domain: Domain, narrator: Narrator) -> ReportContext | None:
    if domain.key != KEY:
        return None
    return ReportContext(
        KEY,
        {
            "P1.II.7": (
                narrator.trend("dv_doi_thoai"),
                narrator.phases("dv_kien_nghi"),
                narrator.units_table(
                    ["dv_doi_thoai", "dv_kien_nghi", "dv_da_giai_quyet"],
                    names=("Đối thoại", "Kiến nghị", "Đã giải quyết"),
                ),
            ),
        },
    )
