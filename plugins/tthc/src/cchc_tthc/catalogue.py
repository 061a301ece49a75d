"""Cải cách thủ tục hành chính: the domain, Phụ lục 1 section III and row I.6, outline II.2, rules.

The seed asks for on-time rates "(đã tiếp nhận/đã trả đúng hạn)". The form collects the counts behind
each rate (received, resolved, resolved on time) and the rate is computed, so that the district rate is
a ratio of sums and not a mean of the communes' rates (docs/seed-notes.md).
"""

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
    at_most,
    in_order,
    parts_sum_to_total,
)

KEY = "tthc"

DOMAIN = Domain(
    key=KEY,
    title="Cải cách thủ tục hành chính",
    report_title="Tổng kết cải cách thủ tục hành chính, thực hiện cơ chế một cửa, một cửa liên "
    "thông, sự hài lòng của người dân, tổ chức về TTHC và sự phục vụ hành chính",
    owner="van_phong",
    slug="tthc",
    report_number="3.2",
    outline="P1.II.2",
    proposal="P2.I.2",
    sections=("III", "I"),
    order=32,
)

SECTION = Section(
    "III",
    "Lĩnh vực cải cách thủ tục hành chính",
    compiler="Văn phòng HĐND và UBND huyện",
    order=30,
)

VAN_PHONG = Reporters(offices=("van_phong",))
XA = Reporters(communes=True)
row = partial(Indicator, section="III", domain=KEY, reporters=VAN_PHONG)
procedures = partial(row, unit_label="thủ tục", over_years=OverYears.LATEST)
dossiers = partial(row, unit_label="hồ sơ", added=True)
rate = partial(row, measure=Measure.PERCENT, unit_label="%")

TARGETS = (
    Target(
        key="nq30c_hai_long",
        label="Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính",
        domain=KEY,
        source="Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ; Quyết định số 225/QĐ-TTg "
        "ngày 04/02/2016 của Thủ tướng Chính phủ",
        operator=">",
        threshold=80,
        year=2020,
        indicator="hl_muc_do",
    ),
    Target(
        key="nd63_cong_khai_tthc",
        label="Thủ tục hành chính được công khai đầy đủ, đúng quy định trên Cổng/Trang thông tin "
        "điện tử",
        domain=KEY,
        source="Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát TTHC",
        operator=">=",
        threshold=100,
        year=2020,
        indicator="tthc_cong_khai",
        per="tthc_tong",
    ),
)

SATISFACTION_ROWS = in_order(
    [
        Indicator(
            "hl_do_luong",
            "Đo lường sự hài lòng của người dân, tổ chức",
            section="I",
            domain=KEY,
            reporters=VAN_PHONG,
            stt="6",
            measure=None,
        ),
        Indicator(
            "hl_so_dich_vu",
            "Số lượng dịch vụ đã khảo sát",
            section="I",
            domain=KEY,
            reporters=VAN_PHONG,
            stt="-",
            parent="hl_do_luong",
            unit_label="dịch vụ",
            required=False,
            help="Để trống những năm chưa tổ chức khảo sát.",
        ),
        Indicator(
            "hl_so_mau",
            "Số lượng mẫu đã khảo sát",
            section="I",
            domain=KEY,
            reporters=VAN_PHONG,
            stt="-",
            parent="hl_do_luong",
            unit_label="phiếu",
            required=False,
            help="Để trống những năm chưa tổ chức khảo sát.",
        ),
        Indicator(
            "hl_muc_do",
            "Mức độ hài lòng chung",
            section="I",
            domain=KEY,
            reporters=VAN_PHONG,
            stt="-",
            parent="hl_do_luong",
            measure=Measure.PERCENT,
            unit_label="%",
            over_years=OverYears.LATEST,
            phrase="Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành "
            "chính",
            required=False,
            help="Để trống những năm chưa tổ chức khảo sát.",
        ),
    ],
    start=100,
)

