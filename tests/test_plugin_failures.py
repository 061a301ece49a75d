"""A plugin's failures are visible and its own: conflicts judged without regard to load order, a
plugin's mistakes named with the file and line, every command saying which plugin failed, a build
showing the part it lost."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from cchc_core import Campaign, hookimpl
from cchc_core.cli import main
from cchc_core.plugin.catalogue import build
from cchc_core.plugin.manager import ONLY_ENV, make_plugin_manager
from cchc_core.testing import docx_text

#: a newcomer that claims report 3.7 and section VII, which hien_dai_hoa owns
CLAIMS_3_7 = """
from cchc_core import Domain, FieldPlugin, Heading, Indicator, Reporters, Section

plugin = FieldPlugin(
    domains=(Domain(key="oops_dom", title="Thử", report_title="Báo cáo thử", owner="noi_vu",
                    slug="oops", report_number="3.7", outline="P1.II.9", sections=("VII",)),),
    sections=(Section("VII", "Mục thử", compiler="Phòng Nội vụ", order=95),),
    indicators=(Indicator("oops_a", "Dòng thử", section="VII", domain="oops_dom",
                          reporters=Reporters(communes=True)),),
    headings=(Heading("P1.II.9", "Thử", "oops_dom", parent="P1.II", number="9.", order=9),),
)
"""

#: a plugin of its own (report 3.8), with a report function that raises
RAISES_IN_REPORT = """
from cchc_core import Domain, FieldPlugin, Heading, Indicator, Reporters, Section

def report(narrator):
    return narrator.trend("loi_a") / 0

