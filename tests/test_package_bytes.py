"""The in-memory package reader the form reader uses: the same parts as Python's zip reader, the
same refusals for a damaged one, and zipfile itself for any directory Office does not write."""

from __future__ import annotations

import zipfile
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
        assert parts.namelist() == archive.namelist()
        for name in archive.namelist():
            assert name in parts
            assert parts.read(name) == archive.read(name)


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
