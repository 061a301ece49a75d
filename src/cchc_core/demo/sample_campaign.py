"""The small campaign of the test kit (``cchc_core.testing``): the six owner offices, a town, a
commune and the merged commune Lìa. Kept apart from the kit, which needs pytest, so that
``cchc plugin new`` can see which offices a new plugin's tests will find."""

from __future__ import annotations

from collections.abc import Mapping

SAMPLE_CONFIG = """\
demo = true

[district]
name = "Hướng Hóa"
province = "Quảng Trị"
place = "Hướng Hóa"

[plan]
number = "19/KH-UBND"
date = 2020-04-22
title = "Kế hoạch tổng kết Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011-2020"

[report]
number = ""
month = 5
year = 2020
title = "Tổng kết Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011-2020"
grounds = ["Kế hoạch số 19/KH-UBND ngày 22/4/2020 của UBND huyện Hướng Hóa"]
recipients = ["Sở Nội vụ tỉnh Quảng Trị"]
archive = "VT, NV"

[report.signer]
authority = "TM. ỦY BAN NHÂN DÂN"
title = "CHỦ TỊCH"
name = "Đặng Trọng Vân"

[periods]
years = [2015, 2016, 2017, 2018, 2019]
partial_until = 2020-03-31
phases = ["2011-2015", "2016-2020"]

[status]
as_of = 2020-05-26

[[units]]
id = "van_phong"
name = "Văn phòng HĐND và UBND huyện"
kind = "office"
head_title = "CHÁNH VĂN PHÒNG"

[[units]]
id = "noi_vu"
name = "Phòng Nội vụ"
kind = "office"
head_title = "TRƯỞNG PHÒNG"

[[units]]
id = "tu_phap"
name = "Phòng Tư pháp"
kind = "office"
head_title = "TRƯỞNG PHÒNG"

[[units]]
id = "tai_chinh_ke_hoach"
name = "Phòng Tài chính - Kế hoạch"
kind = "office"
head_title = "TRƯỞNG PHÒNG"

[[units]]
id = "kinh_te_ha_tang"
name = "Phòng Kinh tế và Hạ tầng"
kind = "office"
head_title = "TRƯỞNG PHÒNG"

[[units]]
id = "van_hoa_thong_tin"
name = "Phòng Văn hóa và Thông tin"
kind = "office"
head_title = "TRƯỞNG PHÒNG"

[[units]]
id = "tt_khe_sanh"
name = "Thị trấn Khe Sanh"
kind = "town"

[[units]]
id = "xa_huong_lap"
name = "Xã Hướng Lập"
kind = "commune"

[[units]]
id = "xa_lia"
name = "Xã Lìa"
kind = "commune"
merged_from = ["Xã A Túc", "Xã A Xing"]
merged_on = 2020-01-01

[[tasks]]
id = "2.1"
title = "UBND các xã, thị trấn xây dựng báo cáo tổng kết"
lead = "UBND các xã, thị trấn"
deadline = 2020-05-20
concerns = ["communes"]
tracking = "forms"

[[tasks]]
id = "2.2"
title = "Các cơ quan, đơn vị thuộc UBND huyện xây dựng báo cáo tổng kết"
lead = "Các cơ quan, đơn vị thuộc UBND huyện"
deadline = 2020-05-20
concerns = ["offices"]
tracking = "forms"

[[tasks]]
id = "3.2"
title = "Tổng kết cải cách thủ tục hành chính"
lead = "Văn phòng HĐND và UBND huyện"
deadline = 2020-05-20
concerns = ["van_phong"]
tracking = "narrative"
domain = "tthc"

[[tasks]]
id = "3.9"
title = "Xây dựng báo cáo tổng kết của UBND huyện"
lead = "Phòng Nội vụ"
deadline = 2020-05-25
tracking = "none"
"""


def sample_config(offices: Mapping[str, str] | None = None) -> str:
    """:data:`SAMPLE_CONFIG` with more offices (``{"y_te": "Phòng Y tế"}``), for a plugin whose
    owner or reporting office the sample campaign lacks."""
    extra = "".join(
        f'\n[[units]]\nid = "{unit_id}"\nname = "{name}"\nkind = "office"\n'
        f'head_title = "TRƯỞNG PHÒNG"\n'
        for unit_id, name in (offices or {}).items()
    )
    return SAMPLE_CONFIG + extra
