"""The sentence grammar, read as an editor would: each case with the Vietnamese sentence expected."""

from __future__ import annotations

import pytest

from cchc_core.util.phrases import (
    Observed,
    Quantity,
    compare,
    compare_phases,
    names,
    state,
    turns,
    zero_denominator,
)

DOCS = "Số văn bản chỉ đạo, điều hành về CCHC"
RATE = "Tỷ lệ hồ sơ TTHC cấp huyện giải quyết đúng hạn"


def count(value, unit="văn bản", detail=""):
    return Quantity(value, unit, detail=detail)


def rate(value, detail=""):
    return Quantity(value, "%", percent=True, detail=detail)


def at(quantity, when, absent=""):
    return Observed(quantity, when, absent)


MERGER = "do sáp nhập xã A Túc và xã A Xing thành xã Lìa từ ngày 01/01/2020"

SENTENCES = [
    (
        "growth",
        compare(DOCS, at(count(28), "năm 2015"), at(count(43), "năm 2019")),
        "Số văn bản chỉ đạo, điều hành về CCHC năm 2019 là 43 văn bản, tăng 15 văn bản so với "
        "năm 2015 (28 văn bản).",
    ),
    (
        "decline",
        compare(DOCS, at(count(8), "năm 2015"), at(count(3), "năm 2019")),
        "Số văn bản chỉ đạo, điều hành về CCHC năm 2019 là 3 văn bản, giảm 5 văn bản so với năm "
        "2015 (8 văn bản).",
    ),
    (
        "no change",
        compare(
            "Số cơ quan chuyên môn thuộc UBND huyện",
            at(count(13, "cơ quan"), "năm 2015"),
            at(count(13, "cơ quan"), "năm 2019"),
        ),
        "Số cơ quan chuyên môn thuộc UBND huyện giữ nguyên 13 cơ quan từ năm 2015 đến năm 2019.",
    ),
    (
        "from zero",
        compare(
            "Số dịch vụ công trực tuyến mức độ 3, 4",
            at(count(0, "dịch vụ"), "năm 2015"),
            at(count(96, "dịch vụ"), "năm 2019"),
        ),
        "Số dịch vụ công trực tuyến mức độ 3, 4 tăng từ 0 năm 2015 lên 96 dịch vụ năm 2019.",
    ),
    (
        "to zero",
        compare("Số văn bản trái pháp luật", at(count(2), "năm 2015"), at(count(0), "năm 2019")),
        "Số văn bản trái pháp luật giảm từ 2 văn bản năm 2015 xuống 0 năm 2019.",
    ),
    (
        "rate up, with its counts",
        compare(
            RATE,
            at(rate(95.08), "năm 2015"),
            at(rate(98.59, "6.732/6.828 hồ sơ đã giải quyết"), "năm 2019"),
        ),
        "Tỷ lệ hồ sơ TTHC cấp huyện giải quyết đúng hạn năm 2019 đạt 98,6% (6.732/6.828 hồ sơ đã "
        "giải quyết), tăng 3,5 điểm phần trăm so với năm 2015 (95,1%).",
    ),
    (
        "rate from zero",
        compare(
            "Tỷ lệ hồ sơ giải quyết qua hệ thống một cửa điện tử",
            at(rate(0), "năm 2015"),
            at(rate(92), "năm 2019"),
        ),
        "Tỷ lệ hồ sơ giải quyết qua hệ thống một cửa điện tử tăng từ 0% năm 2015 lên 92,0% năm "
        "2019.",
    ),
    (
        "rate unchanged",
        compare(RATE, at(rate(98.62), "năm 2018"), at(rate(98.58), "năm 2019")),
        "Tỷ lệ hồ sơ TTHC cấp huyện giải quyết đúng hạn năm 2019 đạt 98,6%, tương đương năm "
        "2018 (98,6%).",
    ),
    (
        "partial year, written once",
        state(RATE, at(rate(98.89, "1.604/1.622 hồ sơ đã giải quyết"), "năm 2020 (đến 31/3)")),
        "Tỷ lệ hồ sơ TTHC cấp huyện giải quyết đúng hạn năm 2020 (đến 31/3) đạt 98,9% (1.604/1.622 "
        "hồ sơ đã giải quyết).",
    ),
    (
        "ratio with a zero denominator",
        state(
            "Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ",
            at(None, "năm 2015", zero_denominator("dịch vụ công trực tuyến mức độ 3, 4")),
        ),
        "Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ năm 2015: không có dịch vụ công trực "
        "tuyến mức độ 3, 4 nào nên chưa tính được tỷ lệ.",
    ),
    (
        "ratio compared with a year it could not be computed for",
        compare(
            "Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ",
            at(None, "năm 2015", zero_denominator("dịch vụ công trực tuyến mức độ 3, 4")),
            at(rate(11.46, "11/96 dịch vụ"), "năm 2019"),
        ),
        "Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ năm 2019 đạt 11,5% (11/96 dịch vụ); "
        "năm 2015 không có dịch vụ công trực tuyến mức độ 3, 4 nào nên chưa tính được tỷ lệ.",
    ),
    (
        "merged commune",
        compare(
            "Số đơn vị hành chính cấp xã",
            at(count(22, "đơn vị"), "năm 2019"),
            at(count(21, "đơn vị"), "năm 2020 (đến 31/3)"),
            cause=MERGER,
        ),
        "Số đơn vị hành chính cấp xã năm 2020 (đến 31/3) là 21 đơn vị, giảm 1 đơn vị so với năm "
        "2019 (22 đơn vị), do sáp nhập xã A Túc và xã A Xing thành xã Lìa từ ngày 01/01/2020.",
    ),
    (
        "counts of events over years",
        state(
            "Số cơ quan, đơn vị được kiểm tra CCHC",
            at(count(50, turns("cơ quan, đơn vị")), "giai đoạn 2016-2020 (đến 31/3/2020)"),
        ),
        "Số cơ quan, đơn vị được kiểm tra CCHC giai đoạn 2016-2020 (đến 31/3/2020) là 50 lượt cơ "
        "quan, đơn vị.",
    ),
    (
        "two phases of unequal length",
        compare_phases(
            DOCS,
            at(count(122), "giai đoạn 2011-2015"),
            at(count(167), "giai đoạn 2016-2020 (đến 31/3/2020)"),
            years_before=5,
            years_now=4.25,
        ),
        "Số văn bản chỉ đạo, điều hành về CCHC giai đoạn 2016-2020 (đến 31/3/2020) là 167 văn bản, "
        "bình quân 39,3 văn bản/năm, tăng 14,9 văn bản/năm so với giai đoạn 2011-2015 (122 văn "
        "bản, bình quân 24,4 văn bản/năm).",
    ),
    (
        "two phases, nearly the same each year",
        compare_phases(
            "Số công chức được tuyển dụng qua thi cạnh tranh",
            at(count(16, "người"), "giai đoạn 2011-2015"),
            at(count(13, "người"), "giai đoạn 2016-2020 (đến 31/3/2020)"),
            years_before=5,
            years_now=4.25,
        ),
        "Số công chức được tuyển dụng qua thi cạnh tranh giai đoạn 2016-2020 (đến 31/3/2020) là "
        "13 người, bình quân 3,1 người/năm, tương đương giai đoạn 2011-2015 (16 người, bình quân "
        "3,2 người/năm).",
    ),
    (
        "two phases of rare events",
        compare_phases(
            "Số văn bản trái pháp luật",
            at(count(4), "giai đoạn 2011-2015"),
            at(count(1), "giai đoạn 2016-2020 (đến 31/3/2020)"),
            years_before=5,
            years_now=4.25,
        ),
        "Số văn bản trái pháp luật giai đoạn 2016-2020 (đến 31/3/2020) là 1 văn bản, giảm 3 văn bản "
        "so với giai đoạn 2011-2015 (4 văn bản).",
    ),
    (
        "no value",
        state(DOCS, at(None, "năm 2019")),
        "Số văn bản chỉ đạo, điều hành về CCHC năm 2019: chưa có số liệu.",
    ),
]


@pytest.mark.parametrize(
    ("written", "expected"), [s[1:] for s in SENTENCES], ids=[s[0] for s in SENTENCES]
)
def test_sentence(written, expected):
    assert written == expected


def test_turns_are_not_doubled():
    assert turns("lượt người") == "lượt người"
    assert turns("cơ quan, đơn vị") == "lượt cơ quan, đơn vị"


def test_names_join_as_vietnamese_lists():
    assert names([]) == ""
    assert names(["Xã Xy"]) == "Xã Xy"
    assert names(["Xã Xy", "Xã Húc", "Xã Thanh"]) == "Xã Xy, Xã Húc và Xã Thanh"
