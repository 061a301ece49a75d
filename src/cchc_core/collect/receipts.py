"""The receipt register (sổ nhận tệp): which file came in on which day, kept by the clerk with the
tool in ``<campaign>/so-nhan-tep.csv``.

A plain CSV file the clerk can open in Excel or Notepad, read and correct: ``cchc receive`` only
ever appends lines, never rewrites one, and the clerk's own corrections are what counts. Written in
UTF-8 with a byte-order mark and ``;`` between columns (what Excel expects on a Vietnamese Windows,
whose decimal separator is the comma); read back whatever Excel saved it as (``;`` or ``,``,
UTF-8 or the Windows code page). A line is matched to an inbox file by its SHA-256 (the file may
have been renamed) or else by its name.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections.abc import Sequence
from datetime import date, datetime, time
from pathlib import Path

from attrs import frozen

from cchc_core.errors import CchcError
from cchc_core.model.findings import Finding, Location, Severity
from cchc_core.util.code_pages import error_handler
from cchc_core.util.os_errors import os_hint, os_reason
from cchc_core.util.text import fold, match_key

REGISTER_NAME = "so-nhan-tep.csv"
COLUMNS = ("Ngày nhận", "Tệp", "Đơn vị gửi", "Nhận qua", "Ghi chú", "Mã SHA-256")
_DAY = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{4})(?:\s+(\d{1,2})[:h](\d{2}))?\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}))?")
#: the hour a receipt without one is taken at: within the day, whatever the time zone
NOON = time(12, 0)


@frozen
class Receipt:
    """One line of the register: when, what file (name in ``inbox/`` and content hash), from
    whom, through what (e-mail, paper, in person), a note, and the line it is on."""

    received: datetime
    file: str
    sender: str = ""
    via: str = ""
    note: str = ""
    sha256: str = ""
    line: int = 0


def _moment(text: str) -> datetime | None:
    from cchc_core.collect.inbox import VIETNAM

    for pattern, order in ((_DAY, (2, 1, 0)), (_ISO, (0, 1, 2))):
        match = pattern.match(text)
        if match:
            groups = match.groups()
            year, month, day = (int(groups[i]) for i in order)
            hour, minute = (int(groups[3]), int(groups[4])) if groups[3] else (12, 0)
            try:
                moment = datetime(year, month, day, hour, minute, tzinfo=VIETNAM)
            except ValueError:
                return None
            return moment if 1980 <= year <= 2107 else None
    return None


def _decoded(data: bytes) -> tuple[str, str]:
    """The register's text and the encoding it was saved in: cchc writes UTF-8, Excel on a
    Vietnamese Windows saves "CSV" in cp1258."""
    for encoding in ("utf-8-sig", "cp1258", "cp1252"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", "replace"), "utf-8"


def _text(path: Path) -> str:
    return _decoded(path.read_bytes())[0]


def _delimiter(text: str) -> str:
    """The register's separator, from its header: ``;`` (Excel on a Vietnamese Windows, and
    cchc's own) or ``,``."""
    first = text.split("\n", 1)[0]
    return ";" if first.count(";") >= first.count(",") else ","


def read_register(root: Path) -> tuple[list[Receipt], list[Finding]]:
    """The register's lines, and a warning for each line that cannot be read (named by line)."""
    path = root / REGISTER_NAME
    if not path.is_file():
        return [], []
    text = _text(path)
    receipts, problems = [], []
    for number, row in enumerate(csv.reader(io.StringIO(text), delimiter=_delimiter(text)), 1):
        if number == 1 or not any(cell.strip() for cell in row):
            continue  # the header, blank lines
        cells = [fold(c) for c in row] + [""] * len(COLUMNS)
        moment = _moment(cells[0])
        if moment is None or not cells[1]:
            problems.append(
                Finding(
                    "register.bad-line",
                    Severity.WARNING,
                    f"Dòng {number} của sổ nhận tệp không đọc được"
                    + (f" (ngày “{cells[0]}”)" if cells[0] else " (thiếu ngày nhận)")
                    + ("" if cells[1] else ", thiếu tên tệp")
                    + ": dòng này không được dùng.",
                    "Ghi ngày theo dạng 20/5/2020 (có thể kèm giờ 20/5/2020 15:40) và tên tệp "
                    f"trong inbox/; sửa trong {REGISTER_NAME}.",
                    location=Location(REGISTER_NAME, cell=f"dòng {number}"),
                )
            )
            continue
        receipts.append(Receipt(moment, *cells[1:6], line=number))
    return receipts, problems


class Register:
    """The register's lines, looked up by a file's content hash or name (the earliest wins)."""

    def __init__(self, receipts: Sequence[Receipt]) -> None:
        self.by_sha: dict[str, Receipt] = {}
        self.by_name: dict[str, Receipt] = {}
        for receipt in sorted(receipts, key=lambda r: r.received, reverse=True):
            if receipt.sha256:
                self.by_sha[receipt.sha256.lower()] = receipt
            self.by_name[match_key(receipt.file)] = receipt

    def find(self, name: str, sha256: str) -> Receipt | None:
        """The receipt of the file ``name`` with content ``sha256``, if the register has one."""
        return self.by_sha.get(sha256) or self.by_name.get(match_key(name))


def _line(receipt: Receipt) -> list[str]:
    moment = receipt.received
    return [
        f"{moment.day}/{moment.month}/{moment.year} {moment.hour:02d}:{moment.minute:02d}",
        receipt.file,
        receipt.sender,
        receipt.via,
        receipt.note,
        receipt.sha256,
    ]


def append(root: Path, receipts: Sequence[Receipt]) -> Path:
    """Add ``receipts`` at the end of the register (created with its header when absent).

    Lines already there are never rewritten: what the clerk corrected stays corrected.
    """
    path = root / REGISTER_NAME
    new = not path.exists()
    encoding, delimiter, lead = "utf-8-sig", ";", ""
    if not new:  # continue the file in its own encoding and separator: Excel may have saved it
        existing = path.read_bytes()
        text, encoding = _decoded(existing)
        encoding = "utf-8" if encoding == "utf-8-sig" else encoding
        delimiter = _delimiter(text)
        lead = "" if not existing or existing.endswith(b"\n") else "\r\n"
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    if new:
        writer.writerow(COLUMNS)
    for receipt in receipts:
        writer.writerow(_line(receipt))
    try:
        with path.open(
            "a", encoding=encoding, errors=error_handler(encoding), newline=""
        ) as handle:
            handle.write(lead + buffer.getvalue())
    except OSError as error:
        raise CchcError(
            f"Không ghi được vào {REGISTER_NAME}: {os_reason(error)}.",
            hint=f"{os_hint(error)} Các tệp nhận chưa được chép vào inbox/.",
            details={"file": str(path)},
        ) from error
    return path


def sha256_of(path: Path) -> str:
    """The SHA-256 of a file, read in blocks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def at_noon(day: date) -> datetime:
    """A day given without an hour, at noon in Vietnam."""
    from cchc_core.collect.inbox import VIETNAM

    return datetime.combine(day, NOON, tzinfo=VIETNAM)
