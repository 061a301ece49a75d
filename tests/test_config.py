"""cchc.toml: the Hướng Hóa defaults, and clear messages naming the key and line when it is wrong."""

from __future__ import annotations

import json
from datetime import date

import pytest
from click.testing import CliRunner

from cchc_core import ConfigError
from cchc_core.cli import main
from cchc_core.config import default_text, parse
from cchc_core.model.units import UnitKind


def test_defaults_are_huong_hoa_in_2020():
    config = parse(default_text())
    assert config.district.name == "Hướng Hóa"
    assert config.plan.number == "19/KH-UBND"
    assert config.plan.date == date(2020, 4, 22)
    communes = config.communes
    assert len(communes) == 21
    assert {u.name for u in communes if u.kind is UnitKind.TOWN} == {
        "Thị trấn Khe Sanh",
        "Thị trấn Lao Bảo",
    }
    lia = config.unit("xa_lia")
    assert lia.merged_from == ("Xã A Túc", "Xã A Xing")
    assert lia.merged_on == date(2020, 1, 1)
    assert [p.label for p in config.periods] == [
        "Năm 2015",
        "Năm 2016",
        "Năm 2017",
        "Năm 2018",
        "Năm 2019",
        "Năm 2020 (Tính đến 31/3)",
    ]
    assert [p.key for p in config.phases] == ["2011-2015", "2016-2020"]
    assert config.report.signer.name == "Đặng Trọng Vân"


def test_defaults_hold_every_task_of_the_plan_with_its_deadline():
    config = parse(default_text())
    assert [t.id for t in config.tasks] == [
        "1",
        "2.1",
        "2.2",
        "3.1",
        "3.2",
        "3.3",
        "3.4",
        "3.5",
        "3.6",
        "3.7",
        "3.8",
        "3.9",
        "4",
        "5",
        "6",
    ]
    assert config.task("2.1").deadline == date(2020, 5, 20)
    assert "15/5/2020" in config.task("2.1").deadline_text
    assert config.task("3.9").deadline == date(2020, 5, 25)
    assert config.task("3.1").lead == "Phòng Tư pháp"
    assert config.task("6").deadline is None


def test_unit_count_counts_a_merged_commune_as_its_former_communes_before_the_merger():
    config = parse(default_text())
    by_key = {p.key: p for p in config.periods}
    assert config.unit_count(by_key["2019"], offices=False) == 22
    assert config.unit_count(by_key["2020-den-03-31"], offices=False) == 21


def _broken(old: str, new: str) -> str:
    text = default_text()
    assert old in text
    return text.replace(old, new, 1)


def test_a_missing_key_is_named_with_its_table_line():
    text = _broken('name = "Hướng Hóa"              # tên huyện, không kèm chữ "huyện"\n', "")
    with pytest.raises(ConfigError) as raised:
        parse(text)
    line = text.splitlines().index("[district]") + 1
    assert "district.name" in raised.value.message
    assert f"dòng {line}:" in raised.value.message  # the table the key belongs in


def test_a_wrong_date_names_the_key_and_its_line():
    text = _broken("date = 2020-04-22", 'date = "22 tháng 4"')
    with pytest.raises(ConfigError) as raised:
        parse(text)
    line = text.splitlines().index('date = "22 tháng 4"') + 1
    assert "plan.date" in raised.value.message
    assert f"dòng {line}" in raised.value.message


def test_a_wrong_unit_kind_names_the_unit_and_line():
    text = _broken(
        'id = "xa_xy"\nname = "Xã Xy"\nkind = "commune"',
        'id = "xa_xy"\nname = "Xã Xy"\nkind = "xa"',
    )
    with pytest.raises(ConfigError) as raised:
        parse(text)
    assert "units[33].kind" in raised.value.message
    assert "office, commune, town hoặc district" in raised.value.hint


def test_vietnamese_dates_are_accepted():
    text = _broken("date = 2020-04-22", 'date = "22/4/2020"')
    assert parse(text).plan.date == date(2020, 4, 22)


