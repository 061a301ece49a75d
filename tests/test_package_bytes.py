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
    the same parts in the same order, the named ones stored, every other as it was. A name that
    is not ASCII is left as it lies: readers decode such names differently (review)."""
    data = package(method, prefix=prefix)
    named = {"xl/workbook.xml", "docProps/custom.xml"}
    copy = PackageBytes(data).stored([*named, "Tên tiếng Việt.xml", "xl/styles.xml"])  # no styles
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


def test_a_part_named_in_the_old_dos_encoding_is_left_as_it_lies():
    data = bytearray(package())
    for _ in range(2):
        at = data.find(b"xl/workbook.xml")
        data[at : at + 3] = b"\x82l/"  # "él/workbook.xml"
    copy = PackageBytes(bytes(data)).stored(["él/workbook.xml", "docProps/custom.xml"])
    assert _parts(copy)["él/workbook.xml"] == (zipfile.ZIP_DEFLATED, b"<workbook/>")
    assert _parts(copy)["docProps/custom.xml"][0] == zipfile.ZIP_STORED


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


def _by_hand(parts: list[dict], directory_tail: bytes = b"") -> bytes:
    """A package written part by part: each part a dict of ``name`` and ``data`` (bytes), and
    optionally ``offset`` (its record points there instead of to a local header written here),
    ``extra`` and ``comment`` (of its directory record). ``directory_tail``: bytes after the last
    record, counted in the directory's size."""
    out, records = bytearray(), bytearray()
    for part in parts:
        name, content = part["name"], part["data"]
        crc = zlib.crc32(content)
        offset = part.get("offset", len(out))
        if "offset" not in part:
            out += struct.pack(
                "<4s5H3L2H", b"PK\x03\x04", 20, 0, 0, 0, 0x21, crc, len(content), len(content),
                len(name), 0,
            ) + name + content  # fmt: skip
        extra, comment = part.get("extra", b""), part.get("comment", b"")
        records += struct.pack(
            "<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, 0, 0, 0x21, crc, len(content), len(content),
            len(name), len(extra), len(comment), 0, 0, 0, offset,
        ) + name + extra + comment  # fmt: skip
    directory = len(out)
    out += records + directory_tail
    size = len(records) + len(directory_tail)
    count = len(parts)
    return bytes(out) + struct.pack(
        "<4s4H2LH", b"PK\x05\x06", 0, 0, count, count, size, directory, 0
    )


def _workbook_parts() -> list[dict]:
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "I"
    book.active.append(["Hướng Hóa", 12])
    buffer = BytesIO()
    book.save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        return [{"name": i.filename.encode(), "data": archive.read(i)} for i in archive.infolist()]


def _cells(data: bytes) -> object:
    import python_calamine

    try:
        with python_calamine.CalamineWorkbook.from_filelike(BytesIO(data)) as workbook:
            return {n: workbook.get_sheet_by_name(n).to_python() for n in workbook.sheet_names}
    except python_calamine.CalamineError as error:
        return type(error).__name__


def _hidden_local_header(parts: list[dict]) -> bytes:
    """The styles part's local header hidden in the comment of the first directory record."""
    styles = next(p for p in parts if p["name"] == b"xl/styles.xml")
    others = [p for p in parts if p is not styles]
    local = struct.pack(
        "<4s5H3L2H", b"PK\x03\x04", 20, 0, 0, 0, 0x21, zlib.crc32(styles["data"]),
        len(styles["data"]), len(styles["data"]), len(styles["name"]), 0,
    ) + styles["name"] + styles["data"]  # fmt: skip
    first = {**others[0], "comment": local}
    probe = _by_hand([first, *others[1:], {**styles, "offset": 0}])
    directory = struct.unpack_from("<L", probe, len(probe) - 6)[0]
    return _by_hand([first, *others[1:], {**styles, "offset": directory + 46 + len(first["name"])}])


