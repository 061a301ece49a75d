"""A build interrupted at any point (SIGKILL, Ctrl-C, SIGTERM, an error) leaves either every previous
output or every new one, once the next command has run; its leftovers are removed; Ctrl-C ends
with one Vietnamese line and exit 130."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from cchc_core.cli import main
from cchc_core.util import journal
from cchc_core.util.atomic import TEMPORARY_PREFIX, atomic_path
from cchc_core.util.lock import LOCK_NAME, exclusive, try_lock

OLD = {"bao-cao.docx": "cũ 1", "chuyen-de/3.1.docx": "cũ 2", "phan-hoi/xa_lia.docx": "cũ 3"}
REMOVED = ("phan-hoi/xa_lia.docx",)  # feedback to a unit that has nothing left to fix
NEW = {
    **{name: text.replace("cũ", "mới") for name, text in OLD.items() if name not in REMOVED},
    "chuyen-de/3.8.docx": "mới 4",
}
STEPS = ("replace", "unlink", "rmdir", "rename")  # every change a commit makes on disk

# the child commits NEW over OLD and interrupts itself just before its STEP-th change on disk
CHILD = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from cchc_core.util import journal

    how, step, output, steps = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3]), sys.argv[4]
    removed = [output / name for name in sys.argv[5].split(",")]
    done = 0

    def interrupting(real):
        def change(*args, **kwargs):
            global done
            done += 1
            if done == step:
                if how == "term-handled":
                    from cchc_core.cli.common import install_signal_handlers
                    install_signal_handlers()
                os.kill(os.getpid(), signal.SIGKILL if how == "kill" else signal.SIGTERM)
            return real(*args, **kwargs)
        return change

    for name in steps.split(","):
        setattr(os, name, interrupting(getattr(os, name)))
    staging = output / ".build-x"
    try:
        journal.commit(
            staging, output, sorted(p for p in staging.rglob("*") if p.is_file()), removed
        )
    except KeyboardInterrupt:
        sys.exit(130)
    """
)


def prepare(folder: Path) -> Path:
    output = folder / "output"
    for name, text in OLD.items():
        (output / name).parent.mkdir(parents=True, exist_ok=True)
        (output / name).write_text(text, encoding="utf-8")
    for name, text in NEW.items():
        (output / ".build-x" / name).parent.mkdir(parents=True, exist_ok=True)
        (output / ".build-x" / name).write_text(text, encoding="utf-8")
    return output


def commit(output: Path) -> None:
    """What a build commits: NEW in, REMOVED out."""
    staged = sorted((output / ".build-x").rglob("*.*"))
    journal.commit(output / ".build-x", output, staged, [output / name for name in REMOVED])


def outputs(output: Path) -> dict[str, str]:
    return {
        p.relative_to(output).as_posix(): p.read_text(encoding="utf-8")
        for p in output.rglob("*")
        if p.is_file()
    }


