"""Which units the figures come from: computed once from the check and printed in the same words in
every output (the district report, both Phụ lục 1, the specialist reports, the status workbook), so
no two outputs disagree on "n/N đơn vị"."""

from __future__ import annotations

from attrs import frozen

from cchc_core.check.checking import CheckResult
from cchc_core.config import CampaignConfig
from cchc_core.plugin.catalogue import Catalogue
from cchc_core.util import vnformat
from cchc_core.util.text import name_in_text


@frozen
class Coverage:
    """The units expected to send a statistics form, and what became of each: ``used`` in the
    totals, ``excluded`` for errors, ``not_submitted``, and ``partial`` (used, but required cells
    left empty). All are unit names in the order of ``cchc.toml``."""

    expected: tuple[str, ...]
    used: tuple[str, ...]
    excluded: tuple[str, ...]
    not_submitted: tuple[str, ...]
    partial: tuple[str, ...]
    units_word: str = "cơ quan, đơn vị và UBND xã, thị trấn"

    @property
    def ratio(self) -> str:
        """``25/27``."""
        return f"{vnformat.number(len(self.used))}/{vnformat.number(len(self.expected))}"

    @property
    def sentence(self) -> str:
        """The coverage sentence every output prints."""
        text = f"Số liệu được tổng hợp từ biểu thống kê của {self.ratio} {self.units_word}"
        left_out = [f"{name_in_text(name)} (báo cáo có lỗi)" for name in self.excluded] + [
            f"{name_in_text(name)} (chưa gửi biểu thống kê)" for name in self.not_submitted
        ]
        if left_out:
            text += f"; chưa tính: {', '.join(left_out)}"
        if self.partial:
            partial = ", ".join(map(name_in_text, self.partial))
            text += f"; còn bỏ trống một số chỉ tiêu: {partial}"
        return text + "."


def coverage(catalogue: Catalogue, config: CampaignConfig, check: CheckResult) -> Coverage:
    """Who the figures of ``check`` come from."""
    expected = [u for u in config.units if catalogue.rows_for(u)]
    empty_cells = {f.unit for f in check.findings if f.code == "value.missing"}
    used = [u for u in expected if u.id in check.values and u.id not in check.invalid_units]
    return Coverage(
        expected=tuple(u.name for u in expected),
        used=tuple(u.name for u in used),
        excluded=tuple(u.name for u in expected if u.id in check.invalid_units),
        not_submitted=tuple(
            u.name for u in expected if u.id not in check.values and u.id not in check.invalid_units
        ),
        partial=tuple(u.name for u in used if u.id in empty_cells),
        units_word=config.district.all_units,
    )
