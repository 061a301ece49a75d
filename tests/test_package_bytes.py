"""The in-memory package reader the form reader uses: the same parts as Python's zip reader, the
same refusals for a damaged one, and zipfile itself for any directory Office does not write."""

from __future__ import annotations

import struct
import zipfile
import zlib
from io import BytesIO

import pytest

from cchc_core.collect.damaged import as_refusal
from cchc_core.util.package_bytes import PackageBytes

PARTS = {
    "docProps/custom.xml": b"<Properties>" + "Hướng Hóa".encode() * 50 + b"</Properties>",
    "xl/workbook.xml": b"<workbook/>",
    "xl/media/image1.png": bytes(range(256)) * 4,
    "Tên tiếng Việt.xml": b"<a/>",
}


def package(method: int = zipfile.ZIP_DEFLATED, comment: bytes = b"", prefix: bytes = b"") -> bytes:
    buffer = BytesIO()
    buffer.write(prefix)
    with zipfile.ZipFile(buffer, "w", method) as archive:
        for name, data in PARTS.items():
            archive.writestr(name, data)
        archive.comment = comment
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("method", "comment", "prefix"),
    [
        (zipfile.ZIP_DEFLATED, b"", b""),
        (zipfile.ZIP_STORED, b"", b""),
        (zipfile.ZIP_DEFLATED, b"a comment", b""),  # not what Office writes: zipfile reads it
        (zipfile.ZIP_DEFLATED, b"", b"data before the package"),
    ],
    ids=["deflated", "stored", "comment", "prefixed"],
)
def test_every_part_reads_as_zipfile_reads_it(method, comment, prefix):
    data = package(method, comment, prefix)
    parts = PackageBytes(data)
    with zipfile.ZipFile(BytesIO(data)) as archive:
        for name in archive.namelist():
            assert parts.read(name) == archive.read(name)


def test_a_name_in_the_old_dos_encoding_reads_as_zipfile_reads_it():
    """A name without the UTF-8 flag is CP437, as zipfile decodes it (Office writes ASCII)."""
    data = bytearray(package())
    for _ in range(2):  # the local header and the directory entry
        at = data.find(b"xl/workbook.xml")
        data[at : at + 3] = b"\x82l/"  # "él/workbook.xml"
    with zipfile.ZipFile(BytesIO(bytes(data))) as archive:
        assert "él/workbook.xml" in archive.namelist()
    assert PackageBytes(bytes(data)).read("él/workbook.xml") == b"<workbook/>"


def test_a_part_deflated_without_its_final_block_reads_as_zipfile_reads_it(monkeypatch):
    """Found in review: a stream ending in a sync flush, its content, size and CRC right, is read
    by zipfile and calamine; inflating it at once refused it as damaged."""

    class Unterminated:
        def __init__(self) -> None:
            self._deflater = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)

        def compress(self, data: bytes) -> bytes:
            return self._deflater.compress(data)

        def flush(self) -> bytes:
            return self._deflater.flush(zlib.Z_SYNC_FLUSH)  # no final block

    monkeypatch.setattr(zipfile, "_get_compressor", lambda *_: Unterminated())
    data = package()
    monkeypatch.undo()
    with zipfile.ZipFile(BytesIO(data)) as archive:
        first = archive.infolist()[0]
        start = first.header_offset + 30 + len(first.filename)
        with pytest.raises(zlib.error):  # what inflating it at once says
            zlib.decompress(data[start : start + first.compress_size], -zlib.MAX_WBITS)
        expected = {name: archive.read(name) for name in archive.namelist()}
    parts = PackageBytes(data)
    assert {name: parts.read(name) for name in expected} == expected


def test_a_missing_part_is_the_refusal_zipfile_gives():
    with pytest.raises(KeyError) as missing:
        PackageBytes(package()).read("xl/styles.xml")
    refusal = as_refusal(missing.value)
    assert refusal is not None and refusal.code == "file.damaged"


def test_a_part_whose_bytes_were_changed_is_refused_by_its_crc():
    data = bytearray(package(zipfile.ZIP_STORED))
    at = data.find(b"<workbook/>")
    data[at + 1 : at + 9] = b"WORKBOOK"
    with pytest.raises(zipfile.BadZipFile) as damaged:
        PackageBytes(bytes(data)).read("xl/workbook.xml")
    assert as_refusal(damaged.value).code == "file.damaged"


