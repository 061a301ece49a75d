"""One public surface: what plugins and scripts need is importable from ``cchc_core``; old module
paths still work with a warning; a script's wrong argument gets a CchcError, never a bare KeyError."""

from __future__ import annotations

import ast
import importlib
import sys
from pathlib import Path

import pytest

import cchc_core
from cchc_core import (
    CchcError,
    FieldPlugin,
    UnknownIndicatorError,
    UnknownPeriodError,
    UnknownUnitError,
    hookimpl,
)
from cchc_core.plugin.manager import make_plugin_manager

ROOT = Path(__file__).parents[1]


@pytest.mark.parametrize("name", cchc_core.__all__)
def test_every_public_name_resolves(name):
    assert getattr(cchc_core, name) is not None


#: modules of cchc_core a plugin may import besides the package itself: the test helpers the
#: plugin guide shows (``from cchc_core.testing import docx_text, sample_config``)
PUBLIC_MODULES = {"cchc_core.testing"}


def test_importing_the_package_loads_only_its_errors_and_version():
    # every command, and python -m cchc_core before its Ctrl-C guard, imports the package first
    import subprocess

    code = (
        "import sys, cchc_core; "
        "print(sorted(m for m in sys.modules if m.startswith(('cchc_core.', 'attr', 'pluggy'))))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert loaded.strip() == "['cchc_core._compat', 'cchc_core.errors', 'cchc_core.version']"


def test_the_plugins_of_this_repository_import_only_the_public_surface():
    private = []
    for path in sorted((ROOT / "plugins").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            module = (node.module or "") if isinstance(node, ast.ImportFrom) else ""
            if module.startswith("cchc_core.") and module not in PUBLIC_MODULES:
                private.append(f"{path.relative_to(ROOT)}:{node.lineno} {module}")
    assert not private, private


@pytest.mark.parametrize(
    ("old", "name", "public"),
    [
        ("cchc_core.report", "Narrator", "Narrator"),
        ("cchc_core.report", "ReportContext", "ReportContext"),
        ("cchc_core.rules", "Operator", "Operator"),
        ("cchc_core.blocks", "Paragraph", "Paragraph"),
        ("cchc_core.hookspecs", "hookimpl", "hookimpl"),
    ],
)
def test_an_old_module_path_still_imports_with_a_deprecation_warning(old, name, public):
    sys.modules.pop(old, None)
    with pytest.warns(DeprecationWarning, match="cchc_core"):
        module = importlib.import_module(old)
    assert getattr(module, name) is getattr(cchc_core, public)


def test_collect_and_forms_keep_what_their_old_modules_exported():
    from cchc_core.collect import Collection, collect
    from cchc_core.forms import FormsResult, write_all

    assert callable(collect) and callable(write_all)
    assert Collection.__name__ == "Collection" and FormsResult.__name__ == "FormsResult"


class _Options:
    @hookimpl(tryfirst=True)
    def cchc_rules(self, register):
        register()


class _Wrapper:
    @hookimpl(wrapper=True)
    def cchc_outline(self, register):
        return (yield)


class _NoHooks:
    def cchc_rules(self, register):  # @hookimpl forgotten
        register()


@pytest.mark.parametrize(
    ("plugin", "words"),
    [
        (_Options(), "cchc_rules(tryfirst=True)"),
        (_Wrapper(), "cchc_outline(wrapper=True)"),
        (_NoHooks(), "thiếu @hookimpl"),
    ],
)
def test_a_plugin_the_core_would_misread_is_refused_by_name(plugin, words):
    pm = make_plugin_manager(entry_points=False, plugins=[("office_x", plugin)])
    [failure] = pm.failures
    assert failure.plugin == "office_x" and words in failure.reason
    assert not pm.has_plugin("office_x")


def test_a_field_plugin_is_its_data_and_its_report_function(cchc_catalogue):
    import cchc_the_che

    plugin = cchc_the_che.plugin
    assert isinstance(plugin, FieldPlugin)
    catalogue = cchc_catalogue(plugin)
    assert catalogue.domain("the_che").report_number == "3.1"
    assert len(catalogue.domain_indicators("the_che")) == len(plugin.indicators)
    assert {r.code for r in plugin.rules} <= {r.code for r in catalogue.rules}


@pytest.fixture(scope="module")
def dataset(tmp_path_factory):
    from cchc_core import Campaign

    campaign = Campaign.new(tmp_path_factory.mktemp("api") / "dot")
    return campaign.aggregate()


def test_a_year_given_as_a_number_is_accepted(dataset):
    assert dataset.total("hs_ty_le_xa", 2019) is dataset.total("hs_ty_le_xa", "2019")


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda d: d.total("khong_co", "2019"), UnknownIndicatorError),
        (lambda d: d.total("hs_ty_le_xa", 2031), UnknownPeriodError),
        (lambda d: d.total("hs_ket_qua", "2019"), UnknownIndicatorError),
        (lambda d: d.phase("hs_ty_le_xa", "2021-2025"), UnknownPeriodError),
        (lambda d: d.config.unit("xa_khong_co"), UnknownUnitError),
    ],
)
def test_a_wrong_argument_from_a_script_is_a_cchc_error_with_a_message(dataset, call, error):
    with pytest.raises(error) as raised:
        call(dataset)
    assert isinstance(raised.value, CchcError) and isinstance(raised.value, KeyError)
    assert raised.value.message and str(raised.value) == raised.value.message
    assert raised.value.hint or isinstance(raised.value, UnknownIndicatorError)


def test_a_plugin_written_from_the_0_1_guide_still_works(cchc_campaign, cchc_manager):
    import importlib.util

    from cchc_core.documents.build import gather_contexts

    path = Path(__file__).parent / "data" / "cchc_dan_van_0_1.py"
    spec = importlib.util.spec_from_file_location("cchc_dan_van_0_1", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules.pop("cchc_core.report", None)
    with pytest.warns(DeprecationWarning, match="cchc_core.report"):
        spec.loader.exec_module(module)
    pm = cchc_manager(module)
    assert pm.failures == []
    campaign = cchc_campaign(plugin_manager=pm)
    campaign.submit("xa_lia", {("dv_kien_nghi", "2019"): 3, ("dv_da_giai_quyet", "2019"): 5})
    assert [e.code for e in campaign.check().errors] == ["rule.dv_giai_quyet_le_kien_nghi"]
    blocks = gather_contexts(pm, campaign.aggregate())["dan_van"].blocks["P1.II.7"]
    assert "Số cuộc đối thoại" in blocks[0].text
