"""Where a heading, a title or the name of an issuing body may break onto a new line.

Vietnamese words are mostly two syllables written apart ("KẾ HOẠCH", "NHÀ NƯỚC"): a line that breaks
between them reads "PHÒNG TÀI CHÍNH - KẾ / HOẠCH". Lines here break only between word groups: the
two-syllable words of administrative names below, proper names (a unit's, the district's), a dash
kept at the end of its line, a number kept with the word before it. Of the ways to break a text into
the fewest lines that fit, the most even one is chosen.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

#: words of two syllables found in the names of bodies and in the outline's titles
WORDS = frozenset(
    """
    NHÀ NƯỚC|HÀNH CHÍNH|CẢI CÁCH|TÀI CHÍNH|KẾ HOẠCH|KINH TẾ|HẠ TẦNG|VĂN HÓA|THÔNG TIN|TƯ PHÁP
    NỘI VỤ|TÀI NGUYÊN|MÔI TRƯỜNG|LAO ĐỘNG|THƯƠNG BINH|XÃ HỘI|GIÁO DỤC|ĐÀO TẠO|Y TẾ|THANH TRA
    NÔNG NGHIỆP|PHÁT TRIỂN|NÔNG THÔN|DÂN TỘC|VĂN PHÒNG|ỦY BAN|NHÂN DÂN|HỘI ĐỒNG|KIẾN NGHỊ
    ĐỀ XUẤT|NHIỆM VỤ|GIAI ĐOẠN|TỔNG KẾT|CHƯƠNG TRÌNH|TỔNG THỂ|THỰC HIỆN|TÌNH HÌNH|TRIỂN KHAI
    KẾT QUẢ|THỊ TRẤN|CHỦ TỊCH|TỔ CHỨC|BỘ MÁY|CÁN BỘ|CÔNG CHỨC|VIÊN CHỨC|THỦ TỤC|CÔNG NGHỆ
    ỨNG DỤNG|CHÍNH PHỦ|ĐIỆN TỬ|CHẤT LƯỢNG|TIÊU CHUẨN|QUỐC GIA|HỆ THỐNG|QUẢN LÝ|ĐÁNH GIÁ|CƠ QUAN
    ĐƠN VỊ|SỰ NGHIỆP|CÔNG LẬP|TỰ CHỦ|THỂ CHẾ|ĐỘI NGŨ|NÂNG CAO|XÂY DỰNG|ÁP DỤNG|CHUYÊN ĐỀ
    CHỈ ĐẠO|ĐIỀU HÀNH|KIỂM TRA|TUYÊN TRUYỀN|PHỤ LỤC|THỐNG KÊ|CHỈ TIÊU|ĐỀ CƯƠNG|BÁO CÁO
    SỐ LIỆU|TỜ TRÌNH|GIẤY MỜI|CHƯƠNG TRÌNH|HỘI NGHỊ|THI ĐUA|KHEN THƯỞNG|MỘT CỬA|LIÊN THÔNG
    TRỰC TUYẾN|DỊCH VỤ|CÔNG KHAI|HIỆN ĐẠI|HẠN CHẾ|NGUYÊN NHÂN|BÀI HỌC|KINH NGHIỆM|ĐÁNH GIÁ
    TỒN TẠI|ĐẠT ĐƯỢC|CẤP XÃ|CẤP HUYỆN|QUA CÁC|CÁC NĂM|THÀNH TÍCH|XUẤT SẮC|TẬP THỂ|CÁ NHÂN
    ĐỀ NGHỊ|ĐỊNH HƯỚNG|TỔNG HỢP|MỤC TIÊU|GIẢI PHÁP
    """.replace("\n", "|").split("|")
) - {""}


def _key(text: str) -> str:
    return " ".join(text.upper().split())


class ProperNames:
    """Proper names a line must not split, kept as a set of their upper-case forms: a place in a
    text is looked up by the few lengths names have, not compared with every unit's name. Built
    once per campaign (:attr:`CampaignConfig.place_names`): a country has 11,000 communes, and
    comparing them for each line broken made writing a commune's outline take 0.4 s."""

    def __init__(self, names: Iterable[str] = ()) -> None:
        self.names = frozenset(_key(n) for n in names if n.strip())
        self.lengths = sorted({len(n.split()) for n in self.names}, reverse=True)

    def length_at(self, words: list[str], index: int) -> int:
        """How many of ``words`` (upper case) from ``index`` make the longest name (0: none)."""
        for length in self.lengths:
            if (
                index + length <= len(words)
                and " ".join(words[index : index + length]) in self.names
            ):
                return length
        return 0


def groups(text: str, proper: Iterable[str] | ProperNames = ()) -> list[str]:
    """``text`` cut into the groups a line must not split."""
    tokens = text.split()
    keys = [_key(t) for t in tokens]
    names = proper if isinstance(proper, ProperNames) else ProperNames(proper)
    result: list[str] = []
    index = 0
    while index < len(tokens):
        length = names.length_at(keys, index)
        if length:
            result.append(" ".join(tokens[index : index + length]))
            index += length
            continue
        pair = " ".join(keys[index : index + 2])
        if index + 1 < len(tokens) and pair in WORDS:
            result.append(" ".join(tokens[index : index + 2]))
            index += 2
        else:
            result.append(tokens[index])
            index += 1
    merged: list[str] = []
    for group in result:
        # a dash ends the line it is on; a number (2011-2020) stays with the word before it
        if merged and (group in ("-", "–") or group[:1].isdigit()):
            merged[-1] += f" {group}"
        else:
            merged.append(group)
    return merged


def break_lines(
    text: str, fits: Callable[[str], bool], proper: Iterable[str] | ProperNames = ()
) -> list[str]:
    """The fewest lines that each ``fits``, broken only between groups, as even as can be; a group
    wider than a line gets a line of its own."""
    parts = groups(text, proper)
    count = len(parts)
    # best[i]: (lines, widest line length, lines) for the parts from i to the end
    best: list[tuple[int, int, list[str]] | None] = [None] * count + [(0, 0, [])]
    for start in range(count - 1, -1, -1):
        for end in range(start + 1, count + 1):
            line = " ".join(parts[start:end])
            if end > start + 1 and not fits(line):
                break
            rest = best[end]
            assert rest is not None
            option = (rest[0] + 1, max(rest[1], len(line)), [line, *rest[2]])
            current = best[start]
            if current is None or option[:2] < current[:2]:
                best[start] = option
    found = best[0]
    return found[2] if found else [text]
