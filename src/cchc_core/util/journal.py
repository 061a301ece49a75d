"""Replacing a set of output files all together, even when the process is killed half-way.

Renames are atomic one by one, not as a set. So before the first rename a journal says which files
move where; the moves set each previous file aside under a hidden name first; a second journal
state, written in one rename, is the commit point. Whatever stops the process (an error, Ctrl-C,
SIGTERM, SIGKILL, a power cut after the journal reached the disk), :func:`recover`, run by the next
command, finds the journal and puts the previous files back (not committed) or finishes removing
them (committed): the outputs are always either all the previous ones or all the new ones.

:func:`recover` also removes what interrupted writers leave: staging folders, temporary files.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Sequence
from pathlib import Path

from attrs import frozen

from cchc_core.util.atomic import TEMPORARY_PREFIX, atomic_path

JOURNAL_NAME = ".cchc-journal.json"
STAGING_PREFIX = ".build-"
BACKUP_SUFFIX = ".truoc"
MOVING, COMMITTED = "moving", "committed"


@frozen
class Move:
    """One output: where its new version waits, where it goes, where its previous one is set
    aside (``None`` when there was none). Paths are relative to the output folder. A file the
    commit removes has no new version (``staged`` is empty): it is set aside like a replaced one,
    so that it comes back if the commit does not happen."""

    staged: str
    final: str
    backup: str | None


def _write_journal(folder: Path, state: str, moves: Sequence[Move]) -> None:
    record = {"state": state, "moves": [[m.staged, m.final, m.backup] for m in moves]}
    with (
        atomic_path(folder / JOURNAL_NAME) as temporary,
        temporary.open("w", encoding="utf-8") as handle,
    ):
        json.dump(record, handle, ensure_ascii=False)
        handle.flush()
        os.fsync(handle.fileno())  # the journal must be on disk before the first rename


def _read_journal(folder: Path) -> tuple[str, list[Move]] | None:
    try:
        record = json.loads((folder / JOURNAL_NAME).read_text(encoding="utf-8"))
        return record["state"], [Move(*entry) for entry in record["moves"]]
    except FileNotFoundError:
        return None


def _roll_back(folder: Path, moves: Sequence[Move]) -> None:
    """Put every previous file back; remove new files that had no previous version."""
    for move in reversed(moves):
        final = folder / move.final
        if move.backup is not None:
            if (folder / move.backup).exists():
                os.replace(folder / move.backup, final)
        elif final.exists() and not (folder / move.staged).exists():
            final.unlink()


def _finish(folder: Path, moves: Sequence[Move]) -> None:
    for move in moves:
        if move.backup is not None:
            (folder / move.backup).unlink(missing_ok=True)


def commit(
    staging: Path, folder: Path, files: Sequence[Path], removed: Sequence[Path] = ()
) -> list[Path]:
    """Move ``files`` (inside ``staging``) to the same places inside ``folder`` and remove the
    files ``removed`` (inside ``folder``; outputs an earlier run wrote that would now mislead),
    all or none. Returns where the files went.

    An ``OSError`` (a file open in Word) or an interruption rolls back at once and is raised
    again; a kill is rolled back by the next :func:`recover`.
    """
    moves = []
    for file in files:
        relative = file.relative_to(staging)
        final = folder / relative
        backup = final.with_name(f".{final.name}{BACKUP_SUFFIX}") if final.exists() else None
        moves.append(
            Move(
                os.path.relpath(file, folder),
                relative.as_posix(),
                backup.relative_to(folder).as_posix() if backup else None,
            )
        )
    for path in removed:
        if path.exists():
            backup = path.with_name(f".{path.name}{BACKUP_SUFFIX}")
            moves.append(
                Move("", path.relative_to(folder).as_posix(), backup.relative_to(folder).as_posix())
            )
    _write_journal(folder, MOVING, moves)
    try:
        for move in moves:
            final = folder / move.final
            final.parent.mkdir(parents=True, exist_ok=True)
            if move.backup is not None:
                os.replace(final, folder / move.backup)
            if move.staged:
                os.replace(folder / move.staged, final)
    except BaseException:
        _roll_back(folder, moves)
        (folder / JOURNAL_NAME).unlink(missing_ok=True)
        raise
    _write_journal(folder, COMMITTED, moves)  # the commit point: one rename
    _finish(folder, moves)
    (folder / JOURNAL_NAME).unlink(missing_ok=True)
    return [folder / m.final for m in moves if m.staged]


def _leftovers(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    found = [p for p in folder.rglob(f"{TEMPORARY_PREFIX}*") if p.is_file()]
    found += [p for p in folder.glob(f"{STAGING_PREFIX}*") if p.is_dir()]
    return found


def recover(folder: Path, *others: Path) -> tuple[str, ...]:
    """Finish or undo an interrupted :func:`commit` in ``folder`` and remove what interrupted
    writers left in it and in ``others`` (temporary files). Returns what was done, in Vietnamese.

    The caller holds the campaign's lock: a writer still running would otherwise lose its files.
    """
    notes = []
    journal = _read_journal(folder) if folder.is_dir() else None
    if journal is not None:
        state, moves = journal
        if state == COMMITTED:
            _finish(folder, moves)
            notes.append("Lần lập báo cáo trước bị ngắt sau khi đã ghi xong: đã dọn tệp tạm.")
        else:
            _roll_back(folder, moves)
            notes.append(
                "Lần lập báo cáo trước bị ngắt giữa chừng: đã khôi phục nguyên vẹn các tệp kết "
                "quả trước đó."
            )
        (folder / JOURNAL_NAME).unlink(missing_ok=True)
    for leftover in _leftovers(folder) + [p for other in others for p in _leftovers(other)]:
        if leftover.is_dir():
            shutil.rmtree(leftover, ignore_errors=True)
        else:
            leftover.unlink(missing_ok=True)
    return tuple(notes)