def test_syntax_error_says_where():
    line = len(default_text().splitlines()) + 2  # the line after the blank one added below
    with pytest.raises(ConfigError) as raised:
        parse(default_text() + "\n[[units]\n")
    assert "sai cú pháp" in raised.value.message
    assert f"dòng {line}, cột 8" in raised.value.message and "thiếu ]]" in raised.value.message
    assert raised.value.details["line"] == line


def test_a_duplicate_unit_id_is_refused():
    text = default_text() + '\n[[units]]\nid = "xa_xy"\nname = "Xã Xy 2"\nkind = "commune"\n'
    with pytest.raises(ConfigError) as raised:
        parse(text)
    assert "xa_xy" in raised.value.message


def test_a_district_that_writes_its_own_name_answers_the_province_under_its_own_id():
    # found in review: the template fixed id = "huong_hoa", and Gio Linh, which changed only its
    # name, sent its roll-up as Hướng Hóa's
    assert parse(default_text()).district.id == "huong_hoa"
    gio_linh = parse(default_text().replace('name = "Hướng Hóa"', 'name = "Gio Linh"', 1))
    assert gio_linh.district.id == "gio_linh"
    chosen = default_text().replace('# id = "huong_hoa"', 'id = "hh"', 1)
    assert parse(chosen).district.id == "hh"  # a province that uses other ids still can


def test_init_creates_the_campaign_folders_and_refuses_to_overwrite(tmp_path):
    runner = CliRunner()
    result = runner.invoke(main, ["init", str(tmp_path / "dot")])
    assert result.exit_code == 0, result.output
    for name in ("cchc.toml", "forms", "inbox", "output"):
        assert (tmp_path / "dot" / name).exists()
    again = runner.invoke(main, ["init", str(tmp_path / "dot")])
    assert again.exit_code == 2
    assert "--force" in again.output


def test_a_campaign_missing_an_owner_office_is_told_which_and_runs_without_its_plugin(tmp_path):
    from cchc_core import Campaign

    text = _broken('id = "tu_phap"', 'id = "phong_tu_phap"')
    text = text.replace('concerns = ["tu_phap"]', 'concerns = ["phong_tu_phap"]')
    campaign = Campaign.new(tmp_path / "dot", config_text=text)
    catalogue = campaign.catalogue  # no error for the whole campaign
    [failure] = campaign.plugin_failures
    assert failure.plugin == "the_che"
    assert "không có đơn vị id = “tu_phap” trong cchc.toml" in failure.reason
    assert "có phải là “phong_tu_phap”?" in failure.reason
    assert "cchc_the_che/" in failure.reason  # where the plugin names it
    assert not catalogue.has_indicator("tc_vbqppl_tong")
    assert catalogue.has_indicator("hs_ty_le_xa")


@pytest.mark.parametrize(
    ("old", "new", "key"),
    [
        ("years = [2015, 2016, 2017, 2018, 2019]", "years = []", "periods.years"),
        ("years = [2015, 2016, 2017, 2018, 2019]", "years = [0, 2019]", "periods.years"),
        ('phases = ["2011-2015", "2016-2020"]', "phases = []", "periods.phases"),
    ],
)
def test_periods_that_reports_cannot_use_are_refused(old, new, key):
    with pytest.raises(ConfigError) as raised:
        parse(_broken(old, new))
    assert key in raised.value.message


def test_a_task_naming_an_unknown_domain_is_noted_in_the_status(tmp_path):
    from cchc_core import Campaign

    text = _broken('domain = "iso"', 'domain = "ISO"')
    campaign = Campaign.new(tmp_path / "dot", config_text=text)
    report = campaign.status()
    assert not [r for r in report.rows if r.task == "3.6"]
    [note] = report.notes
    assert "Nhiệm vụ 3.6" in note and "ISO" in note


