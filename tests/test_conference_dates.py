"""Task 2.1: each commune's report says when it held its own conference; the status shows who did."""

from __future__ import annotations

import json
import shutil
from datetime import date, datetime

import pytest
from click.testing import CliRunner
from docx import Document
from openpyxl import load_workbook

from cchc_core.cli import main
from cchc_core.forms import conference_date
from cchc_core.forms.conference_date import Held
from cchc_core.model.submissions import Cell
from cchc_core.testing import docx_text


@pytest.mark.parametrize(
    ("typed", "held", "day"),
    [
        ("12/5/2020", Held.ON, date(2020, 5, 12)),
        ("ngày 14 tháng 5 năm 2020", Held.ON, date(2020, 5, 14)),
        ("đã tổ chức ngày 9-5", Held.ON, date(2020, 5, 9)),
        ("08.05.20", Held.ON, date(2020, 5, 8)),
        ("Chưa tổ chức.", Held.NOT_HELD, None),
        ("……/……/2020", Held.BLANK, None),
        ("", Held.BLANK, None),
        ("31/2/2020", Held.UNREADABLE, None),
        ("tuần trước", Held.UNREADABLE, None),
    ],
)
def test_a_date_is_read_as_vietnamese_people_write_it(typed, held, day):
    answer = conference_date.read(Cell(typed, "", ""), 2020)
    assert (answer.held, answer.day) == (held, day)


@pytest.fixture(scope="module")
def campaign(new_tasks_campaign):
    return new_tasks_campaign()


def test_only_communes_are_asked_for_their_conference_date(campaign):
    commune = docx_text(campaign.forms_dir / "xa_lia-de-cuong.docx")
    line = next(t for t in commune if t.startswith(conference_date.LABEL))
    assert line == f"{conference_date.LABEL} (Kế hoạch: trước ngày 15/5/2020): ……/……/2020"
    office = docx_text(campaign.forms_dir / "noi_vu-de-cuong.docx")
    assert not any(t.startswith(conference_date.LABEL) for t in office)


@pytest.fixture(scope="module")
def status(campaign):
    campaign.submit_outline("xa_lia", {}, conference="12/5/2020")
    campaign.submit_outline("tt_khe_sanh", {}, conference="ngày 18 tháng 5 năm 2020")
    # Xã Hướng Lập rewrote the whole line by hand; the bookmark Word keeps still finds it
    path = campaign.submit_outline("xa_huong_lap", {})
    document = Document(str(path))
    line = next(p for p in document.paragraphs if conference_date.find(p) is not None)
    for run in line.runs:
        run.text = ""
    line.runs[0].text = "Hội nghị của xã: chưa tổ chức vì dịch Covid-19"
    document.save(str(path))
    received(campaign)
    return campaign.status()


def received(campaign, when=datetime(2020, 5, 19, 9, 0)):
    """Date the inbox files as received before the campaign's status day."""
    for file in campaign.inbox_dir.iterdir():
        campaign.received_on(file, when)


def test_the_status_shows_who_held_their_conference_and_when(status):
    rows = {c.unit: (c.state.value, c.held_on) for c in status.conferences}
    assert rows == {
        "tt_khe_sanh": ("late", date(2020, 5, 18)),
        "xa_huong_lap": ("not_held", None),
        "xa_lia": ("on_time", date(2020, 5, 12)),
    }


def test_check_warns_about_a_late_or_missing_conference(campaign, status):
    warnings = {f.unit: f.message for f in campaign.check().warnings if f.code == "conference.date"}
    assert warnings["tt_khe_sanh"] == (
        "Hội nghị tổng kết tổ chức ngày 18/5/2020, sau ngày 15/5/2020 Kế hoạch yêu cầu."
    )
    assert "chưa tổ chức hội nghị" in warnings["xa_huong_lap"]
    assert "xa_lia" not in warnings


def test_status_command_and_workbook_list_the_communes_conferences(campaign, status):
    result = CliRunner().invoke(main, ["status", str(campaign.root)])
    assert "Hội nghị tổng kết cấp xã (trước ngày 15/5/2020): 2/3 xã, thị trấn đã tổ chức." in (
        result.output
    )
    assert "Thị trấn Khe Sanh\tĐã tổ chức, sau hạn (ngày 18/5/2020)" in result.output
    as_json = CliRunner().invoke(main, ["status", str(campaign.root), "--json"])
    conferences = {c["unit"]: c for c in json.loads(as_json.output)["conferences"]}
    assert conferences["xa_lia"]["held_on"] == "2020-05-12"
    assert conferences["xa_huong_lap"]["state"] == "not_held"

    from cchc_core.documents.status_workbook import write_status

    target = write_status(status, campaign.config, campaign.output_dir / "status.xlsx")
    sheet = load_workbook(target)["Hội nghị cấp xã"]
    assert "2/3 đơn vị đã tổ chức" in sheet["A1"].value
    rows = [tuple(c.value for c in row[:3]) for row in sheet.iter_rows(min_row=4)]
    assert ("Xã Lìa", "12/5/2020", "Đã tổ chức, đúng hạn") in rows
    assert ("Xã Hướng Lập", None, "Chưa tổ chức") in rows


def test_a_report_saved_by_libreoffice_keeps_its_conference_date(campaign, libreoffice):
    filled = campaign.submit_outline(
        "xa_lia", {}, conference="14/5/2020", filename="../lia-truoc.docx"
    )
    saved = libreoffice(filled, "docx:MS Word 2007 XML")
    shutil.copy(saved, campaign.inbox_dir / "xa_lia-de-cuong.docx")
    received(campaign)
    lia = next(c for c in campaign.status().conferences if c.unit == "xa_lia")
    assert lia.held_on == date(2020, 5, 14)
