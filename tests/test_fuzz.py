"""Fuzzing the readers: a valid form or outline, mutated the ways a damaged disk, a foreign tool or
an attacker would (bytes inside a zip member, cells of every type, sheets, rows and properties
deleted), is only ever read and checked into findings, never an exception and never a reader's
bug. ``make test`` runs a bounded, repeatable sample; ``make fuzz`` (CCHC_FUZZ=1) a long one."""

from __future__ import annotations

import re
import zipfile
from io import BytesIO

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cchc_core import CchcError
from cchc_core.model.blocks import Paragraph
from cchc_core.testing import sample_campaign

SHEET_VALUES = re.compile(rb"<v>[^<]*</v>")
CELL_TYPES = re.compile(rb'(<c r="[A-Z]+\d+")( t="[a-zA-Z]+")?')
ROWS = re.compile(rb"<row [^>]*>.*?</row>", re.DOTALL)
PROPERTIES = re.compile(rb"<property [^>]*>.*?</property>", re.DOTALL)
SHEETS = re.compile(rb"<sheet [^>]*/>")
PARAGRAPHS = re.compile(rb"<w:p[ >].*?</w:p>", re.DOTALL)


@pytest.fixture(scope="module")
def fuzzed(tmp_path_factory):
    """A campaign with one valid form and one valid outline, as bytes to mutate."""
    campaign = sample_campaign(
        tmp_path_factory.mktemp("fuzz") / "dot", lambda: tmp_path_factory.mktemp("cchc-forms")
    )
    form = campaign.submit(
        "xa_huong_lap",
        {("hs_tiep_nhan_xa", "2019"): 650, ("hs_da_giai_quyet_xa", "2019"): 640},
        notes={"hs_tiep_nhan_xa": "Ghi chú"},
    )
    outline = campaign.submit_outline("xa_huong_lap", {"P1.II.2.1.a": [Paragraph("Đã làm.")]})
    originals = {"xlsx": form.read_bytes(), "docx": outline.read_bytes()}
    form.unlink()
    outline.unlink()
    assert campaign.catalogue  # built once: each example only reads and checks
    return campaign, originals


def members(data: bytes) -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(BytesIO(data)) as archive:
        return [(info, archive.read(info.filename)) for info in archive.infolist()]


def repack(entries: list[tuple[zipfile.ZipInfo, bytes]]) -> bytes:
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in entries:
            archive.writestr(info, data)
    return buffer.getvalue()


# a value of every type a cell can declare, as it appears inside <v>
VALUES = st.one_of(
    st.sampled_from([b"1E+29", b"NaN", b"INF", b"-0", b"1.7976931348623157E+308", b"", b"x"]),
    st.floats(allow_nan=True, allow_infinity=True).map(lambda f: repr(f).encode()),
    st.integers().map(lambda i: str(i).encode()),
    st.text(max_size=30).map(lambda t: t.encode("utf-8", "replace")),
    st.binary(max_size=12),
)


def _sub_nth(pattern: re.Pattern[bytes], data: bytes, index: int, replacement: bytes) -> bytes:
    found = list(pattern.finditer(data))
    if not found:
        return data
    match = found[index % len(found)]
    return data[: match.start()] + replacement + data[match.end() :]


@st.composite
def mutation(draw):
    """One mutation of a package: (a description for the failure report, the function)."""
    kind = draw(
        st.sampled_from(
            [
                "value",
                "type",
                "row",
                "sheet",
                "property",
                "paragraph",
                "flip",
                "truncate",
                "drop",
                "raw",
            ]
        )
    )
    index = draw(st.integers(min_value=0, max_value=400))
    value = draw(VALUES)
    flips = draw(st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=8))
    cell_type = draw(st.sampled_from([b"s", b"str", b"b", b"e", b"n", b"d", b"inlineStr", b"zz"]))

    def apply(original: bytes) -> bytes:
        if kind == "raw":  # the package itself damaged
            data = bytearray(original)
            for offset, byte in flips:
                data[offset % len(data)] = byte
            return bytes(data)
        entries = members(original)
        position = index % len(entries)
        info, data = entries[position]
        if kind == "value":
            name, data = "xl/worksheets/sheet3.xml", None
            info, data = next((e for e in entries if e[0].filename == name), entries[position])
            data = _sub_nth(SHEET_VALUES, data, index, b"<v>" + value + b"</v>")
        elif kind == "type":
            info, data = next(
                (e for e in entries if "worksheets/sheet" in e[0].filename), (info, data)
            )
            data = _sub_nth(CELL_TYPES, data, index, b'<c r="E7" t="' + cell_type + b'"')
        elif kind == "row":
            info, data = next(
                (e for e in entries if "worksheets/sheet" in e[0].filename), (info, data)
            )
            data = _sub_nth(ROWS, data, index, b"")
        elif kind == "sheet":
            info, data = next(
                (e for e in entries if e[0].filename == "xl/workbook.xml"), (info, data)
            )
            data = _sub_nth(SHEETS, data, index, b"")
        elif kind == "property":
            info, data = next((e for e in entries if "docProps/" in e[0].filename), (info, data))
            data = _sub_nth(PROPERTIES, data, index, b"")
            data = data.replace(b"xa_huong_lap", value[:20], 1) if index % 2 else data
        elif kind == "paragraph":
            info, data = next(
                (e for e in entries if e[0].filename == "word/document.xml"), (info, data)
            )
            data = _sub_nth(PARAGRAPHS, data, index, value)
        elif kind == "flip":
            buffer = bytearray(data)
            for offset, byte in flips:
                if buffer:
                    buffer[offset % len(buffer)] = byte
            data = bytes(buffer)
        elif kind == "truncate":
            data = data[: index % (len(data) + 1)]
        elif kind == "drop":
            return repack([e for i, e in enumerate(entries) if i != position])
        return repack([(e[0], data) if e[0] is info else e for e in entries])

    return f"{kind} #{index} {value[:20]!r} {flips[:3]}", apply


@given(st.sampled_from(["xlsx", "docx"]), mutation())
def test_a_mutated_file_is_read_into_findings_never_an_exception(fuzzed, extension, change):
    campaign, originals = fuzzed
    description, apply = change
    target = campaign.inbox_dir / f"Xã Hướng Lập.{extension}"
    target.write_bytes(apply(originals[extension]))
    try:
        result = campaign.check()
        campaign.aggregate(result)
    except CchcError:
        return  # a Vietnamese refusal of the whole step is acceptable; a crash is not
    finally:
        target.unlink()
    bugs = [f for f in result.findings if f.code == "file.reader-failed"]
    assert not bugs, (description, bugs)
    assert all(f.message for f in result.findings)
