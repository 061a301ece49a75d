"""The command line's basics: version, help without heavy imports, the plugin listing."""

from __future__ import annotations

import json
import subprocess
import sys

from click.testing import CliRunner

from cchc_core import __version__
from cchc_core.cli import main


def test_version():
    result = CliRunner().invoke(main, ["--version"])
    assert result.exit_code == 0
    assert result.output.strip() == f"cchc {__version__}"


def test_help_is_vietnamese_and_does_not_import_heavy_libraries():
    code = (
        "import sys\n"
        "from cchc_core.cli import main\n"
        "try:\n"
        "    main(['--help'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "heavy = [m for m in ('openpyxl', 'docxtpl', 'docx', 'matplotlib', 'rich', 'python_calamine')"
        " if m in sys.modules]\n"
        "print('HEAVY=' + ','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "tổng kết cải cách hành chính" in out.stdout
    assert "HEAVY=\n" in out.stdout


def test_plugins_json_lists_every_plugin_with_its_hooks_and_reports():
    result = CliRunner().invoke(main, ["plugins", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    by_name = {p["name"]: p for p in data["plugins"]}
    assert by_name["the_che"]["distribution"] == "cchc-the-che"
    # a declarative plugin implements all eight hooks; the list names those it gives through
    assert by_name["the_che"]["hooks"] == [
        "cchc_domains",
        "cchc_indicators",
        "cchc_outline",
        "cchc_report_context",
        "cchc_rules",
        "cchc_targets",
    ]
    assert by_name["cchc.collectors"]["hooks"] == ["cchc_collectors"]
    assert by_name["the_che"]["reports"] == ["3.1 Cải cách thể chế"]
    assert by_name["tthc"]["targets"] == 2
    table = CliRunner().invoke(main, ["plugins"]).output
    assert "11 đề mục; 2 mục tiêu" in table  # tthc's contributions, targets included
    assert by_name["cchc.outline"]["builtin"] is True
    assert data["failures"] == []


def test_plugins_lists_a_broken_plugin_beside_the_others(fake_distribution):
    fake_distribution("cchc-broken", "broken", "import khong_ton_tai")
    result = CliRunner().invoke(main, ["plugins"])
    assert result.exit_code == 1
    assert "cchc-broken" in result.output
    assert "khong_ton_tai" in result.output
    assert "the_che" in result.output
