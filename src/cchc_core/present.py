"""Presenting results on a terminal: rich tables on a TTY, plain lines when piped.

Only the CLI imports this module; the API never prints. Every text goes out through
:func:`~cchc_core.util.untrusted.for_terminal` (unit names, file names and cell contents are data a
unit chose: escape sequences in them are shown, never obeyed) and rich's markup is never parsed.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from cchc_core.plugin.listing import PluginListing
from cchc_core.util.shell import for_shell
from cchc_core.util.untrusted import for_terminal, for_terminal_lines

if TYPE_CHECKING:
    from pathlib import Path

    from cchc_core.check.checking import CheckResult
    from cchc_core.config import CampaignConfig
    from cchc_core.demo.province import ProvinceDemo
    from cchc_core.demo.run import DemoResult
    from cchc_core.documents.build import BuildResult
    from cchc_core.figures.aggregate import Figure
    from cchc_core.figures.explain import Explanation
    from cchc_core.figures.status import StatusReport
    from cchc_core.model.findings import Finding
    from cchc_core.plugin.indicator_search import IndicatorEntry


#: the most rows of a list printed on the terminal when the whole list is in a file: a district's
#: units fit with room to spare; a country's 11,000 would be 22,000 lines nobody reads
ROWS_SHOWN = 150


def _on_terminal() -> bool:
    """Whether the output goes to a person's terminal rather than to a file or a script."""
    from cchc_core.cli.terminal import is_terminal

    return is_terminal(sys.stdout)


def _colour_off() -> bool:
    """``--no-color`` (or ``NO_COLOR``, which rich also reads itself) was given."""
    import click

    context = click.get_current_context(silent=True)
    return context is not None and context.color is False


def _console():
    from rich.console import Console

    return Console(
        highlight=False, markup=False, soft_wrap=not _on_terminal(), no_color=_colour_off()
    )


def _say(*parts: object) -> None:
    """Print one line whose parts may hold text from a unit's file."""
    print(*(for_terminal(str(part)) for part in parts))


