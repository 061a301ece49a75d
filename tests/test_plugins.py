"""Plugin discovery: the six field plugins load through entry points; broken ones are reported by
name while the others keep working."""

from __future__ import annotations

import pytest

from cchc_core import PluginError
from cchc_core.plugin.catalogue import build
from cchc_core.plugin.manager import make_plugin_manager

FIELD_PLUGINS = {"the_che", "tthc", "bo_may", "cong_chuc", "tai_chinh", "hien_dai_hoa"}


def loaded_names(pm):
    return {name for name, plugin in pm.list_name_plugin() if plugin is not None}


def test_six_field_plugins_are_discovered_through_entry_points():
    pm = make_plugin_manager()
    assert loaded_names(pm) >= FIELD_PLUGINS
    assert pm.failures == []
    distributions = {info.name: info.distribution for info in pm.infos()}
    assert distributions["the_che"] == "cchc-the-che"
    assert distributions["hien_dai_hoa"] == "cchc-hien-dai-hoa"


def test_each_report_3_1_to_3_7_has_one_owner_office():
    catalogue = build(make_plugin_manager())
    owners = {d.report_number: d.owner for d in catalogue.domains if d.report_number}
    assert owners == {
        "3.1": "tu_phap",
        "3.2": "van_phong",
        "3.3": "noi_vu",
        "3.4": "noi_vu",
        "3.5": "tai_chinh_ke_hoach",
        "3.6": "kinh_te_ha_tang",
        "3.7": "van_hoa_thong_tin",
    }
    hien_dai_hoa = {
        d.report_number
        for d in catalogue.domains
        if catalogue.origins[f"domain:{d.key}"] == "hien_dai_hoa"
    }
    assert hien_dai_hoa == {"3.6", "3.7"}


def test_plugin_that_fails_to_import_is_reported_by_distribution_and_others_load(fake_distribution):
    fake_distribution("cchc-broken", "broken", "raise ImportError('thiếu thư viện xyz')")
    pm = make_plugin_manager()
    assert loaded_names(pm) >= FIELD_PLUGINS
    [failure] = pm.failures
    assert failure.distribution == "cchc-broken"
    assert failure.plugin == "broken"
    assert "thiếu thư viện xyz" in failure.reason


def test_misspelled_hook_is_caught_with_a_suggestion(fake_distribution):
    fake_distribution(
        "cchc-typo",
        "typo",
        """
        from cchc_core import hookimpl

        @hookimpl
        def cchc_indicator(register):
            pass
        """,
    )
    pm = make_plugin_manager()
    [failure] = pm.failures
    assert failure.distribution == "cchc-typo"
    assert "cchc_indicator" in failure.reason
    assert "cchc_indicators" in failure.reason  # the suggestion
    assert "typo" not in loaded_names(pm)
    assert loaded_names(pm) >= FIELD_PLUGINS


def test_hook_with_an_argument_the_spec_lacks_is_refused(fake_distribution):
    fake_distribution(
        "cchc-badargs",
        "badargs",
        """
        from cchc_core import hookimpl

        @hookimpl
        def cchc_rules(register, campaign):
            pass
        """,
    )
    pm = make_plugin_manager()
    [failure] = pm.failures
    assert failure.distribution == "cchc-badargs"
    assert "campaign" in failure.reason


def test_disable_plugins_by_entry_point_or_distribution_name(monkeypatch):
    monkeypatch.setenv("CCHC_DISABLE_PLUGINS", "tthc, cchc-bo-may")
    names = loaded_names(make_plugin_manager())
    assert "tthc" not in names
    assert "bo_may" not in names
    assert {"the_che", "cong_chuc", "tai_chinh", "hien_dai_hoa"} <= names


def test_disabling_a_plugin_drops_what_depends_on_it_and_says_so(monkeypatch):
    monkeypatch.setenv("CCHC_DISABLE_PLUGINS", "tthc")
    catalogue = build(make_plugin_manager())
    assert not catalogue.has_indicator("hs_ty_le_huyen")
    assert catalogue.has_indicator("tc_vbqppl_tong")


