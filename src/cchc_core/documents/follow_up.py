"""The clerk's answers to units between builds: the feedback of every unit with findings, written
after each ``cchc check``, and the reminder letter, written after each ``cchc status``.

The month is run with these two commands; the build comes once at its end. Each file is written
atomically, the feedback of a unit with nothing left to fix and a letter nobody needs any more are
removed (they would mislead), and the other outputs of ``output/`` are left as the last build wrote
them.
"""

from __future__ import annotations

from pathlib import Path

from cchc_core.check.checking import CheckResult
from cchc_core.config import CampaignConfig
from cchc_core.documents import feedback
from cchc_core.figures.status import StatusReport


def refresh_feedback(check: CheckResult, config: CampaignConfig, output: Path) -> list[Path]:
    """Write ``output/phan-hoi/<unit>.docx`` for every unit with findings, remove the others';
    return the documents written."""
    folder = output / feedback.FOLDER
    written = feedback.write_feedback(check, config, folder)
    for stale in feedback.stale_feedback(config, folder, written):
        stale.unlink(missing_ok=True)
    return written


def refresh_reminder(status: StatusReport, config: CampaignConfig, output: Path) -> Path | None:
    """Write the reminder letter when some unit owes something, remove it when none does; return
    the letter written (None when none is needed)."""
    # here, not at the top: the letter names the status workbook, whose writer loads openpyxl,
    # which cchc check (answering with feedback only) does not need
    from cchc_core.documents import reminder

    target = output / reminder.FILENAME
    if not status.reminders:
        target.unlink(missing_ok=True)
        return None
    output.mkdir(parents=True, exist_ok=True)
    return reminder.write_reminder(status, config, target)
