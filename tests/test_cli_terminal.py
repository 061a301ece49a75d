"""The clerk's terminal: encodings of a Windows code page, closed pipes, Ctrl-C, progress, colour,
click's texts in Vietnamese, fitting error hints, shell completion.

Where the console itself matters (encodings, a closed pipe, SIGINT, a terminal) the command runs in
a subprocess (``python -m cchc_core``), as the clerk would run it.
"""

from __future__ import annotations

import ast
import errno
import hashlib
import json
import os
import re
import signal
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from cchc_core.campaign import Campaign
from cchc_core.cli import main
from cchc_core.cli.click_texts import VIETNAMESE
from cchc_core.cli.terminal import chosen_encoding
from cchc_core.forms import layout
from cchc_core.forms.workbook_write import write_form
from cchc_core.testing import SAMPLE_CONFIG, SampleCampaign
from cchc_core.util.code_pages import closest
from cchc_core.util.os_errors import explain_os_error
from cchc_core.util.progress import progress_to


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> SampleCampaign:
    """A small campaign whose inbox holds one good form and one with a rule error."""
    root = tmp_path_factory.mktemp("terminal") / "tổng kết"
    sample = SampleCampaign(Campaign.new(root, config_text=SAMPLE_CONFIG))
    campaign = sample.campaign
    for unit in ("xa_lia", "tt_khe_sanh"):  # only the forms filled below: the others cost seconds
        path = campaign.forms_dir / layout.form_filename(unit)
        write_form(campaign.catalogue, campaign.config, campaign.config.unit(unit), path)
    sample.submit("xa_lia", {("hs_da_giai_quyet_xa", "2019"): 10, ("hs_dung_han_xa", "2019"): 12})
    sample.submit("tt_khe_sanh", {("hs_tiep_nhan_xa", "2019"): 40})
    return sample


def run_cchc(
    *args: str, env: dict[str, str] | None = None, **options
) -> subprocess.CompletedProcess:
    """``python -m cchc_core ARGS`` in a subprocess, output as bytes."""
    return subprocess.run(
        [sys.executable, "-m", "cchc_core", *args],
        capture_output=True,
        env={**os.environ, **(env or {})},
        timeout=60,
        **options,
    )


# ----- encodings -------------------------------------------------------------------------------


def test_a_vietnamese_code_page_redirection_keeps_every_letter(filled):
    done = run_cchc("check", str(filled.root), env={"PYTHONIOENCODING": "cp1258"})
    assert done.returncode == 1, done.stderr.decode("cp1258")  # 1: the rule error
    assert b"Traceback" not in done.stderr
    text = unicodedata.normalize("NFC", done.stdout.decode("cp1258"))
    assert "Tổng cộng: 1 lỗi" in text
    assert "Số hồ sơ cấp xã đã trả đúng hạn" in text  # precomposed letters cp1258 lacks (ồ, ấ, ả)
    assert done.stderr == b""  # and no progress when the output is not a terminal


def test_a_western_code_page_gets_readable_vietnamese_without_marks(filled):
    result = CliRunner(charset="cp1252").invoke(main, ["check", str(filled.root)])
    assert result.exit_code == 1
    text = result.stdout_bytes.decode("cp1252")
    assert "Tong cong: 1 loi" in text  # letters cp1252 lacks lose their marks, never the run
    assert "Xã Lìa" in text  # letters cp1252 has keep theirs


def test_json_in_a_code_page_escapes_vietnamese_instead_of_losing_it(filled):
    result = CliRunner(charset="cp1252").invoke(main, ["check", str(filled.root), "--json"])
    data = json.loads(result.stdout_bytes.decode("ascii"))
    assert "Xã Lìa" in json.dumps(data, ensure_ascii=False)
    assert data["errors"] == 1


@pytest.mark.parametrize(
    ("encoding", "text", "written"),
    [
        ("cp1258", "người", "ngươ\u0300i"),  # ơ kept, the tone as a combining mark: lossless
        ("cp1258", "ệ", "ê\u0323"),
        ("cp1252", "Đã nộp", "Dã nop"),
        ("ascii", "“Lỗi” → sửa…", '"Loi" -> sua...'),
    ],
)
def test_the_closest_writable_form_of_each_letter(encoding, text, written):
    assert "".join(closest(char, encoding) for char in text) == written


