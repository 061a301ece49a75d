"""Checked values of one unit: what the aggregation and the rules work on, each with its source."""

from __future__ import annotations

from collections.abc import Mapping

from attrs import field, frozen

from cchc_core.model.submissions import Origin


@frozen
class Value:
    """One checked value and exactly where it came from (file, sheet, cell); from a roll-up file,
    also the values of the level below it was computed from."""

    value: int | float | str
    unit: str
    file: str
    sheet: str
    cell: str
    parts: tuple[Origin, ...] = ()

    @property
    def source(self) -> str:
        """``tệp.xlsx › III!E12``."""
        return f"{self.file} › {self.sheet}!{self.cell}"


@frozen
class UnitValues:
    """A unit's checked values by (indicator code, period key), and its notes by indicator code."""

    unit: str
    values: Mapping[tuple[str, str], Value] = field(factory=dict)
    notes: Mapping[str, str] = field(factory=dict)

    def get(self, code: str, period: str) -> Value | None:
        """The value of one cell, or None when empty or refused."""
        return self.values.get((code, period))

    def number(self, code: str, period: str) -> float | None:
        """The numeric value of one cell, or None."""
        found = self.values.get((code, period))
        if found is None or isinstance(found.value, str):
            return None
        return found.value


@frozen
class EarlierValues:
    """The district's figures for an earlier phase, from its own earlier review (``[earlier_review]``
    of ``cchc.toml``): ``district`` by indicator code, ``units`` by (unit id, code), each with the
    cell it came from; ``source`` names the document they were copied from."""

    phase: str
    source: str
    file: str
    district: Mapping[str, Value] = field(factory=dict)
    units: Mapping[tuple[str, str], Value] = field(factory=dict)
