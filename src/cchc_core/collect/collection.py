"""Collect: every inbox file becomes a submission, or a finding that says why it was refused.

One bad file never stops the others. When a unit sent the same kind of file twice, the newest by the
date stated inside the file is kept and both are reported. Files are only ever opened for reading.
"""

from __future__ import annotations

import contextlib
import functools
import tempfile
import traceback
from collections.abc import Iterable
from pathlib import Path

import attrs
from attrs import frozen

from cchc_core.collect.damaged import as_refusal
from cchc_core.collect.inbox import list_inbox, unreadable
from cchc_core.collect.receipts import Register, read_register
from cchc_core.collect.sniff import Kind, sniff
from cchc_core.collect.unit_names import own_name, units_named_in
from cchc_core.config import CampaignConfig
from cchc_core.errors import InputFileError
from cchc_core.model.collector import Collector, ReadContext
from cchc_core.model.findings import Finding, Location, Severity
from cchc_core.model.submissions import InboxFile, Submission
from cchc_core.model.units import Unit
from cchc_core.plugin.catalogue import Catalogue
from cchc_core.plugin.manager import CchcPluginManager, PluginFailure
from cchc_core.util.parallel import ordered_map


@frozen
class Collection:
    """What the inbox held: the submissions kept, those superseded by a newer file of the same unit,
    the findings about files, every file seen, the names skipped and the files that could not be
    opened at all."""

    files: tuple[InboxFile, ...]
    submissions: tuple[Submission, ...]
    superseded: tuple[Submission, ...]
    findings: tuple[Finding, ...]
    skipped: tuple[str, ...]
    unreadable: tuple[str, ...] = ()

    def for_unit(self, unit_id: str) -> tuple[Submission, ...]:
        """The kept submissions of one unit."""
        return tuple(s for s in self.submissions if s.unit == unit_id)


#: what units attach beside their forms and is no form: a signed scan, a photograph
_KEPT_FOR_THE_RECORD = ("file.pdf", "file.image")


def _kept_aside(finding: Finding, file: InboxFile) -> Finding:
    """A signed PDF or a photograph attached to an e-mail beside the forms is no mistake: a
    warning that it is kept aside, not an error that would leave the unit out."""
    if not (file.sender and finding.is_error and finding.code in _KEPT_FOR_THE_RECORD):
        return finding
    return attrs.evolve(
        finding,
        severity=Severity.WARNING,
        message=f"{finding.message} Tệp đính kèm này chỉ được lưu, không đọc số liệu.",
        hint="Số liệu được đọc từ các tệp .xlsx/.docx đính kèm cùng thư.",
    )


def _refusal(name: str, error: InputFileError, config: CampaignConfig, sender: str = "") -> Finding:
    """A refused file as a finding; when the file did not say whose it is, the unit its name
    names (if only one), or the unit whose address sent it, is told, since only that unit can
    send a good copy."""
    unit_id = error.details.get("unit")
    unit = config.unit(unit_id) if unit_id and config.has_unit(unit_id) else None
    if unit is None:
        named = units_named_in(own_name(name), config)
        unit = named[0] if len(named) == 1 else config.unit_by_email(sender)
    return Finding(
        code=error.code,
        severity=Severity.ERROR,
        message=error.message,
        hint=error.hint,
        unit=unit.id if unit else None,
        unit_name=unit.name if unit else None,
        location=Location(name, error.sheet, error.cell),
    )


def _choose(collectors: Iterable[Collector], file: InboxFile) -> Collector | None:
    for collector in collectors:
        try:
            if collector.accepts(file):
                return collector
        except Exception:  # a plugin collector's bug must not stop the run
            continue
    return None


_KIND_OF_FILE = {"xlsx": "form", "docx": "narrative"}


def _superseded_refusal(
    finding: Finding, kept: list[Submission], files: list[InboxFile]
) -> Finding:
    """A refused file of a unit that also sent a usable file of the same kind is only a warning:
    the unit's report is complete, the refused file is just left aside."""
    if (
        not finding.is_error
        or finding.unit is None
        or not finding.code.startswith(("file.", "form.", "outline."))
    ):
        return finding
    kind = next((_KIND_OF_FILE.get(f.kind) for f in files if f.name == finding.location.file), None)
    used = next((s for s in kept if s.unit == finding.unit and s.kind.value == kind), None)
    if used is None or used.source.name == finding.location.file:  # a problem of the file used
        return finding
    return attrs.evolve(
        finding,
        severity=Severity.WARNING,
        message=f"{finding.message} Tệp này bị bỏ qua; đã dùng tệp “{used.source.name}”.",
    )


def _duplicate(unit: Unit, group: list[Submission]) -> Finding:
    """What to say of a unit that sent several files of one kind, the one used first. When
    neither the date saved in the files nor the day they were received tells the newest (a
    roll-up is dated with its campaign's day; files copied in have no day of receipt), the one
    used is the first by name, and that is said rather than called the newest (review)."""
    used, older = group[0], ", ".join(f"“{s.source.name}”" for s in group[1:])
    tied = _newest_first(used)[:2] == _newest_first(group[1])[:2]
    if tied:
        return Finding(
            "submission.duplicate-undated",
            Severity.WARNING,
            f"{unit.name} gửi {len(group)} tệp {used.kind.label} không phân biệt được tệp nào mới "
            f"hơn (cùng ngày lưu trong tệp, cùng ngày nhận hoặc không rõ ngày nhận): đang dùng "
            f"“{used.source.name}” (theo thứ tự tên tệp), bỏ qua {older}.",
            "Xóa tệp cũ khỏi inbox, hoặc ghi ngày nhận của từng tệp (cchc receive --on NGÀY).",
            unit.id,
            unit.name,
            Location(used.source.name),
        )
    return Finding(
        "submission.duplicate",
        Severity.WARNING,
        f"{unit.name} gửi {len(group)} tệp {used.kind.label}: dùng tệp mới nhất "
        f"“{used.source.name}”, bỏ qua {older}.",
        "Nếu tệp được dùng không đúng, xóa tệp cũ hơn khỏi inbox hoặc báo đơn vị.",
        unit.id,
        unit.name,
        Location(used.source.name),
    )


