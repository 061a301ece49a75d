"""Listing the inbox: every submitted file with its fingerprint (hash, size, times), read-only.

Excel and Word lock files (``~$...``), hidden files and folders, and system clutter are skipped;
links out of the inbox, files too large to be a form and files that cannot be opened are named with
the reason and left out, and every other file is still read. E-mails saved from a mail client give
their attachments (``mail.py``). A file's received time comes from the receipt register, the e-mail
it came in or ``cchc.toml``'s ``[[received]]``, in Vietnam's time zone; never from its modification
time, which says when it was copied (a clerk saving a week of e-mails on 22/5 made every unit late).
"""

from __future__ import annotations

import hashlib
import os
import stat
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from attrs import frozen

from cchc_core.collect.mail import looks_like_mail, read_mails
from cchc_core.collect.receipts import Register, at_noon
from cchc_core.config import CampaignConfig
from cchc_core.errors import InputFileError
from cchc_core.model.findings import Finding, Location, Severity
from cchc_core.model.submissions import InboxFile
from cchc_core.util.os_errors import os_reason
from cchc_core.util.text import match_key, nfc

VIETNAM = timezone(timedelta(hours=7), "ICT")
CLUTTER = {"thumbs.db", "desktop.ini", ".ds_store"}
HEAD_BYTES = 512  # enough for sniff to tell an HTML or XML export from a form


#: the largest inbox file read at all (checked with stat, before opening): a filled form is about
#: 50 KB, a report with photographs a few MB, an e-mail export with attachments tens of MB
MAX_FILE_BYTES = 100 * 1024 * 1024


@frozen
class InboxListing:
    """The files to read, the names skipped (lock files, hidden files), and the files that could
    not be read at all, each with the reason (a refusal, reported as a finding on that file)."""

    files: tuple[InboxFile, ...]
    skipped: tuple[str, ...]
    unreadable: tuple[tuple[str, InputFileError], ...] = ()
    findings: tuple[Finding, ...] = ()


def _skip(relative: Path) -> bool:
    parts = relative.parts
    return (
        any(part.startswith(".") for part in parts)
        or relative.name.startswith("~$")
        or relative.name.casefold() in CLUTTER
    )


def _digest(path: Path) -> tuple[str, bytes]:
    sha = hashlib.sha256()
    with path.open("rb") as handle:
        head = handle.read(HEAD_BYTES)
        sha.update(head)
        for block in iter(lambda: handle.read(1 << 20), b""):
            sha.update(block)
    return sha.hexdigest(), head


def unreadable(error: OSError) -> InputFileError:
    """Why a file could not be opened, in words the clerk can act on."""
    if isinstance(error, FileNotFoundError):
        message, hint = (
            "Tệp đã bị xóa hoặc di chuyển trong lúc đang đọc.",
            "Chạy lại lệnh khi không còn ai chép, xóa tệp trong inbox/.",
        )
    elif isinstance(error, PermissionError):
        message, hint = (
            "Không mở được tệp: tệp đang được mở trong chương trình khác (Excel, Word) hoặc "
            "không có quyền đọc.",
            "Đóng tệp trong Excel/Word (hoặc cấp quyền đọc) rồi chạy lại; các tệp khác vẫn được "
            "đọc bình thường.",
        )
    else:
        message, hint = (
            f"Không đọc được tệp: {os_reason(error)}.",
            "Chép lại tệp vào inbox/ rồi chạy lại.",
        )
    return InputFileError(message, code="file.unreadable", hint=hint)


def _as_written(name: str) -> str:
    """A file name as its sender wrote it. Where the system's file names are not UTF-8 (a Linux
    server in the C locale), Python hands over its bytes as escapes that no report, register or
    terminal can hold; a name made by a Vietnamese user is UTF-8, so it is read back as such."""
    if not any("\udc80" <= char <= "\udcff" for char in name):
        return name
    return os.fsencode(name).decode("utf-8", errors="replace")


def _outside(path: Path, root: Path) -> bool:
    """True when the link ``path`` leads out of the inbox ``root`` (or nowhere)."""
    try:
        return not path.resolve(strict=True).is_relative_to(root)
    except (OSError, RuntimeError):  # a dangling link, or a loop of links
        return True


def _look(path: Path, root: Path) -> os.stat_result | InputFileError:
    """The file's stat, or why it is not read: a link out of the inbox, not a plain file, too
    large, or not there any more. Nothing is opened."""
    if path.is_symlink() and _outside(path, root):
        return InputFileError(
            "Tệp là lối tắt (liên kết) trỏ ra ngoài thư mục inbox; cchc không đọc tệp này.",
            code="file.link-outside",
            hint="Chép chính tệp đó vào inbox/ thay cho lối tắt.",
        )
    try:
        info = path.stat()
    except OSError as error:
        return unreadable(error)
    if not stat.S_ISREG(info.st_mode):
        return InputFileError(
            "Đây không phải một tệp thông thường (thiết bị, ống dẫn hay ổ cắm); cchc không đọc.",
            code="file.not-regular",
            hint="Xóa mục này khỏi inbox/.",
        )
    if info.st_size > MAX_FILE_BYTES:
        return InputFileError(
            f"Tệp quá lớn ({info.st_size // (1024 * 1024):,} MB; tối đa "
            f"{MAX_FILE_BYTES // (1024 * 1024)} MB), không phải biểu mẫu hay báo cáo.".replace(
                ",", "."
            ),
            code="file.too-large",
            hint="Kiểm tra lại tệp; nếu là báo cáo có nhiều ảnh, đề nghị đơn vị giảm dung lượng "
            "ảnh rồi gửi lại.",
        )
    return info


