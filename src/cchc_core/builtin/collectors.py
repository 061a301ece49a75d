"""Built-in plugin: the core's own file readers, registered like any plugin's collector.

The readers' modules (calamine, python-docx) are imported only when a file is read, so that loading
the plugins stays fast.
"""

from __future__ import annotations

from cchc_core import Collector, FieldPlugin, InboxFile, ReadContext, Submission


def _read_form(file: InboxFile, context: ReadContext) -> Submission:
    from cchc_core.forms.workbook_read import read

    return read(file, context)


def _read_outline(file: InboxFile, context: ReadContext) -> Submission:
    from cchc_core.forms.outline_read import read

    return read(file, context)


FORM = Collector(
    name="bieu-thong-ke",
    description="Biểu thống kê Phụ lục 1 (.xlsx) do cchc tạo",
    accepts=lambda file: file.kind == "xlsx",
    read=_read_form,
)
OUTLINE = Collector(
    name="de-cuong",
    description="Báo cáo theo đề cương Phụ lục 2 (.docx)",
    accepts=lambda file: file.kind == "docx",
    read=_read_outline,
)


#: registered by the core as ``cchc.collectors``
plugin = FieldPlugin(collectors=(FORM, OUTLINE))
