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
from cchc_core.model.findings import Finding, Location, Severity
from cchc_core.plugin.catalogue import Catalogue

LEFT_OUT = "plugin chưa cài hoặc cchc.toml ghi sai mã"


def has_values(catalogue: Catalogue, code: str) -> bool:
    """True when ``code`` is a row of the catalogue that holds values (not a heading)."""
    return catalogue.has_indicator(code) and not catalogue.indicator(code).is_heading


def config_findings(config: CampaignConfig, catalogue: Catalogue) -> Iterator[Finding]:
    """A warning for each indicator code of ``cchc.toml`` the catalogue lacks, and for each
    ``[[targets]]`` table of a domain no plugin declares."""
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
