"""Đội ngũ cán bộ, công chức, viên chức: the domain, Phụ lục 1 section V, outline II.4, rules.

Civil-servant rows are reported by Phòng Nội vụ for the district level and by each commune for its own
cán bộ, công chức cấp xã; the district figure is their sum, and the report shows the two levels apart
(Phụ lục 2 II.4.b asks about commune civil servants).
"""

from __future__ import annotations

from functools import partial

from cchc_core import (
    Domain,
    Heading,
    Indicator,
    OverYears,
    Reporters,
    Section,
    Target,
    at_most,
    in_order,
)

KEY = "cong_chuc"

DOMAIN = Domain(
    key=KEY,
    title="Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức",
    report_title="Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức",
    owner="noi_vu",
    slug="cong-chuc",
    report_number="3.4",
    outline="P1.II.4",
    proposal="P2.I.4",
    sections=("V",),
    order=34,
)

SECTION = Section(
    "V",
    "Lĩnh vực xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức",
    compiler="Phòng Nội vụ",
    order=50,
)

NOI_VU = Reporters(offices=("noi_vu",))
BOTH = Reporters(offices=("noi_vu",), communes=True)
LEVELS = (
    "Phòng Nội vụ ghi số của cấp huyện; mỗi xã, thị trấn ghi số cán bộ, công chức cấp xã của mình."
)
row = partial(Indicator, section="V", domain=KEY, reporters=NOI_VU, unit_label="người")
stock = partial(row, over_years=OverYears.LATEST)

ROWS = in_order(
    [
        row(
            "cc_bien_che",
            "Tổng số biên chế cán bộ, công chức",
            stt="1.",
            measure=None,
            reporters=BOTH,
        ),
        stock(
            "cc_giao",
            "Tổng số được giao",
            stt="-",
            parent="cc_bien_che",
            reporters=BOTH,
            help=LEVELS,
        ),
        stock(
            "cc_co_mat",
            "Tổng số có mặt",
            stt="-",
            parent="cc_bien_che",
            reporters=BOTH,
            help=LEVELS,
        ),
        row("vc_bien_che", "Tổng số biên chế viên chức", stt="2.", measure=None),
        stock("vc_giao", "Tổng số được giao", stt="-", parent="vc_bien_che"),
        stock("vc_co_mat", "Tổng số có mặt", stt="-", parent="vc_bien_che"),
        row(
            "cc_tuyen_dung_thi",
            "Số công chức được tuyển dụng theo hình thức thi cạnh tranh",
            stt="3.",
        ),
        row(
            "cc_bo_nhiem_thi_tuyen",
            "Số công chức được bổ nhiệm vào các chức danh lãnh đạo, quản lý thông qua thi tuyển cạnh "
            "tranh",
            stt="4.",
        ),
        row(
            "cc_tinh_gian",
            "Số lượng cán bộ, công chức được tinh giản biên chế",
            stt="5.",
            reporters=BOTH,
            help=LEVELS,
        ),
        row(
            "cc_boi_duong",
            "Số lượng công chức được bồi dưỡng, tập huấn hàng năm",
            stt="6.",
            reporters=BOTH,
            unit_label="lượt người",
            help=LEVELS,
        ),
        row(
            "vc_boi_duong",
            "Số lượng viên chức được bồi dưỡng, tập huấn hàng năm",
            stt="7.",
            unit_label="lượt người",
        ),
        row("cc_lop_dao_tao", "Số lượng các lớp đào tạo, bồi dưỡng", stt="8.", unit_label="lớp"),
    ]
)

RULES = (
    at_most(
        "cc_co_mat_le_giao",
        "cc_co_mat",
        "cc_giao",
        hint="Số có mặt không vượt số biên chế được giao; nếu có hợp đồng ngoài biên chế, không "
        "tính vào dòng này.",
    ),
    at_most(
        "vc_co_mat_le_giao",
        "vc_co_mat",
        "vc_giao",
        hint="Số có mặt không vượt số biên chế được giao.",
    ),
)

TARGETS = (
    Target(
        key="nq39_tinh_gian_cong_chuc",
        label="Biên chế công chức cấp huyện",
        domain=KEY,
        source="Nghị quyết số 39-NQ/TW ngày 17/4/2015 của Bộ Chính trị",
        operator=">=",
        threshold=10,
        year=2021,
        indicator="cc_giao",
        reduction_since=2015,
        scope="offices",
    ),
    Target(
        key="nq19_tinh_gian_vien_chuc",
        label="Biên chế viên chức hưởng lương từ ngân sách nhà nước",
        domain=KEY,
        source="Nghị quyết số 19-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII",
        operator=">=",
        threshold=10,
        year=2021,
        indicator="vc_giao",
        reduction_since=2015,
    ),
)

HEADINGS = (
    Heading(
        "P1.II.4",
        "Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức",
        KEY,
        parent="P1.II",
        number="4.",
        writes_text=False,
        order=4,
    ),
    Heading(
        "P1.II.4.1",
        "Kết quả đạt được",
        KEY,
        parent="P1.II.4",
        number="4.1.",
        writes_text=False,
        order=1,
    ),
    Heading(
        "P1.II.4.1.a",
        "Kết quả thực hiện các nội dung về cải cách chế độ công vụ, công chức",
        KEY,
        parent="P1.II.4.1",
        number="a.",
        order=1,
        guidance=(
            "Về cơ cấu công chức, viên chức theo vị trí việc làm.",
            "Việc thực hiện đổi mới công tác quản lý cán bộ, công chức, viên chức: việc tổ chức tuyển "
            "dụng viên chức; cử thi nâng ngạch công chức, thăng hạng viên chức theo nguyên tắc cạnh "
            "tranh; thu hút người tài vào bộ máy hành chính; đổi mới công tác đánh giá, phân loại "
            "cán bộ, công chức, viên chức.",
            "Đổi mới nội dung, hình thức đào tạo, bồi dưỡng cán bộ, công chức, viên chức theo thẩm "
            "quyền.",
            "Việc thực hiện kỷ luật, kỷ cương hành chính; đạo đức công vụ của cán bộ, công chức, đạo "
            "đức nghề nghiệp của viên chức.",
            "Việc luân chuyển, bổ nhiệm các chức danh lãnh đạo, quản lý; việc khen thưởng, kỷ luật "
            "đối với cán bộ, công chức, viên chức.",
        ),
    ),
    Heading(
        "P1.II.4.1.b",
        "Về công chức cấp xã (cơ cấu, số lượng, chất lượng, đào tạo, bồi dưỡng)",
        KEY,
        parent="P1.II.4.1",
        number="b.",
        order=2,
    ),
    Heading("P1.II.4.2", "Những tồn tại, hạn chế", KEY, parent="P1.II.4", number="4.2.", order=2),
    Heading(
        "P2.I.4",
        "Về xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức",
        KEY,
        parent="P2.I",
        number="4.",
        order=4,
    ),
)
