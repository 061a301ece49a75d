"""Synthetic but plausible figures for Hướng Hóa, 2015–2019 and the first quarter of 2020.

Generated from a fixed seed, so every run gives the same files. Magnitudes follow what a mountain
district reported in those years (on-time dossier rates in the high 90s, few complaints, online
services growing from nothing, staff present below the assigned quota). None of it is real data.

The planted imperfections (a rule error, a jump, a number typed as text, an empty cell) are listed
in :data:`PLANTED` so the demo summary and the tests can name them.
"""

from __future__ import annotations

import random
from collections.abc import Mapping

from cchc_core.config import CampaignConfig
from cchc_core.model.units import Unit
from cchc_core.plugin.catalogue import Catalogue

Values = dict[tuple[str, str], object]

SEED = 2020
YEARS = ("2015", "2016", "2017", "2018", "2019")

# district-level series: code -> values for 2015..2019 and the part-year (None: left empty)
OFFICE_SERIES: dict[str, dict[str, tuple[object, ...]]] = {
    "van_phong": {
        "cd_van_ban_chi_dao": (8, 9, 11, 12, 12, 3),
        "hl_so_dich_vu": (None, None, None, 12, 18, None),
        "hl_so_mau": (None, None, None, 300, 450, None),
        "hl_muc_do": (None, None, None, 82.6, 86.9, None),
        "tthc_cap_huyen": (228, 241, 236, 224, 219, 219),
        "tthc_cap_xa": (118, 124, 121, 113, 109, 109),
        "tthc_huyen_ban_hanh": (0, 0, 0, 0, 0, 0),
        "tthc_don_gian_hoa": (3, 5, 6, 8, 7, 1),
        "mc_lien_thong_cung_cap": (4, 6, 8, 10, 12, 12),
        "mc_lien_thong_cac_cap": (2, 3, 5, 6, 8, 8),
        "mc_bon_tai_cho": (0, 0, 5, 12, 18, 18),
        "hs_tiep_nhan_huyen": (5210, 5634, 6105, 6488, 6932, 1647),
        "pakn_tiep_nhan": (3, 5, 2, 4, 2, 0),
        "pakn_da_giai_quyet": (3, 4, 2, 4, 2, 0),
        "pakn_cong_khai": (0, 0, 2, 4, 2, 0),
        "hdh_vb_dien_tu": (20, 35, 55, 75, 85, 88),
        # the national document hub opened on 12/3/2019
        "hdh_ket_noi_truc": (0, 0, 0, 0, 35, 34),
        "hdh_vb_nhan_truc": (0, 0, 0, 0, 4215, 1904),
        "hdh_vb_gui_truc": (0, 0, 0, 0, 2604, 951),
        "hdh_chu_ky_so": (12, 25, 60, 95, 120, 124),
        "hdh_hop_thu": (60, 70, 80, 90, 95, 96),
        "hdh_qlvb": (13, 13, 35, 35, 35, 34),
        "hdh_dvctt": (0, 12, 25, 48, 96, 110),
        "hdh_dvctt_co_ho_so": (0, 1, 3, 6, 11, 9),
        "hdh_mot_cua_dt": (1, 1, 23, 23, 23, 22),
        "hdh_hs_mot_cua_dt": (0, 0, 40, 75, 92, 95),
    },
    "noi_vu": {
        "cd_van_ban_chi_dao": (10, 12, 14, 13, 15, 4),
        "cd_kiem_tra": (8, 10, 12, 12, 14, 2),
        "cd_mo_hinh": (1, 1, 2, 2, 3, 1),
        "cd_tieu_chi_huyen": (0, 0, 1, 1, 1, 1),
        "cd_tieu_chi_xa": (1, 1, 1, 1, 1, 1),
        "bm_co_quan_chuyen_mon": (13, 13, 13, 13, 13, 13),
        "bm_dvsn": (58, 58, 56, 52, 49, 49),
        "bm_dvsn_tu_chu_to_chuc": (2, 2, 3, 3, 4, 4),
        "bm_so_xa": (20, 20, 20, 20, 20, 19),
        "bm_so_thi_tran": (2, 2, 2, 2, 2, 2),
        "bm_dvhc_giam": (0, 0, 0, 0, 0, 1),
        "bm_quy_che": (13, 13, 13, 13, 13, 13),
        "bm_quy_trinh_noi_bo": (5, 7, 9, 11, 13, 13),
        "bm_kiem_tra_to_chuc": (6, 8, 8, 10, 10, 2),
        "cc_giao": (120, 118, 115, 112, 110, 110),
        "cc_co_mat": (112, 110, 109, 106, 104, 105),
        "vc_giao": (1450, 1430, 1400, 1380, 1365, 1365),
        "vc_co_mat": (1398, 1385, 1361, 1342, 1330, 1329),
        "cc_tuyen_dung_thi": (4, 3, 5, 2, 3, 0),
        "cc_bo_nhiem_thi_tuyen": (0, 0, 1, 0, 1, 0),
        "cc_tinh_gian": (1, 2, 3, 2, 3, 1),
        "cc_boi_duong": (86, 95, 118, 126, 140, 22),
        "vc_boi_duong": (310, 355, 420, 515, 590, 60),
        "cc_lop_dao_tao": (8, 9, 11, 13, 15, 2),
    },
    "tu_phap": {
        "cd_van_ban_chi_dao": (3, 4, 4, 5, 4, 1),
        "tc_nq_hdnd_huyen": (2, 1, 1, 0, 1, 0),
        "tc_qd_ubnd_huyen": (6, 4, 3, 3, 2, 1),
        "tc_de_nghi_sua_doi": (3, 5, 4, 6, 4, 1),
        "tc_da_xu_ly_ra_soat": (3, 4, 4, 5, 4, 0),
        "tc_da_kiem_tra": (25, 22, 20, 18, 16, 4),
        "tc_trai_phap_luat": (1, 0, 1, 0, 0, 0),
        "tc_trai_pl_da_xu_ly": (1, 0, 1, 0, 0, 0),
        "tc_khong_phai_qppl": (2, 1, 1, 0, 0, None),  # planted: the part-year left empty
    },
    "tai_chinh_ke_hoach": {
        "cd_van_ban_chi_dao": (3, 3, 4, 4, 5, 1),
        "tcc_cq_tu_chu": (13, 13, 13, 13, 13, 13),
        "tcc_dvsn_cmon": (52, 52, 50, 47, 45, 45),
        "tcc_dvsn_cmon_chi_tx_dt": (0, 0, 0, 0, 0, 0),
        "tcc_dvsn_cmon_chi_tx": (0, 0, 0, 0, 0, 0),
        "tcc_dvsn_cmon_mot_phan": (3, 3, 4, 4, 5, 5),
        "tcc_dvsn_ubnd": (4, 4, 4, 3, 3, 3),
        "tcc_dvsn_ubnd_chi_tx_dt": (0, 0, 1, 1, 1, 1),
        "tcc_dvsn_ubnd_chi_tx": (0, 0, 0, 0, 0, 0),
        "tcc_dvsn_ubnd_mot_phan": (3, 3, 2, 2, 2, 2),
        "tcc_khcn": (0, 0, 0, 0, 0, 0),
    },
    "kinh_te_ha_tang": {
        "cd_van_ban_chi_dao": (2, 3, 3, 4, 3, 1),
        "hdh_iso": (1, 1, 1, 23, 23, 22),
    },
    "van_hoa_thong_tin": {
        "cd_van_ban_chi_dao": (2, 2, 3, 3, 4, 1),
        "cd_cuoc_thi": (0, 1, 0, 1, 0, 0),
        "cd_ban_tin": (12, 12, 18, 24, 24, 6),
        "cd_lop_tuyen_truyen": (1, 1, 2, 2, 3, 0),
        "cd_chuyen_muc_cong": (0, 1, 1, 1, 1, 1),
        "cd_hinh_thuc_khac": (
            "Pa nô, áp phích tại trụ sở UBND các xã",
            "Pa nô, áp phích; lồng ghép trong sinh hoạt thôn, bản",
            "Lồng ghép trong sinh hoạt thôn, bản; loa truyền thanh cơ sở",
            "Loa truyền thanh cơ sở; trang thông tin điện tử các xã",
            "Loa truyền thanh cơ sở; nhóm Zalo thôn, bản",
            "Loa truyền thanh cơ sở",
        ),
        "hdh_lan": (13, 13, 15, 20, 25, 25),
        "hdh_cong_ttdt": (1, 1, 1, 23, 23, 22),
    },
}

