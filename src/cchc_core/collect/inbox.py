"""Listing the inbox: every submitted file with its fingerprint (hash, size, times), read-only.

Excel and Word lock files (``~$...``), hidden files and folders, and system clutter are skipped. A
file's received time is the override from ``cchc.toml`` when there is one, otherwise its modification
time, in Vietnam's time zone.
"""

from __future__ import annotations

import hashlib
import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

from attrs import frozen

from cchc_core.config import CampaignConfig
from cchc_core.model.submissions import InboxFile
from cchc_core.util.text import match_key, nfc

VIETNAM = timezone(timedelta(hours=7), "ICT")
CLUTTER = {"thumbs.db", "desktop.ini", ".ds_store"}
HEAD_BYTES = 512  # enough for sniff to tell an HTML or XML export from a form


@frozen
class InboxListing:
    """The files to read and the names skipped (lock files, hidden files)."""

    files: tuple[InboxFile, ...]
    skipped: tuple[str, ...]


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


def list_inbox(folder: Path, config: CampaignConfig) -> InboxListing:
    """Every file under ``folder`` (sub-folders included), sorted by name."""
    overrides = {match_key(o.file): o.date for o in config.received}
    files, skipped = [], []
    if not folder.is_dir():
        return InboxListing((), ())
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            path = Path(root) / name
            relative = path.relative_to(folder)
            display = nfc(relative.as_posix())
            if _skip(relative) or not path.is_file():
                skipped.append(display)
                continue
            stat = path.stat()
            sha, head = _digest(path)
            modified = datetime.fromtimestamp(stat.st_mtime, VIETNAM)
            override = overrides.get(match_key(display)) or overrides.get(match_key(path.name))
            received = (
                datetime(override.year, override.month, override.day, 12, tzinfo=VIETNAM)
                if override
                else modified
            )
            files.append(InboxFile(path, display, stat.st_size, sha, modified, received, head))
    return InboxListing(tuple(sorted(files, key=lambda f: f.name)), tuple(skipped))