def _unicode_path(parts: list[dict]) -> bytes:
    """A second record of the sheet's name, its figure changed, whose Info-ZIP Unicode Path field
    names another part: calamine takes that name, zipfile and this reader the record's own."""
    name = b"xl/worksheets/sheet1.xml"
    sheet = next(p for p in parts if p["name"] == name)
    field = b"\x01" + struct.pack("<L", zlib.crc32(name)) + b"xl/worksheets/other.xml"
    extra = struct.pack("<HH", 0x7075, len(field)) + field
    changed = {"name": name, "data": sheet["data"].replace(b"<v>12</v>", b"<v>99</v>")}
    return _by_hand([*parts, {**changed, "extra": extra}])


def _unflagged_utf8_name(parts: list[dict]) -> bytes:
    """The sheet named "é.xml" in UTF-8 without the flag that says so: zipfile and this reader
    decode the name as CP437, calamine as UTF-8."""
    renamed = []
    for part in parts:
        name, content = part["name"], part["data"]
        if name == b"xl/_rels/workbook.xml.rels":
            content = content.replace(b"worksheets/sheet1.xml", "worksheets/é.xml".encode())
        renamed.append({"name": name.replace(b"sheet1", "é".encode()), "data": content})
    return _by_hand(renamed)


_SHEET_NAMES = [
    "xl/workbook.xml",
    "xl/_rels/workbook.xml.rels",
    "xl/worksheets/sheet1.xml",
    "xl/worksheets/é.xml",
    "xl/worksheets/" + "é".encode().decode("cp437") + ".xml",
]


@pytest.mark.parametrize(
    "make", [_unicode_path, _unflagged_utf8_name], ids=["unicode-path-field", "unflagged-utf8-name"]
)
def test_a_part_another_reader_names_otherwise_is_left_as_it_lies(make):
    """Found in review: the copy wrote the record of a part under the name this reader gives it,
    dropping an Info-ZIP Unicode Path field, or decoding a UTF-8 name without its flag as
    CP437, and calamine then read another sheet from the copy than from the file."""
    data = make(_workbook_parts())
    assert _cells(data) == {"I": [["Hướng Hóa", 12.0]]}
    assert _cells(PackageBytes(data).stored(_SHEET_NAMES)) == _cells(data)


def test_a_package_whose_directory_hides_a_local_header_is_given_unchanged():
    """Found in review: a part's local header inside the directory (in a record's comment) was
    written over by the copy's stored parts."""
    data = _hidden_local_header(_workbook_parts())
    assert _cells(data) == {"I": [["Hướng Hóa", 12.0]]}
    assert PackageBytes(data).stored(_SHEET_NAMES) == data


def test_a_package_whose_part_runs_into_the_directory_is_given_unchanged():
    parts = _workbook_parts()
    data = bytearray(_by_hand(parts))
    directory = struct.unpack_from("<L", data, len(data) - 6)[0]
    last = directory - len(parts[-1]["data"]) - len(parts[-1]["name"]) - 30
    # the last part's records both say it runs 10 bytes into the directory
    struct.pack_into("<L", data, last + 18, len(parts[-1]["data"]) + 10)
    record = data.rfind(b"PK\x01\x02")
    struct.pack_into("<L", data, record + 20, len(parts[-1]["data"]) + 10)
    assert PackageBytes(bytes(data)).stored([parts[0]["name"].decode()]) == bytes(data)


def test_a_copy_is_made_only_of_a_package_of_a_form_s_size(monkeypatch):
    """A hostile package of many large sheets would be held three times (review measured 309
    MB for a 90 MB form): above the limit calamine reads the file as it is."""
    from cchc_core.util import package_bytes

    data = package()
    monkeypatch.setattr(package_bytes, "STORED_COPY", len(data) + 11)
    assert PackageBytes(data).stored(["xl/workbook.xml"]) != data  # 11 bytes stored
    assert PackageBytes(data).stored(["docProps/custom.xml"]) == data  # 675 bytes