# on-time rates behind the district-level dossiers (resolved = 98.5% of received)
DISTRICT_ON_TIME = (95.1, 96.2, 97.4, 98.1, 98.6, 98.9)

PLANTED = {
    "rule_error": ("xa_huong_phung", "hs_dung_han_xa", "2018"),
    "jump": ("tt_lao_bao", "hs_tiep_nhan_xa", "2017"),
    "number_as_text": ("xa_tan_long", "cc_boi_duong", "2019"),
    "empty_cell": ("tu_phap", "tc_khong_phai_qppl"),
}


def _office_values(unit: Unit, periods: list[str]) -> Values:
    values: Values = {}
    for code, series in OFFICE_SERIES.get(unit.id, {}).items():
        for period, value in zip(periods, series, strict=True):
            if value is not None:
                values[(code, period)] = value
    if unit.id == "van_phong":
        for period, rate in zip(periods, DISTRICT_ON_TIME, strict=True):
            received = values[("hs_tiep_nhan_huyen", period)]
            resolved = round(received * 0.985)
            values[("hs_da_giai_quyet_huyen", period)] = resolved
            values[("hs_dung_han_huyen", period)] = round(resolved * rate / 100)
        for period in periods:
            total = values[("tthc_cap_huyen", period)] + values[("tthc_cap_xa", period)]
            values[("tthc_tong", period)] = total
            values[("tthc_cong_khai", period)] = total
            values[("mc_huyen", period)] = values[("tthc_cap_huyen", period)]
            values[("mc_xa", period)] = values[("tthc_cap_xa", period)]
    if unit.id == "noi_vu":
        for period in periods:
            values[("bm_dvhc_xa", period)] = (
                values[("bm_so_xa", period)] + values[("bm_so_thi_tran", period)]
            )
    if unit.id == "tu_phap":
        for period in periods:
            issued = values[("tc_qd_ubnd_huyen", period)]
            values[("tc_vbqppl_tong", period)] = values[("tc_nq_hdnd_huyen", period)] + issued
            values[("tc_loai_qd_ubnd_huyen", period)] = issued
    return values


