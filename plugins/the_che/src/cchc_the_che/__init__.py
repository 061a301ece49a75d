"""cchc plugin of Phòng Tư pháp: cải cách thể chế (specialist report 3.1, Phụ lục 1 section II)."""

from __future__ import annotations

from cchc_core import FieldPlugin

from . import report
from .catalogue import DOMAIN, HEADINGS, ROWS, RULES, SECTION, TARGETS

#: the entry point of the distribution (``[project.entry-points.cchc]``) names this object
plugin = FieldPlugin(
    domains=(DOMAIN,),
    sections=(SECTION,),
    indicators=ROWS,
    headings=HEADINGS,
    rules=RULES,
    reports={DOMAIN.key: report.context},
    targets=TARGETS,
)