def test_strict_mode_turns_a_failure_into_an_error(fake_distribution, monkeypatch):
    fake_distribution("cchc-broken", "broken", "raise RuntimeError('hỏng')")
    monkeypatch.setenv("CCHC_STRICT_PLUGINS", "1")
    with pytest.raises(PluginError) as raised:
        make_plugin_manager()
    assert "cchc-broken" in raised.value.message


def test_a_hook_that_raises_is_reported_and_the_others_still_declare(fake_distribution):
    fake_distribution(
        "cchc-crash",
        "crash",
        """
        from cchc_core import hookimpl

        @hookimpl
        def cchc_rules(register):
            raise ZeroDivisionError("chia cho 0")
        """,
    )
    pm = make_plugin_manager()
    catalogue = build(pm)
    assert any(f.distribution == "cchc-crash" and "chia cho 0" in f.reason for f in pm.failures)
    assert any(rule.code == "pakn_giai_quyet_le_tiep_nhan" for rule in catalogue.rules)


def test_two_plugins_declaring_the_same_indicator_code_are_both_named(fake_distribution):
    fake_distribution(
        "cchc-clash",
        "clash",
        """
        from cchc_core import hookimpl, Indicator, Reporters

        @hookimpl
        def cchc_indicators(register):
            register(Indicator("tc_vbqppl_tong", "Trùng mã", section="II", domain="the_che",
                               reporters=Reporters(offices=("tu_phap",))))
        """,
    )
    pm = make_plugin_manager()
    catalogue = build(pm)
    # outside a campaign nobody can tell which one is right: neither wins by load order
    reasons = {f.plugin: f.reason for f in pm.failures}
    assert set(reasons) == {"clash", "the_che"}
    assert "mã chỉ tiêu tc_vbqppl_tong" in reasons["the_che"] and "clash" in reasons["the_che"]
    assert "the_che" in reasons["clash"]
    assert not catalogue.has_indicator("tc_vbqppl_tong")
    assert catalogue.has_indicator("hs_ty_le_xa")  # the other plugins are untouched


def test_a_new_office_adds_a_report_with_no_change_to_the_core(fake_distribution):
    fake_distribution(
        "cchc-chuyen-de-khac",
        "chuyen_de_khac",
        """
        from cchc_core import hookimpl, Domain, Heading

        @hookimpl
        def cchc_domains(register):
            register(Domain(key="dan_van", title="Dân vận chính quyền",
                            report_title="Báo cáo chuyên đề công tác dân vận chính quyền",
                            owner="noi_vu", slug="dan-van", report_number="3.8"))

        @hookimpl
        def cchc_outline(register):
            register(Heading("P1.II.7", "Dân vận chính quyền", "dan_van", parent="P1.II",
                             number="7.", order=7))
        """,
    )
    catalogue = build(make_plugin_manager())
    assert catalogue.domain("dan_van").report_number == "3.8"
    assert [h.key for h in catalogue.heading_children("P1.II")][-1] == "P1.II.7"


def test_testing_fixture_gives_a_fresh_manager_with_only_the_plugin_under_test(cchc_manager):
    import cchc_the_che

    pm = cchc_manager(cchc_the_che.plugin)
    assert "the_che" in loaded_names(pm)
    assert "tthc" not in loaded_names(pm)


def test_a_rule_message_with_an_unknown_placeholder_is_refused_at_load(fake_distribution):
    fake_distribution(
        "cchc-bad-message",
        "bad_message",
        """
        from cchc_core import hookimpl, at_most

        @hookimpl
        def cchc_rules(register):
            register(at_most("x_le_y", "pakn_cong_khai", "pakn_tiep_nhan",
                             message="Vượt quá {max}"))
        """,
    )
    pm = make_plugin_manager()
    catalogue = build(pm)
    [failure] = [f for f in pm.failures if f.distribution == "cchc-bad-message"]
    assert "{left}" in failure.reason and "max" in failure.reason
    assert not any(rule.code == "x_le_y" for rule in catalogue.rules)


