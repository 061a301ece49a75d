"""What a file really is, from its first bytes and its zip directory, before any parser touches it.

Also the zip-bomb guard: Office files are zip packages, and neither openpyxl nor calamine limits how
much a package may expand to. The limits below are far above any real form (a filled form is about
50 KB and expands to under 1 MB).
"""

from __future__ import annotations

import enum
import zipfile
from pathlib import Path

from cchc_core.errors import InputFileError

MAX_PACKAGE_BYTES = 200 * 1024 * 1024  # expanded size of all entries
MAX_ENTRY_RATIO = 200  # expanded / compressed, for entries above 1 MB expanded
MAX_ENTRIES = 5000

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class Kind(enum.Enum):
    """What a file is, as far as cchc cares."""

    XLSX = "xlsx"
    DOCX = "docx"
    OTHER = "other"


def _ole_message(path: Path) -> InputFileError:
    head = path.read_bytes()[:65536]
    if "EncryptionInfo".encode("utf-16-le") in head:
        return InputFileError(
            "Tệp được đặt mật khẩu nên không đọc được.",
            code="file.encrypted",
            hint="Đề nghị đơn vị mở tệp, bỏ mật khẩu (Excel: Tệp › Thông tin › Bảo vệ sổ làm "
            "việc; Word: Tệp › Thông tin › Bảo vệ tài liệu), lưu lại rồi gửi lại.",
        )
    return InputFileError(
        "Tệp ở định dạng Excel/Word cũ (.xls, .doc), không phải biểu mẫu .xlsx/.docx.",
        code="file.legacy-format",
        hint="Điền vào biểu mẫu .xlsx/.docx đã được gửi, hoặc mở tệp và lưu lại dưới dạng .xlsx/.docx.",
    )


def check_package(archive: zipfile.ZipFile) -> None:
    """Refuse a package whose entries would expand beyond the limits (a zip bomb)."""
    entries = archive.infolist()
    if len(entries) > MAX_ENTRIES:
        raise InputFileError(
            f"Tệp nén có quá nhiều thành phần ({len(entries)}).", code="file.too-large"
        )
    total = 0
    for entry in entries:
        total += entry.file_size
        ratio = entry.file_size / max(entry.compress_size, 1)
        if entry.file_size > 1024 * 1024 and ratio > MAX_ENTRY_RATIO:
            raise InputFileError(
                f"Tệp có thành phần nén bất thường ({entry.filename}: tỷ lệ nén {ratio:.0f}:1).",
                code="file.zip-bomb",
                hint="Tệp có thể bị hỏng hoặc độc hại; yêu cầu đơn vị gửi lại biểu mẫu gốc.",
            )
    if total > MAX_PACKAGE_BYTES:
        raise InputFileError(
            f"Tệp giải nén quá lớn ({total // (1024 * 1024)} MB).",
            code="file.too-large",
            hint="Biểu mẫu thật chỉ vài trăm KB; yêu cầu đơn vị gửi lại biểu mẫu gốc.",
        )


def sniff(path: Path, head: bytes, size: int) -> Kind:
    """The kind of file, or an :class:`InputFileError` saying in Vietnamese what it is instead."""
    if size == 0:
        raise InputFileError(
            "Tệp rỗng (0 byte).", code="file.empty", hint="Yêu cầu đơn vị gửi lại tệp."
        )
    if head.startswith(OLE_MAGIC):
        raise _ole_message(path)
    if head.startswith(b"%PDF"):
        raise InputFileError(
            "Tệp là PDF (có thể đã đổi đuôi), không đọc được số liệu.",
            code="file.pdf",
            hint="Đơn vị gửi kèm tệp .xlsx/.docx gốc; bản PDF chỉ để lưu.",
        )
    if not head.startswith(b"PK"):
        raise InputFileError(
            "Tệp không phải biểu mẫu Excel (.xlsx) hay Word (.docx).", code="file.unknown"
        )
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            check_package(archive)
            if "mimetype" in names:
                mimetype = archive.read("mimetype")[:100].decode("ascii", "replace")
                if "opendocument" in mimetype:
                    raise InputFileError(
                        "Tệp ở định dạng OpenDocument (.ods/.odt), không phải .xlsx/.docx.",
                        code="file.opendocument",
                        hint="Trong LibreOffice chọn Lưu thành… và chọn định dạng Excel 2007-365 "
                        "(.xlsx) hoặc Word 2007-365 (.docx).",
                    )
    except zipfile.BadZipFile:
        raise InputFileError(
            "Tệp bị hỏng hoặc chưa tải về hết (không mở được gói nén).",
            code="file.corrupt",
            hint="Yêu cầu đơn vị gửi lại tệp.",
        ) from None
    if "xl/workbook.xml" in names:
        return Kind.XLSX
    if "word/document.xml" in names:
        return Kind.DOCX
    raise InputFileError("Tệp nén không phải biểu mẫu Excel hay Word.", code="file.unknown")
