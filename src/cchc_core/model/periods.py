"""Reporting periods (full years and the 2020 part-year up to 31/3) and the programme's phases."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from attrs import frozen


@frozen
class Period:
    """A column of the statistics: a full year, or part of one (``partial``).

    A partial period is never compared with a full year: year-over-year checks and trend sentences skip
    it, and totals show it in its own column.
    """

    key: str
    year: int
    start: date
    end: date
    label: str
    partial: bool = False

    @classmethod
    def full_year(cls, year: int) -> Period:
        """The calendar year ``year``."""
        return cls(str(year), year, date(year, 1, 1), date(year, 12, 31), f"Năm {year}")

    @classmethod
    def year_to(cls, end: date) -> Period:
        """From 1 January to ``end`` in the same year, e.g. 2020 up to 31/3."""
        return cls(
            f"{end.year}-den-{end.month:02d}-{end.day:02d}",
            end.year,
            date(end.year, 1, 1),
            end,
            f"Năm {end.year} (Tính đến {end.day}/{end.month})",
            partial=True,
        )

    @property
    def phrase(self) -> str:
        """The period in running text, the part-year said once: ``năm 2019``, ``năm 2020 (đến
        31/3)``."""
        if self.partial:
            return f"năm {self.year} (đến {self.end.day}/{self.end.month})"
        return f"năm {self.year}"

    @property
    def short_label(self) -> str:
        """A compact label for table headers, lists and charts: ``2015``, ``2020 đến 31/3``."""
        if self.partial:
            return f"{self.year} đến {self.end.day}/{self.end.month}"
        return str(self.year)


@frozen
class Phase:
    """A phase of the master programme, e.g. 2011–2015 or 2016–2020."""

    first_year: int
    last_year: int

    @property
    def key(self) -> str:
        """``"2011-2015"``."""
        return f"{self.first_year}-{self.last_year}"

    @property
    def label(self) -> str:
        """``"giai đoạn 2011 - 2015"``."""
        return f"giai đoạn {self.first_year} - {self.last_year}"

    def periods(self, periods: Iterable[Period]) -> tuple[Period, ...]:
        """The periods that fall within the phase."""
        return tuple(p for p in periods if self.first_year <= p.year <= self.last_year)

    def is_complete(self, periods: Iterable[Period]) -> bool:
        """True when every year of the phase has a full-year period."""
        years = {p.year for p in periods if not p.partial}
        return all(y in years for y in range(self.first_year, self.last_year + 1))
