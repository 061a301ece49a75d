"""Part 2 of the report: every unit's proposals gathered under their field, identical ones merged,
each naming the units that made it; read back from the rendered district report."""

from __future__ import annotations

import pytest

from cchc_core import Paragraph, Table
from cchc_core.documents.district_report import write_district_report
from cchc_core.figures.proposals import gather, proposal_text
from cchc_core.testing import docx_text

STAFF = "Tiếp tục sắp xếp, tinh gọn tổ chức bộ máy các cơ quan chuyên môn"


@pytest.mark.parametrize(
    ("written", "proposal"),
    [
        ("- Tăng cường kiểm tra công vụ;", "Tăng cường kiểm tra công vụ"),
        ("+ đầu tư hạ tầng mạng.", "Đầu tư hạ tầng mạng"),
        ("2) Bồi dưỡng công chức cấp xã", "Bồi dưỡng công chức cấp xã"),
        ("b) Số hóa hồ sơ hộ tịch", "Số hóa hồ sơ hộ tịch"),
        ("Giai đoạn 2021-2030, Phòng Nội vụ đề xuất như sau:", ""),
        ("Không có.", ""),
        ("  không   có đề xuất ", ""),
        ("Năm 2021 hoàn thành số hóa", "Năm 2021 hoàn thành số hóa"),
    ],
)
def test_a_written_line_becomes_a_proposal(written, proposal):
    assert proposal_text(written) == proposal


@pytest.fixture(scope="module")
def dataset(new_tasks_campaign):
    campaign = new_tasks_campaign()
    campaign.submit_outline(
        "noi_vu",
        {
            "P2.I.3": [
                Paragraph("Giai đoạn 2021-2030, Phòng Nội vụ đề xuất:"),
                Paragraph(f"- {STAFF};", "bullet"),
                Paragraph("- Hoàn thành bố trí cán bộ dôi dư sau sáp nhập.", "bullet"),
            ],
        },
    )
    campaign.submit_outline(
        "xa_lia",
        {
            # the same proposal, typed differently (case, spacing, bullet, closing stop)
            "P2.I.3": [Paragraph(f"+ {STAFF.lower().replace(' các ', '  các ')}.")],
            "P2.I.1": [Paragraph("Không có")],
            "P2.I.6": [
                Table(
                    ("STT", "Nội dung đề xuất"),
                    [("1", "Đầu tư đường truyền cho xã vùng cao"), ("2", "Cấp chữ ký số")],
                )
            ],
        },
    )
    campaign.submit_outline(
        "tt_khe_sanh", {"P2.I.6": [Paragraph("- Đầu tư đường truyền cho xã vùng cao;")]}
    )
    return campaign.aggregate()


def by_key(fields):
    return {f.heading.key: f for f in fields}


def test_proposals_land_under_their_field_and_identical_ones_merge(dataset):
    fields = by_key(gather(dataset.catalogue, dataset.config, dataset.narratives))
    assert [p.text for p in fields["P2.I.3"].proposals] == [
        STAFF,
        "Hoàn thành bố trí cán bộ dôi dư sau sáp nhập",
    ]
    assert fields["P2.I.3"].proposals[0].unit_names == ("Phòng Nội vụ", "Xã Lìa")
    assert fields["P2.I.3"].proposals[1].unit_names == ("Phòng Nội vụ",)
    # a table of proposals counts row by row; the owner office (Văn hóa và Thông tin) wrote none
    assert [(p.text, p.unit_names) for p in fields["P2.I.6"].proposals] == [
        ("Đầu tư đường truyền cho xã vùng cao", ("Thị trấn Khe Sanh", "Xã Lìa")),
        ("Cấp chữ ký số", ("Xã Lìa",)),
    ]
    assert fields["P2.I.1"].proposals == ()  # "Không có" is not a proposal
    assert fields["P2.I.3"].owner == "noi_vu"


def test_the_district_report_prints_each_proposal_once_with_who_proposed_it(dataset, tmp_path):
    target = write_district_report(dataset, {}, tmp_path / "bao-cao.docx")
    lines = docx_text(target)
    start = lines.index("3. Về tổ chức bộ máy hành chính nhà nước")
    end = lines.index("4. Về xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức")
    assert lines[start + 1 : end] == [
        f"- {STAFF} (đề xuất của Phòng Nội vụ, xã Lìa).",
        "- Hoàn thành bố trí cán bộ dôi dư sau sáp nhập (đề xuất của Phòng Nội vụ).",
    ]
    field_1 = lines.index("1. Về thể chế", lines.index("I. Đề xuất"))
    assert lines[field_1 + 1] == "[Chưa có đề xuất của cơ quan, đơn vị nào về lĩnh vực này]"
    assert sum(STAFF in line for line in lines) == 1
