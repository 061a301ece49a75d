"""The report outline (Phụ lục 2, ``đề cương``): headings every report follows, as a tree of data."""

from __future__ import annotations

from attrs import field, frozen

from cchc_core.util.text import fold


@frozen
class Heading:
    """One heading of the outline.

    ``key`` is stable (``P1.II.1.1``); ``number`` as printed (``1.1.``, ``a)``); ``parent`` the key of
    the heading above it (``None`` for a part); ``domain`` the domain whose owner office writes the
    text under it. ``guidance`` holds the seed's bullets under the heading: what to write there, shown
    to units in the outline form. ``writes_text`` is False for a heading that only groups others.
    ``added`` marks a heading the seed lacks (see docs/seed-notes.md). ``district_title`` replaces the
    title in the district report where the seed's wording only fits a unit's report (a unit
    recommends to the district, the district to the province).
    """

    key: str
    title: str = field(converter=fold)
    domain: str
    parent: str | None = None
    number: str = ""
    guidance: tuple[str, ...] = field(default=(), converter=lambda v: tuple(fold(x) for x in v))
    writes_text: bool = True
    added: bool = False
    order: int = 0
    district_title: str = field(default="", converter=fold)

    @property
    def display(self) -> str:
        """The heading as printed in a unit's outline form: number and title."""
        return f"{self.number} {self.title}".strip()

    @property
    def district_display(self) -> str:
        """The heading as printed in the district report."""
        return f"{self.number} {self.district_title or self.title}".strip()
