"""A form's properties (its fingerprint and last-saved time) are read by a pattern when their part
is written as Office, LibreOffice and openpyxl write it, and by the XML parser otherwise: the two
must agree on every such part, and anything else must reach the parser."""

from __future__ import annotations

from xml.etree.ElementTree import ParseError

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cchc_core.util.office_parts import (
    _core_by_parser,
    _core_by_pattern,
    _custom_by_parser,
    _custom_by_pattern,
    _is_plain,
    core_properties,
    custom_properties,
)

_VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
_CUSTOM = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_DECLARATIONS = [
    "",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',  # LibreOffice, Excel
    "<?xml version='1.0' encoding='utf-8'?>",  # Python's own writer
]
_SPACE = st.sampled_from(["", "\n", "\r\n  ", "\t"])


def _escaped(text: str, quote: str = "") -> str:
    """``text`` as a writer escapes it, some characters as numeric references."""
    out = []
    for char in text:
        if char == "&":
            out.append("&amp;")
        elif char == "<":
            out.append("&lt;")
        elif char == ">":
            out.append(">" if not quote else "&gt;")
        elif char == quote:
            out.append("&quot;")
        elif char in "ƯƠĐ":
            out.append(f"&#{ord(char)};")
        elif char == "ệ":
            out.append(f"&#x{ord(char):x};")
        else:
            out.append(char)
    return "".join(out)


_TEXT = st.text(alphabet="abc019 -_.,·&<>'\"Hướng HóaƯƠĐệ—\n\t", max_size=20)
_NAME = st.text(alphabet="abcz_019 .&<>'Hướng", min_size=1, max_size=12).filter(str.strip)


@st.composite
def custom_parts(draw: st.DrawFn) -> bytes:
    """A custom properties part as Office, LibreOffice or openpyxl write one."""
    vt_on_root = draw(st.booleans())
    root = f'<Properties xmlns="{_CUSTOM}"' + (f' xmlns:vt="{_VT}"' if vt_on_root else "") + ">"
    parts = [draw(st.sampled_from(_DECLARATIONS)), root]
    for pid in range(2, 2 + draw(st.integers(0, 5))):
        attributes = [
            'fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"',
            f'pid="{pid}"',
            f'name="{_escaped(draw(_NAME), quote=chr(34))}"',
        ]
        order = draw(st.permutations(attributes))
        value_type = draw(st.sampled_from(["lpwstr", "i4", "bool", "filetime"]))
        declared = "" if vt_on_root else f' xmlns:vt="{_VT}"'
        text = draw(_TEXT)
        value = draw(
            st.sampled_from(
                [
                    f"<vt:{value_type}{declared}>{_escaped(text)}</vt:{value_type}>",
                    f"<vt:{value_type}{declared}/>",
                    f"<vt:{value_type}{declared}></vt:{value_type}>",
                ]
            )
        )
        space = draw(_SPACE)
        parts.append(f"{space}<property {' '.join(order)}>{space}{value}{space}</property>")
    parts.append(draw(_SPACE) + "</Properties>")
    return "".join(parts).encode()


@given(xml=custom_parts())
def test_the_pattern_reads_custom_properties_as_the_parser_does(xml):
    assert _is_plain(xml)
    assert _custom_by_pattern(xml) == _custom_by_parser(xml)


_CORE_ROOT = (
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
    'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
)
_CORE_ELEMENTS = [
    ("dc", "title"),
    ("dc", "identifier"),
    ("dc", "creator"),
    ("dc", "description"),
    ("cp", "category"),
    ("cp", "version"),
    ("cp", "revision"),
    ("cp", "lastModifiedBy"),
    ("dcterms", "modified"),
    ("dcterms", "created"),
]


