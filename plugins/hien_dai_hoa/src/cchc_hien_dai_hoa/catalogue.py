"""Hiện đại hóa hành chính: two domains (ISO 9001, report 3.6; IT and e-government, report 3.7),
Phụ lục 1 section VII, the outline section II.6 and its rules."""

from __future__ import annotations

from functools import partial

from cchc_core import (
    Domain,
    Heading,
    Indicator,
    Measure,
    OverYears,
    Ratio,
    Reporters,
    Section,
    Target,
    UnitCount,
    at_most,
    in_order,
)

KEY = "hien_dai_hoa"
ISO = "iso"

DOMAIN = Domain(
    key=KEY,
    title="Hiện đại hóa hành chính",
    report_title="Ứng dụng công nghệ thông tin trong hoạt động của các cơ quan hành chính nhà nước "
    "và xây dựng chính phủ điện tử",
    owner="van_hoa_thong_tin",
    slug="hien-dai-hoa",
    report_number="3.7",
    outline="P1.II.6",
    proposal="P2.I.6",
    sections=("VII",),
    order=37,
)

ISO_DOMAIN = Domain(
    key=ISO,
    title="Áp dụng hệ thống quản lý chất lượng theo tiêu chuẩn TCVN ISO 9001",
    report_title="Việc áp dụng hệ thống quản lý chất lượng theo tiêu chuẩn quốc gia TCVN ISO "
    "9001:2008 và ISO 9001:2015",
    owner="kinh_te_ha_tang",
    slug="iso-9001",
    report_number="3.6",
    outline="P1.II.6.2",
    proposal="P2.I.6",
    sections=("VII",),
    order=36,
)

SECTION = Section(
    "VII",
    "Lĩnh vực hiện đại hóa hành chính",
    compiler="Văn phòng HĐND và UBND huyện, Phòng Văn hóa và Thông tin, Phòng Kinh tế và Hạ tầng",
    order=70,
)

VAN_PHONG = Reporters(offices=("van_phong",))
VHTT = Reporters(offices=("van_hoa_thong_tin",))
KTHT = Reporters(offices=("kinh_te_ha_tang",))
row = partial(Indicator, section="VII", domain=KEY, reporters=VAN_PHONG)
units = partial(row, unit_label="cơ quan, đơn vị", over_years=OverYears.LATEST, counts_units=True)
percent = partial(row, measure=Measure.PERCENT, unit_label="%", over_years=OverYears.LATEST)

ROWS = in_order(
    [
        percent(
            "hdh_vb_dien_tu", "Tỷ lệ văn bản hành chính được trao đổi dưới dạng điện tử", stt="1."
        ),
        units("hdh_ket_noi_truc", "Số đơn vị kết nối Trục liên thông VBQG", stt="2."),
        row(
            "hdh_vb_nhan_truc",
            "Số lượng văn bản nhận trên Trục liên thông VBQG",
            stt="3.",
            unit_label="văn bản",
        ),
        row(
            "hdh_vb_gui_truc",
            "Số lượng văn bản gửi trên Trục liên thông VBQG",
            stt="4.",
            unit_label="văn bản",
        ),
        row(
            "hdh_chu_ky_so",
            "Số lượng chữ ký số",
            stt="5.",
            unit_label="chứng thư số",
            over_years=OverYears.LATEST,
        ),
        percent("hdh_hop_thu", "Tỷ lệ công chức có hộp thư điện tử", stt="6."),
        units(
            "hdh_qlvb",
            "Số cơ quan chuyên môn thuộc huyện, đơn vị hành chính cấp huyện triển khai ứng dụng phần "
            "mềm quản lý văn bản",
            stt="7.",
        ),
        units(
            "hdh_lan",
            "Số cơ quan chuyên môn cấp huyện, đơn vị hành chính cấp huyện sử dụng mạng nội bộ (mạng "
            "LAN) để trao đổi công việc",
            stt="8.",
            reporters=VHTT,
        ),
        units(
            "hdh_cong_ttdt",
            "Số cơ quan chuyên môn cấp huyện, đơn vị hành chính cấp huyện có Cổng/Trang Thông tin "
            "điện tử",
            stt="9.",
            reporters=VHTT,
        ),
        row(
            "hdh_dvctt",
            "Số dịch vụ công trực tuyến mức độ 3, mức độ 4",
            phrase="Số dịch vụ công trực tuyến mức độ 3, 4",
            stt="10.",
            unit_label="dịch vụ",
            over_years=OverYears.LATEST,
        ),
        percent(
            "hdh_dvctt_ty_le_phat_sinh",
            "Tỷ lệ dịch vụ công trực tuyến mức độ 3, mức độ 4 có phát sinh hồ sơ",
            phrase="Tỷ lệ dịch vụ công trực tuyến mức độ 3, 4 có phát sinh hồ sơ",
            stt="11.",
            ratio=Ratio("hdh_dvctt_co_ho_so", "hdh_dvctt"),
        ),
        row(
            "hdh_dvctt_co_ho_so",
            "Số dịch vụ công trực tuyến mức độ 3, mức độ 4 có phát sinh hồ sơ",
            parent="hdh_dvctt_ty_le_phat_sinh",
            unit_label="dịch vụ",
            over_years=OverYears.LATEST,
            added=True,
        ),
        units("hdh_mot_cua_dt", "Số đơn vị xây dựng, sử dụng phần mềm một cửa điện tử", stt="12."),
        percent(
            "hdh_hs_mot_cua_dt", "Tỷ lệ hồ sơ giải quyết qua hệ thống một cửa điện tử", stt="13."
        ),
        units(
            "hdh_iso",
            "Số cơ quan chuyên môn cấp huyện, đơn vị hành chính cấp huyện có bản Công bố ISO",
            phrase="Số cơ quan, đơn vị có bản công bố hệ thống quản lý chất lượng theo TCVN ISO 9001",
            stt="14.",
            reporters=KTHT,
            domain=ISO,
        ),
    ]
)