class ProgressDisplay:
    """Each step of a command as a progress line on stderr: what it does, how many of how many, the
    item it is on, the time taken. A finished step's line stays, so the clerk sees what was done."""

    def __init__(self) -> None:
        from rich.console import Console

        from cchc_core.util.code_pages import is_unicode

        self._console = Console(stderr=True, highlight=False, no_color=_colour_off())
        self._encoding = getattr(sys.stderr, "encoding", None)
        self._unicode = is_unicode(self._encoding) or not self._encoding
        self._progress: Any = None
        self._task: Any = None
        self._count = 0

    def start(self, label: str, total: int | None, unit: str) -> None:
        """Show a new step (closing the previous one if it was left open)."""
        from rich.progress import (
            BarColumn,
            Progress,
            SpinnerColumn,
            TextColumn,
            TimeElapsedColumn,
        )
        from rich.table import Column

        self.close()
        of = "/{task.total}" if total is not None else ""
        unit = self._written(unit)
        # a code-page console writes rich's "…" as "...": two columns more than rich counted, so
        # a line cut to the width wrapped, and its redrawing left the first half on the screen.
        # There, lines are cut without a mark, and the texts are measured as they are written.
        # The count is never cut ("62/6" of 62 files), and a narrow console gets a short bar
        overflow = "ellipsis" if self._unicode else "crop"
        counted = len(f"{total}/{total} {unit}" if total is not None else f"99999 {unit}")
        width = self._console.width
        self._progress = Progress(
            SpinnerColumn(finished_text="✓", table_column=Column(no_wrap=True, overflow=overflow)),
            TextColumn("{task.description}", table_column=Column(no_wrap=True, overflow=overflow)),
            BarColumn(bar_width=24 if width >= 80 else max(4, width // 10)),
            TextColumn(
                "{task.completed}" + of + " {task.fields[unit]}",
                table_column=Column(no_wrap=True, min_width=counted),
            ),
            TimeElapsedColumn(table_column=Column(no_wrap=True, overflow=overflow)),
            TextColumn(
                "{task.fields[item]}",
                markup=False,
                table_column=Column(no_wrap=True, overflow=overflow),
            ),
            console=self._console,
            transient=False,
            # the result goes to stdout untouched, whatever happens to be printed during a step
            redirect_stdout=False,
            redirect_stderr=False,
        )
        self._count = 0
        self._task = self._progress.add_task(self._written(label), total=total, unit=unit, item="")
        self._progress.start()

    def _written(self, text: str) -> str:
        """``text`` as stderr's code page will write it (``_in_code_page``, for stderr)."""
        return text if self._unicode else _in_code_page(text, self._encoding)

    def advance(self, item: str) -> None:
        """Move the current step on to ``item``."""
        if self._progress is None:
            return
        self._count += 1
        self._progress.update(
            self._task, completed=self._count, item=self._written(for_terminal(item))
        )

    def finish(self) -> None:
        """Mark the current step done and leave its line."""
        if self._progress is None:
            return
        task = self._progress.tasks[0]
        self._progress.update(self._task, total=task.total or self._count, completed=self._count)
        self._progress.update(self._task, item="")
        self.close()

    def close(self) -> None:
        """Stop the live display, wherever the step was."""
        if self._progress is not None:
            self._progress.stop()
            self._progress = None


#: the widest a column of single tokens (codes, numbers, cell addresses) is kept whole
TOKEN_WIDTH_MAX = 24
#: what each other column is left at least when token columns take their width
NARROW_COLUMN = 5


def _token_widths(
    columns: Sequence[str], rows: Sequence[Sequence[str]], room: int
) -> list[int | None]:
    """A fixed width for each column whose cells are single tokens (an indicator code, a cell
    address, "95,2%"; or one token a line), so that none is cut in the middle: its longest
    cell, given to the narrowest such columns first while the terminal's ``room`` leaves the
    others :data:`NARROW_COLUMN`. ``None`` for a column of text, which wraps between words, and
    for an empty one."""
    from rich.cells import cell_len  # a code page's combining marks take no column

    needs: list[int | None] = []
    for index, header in enumerate(columns):
        # a cell may list tokens one a line (a plugin's hooks)
        lines = [line for row in rows for line in str(row[index]).splitlines() if line.strip()]
        single = bool(lines) and all(len(line.split()) == 1 for line in lines)
        longest = max([cell_len(line) for line in lines] + [cell_len(w) for w in header.split()])
        needs.append(longest if single and longest <= TOKEN_WIDTH_MAX else None)
    widths: list[int | None] = [None] * len(columns)
    flexible = len(columns)
    for index in sorted((i for i, need in enumerate(needs) if need), key=lambda i: needs[i] or 0):
        need = needs[index] or 0
        if need + (flexible - 1) * NARROW_COLUMN <= room:
            widths[index] = need
            room -= need
            flexible -= 1
    return widths


def _table(
    title: str, columns: Sequence[str], rows: Sequence[Sequence[str]], *, full_list: str = ""
) -> None:
    """A table: boxed with rich on a terminal, tab-separated lines when piped. On a terminal, with
    ``full_list`` (where every row is written) at most :data:`ROWS_SHOWN` rows are shown, then
    how many more there are and where to find them; piped, every row goes to the script."""
    if full_list and len(rows) > ROWS_SHOWN and _on_terminal():
        _table(title, columns, rows[:ROWS_SHOWN])
        from cchc_core.util.vnformat import number

        _say(f"… và {number(len(rows) - ROWS_SHOWN)} dòng khác: xem đủ trong {full_list}.")
        return
    if not _on_terminal():
        _say(title)
        for row in (columns, *rows):
            print("\t".join(for_terminal(cell) for cell in row))
        return
    from rich.table import Table
    from rich.text import Text

    # measured as the console's code page will show them: "→" written as "->" after rich had
    # counted one column made every row of a cp437 console one column too wide
    shown = [[_in_code_page(for_terminal_lines(cell)) for cell in row] for row in rows]
    headers = [_in_code_page(column) for column in columns]
    table = Table(
        title=Text(_in_code_page(for_terminal_lines(title))), title_justify="left", show_lines=False
    )
    console_width = _console().width
    room = console_width - 3 * len(columns) - 1  # a border and a space each side of each column
    tokens = _token_widths(headers, shown, room)
    least = [t or w for t, w in zip(tokens, _longest_words(headers, shown), strict=True)]
    if sum(least) > room:  # a long file or plugin name may fold where room is short
        capped = _longest_words(headers, shown, WHOLE_WORD)
        least = [t or w for t, w in zip(tokens, capped, strict=True)]
    if sum(least) > room:
        _records(_in_code_page(for_terminal_lines(title)), headers, shown, console_width)
        return
    widths = _fitted_widths(headers, shown, room, least, tokens)
    for column, width in zip(headers, widths, strict=True):
        table.add_column(column, overflow="fold", width=width)
    for row in shown:
        table.add_row(*(Text(cell) for cell in row))
    _console().print(table)


#: the longest word a table must keep whole (a Vietnamese syllable has at most seven letters; a
#: longer token, a file name or a code, may fold at any width)
WHOLE_WORD = 12


def _longest_words(
    columns: Sequence[str], rows: Sequence[Sequence[str]], cap: int | None = None
) -> list[int]:
    """Each column's longest word (its header's too), up to ``cap``: the width it must have for
    no word to be cut ("CCHC.xl|sx", "Cản|h báo"). A table whose columns cannot all have it, up
    to :data:`WHOLE_WORD`, is shown as :func:`_records`."""
    from rich.cells import cell_len

    longest = []
    for index, header in enumerate(columns):
        words = [w for row in rows for w in str(row[index]).split()] + header.split()
        widest = max((cell_len(w) for w in words), default=0)
        longest.append(widest if cap is None else min(widest, cap))
    return longest


def _fitted_widths(
    columns: Sequence[str],
    rows: Sequence[Sequence[str]],
    room: int,
    least: Sequence[int],
    tokens: Sequence[int | None],
) -> list[int | None]:
    """The width of each column: ``tokens`` (:func:`_token_widths`, rich's choice for the others)
    where the table fits unwrapped; else each column its ``least`` (its longest word or token)
    and the room left shared by what each would take unwrapped. rich's own narrowing cut words
    that fitted. An empty column keeps its header on one line where the room allows."""
    from rich.cells import cell_len

    natural = [
        max([cell_len(header)] + [cell_len(line) for row in rows for line in row[i].splitlines()])
        for i, header in enumerate(columns)
    ]
    if sum(natural) <= room:
        return list(tokens)
    base = list(least)
    for index in range(len(columns)):
        empty = not any(row[index].strip() for row in rows)
        if empty and sum(base) - base[index] + natural[index] <= room:
            base[index] = natural[index]
    wants = [max(0, full - fixed) for full, fixed in zip(natural, base, strict=True)]
    spare, wanted = room - sum(base), sum(wants)
    return [
        fixed + spare * want // wanted if wanted else fixed
        for fixed, want in zip(base, wants, strict=True)
    ]


def _records(title: str, columns: Sequence[str], rows: Sequence[Sequence[str]], width: int) -> None:
    """A table as one block a row, each cell on its own lines after its column's name, wrapped
    between words: what a console too narrow for the table shows. An empty cell is left out;
    a table without rows names its columns."""
    import textwrap

    print(title)
    if not rows:
        print(textwrap.fill("Chưa có dòng nào (" + ", ".join(columns) + ").", width=max(width, 20)))
    for number, row in enumerate(rows, start=1):
        print(f"-- {number}/{len(rows)} --")
        for column, cell in zip(columns, row, strict=True):
            for position, line in enumerate(t for t in cell.splitlines() if t.strip()):
                lead = f"{column}: " if position == 0 else "  "
                print(
                    textwrap.fill(
                        line,
                        width=max(width, len(lead) + 10),
                        initial_indent=lead,
                        subsequent_indent="  ",
                        break_on_hyphens=False,
                    )
                )


def _in_code_page(text: str, encoding: str | None = None) -> str:
    """``text`` as it will be written to a console (standard output, or one of ``encoding``)
    whose code page lacks some of its characters (``cchc-vietnamese``,
    :mod:`cchc_core.util.code_pages`); unchanged on a Unicode console."""
    from cchc_core.util.code_pages import error_handler, is_unicode

    encoding = encoding or getattr(sys.stdout, "encoding", None)
    if is_unicode(encoding) or not encoding:
        return text
    return text.encode(encoding, error_handler(encoding)).decode(encoding)


def show_plugins(listing: PluginListing) -> None:
    """Print the plugin listing and, apart, the failures."""
    rows = []
    for p in listing.plugins:
        contributes = []
        if p.reports:
            contributes.append("báo cáo " + "; ".join(p.reports))
        if p.indicators:
            contributes.append(f"{p.indicators} chỉ tiêu")
        if p.rules:
            contributes.append(f"{p.rules} quy tắc")
        if p.headings:
            contributes.append(f"{p.headings} đề mục")
        if p.targets:
            contributes.append(f"{p.targets} mục tiêu")
        if p.collectors:
            contributes.append("đọc tệp: " + ", ".join(p.collectors))
        source = "có sẵn" if p.builtin else p.distribution
        rows.append(
            (
                p.name,
                source,
                p.version,
                "\n".join(p.hooks) if _on_terminal() else ",".join(p.hooks),
                "; ".join(contributes),
            )
        )
    _table("Plugin đã nạp", ("Plugin", "Gói", "Phiên bản", "Hook", "Đóng góp"), rows)
    used = listing.in_use
    print()
    print("Số đang dùng (plugin mới chọn số còn trống, ví dụ: cchc plugin new):")
    passed = "".join(
        f" ({number} là số của nhiệm vụ “{used.plan_tasks[number]}”)" for number in used.skipped
    )
    print(f"  Báo cáo chuyên đề: {', '.join(used.reports)}; còn trống: {used.free_report}{passed}")
    print(f"  Mục của Phụ lục 1: {', '.join(used.sections)}; còn trống: {used.free_section}")
    print(
        f"  Đề mục Phần thứ nhất, mục II: {', '.join(used.outline)}; còn trống: "
        f"{used.free_outline} (khóa {used.outline_key})"
    )
    print(
        f"  Đề xuất Phần thứ hai, mục I: {', '.join(used.proposals)}; còn trống: "
        f"{used.free_proposal} (khóa {used.proposal_key})"
    )
    if listing.failures:
        _say()
        _table(
            "Plugin lỗi",
            ("Plugin", "Gói", "Khi", "Lý do"),
            [(f.plugin, f.distribution, f.stage, f.reason) for f in listing.failures],
        )


def _finding_row(finding: Finding) -> tuple[str, str, str, str]:
    where = str(finding.location)
    hint = f"\n→ {for_terminal(finding.hint)}" if finding.hint else ""
    text = for_terminal(finding.message) + hint
    if not _on_terminal():
        text = text.replace("\n", " ")
    return (finding.severity.label, where, finding.indicator or "", text)


def show_check(result: CheckResult, config: CampaignConfig) -> None:
    """Findings grouped by unit, then a summary line."""
    names = {u.id: u.name for u in config.units}
    order = [u.id for u in config.units] + [None]
    for unit_id in order:
        findings = result.for_unit(unit_id)
        if not findings:
            continue
        errors = sum(f.is_error for f in findings)
        title = (
            names.get(unit_id, "Tệp không nhận dạng được đơn vị")
            if unit_id
            else "Tệp không nhận dạng được đơn vị, cấu hình cchc.toml"
        )

        _table(
            f"{title}: {errors} lỗi, {len(findings) - errors} cảnh báo",
            ("Mức", "Vị trí", "Mã chỉ tiêu", "Nội dung"),
            [_finding_row(f) for f in findings],
        )
        _say()
    from cchc_core.util.vnformat import number

    collection = result.collection
    kept = len(collection.submissions)
    refused = len(collection.files) - kept - len(collection.superseded)
    _say(
        f"Đã đọc {number(len(collection.files))} tệp trong inbox: {number(kept)} tệp dùng được, "
        f"{number(refused)} tệp bị từ chối"
        + (
            f", {number(len(collection.superseded))} tệp cũ bị thay thế"
            if collection.superseded
            else ""
        )
        + (f", bỏ qua {number(len(collection.skipped))} tệp tạm/ẩn" if collection.skipped else "")
        + (
            f", {number(len(collection.unreadable))} tệp không mở được"
            if collection.unreadable
            else ""
        )
        + "."
    )
    _say(f"Tổng cộng: {number(len(result.errors))} lỗi, {number(len(result.warnings))} cảnh báo.")
    if result.invalid_units:
        from cchc_core.util.phrases import first_names

        invalid = [names[u] for u in order if u in result.invalid_units]
        shown = first_names(invalid, "lỗi của từng đơn vị ở trên")
        _say(f"Đơn vị có lỗi (chưa đưa vào số liệu tổng hợp): {shown}.")


def show_status(report: StatusReport) -> None:
    """Status by task, the rates, and who to remind."""
    from cchc_core.documents.status_workbook import FILENAME as STATUS_FILE
    from cchc_core.util import vnformat

    _say(f"Tình hình nộp báo cáo tính đến ngày {vnformat.short_date(report.as_of)}")
    for note in report.notes:
        _say(f"Lưu ý: {note}")
    _table(
        "Tỷ lệ nộp",
        ("Nhiệm vụ", "Nhóm", "Phải nộp", "Đã nộp", "Đúng hạn, đủ", "Tỷ lệ nộp", "Tỷ lệ đúng hạn"),
        [
            (
                g.task,
                report.group_label(g.group),
                vnformat.number(g.expected),
                vnformat.number(g.submitted),
                vnformat.number(g.on_time),
                vnformat.percent(g.reporting_rate),
                vnformat.percent(g.on_time_rate),
            )
            for g in report.rates
        ],
    )
    _say()
    if report.reminders:
        _table(
            "Cần đôn đốc",
            ("Đơn vị", "Nhiệm vụ", "Hạn", "Tình trạng", "Theo dõi, đôn đốc"),
            [
                (r.unit_name, r.task, vnformat.short_date(r.deadline), r.label, r.follow_up)
                for r in report.reminders
            ],
            full_list=f"{STATUS_FILE}, trang “Cần đôn đốc”",
        )
    else:
        _say("Mọi đơn vị đã nộp đủ, đúng hạn.")
    if report.undated:
        _say()
        _table(
            "Chưa rõ ngày nhận (ghi vào sổ: cchc receive THƯ_MỤC TỆP --on NGÀY)",
            ("Đơn vị", "Nhiệm vụ", "Tệp", "Ngày lưu trong tệp"),
            [
                (
                    r.unit_name,
                    r.task,
                    "\n".join(r.files) if _on_terminal() else "; ".join(r.files),
                    vnformat.short_date(r.stated) if r.stated else "",
                )
                for r in report.undated
            ],
            full_list=f"{STATUS_FILE}, trang “Tình hình nộp”",
        )
    counted: dict[str, int] = {}
    for row in report.rows:
        for source in row.received_from:
            kind = source.split(",")[0]
            counted[kind] = counted.get(kind, 0) + 1
    if counted:
        _say(
            "Ngày nhận lấy theo: "
            + "; ".join(
                f"{kind} ({vnformat.number(count)})" for kind, count in sorted(counted.items())
            )
            + " (số đơn vị, nhiệm vụ)."
        )
    if report.conferences:
        _show_conferences(report)


def _show_conferences(report: StatusReport) -> None:
    """Which communes held their own conference (task 2.1) and which have not said so."""
    from cchc_core.documents.status_workbook import FILENAME as STATUS_FILE
    from cchc_core.documents.status_workbook import conference_sheet
    from cchc_core.figures.conferences import ConferenceState
    from cchc_core.util import vnformat

    conferences, level = report.conferences, report.words.below_level
    held = [c for c in conferences if c.state.held]
    _say()
    _say(
        f"Hội nghị tổng kết cấp {level} (trước ngày "
        f"{vnformat.short_date(conferences[0].deadline)}): {vnformat.number(len(held))}/"
        f"{vnformat.number(len(conferences))} {report.words.below} đã tổ chức."
    )
    others = [c for c in conferences if c.state is not ConferenceState.ON_TIME]
    if others:
        _table(
            f"Hội nghị cấp {level} cần theo dõi",
            ("Đơn vị", "Tình trạng", "Đơn vị ghi"),
            [(c.unit_name, c.label, c.text) for c in others],
            full_list=f"{STATUS_FILE}, trang “{conference_sheet(report)}”",
        )


def _contribution_rows(figure: Figure) -> list[tuple[str, str, str, str]]:
    from cchc_core.util import vnformat

    def row(name: str, role: str, value: object, file: str, sheet: str, cell: str) -> tuple:
        shown = value if isinstance(value, str) else vnformat.amount(value)  # type: ignore[arg-type]
        return (name + (f" ({role})" if role else ""), shown, file, f"{sheet}!{cell}")

    rows = []
    for c in figure.contributions:
        rows.append(row(c.unit_name, c.role, c.value, c.file, c.sheet, c.cell))
        # a district's roll-up value: the communes' and offices' cells it was summed from
        for part in c.parts:
            rows.append(
                row(
                    f"  ↳ {part.unit_name}", part.role, part.value, part.file, part.sheet, part.cell
                )
            )
    return rows


def show_explanation(explanation: Explanation) -> None:
    """The figure(s), how computed, each contribution with its file and cell, who is left out."""
    from cchc_core.util import vnformat

    indicator = explanation.indicator
    _say(f"{indicator.code}: {indicator.label}")
    for label, figure in explanation.figures:
        _say()
        _say(f"{label}: {explanation.show(figure)}")
        _say(f"  Cách tính: {figure.method}")
        if figure.numerator is not None and figure.denominator is not None:
            _say(
                f"  Tử số {vnformat.amount(figure.numerator)}, mẫu số "
                f"{vnformat.amount(figure.denominator)}"
            )
        if figure.contributions and len(explanation.figures) == 1:
            _table("  Đóng góp", ("Đơn vị", "Giá trị", "Tệp", "Ô"), _contribution_rows(figure))
        elif figure.contributions:
            _say(
                f"  Từ {len({c.unit for c in figure.contributions})} đơn vị (xem chi tiết: "
                f"--year {figure.period.split('-')[0] if figure.period else ''})"
            )
        for title, names in (
            ("Không tính (báo cáo có lỗi)", figure.excluded),
            ("Chưa nộp", figure.not_submitted),
            ("Bỏ trống", figure.missing),
        ):
            if names:
                _say(f"  {title}: {', '.join(names)}")
    for label, figure in explanation.phases:
        _say()
        _say(f"{label}: {explanation.show(figure)} — {figure.method}")
        if figure.note:
            _say(f"  {figure.note}")


def show_build(result: BuildResult, output: Path) -> None:
    """What was written, and what a reviewer still has to chase."""
    from cchc_core.util.phrases import first_names
    from cchc_core.util.vnformat import number

    _say(f"Đã ghi {len(result.outputs)} tệp vào {output}:")
    for path in result.outputs:
        _say(f"  {path.relative_to(output)}")
    _say(
        f"Số liệu: {number(result.errors)} lỗi, {number(result.warnings)} cảnh báo "
        "(xem: cchc check)."
    )
    if result.coverage:
        _say(result.coverage)
    if result.invalid_units:
        names = first_names(list(result.invalid_units), "xem: cchc check")
        _say(f"Không đưa vào tổng hợp vì có lỗi: {names}.")
    if result.not_submitted:
        names = first_names(list(result.not_submitted), "xem: cchc status")
        _say(f"Chưa nộp báo cáo: {names}.")
    if result.gaps:
        _say(
            f"Còn {len(result.gaps)} đề mục chưa có nội dung (đánh dấu [Chưa có nội dung] "
            "trong báo cáo):"
        )
        for gap in result.gaps:
            _say(f"  - {gap}")
    if result.plugin_failures:
        names = ", ".join(
            dict.fromkeys(f"{f.plugin} ({f.distribution})" for f in result.plugin_failures)
        )
        _say(
            f"Báo cáo thiếu phần của plugin lỗi: {names} (lý do ở các dòng “Plugin lỗi” bên "
            "dưới; xem thêm: cchc plugins)."
        )


def show_demo(result: DemoResult) -> None:
    """A short summary of the demo in Vietnamese."""
    from cchc_core.figures.status import State
    from cchc_core.util import vnformat

    status = result.status
    form_tasks = ("2.1", "2.2")  # the units' forms and outlines, which the counts are of
    forms_rows = [r for r in status.rows if r.task in form_tasks]
    count = {state: sum(r.state is state for r in forms_rows) for state in State}
    _say(
        "Chạy thử đợt tổng kết CCHC huyện Hướng Hóa — SỐ LIỆU MINH HỌA (giả định, không phải "
        "số liệu thật)"
    )
    _say(f"Thư mục: {result.folder}")
    _say(
        f"  Biểu mẫu: {len(result.forms.files)} tệp cho {len(result.forms.units)} đơn vị "
        f"({result.folder / 'forms'})"
    )
    mails = {f.path for f in result.delivered if f.path.suffix in (".eml", ".mbox")}
    _say(
        f"  Tệp các đơn vị gửi về: {len(result.delivered)} tệp ({result.folder / 'inbox'}), "
        f"trong đó {sum(f.path in mails for f in result.delivered)} tệp đính kèm "
        f"{len(mails)} tệp thư điện tử; các tệp khác ghi trong sổ nhận tệp so-nhan-tep.csv"
    )
    _say(
        f"Tình hình nộp tính đến ngày {vnformat.short_date(status.as_of)} (nhiệm vụ 2.1, 2.2): "
        f"{count[State.ON_TIME]} đơn vị đúng hạn, {count[State.LATE]} muộn, "
        f"{count[State.INCOMPLETE]} nộp thiếu, {count[State.BLANK]} gửi biểu trống, "
        f"{count[State.MISSING]} chưa nộp."
    )
    for row in status.reminders:  # a row of another task says which
        task = "" if row.task in form_tasks else f" (nhiệm vụ {row.task})"
        _say(f"  - {row.unit_name}{task}: {row.label}")
    check = result.check
    _say(f"Kiểm tra: {len(check.errors)} lỗi, {len(check.warnings)} cảnh báo.")
    for finding in check.errors:
        _say(f"  - Lỗi, {finding.unit_name}: {finding.message} ({finding.location})")
    if result.build.invalid_units:
        _say("  Không đưa vào tổng hợp: " + ", ".join(result.build.invalid_units) + ".")
    if result.build.coverage:
        _say(result.build.coverage)
    _say(f"Đã lập {len(result.build.outputs)} tệp:")
    for path in result.build.outputs:
        _say(f"  {path.relative_to(result.folder)}")
    if result.build.gaps:
        _say("Đề mục chưa có nội dung: " + "; ".join(result.build.gaps))
    if result.missing_distributions:
        _say(
            "Bản chạy thử này không có plugin "
            + ", ".join(result.missing_distributions)
            + " (chưa cài hoặc đang tắt): các lĩnh vực của chúng không có trong biểu mẫu và báo "
            "cáo; cài, bật các plugin này để chạy đủ."
        )
    folder = for_shell(result.folder)
    example = f" / cchc explain {folder} {result.example_code} --year 2019"
    _say(
        f"Xem chi tiết: cchc check {folder} / cchc status {folder}"
        + (example if result.example_code else "")
    )


def show_province_demo(result: ProvinceDemo) -> None:
    """What the province demo built: the districts' roll-up files and the province's outputs."""
    show_demo(result.district)
    _say()
    _say("Chạy thử cấp tỉnh Quảng Trị — SỐ LIỆU MINH HỌA")
    districts = (result.district.folder, *result.districts)
    _say("Ba huyện lập tệp gửi cấp trên (cchc build, thư mục output/gui-cap-tren):")
    for folder in districts:
        _say(f"  {folder}")
    _say(f"Tỉnh: {result.province} — các tệp trên được chép vào inbox/ cùng biểu mẫu các sở.")
    build = result.build
    _say(f"Kiểm tra: {build.errors} lỗi, {build.warnings} cảnh báo.")
    _say(f"Đã lập {len(build.outputs)} tệp:")
    for path in build.outputs:
        _say(f"  {path.relative_to(result.province)}")
    _say(
        f"Số liệu của một xã trong tổng của tỉnh: cchc explain {for_shell(result.province)} "
        "hs_tiep_nhan_xa "
        "--year 2019"
    )


def show_indicators(entries: Sequence[IndicatorEntry], query: str) -> None:
    """The indicator rows as a table, or why none was found."""
    if not entries:
        found = f" khớp với “{query}”" if query else ""
        _say(f"Không có chỉ tiêu nào{found}. Thử ít từ hơn, hoặc bỏ từ khóa để xem tất cả.")
        return
    title = f"{len(entries)} chỉ tiêu" + (f" khớp với “{query}”" if query else "")
    _table(
        title,
        ("Mã", "Chỉ tiêu", "Đơn vị tính", "Mục", "Báo cáo", "Ai báo cáo"),
        [(e.code, e.label, e.unit, e.section, e.report, e.who()) for e in entries],
    )
