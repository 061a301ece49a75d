"""A script using cchc the way the README and the plugin guide show, checked by ``mypy --strict`` in
``make test``: the public surface must stay typed for the people who script it."""

from __future__ import annotations

import sys
from pathlib import Path

from cchc_core import (
    Campaign,
    CchcError,
    Const,
    Domain,
    FieldPlugin,
    Figure,
    Heading,
    Narrator,
    Operator,
    Paragraph,
    RegisterRules,
    ReportContext,
    Rule,
    Sum,
    hookimpl,
    vnformat,
)

DOMAIN = Domain(
    key="dan_van",
    title="Dân vận chính quyền",
    report_title="Báo cáo chuyên đề công tác dân vận chính quyền",
    owner="noi_vu",
    slug="dan-van",
    report_number="3.8",
    outline="P1.II.7",
)
RULE = Rule("dv_le_10", Sum("cd_kiem_tra"), Operator.LE, Const(10))


def report(narrator: Narrator) -> ReportContext:
    figure = narrator.figure("cd_kiem_tra")
    text = vnformat.amount(figure.number) if figure.number is not None else "chưa có"
    return ReportContext(DOMAIN.key, {"P1.II.7": (Paragraph(f"Đã kiểm tra {text} lượt."),)})


plugin = FieldPlugin(
    domains=(DOMAIN,),
    headings=(Heading("P1.II.7", "Dân vận chính quyền", DOMAIN.key, parent="P1.II"),),
    rules=(RULE,),
    reports={DOMAIN.key: report},
)


class RawHooks:
    """A plugin written with the raw hooks."""

    @hookimpl
    def cchc_rules(self, register: RegisterRules) -> None:
        register(RULE)


def district_rate(folder: Path) -> float | None:
    campaign = Campaign.open(folder)
    check = campaign.check()
    print(len(check.errors), "lỗi")
    dataset = campaign.aggregate(check)
    figure: Figure = dataset.total("hs_ty_le_xa", 2019)
    for contribution in figure.contributions:
        print(contribution.unit_name, contribution.file, contribution.cell)
    result = campaign.build(check)
    print([str(path) for path in result.outputs])
    return figure.number


if __name__ == "__main__":
    try:
        print(district_rate(Path(sys.argv[1])))
    except CchcError as error:
        print(error.message, error.hint)
