"""click's own texts (usage line, help headings, errors, suggestions) in Vietnamese.

click passes every text a user sees through gettext: each of its modules does ``from gettext import
gettext as _`` and calls ``_()`` when the text is shown. gettext picks the language from
environment variables (LANGUAGE, LANG) that a Windows office PC does not set, and needs compiled
catalogues; cchc speaks Vietnamese whatever the machine, so :func:`install` binds those names in
click's modules to a lookup in :data:`VIETNAMESE`. Texts not listed (errors meant for programmers)
stay in English. ``tests/test_cli_terminal.py`` checks that every key is still a text of the
installed click, so an upgrade that rewords one is noticed.
"""

from __future__ import annotations

import importlib

#: click's English text → the Vietnamese shown instead; placeholders are click's own (``{name}``)
VIETNAMESE: dict[str, str] = {
    # usage and help
    "Usage:": "Cách dùng:",
    "Options": "Tùy chọn",
    "Commands": "Lệnh",
    "Positional arguments": "Tham số",
    "Show this message and exit.": "Hiện hướng dẫn này rồi thoát.",
    "Show the version and exit.": "Hiện phiên bản rồi thoát.",
    "default: {default}": "mặc định: {default}",
    "env var: {var}": "biến môi trường: {var}",
    "(dynamic)": "(tùy lúc chạy)",
    "deprecated": "không dùng nữa",
    "required": "bắt buộc",
    # errors and suggestions
    "Error: {message}": "Lỗi: {message}",
    "Try '{command} {option}' for help.": "Xem hướng dẫn: {command} {option}",
    "No such command {name!r}.": "Không có lệnh “{name}”.",
    "Did you mean {possibility}?": "Có phải ý bạn là {possibility}?",
    "(Did you mean one of: {possibilities}?)": "(Có phải ý bạn là một trong các lệnh: {possibilities}?)",
    "No such option {name!r}.": "Không có tùy chọn “{name}”.",
    "Missing command.": "Thiếu tên lệnh.",
    "Missing argument": "Thiếu tham số",
    "Missing option": "Thiếu tùy chọn",
    "Missing parameter": "Thiếu tham số",
    "Missing parameter: {param_name}": "Thiếu tham số: {param_name}",
    "Got unexpected extra argument ({args})": "Thừa tham số ({args})",
    "Got unexpected extra arguments ({args})": "Thừa các tham số ({args})",
    "Option {name!r} does not take a value.": "Tùy chọn “{name}” không nhận giá trị.",
    "Option {name!r} requires an argument.": "Tùy chọn “{name}” cần một giá trị.",
    "Option {name!r} requires {nargs} arguments.": "Tùy chọn “{name}” cần {nargs} giá trị.",
    "Argument {name!r} takes {nargs} values.": "Tham số “{name}” nhận {nargs} giá trị.",
    "Invalid value for {param_hint}: {message}": "Giá trị không hợp lệ cho {param_hint}: {message}",
    "Invalid value: {message}": "Giá trị không hợp lệ: {message}",
    "{value!r} is not a valid {number_type}.": "“{value}” không phải là một số nguyên.",
    "{value} is not in the range {range}.": "{value} nằm ngoài khoảng {range}.",
    "{value!r} is not {choice}.": "“{value}” không phải là {choice}.",
    "{value!r} is not one of {choices}.": "“{value}” không thuộc các giá trị: {choices}.",
    "Choose from:\n\t{choices}": "Chọn một trong:\n\t{choices}",
    "{value!r} is not a valid boolean. Recognized values: {states}": (
        "“{value}” không phải giá trị đúng/sai. Các giá trị nhận được: {states}"
    ),
    "{value!r} does not match the format {format}.": "“{value}” không đúng dạng {format}.",
    "{value!r} does not match the formats {formats}.": "“{value}” không đúng dạng {formats}.",
    # {name} is click's "file", "directory" or "path", named before these texts are bound
    "{name} {filename!r} does not exist.": "Không tìm thấy “{filename}”.",
    "{name} {filename!r} is a file.": "“{filename}” là một tệp, không phải thư mục.",
    "{name} {filename!r} is a directory.": "“{filename}” là một thư mục, không phải tệp.",
    "{name} {filename!r} is not readable.": "Không đọc được “{filename}”.",
    "{name} {filename!r} is not writable.": "Không ghi được vào “{filename}”.",
    "Could not open file {filename!r}: {message}": "Không mở được tệp “{filename}”: {message}",
    "file": "tệp",
    "directory": "thư mục",
    "path": "đường dẫn",
    "Aborted!": "Đã dừng.",
    "Do you want to continue?": "Tiếp tục?",
    "Error: invalid input": "Lỗi: giá trị không hợp lệ",
}

#: click's modules that show texts to users
CLICK_MODULES = (
    "core",
    "decorators",
    "exceptions",
    "formatting",
    "parser",
    "shell_completion",
    "termui",
    "types",
    "utils",
)


def gettext(message: str) -> str:
    """The Vietnamese of one of click's texts (the English one when not translated)."""
    return VIETNAMESE.get(message, message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """Vietnamese has no plural forms: the text for ``count``'s English form."""
    return gettext(singular if count == 1 else plural)


def install() -> None:
    """Make click show its texts in Vietnamese (idempotent)."""
    for name in CLICK_MODULES:
        module = importlib.import_module(f"click.{name}")
        if hasattr(module, "_"):
            module._ = gettext  # type: ignore[attr-defined]
        if hasattr(module, "ngettext"):
            module.ngettext = ngettext  # type: ignore[attr-defined]