def test_a_part_larger_than_the_limit_is_not_inflated():
    parts = PackageBytes(package(), limit=500)
    assert parts.read("xl/workbook.xml") == b"<workbook/>"
    with pytest.raises(zipfile.BadZipFile):
        parts.read("docProps/custom.xml")  # 550 bytes expanded


def test_a_truncated_package_is_refused_as_damaged():
    data = package()
    with pytest.raises(zipfile.BadZipFile) as damaged:
        PackageBytes(data[: len(data) // 2])
    assert as_refusal(damaged.value).code == "file.damaged"


def _one_part(
    version: int = 20, offset: int = 0, extra: bytes = b"", comment: bytes = b""
) -> bytes:
    """A package of one stored part, its directory written by hand."""
    import struct
    import zlib

    name, data = b"xl/workbook.xml", b"<workbook/>"
    crc = zlib.crc32(data)
    local = struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, 0, 0, 0, crc, 11, 11, len(name), 0)
    local += name + data
    central = struct.pack(
        "<4s6H3L5H2L", b"PK\x01\x02", version, version, 0, 0, 0, 0, crc, 11, 11, len(name),
        len(extra), 0, 0, 0, 0, offset,
    )  # fmt: skip
    central += name + extra
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, 1, 1, len(central), len(local), len(comment))
    return local + central + end + comment


@pytest.mark.parametrize(
    "data",
    [
        _one_part(
            version=99, comment=b"c"
        ),  # "zip file version 9.9": zipfile's NotImplementedError
        _one_part(offset=0xFFFFFFFF, extra=struct.pack("<HHQ", 1, 8, 2**63)),  # OverflowError
        _one_part(offset=0xFFFFFFFF, extra=struct.pack("<HHQ", 1, 8, 2**40)),  # past the end
    ],
    ids=["unknown-version", "zip64-offset-overflow", "zip64-offset-outside"],
)
def test_a_directory_zipfile_cannot_follow_is_a_damaged_file(tmp_path, data):
    """Found in review: these raised NotImplementedError or OverflowError, which stopped the
    whole collection instead of refusing one file."""
    from cchc_core.collect.sniff import sniff
    from cchc_core.errors import InputFileError

    with pytest.raises(zipfile.BadZipFile) as damaged:
        PackageBytes(data).read("xl/workbook.xml")
    assert as_refusal(damaged.value).code == "file.damaged"
    path = tmp_path / "form.xlsx"
    path.write_bytes(data)
    try:  # the guard before any reader refuses it, or lets the reader refuse it (above)
        sniff(path, data[:8], len(data))
    except InputFileError as refused:
        assert refused.code == "file.corrupt"


def _parts(data: bytes) -> dict[str, tuple[int, bytes]]:
    """Each part's method and content as zipfile reads them, in the directory's order."""
    with zipfile.ZipFile(BytesIO(data)) as archive:
        assert archive.testzip() is None  # every CRC checked
        return {
            info.filename: (info.compress_type, archive.read(info)) for info in archive.infolist()
        }


@pytest.mark.parametrize(
    ("method", "prefix"),
    [
        (zipfile.ZIP_DEFLATED, b""),
        (zipfile.ZIP_STORED, b""),
        (zipfile.ZIP_DEFLATED, b"data before"),
    ],
    ids=["deflated", "stored", "prefixed"],
)
def test_a_copy_with_some_parts_stored_holds_every_part_unchanged(method, prefix):
    """The form reader gives calamine the package with the sheets it inflated already stored:
    the same parts in the same order, the named ones stored, every other as it was."""
    data = package(method, prefix=prefix)
    named = {"xl/workbook.xml", "Tên tiếng Việt.xml"}
    copy = PackageBytes(data).stored([*named, "xl/styles.xml"])  # no styles: left out
    before, after = _parts(data), _parts(copy)
    assert list(after) == list(before)
    assert {name: content for name, (_, content) in after.items()} == {
        name: content for name, (_, content) in before.items()
    }
    assert {name: kind for name, (kind, _) in after.items()} == {
        name: zipfile.ZIP_STORED if name in named else kind for name, (kind, _) in before.items()
    }
    assert {name: PackageBytes(copy).read(name) for name in before} == {
        name: content for name, (_, content) in before.items()
    }


def test_a_copy_keeps_a_name_in_the_old_dos_encoding_as_zipfile_decodes_it():
    data = bytearray(package())
    for _ in range(2):
        at = data.find(b"xl/workbook.xml")
        data[at : at + 3] = b"\x82l/"  # "él/workbook.xml"
    copy = PackageBytes(bytes(data)).stored(["él/workbook.xml"])
    assert _parts(copy)["él/workbook.xml"] == (zipfile.ZIP_STORED, b"<workbook/>")


