"""Built-in plugin: the skeleton of the report outline (Phụ lục 2) and the cross-cutting domain.

The core owns Part 1 I (deployment) and III (overall assessment) and Part 2 (proposals and
recommendations); each field plugin hangs its own section under Part 1 II and its line under Part 2 I.
Texts are the seed's, with its slips corrected (see docs/seed-notes.md).
"""

from __future__ import annotations

from cchc_core import Domain, FieldPlugin, Heading

CORE = "chung"

DOMAIN = Domain(
    key=CORE,
    title="Công tác chỉ đạo, điều hành và đánh giá chung",
    report_title="Công tác chỉ đạo, điều hành cải cách hành chính; đánh giá chung; kiến nghị, đề xuất",
    owner="noi_vu",
    slug="chung",
    outline="P1.I",
    proposal="P2",
    sections=("I",),
    order=0,
)

HEADINGS = (
    Heading(
        "P1",
        "TÌNH HÌNH TRIỂN KHAI VÀ KẾT QUẢ",
        CORE,
        number="Phần thứ nhất",
        writes_text=False,
        order=1,
    ),
    Heading(
        "P1.I", "TÌNH HÌNH TRIỂN KHAI", CORE, parent="P1", number="I.", writes_text=False, order=1
    ),
    Heading(
        "P1.I.1",
        "Công tác chỉ đạo, điều hành",
        CORE,
        parent="P1.I",
        number="1.",
        order=1,
        guidance=(
            "Tình hình phổ biến, quán triệt Chương trình tổng thể cải cách hành chính nhà nước giai "
            "đoạn 2016 - 2020 theo Nghị quyết 30c/NQ-CP ngày 08/11/2011 của Chính phủ; Quyết định "
            "2057/QĐ-UBND ngày 30/8/2016 của UBND tỉnh Quảng Trị về việc ban hành kế hoạch CCHC giai "
            "đoạn 2016-2020 và Quyết định số 2945/QĐ-UBND ngày 26/9/2016 của UBND huyện Hướng Hóa về "
            "việc ban hành kế hoạch CCHC giai đoạn 2016-2020, Chương trình hành động số 231/CTr-UBND "
            "ngày 23/9/2016 của UBND huyện Hướng Hóa về việc thực hiện Nghị quyết của Tỉnh ủy về đẩy "
            "mạnh CCHC, nâng cao năng lực cạnh tranh cấp tỉnh giai đoạn 2016-2020.",
            "Việc xây dựng, ban hành chương trình, kế hoạch cải cách hành chính (CCHC) hàng năm của "
            "cơ quan, đơn vị; các văn bản chỉ đạo, hướng dẫn, đôn đốc triển khai công tác CCHC.",
            "Việc bố trí nguồn lực triển khai (kinh phí và nhân lực).",
            "Công tác theo dõi, đánh giá Chỉ số CCHC cấp xã, cơ quan chuyên môn thuộc UBND cấp "
            "huyện; đánh giá sự hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà "
            "nước.",
            "Những mô hình, sáng kiến trong CCHC đã được triển khai áp dụng.",
            "Công tác thi đua khen thưởng trong CCHC.",
        ),
    ),
    Heading(
        "P1.I.2",
        "Kiểm tra việc thực hiện",
        CORE,
        parent="P1.I",
        number="2.",
        order=2,
        guidance=(
            "Việc xây dựng và tổ chức triển khai kế hoạch kiểm tra hàng năm.",
            "Đánh giá tác động của công tác kiểm tra đến sự chuyển biến trong công tác triển khai "
            "CCHC của các cơ quan, đơn vị; những vấn đề lớn đã phát hiện và xử lý sau kiểm tra.",
        ),
    ),
    Heading(
        "P1.I.3",
        "Thông tin, tuyên truyền",
        CORE,
        parent="P1.I",
        number="3.",
        order=3,
        guidance=(
            "Việc xây dựng kế hoạch và tổ chức thực hiện công tác thông tin, tuyên truyền về CCHC "
            "hàng năm.",
            "Kết quả thực hiện thông tin, tuyên truyền về CCHC: nội dung thông tin, tuyên truyền; các "
            "hình thức thông tin, tuyên truyền đã triển khai; mức độ hoàn thành kế hoạch; đánh giá "
            "hiệu quả của thông tin tuyên truyền về CCHC đối với đội ngũ cán bộ, công chức, viên "
            "chức; người dân, doanh nghiệp, đối tượng phục vụ của cơ quan, đơn vị.",
        ),
    ),
    Heading(
        "P1.I.4",
        "Đánh giá chung về công tác triển khai",
        CORE,
        parent="P1.I",
        number="4.",
        writes_text=False,
        order=4,
    ),
    Heading("P1.I.4.a", "Mặt tích cực đạt được", CORE, parent="P1.I.4", number="a)", order=1),
    Heading("P1.I.4.b", "Tồn tại, hạn chế", CORE, parent="P1.I.4", number="b)", order=2),
    Heading(
        "P1.II",
        "ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN",
        CORE,
        parent="P1",
        number="II.",
        writes_text=False,
        order=2,
    ),
    Heading(
        "P1.III", "ĐÁNH GIÁ CHUNG", CORE, parent="P1", number="III.", writes_text=False, order=3
    ),
    Heading(
        "P1.III.1",
        "Đánh giá khái quát kết quả đã đạt được",
        CORE,
        parent="P1.III",
        number="1.",
        order=1,
    ),
    Heading(
        "P1.III.2", "Tồn tại, hạn chế, nguyên nhân", CORE, parent="P1.III", number="2.", order=2
    ),
    Heading("P1.III.3", "Bài học kinh nghiệm", CORE, parent="P1.III", number="3.", order=3),
    Heading(
        "P2",
        "KIẾN NGHỊ, ĐỀ XUẤT NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC GIAI ĐOẠN 2021-2030",
        CORE,
        number="Phần thứ hai",
        writes_text=False,
        order=2,
    ),
    Heading(
        "P2.I",
        "Đề xuất",
        CORE,
        parent="P2",
        number="I.",
        order=1,
        guidance=(
            "Căn cứ vào kết quả của các cơ quan, đơn vị đề xuất mục tiêu và những nội dung, nhiệm vụ "
            "CCHC trọng tâm cần thiết mà UBND huyện cần tập trung triển khai thực hiện trong giai "
            "đoạn 2021-2030 trên những lĩnh vực sau.",
        ),
    ),
    Heading("P2.II", "Kiến nghị", CORE, parent="P2", number="II.", writes_text=False, order=2),
    Heading(
        "P2.II.1",
        "Kiến nghị với Chính phủ, các bộ, ngành Trung ương",
        CORE,
        parent="P2.II",
        number="1.",
        order=1,
        guidance=(
            "Về nội dung cần sửa đổi, bổ sung hoặc ban hành mới các quy định, chế độ, chính sách, "
            "pháp luật cho phù hợp với thực tế để đẩy mạnh CCHC nhà nước trong thời gian tới.",
        ),
    ),
    Heading(
        "P2.II.2",
        "Kiến nghị với UBND huyện",
        CORE,
        parent="P2.II",
        number="2.",
        order=2,
        district_title="Kiến nghị với UBND tỉnh, các sở, ngành của tỉnh",
        guidance=(
            "Các biện pháp nhằm tăng cường sự lãnh đạo, chỉ đạo và kiểm tra, giám sát đối với các "
            "cơ quan, đơn vị để thực hiện tốt hơn các mục tiêu, nhiệm vụ CCHC nhà nước của huyện "
            "trong giai đoạn tới.",
        ),
    ),
    Heading("P2.II.3", "Những kiến nghị khác", CORE, parent="P2.II", number="3.", order=3),
)


#: registered by the core as ``cchc.outline``
plugin = FieldPlugin(domains=(DOMAIN,), headings=HEADINGS)