@pytest.mark.parametrize(
    ("platform", "console", "user_chose", "encoding", "expected"),
    [
        ("win32", False, False, "cp1258", "utf-8"),  # redirected on Windows: UTF-8
        ("win32", True, False, "cp1258", "cp1258"),  # a console: Python writes UTF-16 anyway
        ("win32", False, True, "cp1258", "cp1258"),  # PYTHONIOENCODING is the user's choice
        ("linux", False, False, "latin-1", "latin-1"),
    ],
)
def test_the_encoding_chosen_for_each_stream(platform, console, user_chose, encoding, expected):
    assert chosen_encoding(platform, console, user_chose, encoding) == expected


# ----- pipes and interrupts --------------------------------------------------------------------


def test_a_check_answers_units_without_loading_the_workbook_writer(filled):
    # openpyxl costs a clerk's check 0.2 s of loading; only status and build write workbooks
    code = (
        "import sys\n"
        "from cchc_core.cli import main\n"
        "try:\n"
        f"    main(['check', {str(filled.root)!r}])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('OPENPYXL=' + str('openpyxl' in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert "Phiếu phản hồi" in done.stdout  # the feedback was written
    assert "OPENPYXL=False" in done.stdout


def test_a_closed_pipe_ends_quietly(filled):
    process = subprocess.Popen(
        [sys.executable, "-m", "cchc_core", "status", str(filled.root)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    process.stdout.close()  # the reader is gone before anything is written (`| head -0`)
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=60) == 141
    assert stderr == ""


@pytest.mark.parametrize(
    ("error", "platform", "closed"),
    [
        (BrokenPipeError(errno.EPIPE, "Broken pipe"), "linux", True),
        (OSError(errno.EINVAL, "Invalid argument"), "win32", True),  # Windows' closed pipe
        (OSError(errno.EINVAL, "Invalid argument", "bao-cao.docx"), "win32", False),  # a file
        (OSError(errno.EINVAL, "Invalid argument"), "linux", False),
        (PermissionError(errno.EACCES, "Permission denied"), "win32", False),
    ],
)
def test_a_closed_pipe_is_recognised_on_windows_too(error, platform, closed):
    from cchc_core.cli.common import is_closed_pipe

    assert is_closed_pipe(error, platform) is closed


def digests(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_ctrl_c_ends_with_one_line_and_code_130_leaving_files_as_they_were(filled):
    for name in ("bao-cao-tong-ket-cchc.docx", "chuyen-de/3.1-the-che.docx"):  # an earlier build
        (filled.output_dir / name).parent.mkdir(exist_ok=True)
        (filled.output_dir / name).write_bytes(f"bản trước: {name}".encode())
    inbox, output = digests(filled.inbox_dir), digests(filled.output_dir)
    process = subprocess.Popen(
        [sys.executable, "-m", "cchc_core", "build", str(filled.root)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "CCHC_WORKERS": "2"},  # the outputs rendered on the pool, as by users
    )
    deadline = time.monotonic() + 60
    while not list(filled.output_dir.glob(".build-*")):  # rendering has begun
        assert process.poll() is None, "the build ended before it could be interrupted"
        assert time.monotonic() < deadline
        time.sleep(0.005)
    process.send_signal(signal.SIGINT)
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=60) == 130
    assert stderr.splitlines() == ["Đã dừng theo yêu cầu (Ctrl-C)."]
    assert digests(filled.inbox_dir) == inbox
    assert digests(filled.output_dir) == output


@pytest.mark.parametrize(
    "reading",
    ["cchc_core.cli.group.CchcGroup.parse_args", "click.types.Path.convert"],
    ids=["the command line", "a command's arguments"],
)
def test_ctrl_c_while_the_command_line_is_read_ends_with_the_same_line(monkeypatch, reading):
    """click would say "aborted" with code 1; a script waiting for cchc sees 130 either way."""

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(reading, interrupted)
    result = CliRunner().invoke(main, ["check", "."])
    assert result.exit_code == 130
    assert result.stderr.splitlines() == ["Đã dừng theo yêu cầu (Ctrl-C)."]


def test_ctrl_c_while_python_is_still_loading_cchc_ends_with_the_same_line():
    # Ctrl-C in the first fraction of a second lands in an import: stand for it with an import
    # that is interrupted
    code = (
        "import sys\n"
        "class Interrupted:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'attr':\n"
        "            raise KeyboardInterrupt\n"
        "sys.meta_path.insert(0, Interrupted())\n"
        "from cchc_start import run\n"
        "run()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, "--help"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 130
    assert done.stderr.splitlines() == ["Đã dừng theo yêu cầu (Ctrl-C)."]
    assert "Traceback" not in done.stderr + done.stdout


def test_the_console_script_starts_where_ctrl_c_is_caught():
    from importlib.metadata import entry_points

    [script] = [e for e in entry_points(group="console_scripts") if e.name == "cchc"]
    assert script.value == "cchc_start:run"


# ----- progress --------------------------------------------------------------------------------


class Recorder:
    def __init__(self) -> None:
        self.events: list[tuple] = []

    def start(self, label: str, total: int | None, unit: str) -> None:
        self.events.append(("start", label, total, unit))

    def advance(self, item: str) -> None:
        self.events.append(("advance", item))

    def finish(self) -> None:
        self.events.append(("finish",))


def test_a_script_can_follow_the_progress_of_a_step(filled):
    recorder = Recorder()
    with progress_to(recorder):
        filled.campaign.check()
    assert recorder.events[0] == ("start", "Đọc tệp trong inbox", 2, "tệp")
    assert [e[1] for e in recorder.events if e[0] == "advance"] == [
        "tt_khe_sanh.xlsx",
        "xa_lia.xlsx",
    ]
    assert recorder.events[-1] == ("finish",)


def test_a_build_tells_its_steps_one_after_the_other(filled):
    recorder = Recorder()
    with progress_to(recorder):
        filled.campaign.build()
    depth = deepest = 0
    for event in recorder.events:
        depth += {"start": 1, "finish": -1}.get(event[0], 0)
        deepest = max(deepest, depth)
    assert deepest == 1 and depth == 0
    # counted in parts (outputs); the feedback, a letter a unit, is a step of its own
    steps = [e[1:] for e in recorder.events if e[0] == "start"]
    assert [s[0] for s in steps][-2:] == ["Lập báo cáo", "Ghi phiếu phản hồi"]
    assert steps[-2][2] == "phần" and steps[-1][2] == "đơn vị"
    assert ("advance", "bao-cao-tong-ket-cchc.docx") in recorder.events


def test_without_a_listener_nothing_is_told(filled):
    assert filled.campaign.check().errors  # runs as before


def _run_on_a_terminal(*args: str, **env: str) -> tuple[int, str, str]:
    """Run cchc with stderr on a pseudo-terminal, as in a console window; stdout piped."""
    import pty

    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "cchc_core", *args],
        stdout=subprocess.PIPE,
        stderr=follower,
        env={**os.environ, "COLUMNS": "120", "TERM": "xterm", **env},
    )
    os.close(follower)
    seen = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closed with the process
            break
        if not chunk:
            break
        seen += chunk
    os.close(leader)
    encoding = env.get("PYTHONIOENCODING", "utf-8")
    stdout = process.stdout.read().decode(encoding)
    return process.wait(timeout=60), stdout, seen.decode(encoding, "replace")


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
def test_progress_is_shown_on_a_terminal_and_the_result_stays_clean(filled):
    code, stdout, terminal = _run_on_a_terminal("check", str(filled.root))
    assert code == 1
    assert "Đọc tệp trong inbox" in terminal
    assert "2/2 tệp" in terminal
    assert "Đọc tệp" not in stdout and "Tổng cộng: 1 lỗi" in stdout


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
@pytest.mark.parametrize("encoding", ["cp437", "utf-8"])
def test_progress_on_a_narrow_console_redraws_one_line_in_place(filled, encoding):
    import re

    # a line longer than the console wraps, and redrawing it left its first half on the screen:
    # a code-page console wrote rich's "…" as "...", two columns more than rich had counted
    code, _, terminal = _run_on_a_terminal(
        "check", str(filled.root), COLUMNS="40", PYTHONIOENCODING=encoding
    )
    assert code == 1
    frames = re.split(r"\r|\n|\x1b\[2K|\x1b\[1A", re.sub(r"\x1b\[[0-9;]*m", "", terminal))
    shown = [f for f in frames if f.strip() and not f.startswith("\x1b[?25")]
    assert shown and all(len(frame.rstrip()) <= 40 for frame in shown), shown
    assert any("2/2 " in frame for frame in shown)  # the count is never cut


@pytest.mark.parametrize(
    ("options", "shown"), [((), True), (("--quiet",), False), (("--json",), False)]
)
def test_progress_unless_quiet_or_json(filled, monkeypatch, options, shown):
    monkeypatch.setattr("cchc_core.cli.common.is_terminal", lambda stream: True)
    result = CliRunner().invoke(main, ["check", str(filled.root), *options])
    assert result.exit_code == 1
    assert ("Đọc tệp trong inbox" in result.stderr) is shown
    assert "Đọc tệp" not in result.stdout
    if "--json" in options:
        assert json.loads(result.stdout)["errors"] == 1


# ----- colour ----------------------------------------------------------------------------------


def test_colour_off_with_no_color_or_the_option(tmp_path):
    missing = str(tmp_path / "khong-co")
    coloured = CliRunner().invoke(main, ["check", missing], color=True)
    assert "\x1b[31m" in coloured.output  # the error is red on a colour terminal
    for args, env in (
        (["check", missing], {"NO_COLOR": "1"}),
        (["check", missing, "--no-color"], {}),
        (["--no-color", "check", missing], {}),
    ):
        plain = CliRunner().invoke(main, args, color=True, env=env)
        assert plain.exit_code == 2
        assert "Lỗi: Không tìm thấy cchc.toml" in plain.output
        assert "\x1b[" not in plain.output


# ----- click's texts in Vietnamese ---------------------------------------------------------------


def test_a_missing_file_and_the_help_pages_have_no_english_word_left(tmp_path):
    campaign = Campaign.new(tmp_path / "dot", config_text=SAMPLE_CONFIG)
    missing = tmp_path / "khong-co.xlsx"
    result = CliRunner().invoke(main, ["receive", str(campaign.root), str(missing)])
    assert result.exit_code == 2
    assert f"Không tìm thấy “{missing}”" in result.output and "File" not in result.output
    new_plugin = CliRunner().invoke(main, ["plugin", "new", "--help"]).output
    assert "[bắt buộc]" in new_plugin and "[required]" not in new_plugin
    assert "--via CÁCH_NHẬN" in CliRunner().invoke(main, ["receive", "--help"]).output


def test_a_mistyped_command_is_answered_in_vietnamese_with_a_suggestion():
    result = CliRunner().invoke(main, ["chek"])
    assert result.exit_code == 2
    assert "Không có lệnh “chek”. Có phải ý bạn là 'check'?" in result.output
    assert "Cách dùng: cchc [TÙY_CHỌN] LỆNH [THAM_SỐ]..." in result.output
    assert "Xem hướng dẫn: cchc --help" in result.output


def test_a_missing_argument_and_a_bad_date_are_vietnamese(filled):
    result = CliRunner().invoke(main, ["check"])
    assert result.exit_code == 2
    assert "Lỗi: Thiếu tham số 'THƯ_MỤC'." in result.output
    result = CliRunner().invoke(main, ["status", str(filled.root), "--as-of", "31/2/2020"])
    assert result.exit_code == 2
    assert "“31/2/2020” không phải một ngày" in result.output
    result = CliRunner().invoke(main, ["status", str(filled.root), "--as-of", "26/5/2020", "-q"])
    assert "tính đến ngày 26/5/2020" in result.output


ENGLISH = ("Usage:", "Options:", "Commands:", "Show this message", "[OPTIONS]", "Error:")


@pytest.mark.parametrize("command", [None, *sorted(main.commands)])
def test_every_help_is_vietnamese_with_an_english_line(command):
    args = [command, "--help"] if command else ["--help"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0
    assert "Cách dùng:" in result.output
    assert "Hiện hướng dẫn này rồi thoát." in result.output
    assert not [text for text in ENGLISH if text in result.output]
    description = result.output.split("Tùy chọn:")[0]
    english_line = [line for line in description.splitlines() if line.strip().isascii()]
    assert any(len(line.split()) >= 4 for line in english_line), "an English line for scripts"


def _click_texts() -> set[str]:
    """Every text the installed click passes through gettext."""
    texts: set[str] = set()
    for path in Path(click.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("_", "ngettext")
            ):
                texts.update(
                    a.value
                    for a in node.args
                    if isinstance(a, ast.Constant) and isinstance(a.value, str)
                )
            # a help page's "[required]": put in extra["required"], translated where it is shown
            if (
                isinstance(node, ast.Assign)
                and isinstance(node.value, ast.Constant)
                and isinstance(node.value.value, str)
                and any(
                    isinstance(t, ast.Subscript) and getattr(t.value, "id", "") == "extra"
                    for t in node.targets
                )
            ):
                texts.add(node.value.value)
    return texts


def test_every_translated_text_is_still_one_of_clicks():
    assert sorted(set(VIETNAMESE) - _click_texts()) == []


# ----- error hints, completion ------------------------------------------------------------------


def test_each_operating_system_error_gets_its_own_hint():
    locked = PermissionError(errno.EACCES, "Permission denied", "output/phu-luc-1-thong-ke.xlsx")
    missing = FileNotFoundError(errno.ENOENT, "No such file", "D:/tong-ket/cchc.toml")
    full = OSError(errno.ENOSPC, "No space left on device", "output/bao-cao.docx")
    shared = PermissionError(errno.EACCES, "The process cannot access the file", "bao-cao.docx")
    shared.winerror = 32  # Windows: another program has the file open
    assert "Word hoặc Excel" in explain_os_error(locked).hint
    assert "phu-luc-1-thong-ke.xlsx" in explain_os_error(locked).message
    assert "Word" not in explain_os_error(missing).hint
    assert explain_os_error(missing).message == "Không tìm thấy “D:/tong-ket/cchc.toml”."
    assert "dung lượng" in explain_os_error(full).hint
    assert "đang mở trong chương trình khác" in explain_os_error(shared).message


def test_shell_completion_offers_commands_and_aliases_resolve():
    env = {"_CCHC_COMPLETE": "bash_complete", "COMP_WORDS": "cchc ch", "COMP_CWORD": "1"}
    result = CliRunner().invoke(main, [], prog_name="cchc", env=env)
    assert "plain,check" in result.output.splitlines()
    script = CliRunner().invoke(main, [], prog_name="cchc", env={"_CCHC_COMPLETE": "bash_source"})
    assert "complete -o nosort -F _cchc_completion cchc" in script.output
    assert CliRunner().invoke(main, ["chi-tieu", "--help"]).exit_code == 0


@pytest.mark.parametrize(
    ("platform", "encoding", "expected"),
    [
        ("win32", "cp1252", "Đã dừng theo yêu cầu (Ctrl-C).".encode()),  # a redirection: UTF-8
        ("linux", "cp1252", b"Da dung theo yeu cau (Ctrl-C)."),  # a code page chosen: no marks
        ("linux", "utf-8", "Đã dừng theo yêu cầu (Ctrl-C).".encode()),
    ],
    ids=["windows-redirected", "code-page", "utf-8"],
)
def test_the_early_ctrl_c_line_is_never_escaped(monkeypatch, platform, encoding, expected):
    """Before cchc's streams are prepared, the line is written as the commands write it later:
    Python's default would have written "\\u0110\\xe3 d\\u1eebng" to a cp1252 redirection."""
    import io

    import cchc_start

    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding=encoding, errors="backslashreplace")
    monkeypatch.setattr(sys, "stderr", stream)
    monkeypatch.setattr(sys, "platform", platform)
    cchc_start._say(cchc_start.INTERRUPTED)
    assert raw.getvalue() == expected


@pytest.mark.parametrize(
    ("path", "platform", "typed"),
    [
        ("/tmp/dot", "linux", "/tmp/dot"),
        ("/tmp/Tổng kết CCHC 2020", "linux", "'/tmp/Tổng kết CCHC 2020'"),
        ("/tmp/it's", "linux", "'/tmp/it'\"'\"'s'"),
        (r"D:\Tổng kết CCHC 2020", "win32", r'"D:\Tổng kết CCHC 2020"'),
        (r"D:\TongKet\dot-2020", "win32", r"D:\TongKet\dot-2020"),
        ("\\\\pc\\Tổng kết\\", "win32", '"\\\\pc\\Tổng kết\\\\"'),  # the quote not escaped
    ],
)
def test_a_suggested_command_quotes_a_path_the_shell_would_split(path, platform, typed):
    import shlex

    from cchc_core.util.shell import for_shell

    assert for_shell(path, platform) == typed
    if platform != "win32":
        assert shlex.split(f"cchc check {typed}") == ["cchc", "check", path]


def test_init_suggests_a_command_that_pastes_back_for_a_folder_with_spaces(tmp_path):
    import shlex

    folder = tmp_path / "Đợt tổng kết 2020"
    result = CliRunner().invoke(main, ["init", str(folder)])
    assert result.exit_code == 0, result.output
    [line] = [line for line in result.output.splitlines() if "rồi chạy: cchc forms" in line]
    assert shlex.split(line.split("rồi chạy: ", 1)[1]) == ["cchc", "forms", str(folder)]


@pytest.mark.parametrize("width", [80, 60])
def test_a_table_on_a_narrow_terminal_keeps_codes_and_percentages_whole(monkeypatch, width):
    from cchc_core import present

    monkeypatch.setattr(present, "_on_terminal", lambda: True)
    monkeypatch.setenv("COLUMNS", str(width))
    shown = CliRunner().invoke(main, ["indicators", "tiếp nhận"]).output
    lines = shown.splitlines()
    assert lines and all(len(line) <= width for line in lines)
    for code in ("mc_huyen", "hs_ty_le_huyen", "hs_tiep_nhan_xa"):
        assert any(code in line for line in lines), code  # in one piece, not folded
    if width == 80:  # a table; at 60 its six columns' words do not fit: a block a row
        assert any(line.startswith("│ hs_tiep_nhan_xa ") for line in lines)
    else:
        assert "Mã: hs_tiep_nhan_xa" in lines


FINDING = (
    "Cảnh báo",
    "Phòng Nội vụ - Phụ lục 1 thống kê CCHC.xlsx › 'Khen thưởng'!D8",
    "",
    "Cá nhân “Hồ Văn Pả” cũng được đề nghị khen thưởng bởi xã Lìa (dòng 7). → Phòng Nội vụ "
    "thống nhất với các đơn vị để mỗi cá nhân chỉ được đề nghị một lần.",
)


def test_a_table_on_a_40_column_console_cuts_no_word(monkeypatch, capsys):
    from cchc_core import present

    monkeypatch.setattr(present, "_on_terminal", lambda: True)
    monkeypatch.setenv("COLUMNS", "40")
    present._table("Phòng Nội vụ", ("Mức", "Vị trí", "Mã chỉ tiêu", "Nội dung"), [FINDING])
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].startswith("┏") and all(len(line) <= 40 for line in lines), lines
    shown = [word for line in lines for word in re.split(r"[\s│┃]+", line)]
    for word in " ".join(FINDING).split():  # rich's own narrowing gave "CCHC.xl" then "sx"
        assert word in shown, word


