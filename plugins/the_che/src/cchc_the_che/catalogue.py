"""Cải cách thể chế: the domain, Phụ lục 1 section II, the outline section II.1 and its rules."""

from __future__ import annotations

from functools import partial

from cchc_core import (
    Domain,
    Heading,
    Indicator,
    Operator,
    Reporters,
    Rule,
    Section,
    Severity,
    Sum,
    Target,
    at_most,
    in_order,
    parts_sum_to_total,
)

KEY = "the_che"

DOMAIN = Domain(
    key=KEY,
    title="Cải cách thể chế",
    report_title="Tổng kết đánh giá kết quả thực hiện cải cách thể chế",
    owner="tu_phap",
    slug="the-che",
    report_number="3.1",
    outline="P1.II.1",
    proposal="P2.I.1",
    sections=("II",),
    order=31,
)

SECTION = Section("II", "Lĩnh vực cải cách thể chế", compiler="Phòng Tư pháp", order=20)

TU_PHAP = Reporters(offices=("tu_phap",))
XA = Reporters(communes=True)
row = partial(Indicator, section="II", domain=KEY, reporters=TU_PHAP, unit_label="văn bản")

ROWS = in_order(
    [
        row(
            "tc_vbqppl_tong",
            "Tổng số văn bản quy phạm pháp luật (VBQPPL) chủ trì soạn thảo đã được UBND huyện ban hành",
        ),
        row("tc_nq_hdnd_huyen", "Nghị quyết của Hội đồng nhân dân huyện", parent="tc_vbqppl_tong"),
        row("tc_qd_ubnd_huyen", "Quyết định của Ủy ban nhân dân huyện", parent="tc_vbqppl_tong"),
        row("tc_theo_loai", "Chia theo tên loại VBQPPL", stt="1", measure=None, unit_label=""),
        row(
            "tc_loai_qd_ubnd_huyen",
            "Quyết định của Ủy ban nhân dân cấp huyện",
            parent="tc_theo_loai",
        ),
        row(
            "tc_loai_nq_hdnd_xa",
            "Nghị quyết của Hội đồng nhân dân cấp xã",
            parent="tc_theo_loai",
            reporters=XA,
            help="Mỗi xã, thị trấn ghi số nghị quyết QPPL của HĐND xã mình.",
        ),
        row(
            "tc_loai_qd_ubnd_xa",
            "Quyết định của Ủy ban nhân dân cấp xã",
            parent="tc_theo_loai",
            reporters=XA,
            help="Mỗi xã, thị trấn ghi số quyết định QPPL của UBND xã mình.",
        ),
        row(
            "tc_de_nghi_sua_doi",
            "Số VBQPPL được đề nghị sửa đổi, bổ sung, thay thế, bãi bỏ hoặc ban hành mới sau rà soát",
            stt="2",
        ),
        row(
            "tc_da_xu_ly_ra_soat",
            "Số VBQPPL đã được xử lý theo thẩm quyền hoặc kiến nghị cơ quan có thẩm quyền xử lý sau rà "
            "soát",
            stt="3",
        ),
        row("tc_da_kiem_tra", "Số VBQPPL đã kiểm tra theo thẩm quyền", stt="4"),
        row("tc_trai_phap_luat", "Số VBQPPL trái pháp luật về nội dung, thẩm quyền", stt="5"),
        row(
            "tc_trai_pl_da_xu_ly",
            "Số VBQPPL trái pháp luật về nội dung, thẩm quyền đã được xử lý",
            stt="6",
        ),
        row(
            "tc_khong_phai_qppl",
            "Văn bản không phải là VBQPPL nhưng có chứa quy phạm pháp luật",
            stt="7",
        ),
    ]
)

RULES = (
    parts_sum_to_total(
        "tc_tong_bang_nq_cong_qd", "tc_vbqppl_tong", ("tc_nq_hdnd_huyen", "tc_qd_ubnd_huyen")
    ),
    Rule(
        code="tc_qd_huyen_hai_dong_khop",
        left=Sum("tc_loai_qd_ubnd_huyen"),
        operator=Operator.EQ,
        right=Sum("tc_qd_ubnd_huyen"),
        severity=Severity.WARNING,
        message="Số Quyết định của UBND cấp huyện ở mục 1 ({left}) khác số Quyết định của UBND "
        "huyện ở dòng tổng ({right}).",
        hint="Hai dòng cùng đếm quyết định QPPL của UBND huyện; nếu khác nhau, ghi lý do ở cột "
        "Ghi chú.",
    ),
    at_most(
        "tc_trai_pl_le_da_kiem_tra",
        "tc_trai_phap_luat",
        "tc_da_kiem_tra",
        hint="Số văn bản phát hiện trái pháp luật không thể nhiều hơn số văn bản đã kiểm tra.",
    ),
    at_most(
        "tc_xu_ly_le_trai_pl",
        "tc_trai_pl_da_xu_ly",
        "tc_trai_phap_luat",
        severity=Severity.WARNING,
        hint="Nếu có văn bản phát hiện từ năm trước được xử lý trong năm, ghi rõ ở cột Ghi chú.",
    ),
    at_most(
        "tc_xu_ly_le_de_nghi",
        "tc_da_xu_ly_ra_soat",
        "tc_de_nghi_sua_doi",
        severity=Severity.WARNING,
        hint="Nếu có văn bản đề nghị từ năm trước được xử lý trong năm, ghi rõ ở cột Ghi chú.",
    ),
)

TARGETS = (
    Target(
        key="luat_xu_ly_vb_trai_phap_luat",
        label="Văn bản QPPL trái pháp luật phát hiện qua kiểm tra được xử lý",
        domain=KEY,
        source="Luật Ban hành văn bản quy phạm pháp luật năm 2015; Nghị định số 34/2016/NĐ-CP "
        "ngày 14/5/2016 của Chính phủ",
        operator=">=",
        threshold=100,
        year=2020,
        indicator="tc_trai_pl_da_xu_ly",
        per="tc_trai_phap_luat",
        over="phase",
    ),
)

HEADINGS = (
    Heading(
        "P1.II.1", "Cải cách thể chế", KEY, parent="P1.II", number="1.", writes_text=False, order=1
    ),
    Heading(
        "P1.II.1.1",
        "Kết quả đạt được",
        KEY,
        parent="P1.II.1",
        number="1.1.",
        order=1,
        guidance=(
            "Việc tổ chức triển khai cơ chế, chính sách pháp luật thuộc phạm vi, lĩnh vực quản lý "
            "của cơ quan, đơn vị.",
            "Tổng số văn bản quy phạm pháp luật (QPPL) đã tham mưu ban hành, hoặc ban hành, việc "
            "tuân thủ quy trình, thủ tục xây dựng văn bản QPPL theo quy định của pháp luật; đánh giá "
            "chất lượng văn bản được ban hành.",
            "Công tác rà soát hệ thống văn bản QPPL: nêu số lượng văn bản QPPL đã được rà soát; kết "
            "quả xử lý các vấn đề phát hiện sau rà soát... công tác kiểm tra văn bản QPPL.",
            "Công tác theo dõi thi hành pháp luật hàng năm.",
            "Công tác thanh tra, kiểm tra việc thực hiện chính sách pháp luật thuộc phạm vi quản lý "
            "của cơ quan, đơn vị.",
        ),
    ),
    Heading(
        "P1.II.1.2",
        "Những tồn tại, hạn chế và nguyên nhân",
        KEY,
        parent="P1.II.1",
        number="1.2.",
        order=2,
    ),
    Heading("P2.I.1", "Về thể chế", KEY, parent="P2.I", number="1.", order=1),
)
