"""E-mails saved from a mail client into ``inbox/``: a ``.eml`` file, or an mbox export of several.

Each e-mail gives its attachments (forwarded e-mails included, at any depth), its date (the day the
district received it) and its sender. Parsed with the standard library's ``email`` package and its
modern policy, which decodes RFC 2047 subjects and RFC 2231 file names ("Báo cáo xã Húc.xlsx" as
Thunderbird, Outlook and Gmail write them). The e-mail file is only read, never changed.
"""

from __future__ import annotations

import contextlib
import email
import email.policy
import email.utils
import re
from collections.abc import Iterator
from datetime import datetime
from email.message import EmailMessage, Message
from pathlib import Path

from attrs import frozen

from cchc_core.util.text import fold

#: how an e-mail file starts: an mbox's "From " line, or the header lines of a saved message
_MBOX_START = re.compile(rb"^From \S")
_HEADER = re.compile(
    rb"^(?:Return-Path|Received|From|To|Subject|Date|Message-ID|MIME-Version|"
    rb"Delivered-To|X-[\w-]+|Content-Type|DKIM-Signature|Reply-To):",
    re.I,
)
_MBOX_SEPARATOR = re.compile(rb"(?m)^From \S[^\n]*\n")
MAIL_SUFFIXES = (".eml", ".mbox", ".mbx")


@frozen
class Attachment:
    """A file attached to an e-mail: its name as the sender gave it and its bytes."""

    name: str
    data: bytes


@frozen
class Mail:
    """One e-mail: where it is (``label``: the file, and its number in an mbox), its date, its
    sender's address and name, its subject, and its attachments."""

    label: str
    date: datetime | None
    sender: str
    sender_name: str
    subject: str
    attachments: tuple[Attachment, ...]


def looks_like_mail(name: str, head: bytes) -> bool:
    """True for a file saved from a mail client: by its suffix, or by its first line."""
    if name.lower().endswith(MAIL_SUFFIXES):
        return True
    first = head.lstrip(b"\r\n\t ")[:200]
    return bool(_MBOX_START.match(first) or _HEADER.match(first))


def _attachments(message: Message) -> Iterator[Attachment]:
    """Every attachment, those of forwarded e-mails (``message/rfc822`` parts) included."""
    for part in message.walk():
        if part.get_content_type() == "message/rfc822":
            continue  # walk() goes into it by itself
        name = part.get_filename()
        disposition = part.get_content_disposition()
        if not name and disposition != "attachment":
            continue
        if disposition == "inline" and part.get_content_maintype() == "image":
            continue  # a logo in the signature, not something sent
        data = part.get_payload(decode=True)
        if isinstance(data, bytes):
            yield Attachment(fold(name or "tep-dinh-kem"), data)


def _date(message: Message) -> datetime | None:
    raw = message.get("Date")
    if not raw:
        return None
    try:
        moment = email.utils.parsedate_to_datetime(str(raw))
    except (TypeError, ValueError, IndexError):
        return None
    if moment.tzinfo is None:  # "-0000" or no zone: the sender's clock, taken as Vietnam's
        from cchc_core.collect.inbox import VIETNAM

        moment = moment.replace(tzinfo=VIETNAM)
    return moment if 1980 <= moment.year <= 2107 else None


def _mail(data: bytes, label: str) -> Mail:
    message = email.message_from_bytes(data, policy=email.policy.default)
    sender_name, sender = "", ""
    with contextlib.suppress(TypeError, ValueError, IndexError):
        sender_name, sender = email.utils.parseaddr(str(message.get("From", "")))
    try:
        subject = fold(str(message.get("Subject", "")))
    except (TypeError, ValueError, IndexError):
        subject = ""
    attachments = tuple(_attachments(message)) if isinstance(message, EmailMessage) else ()
    return Mail(label, _date(message), sender.lower(), fold(sender_name), subject, attachments)


def read_mails(path: Path, display: str) -> list[Mail]:
    """The e-mails in the file at ``path`` (one for a .eml, each of an mbox export)."""
    data = path.read_bytes()
    if not _MBOX_START.match(data.lstrip(b"\r\n")):
        return [_mail(data, display)]
    bodies = [b for b in _MBOX_SEPARATOR.split(data) if b.strip()]
    # mboxrd: a body line starting ">From " stood for "From "
    return [
        _mail(re.sub(rb"(?m)^>(>*From )", rb"\1", body), f"{display} (thư {number})")
        for number, body in enumerate(bodies, 1)
    ]
