"""Computed content of the thể chế parts of the reports."""

from __future__ import annotations

from cchc_core import Narrator, ReportContext

from .catalogue import KEY


def context(n: Narrator) -> ReportContext:
    """Sentences, a table and the communes' results for heading II.1.1."""
    return ReportContext(
        KEY,
        {
            "P1.II.1.1": (
                n.trend(
                    "tc_vbqppl_tong",
                    subject="Số văn bản QPPL do các cơ quan chuyên môn chủ "
                    "trì soạn thảo, được UBND huyện ban hành",
                ),
                n.phases("tc_vbqppl_tong", subject="Số văn bản QPPL của huyện"),
                n.phases("tc_loai_qd_ubnd_xa", subject="Số quyết định QPPL của UBND cấp xã"),
                n.phases(
                    "tc_de_nghi_sua_doi",
                    subject="Số văn bản QPPL được đề nghị sửa đổi, bổ "
                    "sung, thay thế, bãi bỏ sau rà soát",
                ),
                n.phases("tc_da_kiem_tra", subject="Số văn bản QPPL đã kiểm tra theo thẩm quyền"),
                n.phases("tc_trai_phap_luat", subject="Số văn bản phát hiện trái pháp luật"),
                n.table(
                    [
                        "tc_vbqppl_tong",
                        "tc_nq_hdnd_huyen",
                        "tc_qd_ubnd_huyen",
                        "tc_da_kiem_tra",
                        "tc_trai_phap_luat",
                        "tc_trai_pl_da_xu_ly",
                    ],
                    title="Kết quả xây dựng, kiểm tra văn bản QPPL qua các năm",
                ),
            ),
        },
        detail=(
            n.units_table(
                ["tc_loai_nq_hdnd_xa", "tc_loai_qd_ubnd_xa"],
                title=f"Văn bản QPPL của HĐND, UBND cấp xã năm {n.last.year}",
                names=("Nghị quyết của HĐND xã", "Quyết định của UBND xã"),
            ),
        ),
    )
