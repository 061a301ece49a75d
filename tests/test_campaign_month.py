"""A real month of receiving: e-mails saved from a mail client, the receipt register the clerk keeps,
files with no known day, blank forms sent back, the sender's address telling the unit."""

from __future__ import annotations

import base64
import email.utils
import unicodedata
from datetime import UTC, date, datetime
from email.message import EmailMessage

import pytest
from click.testing import CliRunner

from cchc_core import Paragraph
from cchc_core.cli import main
from cchc_core.collect.inbox import VIETNAM
from cchc_core.collect.receipts import REGISTER_NAME, read_register
from cchc_core.figures.status import State
from cchc_core.testing import SAMPLE_CONFIG

FILLED = {("hs_tiep_nhan_xa", "2019"): 120}
WRITTEN = {"P1.I.1": [Paragraph("Đã ban hành kế hoạch và triển khai thực hiện.")]}
AS_OF = date(2020, 5, 26)


@pytest.fixture
def campaign(cchc_campaign):
    config = SAMPLE_CONFIG.replace(
        'name = "Xã Lìa"', 'name = "Xã Lìa"\nemail = "ubndxalia@quangtri.gov.vn"'
    )
    return cchc_campaign(config)


def mail(when: datetime, attachments=(), sender="UBND xã Lìa <ubndxalia@quangtri.gov.vn>"):
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "phongnoivu@huonghoa.gov.vn"
    message["Subject"] = "Gửi báo cáo tổng kết CCHC"
    message["Date"] = email.utils.format_datetime(when)
    message.set_content("Kính gửi Phòng Nội vụ, xã gửi báo cáo kèm theo.")
    for name, data in attachments:
        message.add_attachment(data, maintype="application", subtype="octet-stream", filename=name)
    return message


def files_of(campaign, unit="xa_lia", form=FILLED, outline=WRITTEN):
    """The unit's filled files, taken out of the inbox (to be sent another way)."""
    paths = [campaign.submit(unit, form, filename="Biểu Lìa.xlsx")]
    if outline is not None:
        paths.append(campaign.submit_outline(unit, outline, filename="Báo cáo Lìa.docx"))
    attached = [(p.name, p.read_bytes()) for p in paths]
    for path in paths:
        path.unlink()
    return attached


def windows_1258(text: str) -> bytes:
    """``text`` as Windows saves it in code page 1258: a letter with its vowel mark precomposed
    (â, ă, ơ, ư) and its tone mark apart, as a combining character."""
    out = b""
    for char in text:
        parts = unicodedata.normalize("NFD", char)
        vowel = parts[0] + "".join(c for c in parts[1:] if c in "\u0302\u0306\u031b")
        tones = "".join(c for c in parts[1:] if c not in "\u0302\u0306\u031b")
        out += (unicodedata.normalize("NFC", vowel) + tones).encode("cp1258")
    return out


def row(campaign, unit="xa_lia", task="2.1"):
    [found] = [r for r in campaign.status(AS_OF).rows if r.unit == unit and r.task == task]
    return found


def test_an_e_mail_brings_its_attachments_and_its_date(campaign):
    sent = datetime(2020, 5, 19, 16, 5, tzinfo=VIETNAM)
    (campaign.inbox_dir / "thư xã Lìa.eml").write_bytes(bytes(mail(sent, files_of(campaign))))
    result = campaign.check()
    assert {s.source.name for s in result.collection.submissions} == {
        "thư xã Lìa.eml › Biểu Lìa.xlsx",
        "thư xã Lìa.eml › Báo cáo Lìa.docx",
    }
    assert result.values["xa_lia"].number("hs_tiep_nhan_xa", "2019") == 120
    status = row(campaign)
    assert status.state is State.ON_TIME and status.received == sent
    assert status.received_from == ("ngày của thư điện tử",)