TARGETS = (
    Target(
        key="nq30c_van_ban_dien_tu",
        label="Văn bản, tài liệu chính thức trao đổi giữa các cơ quan hành chính nhà nước được "
        "thực hiện dưới dạng điện tử",
        domain=KEY,
        source="Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ",
        operator=">=",
        threshold=90,
        year=2020,
        indicator="hdh_vb_dien_tu",
    ),
)

_UNIT_BOUND = (
    "Số đơn vị không thể nhiều hơn số cơ quan, đơn vị và xã, thị trấn của huyện trong năm."
)
RULES = (
    *(
        at_most(
            f"{code}_le_so_don_vi",
            code,
            UnitCount(),
            message="Số đơn vị ({left}) nhiều hơn tổng số cơ quan thuộc UBND huyện và xã, thị "
            "trấn trong năm ({right}).",
            hint=_UNIT_BOUND,
        )
        for code in (
            "hdh_ket_noi_truc",
            "hdh_qlvb",
            "hdh_lan",
            "hdh_cong_ttdt",
            "hdh_mot_cua_dt",
            "hdh_iso",
        )
    ),
    at_most(
        "hdh_dvctt_co_ho_so_le_dvctt",
        "hdh_dvctt_co_ho_so",
        "hdh_dvctt",
        hint="Số dịch vụ có phát sinh hồ sơ là một phần của số dịch vụ công trực tuyến.",
    ),
)

HEADINGS = (
    Heading(
        "P1.II.6",
        "Hiện đại hóa hành chính",
        KEY,
        parent="P1.II",
        number="6.",
        writes_text=False,
        order=6,
    ),
    Heading(
        "P1.II.6.1",
        "Kết quả đạt được",
        KEY,
        parent="P1.II.6",
        number="6.1.",
        order=1,
        guidance=(
            "Về hạ tầng công nghệ thông tin, hệ thống phần mềm quản lý, dữ liệu chuyên ngành, phát "
            "triển nguồn nhân lực công nghệ thông tin của các cơ quan, đơn vị (sử dụng mạng WAN, "
            "LAN; kết nối vào mạng truyền số liệu chuyên dùng của các cơ quan Đảng, Nhà nước; việc "
            "sử dụng chữ ký số...).",
            "Về ứng dụng công nghệ thông tin trong hoạt động của các cơ quan, đơn vị (sử dụng phần "
            "mềm quản lý văn bản và điều hành; tỷ lệ văn bản được trao đổi hoàn toàn dưới dạng điện "
            "tử giữa các cơ quan nhà nước; hiện trạng kết nối giữa các hệ thống quản lý văn bản và "
            "điều hành và với Trục liên thông văn bản quốc gia; tỷ lệ cán bộ, công chức sử dụng hộp "
            "thư điện tử công vụ; công tác xử lý hồ sơ công việc qua môi trường mạng...).",
            "Cung cấp thông tin và dịch vụ công trực tuyến (DVCTT) cho người dân và doanh nghiệp, "
            "đặc biệt là cung cấp DVCTT mức độ 3, mức độ 4 (nêu rõ số DVCTT cung cấp, tỷ lệ DVCTT có "
            "phát sinh hồ sơ, số hồ sơ được giải quyết trực tuyến, hiện trạng tích hợp lên Cổng "
            "Dịch vụ công quốc gia (nếu có); hiện trạng công khai mức độ hài lòng của người dân khi "
            "sử dụng dịch vụ công;...).",
            "Các phần mềm cơ quan, đơn vị đề xuất cấp trên thực hiện hoặc áp dụng trong huyện hoặc "
            "tự sáng tạo nhằm phục vụ cho công tác hàng ngày.",
        ),
    ),
    Heading(
        "P1.II.6.2",
        "Tình hình triển khai hệ thống quản lý chất lượng phù hợp Tiêu chuẩn quốc gia TCVN ISO "
        "9001:2008, ISO 9001:2015 tại các cơ quan, đơn vị",
        ISO,
        parent="P1.II.6",
        number="6.2.",
        order=2,
    ),
    Heading(
        "P1.II.6.2.tt",
        "Những tồn tại, hạn chế và nguyên nhân",
        ISO,
        parent="P1.II.6.2",
        order=1,
        added=True,
        guidance=(
            "Những tồn tại, hạn chế trong xây dựng, áp dụng, duy trì hệ thống quản lý chất lượng "
            "và nguyên nhân (mục bổ sung: Đề cương không có phần này cho mục 6.2).",
        ),
    ),
    Heading(
        "P1.II.6.3",
        "Kết quả thực hiện việc đầu tư nâng cấp, sửa chữa, xây mới trụ sở làm việc của chính quyền "
        "cấp huyện, cấp xã",
        KEY,
        parent="P1.II.6",
        number="6.3.",
        order=3,
    ),
    Heading(
        "P1.II.6.4",
        "Những tồn tại, hạn chế và nguyên nhân",
        KEY,
        parent="P1.II.6",
        number="6.4.",
        order=4,
    ),
    Heading("P2.I.6", "Về hiện đại hóa hành chính", KEY, parent="P2.I", number="6.", order=6),
)