def test_only_small_parts_are_kept_for_the_next_read(monkeypatch):
    from cchc_core.util import package_bytes

    monkeypatch.setattr(package_bytes, "KEPT_PART", 100)
    parts = PackageBytes(package())
    assert parts.read("xl/workbook.xml") is parts.read("xl/workbook.xml")
    assert parts.read("docProps/custom.xml") is not parts.read("docProps/custom.xml")


def test_a_directory_holding_more_than_its_records_is_refused():
    """Found in review: a ZIP64 record hidden after the last record, within the directory's
    size, was taken for a plain directory and written over in the copy."""
    data = _by_hand(_workbook_parts(), directory_tail=b"PK\x06\x06" + bytes(52))
    with pytest.raises(zipfile.BadZipFile) as refused:
        PackageBytes(data)
    assert as_refusal(refused.value).code == "file.damaged"


def test_a_part_is_found_by_a_name_differing_in_case_as_calamine_finds_a_sheet():
    """calamine reads a sheet whose target differs from its part's name in case only, and of
    several such parts the last, even after one of the very name (checked here; review): the
    formula scan must read the same part."""
    parts = _workbook_parts()
    sheet = next(p for p in parts if p["name"] == b"xl/worksheets/sheet1.xml")
    others = [p for p in parts if p is not sheet]
    changed = sheet["data"].replace(b"<v>12</v>", b"<v>99</v>")
    upper = {"name": b"xl/worksheets/SHEET1.xml", "data": changed}
    for listed in (
        [*others, {**sheet, "name": b"xl/worksheets/Sheet1.xml"}, upper],
        [*parts, upper],
    ):
        data = _by_hand(listed)
        assert _cells(data) == {"I": [["Hướng Hóa", 99.0]]}
        package = PackageBytes(data)
        assert package.part_named("xl/worksheets/sheet1.xml") == "xl/worksheets/SHEET1.xml"
        assert b"<v>99</v>" in package.read(package.part_named("xl/worksheets/sheet1.xml"))
        assert package.part_named("xl/worksheets/sheet2.xml") is None


def _probe(sheet_name: bytes, *, flags: int = 0, extra: bytes = b"", target: bytes) -> bytes:
    """The workbook with its sheet's part named ``sheet_name`` (``flags``, ``extra`` on both of
    its headers) and the workbook's relationships pointing to ``target``."""
    out, records = bytearray(), bytearray()
    parts = _workbook_parts()
    for part in parts:
        name, content, part_flags, part_extra = part["name"], part["data"], 0, b""
        if name == b"xl/_rels/workbook.xml.rels":
            content = content.replace(b"worksheets/sheet1.xml", target)
        if name == b"xl/worksheets/sheet1.xml":
            name, part_flags, part_extra = sheet_name, flags, extra
        crc, offset = zlib.crc32(content), len(out)
        # flags, method, time, date, CRC, sizes, name and extra-field lengths
        fields = (part_flags, 0, 0, 0x21, crc, len(content), len(content), len(name))
        fields += (len(part_extra),)
        out += struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, *fields) + name + part_extra + content
        records += struct.pack(
            "<4s6H3L5H2L", b"PK\x01\x02", 20, 20, *fields, 0, 0, 0, 0, offset
        ) + name + part_extra  # fmt: skip
    directory, count = len(out), len(parts)
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, count, count, len(records), directory, 0)
    return bytes(out + records) + end


def _unicode_path_field(name: bytes, path: bytes, crc: int | None = None) -> bytes:
    body = b"\x01" + struct.pack("<L", zlib.crc32(name) if crc is None else crc) + path
    return struct.pack("<HH", 0x7075, len(body)) + body


_E = "é".encode()


