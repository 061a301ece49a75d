"""Telling a damaged or hostile file from a bug in a reader.

A zip that does not inflate, XML that does not parse or that declares entities (an XML attack),
a workbook python-calamine cannot open: the file is at fault, and only the unit that sent it can
send a clean copy, so the message asks for one, in Vietnamese, without the parser's English. Any
other exception in a reader is a bug, reported to whoever maintains cchc or the plugin.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from xml.etree.ElementTree import ParseError

from cchc_core.errors import InputFileError

RESEND = (
    "Đề nghị đơn vị mở tệp bằng Excel hoặc Word, lưu lại rồi gửi lại bản sạch (điền vào biểu mẫu "
    "gốc đã được gửi, không chỉnh sửa bằng phần mềm khác)."
)


def damaged(reason: str = "") -> InputFileError:
    """The refusal of a file whose content cannot be read as what it claims to be."""
    return InputFileError(
        "Tệp bị hỏng hoặc chứa nội dung không an toàn nên không đọc được.",
        code="file.damaged",
        hint=RESEND,
        details={"reason": reason[:300]} if reason else None,
    )


def _library_errors() -> tuple[type[BaseException], ...]:
    """The exception types parsing libraries raise for a broken file (imported when needed)."""
    import python_calamine
    from defusedxml import DefusedXmlException
    from docx.opc.exceptions import OpcError
    from lxml.etree import LxmlError

    return (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        zlib.error,
        EOFError,
        struct.error,
        UnicodeError,
        ParseError,
        DefusedXmlException,
        LxmlError,
        OpcError,
        python_calamine.CalamineError,
    )


def as_refusal(error: BaseException) -> InputFileError | None:
    """The refusal to report when ``error`` (raised while reading a file) means the file is
    damaged or hostile, or ``None`` when it is a reader's own bug."""
    if isinstance(error, InputFileError):
        return error
    missing_part = isinstance(error, KeyError) and "There is no item named" in str(error)
    if missing_part or isinstance(error, _library_errors()):
        return damaged(f"{type(error).__name__}: {error}")
    return None
