"""Domains: the fields of the review, each a specialist report (3.1–3.7) owned by one office."""

from __future__ import annotations

import re

from attrs import field, frozen

from cchc_core.util.text import fold


def _slug(instance: object, attribute: object, value: str) -> None:
    if not re.match(r"^[a-z0-9][a-z0-9-]*$", value):
        raise ValueError(
            f"slug “{value}” của lĩnh vực phải là chữ thường không dấu nối bằng dấu - (ví dụ "
            "dan-van): nó là tên tệp báo cáo chuyên đề"
        )


@frozen
class Domain:
    """A field of the review and its specialist report.

    ``key`` is the plugin-facing identifier (``the_che``); ``report_number`` the task number in the
    plan (``3.1``), or empty for the core's cross-cutting part, which has no specialist report;
    ``owner`` the unit id of the office that writes it; ``outline`` the key of its heading in Phụ lục 2
    and ``proposal`` the key of its line in Part 2 (proposals for 2021–2030); ``sections`` the Phụ lục 1
    sections its indicators live in. The specialist report is written to
    ``output/chuyen-de/<report_number>-<slug>.docx``.
    """

    key: str
    title: str = field(converter=fold)
    report_title: str = field(converter=fold)
    owner: str
    slug: str = field(validator=_slug)
    report_number: str = ""
    outline: str = ""
    proposal: str = ""
    sections: tuple[str, ...] = field(default=(), converter=tuple)
    order: int = 0

    @property
    def has_report(self) -> bool:
        """True when the domain has its own specialist report."""
        return bool(self.report_number)

    @property
    def report_filename(self) -> str:
        """``3.1-the-che.docx``."""
        return f"{self.report_number}-{self.slug}.docx"
