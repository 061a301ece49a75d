"""Computed content of the đội ngũ CBCCVC parts: staff against quota at both levels, recruitment
by competition, training; the communes' civil servants."""

from __future__ import annotations

from cchc_core import Narrator, Paragraph, ReportContext, vnformat

from .catalogue import KEY


def _staff(n: Narrator) -> Paragraph:
    quota, present = n.levels("cc_giao"), n.levels("cc_co_mat")
    if quota is None or present is None:
        return n.missing(f"biên chế cán bộ, công chức năm {n.last.year}")
    total = n.figure("cc_co_mat")
    return n.text(
        f"Năm {n.last.year}, tổng biên chế cán bộ, công chức được giao là "
        f"{vnformat.amount(sum(quota))} người, có mặt {vnformat.amount(sum(present))} người; "
        f"trong đó cấp huyện {vnformat.amount(present[0])}/{vnformat.amount(quota[0])}, cấp xã "
        f"{vnformat.amount(present[1])}/{vnformat.amount(quota[1])} người{n.coverage(total)}."
    )


def _communes(n: Narrator) -> Paragraph:
    levels = n.levels("cc_co_mat")
    trained = n.levels("cc_boi_duong")
    if levels is None:
        return n.missing(f"công chức cấp xã năm {n.last.year}")
    text = (
        f"Năm {n.last.year}, đội ngũ cán bộ, công chức cấp xã có {vnformat.amount(levels[1])} người"
    )
    if trained is not None:
        text += f"; {vnformat.amount(trained[1])} lượt cán bộ, công chức cấp xã được bồi dưỡng"
    return n.text(text + f"{n.coverage(n.figure('cc_co_mat'))}.")


def context(n: Narrator) -> ReportContext:
    """Blocks for II.4.1.a and II.4.1.b."""
    return ReportContext(
        KEY,
        {
            "P1.II.4.1.a": (
                _staff(n),
                n.trend("vc_co_mat", subject="Số viên chức có mặt"),
                n.phases("cc_tuyen_dung_thi"),
                n.phases("cc_bo_nhiem_thi_tuyen"),
                n.phases("cc_tinh_gian"),
                n.phases("cc_boi_duong", subject="Số lượt công chức được bồi dưỡng, tập huấn"),
                n.chart(
                    ["cc_boi_duong", "vc_boi_duong"],
                    kind="bar",
                    title="Số lượt cán bộ, công chức, viên chức được bồi dưỡng",
                    names=("Công chức", "Viên chức"),
                ),
            ),
            "P1.II.4.1.b": (
                _communes(n),
                n.units_table(
                    ["cc_giao", "cc_co_mat", "cc_boi_duong"],
                    title=f"Cán bộ, công chức cấp xã năm {n.last.year}",
                    names=("Được giao", "Có mặt", "Lượt bồi dưỡng"),
                ),
            ),
        },
        detail=(
            n.table(
                [
                    "cc_giao",
                    "cc_co_mat",
                    "vc_giao",
                    "vc_co_mat",
                    "cc_tuyen_dung_thi",
                    "cc_tinh_gian",
                    "cc_boi_duong",
                    "vc_boi_duong",
                    "cc_lop_dao_tao",
                ],
                title="Đội ngũ cán bộ, công chức, viên chức qua các năm",
            ),
        ),
    )