def _one_commune(rng: random.Random, size: float, periods: list[str]) -> Values:
    """One commune's figures; ``size`` scales its dossiers (towns handle several times more)."""
    values: Values = {}
    received = 520 * size * rng.uniform(0.85, 1.15)
    quota = rng.choice((21, 22, 23))
    for index, period in enumerate(periods):
        partial = index == len(periods) - 1
        received *= rng.uniform(1.02, 1.09) if not partial else 1
        taken = round(received / 4) if partial else round(received)
        resolved = round(taken * rng.uniform(0.975, 0.995))
        on_time = round(resolved * min(0.998, rng.uniform(0.93, 0.96) + 0.008 * index))
        present = quota - rng.choice((0, 0, 1, 1, 2))
        values.update(
            {
                ("hs_tiep_nhan_xa", period): taken,
                ("hs_da_giai_quyet_xa", period): resolved,
                ("hs_dung_han_xa", period): on_time,
                ("cc_giao", period): quota,
                ("cc_co_mat", period): present,
                ("cc_tinh_gian", period): rng.choice((0, 0, 0, 1)) if not partial else 0,
                ("cc_boi_duong", period): rng.randint(8, 20) + 2 * index
                if not partial
                else rng.randint(0, 6),
                ("tc_loai_nq_hdnd_xa", period): rng.choice((0, 1, 2))
                if index == 0
                else rng.choice((0, 0, 0, 1))
                if not partial
                else 0,
                ("tc_loai_qd_ubnd_xa", period): rng.choice((0, 1, 2, 3))
                if index == 0
                else rng.choice((0, 0, 1))
                if not partial
                else 0,
            }
        )
    return values


def _sum(*parts: Values) -> Values:
    total: Values = {}
    for part in parts:
        for key, value in part.items():
            total[key] = total.get(key, 0) + value  # type: ignore[operator]
    return total


def _commune_values(rng: random.Random, unit: Unit, periods: list[str]) -> Values:
    size = 5.0 if unit.id == "tt_khe_sanh" else 4.2 if unit.id == "tt_lao_bao" else 1.0
    if not unit.is_merged:
        return _one_commune(rng, size, periods)
    # a merged commune: before the merger, the former communes' figures added up
    former = [_one_commune(rng, size, periods) for _ in unit.merged_from]
    merged = _sum(*former)
    last = periods[-1]
    for code in ("cc_giao", "cc_co_mat"):
        merged[(code, last)] = merged[(code, periods[-2])] - 3  # surplus staff being reduced
    return merged


