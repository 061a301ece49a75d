"""Reporting units: the district's offices and its commune-level units (communes and towns)."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from datetime import date

from attrs import field, frozen

from cchc_core.util.text import ascii_slug, fold, name_in_text


class UnitKind(enum.Enum):
    """What a unit is. Communes and towns are both commune-level units (``đơn vị cấp xã``).

    In a province's campaign the units are its departments (``office``) and its districts
    (``district``): a district answers with its roll-up file, its own campaign's totals of every row.
    """

    OFFICE = "office"
    COMMUNE = "commune"
    TOWN = "town"
    DISTRICT = "district"

    @property
    def label(self) -> str:
        """Vietnamese name of the kind."""
        return {
            "office": "Cơ quan, đơn vị",
            "commune": "Xã",
            "town": "Thị trấn",
            "district": "Huyện, thị xã, thành phố",
        }[self.value]


@frozen
class Unit:
    """One unit that reports: ``id`` is an ASCII slug used in file names and in ``cchc.toml``.

    A merged commune lists the former communes in ``merged_from`` and the date the merger took effect in
    ``merged_on``: for years before that date it reports the results of all former communes together.
    ``head_title`` and ``head_name`` sign the unit's own documents (an office's specialist report).
    ``emails`` are the addresses it sends from: an e-mailed file that does not say whose it is
    is recognised by them.
    """

    id: str
    name: str = field(converter=fold)
    kind: UnitKind
    merged_from: tuple[str, ...] = field(default=(), converter=lambda v: tuple(fold(x) for x in v))
    merged_on: date | None = None
    head_title: str = ""
    head_name: str = ""
    letterhead: str = field(default="", converter=fold)
    emails: tuple[str, ...] = field(default=(), converter=lambda v: tuple(x.lower() for x in v))

    @property
    def is_commune_level(self) -> bool:
        """True for the local governments of the level below: communes and towns in a district's
        campaign, districts in a province's."""
        return self.kind is not UnitKind.OFFICE

    @property
    def is_rollup(self) -> bool:
        """True for a unit that answers with the totals of its own campaign (a district)."""
        return self.kind is UnitKind.DISTRICT

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
    def addressed_as(self) -> str:
        """How a letter addresses the unit: an office by its name, a local government as its
        People's Committee (``UBND xã Lìa``, ``UBND huyện Gio Linh``), never as the place
        ("Kính gửi: Xã Lìa")."""
        if self.kind is UnitKind.OFFICE:
            return self.name
        return f"UBND {self.in_text}"

    @property
    def in_text(self) -> str:
        """The name inside a sentence: an office's as it is (``Phòng Tư pháp``, ``Huyện Đoàn``),
        a local government's with its kind in lower case (``xã Lìa``, see
        :func:`~cchc_core.util.text.name_in_text`), its kind added when the name has none
        (``Lìa`` → ``xã Lìa``)."""
        if self.kind is UnitKind.OFFICE:
            return self.name
        written = name_in_text(self.name)
        if written != self.name or written[:1].islower():
            return written
        return f"{_KIND_WORDS[self.kind]} {self.name}"

    @property
    def issuing_name(self) -> str:
        """The name in capitals for a letterhead, e.g. ``PHÒNG TƯ PHÁP``."""
        return (self.letterhead or self.name).upper()


_PREFIXES = ("xa-", "thi-tran-", "tt-", "phong-", "van-phong-", "huyen-", "thi-xa-", "thanh-pho-")
#: the kinds of local government a name starts with ("Xã Lìa": the place is "Lìa")
PLACE_KINDS = ("Xã ", "Thị trấn ", "Huyện ", "Thị xã ", "Thành phố ", "Tỉnh ")
#: a local government's kind, written before a name given without it ("Lìa" → "xã Lìa")
_KIND_WORDS = {UnitKind.COMMUNE: "xã", UnitKind.TOWN: "thị trấn", UnitKind.DISTRICT: "huyện"}


def _core_name(unit: Unit) -> str:
    """The unit's name as a slug without its kind ("xa-huong-lap" → "huong-lap")."""
    slug = ascii_slug(unit.name)
    for prefix in _PREFIXES:
        if slug.startswith(prefix):
            return slug[len(prefix) :]
    return slug


class NameIndex:
    """The units' names and ids as slugs, indexed once per run, so that finding the units a file
    name names costs the words of that file name, not the number of units (a country has 11,000).
    """

    def __init__(self, units: Iterable[Unit]) -> None:
        self._units: dict[str, list[tuple[int, Unit]]] = {}
        # the first words of every name ("huong", "huong-lap"): a run of a file name's words
        # that is none of them starts no name, and the runs from its first word stop there
        self._beginnings: set[str] = set()
        for position, unit in enumerate(units):
            for candidate in {_core_name(unit), ascii_slug(unit.id)}:
                if candidate:
                    self._units.setdefault(candidate, []).append((position, unit))
                    words = candidate.split("-")
                    self._beginnings.update(
                        "-".join(words[:end]) for end in range(1, len(words) + 1)
                    )

    def named_in(self, filename: str) -> list[Unit]:
        """Units whose name (or id) appears in ``filename`` as whole words; a name inside a longer
        one that also matches ("Thanh" inside "Tân Thành") is dropped in favour of the longer."""
        words = ascii_slug(filename.rsplit(".", 1)[0]).split("-")
        found: list[tuple[int, int, int, Unit]] = []  # word span, unit position, unit
        for start in range(len(words)):
            run = ""
            for end in range(start, len(words)):
                run = f"{run}-{words[end]}" if end > start else words[end]
                if run not in self._beginnings:
                    break
                for position, unit in self._units.get(run, ()):
                    found.append((start, end + 1, position, unit))
        kept = [
            (position, unit)
            for start, end, position, unit in found
            if not any(s <= start and end <= e and e - s > end - start for s, e, _, _ in found)
        ]
        result: list[Unit] = []
        for _, unit in sorted(kept, key=lambda item: item[0]):
            if unit not in result:
                result.append(unit)
        return result
