"""Cost that grows with the campaign: checking is linear in the number of units and files.

Counted, not timed: a profile hook counts every function call (Python and C) made while checking.
Both campaigns have one commune in ten submitting (19 of 187, 199 of 1,987 forms), so the
calls per file stay the same only when no step scans every unit (or every file) for each file.
"""

from __future__ import annotations

import gc
import os
import pickle
import signal
import sys
import time
from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

import attrs
import pytest
from openpyxl import load_workbook

from cchc_core.campaign import Campaign
from cchc_core.config import default_text, parse
from cchc_core.config.records import OutputSettings
from cchc_core.demo.synthetic import create, fill_inbox
from cchc_core.errors import CchcError, ConfigError, WorkerLostError
from cchc_core.model.submissions import Cell, Origin
from cchc_core.util.gc_pacing import THRESHOLDS, fewer_collections
from cchc_core.util.parallel import POOL_MIN_ITEMS, ordered_map
from cchc_core.util.progress import progress_to


def calls_made(action: Callable[[], object]) -> tuple[int, object]:
    """How many function calls ``action`` makes, and what it returns."""
    count = 0

    def counter(frame: object, event: str, arg: object) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(counter)
    try:
        result = action()
    finally:
        sys.setprofile(None)
    return count, result


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> dict[int, tuple[Campaign, float, Any]]:
    """For 200 and 2,000 units: the campaign, the calls per file of its check, the check."""
    found = {}
    for units in (200, 2_000):
        campaign = create(tmp_path_factory.mktemp(f"units-{units}"), units)
        fill_inbox(campaign, campaign.config.communes[::10], offices=False)
        campaign.workers = 1  # every call in this process, where the hook counts it
        calls, result = calls_made(campaign.check)
        files = len(result.collection.files)
        assert files == (units - 13 + 9) // 10
        assert not result.errors
        found[units] = (campaign, calls / files, result)
    return found


def test_checking_costs_the_same_per_file_at_2000_units_as_at_200(checked):
    per_file = {units: calls for units, (_, calls, _) in checked.items()}
    assert per_file[2_000] <= 1.5 * per_file[200], per_file


def test_writing_one_communes_forms_costs_the_same_at_2000_units_as_at_200(checked, tmp_path):
    # the outline's letterhead keeps place names whole: indexing all 2,000 communes' names for
    # each line it broke made the forms of a country's communes take hours
    from cchc_core.forms.all_units import _write_unit

    per_unit = {}
    for units, (campaign, _, _) in checked.items():
        commune = campaign.config.communes[-1]
        folder = tmp_path / str(units)
        _write_unit(commune, campaign.catalogue, campaign.config, folder)  # the index, once
        per_unit[units], _ = calls_made(
            lambda c=campaign, u=commune, f=folder: _write_unit(u, c.catalogue, c.config, f)
        )
    assert per_unit[2_000] <= 1.1 * per_unit[200], per_unit


def test_reading_on_two_processes_gives_the_same_result_as_one(checked):
    campaign, _, alone = checked[2_000]
    campaign.workers = 2
    shown: list[str] = []
    listener = SimpleNamespace(start=lambda *a: None, advance=shown.append, finish=lambda: None)
    with progress_to(listener):
        pooled = campaign.check()
    assert len(pooled.collection.files) >= POOL_MIN_ITEMS  # the pool was used
    assert pooled.to_dict() == alone.to_dict()
    assert pooled.collection.submissions == alone.collection.submissions  # every cell whole
    assert shown == [f.name for f in alone.collection.files]  # each file, as the pool finished it


def test_the_collector_is_slowed_while_a_campaign_is_checked_and_set_back_after(
    checked, monkeypatch
):
    from cchc_core.check import checking

    campaign, before, observed = checked[200][0], gc.get_threshold(), []
    original = checking.check

    def watched(*args, **kwargs):
        observed.append(gc.get_threshold())
        return original(*args, **kwargs)

    monkeypatch.setattr(checking, "check", watched)
    campaign.check()
    assert observed == [THRESHOLDS] and gc.get_threshold() == before
    with fewer_collections(), fewer_collections():  # nested: the outer one sets them back
        assert gc.get_threshold() == THRESHOLDS
    assert gc.get_threshold() == before


def test_a_cell_and_the_values_behind_it_come_back_from_a_worker_whole():
    origin = Origin("xa_huc", "Xã Húc", 12, "Húc.xlsx", "II", "E9", "tử số")
    cell = Cell(12.0, "II", "E9", (origin,))
    assert pickle.loads(pickle.dumps(cell)) == cell
    assert pickle.loads(pickle.dumps(Cell("", "V", "F10"))).parts == ()
    with pytest.raises(TypeError):  # a subclass would come back as a Cell, its fields lost

        class Noted(Cell):
            pass