def _newest_first(submission: Submission) -> tuple[float, float, str]:
    stated = submission.file_date.timestamp() if submission.file_date else 0.0
    received = submission.source.received
    return (-stated, -(received.timestamp() if received else 0.0), submission.source.name)


@frozen
class _Outcome:
    """What reading one file gave: the file with its kind, and a submission or a refusal (and the
    failure of a plugin's reader, for ``cchc plugins``)."""

    file: InboxFile
    submission: Submission | None = None
    finding: Finding | None = None
    failure: PluginFailure | None = None


def _read_one(file: InboxFile, context: ReadContext) -> _Outcome:
    config = context.config
    sniff_error: InputFileError | None = None
    try:
        kind = sniff(file.path, file.head, file.size)
    except InputFileError as error:
        kind, sniff_error = Kind.OTHER, error
    except OSError as error:  # opened in Excel, gone, permissions changed since listing
        return _Outcome(file, finding=_refusal(file.name, unreadable(error), config, file.sender))
    file = attrs.evolve(file, kind=kind.value)
    # sniff has checked every .xlsx/.docx package against the zip-bomb limits: the core
    # readers, which only accept those kinds, do not check again
    collector = _choose(context.catalogue.collectors, file)
    if collector is None:
        error = sniff_error or InputFileError(
            "Không có bộ đọc nào nhận dạng được tệp này.", code="file.unknown"
        )
        return _Outcome(file, finding=_refusal(file.name, error, config, file.sender))
    try:
        return _Outcome(file, submission=collector.read(file, context))
    except OSError as error:
        return _Outcome(file, finding=_refusal(file.name, unreadable(error), config, file.sender))
    except Exception as error:
        refusal = as_refusal(error)
        if refusal is not None:  # the file is damaged or hostile: its unit must resend
            return _Outcome(file, finding=_refusal(file.name, refusal, config, file.sender))
        # a reader's bug: report it on the file, keep going
        finding = Finding(
            "file.reader-failed",
            Severity.ERROR,
            f"Lỗi khi đọc tệp bằng bộ đọc “{collector.name}”: {type(error).__name__}: {error}",
            "Báo lỗi này cho người quản trị cchc kèm tệp.",
            location=Location(file.name),
        )
        failure = PluginFailure(
            collector.name, collector.name, "đọc tệp", str(error), traceback.format_exc()
        )
        return _Outcome(file, finding=finding, failure=failure)


def collect(
    catalogue: Catalogue,
    config: CampaignConfig,
    folder: Path,
    pm: CchcPluginManager | None = None,
    *,
    workers: int | None = None,
) -> Collection:
    """Read every file of the inbox ``folder``, on ``workers`` processes (default: every core);
    the progress of the reading goes to the listener of :mod:`cchc_core.util.progress`.

    E-mails' attachments are read from a temporary folder, removed once everything is read; the
    receipt register is the one of the campaign the inbox belongs to.
    """
    receipts, findings = read_register(folder.parent)
    read: list[Submission] = []
    files = []
    with tempfile.TemporaryDirectory(prefix="cchc-thu-") as scratch:
        listing = list_inbox(folder, config, Register(receipts), Path(scratch))
        findings.extend(listing.findings)
        findings.extend(_refusal(name, error, config) for name, error in listing.unreadable)
        context = ReadContext(catalogue, config)
        outcomes = ordered_map(
            functools.partial(_read_one, context=context),
            listing.files,
            workers=workers,
            label="Đọc tệp trong inbox",
            unit="tệp",
            name=lambda file: file.name,
        )
        # closed before the scratch folder is removed: a Ctrl-C between two files ends the
        # workers reading from it first
        with contextlib.closing(outcomes):
            for outcome in outcomes:
                files.append(outcome.file)
                if outcome.submission is not None:
                    read.append(outcome.submission)
                if outcome.finding is not None:
                    findings.append(_kept_aside(outcome.finding, outcome.file))
                if outcome.failure is not None and pm is not None:
                    pm.failures.append(outcome.failure)
    kept, superseded = [], []
    groups: dict[tuple[str, str], list[Submission]] = {}
    for submission in read:
        groups.setdefault((submission.unit, submission.kind.value), []).append(submission)
    for (unit_id, _), group in groups.items():
        group.sort(key=_newest_first)
        kept.append(group[0])
        superseded.extend(group[1:])
        if len(group) > 1:
            findings.append(_duplicate(config.unit(unit_id), group))
    for submission in kept:
        findings.extend(submission.findings)  # a replaced file's problems no longer count
    findings = [_superseded_refusal(f, kept, files) for f in findings]
    kept.sort(key=lambda s: (s.unit, s.kind.value))
    return Collection(
        tuple(files),
        tuple(kept),
        tuple(superseded),
        tuple(findings),
        listing.skipped,
        tuple(name for name, _ in listing.unreadable),
    )
