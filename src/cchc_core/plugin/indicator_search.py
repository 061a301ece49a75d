"""Finding indicators by what a clerk types: a piece of the label, with or without diacritics, or of
the code (``ho so cap xa``, ``hồ sơ xã``, ``tiep_nhan``); the listing ``cchc indicators`` shows."""

from __future__ import annotations

import re

from attrs import frozen

from cchc_core.config import CampaignConfig
from cchc_core.model.indicators import Indicator
from cchc_core.plugin.catalogue import Catalogue
from cchc_core.util.text import match_key, plain_key

_WORD = re.compile(r"[^\W_]+")


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _matches(query_words: list[str], text_words: list[str]) -> bool:
    """Every word typed begins some word of the text (``tiep nh`` finds ``tiếp nhận``)."""
    return all(any(word.startswith(q) for word in text_words) for q in query_words)


def search_indicators(catalogue: Catalogue, query: str) -> tuple[Indicator, ...]:
    """The rows (headings left out) whose code or label holds every word of ``query``, in catalogue
    order. Typed with diacritics, the query matches them exactly (``sơ`` is not ``số``) unless that
    finds nothing; typed without, it matches any. A query with ``_`` is a piece of a code."""
    rows = [i for i in catalogue.indicators if not i.is_heading]
    if "_" in query.strip():
        return tuple(i for i in rows if query.strip().casefold() in i.code)
    has_marks = plain_key(query) != match_key(query)
    for fold in (match_key, plain_key) if has_marks else (plain_key,):
        wanted = _words(fold(query))
        if not wanted:
            return ()
        found = tuple(i for i in rows if _matches(wanted, _words(fold(f"{i.code} {i.label}"))))
        if found:
            return found
    return ()


def best_match(found: tuple[Indicator, ...], query: str) -> Indicator | None:
    """Among rows a search found, the one whose label holds the query as one phrase, when only one
    does (``so ho so cap xa da tiep nhan`` is "Số hồ sơ cấp xã đã tiếp nhận", not the rate row
    whose label holds the same words apart)."""
    if len(found) == 1:
        return found[0]
    phrase = " ".join(_words(plain_key(query)))
    holding = [i for i in found if phrase and phrase in " ".join(_words(plain_key(i.label)))]
    return holding[0] if len(holding) == 1 else None


@frozen
class IndicatorEntry:
    """One row of Phụ lục 1 as ``cchc indicators`` lists it."""

    code: str
    label: str
    unit: str
    section: str
    report: str
    reporters: tuple[str, ...]
    derived_from: tuple[str, ...]

    def who(self) -> str:
        """Who fills the row, in Vietnamese: the offices and/or the communes, or how it is computed."""
        if self.derived_from:
            return "tự tính từ " + " / ".join(self.derived_from)
        return "; ".join(self.reporters)


def list_indicators(
    catalogue: Catalogue, config: CampaignConfig, query: str = ""
) -> tuple[IndicatorEntry, ...]:
    """Every row (or those ``query`` finds) with its unit, section, report and who reports it."""
    rows = (
        search_indicators(catalogue, query)
        if query.strip()
        else tuple(i for i in catalogue.indicators if not i.is_heading)
    )
    reports = {d.key: d.report_number for d in catalogue.domains}
    entries = []
    for indicator in rows:
        offices = tuple(
            config.unit(o).name if config.has_unit(o) else o for o in indicator.reporters.offices
        )
        communes = ("các xã, thị trấn",) if indicator.reporters.communes else ()
        ratio = indicator.ratio
        entries.append(
            IndicatorEntry(
                code=indicator.code,
                label=indicator.label,
                unit=indicator.unit_label or (indicator.measure.label if indicator.measure else ""),
                section=indicator.section,
                report=reports.get(indicator.domain, ""),
                reporters=offices + communes,
                derived_from=(ratio.numerator, ratio.denominator) if ratio else (),
            )
        )
    return tuple(entries)
