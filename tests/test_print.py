"""Pages an office can print and send: letterheads that fit, tables and charts that print right,
workbooks set up as documents, the unit's own report in Decree 30 layout, the deadline rule stated.

What only a renderer can show (where LibreOffice breaks a line, how it shows a number) is measured
through LibreOffice's PDF, and skipped where LibreOffice is not installed."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date, datetime

import pytest
from docx import Document
from docx.oxml.ns import qn
from openpyxl import Workbook, load_workbook

from cchc_core import Campaign, Chart, Paragraph, Series
from cchc_core.collect.inbox import VIETNAM
from cchc_core.config import default_text, parse
from cchc_core.documents.charts import _limits, figure
from cchc_core.figures.status import State
from cchc_core.forms.unit_letterhead import unit_letterhead
from cchc_core.testing import SAMPLE_CONFIG, docx_text, sample_campaign
from cchc_core.util.decree30 import Header, HeaderLayout, add_header, issuing_lines
from cchc_core.util.docx_style import setup_page, setup_styles
from cchc_core.util.xlsx_style import COUNT_FORMAT, FRACTION_PERCENT_FORMAT

LIBREOFFICE = shutil.which("soffice")
YEARS = ("2015", "2016", "2017", "2018", "2019", "2020-den-03-31")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    campaign = sample_campaign(
        tmp_path_factory.mktemp("print") / "dot", lambda: tmp_path_factory.mktemp("forms")
    )
    for unit, on_time in (("tt_khe_sanh", 0.985), ("xa_huong_lap", 0.95)):
        campaign.submit(
            unit,
            {
                **{("hs_tiep_nhan_xa", y): 700 for y in YEARS},
                **{("hs_da_giai_quyet_xa", y): 690 for y in YEARS},
                **{("hs_dung_han_xa", y): round(690 * on_time) for y in YEARS},
            },
        )
    campaign.submit("van_phong", {("hs_tiep_nhan_huyen", y): 1234 for y in YEARS})
    campaign.build()
    return campaign


def data_tables(path):
    """The tables of a report that hold data (not the header and closing layout tables), each
    with the paragraph just before it."""
    document = Document(str(path))
    body = list(document.element.body.iterchildren())
    found = []
    for index, element in enumerate(body):
        if element.tag != qn("w:tbl") or index in (0,) or "Nơi nhận" in "".join(element.itertext()):
            continue
        found.append((element, body[index - 1]))
    return found


def test_every_table_repeats_its_header_keeps_rows_whole_and_its_caption_with_it(built):
    for name in ("bao-cao-tong-ket-cchc.docx", "chuyen-de/3.2-tthc.docx"):
        tables = data_tables(built.output_dir / name)
        assert len(tables) > 3, name
        for table, before in tables:
            rows = table.findall(qn("w:tr"))
            assert rows[0].find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None
            assert all(r.find(f"{qn('w:trPr')}/{qn('w:cantSplit')}") is not None for r in rows)
            assert before.find(f"{qn('w:pPr')}/{qn('w:keepNext')}") is not None  # the caption


def test_the_closing_block_moves_to_the_next_page_whole(built):
    """ "Nơi nhận:" alone at the foot of a page, the signature on the next, is what a chairman
    sends back to be redone."""
    for path in sorted(built.output_dir.rglob("*.docx")):
        [closing] = [
            t
            for t in Document(str(path)).element.body.iterchildren(qn("w:tbl"))
            if "".join(t.itertext()).startswith("Nơi nhận")
        ]
        [row] = closing.findall(qn("w:tr"))
        assert row.find(f"{qn('w:trPr')}/{qn('w:cantSplit')}") is not None, path.name


def test_captions_are_numbered_and_a_units_table_gets_its_headings_name(built):
    text = docx_text(built.output_dir / "chuyen-de" / "3.2-tthc.docx")
    captions = [line for line in text if line.startswith("Bảng ")]
    assert [c.split(".")[0] for c in captions] == [f"Bảng {n}" for n in range(1, len(captions) + 1)]
    assert any(line.startswith("Biểu đồ 1. Tỷ lệ hồ sơ TTHC") for line in text)


def overlap(a, b):
    return not (a.x1 <= b.x0 or b.x1 <= a.x0 or a.y1 <= b.y0 or b.y1 <= a.y0)


@pytest.mark.parametrize(
    "chart",
    [
        Chart(
            "Ứng dụng CNTT",
            ("2015", "2016", "2017", "2018", "2019"),
            (
                Series("Văn bản điện tử", (20, 35, 55, 75, 85)),
                Series("Hộp thư", (60, 70, 80, 90, 95)),
                Series("Một cửa điện tử", (0, 0, 40, 75, 92)),
            ),
            kind="line",
            percent=True,
            y_label="%",
        ),
        Chart(
            "Đúng hạn",
            ("2015", "2016"),
            (Series("Cấp huyện", (95.1, 96.2)), Series("Cấp xã", (94.4, 95.3))),
            kind="line",
            percent=True,
            y_label="%",
        ),
    ],
    ids=["three lines meeting", "a low first value"],
)
def test_a_chart_shows_every_value_labels_apart_in_the_documents_typeface(chart):
    drawn = figure(chart)
    try:
        axes = drawn.axes[0]
        low, high = axes.get_ylim()
        values = [v for s in chart.series for v in s.values if v is not None]
        assert low <= min(values) and max(values) <= high  # 94,4% is no longer clipped
        assert axes.get_title() == ""  # the numbered caption under it says what it is
        assert axes.get_legend() is not None and axes.get_ylabel() == "%"
        renderer = drawn.canvas.get_renderer()
        boxes = [t.get_window_extent(renderer) for t in axes.texts]
        assert len(boxes) == len(values)
        assert not [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1 :] if overlap(a, b)]
        family = axes.texts[0].get_fontfamily()[0]
        assert family == "serif"
    finally:
        from matplotlib import pyplot

        pyplot.close(drawn)


def test_a_bar_chart_starts_at_zero():
    chart = Chart("x", ("2015",), (Series("a", (310,)),), kind="bar")
    assert _limits(chart)[0] == 0


def test_the_appendix_workbook_prints_as_a_document(built):
    workbook = load_workbook(built.output_dir / "phu-luc-1-thong-ke.xlsx")
    printed = [s for s in workbook.worksheets if s.sheet_state == "visible"]
    assert [s.title for s in printed] == ["Phụ lục 1", "Theo giai đoạn"]
    assert all(s.sheet_state == "hidden" for s in workbook.worksheets[2:])  # units, files
    for sheet in printed:
        assert sheet.page_setup.orientation == "landscape"
        assert int(sheet.page_setup.paperSize) == int(sheet.PAPERSIZE_A4)
        assert sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.page_setup.fitToWidth == 1
        assert sheet.print_title_rows and sheet.print_area
        assert "Trang &P/&N" in sheet.oddFooter.center.text
    main = printed[0]
    assert main["A3"].value.startswith("(Kèm theo Báo cáo số")  # the report's appendix
    assert main["D6"].value == "Đơn vị tính"
    assert printed[1]["A1"].value.startswith("SO SÁNH CÁC CHỈ TIÊU THEO GIAI ĐOẠN")
    formats = {
        c.number_format for row in main.iter_rows(min_row=7) for c in row if c.data_type == "n"
    }
    assert formats <= {COUNT_FORMAT, FRACTION_PERCENT_FORMAT, "[$-42A]#,##0.0", "General"}


def test_the_status_workbook_states_its_deadline_rule_and_prints(built):
    workbook = load_workbook(built.output_dir / "tinh-hinh-nop-bao-cao.xlsx")
    for sheet in workbook.worksheets:
        assert sheet.print_title_rows and "Trang &P/&N" in sheet.oddFooter.center.text
    cells = [c.value for row in workbook["Tình hình nộp"].iter_rows(max_row=6) for c in row]
    assert any(
        isinstance(v, str) and v.startswith("Hạn nộp là ngày cuối cùng còn được tính đúng hạn")
        for v in cells
    )


@pytest.mark.parametrize(("inclusive", "state"), [(True, State.ON_TIME), (False, State.LATE)])
def test_a_file_received_on_the_deadline_day_follows_the_rule_in_cchc_toml(
    tmp_path_factory, inclusive, state
):
    text = SAMPLE_CONFIG.replace(
        "as_of = 2020-05-26", f"as_of = 2020-05-26\ndeadline_inclusive = {str(inclusive).lower()}"
    )
    sample = sample_campaign(
        tmp_path_factory.mktemp("rule") / "dot", lambda: tmp_path_factory.mktemp("forms")
    )
    (sample.root / "cchc.toml").write_text(text, encoding="utf-8")
    campaign = Campaign.open(sample.root)
    filled = sample.submit(
        "xa_lia", {("hs_tiep_nhan_xa", "2019"): 10}
    )  # a blank one is no delivery
    written = sample.submit_outline("xa_lia", {"P1.I.1": [Paragraph("Đã triển khai.")]})
    for path in (filled, written):  # recorded in the receipt register as received that day
        sample.received_on(path, datetime(2020, 5, 20, 16, 0, tzinfo=VIETNAM))
    [row] = [r for r in campaign.status().rows if r.unit == "xa_lia" and r.task == "2.1"]
    assert row.state is state
    assert campaign.config.last_day(date(2020, 5, 20)) == date(2020, 5, 20 if inclusive else 19)


def test_the_commune_form_asks_only_for_what_it_has_and_has_room_to_sign(built):
    workbook = load_workbook(built.forms_dir / "xa_lia.xlsx")
    steps = " ".join(c.value or "" for row in workbook["Hướng dẫn"].iter_rows() for c in row)
    assert "Ô số lượng" in steps and "Ô Có/Không" not in steps and "Ô tỷ lệ" not in steps
    assert "gửi trong ngày 20/5/2020 vẫn được tính là đúng hạn" in steps
    sheet = workbook["III"]
    texts = [c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    assert {"NGƯỜI LẬP BIỂU", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"} <= set(texts)
    assert "Lìa, ngày      tháng 5 năm 2020" in texts
    last_row = max(
        c.row for row in sheet.iter_rows() for c in row if c.value == "(Ký tên, đóng dấu)"
    )
    area = sheet.print_area if isinstance(sheet.print_area, str) else sheet.print_area[0]
    assert int(re.findall(r"\d+", area)[-1]) > last_row  # the signatures print


def test_the_units_outline_is_its_report_in_decree_30_layout(built):
    path = built.forms_dir / "xa_lia-de-cuong.docx"
    document = Document(str(path))
    issuer, national = document.tables[0].rows[0].cells
    number, dated = document.tables[0].rows[1].cells
    assert issuer.text.strip() == "ỦY BAN NHÂN DÂN\nXÃ LÌA"
    assert national.text.startswith("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    assert number.text == "Số:        /BC-UBND" and dated.text == "Lìa, ngày      tháng 5 năm 2020"
    received, signature = document.tables[-1].rows[0].cells
    assert received.text.startswith("Nơi nhận:\n- UBND huyện (qua Phòng Nội vụ);")
    assert "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH" in signature.text
    office = Document(str(built.forms_dir / "tu_phap-de-cuong.docx")).tables[0].rows
    assert office[0].cells[0].text.strip() == "UBND HUYỆN HƯỚNG HÓA\nPHÒNG TƯ PHÁP"
    assert office[1].cells[0].text == "Số:        /BC-TP"


def test_reading_a_filled_outline_stops_at_its_closing(built):
    from cchc_core import Paragraph

    built.submit_outline(
        "xa_huong_lap", {"P2.II.3": [Paragraph("Đề nghị hỗ trợ kinh phí sửa chữa trụ sở.")]}
    )
    [submission] = [
        s for s in built.collect().submissions if s.unit == "xa_huong_lap" and s.narratives
    ]
    last = submission.narratives["P2.II.3"].blocks
    assert [b.text for b in last] == ["Đề nghị hỗ trợ kinh phí sửa chữa trụ sở."]


def test_issuing_names_break_between_word_groups_only():
    lines, size = issuing_lines("PHÒNG NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN")
    assert lines == ["PHÒNG NÔNG NGHIỆP VÀ", "PHÁT TRIỂN NÔNG THÔN"] and size == 13


@pytest.mark.skipif(LIBREOFFICE is None, reason="LibreOffice is not installed")
def test_libreoffice_prints_every_letterhead_unbroken_and_numbers_the_vietnamese_way(tmp_path):
    """Every office and commune of the Hướng Hóa defaults: LibreOffice's PDF shows each planned line
    of its name whole; and a workbook's numbers as 5.210 and 95,1% on this English-locale machine."""
    config = parse(default_text())
    document = Document()
    setup_page(document)
    setup_styles(document)
    planned = {}
    for unit in config.units:
        own = unit_letterhead(unit, config)
        lines, size = issuing_lines(own.issuing, config.place_names)
        planned[unit.id] = lines
        header = Header(own.parent, "\n".join(lines), "Số:", f"{own.place}, ngày")
        add_header(document, header, HeaderLayout(issuing_size=size))
        document.add_paragraph("")
    document.save(tmp_path / "tieu-de.docx")
    workbook = Workbook()
    sheet = workbook.active
    sheet["A1"], sheet["A2"] = 5210, 0.951
    sheet["A1"].number_format, sheet["A2"].number_format = COUNT_FORMAT, FRACTION_PERCENT_FORMAT
    workbook.save(tmp_path / "so.xlsx")
    subprocess.run(
        [
            LIBREOFFICE,
            f"-env:UserInstallation=file://{tmp_path}/lo",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(tmp_path / "tieu-de.docx"),
            str(tmp_path / "so.xlsx"),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )

    def text(name):
        done = subprocess.run(
            ["pdftotext", "-layout", str(tmp_path / name), "-"], capture_output=True, check=True
        )
        return done.stdout.decode()

    # each printed line of the left column: what pdftotext lays out before the right column
    printed = {re.split(r"\s{2,}", line.strip())[0] for line in text("tieu-de.pdf").splitlines()}
    for unit, lines in planned.items():
        for line in lines:
            assert line in printed, (unit, line)
    numbers = text("so.pdf")
    assert "5.210" in numbers and "95,1%" in numbers
