"""Fixtures for testing cchc plugins (a pytest plugin, loaded automatically once cchc-core is
installed).

A department tests its plugin in a few lines::

    import cchc_my_plugin

    def test_my_plugin_is_used_whole(cchc_campaign, cchc_manager):
        campaign = cchc_campaign(plugin_manager=cchc_manager(cchc_my_plugin))
        assert [str(f) for f in campaign.plugin_failures] == []  # loaded, declarations accepted

    def test_my_rule_fires(cchc_campaign):
        campaign = cchc_campaign()                      # a small campaign with its forms written
        campaign.submit("noi_vu", {("cc_giao", "2019"): 10, ("cc_co_mat", "2019"): 12})
        assert any(f.code == "rule.cc_co_mat_le_giao" for f in campaign.check().findings)

Fixtures:

- ``cchc_manager``: a factory for a fresh plugin manager holding the core's built-in plugins and the
  plugin modules you pass (installed plugins are not loaded unless ``entry_points=True``).
- ``cchc_catalogue``: a factory building the catalogue from such a manager.
- ``cchc_only_plugins``: restrict every manager of a test (command line included) to named
  installed plugins, so that other installed plugins never change a test's result; for a whole
  session, ``cchc_only_plugins = ["dan_van"]`` in ``[tool.pytest.ini_options]``.
- ``cchc_campaign``: a factory for a small campaign in a temporary folder (the six owner offices, a
  town, a commune, and the merged commune Lìa), forms written, with :meth:`SampleCampaign.submit`
  and :meth:`SampleCampaign.submit_outline` to put filled files in its inbox.

Read-back helpers for what a user would see: :func:`docx_text`, :func:`docx_headings`,
:func:`xlsx_rows`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from cchc_core.demo.sample_campaign import SAMPLE_CONFIG, sample_config
from cchc_core.plugin.manager import CchcPluginManager, make_plugin_manager

__all__ = [
    "SAMPLE_CONFIG",
    "SampleCampaign",
    "docx_headings",
    "docx_text",
    "sample_config",
    "xlsx_rows",
]


class SampleCampaign:
    """A campaign for tests, with helpers to submit filled files as a unit would."""

    def __init__(self, campaign: Any) -> None:
        self.campaign = campaign

    def __getattr__(self, name: str) -> Any:
        return getattr(self.campaign, name)

    def submit(
        self,
        unit_id: str,
        values: Mapping[tuple[str, str], Any],
        *,
        filename: str | None = None,
        notes: Mapping[str, str] | None = None,
        nominations: Sequence[Mapping[str, Any]] = (),
    ) -> Path:
        """Fill ``unit_id``'s blank form with ``values[(code, period key)]`` (and nominations for
        commendation, column key → value) into the inbox."""
        from cchc_core.forms import layout as form_layout
        from cchc_core.forms.filler import fill_form

        blank = self._blank(unit_id, form_layout.form_filename(unit_id), "biểu mẫu")
        target = self.campaign.inbox_dir / (filename or f"{unit_id}.xlsx")
        return fill_form(blank, target, values, notes, nominations)

    def _blank(self, unit_id: str, name: str, what: str) -> Path:
        """The unit's blank file in ``forms/``; a clear error when it has none: most often the
        plugin under test was left out (its reason is given) or asks nothing of that unit."""
        blank = self.campaign.forms_dir / name
        if blank.exists():
            return blank
        failures = "; ".join(str(f) for f in self.campaign.plugin_failures)
        raise FileNotFoundError(
            f"Đợt tổng kết mẫu không có {what} của “{unit_id}” ({blank.name}): "
            + (
                f"plugin bị tạm bỏ — {failures}."
                if failures
                else "đơn vị này không có trong cchc.toml, hay không phải báo cáo gì."
            )
            + " Các đơn vị của đợt mẫu: "
            + ", ".join(u.id for u in self.campaign.config.units)
            + "; phòng chủ trì khác sáu phòng mẫu thì dùng sample_config({id: tên})."
        )

    def received_on(self, path: Path, when: Any) -> None:
        """Record in the receipt register that the inbox file ``path`` arrived at ``when`` (a
        date or datetime), as the clerk's ``cchc receive --on`` does."""
        from datetime import date, datetime

        from cchc_core.collect.receipts import Receipt, append, at_noon, sha256_of

        moment = when if isinstance(when, datetime) else at_noon(when)
        if isinstance(when, datetime) and when.tzinfo is None:
            moment = at_noon(date(when.year, when.month, when.day)).replace(
                hour=when.hour, minute=when.minute
            )
        relative = path.relative_to(self.campaign.inbox_dir).as_posix()
        append(self.campaign.root, [Receipt(moment, relative, sha256=sha256_of(path))])

    def submit_outline(
        self,
        unit_id: str,
        parts: Mapping[str, Sequence[Any]],
        *,
        filename: str | None = None,
        conference: str | None = None,
    ) -> Path:
        """Write ``parts[heading key]`` (blocks: :class:`~cchc_core.Paragraph`, a text for a
        paragraph, :class:`~cchc_core.Table`) under the headings of the unit's outline, and
        ``conference`` as the date a commune held its conference."""
        from cchc_core.forms import layout as form_layout
        from cchc_core.forms.filler import fill_outline

        blank = self._blank(unit_id, form_layout.outline_filename(unit_id), "đề cương")
        target = self.campaign.inbox_dir / (filename or form_layout.outline_filename(unit_id))
        return fill_outline(blank, target, parts, conference)


