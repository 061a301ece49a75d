"""What to do about a finding in a roll-up file: the district's answer to the province is made by
cchc from the district's own units' files, so the advice a unit gets for its own form ("không phát
sinh thì ghi 0", "gửi lại tệp đã điền") does not fit. For these codes the province is told what the
gap means in a roll-up and what the district does about it: complete its units' files, build again
and send the new file."""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from cchc_core.config import CampaignConfig
from cchc_core.model.findings import Finding

#: finding code → the hint for a roll-up, ``{below}`` the level below's word (``huyện``). Each
#: reads the same to the province's staff and, in the feedback letter, to the district
HINTS = {
    "value.missing": (
        "Số liệu này của {below} còn trống vì các đơn vị của {below} chưa có số liệu hoặc báo cáo "
        "có lỗi (cột Ghi chú của dòng trong tệp nêu các đơn vị); đề nghị {below} bổ sung, lập lại "
        "tệp (cchc build) rồi gửi lại."
    ),
    "submission.blank": (
        "Tệp chưa có số liệu hay nội dung nào của {below}: các đơn vị, cơ quan chủ trì của {below} "
        "chưa nộp hoặc chưa viết; đề nghị {below} đôn đốc, lập lại tệp (cchc build) rồi gửi lại."
    ),
    "narrative.empty-parts": (
        "Các phần này còn trống trong báo cáo của {below} (cơ quan chủ trì chưa viết); đề nghị "
        "{below} bổ sung, lập lại tệp (cchc build) rồi gửi lại."
    ),
    "trend.jump": (
        "Kiểm tra lại số liệu của các đơn vị của {below} sau ô này (lệnh cchc explain cho biết "
        "từng đơn vị); nếu có sai, sửa tại {below}, lập lại tệp (cchc build) rồi gửi lại."
    ),
    "conference.date": (
        "Ngày hội nghị tổng kết của {below} lấy theo mục [conference] của cchc.toml của {below}; "
        "nếu chưa đúng, sửa tại đó, lập lại tệp (cchc build) rồi gửi lại."
    ),
}


def reworded(findings: Iterable[Finding], config: CampaignConfig) -> list[Finding]:
    """``findings`` with the hint of each one in a roll-up file that :data:`HINTS` names
    rewritten for the level below."""
    below = config.district.words.below_level
    rollups = {unit.id for unit in config.units if unit.is_rollup}
    return [
        attrs.evolve(f, hint=HINTS[f.code].format(below=below))
        if f.unit in rollups and f.code in HINTS
        else f
        for f in findings
    ]
