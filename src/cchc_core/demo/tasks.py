"""Demo data for the plan's tasks 4-6: nominations for commendation, the communes' conference dates,
and the proposals every unit writes under Part 2 of its report.

Synthetic: the names are invented and stand for nobody. Planted on purpose: the chairman of Xã Lìa is
proposed by his commune and by Phòng Nội vụ (a duplicate the check names), one row of Xã Hướng Sơn
lacks its form of commendation (an error that leaves the row out of the list), Xã Thanh held its
conference after 15/5 and Xã A Dơi has not held one.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from cchc_core.model.blocks import Paragraph
from cchc_core.model.units import Unit

GIAY_KHEN = "Giấy khen của Chủ tịch UBND huyện"
BANG_KHEN_TINH = "Bằng khen của Chủ tịch UBND tỉnh"
BANG_KHEN_TTG = "Bằng khen của Thủ tướng Chính phủ"

LIA_CHAIRMAN = {
    "kind": "Cá nhân",
    "name": "Hồ Văn Pả",
    "position": "Chủ tịch UBND xã Lìa",
    "achievement": "Chỉ đạo hoàn thành sáp nhập xã A Túc, xã A Xing thành xã Lìa; Bộ phận một "
    "cửa xã hoạt động ổn định ngay sau sáp nhập.",
    "form": GIAY_KHEN,
}


def _collective(name: str, achievement: str, form: str) -> dict[str, str]:
    return {"kind": "Tập thể", "name": name, "achievement": achievement, "form": form}


def _person(name: str, position: str, achievement: str, form: str) -> dict[str, str]:
    return {
        "kind": "Cá nhân",
        "name": name,
        "position": position,
        "achievement": achievement,
        "form": form,
    }


#: unit id -> the rows it types on its nominations sheet
NOMINATIONS: dict[str, tuple[dict[str, str], ...]] = {
    "noi_vu": (
        _person(
            "Lê Thị Thu Hà",
            "Chuyên viên Phòng Nội vụ",
            "Tham mưu xây dựng bộ tiêu chí xác định Chỉ số CCHC cấp xã; theo dõi, tổng hợp kết "
            "quả CCHC của huyện giai đoạn 2016-2020.",
            BANG_KHEN_TINH,
        ),
        {
            **LIA_CHAIRMAN,
            "form": BANG_KHEN_TINH,
            "position": "Chủ tịch UBND xã Lìa, huyện Hướng Hóa",
        },
    ),
    "van_phong": (
        _collective(
            "Bộ phận tiếp nhận và trả kết quả huyện Hướng Hóa",
            "Giải quyết đúng hạn trên 98% hồ sơ thủ tục hành chính cấp huyện các năm 2016-2019; "
            "triển khai dịch vụ công trực tuyến mức độ 3, 4.",
            BANG_KHEN_TTG,
        ),
        _person(
            "Nguyễn Văn Thành",
            "Phó Chánh Văn phòng HĐND và UBND huyện",
            "Chỉ đạo vận hành phần mềm một cửa điện tử liên thông từ huyện đến các xã.",
            GIAY_KHEN,
        ),
    ),
    "tu_phap": (
        _person(
            "Trần Thị Minh Nguyệt",
            "Trưởng phòng Tư pháp",
            "Tham mưu rà soát, hệ thống hóa văn bản quy phạm pháp luật của huyện kỳ 2014-2018.",
            GIAY_KHEN,
        ),
    ),
    "van_hoa_thong_tin": (
        _collective(
            "Trung tâm Văn hóa Thông tin - Thể dục Thể thao huyện",
            "Duy trì chuyên mục cải cách hành chính trên sóng phát thanh, truyền hình huyện.",
            GIAY_KHEN,
        ),
    ),
    "y_te": (
        _person(
            "Phan Văn Long",
            "Trưởng Trạm Y tế thị trấn Lao Bảo",
            "Niêm yết, giải quyết đúng hạn thủ tục cấp thẻ bảo hiểm y tế liên thông với đăng ký "
            "khai sinh.",
            GIAY_KHEN,
        ),
    ),
    "tt_khe_sanh": (
        _collective(
            "Bộ phận tiếp nhận và trả kết quả UBND thị trấn Khe Sanh",
            "Giải quyết đúng hạn trên 98% hồ sơ các năm 2016-2019; tiếp nhận hồ sơ trực tuyến "
            "từ năm 2018.",
            BANG_KHEN_TINH,
        ),
        _person(
            "Võ Thị Hồng",
            "Công chức Tư pháp - Hộ tịch thị trấn Khe Sanh",
            "Thực hiện liên thông đăng ký khai sinh, thường trú, cấp thẻ bảo hiểm y tế cho trẻ "
            "dưới sáu tuổi.",
            GIAY_KHEN,
        ),
    ),
    "tt_lao_bao": (
        _person(
            "Nguyễn Hữu Phước",
            "Chủ tịch UBND thị trấn Lao Bảo",
            "Chỉ đạo ứng dụng phần mềm quản lý văn bản và chữ ký số tại UBND thị trấn.",
            GIAY_KHEN,
        ),
    ),
    "xa_lia": (LIA_CHAIRMAN,),
    "xa_tan_hop": (
        _collective(
            "UBND xã Tân Hợp",
            "Dẫn đầu Chỉ số CCHC cấp xã của huyện năm 2018 và năm 2019.",
            GIAY_KHEN,
        ),
    ),
    "xa_huong_son": (
        _person(
            "Hồ Thị Xuân",
            "Công chức Văn phòng - Thống kê xã Hướng Sơn",
            "Tuyên truyền thủ tục hành chính bằng tiếng Vân Kiều tại các thôn.",
            "",  # planted: the form of commendation is missing
        ),
    ),
}

#: commune id -> what it types on the conference-date line of its report (Xã Xy sends nothing)
CONFERENCES: dict[str, str] = {
    "tt_khe_sanh": "08/5/2020",
    "tt_lao_bao": "11/5/2020",
    "xa_huong_lap": "12/5/2020",
    "xa_huong_viet": "12/5/2020",
    "xa_huong_phung": "ngày 13 tháng 5 năm 2020",
    "xa_huong_son": "14/5/2020",
    "xa_huong_linh": "13/5/2020",
    "xa_tan_hop": "07/5/2020",
    "xa_huong_tan": "14/5",
    "xa_tan_thanh": "11/5/2020",
    "xa_tan_long": "12/5/2020",
    "xa_tan_lap": "15/5/2020",
    "xa_tan_lien": "14/5/2020",
    "xa_huc": "13/5/2020",
    "xa_thuan": "12/5/2020",
    "xa_huong_loc": "15/5/2020",
    "xa_ba_tang": "14/5/2020",
    "xa_thanh": "19/5/2020",  # planted: after the plan's date
    "xa_a_doi": "Chưa tổ chức",  # planted
    "xa_lia": "12/5/2020",
}

#: field heading -> proposals communes and offices write under it (several units write the same)
PROPOSALS: dict[str, tuple[str, ...]] = {
    "P2.I.1": (
        "Rà soát, hệ thống hóa văn bản quy phạm pháp luật của HĐND, UBND cấp xã hằng năm",
        "Bồi dưỡng kỹ năng soạn thảo văn bản cho công chức Tư pháp - Hộ tịch cấp xã",
    ),
    "P2.I.2": (
        "Mở rộng tiếp nhận hồ sơ và trả kết quả qua dịch vụ bưu chính công ích ở các thôn, bản "
        "xa trung tâm",
        "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại Bộ phận một cửa cấp xã",
        "Niêm yết, hướng dẫn thủ tục hành chính bằng tiếng Vân Kiều, tiếng Pa Kô",
    ),
    "P2.I.3": (
        "Sớm bố trí, sắp xếp cán bộ, công chức dôi dư sau sáp nhập đơn vị hành chính",
        "Ban hành quy trình nội bộ giải quyết công việc tại UBND cấp xã",
    ),
    "P2.I.4": (
        "Bồi dưỡng kỹ năng giao tiếp, tiếng dân tộc thiểu số cho công chức Bộ phận một cửa cấp xã",
        "Có chính sách thu hút người có trình độ về công tác tại các xã vùng sâu, vùng xa",
    ),
    "P2.I.5": ("Bố trí kinh phí riêng cho công tác cải cách hành chính cấp xã",),
    "P2.I.6": (
        "Đầu tư đường truyền internet, mạng truyền số liệu chuyên dùng cho các xã vùng cao",
        "Trang bị máy tính, máy quét, chữ ký số cho Bộ phận một cửa cấp xã",
    ),
}
_STYLES = ("- {};", "- {}.", "+ {}", "{}.")


def proposals(heading_key: str, unit: Unit) -> Sequence[Paragraph] | None:
    """What ``unit`` writes under a Part 2 field heading (None: not a field heading): one or two
    proposals of the common pool, typed in the unit's own way, or "Không có"."""
    pool = PROPOSALS.get(heading_key)
    if pool is None:
        return None
    rng = random.Random(f"{unit.id}:{heading_key}")
    if not unit.is_commune_level and rng.random() < 0.7:
        return (Paragraph("Không có."),)
    if rng.random() < 0.25:
        return (Paragraph("Không có."),)
    chosen = rng.sample(pool, k=min(len(pool), rng.choice((1, 1, 2))))
    style = rng.choice(_STYLES)
    return tuple(Paragraph(style.format(text)) for text in chosen)
