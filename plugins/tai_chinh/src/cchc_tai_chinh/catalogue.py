"""Cải cách tài chính công: the domain, Phụ lục 1 section VI, the outline section II.5, rules."""

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
    Sum,
    Target,
    UnitCount,
    at_most,
    in_order,
)

KEY = "tai_chinh"

DOMAIN = Domain(
    key=KEY,
    title="Cải cách tài chính công",
    report_title="Cải cách tài chính công; đẩy mạnh thực hiện chế độ tự chủ, tự chịu trách nhiệm về "
    "sử dụng biên chế và kinh phí quản lý hành chính đối với các cơ quan nhà nước; cơ chế tự chủ của "
    "đơn vị sự nghiệp công lập; đẩy mạnh xã hội hóa các dịch vụ công",
    owner="tai_chinh_ke_hoach",
    slug="tai-chinh",
    report_number="3.5",
    outline="P1.II.5",
    proposal="P2.I.5",
    sections=("VI",),
    order=35,
)

SECTION = Section(
    "VI", "Lĩnh vực cải cách tài chính công", compiler="Phòng Tài chính - Kế hoạch", order=60
)

TCKH = Reporters(offices=("tai_chinh_ke_hoach",))
row = partial(
    Indicator,
    section="VI",
    domain=KEY,
    reporters=TCKH,
    unit_label="đơn vị",
    over_years=OverYears.LATEST,
)

CATEGORIES = (
    ("chi_tx_dt", "Số lượng đơn vị sự nghiệp công tự bảo đảm chi thường xuyên và chi đầu tư"),
    ("chi_tx", "Số lượng đơn vị sự nghiệp công tự bảo đảm chi thường xuyên"),
    ("mot_phan", "Số lượng đơn vị sự nghiệp công tự bảo đảm một phần chi thường xuyên"),
)
GROUPS = (
    (
        "tcc_dvsn_cmon",
        "2",
        "Số đơn vị sự nghiệp công lập thuộc cơ quan chuyên môn của UBND cấp huyện thực hiện cơ chế "
        "tự chủ",
    ),
    (
        "tcc_dvsn_ubnd",
        "3",
        "Số đơn vị sự nghiệp công lập thuộc UBND cấp huyện thực hiện cơ chế tự chủ",
    ),
)


def _group(code: str, stt: str, label: str) -> list[Indicator]:
    return [row(code, label, stt=stt)] + [
        row(f"{code}_{suffix}", text, stt="-", parent=code) for suffix, text in CATEGORIES
    ]


ROWS = in_order(
    [
        row(
            "tcc_cq_tu_chu",
            "Số cơ quan hành chính thực hiện cơ chế tự chủ",
            stt="1",
            unit_label="cơ quan",
        ),
        *_group(*GROUPS[0]),
        *_group(*GROUPS[1]),
        row(
            "tcc_khcn",
            "Số tổ chức khoa học và công nghệ công lập thực hiện cơ chế tự chủ, tự chịu trách nhiệm "
            "theo Nghị định số 54/2016/NĐ-CP",
            stt="4",
            unit_label="tổ chức",
        ),
    ]
)

RULES = (
    at_most(
        "tcc_cq_tu_chu_le_so_co_quan",
        "tcc_cq_tu_chu",
        UnitCount(communes=False),
        message="Số cơ quan hành chính thực hiện cơ chế tự chủ ({left}) nhiều hơn số cơ quan "
        "thuộc UBND huyện khai báo trong cchc.toml ({right}).",
        hint="Kiểm tra lại số liệu hoặc danh sách đơn vị trong cchc.toml.",
    ),
    *(
        at_most(
            f"{code}_{suffix}_le_tong",
            f"{code}_{suffix}",
            code,
            hint="Mỗi loại đơn vị tự chủ không thể nhiều hơn tổng số đơn vị ở dòng trên.",
        )
        for code, _, _ in GROUPS
        for suffix, _ in CATEGORIES
    ),
    *(
        Rule(
            code=f"{code}_cac_loai_le_tong",
            left=Sum(*(f"{code}_{suffix}" for suffix, _ in CATEGORIES)),
            operator=Operator.LE,
            right=Sum(code),
            anchor=code,
            message="Tổng ba loại đơn vị tự chủ ({left}) nhiều hơn tổng số đơn vị ở dòng trên "
            "({right}).",
            hint="Ba loại ở các dòng dưới không gồm đơn vị do Nhà nước bảo đảm chi thường xuyên, "
            "nên tổng của chúng không vượt quá tổng số.",
        )
        for code, _, _ in GROUPS
    ),
)

TARGETS = (
    Target(
        key="nq19_tu_chu_tai_chinh",
        label="Đơn vị sự nghiệp công lập tự bảo đảm chi thường xuyên (tự chủ tài chính)",
        domain=KEY,
        source="Nghị quyết số 19-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII",
        operator=">=",
        threshold=10,
        year=2021,
        indicator=(
            "tcc_dvsn_cmon_chi_tx_dt",
            "tcc_dvsn_cmon_chi_tx",
            "tcc_dvsn_ubnd_chi_tx_dt",
            "tcc_dvsn_ubnd_chi_tx",
        ),
        per=("tcc_dvsn_cmon", "tcc_dvsn_ubnd"),
    ),
)

HEADINGS = (
    Heading(
        "P1.II.5",
        "Cải cách tài chính công",
        KEY,
        parent="P1.II",
        number="5.",
        writes_text=False,
        order=5,
    ),
    Heading(
        "P1.II.5.1",
        "Kết quả đạt được",
        KEY,
        parent="P1.II.5",
        number="5.1.",
        order=1,
        guidance=(
            "Việc thực hiện cơ chế tự chủ, tự chịu trách nhiệm về biên chế và kinh phí quản lý hành "
            "chính tại các cơ quan hành chính nhà nước.",
            "Việc thực hiện cơ chế tự chủ tại các đơn vị sự nghiệp công lập trực thuộc huyện.",
            "Việc công khai tài sản, công tác kiểm kê tài sản hàng năm.",
            "Tình hình triển khai, thực hiện các chính sách thu nhập, tiền lương, tiền công và các "
            "chính sách an sinh xã hội.",
            "Việc đầu tư, đồng thời đẩy mạnh xã hội hóa chăm lo phát triển giáo dục và đào tạo, y "
            "tế, dân số - kế hoạch hóa gia đình, thể dục, thể thao trên địa bàn.",
        ),
    ),
    Heading(
        "P1.II.5.2",
        "Những tồn tại, hạn chế và nguyên nhân",
        KEY,
        parent="P1.II.5",
        number="5.2.",
        order=2,
        added=True,
    ),
    Heading("P2.I.5", "Về tài chính công", KEY, parent="P2.I", number="5.", order=5),
)
