"""Cải cách tổ chức bộ máy: the domain, Phụ lục 1 section IV, the outline section II.3 and its rules.

The seed's Phụ lục 1 jumps from section III to V: section IV is missing. This plugin defines it from
the content Phụ lục 2 part II.3 asks for (offices and units before and after each restructuring,
working rules, internal procedures, inspections, autonomy of public service units, merged communes).
"""

from __future__ import annotations

from functools import partial

from cchc_core import (
    Domain,
    Heading,
    Indicator,
    Operator,
    OverYears,
    Reporters,
    Rule,
    Section,
    Severity,
    Sum,
    Target,
    UnitCount,
    at_most,
    in_order,
    parts_sum_to_total,
)

KEY = "bo_may"

DOMAIN = Domain(
    key=KEY,
    title="Cải cách tổ chức bộ máy",
    report_title="Cải cách tổ chức bộ máy hành chính nhà nước",
    owner="noi_vu",
    slug="bo-may",
    report_number="3.3",
    outline="P1.II.3",
    proposal="P2.I.3",
    sections=("IV",),
    order=33,
)

SECTION = Section(
    "IV",
    "Lĩnh vực cải cách tổ chức bộ máy hành chính nhà nước",
    compiler="Phòng Nội vụ",
    order=40,
    note="Mục IV không có trong Phụ lục 1 của Kế hoạch; các chỉ tiêu được xây dựng theo nội dung "
    "phần II.3 của Đề cương (Phụ lục 2).",
)

NOI_VU = Reporters(offices=("noi_vu",))
row = partial(Indicator, section="IV", domain=KEY, reporters=NOI_VU)
stock = partial(row, over_years=OverYears.LATEST)

ROWS = in_order(
    [
        stock(
            "bm_co_quan_chuyen_mon",
            "Số cơ quan chuyên môn thuộc UBND huyện",
            stt="1.",
            unit_label="cơ quan",
        ),
        stock(
            "bm_dvsn",
            "Số đơn vị sự nghiệp công lập thuộc UBND huyện",
            stt="2.",
            unit_label="đơn vị",
        ),
        stock(
            "bm_dvsn_tu_chu_to_chuc",
            "Số đơn vị sự nghiệp công lập thực hiện cơ chế tự chủ, tự chịu trách nhiệm về tổ chức "
            "bộ máy",
            stt="-",
            parent="bm_dvsn",
            unit_label="đơn vị",
        ),
        stock(
            "bm_dvhc_xa",
            "Số đơn vị hành chính cấp xã",
            stt="3.",
            unit_label="đơn vị",
            counts_units=True,
        ),
        stock(
            "bm_so_xa", "Số xã", stt="-", parent="bm_dvhc_xa", unit_label="xã", counts_units=True
        ),
        stock("bm_so_thi_tran", "Số thị trấn", stt="-", parent="bm_dvhc_xa", unit_label="thị trấn"),
        row(
            "bm_dvhc_giam",
            "Số đơn vị hành chính cấp xã giảm do sắp xếp, sáp nhập",
            stt="4.",
            unit_label="đơn vị",
        ),
        stock(
            "bm_quy_che",
            "Số cơ quan, đơn vị ban hành và thực hiện quy chế làm việc",
            stt="5.",
            unit_label="cơ quan, đơn vị",
        ),
        stock(
            "bm_quy_trinh_noi_bo",
            "Số cơ quan, đơn vị xây dựng và thực hiện quy trình nội bộ giải quyết công việc hành chính",
            stt="6.",
            unit_label="cơ quan, đơn vị",
        ),
        row(
            "bm_kiem_tra_to_chuc",
            "Số cơ quan, đơn vị thuộc, trực thuộc được kiểm tra về tổ chức và hoạt động",
            stt="7.",
            unit_label="cơ quan, đơn vị",
            recurring=True,
        ),
    ]
)

TARGETS = (
    Target(
        key="nq19_giam_dvsn",
        label="Số đơn vị sự nghiệp công lập",
        domain=KEY,
        source="Nghị quyết số 19-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII",
        operator=">=",
        threshold=10,
        year=2021,
        indicator="bm_dvsn",
        reduction_since=2015,
    ),
)

RULES = (
    parts_sum_to_total(
        "bm_dvhc_bang_xa_cong_thi_tran", "bm_dvhc_xa", ("bm_so_xa", "bm_so_thi_tran")
    ),
    at_most("bm_tu_chu_le_dvsn", "bm_dvsn_tu_chu_to_chuc", "bm_dvsn"),
    Rule(
        code="bm_dvhc_khop_danh_sach_don_vi",
        left=Sum("bm_dvhc_xa"),
        operator=Operator.EQ,
        right=UnitCount(offices=False, communes=True),
        severity=Severity.WARNING,
        message="Số đơn vị hành chính cấp xã ({left}) khác số xã, thị trấn khai báo trong cchc.toml "
        "cho năm này ({right}).",
        hint="Kiểm tra lại số liệu, hoặc danh sách đơn vị và ngày sáp nhập trong cchc.toml.",
    ),
)

HEADINGS = (
    Heading(
        "P1.II.3",
        "Cải cách tổ chức bộ máy",
        KEY,
        parent="P1.II",
        number="3.",
        writes_text=False,
        order=3,
    ),
    Heading(
        "P1.II.3.1",
        "Kết quả đạt được",
        KEY,
        parent="P1.II.3",
        number="3.1.",
        order=1,
        guidance=(
            "Tình hình triển khai sắp xếp, kiện toàn tổ chức bộ máy; trong đó nêu rõ mức độ tuân "
            "thủ quy định về tổ chức bộ máy của cơ quan, đơn vị.",
            "Kết quả sắp xếp tổ chức bộ máy: số lượng các phòng, ban, đơn vị thuộc và trực thuộc "
            "tăng, giảm qua các đợt sắp xếp tổ chức bộ máy.",
            "Tình hình quản lý biên chế; thực hiện tinh giản biên chế.",
            "Tình hình triển khai thực hiện quy chế làm việc của cơ quan, đơn vị.",
            "Việc xây dựng và thực hiện quy trình nội bộ giải quyết công việc về hành chính trong cơ "
            "quan, đơn vị (phân biệt khác với quy trình nội bộ trong giải quyết TTHC).",
            "Việc thực hiện các quy định về phân cấp đối với các ngành, lĩnh vực thuộc phạm vi quản "
            "lý của huyện; việc thực hiện các quy định phân cấp tại địa phương; các vấn đề về phân "
            "cấp được phát hiện.",
            "Về kiểm tra, đánh giá tình hình tổ chức và hoạt động của cơ quan, đơn vị: công tác xây "
            "dựng và ban hành kế hoạch kiểm tra; kết quả thực hiện kế hoạch, trong đó nêu rõ số "
            "lượng các cơ quan, đơn vị thuộc, trực thuộc được kiểm tra, kết quả xử lý các vấn đề "
            "đặt ra sau kiểm tra.",
            "Cải cách và triển khai cơ chế tự chủ, tự chịu trách nhiệm về tổ chức bộ máy đối với "
            "các đơn vị sự nghiệp công lập trực thuộc huyện.",
            "Việc thực hiện sắp xếp các đơn vị hành chính cấp huyện, cấp xã.",
        ),
    ),
    Heading(
        "P1.II.3.2",
        "Những tồn tại, hạn chế và nguyên nhân",
        KEY,
        parent="P1.II.3",
        number="3.2.",
        order=2,
        added=True,
    ),
    Heading(
        "P2.I.3", "Về tổ chức bộ máy hành chính nhà nước", KEY, parent="P2.I", number="3.", order=3
    ),
)
