"""A plugin installed or updated after the forms went out: the sheets whose rows did not change stay
valid, a new section is a part the unit still owes (not an error), a changed section is refused
naming the change and the plugin, and ``cchc forms --update`` writes new forms prefilled with what
each unit already sent."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from cchc_core import (
    Campaign,
    Domain,
    FieldPlugin,
    Heading,
    Indicator,
    Paragraph,
    Reporters,
    Section,
)
from cchc_core.cli import main
from cchc_core.forms import layout

COMMUNES = Reporters(communes=True)
DAN_VAN = FieldPlugin(
    domains=(Domain("dan_van", "Dân vận chính quyền", "Báo cáo dân vận", "noi_vu", "dan-van"),),
    sections=(Section("VIII", "Lĩnh vực dân vận chính quyền", compiler="Phòng Nội vụ", order=80),),
    indicators=(
        Indicator("dv_doi_thoai", "Số cuộc đối thoại với nhân dân", "VIII", "dan_van", COMMUNES),
    ),
)
# the same plugin with a part of the outline of its own
DAN_VAN_WITH_HEADING = FieldPlugin(
    domains=DAN_VAN.domains,
    sections=DAN_VAN.sections,
    indicators=DAN_VAN.indicators,
    headings=(Heading("P1.II.7", "Dân vận chính quyền", "dan_van", parent="P1.II", order=7),),
)
# an office adds a row to a section another plugin owns (section III of the one-stop shop)
ONE_MORE_ROW = FieldPlugin(
    domains=(Domain("them_dong", "Bổ sung", "Báo cáo bổ sung", "van_phong", "bo-sung"),),
    indicators=(
        Indicator(
            "hs_truc_tuyen_xa", "Số hồ sơ cấp xã nộp trực tuyến", "III", "them_dong", COMMUNES
        ),
    ),
)
SENT = {("hs_tiep_nhan_xa", "2019"): 650, ("hs_da_giai_quyet_xa", "2019"): 640}


@pytest.fixture
def sent_before(cchc_campaign, cchc_manager):
    """The forms written with the one-stop-shop plugin only; Xã Lìa filled and sent its form."""
    import cchc_tthc

    campaign = cchc_campaign(plugin_manager=cchc_manager(cchc_tthc.plugin))
    campaign.submit("xa_lia", SENT, notes={"hs_tiep_nhan_xa": "Số liệu từ phần mềm một cửa"})

    def reopened(*plugins: object) -> Campaign:
        return Campaign.open(campaign.root, plugin_manager=cchc_manager(cchc_tthc.plugin, *plugins))

    return campaign, reopened


def test_a_new_section_leaves_the_old_sheets_valid_and_is_a_missing_part(sent_before):
    _, reopened = sent_before
    campaign = reopened(DAN_VAN)
    result = campaign.check()
    assert result.values["xa_lia"].number("hs_tiep_nhan_xa", "2019") == 650
    assert not result.errors
    [new] = [f for f in result.findings if f.code == "form.new-section"]
    assert new.unit == "xa_lia" and new.location.sheet == "VIII"
    assert "Lĩnh vực dân vận chính quyền" in new.message


def test_a_changed_section_is_refused_naming_the_change_and_the_plugin(sent_before):
    _, reopened = sent_before
    result = reopened(ONE_MORE_ROW).check()
    [changed] = [f for f in result.findings if f.code == "form.section-changed"]
    assert changed.is_error and changed.location.sheet == "III"
    assert "thêm hs_truc_tuyen_xa" in changed.message
    assert "them_dong" in changed.message  # the plugin that made the change


def test_forms_update_writes_the_new_form_prefilled_with_what_was_sent(sent_before, monkeypatch):
    _, reopened = sent_before
    campaign = reopened(DAN_VAN)
    monkeypatch.setattr("cchc_core.cli.common.open_campaign", lambda folder: campaign)
    monkeypatch.setattr("cchc_core.cli.forms.open_campaign", lambda folder: campaign)
    result = CliRunner().invoke(main, ["forms", str(campaign.root), "--update"])
    assert result.exit_code == 0, result.output
    assert "Xã Lìa: xa_lia.xlsx, điền sẵn 2 ô" in result.output and "mục VIII" in result.output
    form = load_workbook(campaign.forms_dir / layout.form_filename("xa_lia"))
    assert "VIII" in form.sheetnames
    cells = {c.value for row in form["III"].iter_rows() for c in row}
    assert {650, 640, "Số liệu từ phần mềm một cửa"} <= cells
    properties = {p.name: p.value for p in form.custom_doc_props}
    assert properties[layout.PROP_CATALOGUE] == campaign.catalogue.version
    # the unit sends it back with the new part filled: read whole, nothing missing
    from cchc_core.forms.filler import fill_form

    path = campaign.inbox_dir / "xa_lia.xlsx"
    fill_form(campaign.forms_dir / "xa_lia.xlsx", path, {("dv_doi_thoai", "2019"): 4})
    check = campaign.check()
    assert not [f for f in check.findings if f.code.startswith("form.")]
    assert check.values["xa_lia"].number("hs_tiep_nhan_xa", "2019") == 650


def test_forms_update_with_every_form_current_says_so(cchc_campaign):
    campaign = cchc_campaign()
    campaign.submit("xa_lia", SENT)
    result = CliRunner().invoke(main, ["forms", str(campaign.root), "--update"])
    assert result.exit_code == 0 and "không cần tạo lại" in result.output


def test_forms_update_carries_the_nominations_over(cchc_campaign, cchc_manager, tasks_config):
    import cchc_tthc
    from cchc_core.forms.nominations_read import SHEET

    campaign = cchc_campaign(tasks_config, plugin_manager=cchc_manager(cchc_tthc.plugin))
    nominee = {
        "kind": "Cá nhân",
        "name": "Hồ Văn A",
        "position": "Công chức Văn phòng - Thống kê",
        "achievement": "Vận hành bộ phận một cửa đúng hạn 100%",
        "form": "Giấy khen của Chủ tịch UBND huyện",
    }
    second = {**nominee, "name": "Hồ Thị B"}
    campaign.submit("xa_lia", SENT, nominations=[nominee, second])
    # the district lowers the sheet to one row: the second nomination has no room left
    settings = campaign.root / "cchc.toml"
    settings.write_text(
        settings.read_text(encoding="utf-8").replace("rows = 15 ", "rows = 1 "),
        encoding="utf-8",
    )
    updated = Campaign.open(campaign.root, plugin_manager=cchc_manager(cchc_tthc.plugin, DAN_VAN))
    [form] = updated.update_forms()
    first = form.path.read_bytes()
    assert updated.update_forms()[0].path.read_bytes() == first  # same inputs, same bytes
    rows = load_workbook(form.path)[SHEET].iter_rows(values_only=True)
    assert any(row[2:7] == tuple(nominee.values()) for row in rows)
    assert form.nominations_left_out == 1


def test_forms_update_writes_a_new_outline_with_what_the_unit_wrote(sent_before):
    from cchc_core.testing import docx_text

    before, reopened = sent_before
    written = "Xã đã rà soát 12 thủ tục hành chính và công khai tại bộ phận một cửa."
    before.submit_outline("xa_lia", {"P1.II.2.1.a": [Paragraph(written)]})
    campaign = reopened(DAN_VAN_WITH_HEADING)
    [outline] = [u for u in campaign.update_forms() if u.kind == "outline"]
    assert outline.unit == "xa_lia" and outline.prefilled == 1
    text = docx_text(outline.path)
    assert written in text and any("Dân vận chính quyền" in line for line in text)
    # sent back as it is, the new outline gives the same part, and nothing is from an old outline
    outline.path.replace(campaign.inbox_dir / "Báo cáo Lìa.docx")
    for old in campaign.inbox_dir.glob("xa_lia*.docx"):
        old.unlink()
    check = campaign.check()
    [block] = check.narratives["xa_lia"]["P1.II.2.1.a"].blocks
    assert block.text == written
    assert not [f for f in check.findings if f.code == "outline.note"]


def test_a_report_cchc_did_not_make_is_never_rewritten_as_an_outline(sent_before):
    from docx import Document

    before, reopened = sent_before
    document = Document()
    document.core_properties.category = "Báo cáo"
    document.core_properties.version = "1.0"  # some other program's version, not an outline's
    title = before.catalogue.heading("P1.I.1").title
    document.add_paragraph(f"1. {title}")
    document.add_paragraph("Đã ban hành kế hoạch cải cách hành chính năm 2020.")
    document.save(str(before.inbox_dir / "Báo cáo Phòng Nội vụ.docx"))
    campaign = reopened(DAN_VAN)
    assert "noi_vu" in campaign.check().narratives
    assert not [u for u in campaign.update_forms() if u.kind == "outline"]


def test_forms_update_on_several_processes_writes_the_same_files(sent_before, monkeypatch):
    """Each new file is built in memory and saved once, in a worker when there are many: the
    files are those one process writes, byte for byte, in the same order."""
    from cchc_core.util import parallel

    before, reopened = sent_before
    before.submit("xa_huong_lap", {("hs_tiep_nhan_xa", "2019"): 120})
    before.submit_outline("xa_lia", {"P1.II.2.1.a": [Paragraph("Đã rà soát thủ tục.")]})
    campaign = reopened(DAN_VAN_WITH_HEADING)
    campaign.workers = 1
    alone = campaign.update_forms()
    written = {form.path: form.path.read_bytes() for form in alone}
    monkeypatch.setattr(parallel, "POOL_MIN_ITEMS", 2)  # the pool, for this campaign's few files
    campaign.workers = 2
    pooled = campaign.update_forms()
    assert pooled == alone and len(alone) == 3
    assert {form.kind for form in pooled} == {"workbook", "outline"}
    assert {form.path: form.path.read_bytes() for form in pooled} == written