def test_an_e_mail_date_in_another_time_zone_is_the_day_in_vietnam(campaign):
    # sent 20/5 at 20:00 in London (UTC) is 21/5 at 03:00 in Vietnam: one day late
    sent = datetime(2020, 5, 20, 20, 0, tzinfo=UTC)
    (campaign.inbox_dir / "thư.eml").write_bytes(bytes(mail(sent, files_of(campaign))))
    status = row(campaign)
    assert (status.state, status.days_late) == (State.LATE, 1)


def test_a_forwarded_e_mail_and_a_signed_scan_beside_the_forms(campaign):
    original = mail(datetime(2020, 5, 10, 9, 0, tzinfo=VIETNAM), files_of(campaign))
    forward = mail(datetime(2020, 5, 18, 8, 0, tzinfo=VIETNAM), sender="Văn thư <vt@x.vn>")
    forward.add_attachment(original)  # message/rfc822, as "Forward as attachment" does
    forward.add_attachment(
        b"%PDF-1.4 scan", maintype="application", subtype="pdf", filename="Bản ký số.pdf"
    )
    (campaign.inbox_dir / "Fwd báo cáo.eml").write_bytes(bytes(forward))
    result = campaign.check()
    assert {s.unit for s in result.collection.submissions} == {"xa_lia"}
    [scan] = [f for f in result.findings if f.location.file.endswith("Bản ký số.pdf")]
    assert scan.code == "file.pdf" and not scan.is_error  # kept for the record, not an error
    assert row(campaign).received.date() == date(
        2020, 5, 18
    )  # the district's day, not the original's


def test_several_e_mails_in_an_mbox_export_and_one_without_attachment(campaign):
    lia = mail(datetime(2020, 5, 15, 10, 0, tzinfo=VIETNAM), files_of(campaign))
    nothing = mail(datetime(2020, 5, 16, 10, 0, tzinfo=VIETNAM), sender="Xã Hướng Lập <hl@x.vn>")
    export = b"".join(
        b"From someone@x.vn Fri May 15 10:00:00 2020\n" + bytes(m) + b"\n" for m in (lia, nothing)
    )
    (campaign.inbox_dir / "Hộp thư tháng 5.mbox").write_bytes(export)
    result = campaign.check()
    assert next(s.source.name for s in result.collection.submissions).startswith(
        "Hộp thư tháng 5.mbox (thư 1) › "
    )
    [warning] = [f for f in result.findings if f.code == "mail.no-attachment"]
    assert warning.location.file == "Hộp thư tháng 5.mbox (thư 2)" and "hl@x.vn" in warning.message


def test_a_file_name_written_as_a_mail_client_writes_it(campaign):
    """Thunderbird's way: RFC 2231 name split over continuation lines, base64 body."""
    data = files_of(campaign, outline=None)[0][1]
    body = base64.encodebytes(data).decode()
    raw = (
        "From: =?UTF-8?B?VUJORCB4w6MgTMOsYQ==?= <ubndxalia@quangtri.gov.vn>\r\n"
        "Date: Tue, 19 May 2020 08:30:00 +0700\r\n"
        "Subject: =?UTF-8?Q?B=C3=A1o_c=C3=A1o?=\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="b1"\r\n\r\n'
        "--b1\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nKính gửi.\r\n"
        "--b1\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;\r\n"
        "Content-Disposition: attachment;\r\n"
        " filename*0*=UTF-8''Bi%E1%BB%83u%20th%E1%BB%91ng%20k%C3%AA%20x%C3%A3;\r\n"
        " filename*1*=%20L%C3%ACa.xlsx\r\n"
        f"Content-Transfer-Encoding: base64\r\n\r\n{body}\r\n--b1--\r\n"
    )
    (campaign.inbox_dir / "thunderbird.eml").write_bytes(raw.encode())
    [submission] = campaign.check().collection.submissions
    assert submission.source.name == "thunderbird.eml › Biểu thống kê xã Lìa.xlsx"
    assert submission.source.sender == "ubndxalia@quangtri.gov.vn"


