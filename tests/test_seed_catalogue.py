"""The catalogue against the seed itself: every row of Phụ lục 1, in the seed's order, with the
seed's slips corrected as docs/seed-notes.md records."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cchc_core.plugin.catalogue import build
from cchc_core.plugin.manager import make_plugin_manager
from cchc_core.util.text import fold

SEED = Path(__file__).parents[1] / "docs" / "seed" / "ke-hoach-19-KH-UBND-2020.txt"

# seed label → catalogue label (None: a row printed twice, dropped)
FIXES = {
    "Số VBQPL trái pháp luật về nội dung, thẩm quyền": "Số VBQPPL trái pháp luật về nội dung, thẩm quyền",
    "Số cơ chuyên môn cấp huyện, đơn vị hành chính cấp huyện sử dụng mạng nội bộ (mạng LAN) để "
    "trao đổi công việc": "Số cơ quan chuyên môn cấp huyện, đơn vị hành chính cấp huyện sử dụng mạng nội bộ (mạng "
    "LAN) để trao đổi công việc",
    "Số cơ quan chuyên môn cấp huyện P, đơn vị hành chính cấp huyện có Cổng/Trang Thông tin điện "
    "tử": "Số cơ quan chuyên môn cấp huyện, đơn vị hành chính cấp huyện có Cổng/Trang Thông tin điện "
    "tử",
}
PRINTED_TWICE = {
    "Số lượng TTHC cấp huyện",
    "Tỷ lệ hồ sơ TTHC cấp huyện giải quyết đúng hạn (đã tiếp nhận/đã trả đúng hạn)",
}


def seed_rows() -> dict[str, list[str]]:
    """Section key → row labels, as printed in the seed's Phụ lục 1."""
    text = SEED.read_text(encoding="utf-8")
    appendix = text[text.index("PHỤ LỤC 1") : text.index("PHỤ LỤC 2")]
    sections: dict[str, list[str]] = {}
    current = None
    for line in appendix.splitlines():
        heading = re.match(r"^([IVX]+)\. Lĩnh vực", line)
        if heading:
            current = heading.group(1)
            sections[current] = []
            continue
        if current is None or "\t" not in line:
            continue
        stt, label = ([*line.split("\t"), ""])[:2]
        label = fold(label)
        if not label or label in ("Chỉ tiêu", "Nhiệm vụ/tiêu chí"):
            continue
        if not stt.strip() and label[0].islower():
            sections[current][-1] += " " + label  # a row broken across the page
            continue
        sections[current].append(label)
    return sections


def expected(labels: list[str]) -> list[str]:
    result, seen = [], set()
    for label in labels:
        label = FIXES.get(label, label)
        if label in PRINTED_TWICE and label in seen:
            continue
        seen.add(label)
        result.append(label)
    return result


@pytest.fixture(scope="module")
def catalogue():
    return build(make_plugin_manager())


def test_the_seed_has_the_sections_we_expect():
    assert list(seed_rows()) == ["I", "II", "III", "V", "VI", "VII"]


@pytest.mark.parametrize("section", ["I", "II", "III", "V", "VI", "VII"])
def test_every_seed_row_is_in_the_catalogue_in_order(catalogue, section):
    ours = [i.label for i in catalogue.section_rows(section) if not i.added]
    assert ours == expected(seed_rows()[section])


def test_about_75_seed_rows_are_covered(catalogue):
    count = sum(len(expected(labels)) for labels in seed_rows().values())
    assert count > 70
    assert count == sum(1 for i in catalogue.indicators if not i.added and i.section != "IV")


def test_section_iv_is_defined_and_says_it_is_not_in_the_seed(catalogue):
    section = catalogue.section("IV")
    assert "không có trong Phụ lục 1" in section.note
    assert len(catalogue.section_rows("IV")) >= 5


def test_rows_added_to_the_seed_are_counts_behind_a_rate(catalogue):
    added = [i for i in catalogue.indicators if i.added]
    assert len(added) >= 6  # received, resolved, on time, at both levels
    parents = {catalogue.indicator(i.parent).code for i in added}
    assert all(catalogue.indicator(code).is_derived for code in parents), parents
