"""``cchc build``: every output of the campaign, written together or not at all.

Outputs are rendered into a hidden staging folder inside ``output/``; only when all of them are
rendered are they moved into place, through a journal (``util/journal.py``): a failure, Ctrl-C or a
kill at any point leaves the previous outputs, restored at once or by the next command.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Callable, Mapping, Sequence
from functools import partial
from pathlib import Path
from typing import NoReturn

from attrs import frozen

from cchc_core.config import CampaignConfig
from cchc_core.documents import (
    appendix_workbook,
    district_report,
    feedback,
    reminder,
    rollup,
    status_workbook,
)
from cchc_core.documents.narrator import Narrator
from cchc_core.documents.plan_tasks import task_outputs
from cchc_core.documents.specialist_report import write_specialist_report
from cchc_core.errors import BuildError, CchcError, stands_for_ctrl_c
from cchc_core.figures.aggregate import Dataset
from cchc_core.figures.status import StatusReport
from cchc_core.model.blocks import Block, Paragraph
from cchc_core.model.report_context import ReportContext
from cchc_core.plugin.manager import CchcPluginManager, PluginFailure
from cchc_core.util import journal
from cchc_core.util.os_errors import os_hint, os_reason
from cchc_core.util.parallel import SLOW_ITEMS_MIN, ordered_map

SPECIALIST_DIR = "chuyen-de"


@frozen
class BuildResult:
    """What ``cchc build`` wrote and what is still missing."""

    outputs: tuple[Path, ...]
    gaps: tuple[str, ...]
    errors: int
    warnings: int
    invalid_units: tuple[str, ...]
    not_submitted: tuple[str, ...]
    coverage: str = ""
    #: plugins that failed to load, were set aside or failed while writing: their part is missing
    plugin_failures: tuple[PluginFailure, ...] = ()

    def to_dict(self) -> dict[str, object]:
        """Plain data for ``--json``."""
        return {
            "outputs": [str(p) for p in self.outputs],
            "gaps": list(self.gaps),
            "errors": self.errors,
            "warnings": self.warnings,
            "invalid_units": list(self.invalid_units),
            "not_submitted": list(self.not_submitted),
            "coverage": self.coverage,
            "plugin_failures": [f.to_dict() for f in self.plugin_failures],
        }


def gather_contexts(pm: CchcPluginManager, dataset: Dataset) -> dict[str, ReportContext]:
    """Each domain's computed content, merged from every plugin that provides some."""
    merged: dict[str, ReportContext] = {}
    narrator = Narrator(dataset)
    set_aside = list(pm.failures)  # plugins that failed before the build: their parts are missing
    for domain in dataset.catalogue.domains:
        blocks: dict[str, list[Block]] = {}
        detail: list[Block] = []
        failed_before = len(pm.failures)
        for _, result in sorted(
            pm.call_each(
                "cchc_report_context",
                domain=domain,
                dataset=dataset,
                narrator=narrator,
                config=dataset.config,
            ),
            key=lambda item: item[0],
        ):
            if result is None:
                continue
            for key, items in result.blocks.items():
                blocks.setdefault(key, []).extend(items)
            detail.extend(result.detail)
        for failure in pm.failures[failed_before:]:  # a plugin whose content raised: a visible gap
            gap = Paragraph(
                f"[Thiếu phần số liệu — plugin {failure.plugin} ({failure.distribution}) lỗi khi "
                f"viết nội dung: {failure.reason}]",
                "missing",
            )
            if domain.outline:
                blocks.setdefault(domain.outline, []).append(gap)
            else:
                detail.append(gap)
        merged[domain.key] = ReportContext(
            domain.key, {k: tuple(v) for k, v in blocks.items()}, tuple(detail)
        )
    _mark_set_aside(merged, dataset, set_aside)
    return merged


#: where the parts of plugins that could not be used are marked: the results by field (Part 1 II),
#: under which every field plugin hangs its section
RESULTS_HEADING = "P1.II"