def test_a_report_that_does_not_say_whose_it_is_is_known_by_its_sender(campaign):
    from docx import Document

    path = campaign.inbox_dir / "baocao.docx"
    document = Document()
    document.add_heading("I. TÌNH HÌNH TRIỂN KHAI", 1)
    document.add_paragraph("Đã triển khai.")
    document.save(str(path))
    data = path.read_bytes()
    path.unlink()
    when = datetime(2020, 5, 19, 8, 0, tzinfo=VIETNAM)
    (campaign.inbox_dir / "thư.eml").write_bytes(bytes(mail(when, [("baocao.docx", data)])))
    [submission] = campaign.check().collection.submissions
    assert submission.unit == "xa_lia"


def test_a_file_with_no_date_source_is_neither_on_time_nor_late_until_recorded(campaign):
    path = campaign.submit("xa_lia", FILLED)
    campaign.submit_outline("xa_lia", WRITTEN)
    status = row(campaign)
    assert status.state is State.UNDATED and status.received is None
    assert status.stated is not None  # the date saved inside the file, shown as evidence
    output = CliRunner().invoke(main, ["status", str(campaign.root), "--as-of", "26/5/2020"]).output
    assert "Chưa rõ ngày nhận" in output
    for file in campaign.inbox_dir.iterdir():  # the clerk records when they came
        campaign.received_on(file, date(2020, 5, 18))
    assert row(campaign).state is State.ON_TIME
    assert path.stat().st_mtime > datetime(2020, 6, 1).timestamp()  # the file's time never counted


def test_the_register_edited_by_hand_is_what_counts(campaign):
    for name, data in files_of(campaign):
        (campaign.inbox_dir / name).write_bytes(data)
    # the clerk saved the register from Excel: commas, the Windows code page, her own dates
    register = (
        "Ngày nhận,Tệp,Đơn vị gửi,Nhận qua,Ghi chú,Mã SHA-256\r\n"
        "22/5/2020 15:40,Biểu Lìa.xlsx,Xã Lìa,giấy,,\r\n"
        "2020-05-19,Báo cáo Lìa.docx,Xã Lìa,giấy,,\r\n"
        "hôm qua,Khác.xlsx,,,,\r\n"
    )
    # Windows-1258 writes Vietnamese letters decomposed (base letter + combining mark)
    (campaign.root / REGISTER_NAME).write_bytes(windows_1258(register))
    result = campaign.check()
    [bad] = [f for f in result.findings if f.code == "register.bad-line"]
    assert bad.location.cell == "dòng 4" and "hôm qua" in bad.message
    status = row(campaign)
    assert (status.state, status.days_late) == (State.LATE, 2)  # the latest part counts
    assert status.received_from == ("sổ nhận tệp, dòng 2", "sổ nhận tệp, dòng 3")


def test_receiving_into_a_register_excel_saved_keeps_its_encoding_and_separator(campaign, tmp_path):
    register = "Ngày nhận,Tệp,Đơn vị gửi,Nhận qua,Ghi chú,Mã SHA-256\r\n18/5/2020,Biểu Hướng Lập.xlsx,,,,\r\n"
    (campaign.root / REGISTER_NAME).write_bytes(windows_1258(register))
    sent = tmp_path / "Báo cáo xã Lìa (bản cuối).docx"
    sent.write_bytes(dict(files_of(campaign))["Báo cáo Lìa.docx"])
    done = CliRunner().invoke(main, ["receive", str(campaign.root), str(sent), "--on", "19/5/2020"])
    assert done.exit_code == 0, done.output
    text = (campaign.root / REGISTER_NAME).read_bytes().decode("cp1258")  # one encoding throughout
    lines = unicodedata.normalize("NFC", text).splitlines()
    assert lines[-1].startswith("19/5/2020 12:00,Báo cáo xã Lìa (bản cuối).docx,")  # its commas
    receipts, problems = read_register(campaign.root)
    assert not problems and [r.file for r in receipts][-1] == "Báo cáo xã Lìa (bản cuối).docx"


