"""One benchmark stage in its own process, so that the parent can measure its peak RSS.

``python benchmarks/stage.py STAGE FOLDER`` runs STAGE (forms, check, status, build, readers) on the
campaign in FOLDER and prints, as JSON, the seconds spent in the steps it times itself; with
``--profile`` it also prints to stderr the functions that took the most time.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from cchc_core.campaign import Campaign


def _timed(steps: dict[str, float], name: str, action):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = action()
    steps[name] = time.perf_counter() - start
    return result


def forms(campaign: Campaign, steps: dict[str, float]) -> None:
    """Write every unit's blank forms."""
    _timed(steps, "forms", campaign.forms)


def check(campaign: Campaign, steps: dict[str, float]) -> None:
    """Collect and check the inbox, then aggregate."""
    result = _timed(steps, "check", campaign.check)
    _timed(steps, "aggregate", lambda: campaign.aggregate(result))


def status(campaign: Campaign, steps: dict[str, float]) -> None:
    """Check, then the status and its workbook."""
    from cchc_core.documents.status_workbook import write_status

    result = campaign.check()
    report = _timed(steps, "status", lambda: campaign.status(check=result))
    out = campaign.root / "bench-status.xlsx"
    _timed(steps, "status workbook", lambda: write_status(report, campaign.config, out))


def build(campaign: Campaign, steps: dict[str, float]) -> None:
    """Check, then every output."""
    result = campaign.check()
    _timed(steps, "build", lambda: campaign.build(result))


def readers(campaign: Campaign, steps: dict[str, float]) -> None:
    """cchc's form reader against python-calamine alone, on the same files (at most 400)."""
    import attrs
    import python_calamine

    from cchc_core.collect.inbox import list_inbox
    from cchc_core.forms.workbook_read import read
    from cchc_core.model.collector import ReadContext
    from cchc_core.model.submissions import InboxFile
    from cchc_core.util.gc_pacing import fewer_collections

    files = [
        attrs.evolve(f, kind="xlsx")
        for f in list_inbox(campaign.inbox_dir, campaign.config).files
        if f.name.endswith(".xlsx")
    ][:400]
    context = ReadContext(campaign.catalogue, campaign.config)

    def cchc(file: InboxFile) -> None:
        read(file, context)

    def calamine(file: InboxFile) -> None:
        with python_calamine.CalamineWorkbook.from_path(str(file.path)) as workbook:
            for name in workbook.sheet_names:
                workbook.get_sheet_by_name(name).to_python(skip_empty_area=False)

    # Two measures. File by file: each file is read by one, then at once by the other, seven
    # times over (the first changing each round), each keeping its fastest time for that file,
    # its results dropped (as check's reading workers drop theirs once sent); a shared machine
    # slows a whole round by up to 20 % for seconds at a time, which this measure does not see.
    # Whole rounds, as the benchmark measured before: each reads all the files in a loop of its
    # own, seven times alternating, keeping its fastest round (the reader keeping its results,
    # with the collector paced as Campaign.collect paces it for check's reading).
    # calamine alone is faster in a loop of its own than between two reads of the reader
    # (docs/performance.md, fifth stop).
    readers = {"cchc reader": cchc, "calamine alone": calamine}
    fastest = {name: [float("inf")] * len(files) for name in readers}
    rounds = dict.fromkeys(("cchc reader, whole rounds", "calamine alone, whole rounds"), 1e9)
    for round_number in range(7):
        # each goes first in every other round, so that neither always reads after the other
        order = list(readers.items())[:: -1 if round_number % 2 else 1]
        for index, file in enumerate(files):
            for name, action in order:
                start = time.perf_counter()
                action(file)
                fastest[name][index] = min(fastest[name][index], time.perf_counter() - start)
        with fewer_collections():  # as check reads: Campaign.collect paces the collector
            start = time.perf_counter()
            results = [read(file, context) for file in files]
            rounds["cchc reader, whole rounds"] = min(
                rounds["cchc reader, whole rounds"], time.perf_counter() - start
            )
            del results
        start = time.perf_counter()
        for file in files:
            calamine(file)
        rounds["calamine alone, whole rounds"] = min(
            rounds["calamine alone, whole rounds"], time.perf_counter() - start
        )
    best = {name: sum(times) for name, times in fastest.items()} | rounds
    steps.update(best)
    steps["files"] = len(files)


def fill(campaign: Campaign, steps: dict[str, float]) -> None:
    """Fill the inbox (preparation, not a stage of cchc)."""
    from cchc_core.demo.synthetic import fill_inbox

    _timed(steps, "fill the inbox", lambda: fill_inbox(campaign))


def demo(folder: Path) -> None:
    """Make the demo campaign (preparation)."""
    from cchc_core.demo.run import run_demo

    run_demo(folder)


STAGES = {
    "fill": fill,
    "forms": forms,
    "check": check,
    "status": status,
    "build": build,
    "readers": readers,
}

if __name__ == "__main__":
    stage, folder = sys.argv[1], Path(sys.argv[2])
    measured: dict[str, float] = {}
    if stage == "create":  # the parent stays small: its RSS would count in every child's
        from cchc_core.demo.synthetic import create

        create(folder, int(sys.argv[3]))
    elif stage == "demo":
        demo(folder)
    elif len(sys.argv) > 3 and sys.argv[3] == "--profile":
        # what dominates the stage: the functions with the most time of their own (one process;
        # a pool's workers are not profiled, so the stage is run with CCHC_WORKERS=1)
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        profiler.runcall(STAGES[stage], Campaign.open(folder), measured)
        pstats.Stats(profiler, stream=sys.stderr).sort_stats("tottime").print_stats(12)
    else:
        STAGES[stage](Campaign.open(folder), measured)
    print(json.dumps(measured))
