"""``cchc demo``: the whole review of Hướng Hóa on synthetic data, from blank forms to the report.

Creates the campaign, writes the forms, fills them in as the units would (saved as files in
``inbox/`` with the names people give files, arriving on plausible days), then runs check, status and
build exactly as the district office would.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from attrs import frozen

from cchc_core import config as config_module
from cchc_core.campaign import Campaign
from cchc_core.check.checking import CheckResult
from cchc_core.demo.figures import EARLIER_SOURCE, earlier_values
from cchc_core.demo.inbox import DemoFile, fill_inbox
from cchc_core.documents.build import BuildResult
from cchc_core.errors import CchcError
from cchc_core.figures.status import StatusReport
from cchc_core.forms.all_units import FormsResult
from cchc_core.forms.earlier_review_read import filename
from cchc_core.forms.filler import fill_form

DEMO_AS_OF = "2020-05-26"
EARLIER_FILE = filename("2011-2015")

#: what the demo adds to Hướng Hóa's settings: the district's figures for 2011-2015 and targets of
#: its own 2016-2020 plan (illustrative: the real plan's figures are for the district to enter)
DEMO_SETTINGS = f"""
[earlier_review]
file = "{EARLIER_FILE}"
source = "{EARLIER_SOURCE}"

[[targets]]
key = "huyen_kiem_tra_cchc"
label = "Cơ quan, đơn vị, UBND xã, thị trấn được kiểm tra công tác CCHC trong năm"
domain = "chung"
source = "Kế hoạch CCHC giai đoạn 2016-2020 của UBND huyện (chỉ tiêu minh họa)"
operator = ">="
threshold = 30
year = 2020
indicator = "cd_kiem_tra"
per = "@units"

[[targets]]
key = "huyen_dung_han_xa"
label = "Hồ sơ TTHC cấp xã giải quyết đúng hạn"
domain = "tthc"
source = "Kế hoạch CCHC giai đoạn 2016-2020 của UBND huyện (chỉ tiêu minh họa)"
operator = ">="
threshold = 97
year = 2020
indicator = "hs_ty_le_xa"

[[targets]]
key = "huyen_iso"
label = "UBND huyện và UBND các xã, thị trấn công bố hệ thống quản lý chất lượng TCVN ISO 9001"
domain = "iso"
source = "Kế hoạch CCHC giai đoạn 2016-2020 của UBND huyện (chỉ tiêu minh họa)"
operator = ">="
threshold = 22
year = 2020
indicator = "hdh_iso"
"""

#: the field plugins the demo's figures and narratives were written for; with fewer installed the
#: demo runs with what is there and names the rest
DEMO_DISTRIBUTIONS = (
    "cchc-the-che",
    "cchc-tthc",
    "cchc-bo-may",
    "cchc-cong-chuc",
    "cchc-tai-chinh",
    "cchc-hien-dai-hoa",
)
#: the figure the summary suggests explaining, if its plugin is installed
EXAMPLE_CODE = "hs_ty_le_xa"


def demo_config_text() -> str:
    """Hướng Hóa's settings, marked as demo data, with status taken the day after the deadlines,
    the district's earlier-review figures and its own plan's targets."""
    text = config_module.default_text()
    text = text.replace("demo = false", "demo = true", 1)
    return text.replace('as_of = ""', f"as_of = {DEMO_AS_OF}", 1) + DEMO_SETTINGS


@frozen
class DemoResult:
    """What the demo produced, step by step."""

    folder: Path
    forms: FormsResult
    delivered: tuple[DemoFile, ...]
    check: CheckResult
    status: StatusReport
    build: BuildResult
    missing_distributions: tuple[str, ...]
    example_code: str | None


def clear_demo_folder(folder: Path) -> None:
    """Remove an earlier demo; refuse to touch a folder that holds a real campaign or other files."""
    if not folder.exists():
        return
    config_path = folder / config_module.CONFIG_NAME
    if config_path.exists():
        try:
            is_demo = config_module.load(config_path).demo
        except CchcError:
            is_demo = False
        if not is_demo:
            raise CchcError(
                f"Thư mục {folder} chứa một đợt tổng kết thật (cchc.toml không có demo = true).",
                hint="Chọn một thư mục khác cho bản chạy thử.",
            )
        shutil.rmtree(folder)
    elif any(folder.iterdir()):
        raise CchcError(
            f"Thư mục {folder} đã có tệp khác.",
            hint="Chọn một thư mục trống hoặc chưa có cho bản chạy thử.",
        )


def run_demo(folder: Path) -> DemoResult:
    """Build the demo campaign in ``folder`` from scratch (an earlier demo there is replaced)."""
    clear_demo_folder(folder)
    campaign = Campaign.new(folder, config_text=demo_config_text(), force=True)
    forms = campaign.forms()
    fill_form(
        campaign.forms_dir / EARLIER_FILE,
        folder / EARLIER_FILE,
        earlier_values(campaign.config, campaign.catalogue),
    )
    delivered = fill_inbox(
        campaign.catalogue, campaign.config, campaign.forms_dir, campaign.inbox_dir
    )
    check = campaign.check()
    status = campaign.status(check=check)
    build = campaign.build(check)
    installed = {info.distribution for info in campaign.plugin_manager.infos()}
    catalogue = campaign.catalogue
    example = EXAMPLE_CODE if catalogue.has_indicator(EXAMPLE_CODE) else None
    if example is None:
        example = next((i.code for i in catalogue.indicators if not i.is_heading), None)
    return DemoResult(
        folder,
        forms,
        tuple(delivered),
        check,
        status,
        build,
        tuple(d for d in DEMO_DISTRIBUTIONS if d not in installed),
        example,
    )
