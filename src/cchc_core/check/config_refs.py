"""Indicator codes ``cchc.toml`` names (ranking criteria, key figures, plan targets, the
``[[targets]]`` tables) that the installed plugins do not declare: a misspelt code, or a plugin not
installed or disabled.

Such a code never stops the campaign (a district may build urgently with a plugin disabled): each is
a warning of ``cchc check`` naming the key and its line, and the documents that use it say visibly
that it is left out.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator

from cchc_core.config import CONFIG_NAME, CampaignConfig
from cchc_core.config.reader import LineIndex
from cchc_core.errors import ConfigError
from cchc_core.model.findings import Finding, Location, Severity
from cchc_core.plugin.catalogue import Catalogue
from cchc_core.plugin.targets import resolve

LEFT_OUT = "plugin chưa cài hoặc cchc.toml ghi sai mã"


def has_values(catalogue: Catalogue, code: str) -> bool:
    """True when ``code`` is a row of the catalogue that holds values (not a heading)."""
    return catalogue.has_indicator(code) and not catalogue.indicator(code).is_heading


def config_findings(config: CampaignConfig, catalogue: Catalogue) -> Iterator[Finding]:
    """A warning for each indicator code of ``cchc.toml`` the catalogue lacks, for each
    ``[[targets]]`` table of a domain no plugin declares, and for each target measured from a year
    the campaign has no figures for."""
    yield from _base_years(config, catalogue)
    domains = {d.key for d in catalogue.domains}
    for setting in config.targets:
        domain = setting.get("domain")
        if domain is not None and domain not in domains:
            yield Finding(
                "config.unknown-domain",
                Severity.WARNING,
                f"Mục tiêu “{setting.key}” ([[targets]]"
                f"{f', dòng {setting.line}' if setting.line else ''}): không có lĩnh vực "
                f"“{domain}” ({LEFT_OUT.replace('mã', 'khóa')}); mục tiêu này được bỏ qua.",
                "Các lĩnh vực có: " + ", ".join(sorted(domains)) + ".",
                location=Location(CONFIG_NAME),
            )
    unknown = [
        (key, code)
        for key, code in config.indicator_references()
        if not has_values(catalogue, code)
    ]
    if not unknown:
        return
    source = config.source
    lines = (
        LineIndex(source.read_text(encoding="utf-8-sig"))
        if source is not None and source.is_file()
        else None
    )
    codes = sorted(i.code for i in catalogue.indicators if not i.is_heading)
    for key, code in unknown:
        line = lines.line_of(key) if lines else None
        close = difflib.get_close_matches(code, codes, n=1, cutoff=0.6)
        yield Finding(
            "config.unknown-indicator",
            Severity.WARNING,
            f"Khóa “{key}”{f' (dòng {line})' if line else ''}: không có chỉ tiêu mã “{code}” "
            f"({LEFT_OUT}); chỉ tiêu này được bỏ qua trong các văn bản dùng nó.",
            (f"Có phải là “{close[0]}”? " if close else "")
            + "Xem mã các chỉ tiêu bằng lệnh cchc explain hoặc cchc plugins.",
            location=Location(CONFIG_NAME),
            indicator=code,
        )


def _base_years(config: CampaignConfig, catalogue: Catalogue) -> Iterator[Finding]:
    """A target measured as a reduction since a year (Nghị quyết 39's staff cuts since 2015) that
    is not among the campaign's years ([periods] changed for a later review) cannot be judged:
    said once, with the ``[[targets]]`` table that sets another year. A table cchc.toml gets wrong
    is said where the targets are judged (:func:`~cchc_core.plugin.targets.resolve`)."""
    try:
        targets = resolve(catalogue, config)
    except ConfigError:
        return
    years = {p.key for p in config.periods}
    lines = {s.key: s.line for s in config.targets}
    for target in targets:
        since = target.reduction_since
        if since is None or str(since) in years:
            continue
        line = lines.get(target.key)
        yield Finding(
            "config.target-base-year",
            Severity.WARNING,
            f"Mục tiêu “{target.label}” (khóa {target.key}) tính mức giảm so với năm {since}, "
            f"nhưng đợt tổng kết không có số liệu năm {since} ([periods]"
            + (f", [[targets]] dòng {line}" if line else "")
            + "): mục tiêu này ghi “Chưa đủ số liệu”.",
            f"Muốn đánh giá, ghi năm gốc là một năm của đợt trong cchc.toml: [[targets]] key = "
            f'"{target.key}", reduction_since = {config.periods[0].year}.',
            location=Location(CONFIG_NAME),
        )