@pytest.mark.parametrize(
    "data",
    [
        _probe(
            b"xl/worksheets/raw.xml",
            extra=_unicode_path_field(b"xl/worksheets/raw.xml", b"xl/worksheets/sheet1.xml"),
            target=b"worksheets/sheet1.xml",
        ),
        _probe(
            b"xl/worksheets/raw.xml",
            extra=_unicode_path_field(b"xl/worksheets/raw.xml", b"xl/worksheets/sheet1.xml", 1),
            target=b"worksheets/sheet1.xml",
        ),
        _probe(
            b"xl/worksheets/raw.xml",
            flags=0x800,
            extra=_unicode_path_field(b"xl/worksheets/raw.xml", b"xl/worksheets/sheet1.xml"),
            target=b"worksheets/sheet1.xml",
        ),
        _probe(b"xl/worksheets/" + _E + b".xml", target=b"worksheets/" + _E + b".xml"),
        _probe(b"xl/worksheets/\x82.xml", target=b"worksheets/" + _E + b".xml"),
        _probe(
            b"xl/worksheets/" + _E + b".xml",
            target=b"worksheets/" + _E.decode("cp437").encode() + b".xml",
        ),
        _probe(
            b"xl/worksheets/raw.xml",
            extra=_unicode_path_field(
                b"xl/worksheets/raw.xml", b"xl/worksheets/sheet1.xml"
            ).replace(b"\x01", b"\x02", 1),
            target=b"worksheets/sheet1.xml",
        ),
        _probe(b"xl\\worksheets\\sheet1.xml", target=b"worksheets/sheet1.xml"),
    ],
    ids=[
        "unicode-path",
        "unicode-path-of-another-crc",
        "unicode-path-and-utf8-flag",
        "utf8-without-flag",
        "cp437",
        "utf8-without-flag-named-as-cp437",
        "unicode-path-version-2",
        "backslashes",
    ],
)
def test_a_part_is_named_as_calamine_names_it(data):
    """The formula scan must read the sheet calamine reads: this reader finds a sheet's part
    exactly when calamine does, whatever the name's encoding or an Info-ZIP Unicode Path field
    says (calamine's rules, checked here on python-calamine's own reading)."""
    from cchc_core.util.office_parts import sheet_parts

    package = PackageBytes(data)
    part = package.part_named(sheet_parts(package)["I"])
    calamine_reads = _cells(data) == {"I": [["Hướng Hóa", 12.0]]}
    assert (part is not None) == calamine_reads
    if part is not None:
        assert b"<v>12</v>" in package.read(part)


def test_a_second_listing_named_otherwise_for_calamine_is_not_taken_for_the_sheet():
    """Review's case: a second record of the sheet's name whose Unicode Path names another part.
    calamine reads the first record as the sheet; so does the formula scan now."""
    data = _unicode_path(_workbook_parts())
    assert _cells(data) == {"I": [["Hướng Hóa", 12.0]]}
    assert b"<v>12</v>" in PackageBytes(data).read("xl/worksheets/sheet1.xml")


def test_the_sheet_list_is_read_as_calamine_reads_it():
    """Found in review: of two relationships with one Id calamine takes the last, and reads a
    target without "/" from xl/, even one that starts with "xl/"."""
    from cchc_core.util.office_parts import _sheet_parts

    workbook = b'<workbook><sheets><sheet name="I" r:id="rId1"/><sheet name="II" r:id="rId2"/></sheets></workbook>'
    rels = (
        b'<Relationships><Relationship Id="rId1" Target="worksheets/first.xml"/>'
        b'<Relationship Id="rId1" Target="/xl/worksheets/sheet1.xml"/>'
        b'<Relationship Id="rId2" Target="xl/worksheets/sheet2.xml"/></Relationships>'
    )
    assert dict(_sheet_parts(workbook, rels)) == {
        "I": "xl/worksheets/sheet1.xml",
        "II": "xl/xl/worksheets/sheet2.xml",
    }