def test_a_console_too_narrow_for_a_table_shows_each_row_as_lines(monkeypatch, capsys):
    from cchc_core import present

    monkeypatch.setattr(present, "_on_terminal", lambda: True)
    monkeypatch.setenv("COLUMNS", "40")
    columns = (
        "Nhiệm vụ",
        "Nhóm",
        "Phải nộp",
        "Đã nộp",
        "Đúng hạn, đủ",
        "Tỷ lệ nộp",
        "Tỷ lệ đúng hạn",
    )
    rows = [("2.1", "UBND các xã, thị trấn", "21", "20", "18", "95,2%", "85,7%")]
    present._table("Tỷ lệ nộp", columns, rows)
    lines = capsys.readouterr().out.splitlines()
    assert lines[:4] == ["Tỷ lệ nộp", "-- 1/1 --", "Nhiệm vụ: 2.1", "Nhóm: UBND các xã, thị trấn"]
    assert "Tỷ lệ đúng hạn: 85,7%" in lines and all(len(line) <= 40 for line in lines)


def test_ctrl_c_at_init_s_question_ends_like_ctrl_c_in_a_command(tmp_path, monkeypatch):
    from types import SimpleNamespace

    import click

    def prompt(*args: object, **kwargs: object) -> str:
        try:  # as click.prompt answers Ctrl-C at its question
            raise KeyboardInterrupt
        except KeyboardInterrupt:
            raise click.exceptions.Abort() from None

    # a console: init asks its two dates
    monkeypatch.setattr(
        "cchc_core.cli.init.sys", SimpleNamespace(stdin=SimpleNamespace(isatty=lambda: True))
    )
    monkeypatch.setattr(click, "prompt", prompt)
    result = CliRunner().invoke(main, ["init", str(tmp_path / "dot")])
    assert result.exit_code == 130, result.output
    assert "Đã dừng theo yêu cầu (Ctrl-C)." in result.output
    assert not (tmp_path / "dot" / "cchc.toml").exists()