def count_steps(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> int:
    output = prepare(tmp_path / "counting")
    calls = []
    for name in STEPS:
        real = getattr(os, name)
        monkeypatch.setattr(os, name, lambda *a, _real=real, **k: calls.append(1) or _real(*a, **k))
    commit(output)
    monkeypatch.undo()
    return len(calls)


def child(how: str, step: int, output: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [
            sys.executable,
            "-c",
            CHILD,
            how,
            str(step),
            str(output),
            ",".join(STEPS),
            ",".join(REMOVED),
        ]
    )


def test_killed_at_every_step_the_next_command_finds_old_or_new_outputs(tmp_path, monkeypatch):
    steps = count_steps(tmp_path, monkeypatch)
    assert steps >= 2 * len(NEW)
    # SIGKILL before each change on disk; an unhandled SIGTERM in the middle ends it the same way
    runs = [("kill", step) for step in range(1, steps + 1)] + [("term", steps // 2)]
    children = []
    for how, step in runs:
        output = prepare(tmp_path / f"{how}-{step}")
        children.append((step, output, child(how, step, output)))  # side by side
    seen = set()
    for step, output, process in children:
        assert process.wait(timeout=60) in (-signal.SIGKILL, -signal.SIGTERM)
        journal.recover(output)  # what the next command does first
        state = outputs(output)
        assert state in (OLD, NEW), (step, state)
        seen.add("old" if state == OLD else "new")
        assert not any(p.name.startswith(".") for p in output.rglob("*")), step
    assert seen == {"old", "new"}  # killed before the commit point and after it


def test_ctrl_c_at_every_step_rolls_back_at_once(tmp_path, monkeypatch):
    steps = count_steps(tmp_path, monkeypatch)
    for step in range(1, steps + 1):
        output = prepare(tmp_path / f"int-{step}")
        done: list[int] = []

        def interrupting(real, step=step, done=done):
            def change(*args, **kwargs):
                done.append(1)
                if len(done) == step:
                    raise KeyboardInterrupt
                return real(*args, **kwargs)

            return change

        for name in STEPS:
            monkeypatch.setattr(os, name, interrupting(getattr(os, name)))
        with pytest.raises(KeyboardInterrupt):
            commit(output)
        monkeypatch.undo()
        journal.recover(output)
        assert outputs(output) in (OLD, NEW), step


def test_sigterm_through_the_command_line_rolls_back_before_exiting(tmp_path):
    output = prepare(tmp_path / "term")
    assert child("term-handled", 4, output).wait(timeout=60) == 130
    assert not (output / journal.JOURNAL_NAME).exists()  # rolled back in the process itself
    assert {k: v for k, v in outputs(output).items() if ".build-x" not in k} == OLD


def test_leftovers_of_killed_writers_are_removed_by_the_next_command(cchc_campaign):
    campaign = cchc_campaign()
    output = campaign.output_dir
    (output / ".build-abc" / "chuyen-de").mkdir(parents=True)
    (output / ".build-abc" / "chuyen-de" / "3.1-the-che.docx").write_bytes(b"half")
    (output / f"{TEMPORARY_PREFIX}tinh-hinh-x.xlsx").write_bytes(b"half")
    (campaign.forms_dir / f"{TEMPORARY_PREFIX}xa_lia-y.xlsx").write_bytes(b"half")
    (campaign.inbox_dir / f"{TEMPORARY_PREFIX}not-ours.xlsx").write_bytes(b"a unit's file")
    result = CliRunner().invoke(main, ["check", str(campaign.root)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in output.iterdir()) == []
    assert not list(campaign.forms_dir.glob(f"{TEMPORARY_PREFIX}*"))
    assert (campaign.inbox_dir / f"{TEMPORARY_PREFIX}not-ours.xlsx").exists()  # never the inbox


def test_an_interrupted_commit_is_undone_by_the_next_command_with_a_notice(cchc_campaign):
    campaign = cchc_campaign()
    output = prepare(campaign.root)
    moves = [journal.Move(".build-x/bao-cao.docx", "bao-cao.docx", ".bao-cao.docx.truoc")]
    os.replace(output / "bao-cao.docx", output / ".bao-cao.docx.truoc")  # killed right here
    journal._write_journal(output, journal.MOVING, moves)
    result = CliRunner().invoke(main, ["check", str(campaign.root), "--no-feedback"])
    assert "đã khôi phục nguyên vẹn các tệp kết quả trước đó" in result.output
    assert outputs(output) == OLD


def test_a_second_writer_waits_for_none_and_says_who_holds_the_folder(cchc_campaign):
    campaign = cchc_campaign()
    with exclusive(campaign.root):
        with try_lock(campaign.root) as held:
            assert not held
        result = CliRunner().invoke(main, ["build", str(campaign.root)])
        assert result.exit_code == 2
        assert "Một lệnh cchc khác đang ghi" in result.output
        # status, which only writes its workbook, shows where things stand before saying so
        # (a campaign on a read-only share cannot be locked either)
        shown = CliRunner().invoke(main, ["status", str(campaign.root)])
        assert shown.exit_code == 2
        assert "Tỷ lệ nộp" in shown.stdout and "Một lệnh cchc khác đang ghi" in shown.stderr
    assert (campaign.root / LOCK_NAME).exists()


def test_ctrl_c_in_a_command_is_one_vietnamese_line_and_exit_130(cchc_campaign, monkeypatch):
    campaign = cchc_campaign()

    def interrupted(self, *args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("cchc_core.campaign.Campaign.check", interrupted)
    result = CliRunner().invoke(main, ["check", str(campaign.root)])
    assert result.exit_code == 130
    assert "Aborted" not in result.output and "Traceback" not in result.output
    assert result.output.strip().count("\n") == 0 and "Đã dừng" in result.output


def test_an_output_locked_by_word_is_named_by_its_own_name(tmp_path, monkeypatch):
    target = tmp_path / "tinh-hinh-nop-bao-cao.xlsx"

    def locked(source, destination):
        raise PermissionError(13, "Permission denied", str(source))

    monkeypatch.setattr("cchc_core.util.atomic.os.replace", locked)
    with pytest.raises(PermissionError) as raised, atomic_path(target) as temporary:
        temporary.write_bytes(b"x")
    assert raised.value.filename == str(target)
    assert not list(tmp_path.iterdir())  # no temporary file left either


def test_ctrl_c_a_loading_library_reports_as_its_own_error_is_still_ctrl_c(
    cchc_campaign, monkeypatch
):
    from cchc_core.errors import BuildError

    # Ctrl-C while matplotlib's C part loaded came out as "ImportError: initialization failed"
    # and build said it could not make the report (exit 2) instead of stopping (exit 130)
    campaign = cchc_campaign()

    def loading(*args: object, **kwargs: object) -> None:
        try:
            raise KeyboardInterrupt
        except KeyboardInterrupt:
            raise ImportError("initialization failed")  # noqa: B904 - as the library does

    def missing(*args: object, **kwargs: object) -> None:
        raise ImportError("initialization failed")

    # the first output, so that the build stops at once
    writer = "cchc_core.documents.district_report.write_district_report"
    monkeypatch.setattr(writer, loading)
    with pytest.raises(KeyboardInterrupt):
        campaign.build()
    assert list(campaign.output_dir.iterdir()) == []  # nothing half-written, no staging left
    monkeypatch.setattr(writer, missing)
    with pytest.raises(BuildError, match="ImportError: initialization failed"):
        campaign.build()  # a real ImportError is still a build that failed, said so