ROWS = in_order(
    [
        procedures("tthc_tong", "Tổng số TTHC của huyện", stt="1."),
        procedures("tthc_cap_huyen", "Số lượng TTHC cấp huyện", stt="-", parent="tthc_tong"),
        procedures("tthc_cap_xa", "Số lượng TTHC cấp xã", stt="-", parent="tthc_tong"),
        procedures(
            "tthc_huyen_ban_hanh",
            "Số TTHC do huyện ban hành (được giao trong Luật)",
            stt="-",
            parent="tthc_tong",
        ),
        row(
            "tthc_don_gian_hoa",
            "Số TTHC được đơn giản hóa sau rà soát (theo thẩm quyền của huyện, như: giảm thời gian giải "
            "quyết...)",
            phrase="Số TTHC được đơn giản hóa sau rà soát",
            stt="2.",
            unit_label="thủ tục",
        ),
        procedures(
            "tthc_cong_khai",
            "Số lượng thủ tục hành chính được công khai đầy đủ, đúng quy định trên Cổng/ Trang "
            "Thông tin điện tử",
            phrase="Số TTHC được công khai đầy đủ, đúng quy định trên Cổng/Trang thông tin điện tử",
            stt="3.",
        ),
        row("mc_mot_cua", "Thực hiện cơ chế một cửa, một cửa liên thông", stt="4.", measure=None),
        procedures(
            "mc_huyen",
            "Số lượng TTHC thực hiện việc tiếp nhận, trả kết quả tại Bộ phận Một cửa cấp huyện",
            stt="-",
            parent="mc_mot_cua",
        ),
        procedures(
            "mc_xa",
            "Số lượng TTHC thực hiện việc tiếp nhận, trả kết quả tại Bộ phận Một cửa cấp xã",
            stt="-",
            parent="mc_mot_cua",
        ),
        procedures(
            "mc_lien_thong_cung_cap",
            "Số lượng TTHC được giải quyết theo cơ chế một cửa liên thông cùng cấp",
            stt="-",
            parent="mc_mot_cua",
        ),
        procedures(
            "mc_lien_thong_cac_cap",
            "Số lượng TTHC hoặc nhóm TTHC được giải quyết theo hình thức liên thông giữa các cấp "
            "chính quyền",
            stt="-",
            parent="mc_mot_cua",
        ),
        procedures(
            "mc_bon_tai_cho", "Số TTHC đã thực hiện 4 tại chỗ", stt="-", parent="mc_mot_cua"
        ),
        row("hs_ket_qua", "Kết quả giải quyết hồ sơ TTHC", stt="5.", measure=None),
        rate(
            "hs_ty_le_huyen",
            "Tỷ lệ hồ sơ TTHC cấp huyện giải quyết đúng hạn (đã tiếp nhận/đã trả đúng hạn)",
            phrase="Tỷ lệ hồ sơ TTHC cấp huyện giải quyết đúng hạn",
            stt="-",
            parent="hs_ket_qua",
            ratio=Ratio("hs_dung_han_huyen", "hs_da_giai_quyet_huyen"),
        ),
        dossiers(
            "hs_tiep_nhan_huyen",
            "Số hồ sơ cấp huyện đã tiếp nhận",
            parent="hs_ty_le_huyen",
            help="Gồm hồ sơ tiếp nhận mới trong năm và hồ sơ năm trước chuyển sang.",
        ),
        dossiers(
            "hs_da_giai_quyet_huyen", "Số hồ sơ cấp huyện đã giải quyết", parent="hs_ty_le_huyen"
        ),
        dossiers(
            "hs_dung_han_huyen",
            "Số hồ sơ cấp huyện đã trả đúng hạn",
            parent="hs_ty_le_huyen",
            help="Gồm hồ sơ trả trước hạn và đúng hạn.",
        ),
        rate(
            "hs_ty_le_xa",
            "Tỷ lệ hồ sơ TTHC cấp xã giải quyết đúng hạn (đã tiếp nhận/đã trả đúng hạn)",
            phrase="Tỷ lệ hồ sơ TTHC cấp xã giải quyết đúng hạn",
            stt="-",
            parent="hs_ket_qua",
            reporters=XA,
            ratio=Ratio("hs_dung_han_xa", "hs_da_giai_quyet_xa"),
        ),
        dossiers(
            "hs_tiep_nhan_xa",
            "Số hồ sơ cấp xã đã tiếp nhận",
            parent="hs_ty_le_xa",
            reporters=XA,
            help="Gồm hồ sơ tiếp nhận mới trong năm và hồ sơ năm trước chuyển sang.",
        ),
        dossiers(
            "hs_da_giai_quyet_xa",
            "Số hồ sơ cấp xã đã giải quyết",
            parent="hs_ty_le_xa",
            reporters=XA,
        ),
        dossiers(
            "hs_dung_han_xa",
            "Số hồ sơ cấp xã đã trả đúng hạn",
            parent="hs_ty_le_xa",
            reporters=XA,
            help="Gồm hồ sơ trả trước hạn và đúng hạn.",
        ),
        row("pakn", "Tiếp nhận và xử lý PAKN về TTHC", stt="6.", measure=None),
        row(
            "pakn_tiep_nhan",
            "Số lượng PAKN đã tiếp nhận trong năm",
            phrase="Số phản ánh, kiến nghị về TTHC đã tiếp nhận",
            stt="-",
            parent="pakn",
            unit_label="phản ánh, kiến nghị",
        ),
        row(
            "pakn_da_giai_quyet",
            "Số lượng PAKN đã giải quyết trong năm",
            phrase="Số phản ánh, kiến nghị về TTHC đã giải quyết",
            stt="-",
            parent="pakn",
            unit_label="phản ánh, kiến nghị",
        ),
        row(
            "pakn_cong_khai",
            "Số lượng PAKN được xử lý và đã công khai kết quả trả lời trên Cổng TTĐT",
            stt="-",
            parent="pakn",
            unit_label="phản ánh, kiến nghị",
        ),
    ],
    start=0,
)

