"""``cchc plugin new``: a complete plugin distribution for a new specialist report, ready to install
and with tests that pass at once, on numbers no installed plugin uses.

The files are written from the templates below (``string.Template``, so the ``{}`` of Python and TOML
need no escaping); the numbers (report, section, outline heading, orders) come from
:func:`~cchc_core.plugin.numbering.numbers_in_use` on the plugins installed.
"""

from __future__ import annotations

import re
from pathlib import Path
from string import Template

from attrs import frozen

from cchc_core.config import CampaignConfig
from cchc_core.errors import CchcError
from cchc_core.model.indicators import Indicator, Reporters
from cchc_core.plugin.catalogue import Catalogue
from cchc_core.plugin.numbering import OUTLINE_PARENT, PROPOSAL_PARENT, numbers_in_use
from cchc_core.util.atomic import write_text
from cchc_core.util.text import fold
from cchc_core.version import HOOK_API, __version__

NAME = re.compile(r"^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*$")


@frozen
class PluginSpec:
    """What the new plugin is: its names, owner, report and the free numbers chosen for it."""

    key: str
    title: str
    office: str
    office_name: str
    report_number: str
    section: str
    section_order: int
    heading_number: int
    proposal_number: int
    domain_order: int
    #: the office's [[units]] entry for the tests, when the test kit's sample campaign lacks it
    extra_unit: bool

    @property
    def slug(self) -> str:
        """``dan-van``: the report's file name part."""
        return self.key.replace("_", "-")

    @property
    def distribution(self) -> str:
        """``cchc-dan-van``."""
        return f"cchc-{self.slug}"

    @property
    def package(self) -> str:
        """``cchc_dan_van``."""
        return f"cchc_{self.key}"

    @property
    def heading_key(self) -> str:
        """``P1.II.7``."""
        return f"{OUTLINE_PARENT}.{self.heading_number}"

    @property
    def proposal_key(self) -> str:
        """``P2.I.7``: its line among the proposals for 2021-2030."""
        return f"{PROPOSAL_PARENT}.{self.proposal_number}"

    @property
    def codes(self) -> tuple[str, str]:
        """The two rows' codes."""
        return (f"{self.key}_trien_khai", f"{self.key}_hoan_thanh")


def plan(
    name: str,
    office: str,
    title: str,
    catalogue: Catalogue,
    config: CampaignConfig,
    report: str | None = None,
    sample_offices: tuple[str, ...] = (),
) -> PluginSpec:
    """Check the request against what is installed and choose the free numbers; a Vietnamese
    :class:`CchcError` when a name or number is taken or the office is not a unit."""
    key = name.strip().lower().replace("-", "_")
    if not NAME.match(name.strip().lower()):
        raise CchcError(
            f"Tên plugin “{name}” không hợp lệ.",
            hint="Dùng chữ thường không dấu, chữ số, nối bằng - hoặc _ (ví dụ: dan-van).",
        )
    if key in {d.key for d in catalogue.domains}:
        raise CchcError(f"Đã có lĩnh vực “{key}”.", hint="Chọn tên khác (xem: cchc plugins).")
    if not config.has_unit(office):
        offices = ", ".join(u.id for u in config.offices)
        raise CchcError(
            f"Không có đơn vị id = “{office}” trong cchc.toml.",
            hint=f"Các phòng có: {offices}. Với cchc.toml của huyện mình, thêm --campaign THƯ_MỤC.",
        )
    if config.unit(office).is_commune_level:
        raise CchcError(f"“{office}” không phải một phòng, ban của huyện.")
    used = numbers_in_use(catalogue, config.tasks)
    number = report or used.free_report
    if number in used.reports:
        raise CchcError(
            f"Báo cáo {number} đã có plugin khác dùng.",
            hint=f"Số còn trống: {used.free_report} (xem: cchc plugins).",
        )
    if not re.match(r"^\d+\.\d+$", number):
        raise CchcError(f"Số báo cáo “{number}” không đúng dạng (ví dụ 3.8).")
    if number in used.plan_tasks:
        raise CchcError(
            f"Số {number} là số của nhiệm vụ “{used.plan_tasks[number]}” trong kế hoạch "
            "(cchc.toml).",
            hint=f"Số còn trống: {used.free_report} (xem: cchc plugins).",
        )
    spec = PluginSpec(
        key=key,
        title=fold(title),
        office=office,
        office_name=config.unit(office).name,
        report_number=number,
        section=used.free_section,
        section_order=used.section_order,
        heading_number=used.free_outline,
        proposal_number=used.free_proposal,
        domain_order=used.domain_order,
        extra_unit=office not in sample_offices,
    )
    for code in spec.codes:  # a name that makes a bad code is refused now, not at first import
        try:
            Indicator(code, "x", section="x", domain="x", reporters=Reporters(communes=True))
        except ValueError as error:
            raise CchcError(
                f"Tên plugin “{name}” cho mã chỉ tiêu không dùng được: {error}"
            ) from None
    return spec


