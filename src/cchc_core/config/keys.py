"""Every key ``cchc.toml`` may hold, table by table, so that a misspelled key is an error with the
right key suggested (``as_off`` → ``as_of``) instead of a setting silently ignored.

To add a setting, add its key here, its field to ``records.py`` and its reading to ``parse.py``.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from typing import Any

from cchc_core.config.reader import Reader

#: table path → the keys allowed in it; ``name[]`` is an array of tables (``[[name]]``)
KNOWN: Mapping[str, frozenset[str]] = {
    "": frozenset(
        {"demo", "district", "plan", "report", "periods", "check", "status", "units", "tasks"}
        | {"received", "commendations", "conference", "plan_2030", "output"}
        | {"received", "targets", "earlier_review"}
    ),
    "district": frozenset({"name", "province", "place", "level", "id"}),
    "plan": frozenset({"number", "date", "title", "send_to", "follow_up"}),
    "report": frozenset(
        {"number", "number_suffix", "date", "month", "year", "title", "grounds", "recipients"}
        | {"archive", "signer"}
    ),
    "report.signer": frozenset({"authority", "title", "name"}),
    "periods": frozenset({"years", "partial_until", "phases"}),
    "check": frozenset({"jump_ratio", "jump_min", "merged_ratio"}),
    "status": frozenset({"as_of", "deadline_inclusive"}),
    "output": frozenset({"unit_sheets_max"}),
    "units[]": frozenset(
        {"id", "name", "kind", "merged_from", "merged_on", "head_title", "head_name"}
        | {"letterhead", "email"}
    ),
    "tasks[]": frozenset(
        {"id", "title", "lead", "coordinating", "deadline", "deadline_text", "concerns"}
        | {"tracking", "domain", "new_reports"}
    ),
    "received[]": frozenset({"file", "date"}),
    "commendations": frozenset(
        {"lead", "council", "number_suffix", "forms", "rows", "achievement_period", "grounds"}
        | {"criteria", "district_indicators"}
    ),
    "commendations.criteria[]": frozenset(
        {"label", "groups", "points", "scoring", "source", "indicator", "period", "threshold"}
    ),
    "conference": frozenset(
        {"title", "date", "time", "venue", "communes_by", "participants", "programme"}
        | {"indicators", "invitation_suffix", "programme_suffix", "signer"}
    ),
    "conference.signer": frozenset({"authority", "title", "name"}),
    "conference.programme[]": frozenset({"time", "item", "by"}),
    "plan_2030": frozenset({"number_suffix", "province_programme", "grounds", "targets"}),
    "plan_2030.targets[]": frozenset({"indicator", "by_2025", "by_2030", "source"}),
    "targets[]": frozenset(
        {"key", "label", "domain", "source", "operator", "threshold", "year", "indicator", "per"}
        | {"reduction_since", "over", "scope"}
    ),
    "earlier_review": frozenset({"file", "phase", "source"}),
}


def _pattern(path: str) -> str:
    """The :data:`KNOWN` key of a table path: ``units[3]`` → ``units[]``."""
    return re.sub(r"\[\d+\]", "[]", path)


def check_keys(reader: Reader, node: Mapping[str, Any] | None = None, table: str = "") -> None:
    """Refuse any key that is not in :data:`KNOWN`, naming it, its line and the nearest known key."""
    node = reader.data if node is None else node
    allowed = KNOWN[_pattern(table)]
    for key, value in node.items():
        path = f"{table}.{key}" if table else key
        if key not in allowed:
            close = difflib.get_close_matches(key, sorted(allowed), n=1, cutoff=0.6)
            hint = (
                f"Có phải là “{close[0]}”?"
                if close
                else "Các khóa được phép ở đây: " + ", ".join(sorted(allowed)) + "."
            )
            raise reader.error(path, "khóa này không có trong cấu hình của cchc", hint)
        if isinstance(value, dict) and _pattern(path) in KNOWN:
            check_keys(reader, value, path)
        elif isinstance(value, list) and f"{_pattern(path)}[]" in KNOWN:
            for position, item in enumerate(value):
                if not isinstance(item, dict):
                    raise reader.error(f"{path}[{position}]", f"cần các bảng [[{path}]]")
                check_keys(reader, item, f"{path}[{position}]")
