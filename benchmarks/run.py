"""Speed and memory of cchc's stages: ``make bench`` (the demo district and a campaign of 400
units) and ``make bench-large`` (11,000 units, a country's communes in one campaign).

Each stage runs in its own process (``stage.py``); its wall time, CPU time (user + system, the
process and the workers it waited for) and peak RSS come from ``os.wait4``, the kernel's account of
that child, not from tracemalloc. Prints a Markdown table; docs/performance.md quotes it.

Forms and inboxes are made once and cached under ``benchmarks/.work`` (the forms stage of a cached
campaign shows the figures measured when it was made).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).parent
WORK = HERE / ".work"
ROWS: list[tuple[str, ...]] = []


def child(*args: str) -> tuple[float, float, float, dict[str, float]]:
    """Run ``args`` in a child process: (wall s, CPU s, peak RSS MB, what it printed as JSON)."""
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, *args], stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    printed = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - start
    if process.returncode:
        raise SystemExit(f"{' '.join(args)} failed ({process.returncode})")
    lines = printed.strip().splitlines()
    inner = json.loads(lines[-1]) if lines and lines[-1].startswith("{") else {}
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, inner


def stage(label: str, name: str, folder: Path) -> dict[str, float]:
    """Run one stage of ``stage.py`` and record its row."""
    wall, cpu, rss, inner = child(str(HERE / "stage.py"), name, str(folder))
    steps = ", ".join(f"{k} {v:.2f} s" for k, v in inner.items() if k != "files")
    ROWS.append((label, name, f"{wall:.2f}", f"{cpu:.2f}", f"{rss:.0f}", steps))
    return inner


def campaign_stages(units: int, *, prepare_only: bool = False) -> None:
    """Forms (cached), then check, status and build of a synthetic campaign of ``units``."""
    folder = WORK / f"units-{units}"
    label = f"{units:,} units"
    record = folder / ".forms.json"
    if record.exists():
        ROWS.append(tuple(json.loads(record.read_text())))
    else:
        child(str(HERE / "stage.py"), "create", str(folder), str(units))
        stage(label, "forms", folder)
        ROWS[-1] = (*ROWS[-1][:-1], ROWS[-1][-1] + " (made once, cached)")
        child(str(HERE / "stage.py"), "fill", str(folder))
        record.write_text(json.dumps(ROWS[-1]))
    if prepare_only:
        return
    for name in ("check", "status", "build"):
        stage(label, name, folder)
    inner = stage(label, "readers", folder)
    ratio = inner["cchc reader"] / inner["calamine alone"]
    files = inner["files"]
    per, alone = inner["cchc reader"] / files * 1000, inner["calamine alone"] / files * 1000
    whole = inner["cchc reader, whole rounds"] / files * 1000
    whole_alone = inner["calamine alone, whole rounds"] / files * 1000
    ROWS[-1] = (
        *ROWS[-1][:-1],
        f"{int(files)} forms, a form: file by file, cchc {per:.2f} ms, calamine alone "
        f"{alone:.2f} ms ({ratio:.2f}×); whole rounds, {whole:.2f} and {whole_alone:.2f} ms "
        f"({whole / whole_alone:.2f}×)",
    )


def district() -> None:
    """The embedded demo: ``cchc --help``, then check, status and build of its inbox."""
    folder = WORK / "demo"
    if not (folder / ".ready").exists():
        child(str(HERE / "stage.py"), "demo", str(folder))
        (folder / ".ready").touch()
    wall, cpu, rss, _ = child("-m", "cchc_core", "--help")
    ROWS.append(
        ("district (demo, 34 units)", "cchc --help", f"{wall:.2f}", f"{cpu:.2f}", f"{rss:.0f}", "")
    )
    for name in ("check", "status", "build"):
        stage("district (demo, 34 units)", name, folder)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--large", action="store_true", help="11,000 units instead of 400")
    parser.add_argument("--prepare", action="store_true", help="only write and cache the forms")
    options = parser.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    if options.large:
        campaign_stages(11_000, prepare_only=options.prepare)
    else:
        district()
        campaign_stages(400)
    print(f"Python {platform.python_version()}, {os.cpu_count()} cores, {platform.machine()}")
    print("| campaign | stage | wall s | CPU s | peak RSS MB | inside the stage |")
    print("|---|---|---|---|---|---|")
    for row in ROWS:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