def _plugin_name(plugin: object) -> str:
    """The name a plugin under test is registered by: its module's name, or for a
    :class:`~cchc_core.FieldPlugin` the key of its first domain."""
    from cchc_core.plugin.field import FieldPlugin

    if isinstance(plugin, FieldPlugin) and plugin.domains:
        return plugin.domains[0].key
    return getattr(plugin, "__name__", type(plugin).__name__)


@pytest.fixture
def cchc_manager() -> Callable[..., CchcPluginManager]:
    """Factory: ``cchc_manager(plugin_module, ..., entry_points=False, strict=False)``."""

    def make(
        *plugins: ModuleType | object, entry_points: bool = False, **options: Any
    ) -> CchcPluginManager:
        named = [(_plugin_name(p), p) for p in plugins]
        return make_plugin_manager(entry_points=entry_points, plugins=named, **options)

    return make


def pytest_addoption(parser: pytest.Parser) -> None:
    """The ``cchc_only_plugins`` setting of ``[tool.pytest.ini_options]``."""
    parser.addini(
        "cchc_only_plugins",
        "installed cchc plugins a test session may load (entry-point or distribution names); "
        "others installed in the environment are ignored",
        type="args",
        default=[],
    )


def pytest_configure(config: pytest.Config) -> None:
    """Restrict the whole session (module fixtures and subprocesses included) to the plugins
    ``cchc_only_plugins`` names, so that another office's plugin installed in the same
    environment never changes a result."""
    import os

    from cchc_core.plugin.manager import ONLY_ENV

    names = config.getini("cchc_only_plugins")
    if names:
        os.environ[ONLY_ENV] = ",".join(names)


@pytest.fixture
def cchc_only_plugins(monkeypatch: pytest.MonkeyPatch) -> Callable[..., None]:
    """Factory: ``cchc_only_plugins("the_che", "cchc-tthc", ...)`` makes every plugin manager of the
    test (the command line's too, and subprocesses it starts) load only those installed plugins,
    by entry-point or distribution name, whatever else is installed in the environment.

    For a whole test session (module-scoped fixtures included), set ``cchc_only_plugins`` in
    ``[tool.pytest.ini_options]`` instead.
    """
    from cchc_core.plugin.manager import ONLY_ENV

    def only(*names: str) -> None:
        monkeypatch.setenv(ONLY_ENV, ",".join(names))

    return only


@pytest.fixture
def cchc_catalogue(cchc_manager: Callable[..., CchcPluginManager]) -> Callable[..., Any]:
    """Factory: ``cchc_catalogue(plugin_module, ...)`` → the assembled catalogue."""
    from cchc_core.plugin.catalogue import build

    def make(*plugins: ModuleType | object, **options: Any) -> Any:
        return build(cchc_manager(*plugins, **options))

    return make


_FORMS_CACHE: dict[tuple[str, str, str], Path] = {}


def sample_campaign(
    folder: Path,
    cache: Callable[[], Path],
    config_text: str = SAMPLE_CONFIG,
    plugin_manager: CchcPluginManager | None = None,
    forms: bool = True,
) -> SampleCampaign:
    """A small campaign in ``folder`` (what the ``cchc_campaign`` fixture makes), for a fixture of
    a wider scope. Blank forms are written once per session for each configuration and catalogue
    into a folder ``cache()`` gives, then copied."""
    import shutil

    from cchc_core.campaign import Campaign

    campaign = Campaign.new(folder, config_text=config_text, plugin_manager=plugin_manager)
    if forms:
        catalogue = campaign.catalogue
        key = (config_text, catalogue.version, catalogue.outline_version)
        if key not in _FORMS_CACHE:
            campaign.forms()
            cached = cache()
            shutil.copytree(campaign.forms_dir, cached, dirs_exist_ok=True)
            _FORMS_CACHE[key] = cached
        else:
            shutil.copytree(_FORMS_CACHE[key], campaign.forms_dir, dirs_exist_ok=True)
    return SampleCampaign(campaign)


@pytest.fixture
def cchc_campaign(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> Callable[..., SampleCampaign]:
    """Factory: ``cchc_campaign(config_text=SAMPLE_CONFIG, plugin_manager=None, forms=True)``.

    Blank forms are written once per test session for each configuration and catalogue, then copied.
    """
    created = 0

    def make(
        config_text: str = SAMPLE_CONFIG,
        plugin_manager: CchcPluginManager | None = None,
        forms: bool = True,
    ) -> SampleCampaign:
        nonlocal created
        created += 1
        return sample_campaign(
            tmp_path / f"campaign-{created}",
            lambda: tmp_path_factory.mktemp("cchc-forms"),
            config_text,
            plugin_manager,
            forms,
        )

    return make


def docx_text(path: Path) -> list[str]:
    """Every paragraph's text of a .docx, tables included (row by row), in document order."""
    from docx import Document
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = Document(str(path))
    lines: list[str] = []
    for child in document.element.body.iterchildren():
        if child.tag == qn("w:p"):
            lines.append(Paragraph(child, document).text)
        elif child.tag == qn("w:tbl"):
            for row in Table(child, document).rows:
                lines.append(" | ".join(cell.text for cell in row.cells))
    return lines


def docx_headings(path: Path) -> list[str]:
    """The texts of the paragraphs styled as headings, in order."""
    from docx import Document

    return [
        p.text for p in Document(str(path)).paragraphs if (p.style.name or "").startswith("Heading")
    ]


def xlsx_rows(path: Path, sheet: str) -> list[tuple[Any, ...]]:
    """The values of a sheet, row by row (as openpyxl reads them)."""
    from openpyxl import load_workbook

    workbook = load_workbook(path)
    return [tuple(cell.value for cell in row) for row in workbook[sheet].iter_rows()]
