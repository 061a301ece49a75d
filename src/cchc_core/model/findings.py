"""Findings: what checking a submission reports, one record per problem, with where it is."""

from __future__ import annotations

import enum
import math
from typing import Any

import attrs
from attrs import frozen


class Severity(enum.Enum):
    """How serious a finding is. Errors keep a unit out of the totals; warnings are for review."""

    ERROR = "error"
    WARNING = "warning"

    @property
    def label(self) -> str:
        """Vietnamese label shown to users."""
        return {"error": "Lỗi", "warning": "Cảnh báo"}[self.value]


@frozen
class Location:
    """Where a finding is: the file (name as found in the inbox), the sheet and the cell, or for a
    report document the outline part (heading)."""

    file: str | None = None
    sheet: str | None = None
    cell: str | None = None
    part: str | None = None

    @property
    def address(self) -> str:
        """Sheet and cell in spreadsheet notation, e.g. ``III!E12``; empty when unknown."""
        if self.sheet and self.cell:
            sheet = self.sheet if self.sheet.replace("_", "").isalnum() else f"'{self.sheet}'"
            return f"{sheet}!{self.cell}"
        return self.sheet or ""

    def __str__(self) -> str:
        return " › ".join(p for p in (self.file, self.address, self.part) if p)


@frozen
class Finding:
    """One problem found in a submission or across submissions.

    ``code`` is stable for scripts (e.g. ``rule.pakn_giai_quyet_le_tiep_nhan``, ``value.not-a-number``),
    ``message`` and ``hint`` are Vietnamese sentences for the person who fixes the file.
    """

    code: str
    severity: Severity
    message: str
    hint: str = ""
    unit: str | None = None
    unit_name: str | None = None
    location: Location = Location()
    indicator: str | None = None
    indicator_label: str | None = None
    period: str | None = None
    value: Any = None

    @property
    def is_error(self) -> bool:
        """True for findings that keep the unit out of the totals."""
        return self.severity is Severity.ERROR

    def to_dict(self) -> dict[str, Any]:
        """Plain data for ``--json``; the location is flattened to file, sheet and cell."""
        data = attrs.asdict(self, recurse=False)
        data["severity"] = self.severity.value
        data["location"] = None
        data.update(
            file=self.location.file,
            sheet=self.location.sheet,
            cell=self.location.cell,
            part=self.location.part,
        )
        del data["location"]
        value = self.value
        plain = isinstance(value, (int, str, type(None))) or (
            isinstance(value, float) and math.isfinite(value)
        )
        data["value"] = value if plain else str(value)  # JSON has no NaN, Decimal or date
        return data
