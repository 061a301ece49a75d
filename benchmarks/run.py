"""Speed and memory of cchc's stages, measured on the embedded demo and on a scaled-up campaign.

Run with ``make bench``. Prints a Markdown table; the figures in docs/performance.md come from it.
Work files go to benchmarks/.work/ (git-ignored).

1. Reading filled forms: cchc's reader (python-calamine + the package fingerprint) against openpyxl
   in read-only and in normal mode, on the same files.
2. The demo pipeline: forms, collect and check, aggregate, build.
3. A campaign scaled to 200 commune-level units: the same stages, and peak memory of check and build.
"""

from __future__ import annotations

import shutil
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from openpyxl import load_workbook

from cchc_core.campaign import Campaign
from cchc_core.collect.inbox import list_inbox
from cchc_core.config import default_text, parse
from cchc_core.demo.figures import demo_values
from cchc_core.demo.run import run_demo
from cchc_core.forms.filler import fill_form
from cchc_core.forms.workbook_read import read
from cchc_core.model.collector import ReadContext

WORK = Path(__file__).parent / ".work"
ROWS: list[tuple[str, str, str]] = []


def timed(
    label: str, action: Callable[[], object], *, repeat: int = 1, per: int = 1, unit: str = "s"
) -> object:
    """Run ``action`` ``repeat`` times; record the median (per item when ``per`` > 1)."""
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - start)
    median = statistics.median(times) / per
    shown = f"{median * 1000:.1f} ms" if unit == "ms" else f"{median:.2f} s"
    ROWS.append((label, shown, f"median of {repeat}" if repeat > 1 else "one run"))
    return result


def peak(label: str, action: Callable[[], object]) -> object:
    """Record the peak Python memory of ``action``."""
    tracemalloc.start()
    result = action()
    _, top = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    ROWS.append((label, f"{top / 2**20:.0f} MB", "tracemalloc peak"))
    return result


def readers(campaign: Campaign, copies: int) -> None:
    """Read ``copies`` filled commune forms with each reader."""
    folder = WORK / "readers"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    values = demo_values(campaign.config)["xa_huong_lap"]
    source = fill_form(campaign.forms_dir / "xa_huong_lap.xlsx", folder / "mau.xlsx", values)
    for index in range(copies):
        shutil.copy(source, folder / f"xa-huong-lap-{index:03d}.xlsx")
    source.unlink()
    files = [f for f in list_inbox(folder, campaign.config).files]
    import attrs

    files = [attrs.evolve(f, kind="xlsx") for f in files]
    context = ReadContext(campaign.catalogue, campaign.config)
    size = files[0].size // 1024
    timed(
        f"read one form ({size} KB), cchc reader (calamine)",
        lambda: [read(f, context) for f in files],
        repeat=3,
        per=len(files),
        unit="ms",
    )
    timed(
        "read one form, openpyxl read-only (values only)",
        lambda: [
            list(load_workbook(f.path, read_only=True, data_only=True)["III"].values) for f in files
        ],
        repeat=3,
        per=len(files),
        unit="ms",
    )
    timed(
        "read one form, openpyxl normal mode (values only)",
        lambda: [list(load_workbook(f.path, data_only=True)["III"].values) for f in files],
        repeat=3,
        per=len(files),
        unit="ms",
    )


def scaled_config(communes: int) -> str:
    """Hướng Hóa's settings with ``communes`` synthetic commune-level units."""
    text = default_text()
    head, _, _ = text.partition('[[units]]\nid = "tt_khe_sanh"')
    head = head.replace('as_of = ""', "as_of = 2020-05-26").replace("demo = false", "demo = true")
    units = "".join(
        f'[[units]]\nid = "xa_{i:03d}"\nname = "Xã Thử {i:03d}"\nkind = "commune"\n\n'
        for i in range(communes)
    )
    tasks = text[text.index("# ----- Nhiệm vụ") :]
    return head + units + tasks


def scaled(communes: int) -> None:
    """Forms, fill, check, build for a campaign with ``communes`` commune-level units."""
    folder = WORK / f"scaled-{communes}"
    shutil.rmtree(folder, ignore_errors=True)
    campaign = Campaign.new(folder, config_text=scaled_config(communes))
    timed(f"{communes + 13} units: write all forms", campaign.forms)
    sample = demo_values(parse(default_text()))  # the demo's offices, Hướng Lập for communes
    for unit in campaign.config.units:
        values = sample["xa_huong_lap"] if unit.is_commune_level else sample.get(unit.id)
        if values is not None:
            fill_form(
                campaign.forms_dir / f"{unit.id}.xlsx",
                campaign.inbox_dir / f"{unit.name}.xlsx",
                values,
            )
    check = timed(f"{communes + 13} units: collect and check", campaign.check)
    timed(f"{communes + 13} units: aggregate", lambda: campaign.aggregate(check))
    timed(f"{communes + 13} units: build every output", lambda: campaign.build(check))
    peak(f"{communes + 13} units: memory of collect and check", campaign.check)
    peak(f"{communes + 13} units: memory of build", lambda: campaign.build(check))


def demo() -> Campaign:
    """The embedded demo, stage by stage."""
    folder = WORK / "demo"
    shutil.rmtree(folder, ignore_errors=True)
    timed("demo: whole `cchc demo` (34 units, 60 files)", lambda: run_demo(folder))
    campaign = Campaign.open(folder)
    timed("demo: write all forms (27 workbooks, 34 outlines)", campaign.forms)
    check = timed("demo: collect and check 60 files", campaign.check, repeat=3)
    timed("demo: aggregate", lambda: campaign.aggregate(check), repeat=3)
    timed("demo: build every output", lambda: campaign.build(check), repeat=3)
    return campaign


def main() -> None:
    WORK.mkdir(parents=True, exist_ok=True)
    campaign = demo()
    readers(campaign, copies=100)
    scaled(200)
    print(f"Python {sys.version.split()[0]}")
    print("| what | figure | how |")
    print("|---|---|---|")
    for row in ROWS:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