@pytest.mark.parametrize(
    ("old", "new", "key", "suggestion"),
    [
        ('as_of = ""', 'as_off = ""', "status.as_off", "“as_of”"),
        ('name = "Hướng Hóa"', 'ten = "Hướng Hóa"', "district.ten", "name"),
        (
            'kind = "town"',
            'kind = "town"\nmerge_from = ["x"]',
            "units[13].merge_from",
            "merged_from",
        ),
        ("[check]", "[checks]\n[check]", "checks", "“check”"),
    ],
)
def test_an_unknown_or_misspelled_key_is_refused_with_the_right_one(old, new, key, suggestion):
    with pytest.raises(ConfigError) as raised:
        parse(default_text().replace(old, new, 1))
    assert f"khóa “{key}”" in raised.value.message and "dòng" in raised.value.message
    assert suggestion in raised.value.hint


@pytest.mark.parametrize(
    ("value", "accepted"),
    [
        ("2020-05-26T08:30:00", date(2020, 5, 26)),  # a TOML date-time: the day counts
        ("2020-05-26 08:30:00+07:00", date(2020, 5, 26)),
        ("1979-12-31", None),
        ("9999-01-01", None),
        ('"31/2/2020"', None),
    ],
)
def test_dates_are_days_within_what_office_files_can_hold(value, accepted):
    text = default_text().replace('as_of = ""', f"as_of = {value}", 1)
    if accepted:
        assert parse(text).status_as_of == accepted
    else:
        with pytest.raises(ConfigError) as raised:
            parse(text)
        assert "status.as_of" in raised.value.message


def test_valid_toml_that_is_not_what_cchc_expects_gets_a_message_not_a_traceback():
    deep = "[" * 5000 + "]" * 5000
    for text in (
        default_text().replace("years = [2015", f"years = [{deep}, 2015", 1),
        f"x = {deep}\n",
        default_text().replace("jump_ratio = 3.0", 'jump_ratio = "ba"', 1),
        default_text().replace("jump_ratio = 3.0", "jump_ratio = nan", 1),
        default_text().replace("merged_ratio = 0.65", "merged_ratio = 7", 1),
        default_text().replace('name = "Hướng Hóa"', "name = 5", 1),
        default_text().replace("[[units]]", "units = 3\n[[unitz]]", 1),
    ):
        with pytest.raises(ConfigError) as raised:
            parse(text)
        assert raised.value.message.startswith("cchc.toml")


def test_init_says_which_dates_are_still_the_2020_plans(tmp_path):
    from click.testing import CliRunner

    from cchc_core.cli import main

    result = CliRunner().invoke(main, ["init", str(tmp_path / "moi")])
    assert result.exit_code == 0, result.output
    assert "vẫn là của Kế hoạch 19/KH-UBND năm 2020" in result.output
    assert "Hạn nhiệm vụ 2.1: 20/5/2020 (dòng " in result.output
    assert (tmp_path / "moi" / "cchc.toml").stat().st_mode & 0o044 == 0o044  # others can read