def _mark_set_aside(
    merged: dict[str, ReportContext], dataset: Dataset, failures: Sequence[PluginFailure]
) -> None:
    """A plugin set aside before the build (it failed to load, or its declarations were refused)
    took its part of the report with it: say so where the fields' results are, as visibly as any
    missing part, so that no reader takes the report for complete."""
    catalogue = dataset.catalogue
    if not failures or not catalogue.has_heading(RESULTS_HEADING):
        return
    seen: dict[str, PluginFailure] = {}
    for failure in failures:
        seen.setdefault(failure.plugin, failure)
    gaps = tuple(
        Paragraph(
            f"[Thiếu phần do plugin {f.plugin} ({f.distribution}) cung cấp — plugin lỗi khi "
            f"{f.stage}: {f.reason}. Các đề mục, số liệu của plugin này chưa có trong báo cáo.]",
            "missing",
        )
        for f in seen.values()
    )
    owner = catalogue.heading(RESULTS_HEADING).domain
    context = merged.get(owner, ReportContext(owner))
    blocks = dict(context.blocks)
    blocks[RESULTS_HEADING] = (*blocks.get(RESULTS_HEADING, ()), *gaps)
    merged[owner] = ReportContext(owner, blocks, context.detail)


def _commit(
    files: list[Path], staging: Path, output: Path, removed: Sequence[Path] = ()
) -> list[Path]:
    """Move every rendered file into place and remove the outputs ``removed`` of an earlier build
    (:func:`_stale`), all or none, through the journal (``util/journal``): an error (a report
    open in Word), Ctrl-C or a kill at any point leaves the previous outputs."""
    for file in files:
        final = output / file.relative_to(staging)
        if final.exists() and not final.is_file():
            raise BuildError(
                f"Không ghi được {final.name}: đã có một thư mục cùng tên trong {final.parent}.",
                hint="Đổi tên hoặc xóa thư mục đó rồi chạy lại; các tệp kết quả trước đó được "
                "giữ nguyên.",
                details={"file": str(final)},
            )
    try:
        return journal.commit(staging, output, files, removed)
    except OSError as error:
        shown = _output_name(error.filename, staging, output)
        raise BuildError(
            f"Không ghi được {shown}: {os_reason(error)}.",
            hint=f"{os_hint(error)} Các tệp kết quả trước đó được giữ nguyên.",
            details={"file": str(output / shown)},
        ) from error


def _stale(config: CampaignConfig, output: Path, written: Sequence[Path]) -> list[Path]:
    """The feedback of units that have nothing left to fix and a reminder letter nobody needs any
    more: written by an earlier build, they would mislead."""
    kept = set(written)
    stale = feedback.stale_feedback(config, output / feedback.FOLDER, kept)
    if output / reminder.FILENAME not in kept and (output / reminder.FILENAME).exists():
        stale.append(output / reminder.FILENAME)
    return stale


def _output_name(filename: object, staging: Path, output: Path) -> str:
    """The output a failed rename was about, as the user knows it (never a staging or
    set-aside name)."""
    if not filename:
        return "tệp kết quả"
    path = Path(str(filename))
    if path.is_relative_to(staging):
        return path.relative_to(staging).as_posix()
    if path.name.startswith(".") and path.name.endswith(journal.BACKUP_SUFFIX):
        path = path.with_name(path.name[1 : -len(journal.BACKUP_SUFFIX)])
    return path.relative_to(output).as_posix() if path.is_relative_to(output) else path.name


def _render(output: tuple[str, Callable[[Path], Path | list[Path]]], staging: Path) -> list[Path]:
    """Write one output into ``staging``: the files made. Run in a worker process: a failure
    comes back as a :class:`BuildError` saying what failed, which any process can rebuild (a
    plugin's own exception class might not be)."""
    target, write = output
    try:
        made = write(staging / target)
    except CchcError:
        raise
    except Exception as error:
        _failed(error)
    return made if isinstance(made, list) else [made]


def _failed(error: Exception) -> NoReturn:
    """End a build that failed while rendering: with Ctrl-C when the error stands for one (a
    library that wrapped it), else with a :class:`BuildError` saying what failed."""
    if stands_for_ctrl_c(error):
        raise KeyboardInterrupt from None
    raise BuildError(
        f"Không lập được báo cáo: {type(error).__name__}: {error}",
        hint="Các tệp kết quả trước đó được giữ nguyên. Chạy cchc check để xem lỗi số liệu; "
        "nếu lỗi vẫn còn, báo cho người quản trị cchc.",
    ) from error