def test_a_unit_sheet_per_unit_only_up_to_the_threshold_of_cchc_toml(checked, tmp_path):
    from cchc_core.documents.appendix_workbook import write_appendix

    campaign, _, result = checked[200]
    dataset = campaign.aggregate(result)
    assert len(campaign.config.units) == 200  # one more than the threshold below
    config = attrs.evolve(campaign.config, output=OutputSettings(unit_sheets_max=199))
    few = write_appendix(attrs.evolve(dataset, config=config), tmp_path / "few.xlsx")
    workbook = load_workbook(few)
    assert workbook.sheetnames == ["Phụ lục 1", "Theo giai đoạn", "Nguồn số liệu"]
    text = " ".join(str(c.value) for row in workbook["Phụ lục 1"].iter_rows() for c in row)
    assert "không lập trang riêng cho từng đơn vị" in text and "cchc explain" in text
    assert workbook["Nguồn số liệu"].max_row == 1 + 200  # every unit still listed with its file


@pytest.mark.parametrize(
    ("line", "wrong", "key"),
    [
        ("unit_sheets_max = 200", "unit_sheets_max = -1", "output.unit_sheets_max"),
        ('level = "district"', 'level = "xa"', "district.level"),
        ('# id = "huong_hoa"', 'id = "Hướng Hóa"', "district.id"),
    ],
)
def test_scale_settings_are_checked(line, wrong, key):
    with pytest.raises(ConfigError) as raised:
        parse(default_text().replace(line, wrong, 1))
    assert key in raised.value.message


def test_work_spread_over_processes_comes_back_in_order():
    import os
    import time

    def task(item: int) -> tuple[int, int]:
        time.sleep(0.002 * (item % 3))  # workers finish out of order
        return item * item, os.getpid()

    shown: list[str] = []
    listener = SimpleNamespace(start=lambda *a: None, advance=shown.append, finish=lambda: None)
    with progress_to(listener):
        results = list(ordered_map(task, range(100), workers=2, label="Bình phương", unit="số"))
    assert [square for square, _ in results] == [i * i for i in range(100)]
    assert os.getpid() not in {pid for _, pid in results}  # done by the workers
    assert shown == [str(i) for i in range(100)]
    alone = list(ordered_map(task, range(100), workers=1))
    assert {pid for _, pid in alone} == {os.getpid()}


def _pool_inside(item: int) -> tuple[int, set[int]]:
    """A worker's own map, and the pids that did it."""
    return item, {pid for _, pid in ordered_map(_pid_of, list(range(60)), workers=2)}


def _pid_of(item: int) -> tuple[int, int]:
    return item, os.getpid()


def test_a_worker_does_the_work_it_maps_itself():
    # a build renders its outputs on the pool, and one of them may map work of its own
    for item, pids in ordered_map(_pool_inside, list(range(60)), workers=2):
        assert len(pids) == 1 and os.getpid() not in pids, item