def test_a_form_sent_back_blank_is_not_a_delivery(campaign):
    for path in (campaign.submit("xa_lia", {}), campaign.submit_outline("xa_lia", {})):
        campaign.received_on(path, date(2020, 5, 18))
    result = campaign.check()
    blanks = [f for f in result.findings if f.code == "submission.blank"]
    assert len(blanks) == 2 and "xa_lia" not in result.values
    assert not [f for f in result.findings if f.code == "value.missing"]
    status = row(campaign)
    assert status.state is State.BLANK and status.label.startswith("Gửi biểu mẫu trống")
    assert status in campaign.status(AS_OF).reminders


def test_cchc_receive_copies_records_and_never_records_twice(campaign, tmp_path):
    outside = tmp_path / "USB"
    outside.mkdir()
    for name, data in files_of(campaign):
        (outside / name).write_bytes(data)
    (campaign.inbox_dir / "Biểu Lìa.xlsx").write_bytes(b"another file with the same name")
    runner = CliRunner()
    args = [
        "receive",
        str(campaign.root),
        *map(str, sorted(outside.iterdir())),
        "--on",
        "18/5/2020",
    ]
    first = runner.invoke(main, args)
    assert first.exit_code == 0, first.output
    assert (campaign.inbox_dir / "Biểu Lìa (2).xlsx").exists()  # the other file is kept
    again = runner.invoke(main, args)
    assert again.output.count("đã có trong sổ") == 2
    lines = (campaign.root / REGISTER_NAME).read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 3 and lines[1].startswith("18/5/2020 12:00;")
    assert ";Xã Lìa;" in lines[1]
    status = row(campaign)
    assert status.state is State.ON_TIME


def test_cchc_receive_of_an_e_mail_takes_the_e_mail_day(campaign, tmp_path):
    sent = datetime(2020, 5, 19, 16, 5, tzinfo=VIETNAM)
    saved = tmp_path / "thư.eml"
    saved.write_bytes(bytes(mail(sent, files_of(campaign))))
    later = datetime(2020, 5, 25, 9, 0, tzinfo=VIETNAM)
    result = campaign.receive([saved])
    assert result.files[0].receipt.received == sent
    assert result.files[0].receipt.via == "thư điện tử"
    assert result.files[0].receipt.received < later
    assert row(campaign).state is State.ON_TIME


def test_mail_dates_outside_what_files_hold_are_not_used(campaign):
    broken = mail(datetime(2020, 5, 19, tzinfo=VIETNAM), files_of(campaign))
    del broken["Date"]
    broken["Date"] = "Mon, 01 Jan 1900 00:00:00 +0000"
    (campaign.inbox_dir / "thư.eml").write_bytes(bytes(broken))
    assert row(campaign).state is State.UNDATED


def test_received_dates_are_counted_by_the_calendar_day_of_the_deadline(campaign):
    (campaign.inbox_dir / "thư.eml").write_bytes(
        bytes(mail(datetime(2020, 5, 20, 23, 59, tzinfo=VIETNAM), files_of(campaign)))
    )
    assert row(campaign).state is State.ON_TIME


@pytest.fixture(scope="module")
def talked_back(tmp_path_factory):
    """A built campaign: Lìa's form breaks a rule, Hướng Lập sent its form back blank, Khe Sanh
    sent nothing; the offices too (none of them is asked anything by this sample's catalogue
    but the six owner offices)."""
    from cchc_core.testing import sample_campaign

    campaign = sample_campaign(
        tmp_path_factory.mktemp("talk") / "dot", lambda: tmp_path_factory.mktemp("cchc-forms")
    )
    lia = campaign.submit("xa_lia", {("cc_giao", "2019"): 20, ("cc_co_mat", "2019"): 25})
    blank = campaign.submit("xa_huong_lap", {})
    for path in (lia, blank):
        campaign.received_on(path, date(2020, 5, 18))
    campaign.build()
    return campaign