def test_a_heading_under_a_dropped_heading_is_dropped_too(fake_distribution):
    fake_distribution(
        "cchc-orphans",
        "orphans",
        """
        from cchc_core import hookimpl, Heading

        @hookimpl
        def cchc_outline(register):
            register(Heading("X.1.1", "Con", "chung", parent="X.1"),
                     Heading("X.1", "Cha", "chung", parent="KHONG_CO"))
        """,
    )
    catalogue = build(make_plugin_manager())
    assert not catalogue.has_heading("X.1") and not catalogue.has_heading("X.1.1")


@pytest.mark.parametrize(
    ("value", "strict"), [("0", False), ("false", False), ("", False), ("1", True), ("yes", True)]
)
def test_strict_mode_switch(monkeypatch, value, strict):
    monkeypatch.setenv("CCHC_STRICT_PLUGINS", value)
    assert make_plugin_manager(entry_points=False).strict is strict


def test_a_plugin_s_shortcomings_heading_fills_part_iii_of_its_report(cchc_campaign, cchc_manager):
    """As the plugin guide (section 3) shows: a "Kết quả đạt được" and a "Những tồn tại, hạn chế"
    heading under the field's heading make parts I and III of the specialist report."""
    from cchc_core import Domain, FieldPlugin, Heading, Indicator, ReportContext, Reporters
    from cchc_core import Section as Page
    from cchc_core.testing import docx_text

    key = "dan_van"
    plugin = FieldPlugin(
        domains=(
            Domain(
                key=key,
                title="Công tác dân vận chính quyền",
                report_title="Dân vận",
                owner="noi_vu",
                slug="dan-van",
                report_number="3.8",
                outline="P1.II.7",
                sections=("VIII",),
            ),
        ),
        sections=(Page("VIII", "Dân vận", compiler="Phòng Nội vụ", order=80),),
        indicators=(
            Indicator(
                "dv_doi_thoai",
                "Số cuộc đối thoại",
                section="VIII",
                domain=key,
                reporters=Reporters(communes=True),
                unit_label="cuộc",
            ),
        ),
        headings=(
            Heading(
                "P1.II.7",
                "Công tác dân vận chính quyền",
                key,
                parent="P1.II",
                number="7.",
                order=7,
                writes_text=False,
            ),
            Heading("P1.II.7.1", "Kết quả đạt được", key, parent="P1.II.7", number="7.1.", order=1),
            Heading(
                "P1.II.7.2",
                "Những tồn tại, hạn chế và nguyên nhân",
                key,
                parent="P1.II.7",
                number="7.2.",
                order=2,
            ),
        ),
        reports={
            key: lambda narrator: ReportContext(
                key, {"P1.II.7.1": (narrator.trend("dv_doi_thoai"),)}
            )
        },
    )
    campaign = cchc_campaign(plugin_manager=cchc_manager(plugin))
    assert campaign.plugin_failures == ()
    campaign.submit("xa_lia", {("dv_doi_thoai", "2019"): 4})
    campaign.submit_outline(
        "noi_vu",
        {
            "P1.II.7.1": ["Đã tổ chức đối thoại định kỳ."],
            "P1.II.7.2": ["Một số xã chưa tổ chức đối thoại."],
        },
    )
    campaign.build()
    text = docx_text(campaign.output_dir / "chuyen-de" / "3.8-dan-van.docx")
    first, third = (
        text.index("I. KẾT QUẢ ĐẠT ĐƯỢC"),
        text.index("III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN"),
    )
    assert text[first + 1] == "Đã tổ chức đối thoại định kỳ."
    assert text[first + 2].startswith("Số cuộc đối thoại năm 2019 là 4 cuộc")
    assert text[third + 1] == "Một số xã chưa tổ chức đối thoại."


def test_a_field_plugin_lists_the_hooks_it_gives_through_and_those_it_writes_itself():
    from cchc_core import FieldPlugin, hookimpl

    class WithValidation(FieldPlugin):
        @hookimpl
        def cchc_validate(self, submission, catalogue, config):  # type: ignore[no-untyped-def]
            return ()

    assert FieldPlugin().used_hooks() == ()
    assert WithValidation().used_hooks() == ("cchc_validate",)  # no data, its own code