def test_ctrl_c_while_the_pool_starts_is_raised_once_it_has_started_not_lost(monkeypatch):
    """A Ctrl-C that lands as the pool forks a worker is raised in fork's own bookkeeping, where
    Python prints "Exception ignored" and drops it. It is held back while the pool starts (here
    it may reach another thread of the test runner), and raised then: the workers are ended and
    the caller sees Ctrl-C."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    starting = ProcessPoolExecutor.map
    held: list[bool] = []
    handlers = signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)

    def map_and_press_ctrl_c(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        os.kill(os.getpid(), signal.SIGINT)  # lands while the workers are forked
        held.append(signal.SIGINT in signal.pthread_sigmask(signal.SIG_BLOCK, []))
        return starting(self, *args, **kwargs)

    monkeypatch.setattr(ProcessPoolExecutor, "map", map_and_press_ctrl_c)
    signal.alarm(60)
    try:
        with pytest.raises(KeyboardInterrupt):
            list(ordered_map(_slow, list(range(96)), workers=2))
    finally:
        signal.alarm(0)
    assert held == [True]
    assert multiprocessing.active_children() == []
    assert signal.SIGINT not in signal.pthread_sigmask(signal.SIG_BLOCK, [])  # given back
    assert (signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)) == handlers


def test_a_note_names_thirty_units_and_counts_the_others(checked):
    from cchc_core.figures.notes import row_note

    campaign, _, result = checked[200]
    dataset = campaign.aggregate(result)
    note = row_note(campaign.catalogue.indicator("hs_tiep_nhan_xa"), dataset)
    absent = dataset.total("hs_tiep_nhan_xa", "2019").not_submitted
    assert len(absent) == 187 - 19
    named = ", ".join(name.replace("Xã", "xã") for name in absent[:30])
    assert note.startswith(f"Chưa nộp: {named} và 138 đơn vị khác")
    assert absent[30] not in note


def test_report_tables_list_each_commune_only_up_to_the_threshold(checked):
    from cchc_core.documents.narrator import Narrator

    campaign, _, result = checked[200]
    dataset = campaign.aggregate(result)
    listed = Narrator(dataset).units_table(("hs_tiep_nhan_xa",))
    assert len(listed.rows) == 187 + 1  # every commune, then the total
    config = attrs.evolve(campaign.config, output=OutputSettings(unit_sheets_max=199))
    summed = Narrator(attrs.evolve(dataset, config=config)).units_table(("hs_tiep_nhan_xa",))
    assert [row[0] for row in summed.rows] == ["Cộng (19 đơn vị)"]
    assert summed.rows[0][1:] == listed.rows[-1][1:]
    assert any("Không liệt kê từng đơn vị (187 đơn vị" in note for note in summed.notes)


def _dies_at_sixty(number: int) -> int:
    if number == 60:
        os._exit(3)  # as a worker killed for lack of memory ends: no exception, no result
    return number


def test_a_worker_that_dies_ends_the_work_with_a_message_not_a_wait():
    signal.alarm(120)  # should the pool wait forever, the test process ends instead of the suite
    try:
        with pytest.raises(WorkerLostError) as raised:
            list(ordered_map(_dies_at_sixty, list(range(200)), workers=2, label="Đọc tệp"))
    finally:
        signal.alarm(0)
    assert "Đọc tệp" in raised.value.message
    assert "CCHC_WORKERS=1" in raised.value.hint
    # the same work without the dying item goes through the pool in order
    assert list(ordered_map(abs, list(range(-100, 0)), workers=2)) == list(range(100, 0, -1))


def _slow(number: int) -> int:
    time.sleep(0.2)
    return number


def test_ctrl_c_while_the_pool_works_ends_its_workers_at_once():
    """Ctrl-C reaches the parent alone (a signal sent to it, not to the terminal's group) while
    the workers are inside their chunks: they ignore SIGINT, and are ended, not waited for."""
    import multiprocessing
    import threading

    signal.alarm(60)  # should the pool wait forever, the test process ends instead of the suite
    timer = threading.Timer(0.3, os.kill, (os.getpid(), signal.SIGINT))
    started = time.monotonic()
    try:
        with pytest.raises(KeyboardInterrupt):
            timer.start()
            list(ordered_map(_slow, list(range(96)), workers=2))  # 6 × 0.2 s a chunk, 9.6 s in all
    finally:
        timer.cancel()
        signal.alarm(0)
    # Ctrl-C comes at 0.3 s: not after the work (9.6 s), nor after the chunks in hand (1.2 s)
    assert time.monotonic() - started < 0.9
    assert multiprocessing.active_children() == []


class _OwnError(CchcError):
    """An error as a plugin might define one, whose arguments are not its message: it cannot be
    rebuilt from what pickling keeps of it."""

    def __init__(self, unit: str, count: int) -> None:
        super().__init__(f"{unit}: {count} ô sai", hint="Sửa các ô.")


def _fails_at_thirty(item: int) -> int:
    if item == 30:
        raise _OwnError("Xã Lìa", 3)
    return item


def test_an_error_a_worker_cannot_send_back_as_it_is_comes_back_with_its_message():
    # it broke the pool, and the user read "a worker stopped, perhaps for lack of memory"
    with pytest.raises(CchcError) as raised:
        list(ordered_map(_fails_at_thirty, list(range(60)), workers=2))
    assert (raised.value.message, raised.value.hint) == ("Xã Lìa: 3 ô sai", "Sửa các ô.")


def _tagged(tag: str) -> Callable[[int], tuple[str, int]]:
    return lambda item: (tag, item)


def test_two_threads_mapping_at_once_each_get_their_own_task():
    import threading

    results: dict[str, list[tuple[str, int]]] = {}

    def run(tag: str) -> None:
        results[tag] = list(ordered_map(_tagged(tag), list(range(60)), workers=2))

    threads = [threading.Thread(target=run, args=(tag,)) for tag in ("a", "b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == {tag: [(tag, i) for i in range(60)] for tag in ("a", "b")}


_KILLED_PARENT = """
import os, sys, time
from pathlib import Path
from cchc_core.util.lock import exclusive
from cchc_core.util.parallel import ordered_map

folder = Path(sys.argv[1])

def wait(item):
    (folder / f"worker-{os.getpid()}").touch()
    time.sleep(60)
    return item

with exclusive(folder):
    list(ordered_map(wait, list(range(8)), workers=2, min_items=1))
"""


@pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="a parent's death is told on Linux"
)
def test_workers_of_a_killed_command_end_and_leave_its_lock_free(tmp_path):
    import subprocess

    from cchc_core.util.lock import try_lock

    # killed for lack of memory, a command's workers waited for work forever, holding the
    # campaign's lock: every later command was told another one was writing
    command = subprocess.Popen([sys.executable, "-c", _KILLED_PARENT, str(tmp_path)])
    deadline = time.monotonic() + 30
    while len(workers := list(tmp_path.glob("worker-*"))) < 2:
        assert time.monotonic() < deadline and command.poll() is None
        time.sleep(0.01)
    command.kill()
    command.wait()
    pids = [int(w.name.split("-")[1]) for w in workers]
    deadline = time.monotonic() + 10
    while any(os.path.exists(f"/proc/{pid}") for pid in pids):
        assert time.monotonic() < deadline, "the workers outlived their command"
        time.sleep(0.01)
    with try_lock(tmp_path) as held:
        assert held
