"""cchc plugin of Văn phòng HĐND và UBND huyện: cải cách thủ tục hành chính, một cửa,
sự hài lòng (specialist report 3.2, Phụ lục 1 section III and row I.6)."""

from __future__ import annotations

from cchc_core import FieldPlugin

from . import report
from .catalogue import DOMAIN, HEADINGS, ROWS, RULES, SATISFACTION_ROWS, SECTION, TARGETS

#: the entry point of the distribution (``[project.entry-points.cchc]``) names this object
plugin = FieldPlugin(
    domains=(DOMAIN,),
    sections=(SECTION,),
    indicators=(*ROWS, *SATISFACTION_ROWS),
    headings=HEADINGS,
    rules=RULES,
    reports={DOMAIN.key: report.context},
    targets=TARGETS,
)
