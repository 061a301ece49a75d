"""Listing the inbox: every submitted file with its fingerprint (hash, size, times), read-only.

Excel and Word lock files (``~$...``), hidden files and folders, and system clutter are skipped;
links out of the inbox, files too large to be a form and files that cannot be opened are named with
the reason and left out, and every other file is still read. A file's received time is the override from ``cchc.toml`` when there is one, otherwise its modification
time, in Vietnam's time zone.
"""

from __future__ import annotations

import hashlib
import os
import stat
from datetime import datetime, timedelta, timezone
from pathlib import Path

from attrs import frozen

from cchc_core.config import CampaignConfig
from cchc_core.errors import InputFileError
from cchc_core.model.submissions import InboxFile
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
            f"Không đọc được tệp ({error.strerror or type(error).__name__}).",
            "Chép lại tệp vào inbox/ rồi chạy lại.",
        )
    return InputFileError(message, code="file.unreadable", hint=hint)


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


def list_inbox(folder: Path, config: CampaignConfig) -> InboxListing:
    """Every file under ``folder`` (sub-folders included), sorted by name.

    Links are followed only within the inbox; a file that cannot be read (open in Excel on
    Windows, no permission, gone, too large) is listed in ``unreadable`` and the others are read.
    """
    overrides = {match_key(o.file): o.date for o in config.received}
    files, skipped, refused = [], [], []
    if not folder.is_dir():
        return InboxListing((), ())
    root = folder.resolve()
    for current, dirs, names in os.walk(folder):  # never into linked folders
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            path = Path(current) / name
            relative = path.relative_to(folder)
            display = nfc(relative.as_posix())
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
            modified = datetime.fromtimestamp(looked.st_mtime, VIETNAM)
            override = overrides.get(match_key(display)) or overrides.get(match_key(path.name))
            received = (
                datetime(override.year, override.month, override.day, 12, tzinfo=VIETNAM)
                if override
                else modified
            )
            files.append(InboxFile(path, display, looked.st_size, sha, modified, received, head))
    return InboxListing(
        tuple(sorted(files, key=lambda f: f.name)), tuple(skipped), tuple(sorted(refused))
    )
