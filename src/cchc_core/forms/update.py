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

from pathlib import Path

from attrs import frozen

from cchc_core.collect.collection import Collection
from cchc_core.config import CampaignConfig
from cchc_core.forms import conference_date, layout
from cchc_core.forms.filler import fill_form, fill_outline
from cchc_core.forms.outline_write import write_outline
from cchc_core.forms.workbook_write import write_form
from cchc_core.model.submissions import Submission, SubmissionKind
from cchc_core.plugin.catalogue import Catalogue
from cchc_core.util.atomic import atomic_path
from cchc_core.util.stable import stabilize


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
    catalogue: Catalogue, config: CampaignConfig, collection: Collection, folder: Path
) -> tuple[UpdatedForm, ...]:
    """Write the new forms of the units whose kept form is of an earlier catalogue."""
    updated = []
    for submission in collection.submissions:
        if submission.kind is SubmissionKind.NARRATIVE:
            if submission.catalogue_version not in ("", catalogue.outline_version):
                updated.append(_update_outline(catalogue, config, submission, folder))
            continue
        if submission.catalogue_version == catalogue.version:
            continue
        unit = config.unit(submission.unit)
        asked = {i.code for i in catalogue.rows_for(unit) if catalogue.reports(i, unit)}
        values = {
            key: cell.raw
            for key, cell in submission.cells.items()
            if key[0] in asked and str(cell.raw or "").strip()
        }
        notes = {code: str(cell.raw) for code, cell in submission.notes.items() if code in asked}
        room = config.commendations.rows if config.commendations else 0  # the sheet's rows
        sent = [
            {key: cell.raw for key, cell in row.cells.items()} for row in submission.nominations
        ]
        nominations = sent[:room]
        target = folder / layout.form_filename(unit.id)
        write_form(catalogue, config, unit, target)
        with atomic_path(target) as temporary:
            fill_form(target, temporary, values, notes, nominations)
            stabilize(temporary, config.plan.date)  # dated as every form is, never the clock
        to_fill = tuple(
            f.location.sheet or ""
            for f in submission.findings
            if f.code in ("form.new-section", "form.section-changed")
        )
        updated.append(
            UpdatedForm(
                unit.id,
                unit.name,
                target,
                submission.source.name,
                len(values),
                to_fill,
                len(sent) - len(nominations) if room else 0,
            )
        )
    return tuple(updated)


def _update_outline(
    catalogue: Catalogue, config: CampaignConfig, submission: Submission, folder: Path
) -> UpdatedForm:
    """The unit's new outline document, with what it wrote under each heading it still has."""
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
    write_outline(catalogue, config, unit, target)
    with atomic_path(target) as temporary:
        fill_outline(target, temporary, parts, answer)
        stabilize(temporary, config.plan.date)
    return UpdatedForm(
        unit.id, unit.name, target, submission.source.name, len(parts), (), kind="outline"
    )