def core_requirement() -> str:
    """The range of cchc-core a new plugin depends on: this version up to the next major."""
    major, minor = (int(part) for part in __version__.split(".")[:2])
    return f"cchc-core>={major}.{minor},<{major + 1}"


def write(spec: PluginSpec, parent: Path) -> Path:
    """Write the distribution into ``parent/<distribution>``; refuse an existing folder."""
    folder = parent / spec.distribution
    if folder.exists():
        raise CchcError(
            f"Thư mục {folder} đã có.", hint="Chọn tên khác, hoặc xóa/đổi tên thư mục cũ."
        )
    values = {
        "key": spec.key,
        "title": spec.title,
        "title_lower": spec.title[:1].lower() + spec.title[1:],
        "office": spec.office,
        "office_name": spec.office_name,
        "report": spec.report_number,
        "report_ident": spec.report_number.replace(".", "_"),
        "section": spec.section,
        "section_order": str(spec.section_order),
        "heading": spec.heading_key,
        "heading_number": str(spec.heading_number),
        "proposal": spec.proposal_key,
        "proposal_number": str(spec.proposal_number),
        "order": str(spec.domain_order),
        "slug": spec.slug,
        "distribution": spec.distribution,
        "package": spec.package,
        "row1": spec.codes[0],
        "row2": spec.codes[1],
        "requirement": core_requirement(),
        "hook_api": HOOK_API,
        "campaign": (
            f'config_text=sample_config({{"{spec.office}": "{spec.office_name}"}}),\n        '
            if spec.extra_unit
            else ""
        ),
        "sample_import": ", sample_config" if spec.extra_unit else "",
    }
    for relative, template in TEMPLATES.items():
        path = folder / Template(relative).substitute(values)
        path.parent.mkdir(parents=True, exist_ok=True)
        write_text(path, Template(template).substitute(values))
    return folder


PYPROJECT = """\
[build-system]
requires = ["hatchling>=1.21"]
build-backend = "hatchling.build"

[project]
name = "$distribution"
version = "0.1.0"
description = "Plugin cchc: $title (báo cáo chuyên đề $report) — $office_name"
requires-python = ">=3.11"
dependencies = ["$requirement"]

[project.optional-dependencies]
test = ["pytest>=7.4"]

[project.entry-points.cchc]
$key = "$package:plugin"

[tool.hatch.build.targets.wheel]
packages = ["src/$package"]

[tool.pytest.ini_options]
# the tests load only this plugin of those installed (and the core's own parts)
cchc_only_plugins = ["$key"]
"""

PLUGIN = '''\
"""Plugin cchc của $office_name: báo cáo chuyên đề $report "$title".

Sửa tên chỉ tiêu, thêm dòng, quy tắc và câu chữ của báo cáo cho đúng lĩnh vực; xem hướng dẫn
viết plugin của cchc (docs/plugin-guide.md).
"""

from __future__ import annotations

from functools import partial

from cchc_core import (
    Domain,
    FieldPlugin,
    Heading,
    Indicator,
    Narrator,
    ReportContext,
    Reporters,
    Section,
    at_most,
    in_order,
)

KEY = "$key"

DOMAIN = Domain(
    key=KEY,
    title="$title",
    report_title="Kết quả $title_lower",
    owner="$office",  # id của phòng chủ trì trong cchc.toml
    slug="$slug",  # báo cáo chuyên đề: output/chuyen-de/$report-$slug.docx
    report_number="$report",
    outline="$heading",
    proposal="$proposal",
    sections=("$section",),
    order=$order,
)
SECTION = Section(
    "$section",
    "$title",
    compiler="$office_name",
    order=$section_order,
)
row = partial(Indicator, section="$section", domain=KEY, reporters=Reporters(communes=True))
ROWS = in_order(
    [
        row(
            "$row1",
            "Số nhiệm vụ đã triển khai",
            stt="1",
            unit_label="nhiệm vụ",
        ),
        row(
            "$row2",
            "Số nhiệm vụ đã hoàn thành",
            stt="2",
            unit_label="nhiệm vụ",
        ),
    ]
)
RULES = (
    at_most(
        "${row2}_le_trien_khai",
        "$row2",
        "$row1",
    ),
)
HEADINGS = (
    Heading(
        "$heading",
        "$title",
        KEY,
        parent="P1.II",
        number="$heading_number.",
        order=$heading_number,
    ),
    Heading(
        "$proposal",
        "Về $title_lower",
        KEY,
        parent="P2.I",
        number="$proposal_number.",
        order=$proposal_number,
    ),
)


def report(narrator: Narrator) -> ReportContext:
    """Các câu của đề mục $heading, tính từ số liệu các xã, thị trấn.

    Bảng các chỉ tiêu theo năm, theo giai đoạn và theo từng xã do lõi cchc tự thêm vào phần II
    của báo cáo chuyên đề: không thêm lại ở đây.
    """
    return ReportContext(
        KEY,
        {
            "$heading": (
                narrator.trend("$row1"),
                narrator.trend("$row2"),
                narrator.phases("$row2"),
            ),
        },
    )


plugin = FieldPlugin(
    domains=(DOMAIN,),
    sections=(SECTION,),
    indicators=ROWS,
    headings=HEADINGS,
    rules=RULES,
    reports={KEY: report},
    hook_api="$hook_api",
)
'''

