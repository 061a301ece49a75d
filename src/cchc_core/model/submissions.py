"""What a file from the inbox becomes once read: a submission of one unit, with where each value was."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

from attrs import field, frozen

from cchc_core.model.blocks import Block
from cchc_core.model.findings import Finding

if TYPE_CHECKING:
    from cchc_core.model.nominations import NominationRow


class SubmissionKind(enum.Enum):
    """A statistics form (Phụ lục 1) or a report following the outline (Phụ lục 2)."""

    FORM = "form"
    NARRATIVE = "narrative"

    @property
    def label(self) -> str:
        """Vietnamese name of the kind."""
        return {"form": "biểu thống kê", "narrative": "báo cáo theo đề cương"}[self.value]


@frozen
class InboxFile:
    """A file found in the inbox, with its fingerprint taken before anything reads it.

    ``name`` is the path relative to the inbox (NFC); an e-mail's attachment is named after the
    e-mail: ``thu-xa-huc.eml › Báo cáo.xlsx``. ``received`` is when the district received it, from
    the receipt register, the e-mail it came in or a ``[[received]]`` entry of ``cchc.toml``, in
    that order (``received_from`` says which), and ``None`` when none of them knows: never the
    file's modification time (``modified``), which says when it was copied. ``sender`` is the
    e-mail address it came from, if it came by e-mail. ``kind`` is what the first bytes and the zip
    directory say it is: ``xlsx``, ``docx`` or ``other``.
    """

    path: Any  # pathlib.Path
    name: str
    size: int
    sha256: str
    modified: datetime
    received: datetime | None
    head: bytes = b""
    kind: str = "other"
    received_from: str = ""
    sender: str = ""


@frozen
class Origin:
    """Where a value in a roll-up file came from in the campaign below: one unit's value and its
    cell (``role`` is ``tử số``/``mẫu số`` for the two sides of a rate)."""

    unit: str
    unit_name: str
    value: Any
    file: str
    sheet: str
    cell: str
    role: str = ""


@frozen
class Cell:
    """A value as found in a file, before checking: raw content, sheet and cell address, and for a
    roll-up file the values of the level below it was computed from (``parts``)."""

    raw: Any
    sheet: str
    address: str
    parts: tuple[Origin, ...] = ()

    def __reduce__(self) -> tuple[type[Cell], tuple[Any, str, str, tuple[Origin, ...]]]:
        # pickled as the call that makes it: a check's reading workers send every cell of every
        # form to the main process (600,000 at 11,000 units), and attrs' own way, a state set
        # field by field, took twice the time each way
        return Cell, (self.raw, self.sheet, self.address, self.parts)

    def __init_subclass__(cls, **kwargs: Any) -> None:
        # a subclass would be pickled as a Cell (see __reduce__), its own fields lost
        raise TypeError("Cell cannot be subclassed")


@frozen
class Narrative:
    """The text a unit wrote under one outline heading (paragraphs and tables, in order)."""

    heading: str
    blocks: tuple[Block, ...] = field(converter=tuple)
    location: str = ""

    @property
    def is_empty(self) -> bool:
        """True when nothing but blank paragraphs was written."""
        return not any(getattr(block, "text", "x").strip() for block in self.blocks)


@frozen
class Submission:
    """One unit's file, read: values per (indicator code, period key), notes, narrative parts.

    ``file_date`` is the date the file itself states (its last save), used to pick the newest of two
    submissions of the same unit. ``findings`` holds what the reader noticed (e.g. a formula whose
    cached value was used). ``nominations`` are the filled rows of a form's nominations sheet;
    ``conference`` what a commune's report says about the date it held its own conference.
    ``catalogue_version`` is the version of what the file was made from: the statistics catalogue
    for a form, the outline for an outline document ("" for a document cchc did not make).
    """

    unit: str
    kind: SubmissionKind
    source: InboxFile
    collector: str
    catalogue_version: str = ""
    file_date: datetime | None = None
    cells: Mapping[tuple[str, str], Cell] = field(factory=dict)
    notes: Mapping[str, Cell] = field(factory=dict)
    narratives: Mapping[str, Narrative] = field(factory=dict)
    findings: tuple[Finding, ...] = field(default=(), converter=tuple)
    nominations: tuple[NominationRow, ...] = field(default=(), converter=tuple)
    conference: Cell | None = None

    @property
    def is_blank(self) -> bool:
        """True for a file sent back as it was received: a form with no figure, note or
        nomination typed in, an outline with nothing written under any heading. It is not a
        delivery ("chưa điền"), whatever day it came."""
        if self.kind is SubmissionKind.FORM:
            if not self.cells:  # a workbook of nominations only: nothing to nominate is an answer
                return False
            typed = any(_typed(c.raw) for c in (*self.cells.values(), *self.notes.values()))
            return not (typed or self.nominations)
        return all(n.is_empty for n in self.narratives.values())


def _typed(raw: Any) -> bool:
    return raw is not None and not (isinstance(raw, str) and not raw.strip())