@frozen
class _Dating:
    """Where received dates come from, in order: the register, the e-mail, ``cchc.toml``."""

    register: Register
    overrides: dict[str, date]

    def received(
        self, known_as: tuple[tuple[str, str], ...], mail_date: datetime | None
    ) -> tuple[datetime | None, str]:
        """The day a file was received, and where that comes from; ``known_as`` are the
        (name, SHA-256) pairs it may be registered under: an attachment, then its e-mail."""
        for name, sha256 in known_as:
            receipt = self.register.find(name, sha256)
            if receipt is not None:
                return receipt.received, f"sổ nhận tệp, dòng {receipt.line}"
        if mail_date is not None:
            return mail_date, "ngày của thư điện tử"
        for name, _ in known_as:
            override = self.overrides.get(match_key(name))
            if override is not None:
                return at_noon(override), "cchc.toml, [[received]]"
        return None, ""


def _mail_files(
    path: Path, display: str, mail_sha: str, dating: _Dating, scratch: Path
) -> tuple[list[InboxFile], list[Finding], InputFileError | None]:
    """The attachments of the e-mails in ``path``, saved in ``scratch`` to be read like any file,
    and a warning for each e-mail that brought none."""
    try:
        mails = read_mails(path, display)
    except OSError as error:
        return [], [], unreadable(error)
    except Exception:  # the email package is lenient; anything it still refuses is a bad file
        return (
            [],
            [],
            InputFileError(
                "Không đọc được thư điện tử này.",
                code="mail.unreadable",
                hint="Lưu lại thư từ chương trình thư điện tử (Lưu thành… dạng .eml) rồi chép vào "
                "inbox/, hoặc lưu riêng tệp đính kèm.",
            ),
        )
    files, notes = [], []
    for mail in mails:
        if not mail.attachments:
            notes.append(
                Finding(
                    "mail.no-attachment",
                    Severity.WARNING,
                    f"Thư “{mail.subject or '(không có tiêu đề)'}” của {mail.sender or 'người gửi không rõ'}"
                    " không có tệp đính kèm nào.",
                    "Nếu đơn vị đã gửi báo cáo trong thư khác, bỏ qua; nếu không, đề nghị gửi lại "
                    "kèm tệp biểu mẫu.",
                    location=Location(mail.label),
                )
            )
        for attachment in mail.attachments:
            target = scratch / f"{len(list(scratch.iterdir()))}"
            target.write_bytes(attachment.data)
            sha = hashlib.sha256(attachment.data).hexdigest()
            name = f"{mail.label} › {attachment.name}"
            received, source = dating.received(
                ((name, sha), (attachment.name, sha), (display, mail_sha)), mail.date
            )
            modified = datetime.fromtimestamp(path.stat().st_mtime, VIETNAM)
            files.append(
                InboxFile(
                    target,
                    name,
                    len(attachment.data),
                    sha,
                    modified,
                    received,
                    attachment.data[:HEAD_BYTES],
                    received_from=source,
                    sender=mail.sender,
                )
            )
    return files, notes, None


def list_inbox(
    folder: Path,
    config: CampaignConfig,
    register: Register | None = None,
    scratch: Path | None = None,
) -> InboxListing:
    """Every file under ``folder`` (sub-folders included), sorted by name; e-mails give their
    attachments, saved into ``scratch`` (none are read without one).

    Links are followed only within the inbox; a file that cannot be read (open in Excel on
    Windows, no permission, gone, too large) is listed in ``unreadable`` and the others are read.
    """
    dating = _Dating(register or Register(()), {match_key(o.file): o.date for o in config.received})
    files, skipped, refused, notes = [], [], [], []
    if not folder.is_dir():
        return InboxListing((), ())
    root = folder.resolve()
    for current, dirs, names in os.walk(folder):  # never into linked folders
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            path = Path(current) / name
            relative = path.relative_to(folder)
            display = nfc(_as_written(relative.as_posix()))
            if _skip(relative):
                skipped.append(display)
                continue
            looked = _look(path, root)
            if isinstance(looked, InputFileError):
                refused.append((display, looked))
                continue
            try:
                sha, head = _digest(path)
            except OSError as error:
                refused.append((display, unreadable(error)))
                continue
            if scratch is not None and looks_like_mail(name, head):
                attached, warnings, error = _mail_files(path, display, sha, dating, scratch)
                files.extend(attached)
                notes.extend(warnings)
                if error is not None:
                    refused.append((display, error))
                continue
            modified = datetime.fromtimestamp(looked.st_mtime, VIETNAM)
            received, source = dating.received(((display, sha), (path.name, sha)), None)
            files.append(
                InboxFile(
                    path,
                    display,
                    looked.st_size,
                    sha,
                    modified,
                    received,
                    head,
                    received_from=source,
                )
            )
    return InboxListing(
        tuple(sorted(files, key=lambda f: f.name)),
        tuple(skipped),
        tuple(sorted(refused)),
        tuple(notes),
    )
