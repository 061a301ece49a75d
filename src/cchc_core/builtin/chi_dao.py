"""Built-in plugin: Phụ lục 1 section I, "Lĩnh vực chỉ đạo, điều hành" (rows 1–5).

Row 6 of the section (measuring satisfaction) belongs to the ``tthc`` plugin, which adds it with an
order after these rows.
"""

from __future__ import annotations

from functools import partial

from cchc_core import (
    AcrossUnits,
    FieldPlugin,
    Indicator,
    Measure,
    Narrator,
    OverYears,
    ReportContext,
    Reporters,
    Section,
    in_order,
)
from cchc_core.builtin.outline import CORE

SECTION = Section(
    "I",
    "Lĩnh vực chỉ đạo, điều hành",
    compiler="Văn phòng HĐND và UBND, Phòng Nội vụ, Phòng Tài chính - Kế hoạch, Phòng Tư pháp, "
    "Phòng Văn hóa và Thông tin, Phòng Kinh tế và Hạ tầng",
    order=10,
)

SIX_OFFICES = Reporters(
    offices=(
        "van_phong",
        "noi_vu",
        "tai_chinh_ke_hoach",
        "tu_phap",
        "van_hoa_thong_tin",
        "kinh_te_ha_tang",
    )
)
NOI_VU = Reporters(offices=("noi_vu",))
VHTT = Reporters(offices=("van_hoa_thong_tin",))

row = partial(Indicator, section="I", domain=CORE)
flag = partial(
    row, measure=Measure.FLAG, unit_label="Có = 1; Không = 0", across_units=AcrossUnits.COUNT_TRUE
)

ROWS = in_order(
    [
        row(
            "cd_van_ban_chi_dao",
            "Số lượng văn bản chỉ đạo, điều hành: Văn bản các cơ quan, đơn vị tham mưu UBND huyện",
            stt="1",
            reporters=SIX_OFFICES,
            unit_label="văn bản",
            phrase="Số văn bản chỉ đạo, điều hành về CCHC do các cơ quan chuyên môn tham mưu UBND "
            "huyện ban hành",
            help="Mỗi phòng ghi số văn bản chỉ đạo, điều hành về CCHC do phòng mình tham mưu UBND huyện "
            "ban hành; số của huyện là tổng của 6 phòng.",
        ),
        row(
            "cd_kiem_tra",
            "Số lượng các cơ quan, đơn vị được kiểm tra CCHC",
            stt="2",
            reporters=NOI_VU,
            unit_label="cơ quan, đơn vị",
            phrase="Số cơ quan, đơn vị được kiểm tra CCHC",
            recurring=True,
        ),
        row("cd_tuyen_truyen", "Tuyên truyền CCHC", stt="3", reporters=VHTT, measure=None),
        flag(
            "cd_cuoc_thi",
            "Tổ chức cuộc thi tìm hiểu CCHC (Có tổ chức = 1; Không tổ chức = 0)",
            phrase="Tổ chức cuộc thi tìm hiểu CCHC",
            stt="-",
            parent="cd_tuyen_truyen",
            reporters=VHTT,
            over_years=OverYears.COUNT_TRUE,
        ),
        row(
            "cd_ban_tin",
            "Số lượng bản tin chuyên đề CCHC trên đài PT-TH huyện",
            stt="-",
            parent="cd_tuyen_truyen",
            reporters=VHTT,
            unit_label="bản tin",
        ),
        row(
            "cd_lop_tuyen_truyen",
            "Số lớp tập huấn chuyên đề về tuyên truyền CCHC",
            stt="-",
            parent="cd_tuyen_truyen",
            reporters=VHTT,
            unit_label="lớp",
        ),
        flag(
            "cd_chuyen_muc_cong",
            "Xây dựng chuyên mục CCHC trên Cổng TTĐT của huyện (Có xây dựng = 1; Không xây dựng = 0)",
            phrase="Chuyên mục CCHC trên Cổng thông tin điện tử của huyện",
            stt="-",
            parent="cd_tuyen_truyen",
            reporters=VHTT,
            over_years=OverYears.LATEST,
        ),
        row(
            "cd_hinh_thuc_khac",
            "Hình thức tuyên truyền CCHC khác (nếu có).",
            phrase="Hình thức tuyên truyền CCHC khác",
            stt="-",
            parent="cd_tuyen_truyen",
            reporters=VHTT,
            measure=Measure.TEXT,
            required=False,
            over_years=OverYears.LATEST,
        ),
        row(
            "cd_mo_hinh",
            "Số lượng mô hình, sáng kiến CCHC được triển khai áp dụng",
            stt="4",
            reporters=NOI_VU,
            unit_label="mô hình, sáng kiến",
        ),
        row(
            "cd_bo_tieu_chi",
            "Xây dựng, áp dụng bộ tiêu chí đánh giá CCHC các cơ quan, đơn vị",
            stt="5",
            reporters=NOI_VU,
            measure=None,
        ),
        flag(
            "cd_tieu_chi_huyen",
            "Bộ tiêu chí đánh giá UBND cấp huyện",
            stt="-",
            parent="cd_bo_tieu_chi",
            reporters=NOI_VU,
            over_years=OverYears.LATEST,
            help="Có xây dựng, áp dụng = 1; Không = 0.",
        ),
        flag(
            "cd_tieu_chi_xa",
            "Bộ tiêu chí đánh giá UBND cấp xã",
            stt="-",
            parent="cd_bo_tieu_chi",
            reporters=NOI_VU,
            over_years=OverYears.LATEST,
            help="Có xây dựng, áp dụng = 1; Không = 0.",
        ),
    ]
)


def report(n: Narrator) -> ReportContext:
    """The computed content of Part 1 I (deployment), the targets table of III.1 and the targets
    not met in III.2."""
    return ReportContext(
        CORE,
        {
            "P1.I.1": (
                n.trend("cd_van_ban_chi_dao"),
                n.phases("cd_van_ban_chi_dao", subject="Số văn bản chỉ đạo, điều hành về CCHC"),
                n.trend("cd_mo_hinh"),
                n.years_with(
                    "cd_tieu_chi_xa",
                    subject="Bộ tiêu chí đánh giá CCHC đối với UBND cấp xã được áp dụng",
                ),
            ),
            "P1.I.2": (n.trend("cd_kiem_tra"), n.phases("cd_kiem_tra")),
            "P1.I.3": (
                n.years_with("cd_cuoc_thi"),
                n.trend("cd_ban_tin"),
                n.trend("cd_lop_tuyen_truyen"),
                n.years_with("cd_chuyen_muc_cong"),
                n.table(
                    ["cd_ban_tin", "cd_lop_tuyen_truyen", "cd_cuoc_thi"],
                    title="Kết quả tuyên truyền CCHC qua các năm",
                ),
            ),
            "P1.III.1": tuple(t for t in (n.targets_table(),) if t is not None),
            "P1.III.2": n.targets_assessment(),
        },
    )


#: registered by the core as ``cchc.chi_dao``
plugin = FieldPlugin(sections=(SECTION,), indicators=ROWS, reports={CORE: report})