def test_init_refuses_a_deadline_before_the_plan_it_belongs_to(tmp_path):
    from click.testing import CliRunner

    from cchc_core.cli import main

    args = ["init", str(tmp_path / "moi"), "--plan-date", "22/4/2025", "--deadline", "20/5/2020"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    assert "Hạn các đơn vị gửi báo cáo (20/5/2020) trước ngày ban hành kế hoạch (22/4/2025)" in (
        result.output
    )
    assert not (tmp_path / "moi").exists()


def test_init_with_the_new_plan_moves_every_deadline(tmp_path):
    from click.testing import CliRunner

    from cchc_core.cli import main
    from cchc_core.config import load

    result = CliRunner().invoke(
        main, ["init", str(tmp_path / "moi"), "--plan-date", "15/4/2025", "--deadline", "25/5/2025"]
    )
    assert result.exit_code == 0, result.output
    assert "vẫn là của Kế hoạch 19/KH-UBND" not in result.output
    config = load(tmp_path / "moi" / "cchc.toml")
    assert config.plan.date == date(2025, 4, 15)
    deadlines = {t.id: t.deadline for t in config.tasks}
    assert deadlines["2.1"] == deadlines["3.1"] == date(2025, 5, 25)
    assert deadlines["3.9"] == date(2025, 5, 30)  # five days after, as in the plan
    # the rest of the campaign's dates keep their distance to the deadline, and so do the texts
    # that state them: the status workbook shows the wording, the report its month
    assert config.conference.date == date(2025, 5, 30)
    assert config.conference.communes_by == date(2025, 5, 20)
    assert (config.report.month, config.report.year) == (5, 2025)
    wording = {t.id: t.deadline_text for t in config.tasks}
    # 30/4 moved five years and five days is 5/5: the words name the month of the date judged
    assert deadlines["1"] == date(2025, 5, 5)
    assert wording["1"] == "Trong tháng 5/2025" and wording["3.1"] == "Trước 25/5/2025"
    assert wording["2.1"] == (
        "Tổ chức hội nghị trước ngày 20/5/2025; gửi báo cáo lên UBND huyện (qua Phòng Nội vụ) "
        "trước 25/5/2025"
    )
    assert "trước ngày 20/5/2025" in config.commendations.criteria[-1].label
    assert "Hội nghị tổng kết cấp huyện: 30/5/2025 (dòng " in result.output
    # the plan cites itself among the report's grounds: with its new date, like its reference
    assert (
        "Kế hoạch số 19/KH-UBND ngày 15/4/2025 của UBND huyện Hướng Hóa"
        in config.report.grounds[-1]
    )
    assert all("22/4/2020" not in ground for ground in config.report.grounds)
    # what init cannot choose for a new review is named, with its line
    assert "số liệu thống kê vẫn là các năm 2015–2020 (đến 31/3/2020)" in result.output
    assert "Sửa mục [periods] (dòng " in result.output


def test_init_with_the_plan_date_alone_moves_the_deadlines_with_it(tmp_path):
    from click.testing import CliRunner

    from cchc_core.cli import main
    from cchc_core.config import load

    result = CliRunner().invoke(main, ["init", str(tmp_path / "moi"), "--plan-date", "29/4/2020"])
    assert result.exit_code == 0, result.output
    config = load(tmp_path / "moi" / "cchc.toml")
    deadlines = {t.id: t.deadline for t in config.tasks}
    assert deadlines["2.1"] == date(2020, 5, 27) and deadlines["3.9"] == date(2020, 6, 1)
    assert config.conference.date == date(2020, 6, 1)
    assert "số liệu thống kê vẫn là" not in result.output  # the same review, a week later


def test_init_with_a_deadline_alone_keeps_the_plan_s_date(tmp_path):
    from click.testing import CliRunner

    from cchc_core.cli import main
    from cchc_core.config import load

    result = CliRunner().invoke(main, ["init", str(tmp_path / "moi"), "--deadline", "27/5/2020"])
    assert result.exit_code == 0, result.output
    config = load(tmp_path / "moi" / "cchc.toml")
    assert config.plan.date == date(2020, 4, 22)
    assert {t.id: t.deadline for t in config.tasks}["2.1"] == date(2020, 5, 27)


def test_init_sets_the_plan_date_even_when_the_deadline_stays(tmp_path):
    from click.testing import CliRunner

    from cchc_core.cli import main
    from cchc_core.config import load

    args = ["init", str(tmp_path / "moi"), "--plan-date", "1/5/2020", "--deadline", "20/5/2020"]
    result = CliRunner().invoke(main, [*args, "--json"])
    assert result.exit_code == 0, result.output
    config = load(tmp_path / "moi" / "cchc.toml")
    assert config.plan.date == date(2020, 5, 1)  # dropped when nothing else moved
    assert {t.id: t.deadline for t in config.tasks}["2.1"] == date(2020, 5, 20)
    # task 1 (issuing the plan, by 30/4) now falls before the plan: said, with its line
    [early] = json.loads(result.output)["dates_before_the_plan"]
    assert early.startswith("Chú ý: hạn nhiệm vụ 1 (30/4/2020) trước ngày ban hành kế hoạch")
