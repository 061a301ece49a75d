"""Computed content of the hiện đại hóa parts: IT use and e-government (3.7), ISO 9001 (3.6)."""

from __future__ import annotations

from cchc_core import Narrator, ReportContext

from .catalogue import ISO, KEY


def context(n: Narrator) -> ReportContext:
    """Blocks for II.6.1 (report 3.7)."""
    return ReportContext(
        KEY,
        {
            "P1.II.6.1": (
                n.trend("hdh_vb_dien_tu"),
                n.trend("hdh_ket_noi_truc"),
                n.trend("hdh_chu_ky_so"),
                n.trend("hdh_hop_thu"),
                n.trend("hdh_qlvb"),
                n.trend("hdh_dvctt"),
                n.trend("hdh_dvctt_ty_le_phat_sinh"),
                n.trend("hdh_hs_mot_cua_dt"),
                n.chart(
                    ["hdh_vb_dien_tu", "hdh_hop_thu", "hdh_hs_mot_cua_dt"],
                    title="Ứng dụng công nghệ thông tin qua các năm",
                    names=(
                        "Văn bản điện tử",
                        "Công chức có hộp thư điện tử",
                        "Hồ sơ qua một cửa điện tử",
                    ),
                ),
            ),
        },
        detail=(
            n.table(
                [
                    "hdh_vb_dien_tu",
                    "hdh_ket_noi_truc",
                    "hdh_vb_nhan_truc",
                    "hdh_vb_gui_truc",
                    "hdh_chu_ky_so",
                    "hdh_hop_thu",
                    "hdh_dvctt",
                    "hdh_dvctt_ty_le_phat_sinh",
                    "hdh_mot_cua_dt",
                    "hdh_hs_mot_cua_dt",
                ],
                title="Các chỉ tiêu hiện đại hóa hành chính qua các năm",
            ),
        ),
    )


def iso_context(n: Narrator) -> ReportContext:
    """Blocks for II.6.2 (report 3.6)."""
    return ReportContext(
        ISO,
        {
            "P1.II.6.2": (
                n.trend("hdh_iso"),
                n.phases("hdh_iso"),
                *(q for q in (n.quarter("hdh_iso"),) if q is not None),
            )
        },
    )