def test_a_unit_with_findings_gets_a_feedback_document_and_a_clean_one_none(talked_back):
    from cchc_core.testing import docx_text

    folder = talked_back.output_dir / "phan-hoi"
    assert sorted(p.name for p in folder.iterdir()) == ["xa_huong_lap.docx", "xa_lia.docx"]
    text = "\n".join(docx_text(folder / "xa_lia.docx"))
    assert "PHIẾU PHẢN HỒI" in text and "Kính gửi: UBND xã Lìa." in text
    assert "Có 1 lỗi phải sửa: số liệu của đơn vị chưa được đưa vào tổng hợp của huyện" in text
    assert "Đề nghị UBND xã Lìa sửa ngay" in text and "của Xã Lìa" not in text
    [row] = [line for line in text.splitlines() if line.startswith("1 | Lỗi | ")]
    assert "xa_lia.xlsx, ô " in row  # file and cell
    assert "“Số cán bộ, công chức có mặt”" in row or "25" in row  # what was found


def test_the_feedback_names_every_file_the_unit_sent_among_the_files_received(campaign):
    """The letter opens with the files the unit sent: a form the check could not read and an
    older form a newer one replaced are among them, not only rows of the table below."""
    from cchc_core.testing import docx_text

    campaign.submit_outline("xa_lia", WRITTEN, filename="Báo cáo Lìa.docx")
    older = campaign.submit("xa_lia", FILLED, filename="Biểu Lìa lần 1.xlsx")
    newer = campaign.submit("xa_lia", {("hs_tiep_nhan_xa", "2019"): 130}, filename="Biểu Lìa.xlsx")
    campaign.received_on(older, date(2020, 5, 15))
    campaign.received_on(newer, date(2020, 5, 18))
    damaged = campaign.submit("xa_lia", FILLED, filename="Biểu Lìa gửi lại.xlsx")
    damaged.write_bytes(damaged.read_bytes()[: len(damaged.read_bytes()) // 2])  # cut in transit
    assert CliRunner().invoke(main, ["check", str(campaign.root)]).exit_code == 1

    text = "\n".join(docx_text(campaign.output_dir / "phan-hoi" / "xa_lia.docx"))
    [opening] = [line for line in text.splitlines() if "đã kiểm tra các tệp đơn vị gửi" in line]
    for sent in ("“Báo cáo Lìa.docx”", "“Biểu Lìa gửi lại.xlsx”"):
        assert sent in opening
    assert "“Biểu Lìa lần 1.xlsx” (nhận ngày 15/5/2020)" in opening
    assert "“Biểu Lìa.xlsx” (nhận ngày 18/5/2020)" in opening
    [refusal] = [line for line in text.splitlines() if line.startswith("1 | Lỗi | ")]
    assert "Biểu Lìa gửi lại.xlsx" in refusal


def test_the_reminder_letter_names_each_unit_and_what_it_owes(talked_back):
    from docx import Document

    from cchc_core.testing import docx_text

    path = talked_back.output_dir / "cong-van-don-doc.docx"
    text = "\n".join(docx_text(path))
    # an official letter (Decree 30, mẫu 1.4): the subject under the number, no type line
    document = Document(str(path))
    number, subject = document.tables[0].rows[1].cells[0].text.split("\n", 1)
    assert number == "Số:        /UBND-NV"
    assert subject.replace("\n", " ").startswith("V/v đôn đốc gửi báo cáo tổng kết Chương trình")
    assert not [p for p in document.paragraphs if p.text.startswith(("V/v", "CÔNG VĂN"))]
    lines = {line.split(" | ")[1]: line for line in text.splitlines() if " | 2.1 | " in line}
    assert "Điền và gửi lại biểu mẫu" in lines["Xã Hướng Lập"]
    assert "sửa lỗi số liệu theo phiếu phản hồi gửi kèm và gửi lại" in lines["Xã Lìa"]
    assert "Gửi biểu thống kê và báo cáo theo đề cương" in lines["Thị trấn Khe Sanh"]
    assert "trước ngày ….. tháng ….. năm 2020" in text  # the new deadline is the signer's


def test_a_letter_to_more_units_than_a_table_can_hold_sends_the_status_workbook_as_its_list(
    talked_back, monkeypatch, tmp_path
):
    from cchc_core.documents import reminder
    from cchc_core.testing import docx_text

    status = talked_back.status()
    rows = status.reminders
    # rows go task by task: cut where a unit in the table also owes a later task, and where not
    cuts = [cut for cut in range(1, len(rows)) if rows[cut - 1].task != rows[cut].task]
    assert cuts and len({r.unit for r in rows}) > 2
    for cut in {1, *cuts}:
        monkeypatch.setattr(reminder, "TABLE_ROWS_MAX", cut)
        path = reminder.write_reminder(status, talked_back.config, tmp_path / f"cv-{cut}.docx")
        text = "\n".join(docx_text(path))
        numbered = [
            line for line in text.splitlines() if " | " in line and line.split(" | ")[0].isdigit()
        ]
        assert len(numbered) == cut
        others = {r.unit for r in rows[cut:]} - {r.unit for r in rows[:cut]}
        rest = f"Và {len(rows) - cut} việc khác" + (
            f" của {len(others)} đơn vị chưa có trong bảng" if others else " |"
        )
        assert rest in text, (cut, text)
        assert "danh sách đầy đủ: tệp tinh-hinh-nop-bao-cao.xlsx gửi kèm" in text
        assert "các đơn vị có tên trong danh sách kèm theo khẩn trương hoàn thành" in text


def test_feedback_written_on_several_cores_is_the_same_as_on_one(
    talked_back, monkeypatch, tmp_path
):
    from cchc_core.documents.feedback import write_feedback
    from cchc_core.util import parallel

    check = talked_back.check()
    monkeypatch.setenv("CCHC_WORKERS", "1")
    alone = write_feedback(check, talked_back.config, tmp_path / "one")
    monkeypatch.setenv("CCHC_WORKERS", "2")
    monkeypatch.setattr(parallel, "POOL_MIN_ITEMS", 2)  # the pool, for this campaign's few units
    pooled = write_feedback(check, talked_back.config, tmp_path / "two")
    assert len(alone) >= 2
    assert [p.name for p in pooled] == [p.name for p in alone]
    assert [p.read_bytes() for p in pooled] == [p.read_bytes() for p in alone]


def test_feedback_with_nothing_left_to_say_is_removed_at_the_next_build(talked_back):
    (talked_back.inbox_dir / "xa_huong_lap.xlsx").unlink()  # the clerk took the blank form out
    talked_back.build()
    assert not (talked_back.output_dir / "phan-hoi" / "xa_huong_lap.docx").exists()
    assert (talked_back.output_dir / "phan-hoi" / "xa_lia.docx").exists()


def test_receiving_a_file_already_saved_into_the_inbox_only_records_its_day(campaign):
    path = campaign.submit("xa_lia", FILLED, filename="Lìa.xlsx")
    result = campaign.receive([path], on=date(2020, 5, 18))
    assert result.files[0].receipt.file == "Lìa.xlsx"
    assert sorted(p.name for p in campaign.inbox_dir.iterdir()) == ["Lìa.xlsx"]


def test_the_daily_check_and_status_answer_the_units_between_builds(campaign):
    """The month is run with check and status; the build comes at its end. A check writes the
    feedback of the units with findings and removes it once a unit has fixed its form; status
    writes the reminder letter and removes it once nobody owes anything."""
    lia = campaign.submit("xa_lia", {("cc_giao", "2019"): 20, ("cc_co_mat", "2019"): 25})
    folder = str(campaign.root)
    feedback = campaign.output_dir / "phan-hoi"
    letter = campaign.output_dir / "cong-van-don-doc.docx"

    checked = CliRunner().invoke(main, ["check", folder])
    assert checked.exit_code == 1, checked.output
    assert sorted(p.name for p in feedback.iterdir()) == ["xa_lia.docx"]
    assert "Phiếu phản hồi cho 1 đơn vị" in checked.output
    status = CliRunner().invoke(main, ["status", folder, "--as-of", "26/5/2020"])
    assert status.exit_code == 1 and letter.exists()
    assert "Dự thảo công văn đôn đốc" in status.output

    # the clerk keeps the signed copy beside it, and has one open in Word
    kept = [feedback / "xa_lia - bản đã ký gửi ngày 20-5.docx", feedback / "~$xa_lia.docx"]
    for path in kept:
        path.write_bytes(b"")
    campaign.submit("xa_lia", {("cc_giao", "2019"): 25, ("cc_co_mat", "2019"): 25})
    lia.unlink()  # the corrected form replaces the first one
    assert CliRunner().invoke(main, ["check", folder]).exit_code == 0
    assert sorted(feedback.iterdir()) == sorted(kept)  # cchc's own file only is gone

    as_json = CliRunner().invoke(main, ["check", folder, "--json", "--no-feedback"])
    assert "feedback" not in as_json.output


def test_a_check_that_cannot_write_the_feedback_still_shows_what_it_found(campaign, monkeypatch):
    import json

    campaign.submit("xa_lia", {("cc_giao", "2019"): 20, ("cc_co_mat", "2019"): 25})
    campaign.output_dir.rmdir()
    campaign.output_dir.write_text("không phải thư mục")  # output/ cannot be a folder
    checked = CliRunner().invoke(main, ["check", str(campaign.root)])
    assert checked.exit_code == 1  # the form's error, not a usage error
    assert "Chưa ghi được phiếu phản hồi" in checked.output
    assert "Traceback" not in checked.output
    as_json = json.loads(CliRunner().invoke(main, ["check", str(campaign.root), "--json"]).stdout)
    assert (
        "feedback" not in as_json and "không phải thư mục" in as_json["feedback_error"]["message"]
    )

    campaign.output_dir.unlink()

    def broken(*args, **kwargs):
        raise ValueError("lỗi thử")

    monkeypatch.setattr("cchc_core.documents.feedback.write_unit_feedback", broken)
    checked = CliRunner().invoke(main, ["check", str(campaign.root)])
    assert checked.exit_code == 1 and "Traceback" not in checked.output
    assert "Xã Lìa: 1 lỗi" in checked.stdout
    assert "Chưa ghi được phiếu phản hồi: ValueError: lỗi thử" in checked.stderr


def test_letters_are_dated_the_day_they_speak_of_not_the_plan_s(cchc_campaign):
    from cchc_core.documents.follow_up import refresh_feedback, refresh_reminder
    from cchc_core.testing import SAMPLE_CONFIG, docx_text
    from cchc_core.util.vnformat import long_date

    # a real campaign leaves [status] as_of empty: its letters were dated the plan's 22/4/2020
    campaign = cchc_campaign(SAMPLE_CONFIG.replace("as_of = 2020-05-26", 'as_of = ""'))
    campaign.submit("xa_lia", {("cc_giao", "2019"): 20, ("cc_co_mat", "2019"): 25})
    check = campaign.check()
    days = {date.today()}
    [letter] = refresh_feedback(check, campaign.config, campaign.output_dir)
    days.add(date.today())  # written across midnight: either day
    assert any(long_date(day) in "\n".join(docx_text(letter)) for day in days)
    status = campaign.status(as_of=date(2020, 6, 2), check=check)
    reminder = refresh_reminder(status, campaign.config, campaign.output_dir)
    text = "\n".join(docx_text(reminder))
    assert "ngày 02 tháng 6 năm 2020" in text and "22 tháng 4 năm 2020" not in text
