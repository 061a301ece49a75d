"""Computed content of the tổ chức bộ máy parts: offices and units before and after restructuring,
the commune-level units and their merger."""

from __future__ import annotations

from cchc_core import Narrator, Paragraph, ReportContext, vnformat

from .catalogue import KEY


def _mergers(n: Narrator) -> Paragraph | None:
    """The communes merged, and the count of commune-level units from the last full year before
    the first merger within the campaign's years to the latest figures (Hướng Hóa: 22 in 2019,
    21 on 31/3/2020). Mergers outside its years are named without a count."""
    merged = [u for u in n.config.communes if u.is_merged and u.merged_on]
    if not merged:
        return None
    periods = n.config.periods
    # the first merger within the campaign's years: one before them is already in every count
    within = [u.merged_on for u in merged if u.merged_on and u.merged_on > periods[0].end]
    first = min(within, default=None)
    earlier = [p for p in periods if not p.partial and first and p.end < first]
    latest = periods[-1]
    sentences = "; ".join(
        f"{' và '.join(map(vnformat.name_in_text, u.merged_from))} sáp nhập thành {u.in_text} "
        f"từ ngày "
        f"{vnformat.short_date(u.merged_on)}"
        for u in merged
    )
    text = f"Thực hiện sắp xếp đơn vị hành chính cấp xã: {sentences}"
    if first and earlier and latest.end >= first:
        before = n.figure("bm_dvhc_xa", earlier[-1])
        after = n.figure("bm_dvhc_xa", latest)
        if before.number is not None and after.number is not None:
            text += (
                f"; số đơn vị hành chính cấp xã từ {vnformat.amount(before.number)} (năm "
                f"{earlier[-1].year}) còn {vnformat.amount(after.number)}"
            )
    return n.text(text + ".")


def context(n: Narrator) -> ReportContext:
    """Sentences and the yearly table for heading II.3.1."""
    mergers = _mergers(n)
    return ReportContext(
        KEY,
        {
            "P1.II.3.1": (
                n.trend("bm_co_quan_chuyen_mon"),
                n.trend("bm_dvsn"),
                n.trend("bm_dvsn_tu_chu_to_chuc"),
                *([mergers] if mergers else []),
                n.trend("bm_quy_trinh_noi_bo"),
                n.phases(
                    "bm_kiem_tra_to_chuc",
                    subject="Số cơ quan, đơn vị được kiểm tra về tổ chức và hoạt động",
                ),
                n.table(
                    ["bm_co_quan_chuyen_mon", "bm_dvsn", "bm_dvhc_xa", "bm_quy_trinh_noi_bo"],
                    title="Tổ chức bộ máy qua các năm",
                ),
            ),
        },
    )
