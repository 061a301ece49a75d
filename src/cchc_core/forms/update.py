"""``cchc forms --update``: after a plugin was installed or updated, a new form for each unit whose
received form is of an earlier catalogue, prefilled with what the unit already sent, so that it only
fills what is new or changed.

Only the sections whose rows did not change were read from the old workbook (``workbook_read``), so
only their figures and notes are carried over, with the rows of its nominations sheet. An outline
document made before the outline changed gets a new outline with every part the unit wrote under
its heading (as text: the unit's own formatting is not kept) and, for a commune, its conference
date. The new files replace the unit's blank ones in ``forms/``, ready to be sent back to it.
"""

from __future__ import annotations

import functools
from pathlib import Path

from attrs import frozen

from cchc_core.collect.collection import Collection
from cchc_core.config import CampaignConfig
from cchc_core.forms import conference_date, layout
from cchc_core.forms.filler import type_into_form, write_into_outline
from cchc_core.forms.outline_write import outline_document
from cchc_core.forms.workbook_write import form_workbook
from cchc_core.model.submissions import Submission, SubmissionKind
from cchc_core.plugin.catalogue import Catalogue
from cchc_core.util.parallel import SLOW_ITEMS_MIN, ordered_map
from cchc_core.util.stable import save_stable


@frozen
class UpdatedForm:
    """One unit's new form (``kind`` "workbook" or "outline"): where it is, how many cells or
    parts were carried over from the file it sent, and the sections it has to fill anew (new or
    changed; an outline's new headings are found by the unit when it reads it)."""

    unit: str
    unit_name: str
    path: Path
    source: str
    prefilled: int
    to_fill: tuple[str, ...]
    #: nominations sent that the new form's sheet has no row for (the unit added rows to its sheet,
    #: or ``[commendations] rows`` was lowered): to be sent again
    nominations_left_out: int = 0
    kind: str = "workbook"


def update_forms(
    catalogue: Catalogue,
    config: CampaignConfig,
    collection: Collection,
    folder: Path,
    *,
    workers: int | None = None,
) -> tuple[UpdatedForm, ...]:
    """Write the new forms of the units whose kept form is of an earlier catalogue (on
    ``workers`` processes, default every core, when there are many)."""
    stale = [s for s in collection.submissions if _made_before(s, catalogue)]
    task = functools.partial(_update, catalogue=catalogue, config=config, folder=folder)
    return tuple(
        ordered_map(
            task,
            stale,
            workers=workers,
            label="Tạo biểu mẫu mới",
            name=lambda submission: submission.source.name,
            min_items=SLOW_ITEMS_MIN,
        )
    )


def _made_before(submission: Submission, catalogue: Catalogue) -> bool:
    """Whether ``submission`` was made from an earlier catalogue (or outline) than this one."""
    if submission.kind is SubmissionKind.NARRATIVE:
        return submission.catalogue_version not in ("", catalogue.outline_version)
    return submission.catalogue_version != catalogue.version


def _update(
    submission: Submission, catalogue: Catalogue, config: CampaignConfig, folder: Path
) -> UpdatedForm:
    if submission.kind is SubmissionKind.NARRATIVE:
        return _update_outline(catalogue, config, submission, folder)
    return _update_workbook(catalogue, config, submission, folder)


def _update_workbook(
    catalogue: Catalogue, config: CampaignConfig, submission: Submission, folder: Path
) -> UpdatedForm:
    """The unit's new workbook, with the figures, notes and nominations it sent for the rows it
    still has: built in memory and saved once."""
    unit = config.unit(submission.unit)
    asked = catalogue.reported_codes(unit)
    values = {
        key: cell.raw
        for key, cell in submission.cells.items()
        if key[0] in asked and str(cell.raw or "").strip()
    }
    notes = {code: str(cell.raw) for code, cell in submission.notes.items() if code in asked}
    room = config.commendations.rows if config.commendations else 0  # the sheet's rows
    sent = [{key: cell.raw for key, cell in row.cells.items()} for row in submission.nominations]
    nominations = sent[:room]
    target = folder / layout.form_filename(unit.id)
    workbook = form_workbook(catalogue, config, unit)
    type_into_form(workbook, values, notes, nominations)
    save_stable(workbook, target, config.plan.date)  # dated as every form is, never the clock
    to_fill = tuple(
        f.location.sheet or ""
        for f in submission.findings
        if f.code in ("form.new-section", "form.section-changed")
    )
    return UpdatedForm(
        unit.id,
        unit.name,
        target,
        submission.source.name,
        len(values),
        to_fill,
        len(sent) - len(nominations) if room else 0,
    )


def _update_outline(
    catalogue: Catalogue, config: CampaignConfig, submission: Submission, folder: Path
) -> UpdatedForm:
    """The unit's new outline document, with what it wrote under each heading it still has:
    built in memory and saved once."""
    unit = config.unit(submission.unit)
    # the reader finds parts by the headings of this catalogue: each has its place in the outline
    parts = {key: n.blocks for key, n in submission.narratives.items() if not n.is_empty}
    conference = submission.conference
    answer = (
        str(conference.raw)
        if conference is not None
        and str(conference.raw or "").strip()
        and conference_date.applies(config, unit)
        else None
    )
    target = folder / layout.outline_filename(unit.id)
    document = outline_document(catalogue, config, unit)
    write_into_outline(document, parts, answer)
    save_stable(document, target, config.plan.date)
    return UpdatedForm(
        unit.id, unit.name, target, submission.source.name, len(parts), (), kind="outline"
    )
