"""Reporting units: the district's offices and its commune-level units (communes and towns)."""

from __future__ import annotations

import enum
from datetime import date

from attrs import field, frozen

from cchc_core.util.text import fold


class UnitKind(enum.Enum):
    """What a unit is. Communes and towns are both commune-level units (``đơn vị cấp xã``)."""

    OFFICE = "office"
    COMMUNE = "commune"
    TOWN = "town"

    @property
    def label(self) -> str:
        """Vietnamese name of the kind."""
        return {"office": "Cơ quan, đơn vị", "commune": "Xã", "town": "Thị trấn"}[self.value]


@frozen
class Unit:
    """One unit that reports: ``id`` is an ASCII slug used in file names and in ``cchc.toml``.

    A merged commune lists the former communes in ``merged_from`` and the date the merger took effect in
    ``merged_on``: for years before that date it reports the results of all former communes together.
    ``head_title`` and ``head_name`` sign the unit's own documents (an office's specialist report).
    """

    id: str
    name: str = field(converter=fold)
    kind: UnitKind
    merged_from: tuple[str, ...] = field(default=(), converter=lambda v: tuple(fold(x) for x in v))
    merged_on: date | None = None
    head_title: str = ""
    head_name: str = ""
    letterhead: str = field(default="", converter=fold)

    @property
    def is_commune_level(self) -> bool:
        """True for communes and towns."""
        return self.kind is not UnitKind.OFFICE

    @property
    def is_merged(self) -> bool:
        """True when the unit was formed by merging former communes."""
        return bool(self.merged_from)

    def predecessor_count(self, on: date) -> int:
        """How many units this one stood for on a date: the former communes before the merger."""
        if self.merged_from and self.merged_on and on < self.merged_on:
            return len(self.merged_from)
        return 1

    @property
    def issuing_name(self) -> str:
        """The name in capitals for a letterhead, e.g. ``PHÒNG TƯ PHÁP``."""
        return (self.letterhead or self.name).upper()
