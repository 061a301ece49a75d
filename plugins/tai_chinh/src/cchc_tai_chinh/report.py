"""Computed content of the tài chính công parts: autonomy of agencies and public service units."""

from __future__ import annotations

from cchc_core import Narrator, Paragraph, ReportContext, vnformat

from .catalogue import CATEGORIES, GROUPS, KEY


def _group(n: Narrator, code: str) -> Paragraph:
    total = n.figure(code)
    if total.number is None:
        return n.missing(f"{n.indicator(code).label} năm {n.last.year}")
    parts = []
    for suffix, label in CATEGORIES:
        figure = n.figure(f"{code}_{suffix}")
        if figure.number:
            parts.append(f"{vnformat.amount(figure.number)} đơn vị {label.split('công ', 1)[-1]}")
    detail = f", trong đó {'; '.join(parts)}" if parts else ""
    return n.text(
        f"{n.indicator(code).label} năm {n.last.year}: "
        f"{vnformat.amount(total.number)} đơn vị{detail}."
    )


def _agencies(n: Narrator, number: float) -> str:
    """How many agencies, out of the campaign's offices where they are the agencies counted (a
    district's); at a province the count adds the districts' own agencies to its departments',
    so that "52/6" would compare them with the departments alone (review)."""
    district = n.config.district
    if district.level == "district":
        return (
            f"{vnformat.amount(number)}/{len(n.config.offices)} cơ quan hành chính thuộc UBND "
            f"{district.level_word}"
        )
    return f"{vnformat.amount(number)} cơ quan hành chính trên địa bàn {district.level_word}"


def context(n: Narrator) -> ReportContext:
    """Blocks for II.5.1."""
    agencies = n.figure("tcc_cq_tu_chu")
    share = (
        n.text(
            f"Năm {n.last.year}, {_agencies(n, agencies.number)} thực hiện cơ chế tự chủ về biên "
            f"chế và kinh phí quản lý hành chính."
        )
        if agencies.number is not None
        else n.missing("số cơ quan thực hiện cơ chế tự chủ")
    )
    return ReportContext(
        KEY,
        {
            "P1.II.5.1": (
                share,
                *(_group(n, code) for code, _, _ in GROUPS),
                n.table(
                    ["tcc_cq_tu_chu", *(code for code, _, _ in GROUPS), "tcc_khcn"],
                    title="Thực hiện cơ chế tự chủ qua các năm",
                ),
            ),
        },
    )