def test_a_table_for_a_code_page_console_is_measured_as_it_will_be_written(monkeypatch):
    import io

    from cchc_core import present
    from cchc_core.util.code_pages import error_handler

    raw = io.BytesIO()
    console = io.TextIOWrapper(raw, encoding="cp437", errors=error_handler("cp437"))
    monkeypatch.setattr("sys.stdout", console)
    monkeypatch.setattr(present, "_on_terminal", lambda: True)
    monkeypatch.setenv("COLUMNS", "40")
    rows = [("1", "→ Phòng Nội vụ thống nhất với các đơn vị…", "≥ 95,2%")] * 3
    present._table("Các điểm cần xem lại", ("STT", "Nội dung", "Tỷ lệ"), rows)
    console.flush()
    lines = raw.getvalue().decode("cp437").splitlines()
    assert all(len(line) <= 40 for line in lines), lines  # "→" counted as the "->" written
    assert any("| -> Phòng Noi vu" in line for line in lines), lines
    assert "?" not in "".join(lines)  # "≥" and "…" have stand-ins, not a question mark


def test_a_system_whose_file_names_are_ascii_is_told_how_to_run_cchc(monkeypatch):
    import click

    from cchc_core.cli.common import handles_errors

    @click.command()
    @handles_errors
    def writes_a_vietnamese_name() -> None:
        "ăn".encode("ascii")  # as opening "Phòng Nội vụ.xlsx" fails in the C locale

    monkeypatch.setattr("sys.getfilesystemencoding", lambda: "ascii")
    result = CliRunner().invoke(writes_a_vietnamese_name)
    assert result.exit_code == 2
    assert "Máy đang đặt bảng mã ascii cho tên tệp" in result.output
    assert "PYTHONUTF8=1" in result.output and "Traceback" not in result.output
    monkeypatch.setattr("sys.getfilesystemencoding", lambda: "utf-8")
    assert isinstance(CliRunner().invoke(writes_a_vietnamese_name).exception, UnicodeEncodeError)