def test_a_copy_of_a_package_written_with_data_descriptors_reads_the_same():
    """zipfile writing to a stream it cannot seek puts each part's sizes after its data, as
    some mail clients' and web forms' writers do."""

    class Unseekable(BytesIO):
        def seekable(self) -> bool:
            return False

        def seek(self, *_: object) -> int:
            raise OSError("not seekable")

        def tell(self) -> int:
            raise OSError("not seekable")

    stream = Unseekable()
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in PARTS.items():
            archive.writestr(name, content)
    data = stream.getvalue()
    assert all(info.flag_bits & 0x8 for info in zipfile.ZipFile(BytesIO(data)).infolist())
    copy = PackageBytes(data).stored(["xl/workbook.xml", "docProps/custom.xml"])
    assert {name: content for name, (_, content) in _parts(copy).items()} == PARTS


def test_a_package_zipfile_had_to_read_is_given_unchanged():
    data = package(comment=b"a comment")  # not what Office writes
    assert PackageBytes(data).stored(["xl/workbook.xml"]) == data


def test_a_copy_refuses_a_named_part_whose_crc_does_not_match():
    data = bytearray(package(zipfile.ZIP_STORED))
    at = data.find(b"<workbook/>")
    data[at + 1 : at + 9] = b"WORKBOOK"
    with pytest.raises(zipfile.BadZipFile) as damaged:
        PackageBytes(bytes(data)).stored(["xl/workbook.xml"])
    assert as_refusal(damaged.value).code == "file.damaged"
    # not named: copied as it lies, for the reader that reads it to refuse
    assert PackageBytes(bytes(data)).stored(["docProps/custom.xml"])


def test_calamine_reads_the_same_cells_from_the_copy(tmp_path):
    import python_calamine
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "I"
    book.active.append(["mã", "Hướng Hóa", 12, 3.5, None, "=1+2"])
    book.create_sheet("Khen thưởng").append(["Tập thể", "Xã Húc", 1])
    path = tmp_path / "form.xlsx"
    book.save(path)
    data = path.read_bytes()
    copy = PackageBytes(data).stored(
        ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml"]
    )
    assert _parts(copy)["xl/worksheets/sheet1.xml"][0] == zipfile.ZIP_STORED

    def cells(package: bytes) -> dict[str, list[list[object]]]:
        with python_calamine.CalamineWorkbook.from_filelike(BytesIO(package)) as workbook:
            return {
                name: workbook.get_sheet_by_name(name).to_python(skip_empty_area=False)
                for name in workbook.sheet_names
            }

    assert cells(copy) == cells(data)
    assert cells(copy)["I"][0][:4] == ["mã", "Hướng Hóa", 12.0, 3.5]


def test_a_sheet_listed_twice_is_its_last_listing_for_every_reader(tmp_path):
    """A hand-made package may list a part twice: the reader, the copy given to calamine and
    zipfile all take the last listing, so the formula scan and the cells read the same sheet."""
    import warnings

    import python_calamine
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "I"
    book.active.append([1])
    path = tmp_path / "form.xlsx"
    book.save(path)
    with zipfile.ZipFile(path) as source:
        parts = [(info.filename, source.read(info)) for info in source.infolist()]
    sheet = dict(parts)["xl/worksheets/sheet1.xml"]
    assert b"<v>1</v>" in sheet
    buffer = BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        warnings.simplefilter("ignore")  # zipfile warns of the name written twice
        for name, content in parts:
            archive.writestr(name, content)
        archive.writestr("xl/worksheets/sheet1.xml", sheet.replace(b"<v>1</v>", b"<v>2</v>"))
    data = buffer.getvalue()
    package = PackageBytes(data)
    assert b"<v>2</v>" in package.read("xl/worksheets/sheet1.xml")
    with zipfile.ZipFile(BytesIO(data)) as archive:
        assert b"<v>2</v>" in archive.read("xl/worksheets/sheet1.xml")
    copy = package.stored(["xl/worksheets/sheet1.xml"])
    for bytes_given in (data, copy):
        with python_calamine.CalamineWorkbook.from_filelike(BytesIO(bytes_given)) as workbook:
            assert workbook.get_sheet_by_name("I").to_python() == [[2.0]]