RULES = (
    parts_sum_to_total(
        "tthc_tong_bang_huyen_cong_xa", "tthc_tong", ("tthc_cap_huyen", "tthc_cap_xa")
    ),
    at_most("tthc_huyen_ban_hanh_le_tong", "tthc_huyen_ban_hanh", "tthc_tong"),
    at_most(
        "tthc_cong_khai_le_tong",
        "tthc_cong_khai",
        "tthc_tong",
        hint="Số TTHC được công khai không thể nhiều hơn tổng số TTHC của huyện.",
    ),
    at_most("mc_huyen_le_tthc_huyen", "mc_huyen", "tthc_cap_huyen"),
    at_most("mc_xa_le_tthc_xa", "mc_xa", "tthc_cap_xa"),
    at_most(
        "hs_giai_quyet_le_tiep_nhan_huyen",
        "hs_da_giai_quyet_huyen",
        "hs_tiep_nhan_huyen",
        hint="Số hồ sơ tiếp nhận gồm cả hồ sơ năm trước chuyển sang.",
    ),
    at_most("hs_dung_han_le_giai_quyet_huyen", "hs_dung_han_huyen", "hs_da_giai_quyet_huyen"),
    at_most(
        "hs_giai_quyet_le_tiep_nhan_xa",
        "hs_da_giai_quyet_xa",
        "hs_tiep_nhan_xa",
        hint="Số hồ sơ tiếp nhận gồm cả hồ sơ năm trước chuyển sang.",
    ),
    at_most("hs_dung_han_le_giai_quyet_xa", "hs_dung_han_xa", "hs_da_giai_quyet_xa"),
    at_most(
        "pakn_giai_quyet_le_tiep_nhan",
        "pakn_da_giai_quyet",
        "pakn_tiep_nhan",
        hint="Nếu có PAKN năm trước chuyển sang được giải quyết trong năm, ghi rõ ở cột Ghi chú "
        "và tính vào số đã tiếp nhận.",
    ),
    at_most("pakn_cong_khai_le_giai_quyet", "pakn_cong_khai", "pakn_da_giai_quyet"),
)

HEADINGS = (
    Heading(
        "P1.II.2",
        "Cải cách thủ tục hành chính",
        KEY,
        parent="P1.II",
        number="2.",
        writes_text=False,
        order=2,
    ),
    Heading(
        "P1.II.2.1",
        "Kết quả đạt được",
        KEY,
        parent="P1.II.2",
        number="2.1.",
        writes_text=False,
        order=1,
    ),
    Heading(
        "P1.II.2.1.a",
        "Cải cách TTHC; đơn giản hóa TTHC; xây dựng quy trình giải quyết TTHC theo ngành, lĩnh "
        "vực từ cấp huyện đến cấp xã",
        KEY,
        parent="P1.II.2.1",
        number="a.",
        order=1,
    ),
    Heading(
        "P1.II.2.1.b",
        "Về kiểm soát TTHC",
        KEY,
        parent="P1.II.2.1",
        number="b.",
        order=2,
        guidance=(
            "Việc tổ chức thực hiện kế hoạch rà soát, đánh giá TTHC của huyện.",
            "Việc tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức đối với quy định hành "
            "chính và tình hình, kết quả giải quyết TTHC thuộc thẩm quyền giải quyết của cơ quan, "
            "đơn vị.",
        ),
    ),
    Heading(
        "P1.II.2.1.c",
        "Việc cập nhật, công khai TTHC theo quy định",
        KEY,
        parent="P1.II.2.1",
        number="c.",
        order=3,
    ),
    Heading(
        "P1.II.2.1.d",
        "Việc thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết TTHC",
        KEY,
        parent="P1.II.2.1",
        number="d.",
        order=4,
    ),
    Heading(
        "P1.II.2.1.dd",
        "Về tình hình, kết quả cung cấp dịch vụ công trực tuyến mức độ 3, 4",
        KEY,
        parent="P1.II.2.1",
        number="đ.",
        order=5,
    ),
    Heading(
        "P1.II.2.1.e",
        "Về triển khai tiếp nhận hồ sơ và trả kết quả giải quyết TTHC qua dịch vụ bưu chính công ích",
        KEY,
        parent="P1.II.2.1",
        number="e.",
        order=6,
        guidance=(
            "Số thủ tục đăng ký và số hồ sơ hàng năm về tiếp nhận và trả kết quả giải quyết TTHC "
            "qua dịch vụ bưu chính công ích.",
        ),
    ),
    Heading(
        "P1.II.2.1.g",
        "Sáng kiến, giải pháp cải cách TTHC",
        KEY,
        parent="P1.II.2.1",
        number="g.",
        order=7,
        guidance=("Nêu rõ tên sáng kiến, quy mô áp dụng.",),
    ),
    Heading(
        "P1.II.2.2",
        "Những tồn tại, hạn chế và nguyên nhân",
        KEY,
        parent="P1.II.2",
        number="2.2.",
        order=2,
    ),
    Heading("P2.I.2", "Về thủ tục hành chính", KEY, parent="P2.I", number="2.", order=2),
)
