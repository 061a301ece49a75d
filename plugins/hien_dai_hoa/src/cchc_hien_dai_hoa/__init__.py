"""cchc plugin for hiện đại hóa hành chính: ISO 9001 (specialist report 3.6, Phòng Kinh tế và Hạ
tầng) and IT and e-government (specialist report 3.7, Phòng Văn hóa và Thông tin); Phụ lục 1
section VII."""

from __future__ import annotations

from cchc_core import FieldPlugin

from . import report
from .catalogue import DOMAIN, HEADINGS, ISO_DOMAIN, ROWS, RULES, SECTION, TARGETS

#: the entry point of the distribution (``[project.entry-points.cchc]``) names this object
plugin = FieldPlugin(
    domains=(ISO_DOMAIN, DOMAIN),
    sections=(SECTION,),
    indicators=ROWS,
    headings=HEADINGS,
    rules=RULES,
    reports={ISO_DOMAIN.key: report.iso_context, DOMAIN.key: report.context},
    targets=TARGETS,
)