plugin = FieldPlugin(
    domains=(Domain(key="loi", title="Thử lỗi", report_title="Báo cáo thử lỗi", owner="noi_vu",
                    slug="loi", report_number="3.8", outline="P1.II.8", sections=("VIII",)),),
    sections=(Section("VIII", "Mục thử", compiler="Phòng Nội vụ", order=95),),
    indicators=(Indicator("loi_a", "Dòng thử", section="VIII", domain="loi",
                          reporters=Reporters(communes=True)),),
    headings=(Heading("P1.II.8", "Thử lỗi", "loi", parent="P1.II", number="8.", order=8),),
    reports={"loi": report},
)
"""


def failures_by_plugin(pm):
    return {f.plugin: f.reason for f in pm.failures}


def test_outside_a_campaign_neither_conflicting_plugin_wins(fake_distribution):
    fake_distribution("cchc-oops", "oops_dom", CLAIMS_3_7, entry_object="plugin")
    result = CliRunner().invoke(main, ["plugins", "--json"])
    assert result.exit_code == 1
    reasons = {f["plugin"]: f["reason"] for f in json.loads(result.output)["failures"]}
    assert set(reasons) == {"oops_dom", "hien_dai_hoa"}  # both named, in both directions
    assert (
        "báo cáo 3.7" in reasons["hien_dai_hoa"] and "mục Phụ lục 1 VII" in reasons["hien_dai_hoa"]
    )
    assert "CCHC_DISABLE_PLUGINS=oops_dom" in reasons["hien_dai_hoa"]


def test_in_a_campaign_the_plugin_its_forms_were_made_with_stays(cchc_campaign, fake_distribution):
    sample = cchc_campaign()  # forms made with the six plugins
    fake_distribution("cchc-oops", "oops_dom", CLAIMS_3_7, entry_object="plugin")
    campaign = Campaign.open(sample.root)
    catalogue = campaign.catalogue
    reasons = failures_by_plugin(campaign.plugin_manager)
    assert list(reasons) == ["oops_dom"]
    assert (
        "đã dùng để lập biểu mẫu" in reasons["oops_dom"] and "hien_dai_hoa" in reasons["oops_dom"]
    )
    assert catalogue.domain("hien_dai_hoa").report_number == "3.7"
    assert [d.report_number for d in catalogue.domains].count("3.7") == 1


def test_a_plugin_cut_off_by_a_conflict_does_not_break_the_build(fake_distribution, tmp_path):
    # a plugin adding a row to hien_dai_hoa's section VII loses it when hien_dai_hoa is set aside
    fake_distribution("cchc-oops", "oops_dom", CLAIMS_3_7, entry_object="plugin")
    fake_distribution(
        "cchc-rider",
        "rider",
        """
        from cchc_core import FieldPlugin, Indicator, Reporters
        plugin = FieldPlugin(indicators=(Indicator("rider_a", "Dòng thêm", section="VII",
            domain="hien_dai_hoa", reporters=Reporters(communes=True)),))
        """,
        entry_object="plugin",
    )
    pm = make_plugin_manager()
    catalogue = build(pm)
    reasons = failures_by_plugin(pm)
    assert "đang bị tạm bỏ" in reasons["rider"] and "hien_dai_hoa" in reasons["rider"]
    assert not catalogue.has_indicator("rider_a")
    assert all(catalogue.has_heading(d.outline) for d in catalogue.domains if d.outline)


def test_a_misspelled_owner_office_sets_aside_that_plugin_only(cchc_campaign, fake_distribution):
    sample = cchc_campaign()
    fake_distribution(
        "cchc-typo-office",
        "typo_office",
        """
        from cchc_core import Domain, FieldPlugin, Heading

        plugin = FieldPlugin(
            domains=(Domain(key="dv", title="Dân vận", report_title="Dân vận", slug="dv",
                            owner="noi_vuu", report_number="3.8", outline="P1.II.8"),),
            headings=(Heading("P1.II.8", "Dân vận", "dv", parent="P1.II", number="8."),),
        )
        """,
        entry_object="plugin",
    )
    sample.submit("xa_lia", {("hs_tiep_nhan_xa", "2019"): 12})
    result = CliRunner().invoke(main, ["check", str(sample.root)])
    assert result.exit_code == 0, result.output  # the campaign runs
    [line] = [line for line in result.stderr.splitlines() if line.startswith("Plugin lỗi")]
    assert "cchc-typo-office (typo_office)" in line
    assert "không có đơn vị id = “noi_vuu” trong cchc.toml (có phải là “noi_vu”?)" in line
    assert "site/fake_typo_office_plugin.py, dòng 6" in line  # where the plugin names it


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (  # pluggy would say "Argument(s) {'narator'} ... can not be found in the hookspec"
            """
            from cchc_core import hookimpl

            @hookimpl
            def cchc_report_context(domain, narator):
                return None
            """,
            "cchc_report_context (site/fake_p_plugin.py, dòng 4) nhận tham số “narator” mà hook "
            "không có (có phải là “narrator”?)",
        ),
        (
            """
            from cchc_core import hookimpl

            @hookimpl
            def cchc_domains(register):
                pass

            def cchc_rules(register):
                pass
            """,
            "hàm cchc_rules (site/fake_p_plugin.py, dòng 8) thiếu @hookimpl",
        ),
        (
            """
            from cchc_core import hookimpl

            @hookimpl
            def cchc_rules(register=None):
                pass
            """,
            "tham số “register” có giá trị mặc định",
        ),
        (
            """
            from cchc_core import Indicator, Reporters

            ROW = Indicator("hs_xa_tiep", "Hồ sơ", section="III", domain="tthc",
                            reporters=Reporters(communes=True))
            """,
            "không nạp được: mã chỉ tiêu “hs_xa_tiep” chứa “_xa_”",
        ),
        (
            """
            from cchc_core import FieldPlugin
            plugin = FieldPlugin(hook_api="2.0")
            """,
            "plugin viết cho API hook 2.x, còn cchc-core này có API hook 1.0",
        ),
        (
            """
            from cchc_core import FieldPlugin
            plugin = FieldPlugin(hook_api="1.4")
            """,
            "plugin cần API hook 1.4 trở lên",
        ),
    ],
)
def test_a_plugin_authors_mistakes_are_told_in_vietnamese_with_the_place(
    fake_distribution, source, expected
):
    fake_distribution("cchc-p", "p", source, entry_object="plugin" if "plugin =" in source else "")
    pm = make_plugin_manager()
    [failure] = pm.failures
    assert failure.distribution == "cchc-p"
    assert expected in failure.reason
    assert "Argument(s)" not in failure.reason


def test_a_report_that_raises_leaves_a_visible_gap_and_fails_the_build(
    cchc_campaign, fake_distribution, monkeypatch
):
    fake_distribution("cchc-loi", "loi", RAISES_IN_REPORT, entry_object="plugin")
    monkeypatch.setenv(ONLY_ENV, "loi")  # the core and this plugin: a quick build
    sample = cchc_campaign()
    result = CliRunner().invoke(main, ["build", str(sample.root)])
    assert result.exit_code == 1, result.output
    assert "Báo cáo thiếu phần của plugin lỗi: loi (cchc-loi)" in result.stdout
    assert "Plugin lỗi: cchc-loi (loi), khi chạy cchc_report_context: TypeError" in result.stderr
    district = docx_text(sample.output_dir / "bao-cao-tong-ket-cchc.docx")
    heading = district.index("8. Thử lỗi")
    assert district[heading + 1].startswith("[Chưa có nội dung")  # the owner's text: not sent
    assert district[heading + 2].startswith("[Thiếu phần số liệu — plugin loi (cchc-loi) lỗi khi")
    assert "3.8-loi.docx" in result.stdout  # the rest of the build is there
    allowed = CliRunner().invoke(
        main, ["build", str(sample.root), "--json", "--allow-plugin-failures"]
    )
    assert allowed.exit_code == 0
    assert [f["plugin"] for f in json.loads(allowed.stdout)["plugin_failures"]] == ["loi"]


def test_a_check_that_raises_is_named_after_any_command(cchc_campaign, fake_distribution):
    fake_distribution(
        "cchc-validate",
        "validate_crash",
        """
        from cchc_core import hookimpl

        @hookimpl
        def cchc_validate(submission):
            raise KeyError("cc_giao")
        """,
    )
    sample = cchc_campaign()
    sample.submit("xa_lia", {("hs_tiep_nhan_xa", "2019"): 12})
    for command in ("check", "status"):
        result = CliRunner().invoke(main, [command, str(sample.root)])
        assert "Plugin lỗi: cchc-validate (validate_crash), khi chạy cchc_validate: KeyError" in (
            result.stderr
        ), command
    data = json.loads(CliRunner().invoke(main, ["check", str(sample.root), "--json"]).stdout)
    assert data["plugin_failures"][0]["distribution"] == "cchc-validate"


def test_installed_plugins_outside_the_test_kits_list_are_not_loaded(tmp_path, monkeypatch):
    site = tmp_path / "site"
    info = site / "cchc_extra-1.0.dist-info"
    info.mkdir(parents=True)
    (site / "fake_extra.py").write_text(CLAIMS_3_7, encoding="utf-8")
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: cchc-extra\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text("[cchc]\nextra = fake_extra:plugin\n")
    monkeypatch.syspath_prepend(str(site))
    data = json.loads(CliRunner().invoke(main, ["plugins", "--json"]).output)
    assert data["failures"] == []  # the conflicting extra plugin never reached this test
    assert "extra" not in {p["name"] for p in data["plugins"]}
    monkeypatch.delenv(ONLY_ENV)  # without the kit's list it would have been loaded
    pm = make_plugin_manager()
    build(pm)
    assert "extra" in failures_by_plugin(pm)


class _DeclarationRaises:
    @hookimpl
    def cchc_indicators(self, register):
        raise RuntimeError("bảng chỉ tiêu hỏng")


def test_a_plugin_set_aside_before_the_build_leaves_a_visible_gap(cchc_campaign, cchc_manager):
    from cchc_core.documents.build import RESULTS_HEADING, gather_contexts

    pm = cchc_manager(_DeclarationRaises())
    campaign = cchc_campaign(plugin_manager=pm, forms=False)
    dataset = campaign.aggregate()
    assert [f.plugin for f in pm.failures] == ["_DeclarationRaises"]
    contexts = gather_contexts(pm, dataset)
    owner = dataset.catalogue.heading(RESULTS_HEADING).domain
    [gap] = contexts[owner].blocks[RESULTS_HEADING]
    assert gap.style == "missing" and "plugin _DeclarationRaises" in gap.text
    assert "bảng chỉ tiêu hỏng" in gap.text and "chưa có trong báo cáo" in gap.text