def _gaps(dataset: Dataset) -> list[str]:
    gaps = []
    for heading, _ in dataset.catalogue.walk_outline():
        if not heading.writes_text:
            continue
        blocks = district_report.narrative_blocks(dataset, heading)
        if len(blocks) == 1 and getattr(blocks[0], "style", "") == "missing":
            gaps.append(
                f"{dataset.catalogue.heading_label(heading.key)} {heading.title}: "
                f"{district_report.owner_name(dataset, heading)}"
            )
    return gaps


def build(
    dataset: Dataset, status: StatusReport, contexts: Mapping[str, ReportContext], output: Path
) -> BuildResult:
    """Render every output of ``dataset`` into ``output``, all or nothing."""
    computed: dict[str, Sequence[Block]] = {}
    for context in contexts.values():
        for key, blocks in context.blocks.items():
            computed[key] = (*computed.get(key, ()), *blocks)
    config = dataset.config
    # each output: where it goes under output/, and the function that writes it (or a folder of
    # them) there
    outputs: list[tuple[str, Callable[[Path], Path | list[Path]]]] = [
        (
            district_report.FILENAME,
            partial(district_report.write_district_report, dataset, computed),
        ),
        (appendix_workbook.FILENAME, partial(appendix_workbook.write_appendix, dataset)),
        (status_workbook.FILENAME, partial(status_workbook.write_status, status, config)),
        (rollup.FOLDER, partial(rollup.write_rollup, dataset)),
    ]
    outputs.extend(
        (
            f"{SPECIALIST_DIR}/{domain.report_filename}",
            partial(
                write_specialist_report,
                dataset,
                domain,
                contexts[domain.key].blocks,
                contexts[domain.key].detail,
            ),
        )
        for domain in dataset.catalogue.domains
        if domain.has_report
    )
    outputs.extend(task_outputs(dataset, status))
    # the letter to those who owe something; what each unit must fix is written apart, below
    if status.reminders:
        outputs.append((reminder.FILENAME, partial(reminder.write_reminder, status, config)))
    output.mkdir(parents=True, exist_ok=True)
    # made just before the block that removes it: a Ctrl-C in between would leave it behind
    staging = Path(tempfile.mkdtemp(prefix=journal.STAGING_PREFIX, dir=output))
    try:
        files: list[Path] = []
        # on every core, in order whatever the order they finish in; counted by output, not by
        # file (a folder of conference documents is one output). Workers are given each output's
        # place in the list: what it is written from they hold already, forked from this process
        rendered = ordered_map(
            lambda index: _render(outputs[index], staging),
            range(len(outputs)),
            label="Lập báo cáo",
            unit="phần",
            name=lambda index: outputs[index][0],
            min_items=SLOW_ITEMS_MIN,
        )
        with contextlib.closing(rendered):  # workers end before the staging folder is removed
            for made in rendered:
                files.extend(made)
        # one letter a unit, on every core too: its own step, not one part among the others
        letters = staging / feedback.FOLDER  # dated the status day, as the reminder is
        files.extend(feedback.write_feedback(dataset.check, config, letters, status.as_of))
        finals = [output / file.relative_to(staging) for file in files]
        written = _commit(files, staging, output, _stale(config, output, finals))
    except CchcError:
        raise
    except Exception as error:  # rendering failed: keep the previous outputs, say why
        _failed(error)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    check = dataset.check
    names = {u.id: u.name for u in config.units}
    submitted = set(check.values) | {u for u in check.narratives}
    return BuildResult(
        outputs=tuple(written),
        gaps=tuple(_gaps(dataset)),
        errors=len(check.errors),
        warnings=len(check.warnings),
        invalid_units=tuple(names[u] for u in names if u in check.invalid_units),
        not_submitted=tuple(names[u] for u in names if u not in submitted),
        coverage=dataset.coverage.sentence,
    )
