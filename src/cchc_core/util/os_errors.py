"""Errors of the operating system (a file locked, missing, a full disk) told in Vietnamese, each with
the advice that fits it: a missing folder is not fixed by closing Word."""

from __future__ import annotations

import errno

from cchc_core.errors import CchcError

_CLOSE_IT = (
    "Đóng tệp nếu đang mở trong Word hoặc Excel (Windows khóa tệp đang mở) rồi chạy lại; nếu vẫn "
    "lỗi, kiểm tra quyền ghi thư mục."
)

#: errno → (message with {file}, hint)
BY_ERRNO: dict[int, tuple[str, str]] = {
    errno.ENOENT: (
        "Không tìm thấy {file}.",
        "Kiểm tra lại đường dẫn và tên tệp (tệp có thể đã bị chuyển hoặc xóa).",
    ),
    errno.EACCES: ("Không được phép đọc hoặc ghi {file}.", _CLOSE_IT),
    errno.EPERM: ("Không được phép đọc hoặc ghi {file}.", _CLOSE_IT),
    errno.EBUSY: ("{file} đang được chương trình khác dùng.", _CLOSE_IT),
    errno.ENOSPC: (
        "Ổ đĩa đã đầy, không ghi được {file}.",
        "Giải phóng dung lượng ổ đĩa (hoặc chọn ổ khác) rồi chạy lại.",
    ),
    errno.EROFS: (
        "Ổ đĩa chỉ cho phép đọc, không ghi được {file}.",
        "Chép thư mục đợt tổng kết sang ổ đĩa ghi được (không phải đĩa CD hay USB khóa ghi).",
    ),
    errno.EISDIR: ("{file} là một thư mục, không phải tệp.", "Kiểm tra lại đường dẫn."),
    errno.ENOTDIR: ("Một phần của đường dẫn {file} không phải thư mục.", "Kiểm tra lại đường dẫn."),
    errno.ENAMETOOLONG: (
        "Đường dẫn quá dài: {file}.",
        "Chuyển thư mục đợt tổng kết lên gần gốc ổ đĩa (ví dụ D:\\tong-ket-2020) rồi chạy lại.",
    ),
}
#: Windows' own codes (``winerror``), more precise than errno for a file another program holds
BY_WINERROR: dict[int, tuple[str, str]] = {
    32: ("{file} đang mở trong chương trình khác (Word, Excel…).", _CLOSE_IT),  # sharing violation
    33: ("{file} đang bị chương trình khác khóa.", _CLOSE_IT),  # lock violation
}
DEFAULT = ("Không đọc hoặc ghi được {file} ({reason}).", "Kiểm tra tệp và thư mục rồi chạy lại.")


def _entry(error: OSError) -> tuple[str, str]:
    return (
        BY_WINERROR.get(getattr(error, "winerror", None) or 0)
        or BY_ERRNO.get(error.errno or 0)
        or DEFAULT
    )


def explain_os_error(error: OSError) -> CchcError:
    """The Vietnamese message and the fitting hint for ``error``, naming its file."""
    message, hint = _entry(error)
    name = error.filename or error.filename2
    file = f"“{name}”" if name else "tệp"
    text = message.format(file=file, reason=error.strerror or error)
    return CchcError(
        text[0].upper() + text[1:],
        hint=hint,
        details={"file": str(name) if name else None, "errno": error.errno},
    )


#: why an error happened, as the end of a sentence that already names the file
REASON_BY_ERRNO: dict[int, str] = {
    errno.ENOENT: "không tìm thấy tệp hay thư mục",
    errno.EACCES: "không được phép đọc hoặc ghi",
    errno.EPERM: "không được phép đọc hoặc ghi",
    errno.EBUSY: "tệp đang được chương trình khác dùng",
    errno.ENOSPC: "ổ đĩa đã đầy",
    errno.EROFS: "ổ đĩa chỉ cho phép đọc",
    errno.EISDIR: "đó là một thư mục",
    errno.ENOTDIR: "một phần của đường dẫn không phải thư mục",
    errno.ENAMETOOLONG: "đường dẫn quá dài",
}
REASON_BY_WINERROR: dict[int, str] = {
    32: "tệp đang mở trong chương trình khác (Word, Excel…)",
    33: "tệp đang bị chương trình khác khóa",
}


def os_reason(error: OSError) -> str:
    """Why ``error`` happened, in Vietnamese, as the end of a sentence that already names the
    file ("Không ghi được bao-cao.docx: tệp đang mở trong chương trình khác"); the system's own
    words for an error not listed."""
    return (
        REASON_BY_WINERROR.get(getattr(error, "winerror", None) or 0)
        or REASON_BY_ERRNO.get(error.errno or 0)
        or f"lỗi của hệ điều hành ({error.strerror or error})"
    )


def os_hint(error: OSError) -> str:
    """The advice that fits ``error`` (close the file, free the disk, shorten the path…)."""
    return _entry(error)[1]
