"""Shared test helpers: fake installed distributions, so discovery is tested through entry points;
the hypothesis profiles of ``make test`` (bounded) and ``make fuzz`` (long). Only the project's own
plugins are loaded, whatever else is installed: ``cchc_only_plugins`` in pyproject.toml."""

from __future__ import annotations

import importlib
import os
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from cchc_core.plugin.manager import ONLY_ENV

# make test: a bounded, repeatable run (same examples every time, a few seconds in all);
# make fuzz: CCHC_FUZZ=1, many more random examples, failures remembered in .hypothesis/
settings.register_profile(
    "bounded",
    max_examples=60,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
settings.register_profile(
    "fuzz",
    max_examples=3000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
settings.load_profile("fuzz" if os.environ.get("CCHC_FUZZ") else "bounded")

# one process a test: pytest-xdist already runs a test on each core, and a campaign's pool inside
# it doubled the processes; its forks raised the suite's CPU time by a quarter. The tests of the
# pool itself, of a build on it and of Ctrl-C through it ask for two workers themselves
os.environ.setdefault("CCHC_WORKERS", "1")


@pytest.fixture
def fake_distribution(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[..., str]:
    """Install a throw-away distribution with one ``cchc`` entry point on ``sys.path``.

    ``fake_distribution("cchc-broken", "broken", "raise ImportError('x')")`` writes a module and a
    ``.dist-info`` folder that ``importlib.metadata`` discovers exactly as it does a pip install;
    ``entry_object="plugin"`` points the entry point at an object of the module (a FieldPlugin).
    The plugin is added to the plugins the test may load. Returns the module name.
    """
    site = tmp_path / "site"
    site.mkdir(exist_ok=True)
    monkeypatch.syspath_prepend(str(site))

    def make(
        distribution: str,
        entry_name: str,
        source: str,
        version: str = "9.9",
        entry_object: str = "",
    ) -> str:
        module = f"fake_{entry_name}_plugin"
        (site / f"{module}.py").write_text(textwrap.dedent(source), encoding="utf-8")
        info = site / f"{distribution.replace('-', '_')}-{version}.dist-info"
        info.mkdir()
        (info / "METADATA").write_text(
            f"Metadata-Version: 2.1\nName: {distribution}\nVersion: {version}\n", encoding="utf-8"
        )
        (info / "entry_points.txt").write_text(
            f"[cchc]\n{entry_name} = {module}{':' if entry_object else ''}{entry_object}\n",
            encoding="utf-8",
        )
        importlib.invalidate_caches()
        sys.modules.pop(module, None)
        allowed = os.environ.get(ONLY_ENV, "")
        monkeypatch.setenv(ONLY_ENV, f"{allowed},{entry_name}" if allowed else entry_name)
        return module

    return make


def plan_tasks_tables() -> str:
    """The ``[commendations]``, ``[conference]`` and ``[plan_2030]`` tables of the default
    ``cchc.toml`` (tasks 4, 5 and 6), to add to a test campaign's configuration."""
    from cchc_core.config import default_text

    lines = default_text().splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("# ----- Nhiệm vụ 4"))
    end = next(
        (
            i
            for i, line in enumerate(lines[start + 1 :], start + 1)
            if line.startswith("# -----") and "Nhiệm vụ" not in line
        ),
        len(lines),
    )
    return "\n".join(lines[start:end]) + "\n"


@pytest.fixture(scope="session")
def tasks_config() -> str:
    """The sample campaign with tasks 4-6 configured and one office that reports no Phụ lục 1 row
    (Phòng Y tế), so its workbook holds only the nominations sheet."""
    from cchc_core.testing import SAMPLE_CONFIG

    office = '\n[[units]]\nid = "y_te"\nname = "Phòng Y tế"\nkind = "office"\n'
    return SAMPLE_CONFIG + "\n" + plan_tasks_tables() + office


@pytest.fixture(scope="session")
def new_tasks_campaign(tmp_path_factory: pytest.TempPathFactory, tasks_config: str) -> Callable:
    """Factory: a fresh campaign of ``tasks_config`` with its blank forms (written once per
    session, then copied)."""
    import shutil

    from cchc_core.campaign import Campaign
    from cchc_core.testing import SampleCampaign

    forms: list[Path] = []

    def make() -> SampleCampaign:
        root = tmp_path_factory.mktemp("tasks") / "dot"
        campaign = SampleCampaign(Campaign.new(root, config_text=tasks_config))
        if not forms:
            campaign.forms()
            forms.append(campaign.forms_dir)
        else:
            shutil.copytree(forms[0], campaign.forms_dir, dirs_exist_ok=True)
        return campaign

    return make


@pytest.fixture(scope="session")
def libreoffice(tmp_path_factory: pytest.TempPathFactory) -> Callable[[Path, str], Path]:
    """``libreoffice(file, "xlsx")``: the file as LibreOffice saves it (one profile for the
    session, so only the first conversion pays for LibreOffice's start-up). Skips the test where
    LibreOffice is not installed."""
    import shutil
    import subprocess

    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice is not installed")
    profile = tmp_path_factory.mktemp("lo-profile")

    def convert(file: Path, to: str) -> Path:
        out = tmp_path_factory.mktemp("lo-out")
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation={profile.as_uri()}",
                "--headless",
                "--convert-to",
                to,
                "--outdir",
                str(out),
                str(file),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
        return out / f"{file.stem}.{to.split(':')[0]}"

    return convert


#: the small campaign the task outputs are checked on (hand-checked figures in the tests)
RECEIVED = (2020, 5, 19, 9, 0)


@pytest.fixture(scope="session")
def tasks_built(new_tasks_campaign: Callable, tmp_path_factory: pytest.TempPathFactory) -> Any:
    """A campaign of ``tasks_config`` with nominations, conference dates and proposals submitted,
    checked, and the outputs of tasks 4-6 rendered: ``(campaign, dataset, status, folder)``.

    Communes: Khe Sanh resolved 200 dossiers in 2019, 190 on time, held its conference on 12/5;
    Hướng Lập 100 of 100, has not held one; Lìa's form breaks a rule (an error) and it held its
    conference on 18/5. Phòng Nội vụ sends its form; the other offices send nothing.
    """
    from datetime import datetime

    from cchc_core import Paragraph
    from cchc_core.documents.plan_tasks import task_outputs

    campaign = new_tasks_campaign()
    dossiers = {"tt_khe_sanh": (200, 190), "xa_huong_lap": (100, 100), "xa_lia": (50, 60)}
    for unit, (resolved, on_time) in dossiers.items():
        campaign.submit(
            unit,
            {
                ("hs_tiep_nhan_xa", "2019"): resolved,
                ("hs_da_giai_quyet_xa", "2019"): resolved,
                ("hs_dung_han_xa", "2019"): on_time,
            },
            nominations=NOMINATIONS.get(unit, ()),
        )
    campaign.submit("noi_vu", {("cd_kiem_tra", "2019"): 12}, nominations=NOMINATIONS["noi_vu"])
    campaign.submit("van_phong", {("hl_muc_do", "2019"): 86.9})
    conferences = {
        "tt_khe_sanh": "12/5/2020",
        "xa_huong_lap": "Chưa tổ chức",
        "xa_lia": "18/5/2020",
    }
    shared = "Đầu tư đường truyền internet cho các xã vùng cao"
    proposals = {
        "noi_vu": {"P2.I.3": [Paragraph("- Sắp xếp cán bộ dôi dư sau sáp nhập;")]},
        "tt_khe_sanh": {"P2.I.6": [Paragraph(f"- {shared};")]},
        "xa_lia": {"P2.I.6": [Paragraph(f"{shared.lower()}.")]},
        "kinh_te_ha_tang": {"P2.I.6": [Paragraph("- Duy trì hệ thống ISO 9001:2015 ở cấp xã.")]},
        # a report with no text at all is a blank form sent back, not a delivery
        "xa_huong_lap": {"P1.I.1": [Paragraph("Đã ban hành kế hoạch triển khai.")]},
    }
    for unit in ("noi_vu", "kinh_te_ha_tang", "tt_khe_sanh", "xa_huong_lap", "xa_lia"):
        campaign.submit_outline(unit, proposals.get(unit, {}), conference=conferences.get(unit))
    for file in campaign.inbox_dir.iterdir():  # recorded in the receipt register as received
        campaign.received_on(file, datetime(*RECEIVED))
    check = campaign.check()
    dataset = campaign.aggregate(check)
    status = campaign.status(check=check)
    folder = tmp_path_factory.mktemp("task-outputs")
    for target, write in task_outputs(dataset, status):
        write(folder / target)

    return campaign, dataset, status, folder


NOMINATIONS: dict[str, tuple[dict[str, str], ...]] = {
    "tt_khe_sanh": (
        {
            "kind": "Tập thể",
            "name": "Bộ phận một cửa UBND thị trấn Khe Sanh",
            "achievement": "Giải quyết đúng hạn 95% hồ sơ năm 2019 {{ 7*7 }} <b>&</b>",
            "form": "Bằng khen của Chủ tịch UBND tỉnh",
        },
    ),
    "xa_lia": (
        {
            "kind": "Cá nhân",
            "name": "Hồ Văn Pả",
            "position": "Chủ tịch UBND xã Lìa",
            "achievement": "Chỉ đạo sáp nhập hai xã",
            "form": "Giấy khen của Chủ tịch UBND huyện",
        },
        {"kind": "Cá nhân", "name": "Pả Thị Lan", "achievement": "=SUM(A1)", "form": ""},
    ),
    "noi_vu": (
        {
            "kind": "Cá nhân",
            "name": "Hồ Văn Pả",
            "position": "Chủ tịch UBND xã Lìa",
            "achievement": "- Chỉ đạo cải cách hành chính;",
            "form": "Bằng khen của Chủ tịch UBND tỉnh",
        },
        {
            "kind": "Cá nhân",
            "name": "Lê Thị Hà",
            "position": "Chuyên viên Phòng Nội vụ",
            "achievement": "Tham mưu bộ tiêu chí Chỉ số CCHC",
            "form": "Giấy khen của Chủ tịch UBND huyện",
        },
    ),
}


#: the test files that take longest (several seconds each), run first: ``make test`` hands whole
#: files to one worker per core, in collection order (``--no-loadscope-reorder``), and a long
#: file handed out last keeps one core busy while the other waits (the scaffold's 10 s test came
#: last when pytest-xdist ordered files by their number of tests)
LONGEST_FIRST = (
    "test_demo.py",
    "test_scaffold.py",
    "test_cli_terminal.py",
    "test_collect_check.py",
    "test_campaign_month.py",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Put the longest test files first (the sort is stable: each file keeps its order)."""
    rank = {name: place for place, name in enumerate(LONGEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))