@st.composite
def core_parts(draw: st.DrawFn) -> bytes:
    """A core properties part as Office, LibreOffice or openpyxl write one (any element may be
    missing, empty, repeated or carry a type)."""
    parts = [draw(st.sampled_from(_DECLARATIONS)), _CORE_ROOT]
    for prefix, name in draw(st.lists(st.sampled_from(_CORE_ELEMENTS), max_size=12)):
        typed = ' xsi:type="dcterms:W3CDTF"' if prefix == "dcterms" else ""
        text = draw(st.one_of(_TEXT, st.just("2020-05-17T03:20:00Z")))
        parts.append(
            draw(_SPACE)
            + draw(
                st.sampled_from(
                    [
                        f"<{prefix}:{name}{typed}>{_escaped(text)}</{prefix}:{name}>",
                        f"<{prefix}:{name}{typed}/>",
                    ]
                )
            )
        )
    parts.append("</cp:coreProperties>")
    return "".join(parts).encode()


@given(xml=core_parts())
def test_the_pattern_reads_core_properties_as_the_parser_does(xml):
    assert _is_plain(xml)
    assert _core_by_pattern(xml) == _core_by_parser(xml)


class _Package:
    def __init__(self, **parts: bytes) -> None:
        self.parts = {f"docProps/{name}.xml": data for name, data in parts.items()}

    def read(self, name: str) -> bytes:
        return self.parts[name]


_PROPERTY = f'<property name="cchc_don_vi" pid="2"><vt:lpwstr xmlns:vt="{_VT}">{{}}</vt:lpwstr>'


@pytest.mark.parametrize(
    ("value", "read"),
    [
        ("<![CDATA[xa_lia]]>", "xa_lia"),
        ("xa_<!-- a comment -->lia", "xa_lia"),
        ("xa_<?pi here?>lia", "xa_lia"),
    ],
    ids=["cdata", "comment", "processing-instruction"],
)
def test_a_part_not_written_as_office_writes_it_is_left_to_the_parser(value, read):
    xml = f'<Properties xmlns="{_CUSTOM}">{_PROPERTY.format(value)}</property></Properties>'
    assert not _is_plain(xml.encode())
    assert custom_properties(_Package(custom=xml.encode())) == {"cchc_don_vi": read}


def test_a_name_hidden_in_another_attribute_is_not_taken_for_the_name():
    """A value in single quotes may hold what looks like an attribute: the part goes to the
    parser, which reads the tag as it is."""
    xml = (
        f'<Properties xmlns="{_CUSTOM}"><property fmtid=\'x name="cchc_don_vi"\' name="khac">'
        f'<vt:lpwstr xmlns:vt="{_VT}">xa_lia</vt:lpwstr></property></Properties>'
    ).encode()
    assert _custom_by_pattern(xml) is None
    assert custom_properties(_Package(custom=xml)) == {"khac": "xa_lia"}


@pytest.mark.parametrize(
    "text",
    [b"xa\xff", b"&#0;", b"&#xD800;", b"a & b", b"&nbsp;"],
    ids=["not-utf-8", "nul", "surrogate", "bare-ampersand", "html-entity"],
)
def test_what_the_parser_refuses_the_pattern_refuses_too(text):
    """Not well-formed, as the parser says: the file is damaged, whichever way it is read."""
    xml = (
        (
            f'<Properties xmlns="{_CUSTOM}"><property name="cchc_don_vi">'
            f'<vt:lpwstr xmlns:vt="{_VT}">'
        ).encode()
        + text
        + b"</vt:lpwstr></property></Properties>"
    )
    with pytest.raises(ParseError):
        _custom_by_parser(xml)
    with pytest.raises(ParseError):
        custom_properties(_Package(custom=xml))


def test_the_modified_time_of_a_libreoffice_part_is_read():
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        + _CORE_ROOT
        + '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-11-29T03:56:05Z</dcterms:modified>'
        "<cp:revision>0</cp:revision><dc:title>Biểu thống kê CCHC — Xã Lìa</dc:title>"
        "</cp:coreProperties>"
    ).encode()
    assert core_properties(_Package(core=xml)) == {
        "modified": "2026-11-29T03:56:05Z",
        "title": "Biểu thống kê CCHC — Xã Lìa",
    }
