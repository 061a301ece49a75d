"""``cchc plugin new``: a plugin for report 3.8, written into a folder, installed into a throwaway
virtual environment beside the core, and seen by ``cchc plugins``, ``forms`` and ``build``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from cchc_core import Campaign
from cchc_core.cli import main
from cchc_core.forms.filler import fill_form
from cchc_core.plugin.manager import ONLY_ENV
from cchc_core.testing import SAMPLE_CONFIG, docx_text

TITLE = "Công tác dân vận chính quyền"


def new_plugin(parent: Path, *args: str) -> CliRunner:
    return CliRunner().invoke(
        main,
        [
            "plugin",
            "new",
            "dan-van",
            "--office",
            "noi_vu",
            "--title",
            TITLE,
            "-o",
            str(parent),
            *args,
        ],
    )


def test_the_scaffold_takes_free_numbers_and_refuses_taken_ones(tmp_path):
    taken = new_plugin(tmp_path, "--report", "3.7")
    assert taken.exit_code == 2
    assert "Báo cáo 3.7 đã có plugin khác dùng" in taken.output and "3.8" in taken.output
    unknown = CliRunner().invoke(
        main, ["plugin", "new", "x", "--office", "noi_vuu", "--title", "X", "-o", str(tmp_path)]
    )
    assert unknown.exit_code == 2 and "Không có đơn vị id = “noi_vuu”" in unknown.output
    made = new_plugin(tmp_path, "--json")
    assert json.loads(made.output)["report"] == "3.8"
    source = (tmp_path / "cchc-dan-van" / "src" / "cchc_dan_van" / "__init__.py").read_text()
    assert 'section="VIII"' in source and '"P1.II.7"' in source and 'hook_api="1.0"' in source
    again = new_plugin(tmp_path)
    assert again.exit_code == 2 and "đã có" in again.output


def test_a_second_new_report_passes_over_the_district_report_s_number(fake_distribution, tmp_path):
    # Hướng Hóa's plan: 3.8 is "other specialist reports" (open to new plugins), 3.9 the district's
    # own report. With a 3.8 plugin installed, the next report is 3.10, and 3.9 is refused by name
    fake_distribution(
        "cchc-chuyen-de-khac",
        "chuyen_de_khac",
        """
        from cchc_core import hookimpl, Domain

        @hookimpl
        def cchc_domains(register):
            register(Domain(key="thi_dua", title="Thi đua", report_title="Báo cáo thi đua",
                            owner="noi_vu", slug="thi-dua", report_number="3.8"))
        """,
    )
    listed = CliRunner().invoke(main, ["plugins"])
    assert "còn trống: 3.10 (3.9 là số của nhiệm vụ “Xây dựng báo cáo tổng kết của UBND huyện”" in (
        listed.output
    )
    district = new_plugin(tmp_path, "--report", "3.9")
    assert district.exit_code == 2
    assert "Số 3.9 là số của nhiệm vụ “Xây dựng báo cáo tổng kết của UBND huyện”" in district.output
    assert "Số còn trống: 3.10" in district.output
    made = new_plugin(tmp_path, "--json")
    assert made.exit_code == 0, made.output
    assert json.loads(made.output)["report"] == "3.10"


def test_a_cchc_toml_older_than_the_mark_still_opens_other_reports_to_new_plugins(tmp_path):
    from cchc_core import config as config_module
    from cchc_core.plugin.catalogue import build
    from cchc_core.plugin.manager import make_plugin_manager
    from cchc_core.plugin.numbering import numbers_in_use

    text = config_module.default_text().replace("new_reports = true\n", "")
    tasks = config_module.parse(text).tasks
    assert not any(t.new_reports for t in tasks)
    used = numbers_in_use(build(make_plugin_manager()), tasks)
    assert used.free_report == "3.8" and "3.9" in used.plan_tasks and "3.8" not in used.plan_tasks


def _throwaway_venv(folder: Path) -> Path:
    """A virtual environment that sees this one's packages (the core, pytest) through a .pth
    file, and installs its own: the new plugin goes there, not into the project's .venv."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(folder)], check=True)
    python = folder / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    target = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    ours = sysconfig.get_paths()["purelib"]
    Path(target, "cchc_core_env.pth").write_text(f"import site; site.addsitedir({ours!r})\n")
    return python


@pytest.mark.venv
def test_the_scaffold_installs_and_reaches_every_output(tmp_path):
    made = new_plugin(tmp_path)
    assert made.exit_code == 0, made.output
    folder = tmp_path / "cchc-dan-van"
    python = _throwaway_venv(tmp_path / "venv")
    installed = subprocess.run(
        # hatchling comes from the project's environment (a dev dependency): no download, so the
        # test runs offline and does not pay for a build environment each time
        [
            str(python),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            str(folder),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert installed.returncode == 0, installed.stderr
    env = {**os.environ, ONLY_ENV: "dan_van"}  # the core and the new plugin: a quick campaign
    env.pop("PYTHONPATH", None)

    def cchc(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [str(python), "-m", "cchc_core", *args], capture_output=True, text=True, env=env
        )

    listed = json.loads(cchc("plugins", "--json").stdout)
    [plugin] = [p for p in listed["plugins"] if p["name"] == "dan_van"]
    assert plugin["distribution"] == "cchc-dan-van"
    assert plugin["reports"] == [f"3.8 {TITLE}"]
    assert listed["failures"] == []

    campaign = Campaign.new(tmp_path / "dot", config_text=SAMPLE_CONFIG)
    assert cchc("forms", str(campaign.root), "-q").returncode == 0
    form = campaign.forms_dir / "xa_lia.xlsx"
    assert "VIII" in load_workbook(form).sheetnames
    fill_form(
        form,
        campaign.inbox_dir / "Xã Lìa.xlsx",
        {("dan_van_trien_khai", "2019"): 6, ("dan_van_hoan_thanh", "2019"): 4},
    )
    built = cchc("build", str(campaign.root), "--json")
    outputs = {
        Path(p).relative_to(campaign.output_dir).as_posix()
        for p in json.loads(built.stdout)["outputs"]
    }
    assert "chuyen-de/3.8-dan-van.docx" in outputs
    specialist = docx_text(campaign.output_dir / "chuyen-de" / "3.8-dan-van.docx")
    assert "Số nhiệm vụ đã hoàn thành năm 2019 là 4 nhiệm vụ" in " ".join(specialist)
    assert f"7. {TITLE}" in docx_text(campaign.output_dir / "bao-cao-tong-ket-cchc.docx")
    appendix = load_workbook(campaign.output_dir / "phu-luc-1-thong-ke.xlsx")["Phụ lục 1"]
    labels = [row[1] for row in appendix.iter_rows(values_only=True)]
    assert "Số nhiệm vụ đã hoàn thành" in labels

    # the plugin's own tests pass at once (its report test builds like the build above: skipped
    # here for time)
    tests = subprocess.run(
        [
            str(python),
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-k",
            "not report",
            str(folder),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert tests.returncode == 0, tests.stdout
    assert "2 passed, 1 deselected" in tests.stdout
