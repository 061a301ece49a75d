"""What a file really is, from its first bytes and its zip directory, before any parser touches it;
never from its name.

Also the zip-bomb guard: Office files are zip packages, and neither openpyxl nor calamine limits how
much a package may expand to. The limits below are far above any real form (a filled form is about
50 KB and expands to under 1 MB).
"""

from __future__ import annotations

import contextlib
import enum
import zipfile
from pathlib import Path

from cchc_core.collect.parts import check_parts, check_sheets
from cchc_core.errors import InputFileError
from cchc_core.util.text import nfc

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
    with path.open("rb") as handle:  # never the whole file: it may be gigabytes
        head = handle.read(65536)
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


_SEND_THE_FORM = "Đề nghị đơn vị gửi lại biểu mẫu .xlsx/.docx đã điền."
_SAVE_AS = (
    "Mở tệp bằng Excel hoặc Word, chọn Lưu thành… (Save As) dạng Sổ làm việc Excel (.xlsx) hoặc "
    "Tài liệu Word (.docx), rồi gửi lại tệp đó."
)
_UNPACK = "Giải nén tệp rồi chép các tệp .xlsx/.docx bên trong vào inbox/."

#: what a file's first bytes say it is, when it is not an Office package: (first bytes, code,
#: message, hint). The name of the file is never trusted: units rename files, and programs that
#: export "Excel" files often write something else.
SIGNATURES: tuple[tuple[bytes, str, str, str], ...] = (
    (
        b"%PDF",
        "file.pdf",
        "Tệp là PDF (có thể đã đổi đuôi), không đọc được số liệu.",
        "Đơn vị gửi kèm tệp .xlsx/.docx gốc; bản PDF chỉ để lưu.",
    ),
    *(
        (
            magic,
            "file.image",
            "Tệp là ảnh (ảnh chụp hoặc ảnh quét), không đọc được số liệu.",
            _SEND_THE_FORM,
        )
        for magic in (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"II*\x00", b"MM\x00*")
    ),
    *(
        (magic, "file.archive", f"Tệp là tệp nén {kind}, không phải biểu mẫu.", _UNPACK)
        for magic, kind in (
            (b"Rar!\x1a\x07", "RAR"),
            (b"7z\xbc\xaf\x27\x1c", "7z"),
            (b"\x1f\x8b", "gzip"),
        )
    ),
    (
        b"{\\rtf",
        "file.rtf",
        "Tệp là văn bản RTF (thường do đổi đuôi .doc), không phải tài liệu Word .docx.",
        _SAVE_AS,
    ),
)

#: markers of text formats that spreadsheet and document programs also save under .xls or .doc
#: names, looked for in the first bytes, lowercased: (marker, code, message)
TEXT_FORMATS: tuple[tuple[bytes, str, str], ...] = (
    (
        b"urn:schemas-microsoft-com:office:spreadsheet",
        "file.xml-spreadsheet",
        "Tệp là bảng tính XML (định dạng Excel 2003), không phải biểu mẫu .xlsx.",
    ),
    (
        b"<html",
        "file.html",
        "Tệp là trang web (HTML) mang tên bảng tính hoặc văn bản, thường do phần mềm xuất ra, "
        "không phải biểu mẫu .xlsx/.docx.",
    ),
    (
        b"<!doctype html",
        "file.html",
        "Tệp là trang web (HTML) mang tên bảng tính hoặc văn bản, thường do phần mềm xuất ra, "
        "không phải biểu mẫu .xlsx/.docx.",
    ),
)


def _not_a_package(head: bytes) -> InputFileError:
    """Why a file that is not a zip package cannot be read, from its first bytes."""
    for magic, code, message, hint in SIGNATURES:
        if head.startswith(magic):
            return InputFileError(message, code=code, hint=hint)
    lowered = head.lower()
    for marker, code, message in TEXT_FORMATS:
        if marker in lowered:
            return InputFileError(message, code=code, hint=_SAVE_AS)
    if b"\0" not in head:
        return InputFileError(
            "Tệp là văn bản thuần (như .txt, .csv), không phải biểu mẫu Excel (.xlsx) hay Word "
            "(.docx).",
            code="file.text",
            hint=_SEND_THE_FORM,
        )
    return InputFileError(
        "Tệp không phải biểu mẫu Excel (.xlsx) hay Word (.docx).",
        code="file.unknown",
        hint=_SEND_THE_FORM,
    )


def _entry_name(entry: zipfile.ZipInfo) -> str:
    """An entry's file name as its author saw it: zip tools that do not flag UTF-8 names (Info-ZIP,
    older Windows) still often write UTF-8, which Python decodes as cp437."""
    name = entry.filename
    if not entry.flag_bits & 0x800:
        with contextlib.suppress(UnicodeEncodeError, UnicodeDecodeError):
            name = name.encode("cp437").decode("utf-8")
    return nfc(name.rsplit("/", 1)[-1])


def _plain_zip(entries: list[zipfile.ZipInfo]) -> InputFileError:
    """A zip file that is not an Office package: say what it holds."""
    names = [_entry_name(e) for e in entries if not e.is_dir()]
    forms = sorted(n for n in names if n.lower().endswith((".xlsx", ".docx")))
    if forms:
        shown = ", ".join(forms[:3]) + (", …" if len(forms) > 3 else "")
        return InputFileError(
            f"Tệp nén .zip chứa {len(forms)} biểu mẫu ({shown}), cchc không đọc bên trong tệp nén.",
            code="file.archive",
            hint=_UNPACK,
        )
    return InputFileError(
        "Tệp nén không phải biểu mẫu Excel hay Word.", code="file.unknown", hint=_SEND_THE_FORM
    )


def sniff(path: Path, head: bytes, size: int) -> Kind:
    """The kind of file from its content, never its name, or an :class:`InputFileError` saying in
    Vietnamese what it is instead (a real .xlsx named .xls is read as the .xlsx it is)."""
    if size == 0:
        raise InputFileError(
            "Tệp rỗng (0 byte).", code="file.empty", hint="Yêu cầu đơn vị gửi lại tệp."
        )
    if head.startswith(OLE_MAGIC):
        raise _ole_message(path)
    if not head.startswith(b"PK"):
        raise _not_a_package(head)
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
            names = {e.filename for e in entries}
            check_package(archive)
            check_parts(path, archive)
            if "xl/workbook.xml" in names:
                check_sheets(path)
            if "mimetype" in names:
                mimetype = archive.read("mimetype")[:100].decode("ascii", "replace")
                if "opendocument" in mimetype:
                    raise InputFileError(
                        "Tệp ở định dạng OpenDocument (.ods/.odt), không phải .xlsx/.docx.",
                        code="file.opendocument",
                        hint="Trong LibreOffice chọn Lưu thành… và chọn định dạng Excel 2007-365 "
                        "(.xlsx) hoặc Word 2007-365 (.docx).",
                    )
    except (zipfile.BadZipFile, NotImplementedError, ValueError, OverflowError):
        # zipfile raises the last three for a directory that names a zip version it does not
        # know or a ZIP64 offset out of range: damaged, like any other unreadable directory
        raise InputFileError(
            "Tệp bị hỏng hoặc chưa tải về hết (không mở được gói nén).",
            code="file.corrupt",
            hint="Yêu cầu đơn vị gửi lại tệp.",
        ) from None
    if "xl/workbook.xml" in names:
        return Kind.XLSX
    if "word/document.xml" in names:
        return Kind.DOCX
    raise _plain_zip(entries)
