"""Each hook, exercised through a small plugin written with the raw hooks; and a check that no hook
is left without its own test here (as datasette's test_plugin_hooks_have_tests)."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

from cchc_core import (
    Collector,
    Const,
    Domain,
    Finding,
    Heading,
    Indicator,
    Location,
    Operator,
    Paragraph,
    ReportContext,
    Reporters,
    Rule,
    Section,
    Severity,
    Submission,
    SubmissionKind,
    Sum,
    Target,
    hookimpl,
)
from cchc_core.plugin import hookspecs

DAN_VAN = Domain(
    key="dan_van",
    title="Dân vận chính quyền",
    report_title="Báo cáo chuyên đề công tác dân vận chính quyền",
    owner="noi_vu",
    slug="dan-van",
    report_number="3.8",
)


def hook_names() -> list[str]:
    return [name for name in dir(hookspecs) if name.startswith("cchc_")]


def test_every_hook_has_a_test_of_its_own():
    source = Path(__file__).read_text(encoding="utf-8")
    tested = set(re.findall(r"^def test_hook_(cchc_\w+?)__", source, re.MULTILINE))
    assert set(hook_names()) == tested


def test_every_hook_spec_says_when_it_is_called_and_what_each_parameter_is():
    for name in hook_names():
        spec = getattr(hookspecs, name)
        doc = inspect.getdoc(spec) or ""
        assert "Called" in doc, name
        for parameter in inspect.signature(spec).parameters:
            assert f":param {parameter}:" in doc, (name, parameter)


class DomainsPlugin:
    @hookimpl
    def cchc_domains(self, register):
        register(DAN_VAN)


def test_hook_cchc_domains__a_new_report_number_is_in_the_catalogue(cchc_catalogue):
    catalogue = cchc_catalogue(DomainsPlugin())
    assert catalogue.domain("dan_van").report_number == "3.8"
    assert catalogue.domain("dan_van").report_filename == "3.8-dan-van.docx"


class IndicatorsPlugin(DomainsPlugin):
    @hookimpl
    def cchc_indicators(self, register):
        register(
            Section("VIII", "Lĩnh vực dân vận chính quyền", compiler="Phòng Nội vụ", order=80),
            Indicator(
                "dv_hoi_nghi",
                "Số hội nghị đối thoại với nhân dân",
                section="VIII",
                domain="dan_van",
                reporters=Reporters(communes=True),
                unit_label="hội nghị",
            ),
        )


def test_hook_cchc_indicators__the_rows_reach_each_communes_form(cchc_campaign, cchc_manager):
    from openpyxl import load_workbook

    from cchc_core.testing import xlsx_rows

    campaign = cchc_campaign(plugin_manager=cchc_manager(IndicatorsPlugin()))
    catalogue = campaign.catalogue
    assert [i.code for i in catalogue.section_rows("VIII")] == ["dv_hoi_nghi"]
    rows = xlsx_rows(campaign.forms_dir / "xa_huong_lap.xlsx", "VIII")
    assert any("Số hội nghị đối thoại với nhân dân" in str(cell) for row in rows for cell in row)
    assert "VIII" not in load_workbook(campaign.forms_dir / "noi_vu.xlsx").sheetnames


class OutlinePlugin(DomainsPlugin):
    @hookimpl
    def cchc_outline(self, register):
        register(Heading("P1.II.7", "Dân vận chính quyền", "dan_van", parent="P1.II", order=7))


def test_hook_cchc_outline__the_heading_hangs_under_part_one_ii(cchc_catalogue):
    catalogue = cchc_catalogue(OutlinePlugin())
    assert catalogue.heading_children("P1.II")[-1].key == "P1.II.7"
    assert catalogue.heading("P1.II.7").domain == "dan_van"


class RulesPlugin:
    @hookimpl
    def cchc_rules(self, register):
        register(
            Rule(
                "kiem_tra_toi_da_5",
                Sum("cd_kiem_tra"),
                Operator.LE,
                Const(5),
                severity=Severity.WARNING,
                message="{period}: kiểm tra {left} cơ quan, nhiều hơn {right}.",
            )
        )


def test_hook_cchc_rules__a_declared_rule_fires_on_a_submission(cchc_campaign, cchc_manager):
    campaign = cchc_campaign(plugin_manager=cchc_manager(RulesPlugin()))
    campaign.submit("noi_vu", {("cd_kiem_tra", "2018"): 9})
    [finding] = [f for f in campaign.check().findings if f.code == "rule.kiem_tra_toi_da_5"]
    assert finding.period == "2018" and "kiểm tra 9 cơ quan, nhiều hơn 5" in finding.message


class TargetsPlugin:
    @hookimpl
    def cchc_targets(self, register):
        register(
            Target(
                key="kiem_tra_it_nhat_10",
                label="Số cơ quan, đơn vị được kiểm tra CCHC trong năm",
                domain="chung",
                source="Kế hoạch CCHC năm 2019 của UBND huyện",
                operator=">=",
                threshold=10,
                year=2019,
                indicator="cd_kiem_tra",
            ),
        )


class BadTargetPlugin:
    @hookimpl
    def cchc_targets(self, register):
        register(
            Target(
                key="ma_sai",
                label="Một mục tiêu đo bằng mã không có",
                domain="chung",
                source="x",
                operator=">",
                threshold=1,
                year=2020,
                indicator="khong_co_ma_nay",
            ),
        )


def test_hook_cchc_targets__a_declared_target_is_judged_and_a_bad_one_reported(
    cchc_campaign, cchc_manager
):
    from cchc_core import Narrator

    pm = cchc_manager(TargetsPlugin(), BadTargetPlugin())
    campaign = cchc_campaign(plugin_manager=pm)
    assert [t.key for t in campaign.catalogue.targets] == ["kiem_tra_it_nhat_10"]
    # a plugin's mistake sets that plugin aside, with the reason
    [failure] = pm.failures
    assert failure.plugin == "BadTargetPlugin" and "khong_co_ma_nay" in failure.reason
    campaign.submit("noi_vu", {("cd_kiem_tra", "2019"): 7})
    [result] = Narrator(campaign.aggregate()).targets
    assert (result.verdict.value, result.value, result.when) == ("Chưa đạt", 7, "năm 2019")


def _read_text_export(file, context):
    unit = file.path.stem.split("-")[0]
    return Submission(unit=unit, kind=SubmissionKind.NARRATIVE, source=file, collector="txt")


class CollectorsPlugin:
    @hookimpl
    def cchc_collectors(self, register):
        register(
            Collector(
                name="txt",
                description="Tệp văn bản xuất từ phần mềm khác",
                accepts=lambda file: file.name.endswith(".txt"),
                read=_read_text_export,
                priority=10,
            )
        )


def test_hook_cchc_collectors__a_plugin_reader_takes_its_kind_of_file(cchc_campaign, cchc_manager):
    campaign = cchc_campaign(plugin_manager=cchc_manager(CollectorsPlugin()))
    (campaign.inbox_dir / "noi_vu-xuat.txt").write_text("xin chào", encoding="utf-8")
    collection = campaign.collect()
    [submission] = collection.submissions
    assert submission.collector == "txt" and submission.unit == "noi_vu"


class ValidatePlugin:
    @hookimpl
    def cchc_validate(self, submission):
        if submission.kind is SubmissionKind.FORM:
            yield Finding(
                "dan_van.kiem_tra",
                Severity.WARNING,
                "Kiểm tra riêng của Phòng Nội vụ.",
                location=Location(submission.source.name),
            )


def test_hook_cchc_validate__findings_of_code_join_the_check(cchc_campaign, cchc_manager):
    campaign = cchc_campaign(plugin_manager=cchc_manager(ValidatePlugin()))
    campaign.submit("tu_phap", {("cd_van_ban_chi_dao", "2019"): 3})  # a blank form is not checked
    [finding] = [f for f in campaign.check().findings if f.code == "dan_van.kiem_tra"]
    assert finding.unit == "tu_phap"  # filled in by the core when the plugin leaves it out


class ContextPlugin(OutlinePlugin):
    @hookimpl
    def cchc_report_context(self, domain, narrator):
        if domain.key != "dan_van":
            return None
        figure = narrator.figure("cd_kiem_tra")
        return ReportContext("dan_van", {"P1.II.7": (Paragraph(f"Kiểm tra: {figure.value}."),)})


def test_hook_cchc_report_context__blocks_land_under_the_heading(cchc_campaign, cchc_manager):
    from cchc_core.documents.build import gather_contexts

    pm = cchc_manager(ContextPlugin())
    campaign = cchc_campaign(plugin_manager=pm)
    campaign.submit("noi_vu", {("cd_kiem_tra", "2019"): 4})
    contexts = gather_contexts(pm, campaign.aggregate())
    assert contexts["dan_van"].blocks["P1.II.7"] == (Paragraph("Kiểm tra: 4."),)
