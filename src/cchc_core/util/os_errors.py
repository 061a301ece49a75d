"""Errors of the operating system (a file locked, missing, a full disk) told in Vietnamese, each with
the advice that fits it: a missing folder is not fixed by closing Word."""

from __future__ import annotations

import errno

from attrs import frozen

from cchc_core.errors import CchcError

_CLOSE_IT = (
    "Đóng tệp nếu đang mở trong Word hoặc Excel (Windows khóa tệp đang mở) rồi chạy lại; nếu vẫn "
    "lỗi, kiểm tra quyền ghi thư mục."
)


@frozen
class Explained:
    """What to say of one kind of OS error: the sentence naming the file (``{file}``), the reason
    to end a sentence that already names it, and the advice that fits."""

    message: str
    reason: str
    hint: str


_CHECK_PATH = "Kiểm tra lại đường dẫn."
#: errno → what to say
BY_ERRNO: dict[int, Explained] = {
    errno.ENOENT: Explained(
        "Không tìm thấy {file}.",
        "không tìm thấy tệp hay thư mục",
        "Kiểm tra lại đường dẫn và tên tệp (tệp có thể đã bị chuyển hoặc xóa).",
    ),
    errno.EACCES: Explained(
        "Không được phép đọc hoặc ghi {file}.", "không được phép đọc hoặc ghi", _CLOSE_IT
    ),
    errno.EPERM: Explained(
        "Không được phép đọc hoặc ghi {file}.", "không được phép đọc hoặc ghi", _CLOSE_IT
    ),
    errno.EBUSY: Explained(
        "{file} đang được chương trình khác dùng.",
        "tệp đang được chương trình khác dùng",
        _CLOSE_IT,
    ),
    errno.ENOSPC: Explained(
        "Ổ đĩa đã đầy, không ghi được {file}.",
        "ổ đĩa đã đầy",
        "Giải phóng dung lượng ổ đĩa (hoặc chọn ổ khác) rồi chạy lại.",
    ),
    errno.EROFS: Explained(
        "Ổ đĩa chỉ cho phép đọc, không ghi được {file}.",
        "ổ đĩa chỉ cho phép đọc",
        "Chép thư mục đợt tổng kết sang ổ đĩa ghi được (không phải đĩa CD hay USB khóa ghi).",
    ),
    errno.EISDIR: Explained(
        "{file} là một thư mục, không phải tệp.", "đó là một thư mục", _CHECK_PATH
    ),
    errno.ENOTDIR: Explained(
        "Một phần của đường dẫn {file} không phải thư mục.",
        "một phần của đường dẫn không phải thư mục",
        _CHECK_PATH,
    ),
    errno.ENAMETOOLONG: Explained(
        "Đường dẫn quá dài: {file}.",
        "đường dẫn quá dài",
        "Chuyển thư mục đợt tổng kết lên gần gốc ổ đĩa (ví dụ D:\\tong-ket-2020) rồi chạy lại.",
    ),
}
#: Windows' own codes (``winerror``), more precise than errno for a file another program holds
BY_WINERROR: dict[int, Explained] = {
    32: Explained(  # sharing violation
        "{file} đang mở trong chương trình khác (Word, Excel…).",
        "tệp đang mở trong chương trình khác (Word, Excel…)",
        _CLOSE_IT,
    ),
    33: Explained(  # lock violation
        "{file} đang bị chương trình khác khóa.", "tệp đang bị chương trình khác khóa", _CLOSE_IT
    ),
}
#: an error not listed: the system's own words, marked as such
DEFAULT = Explained(
    "Không đọc hoặc ghi được {file} ({reason}).",
    "lỗi của hệ điều hành ({reason})",
    "Kiểm tra tệp và thư mục rồi chạy lại.",
)


def _explained(error: OSError) -> Explained:
    return (
        BY_WINERROR.get(getattr(error, "winerror", None) or 0)
        or BY_ERRNO.get(error.errno or 0)
        or DEFAULT
    )


def explain_os_error(error: OSError) -> CchcError:
    """The Vietnamese message and the fitting hint for ``error``, naming its file."""
    explained = _explained(error)
    name = error.filename or error.filename2
    file = f"“{name}”" if name else "tệp"
    text = explained.message.format(file=file, reason=error.strerror or error)
    return CchcError(
        text[0].upper() + text[1:],
        hint=explained.hint,
        details={"file": str(name) if name else None, "errno": error.errno},
    )


def os_reason(error: OSError) -> str:
    """Why ``error`` happened, in Vietnamese, as the end of a sentence that already names the
    file ("Không ghi được bao-cao.docx: tệp đang mở trong chương trình khác"); the system's own
    words for an error not listed."""
    return _explained(error).reason.format(reason=error.strerror or error)


def os_hint(error: OSError) -> str:
    """The advice that fits ``error`` (close the file, free the disk, shorten the path…)."""
    return _explained(error).hint
