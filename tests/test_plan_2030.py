"""Task 6: the draft 2021-2030 plan: baseline from 2016-2020, targets left to fill, the units'
proposals as tasks per field with their lead and coordinating offices."""

from __future__ import annotations

import attrs

from cchc_core.config import PlanTarget
from cchc_core.documents import plan_2030
from cchc_core.testing import docx_text


def test_targets_take_the_baseline_and_leave_the_new_figures_to_fill(tasks_built):
    lines = docx_text(tasks_built[3] / plan_2030.FILENAME)
    assert "KẾ HOẠCH" in lines
    # the summary is broken between word groups to fit the page
    assert "Cải cách hành chính nhà nước huyện Hướng Hóa giai đoạn 2021-2030" in [
        line.replace("\n", " ") for line in lines
    ]
    assert any(line.startswith("[Căn cứ Chương trình cải cách hành chính") for line in lines)
    satisfaction = next(line for line in lines if line.startswith("1 | Mức độ hài lòng"))
    assert satisfaction.endswith("| 86,9% (năm 2019) | …… | …… | ……")
    # only 2019 has data: the last full year stands in for the phase, and says so
    assert any(
        line.startswith("3 | Tỷ lệ hồ sơ TTHC cấp xã") and "| 96,7% (năm 2019) |" in line
        for line in lines
    )


def test_a_target_from_cchc_toml_is_printed_with_its_source(tasks_built, tmp_path):
    _, dataset, _, _ = tasks_built
    settings = attrs.evolve(
        dataset.config.plan_2030,
        targets=(PlanTarget("hl_muc_do", "Trên 85%", "Trên 90%", "Chương trình của tỉnh"),),
        province_programme="Chương trình số 99/CTr-UBND ngày 01/7/2021 của UBND tỉnh Quảng Trị",
    )
    config = attrs.evolve(dataset.config, plan_2030=settings)
    target = plan_2030.write_plan(attrs.evolve(dataset, config=config), tmp_path / "kh.docx")
    lines = docx_text(target)
    satisfaction = next(line for line in lines if line.startswith("1 | Mức độ hài lòng"))
    assert satisfaction.endswith("| 86,9% (năm 2019) | Trên 85% | Trên 90% | Chương trình của tỉnh")
    assert "Căn cứ Chương trình số 99/CTr-UBND ngày 01/7/2021 của UBND tỉnh Quảng Trị;" in lines


def test_tasks_are_the_proposals_of_their_field_led_by_the_office_that_owns_it(tasks_built):
    lines = docx_text(tasks_built[3] / plan_2030.FILENAME)
    field = lines.index("6. Về hiện đại hóa hành chính")
    caption, *table = lines[field + 1 : field + 5]
    assert caption == "Bảng 3. Nhiệm vụ về hiện đại hóa hành chính"  # numbered without gaps
    assert table[0] == "STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian"
    assert table[1] == (
        "1 | Duy trì hệ thống ISO 9001:2015 ở cấp xã | Phòng Kinh tế và Hạ tầng | "
        "Các cơ quan, đơn vị liên quan | 2021-2030"
    )
    assert table[2] == (
        "2 | Đầu tư đường truyền internet cho các xã vùng cao | Phòng Văn hóa và Thông tin | "
        "UBND các xã, thị trấn | 2021-2030"
    )
    staff = lines.index("3. Về tổ chức bộ máy hành chính nhà nước")
    assert lines[staff + 3].startswith("1 | Sắp xếp cán bộ dôi dư sau sáp nhập | Phòng Nội vụ |")
    empty = lines.index("1. Về thể chế", lines.index("III. NHIỆM VỤ"))
    assert lines[empty + 1] == (
        "[Chưa có đề xuất nhiệm vụ về lĩnh vực này; Phòng Tư pháp chủ trì đề xuất]"
    )
    roles = "\n".join(lines[lines.index("IV. TỔ CHỨC THỰC HIỆN") :])
    assert "Phòng Kinh tế và Hạ tầng\n- Chủ trì thực hiện các nhiệm vụ tại mục III.6" in roles


def test_a_code_no_plugin_declares_is_a_warning_and_left_out_visibly(tasks_built, tmp_path):
    from cchc_core.check.config_refs import config_findings
    from cchc_core.documents.commendation_submission import district_results
    from cchc_core.figures.commendations import method_lines, rankings

    _, dataset, status, _ = tasks_built
    config = dataset.config
    wrong = attrs.evolve(
        config,
        plan_2030=attrs.evolve(config.plan_2030, targets=(PlanTarget("hl_muc_doo"),)),
        commendations=attrs.evolve(
            config.commendations,
            criteria=(
                attrs.evolve(config.commendations.criteria[0], indicator="hs_ty_le_xaa"),
                *config.commendations.criteria[1:],
            ),
            district_indicators=("pakn_x",),
        ),
    )
    [*findings] = config_findings(wrong, dataset.catalogue)
    assert [f.indicator for f in findings] == ["hs_ty_le_xaa", "pakn_x", "hl_muc_doo"]
    assert "Có phải là “hl_muc_do”?" in findings[2].hint
    changed = attrs.evolve(dataset, config=wrong)
    communes = rankings(changed, status)[0]
    assert len(communes.criteria) == 3  # the three others still rank
    assert any(
        "không có chỉ tiêu mã “hs_ty_le_xaa”" in line for line in method_lines(communes, changed)
    )
    assert district_results(changed)[0][1].startswith("Không có")
    lines = docx_text(plan_2030.write_plan(changed, tmp_path / "kh.docx"))
    assert any("Không có chỉ tiêu mã “hl_muc_doo”" in line for line in lines)
