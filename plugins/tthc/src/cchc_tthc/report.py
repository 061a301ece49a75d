"""Computed content of the TTHC parts: procedures, complaints, one-stop results, satisfaction,
online services; the communes' dossier results."""

from __future__ import annotations

from cchc_core import Narrator, Paragraph, ReportContext, vnformat

from .catalogue import KEY


def _procedures(n: Narrator) -> Paragraph:
    total = n.figure("tthc_tong")
    district, commune = n.figure("tthc_cap_huyen"), n.figure("tthc_cap_xa")
    if total.number is None or district.number is None or commune.number is None:
        return n.missing(f"số thủ tục hành chính năm {n.last.year}")
    return n.text(
        f"Đến cuối năm {n.last.year}, tổng số TTHC thuộc thẩm quyền giải quyết của huyện là "
        f"{vnformat.amount(total.number)} thủ tục, trong đó cấp huyện "
        f"{vnformat.amount(district.number)} thủ tục, cấp xã {vnformat.amount(commune.number)} "
        f"thủ tục; {n.amount('mc_huyen', n.figure('mc_huyen').number)} được tiếp nhận, trả kết quả "
        f"tại Bộ phận Một cửa cấp huyện."
    )


def _complaints(n: Narrator) -> tuple[Paragraph, ...]:
    return (n.phases("pakn_tiep_nhan"), n.phases("pakn_da_giai_quyet"))


def _online_services(n: Narrator) -> tuple[Paragraph, ...]:
    """Online services are counted in section VII (the hiện đại hóa plugin); without it, say so."""
    if not n.catalogue.has_indicator("hdh_dvctt"):
        return (n.missing("số dịch vụ công trực tuyến (chỉ tiêu của mục VII chưa được cài đặt)"),)
    return (
        n.trend("hdh_dvctt"),
        n.trend("hdh_dvctt_ty_le_phat_sinh"),
    )


def context(n: Narrator) -> ReportContext:
    """Computed blocks under the headings of II.2, the dossier chart and the communes' table."""
    quarter = [q for q in (n.quarter("hs_ty_le_huyen"), n.quarter("hs_ty_le_xa")) if q]
    return ReportContext(
        KEY,
        {
            "P1.II.2.1.a": (
                _procedures(n),
                n.trend("tthc_don_gian_hoa"),
                n.phases("tthc_don_gian_hoa"),
            ),
            "P1.II.2.1.b": _complaints(n),
            "P1.II.2.1.c": (n.trend("tthc_cong_khai"),),
            "P1.II.2.1.d": (
                n.trend("mc_lien_thong_cac_cap"),
                n.trend("mc_bon_tai_cho"),
                n.trend("hs_ty_le_huyen"),
                n.trend("hs_ty_le_xa"),
                *quarter,
                n.phases("hs_ty_le_xa"),
                n.chart(
                    ["hs_ty_le_huyen", "hs_ty_le_xa"],
                    title="Tỷ lệ hồ sơ TTHC giải quyết đúng hạn",
                    names=("Cấp huyện", "Cấp xã"),
                ),
                n.units_table(
                    ["hs_tiep_nhan_xa", "hs_da_giai_quyet_xa", "hs_ty_le_xa"],
                    title=f"Kết quả giải quyết hồ sơ TTHC của từng xã, thị trấn năm {n.last.year}",
                    names=("Hồ sơ đã tiếp nhận", "Hồ sơ đã giải quyết", "Tỷ lệ đúng hạn"),
                ),
                n.units_phase_table("hs_ty_le_xa"),
                n.trend("hl_muc_do"),
            ),
            "P1.II.2.1.dd": _online_services(n),
        },
        detail=(
            n.table(
                [
                    "tthc_tong",
                    "tthc_cap_huyen",
                    "tthc_cap_xa",
                    "hs_ty_le_huyen",
                    "hs_ty_le_xa",
                    "pakn_tiep_nhan",
                    "pakn_da_giai_quyet",
                    "hl_muc_do",
                ],
                title="Một số chỉ tiêu chủ yếu về cải cách TTHC",
            ),
        ),
    )