def demo_values(config: CampaignConfig) -> dict[str, Values]:
    """Every unit's figures by (code, period key), imperfections planted."""
    rng = random.Random(SEED)
    periods = [p.key for p in config.periods]
    result: dict[str, Values] = {}
    for unit in config.units:
        if unit.is_commune_level:
            result[unit.id] = _commune_values(rng, unit, periods)
        elif unit.id in OFFICE_SERIES:
            result[unit.id] = _office_values(unit, periods)
    # a smaller campaign (the tests') may lack a planted unit
    unit_id, code, year = PLANTED["rule_error"]
    if unit_id in result:  # digits typed wrong: more dossiers on time than resolved
        resolved = result[unit_id][("hs_da_giai_quyet_xa", year)]
        result[unit_id][(code, year)] = resolved + 90
    unit_id, code, year = PLANTED["jump"]
    if unit_id in result:
        result[unit_id][(code, year)] = int(result[unit_id][(code, year)]) * 4
    unit_id, code, year = PLANTED["number_as_text"]
    if unit_id in result:
        result[unit_id][(code, year)] = str(result[unit_id][(code, year)])
    return result


NOTES: Mapping[str, Mapping[str, str]] = {
    "tt_lao_bao": {
        "hs_tiep_nhan_xa": "Năm 2017 tiếp nhận nhiều hồ sơ chứng thực phục vụ cấp đổi giấy "
        "chứng nhận quyền sử dụng đất."
    },
    "xa_lia": {"cc_giao": "Các năm 2015-2019 là tổng của xã A Túc và xã A Xing."},
}


EARLIER_SOURCE = (
    "Báo cáo số 189/BC-UBND ngày 15/10/2015 của UBND huyện Hướng Hóa sơ kết 5 năm thực hiện "
    "Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011-2015"
)
#: a flow's 2011-2015 total against its 2015 figure: the earlier years were smaller
FLOW_FACTOR = 4.1
#: rows the earlier review has no figure for (it did not count them)
NOT_IN_EARLIER_REVIEW = (
    "tc_khong_phai_qppl",
    "pakn_cong_khai",
    "hdh_vb_nhan_truc",
    "hdh_vb_gui_truc",
)


def earlier_values(config: CampaignConfig, catalogue: Catalogue) -> Values:
    """The district's 2011–2015 figures as its earlier review would give them, by (code, column):
    ``huyen`` for the district, a unit id for a commune's own figure. Synthetic, derived from each
    unit's 2015 figures (flows scaled to five years, stocks as at the end of 2015, on-time rates a
    little lower than in 2015)."""
    from cchc_core.forms.earlier_review_read import DISTRICT_KEY
    from cchc_core.forms.earlier_review_write import rows
    from cchc_core.model.indicators import OverYears

    values = demo_values(config)
    result: Values = {}
    for indicator in rows(catalogue):
        code = indicator.code
        if code in NOT_IN_EARLIER_REVIEW:
            continue
        flow = indicator.over_years is OverYears.SUM

        def five_years(unit: str, code: str = code, flow: bool = flow) -> float | None:
            value = values.get(unit, {}).get((code, "2015"))
            if not isinstance(value, (int, float)):
                return None
            if code.startswith("hs_dung_han"):
                resolved = values[unit][(code.replace("dung_han", "da_giai_quyet"), "2015")]
                share = value / resolved - 0.018 if resolved else 0
                return round(resolved * FLOW_FACTOR * share)
            return round(value * FLOW_FACTOR) if flow else value

        if indicator.reporters.communes and not indicator.reporters.offices:
            for unit in config.communes:
                figure = five_years(unit.id)
                if figure is not None:
                    result[(code, unit.id)] = figure
            continue
        units = [*indicator.reporters.offices, *(u.id for u in config.communes)]
        parts = [
            five_years(u)
            for u in units
            if indicator.reporters.communes or u in indicator.reporters.offices
        ]
        known = [p for p in parts if p is not None]
        if known:
            result[(code, DISTRICT_KEY)] = sum(known)
    return result
