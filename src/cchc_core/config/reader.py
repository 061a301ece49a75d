"""Reading ``cchc.toml``: typed access to the parsed TOML, with Vietnamese errors that name the key
and the line it is on."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

from cchc_core.config.records import CONFIG_NAME
from cchc_core.errors import ConfigError
from cchc_core.util.text import fold

T = TypeVar("T")
#: the dates a file cchc writes can carry (ZIP entries hold 1980-2107)
FIRST_DAY, LAST_DAY = date(1980, 1, 1), date(2107, 12, 31)


class LineIndex:
    """Where each key of a TOML text is: maps ``units[3].name`` to its line number (1-based).

    tomllib reports lines only for syntax errors; this light scan lets value errors name a line too.
    """

    _TABLE = re.compile(r"^\s*\[\s*([^\[\]]+?)\s*\]\s*(#.*)?$")
    _ARRAY = re.compile(r"^\s*\[\[\s*([^\[\]]+?)\s*\]\]\s*(#.*)?$")
    _KEY = re.compile(r"^\s*([A-Za-z0-9_\-\"]+)\s*=")

    def __init__(self, text: str) -> None:
        self.lines: dict[str, int] = {}
        counters: dict[str, int] = {}
        prefix = ""
        for number, line in enumerate(text.splitlines(), start=1):
            if match := self._ARRAY.match(line):
                name = match.group(1)
                counters[name] = counters.get(name, -1) + 1
                prefix = f"{name}[{counters[name]}]"
                self.lines.setdefault(prefix, number)
            elif match := self._TABLE.match(line):
                prefix = match.group(1)
                self.lines.setdefault(prefix, number)
            elif match := self._KEY.match(line):
                key = match.group(1).strip('"')
                self.lines.setdefault(f"{prefix}.{key}" if prefix else key, number)

    def line_of(self, path: str) -> int | None:
        """The line of ``path``, or of the nearest enclosing table when the key is absent."""
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path.rsplit(".", 1)[0] if "." in path else ""
        return None


_VN_DATE = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*$")


class Reader:
    """Typed access to the parsed TOML with Vietnamese errors that name the key and its line."""

    def __init__(self, data: dict[str, Any], text: str, path: Path | None) -> None:
        self.data = data
        self.index = LineIndex(text)
        self.path = path

    def error(self, key: str, message: str, hint: str = "") -> ConfigError:
        line = self.index.line_of(key)
        where = f"{self.path.name if self.path else CONFIG_NAME}"
        where += f", dòng {line}" if line else ""
        return ConfigError(
            f"{where}: khóa “{key}”: {message}",
            hint=hint,
            details={"file": str(self.path) if self.path else None, "key": key, "line": line},
        )

    def raw(self, key: str) -> Any:
        node: Any = self.data
        for part in re.findall(r"[^.\[\]]+|\[\d+\]", key):
            if part.startswith("["):
                node = node[int(part[1:-1])]
            elif isinstance(node, dict) and part in node:
                node = node[part]
            else:
                return None
        return node

    def get(self, key: str, convert: Callable[[Any], T], what: str, default: Any = ...) -> T:
        value = self.raw(key)
        if value is None or value == "":
            if default is ...:
                raise self.error(key, f"thiếu giá trị ({what})", "Thêm khóa này vào cchc.toml.")
            return default
        try:
            return convert(value)
        except (TypeError, ValueError):
            raise self.error(
                key,
                f"giá trị {shown(value)} không hợp lệ: cần {what}",
                "Sửa giá trị này theo ví dụ trong phần chú thích của cchc.toml.",
            ) from None

    def text(self, key: str, default: Any = ...) -> str:
        return self.get(key, as_text, "một chuỗi chữ trong dấu nháy", default)

    def texts(self, key: str, default: Any = ...) -> tuple[str, ...]:
        return self.get(key, as_texts, 'một danh sách chuỗi chữ ["...", "..."]', default)

    def day(self, key: str, default: Any = ...) -> date:
        return self.get(
            key,
            as_date,
            'một ngày từ năm 1980 đến 2107, ví dụ 2020-05-20 hoặc "20/5/2020"',
            default,
        )

    def integer(self, key: str, default: Any = ...) -> int:
        return self.get(key, as_int, "một số nguyên", default)

    def number(
        self,
        key: str,
        default: Any = ...,
        *,
        minimum: float = float("-inf"),
        maximum: float = float("inf"),
    ) -> float:
        value = self.get(key, as_float, "một số", default)
        if value is not None and not minimum <= value <= maximum:
            raise self.error(key, f"giá trị {shown(value)} phải từ {minimum:g} đến {maximum:g}")
        return value

    def table_list(self, key: str) -> list[dict[str, Any]]:
        value = self.raw(key)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise self.error(key, f"cần các bảng [[{key}]]")
        return value


def shown(value: Any) -> str:
    """A value as the user wrote it in the file, for a message."""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, str):
        return f"“{value}”"
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "…"


def as_text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("không phải chuỗi chữ")
    return fold(value)


def as_texts(value: Any) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, list):
        raise TypeError("không phải danh sách")
    return tuple(as_text(v) for v in value)


def as_date(value: Any) -> date:
    if isinstance(value, datetime):  # a TOML date-time: the day is what counts
        value = value.date()
    if isinstance(value, date):
        day = value
    elif isinstance(value, str):
        if match := _VN_DATE.match(value):
            number, month, year = (int(g) for g in match.groups())
            day = date(year, month, number)
        else:
            day = date.fromisoformat(value.strip())
    else:
        raise TypeError("không phải ngày")
    if not FIRST_DAY <= day <= LAST_DAY:
        # files carry dates in ZIP entries (1980-2107) and Office properties
        raise ValueError("ngày nằm ngoài khoảng 1980-2107")
    return day


def as_int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError("không phải số nguyên")
    return value


def as_float(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError("không phải số")
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError("không phải số hữu hạn")
    return float(value)
