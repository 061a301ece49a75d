"""Nominations for commendation (task 4 of the plan): what a unit proposes on the "Khen thưởng"
sheet of its workbook, as read (raw cells) and as checked."""

from __future__ import annotations

import enum
from collections.abc import Mapping

from attrs import field, frozen

from cchc_core.model.submissions import Cell
from cchc_core.util.text import fold


class NomineeKind(enum.Enum):
    """A collective (a unit, a department, the one-stop desk) or an individual."""

    COLLECTIVE = "Tập thể"
    INDIVIDUAL = "Cá nhân"


#: the columns of the nominations sheet: key (in the hidden marker row), header, width
COLUMNS: tuple[tuple[str, str, float], ...] = (
    ("kind", "Tập thể/ Cá nhân", 12),
    ("name", "Tên tập thể/ Họ và tên", 26),
    ("position", "Chức vụ, đơn vị công tác", 26),
    ("achievement", "Thành tích trong cải cách hành chính (tóm tắt)", 46),
    ("form", "Hình thức khen thưởng đề nghị", 26),
    ("note", "Ghi chú", 16),
)
#: fields a nomination cannot lack (``position`` only for an individual)
REQUIRED = ("kind", "name", "achievement", "form")


@frozen
class NominationRow:
    """One filled row of a unit's nominations sheet, cell by cell (column key → cell), unchecked."""

    row: int
    cells: Mapping[str, Cell] = field(factory=dict)


@frozen
class Nomination:
    """A checked nomination: who proposes whom for which form of commendation, and where it was
    written (file, sheet, row, and the cell holding the name)."""

    unit: str
    unit_name: str
    kind: NomineeKind
    name: str = field(converter=fold)
    position: str = field(converter=fold)
    achievement: str = field(converter=fold)
    form: str = field(converter=fold)
    note: str = field(default="", converter=fold)
    file: str = ""
    sheet: str = ""
    row: int = 0
    cell: str = ""

    @property
    def source(self) -> str:
        """``tệp.xlsx › Khen thưởng, dòng 8``."""
        return f"{self.file} › {self.sheet}, dòng {self.row}"