TESTS = '''\
"""Kiểm thử plugin $distribution bằng các fixture của cchc_core.testing."""

import $package
from cchc_core.testing import docx_text$sample_import


def campaign_with_plugin(cchc_campaign, cchc_manager):
    return cchc_campaign(
        ${campaign}plugin_manager=cchc_manager($package.plugin),
    )


def test_the_plugin_is_used_whole(cchc_campaign, cchc_manager):
    """Nạp được, khai báo được nhận, phòng chủ trì có trong danh sách đơn vị: plugin có lỗi bị
    tạm bỏ toàn bộ, và kiểm thử này in ra lý do."""
    campaign = campaign_with_plugin(cchc_campaign, cchc_manager)
    assert [str(failure) for failure in campaign.plugin_failures] == []


def test_completed_cannot_exceed_started(cchc_campaign, cchc_manager):
    campaign = campaign_with_plugin(cchc_campaign, cchc_manager)
    values = {
        ("$row1", "2019"): 3,
        ("$row2", "2019"): 5,
    }
    campaign.submit("xa_lia", values)
    [error] = campaign.check().errors
    assert error.code == "rule.${row2}_le_trien_khai"
    assert error.location.sheet == "$section"


def test_report_${report_ident}_is_written_with_its_sentence(cchc_campaign, cchc_manager):
    campaign = campaign_with_plugin(cchc_campaign, cchc_manager)
    values = {
        ("$row1", "2019"): 6,
        ("$row2", "2019"): 4,
    }
    campaign.submit("xa_lia", values)
    campaign.build()
    report = docx_text(campaign.output_dir / "chuyen-de" / "$report-$slug.docx")
    assert any(line.startswith("Số nhiệm vụ đã hoàn thành") for line in report)
    district = docx_text(campaign.output_dir / "bao-cao-tong-ket-cchc.docx")
    assert "$heading_number. $title" in district
'''

README = """\
# $distribution — $title (báo cáo chuyên đề $report)

Plugin của cchc do $office_name duy trì: thêm mục $section vào biểu thống kê Phụ lục 1 của các
xã, thị trấn, đề mục II.$heading_number (Phần thứ nhất) và dòng đề xuất I.$proposal_number (Phần thứ
hai) vào đề cương và báo cáo tổng kết của huyện, và báo cáo chuyên đề
`output/chuyen-de/$report-$slug.docx`.

## Cài đặt

Trong môi trường đã cài cchc (thư mục dự án cchc, môi trường `.venv`):

```sh
.venv/bin/python -m pip install -e "$distribution[test]"  # Windows: .venv\\Scripts\\python -m pip install -e "$distribution[test]"
cchc plugins                                              # plugin $key có trong danh sách
```

Sau khi cài, `cchc forms` tạo thêm trang $section trong biểu mẫu của các xã, `cchc build` ghi thêm
báo cáo chuyên đề $report. Nếu đợt tổng kết đã gửi biểu mẫu cho các đơn vị, lập lại biểu mẫu và gửi
bổ sung trang mới.

## Kiểm thử

```sh
.venv/bin/python -m pytest $distribution
```

## Sửa cho đúng lĩnh vực

Mọi thứ nằm trong `src/$package/__init__.py`: tên chỉ tiêu (`ROWS`), quy tắc kiểm tra (`RULES`),
đề mục (`HEADINGS`) và hàm `report` viết câu, bảng của báo cáo. Các số $report, mục $section, đề
mục $heading và $proposal được chọn vì chưa plugin nào dùng khi tạo plugin này (xem lại:
`cchc plugins`). Báo cáo chuyên đề có sẵn phần II (bảng các chỉ tiêu theo năm, theo giai đoạn,
theo từng xã) do lõi cchc lập: hàm `report` chỉ viết phần riêng của lĩnh vực.
Plugin khai báo `hook_api="$hook_api"`: phiên bản giao tiếp với lõi cchc mà plugin được viết cho.
"""

#: file path (a template too) → content
TEMPLATES = {
    "pyproject.toml": PYPROJECT,
    "README.md": README,
    "src/$package/__init__.py": PLUGIN,
    "src/$package/py.typed": "",
    "tests/test_$key.py": TESTS,
}