def test_every_os_error_reason_ends_a_sentence_that_names_the_file():
    from cchc_core.util.os_errors import BY_ERRNO, BY_WINERROR, os_reason

    for code in BY_ERRNO:
        reason = os_reason(OSError(code, os.strerror(code), "bao-cao.docx"))
        assert reason[0].islower() and "{" not in reason and "bao-cao" not in reason, reason
    for code in BY_WINERROR:
        shared = OSError(errno.EACCES, "The process cannot access the file", "bao-cao.docx")
        shared.winerror = code  # type: ignore[attr-defined]
        assert "chương trình khác" in os_reason(shared)
    assert os_reason(OSError(errno.EIO, "Input/output error")) == (
        "lỗi của hệ điều hành (Input/output error)"
    )


def test_an_empty_column_keeps_its_header_on_one_line_when_the_room_allows():
    from cchc_core.present import _token_widths

    columns = ("Mức", "Mã chỉ tiêu", "Vị trí", "Nội dung")
    rows = [("Lỗi", "", "xa_lia.xlsx", "Tệp bị hỏng")] * 2
    widths = _token_widths(columns, rows, 60)
    assert widths[1] is None  # empty: rich gives it what its header needs
    assert widths[0] == 3 and widths[2] == 11  # single tokens, whole
    assert _token_widths(("A b",), [], 60) == [None]  # no rows at all


def test_a_column_of_one_token_a_line_keeps_each_whole():
    from cchc_core.present import _token_widths

    hooks = "cchc_indicators\ncchc_report_context"
    assert _token_widths(("Plugin", "Hook"), [("tthc", hooks)], 60) == [6, 19]


def test_a_server_in_the_c_locale_reads_vietnamese_file_names_as_written():
    from cchc_core.collect.inbox import _as_written

    # what Python in the C locale (PYTHONUTF8=0) makes of "Biểu Lìa.xlsx" read from a directory:
    # escapes of its UTF-8 bytes, which no report, register or JSON can hold (build stopped)
    escaped = "Bi\udce1\udcbb\udc83u L\udcc3\udcaca.xlsx"
    assert _as_written(escaped) == "Biểu Lìa.xlsx"
    assert _as_written("Biểu Lìa.xlsx") == "Biểu Lìa.xlsx"
    assert _as_written("x\udcff.xlsx") == "x\ufffd.xlsx"  # not UTF-8 either: marked, not lost
