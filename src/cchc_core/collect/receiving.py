"""``cchc receive``: files the clerk received are copied into ``inbox/`` and written in the receipt
register with the day they came, who sent them and how.

The day is the one given (``--on``), or for a saved e-mail the day it was sent, or else the moment
the command runs (the clerk receiving a file now). A file already in the register (same content) is
not copied or recorded twice; a different file with a name already in ``inbox/`` gets a new name;
a file already saved into ``inbox/`` is only recorded.
"""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from attrs import frozen

from cchc_core.collect.inbox import HEAD_BYTES, VIETNAM
from cchc_core.collect.mail import looks_like_mail, read_mails
from cchc_core.collect.receipts import (
    REGISTER_NAME,
    Receipt,
    Register,
    append,
    at_noon,
    read_register,
    sha256_of,
)
from cchc_core.collect.unit_names import own_name, units_named_in
from cchc_core.config import CampaignConfig
from cchc_core.errors import CchcError


@frozen
class Received:
    """One file given to ``cchc receive``: its name in ``inbox/`` and its receipt, or the earlier
    receipt of the same file (``already``: nothing was copied)."""

    source: Path
    receipt: Receipt
    already: bool = False


@frozen
class ReceiveResult:
    """What ``cchc receive`` did, file by file, and where the register is."""

    files: tuple[Received, ...]
    register: Path

    def to_dict(self) -> dict[str, object]:
        """Plain data for ``--json``."""
        return {
            "register": str(self.register),
            "files": [
                {
                    "source": str(r.source),
                    "file": r.receipt.file,
                    "received": r.receipt.received.isoformat(),
                    "sender": r.receipt.sender,
                    "via": r.receipt.via,
                    "already": r.already,
                    "line": r.receipt.line,
                }
                for r in self.files
            ],
        }


def _free_name(inbox: Path, name: str) -> str:
    """``name``, or ``name (2)``… when a different file already has it."""
    candidate, number = Path(name), 1
    while (inbox / candidate).exists():
        number += 1
        candidate = Path(f"{Path(name).stem} ({number}){Path(name).suffix}")
    return candidate.name


def _sender(path: Path, config: CampaignConfig, mail_from: str) -> str:
    named = units_named_in(own_name(path.name), config)
    if len(named) == 1:
        return named[0].name
    unit = config.unit_by_email(mail_from)
    return unit.name if unit else mail_from


def receive(
    paths: Sequence[Path],
    config: CampaignConfig,
    root: Path,
    inbox: Path,
    *,
    on: date | None = None,
    via: str = "",
    now: datetime | None = None,
) -> ReceiveResult:
    """Copy ``paths`` into ``inbox`` and record them in the register of the campaign at ``root``."""
    receipts, _ = read_register(root)
    register = Register(receipts)
    inbox.mkdir(parents=True, exist_ok=True)
    done: list[Received] = []
    new: list[Receipt] = []
    for path in paths:
        if not path.is_file():
            raise CchcError(
                f"Không thấy tệp {path}.",
                hint="Kiểm tra đường dẫn; có thể kéo thả tệp vào cửa sổ lệnh để có đường dẫn đúng.",
                details={"file": str(path)},
            )
        sha = sha256_of(path)
        earlier = register.by_sha.get(sha) or next((r for r in new if r.sha256 == sha), None)
        if earlier is not None:
            done.append(Received(path, earlier, already=True))
            continue
        with path.open("rb") as handle:
            head = handle.read(HEAD_BYTES)
        mails = read_mails(path, path.name) if looks_like_mail(path.name, head) else []
        mail_date = next((m.date for m in mails if m.date), None)
        received = (
            at_noon(on)
            if on
            else mail_date or (now or datetime.now(VIETNAM)).replace(second=0, microsecond=0)
        )
        inside = path.resolve().is_relative_to(inbox.resolve())
        if inside:  # already saved into the inbox: only its day is recorded
            name = path.resolve().relative_to(inbox.resolve()).as_posix()
        else:
            name = _free_name(inbox, path.name)
            shutil.copyfile(path, inbox / name)
        receipt = Receipt(
            received,
            name,
            _sender(path, config, mails[0].sender if mails else ""),
            via or ("thư điện tử" if mails else ""),
            "",
            sha,
        )
        new.append(receipt)
        done.append(Received(path, receipt))
    try:
        register_path = append(root, new) if new else root / REGISTER_NAME
    except CchcError:  # the register is open in Excel: no copy without its line
        for item in done:
            if not item.already and not item.source.resolve().is_relative_to(inbox.resolve()):
                (inbox / item.receipt.file).unlink(missing_ok=True)
        raise
    return ReceiveResult(tuple(done), register_path)
