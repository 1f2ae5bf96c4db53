"""Broken and hostile files, written byte by byte: each gets ImportFileError with a clear code."""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

import openpyxl
import pytest
import python_calamine

from desktop_crm.domain.errors import ImportFileError
from desktop_crm.services.importing import limits, readers
from tests.services.importing.test_read_sheets import rewrite_member

BILLION_LAUGHS = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!DOCTYPE lolz [\n'
    b'<!ENTITY lol "lol">\n'
    + b"".join(
        b'<!ENTITY lol%d "%s">\n' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
        for i in range(1, 10)
    )
    + b"]>\n"
)
XXE = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n'
    b'<!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
)


def good_workbook(path: Path, rows: int = 20) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Name", "Email"])
    for i in range(rows):
        sheet.append([f"Client {i}", f"c{i}@example.com"])
    book.save(path)
    return path


def code_of(path: Path, **kwargs: object) -> str:
    with pytest.raises(ImportFileError) as caught:
        readers.inspect(path)
        list(readers.iter_rows(path, **kwargs))  # type: ignore[arg-type]
    assert str(caught.value)  # an English message for logs and the command line
    return caught.value.code


def test_missing_file_and_folder(tmp_path: Path) -> None:
    assert code_of(tmp_path / "nope.csv") == "not_found"
    assert code_of(tmp_path) == "not_found"


def test_unknown_extension(tmp_path: Path) -> None:
    path = tmp_path / "contacts.pdf"
    path.write_bytes(b"%PDF-1.7\n")

    assert code_of(path) == "unsupported"


@pytest.mark.parametrize("content", [b"", b"\xef\xbb\xbf", b"\r\n \r\n;;;\r\n"])
def test_empty_text_files(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(content)

    assert code_of(path) == "empty"


def test_only_a_header_is_reported_by_require_data(tmp_path: Path) -> None:
    path = tmp_path / "header.csv"
    path.write_text("name,email,phone\r\n\r\n", encoding="utf-8")

    rows = readers.preview(path)
    with pytest.raises(ImportFileError) as caught:
        readers.require_data(rows, readers.detect_header(rows))

    assert caught.value.code == "header_only" and caught.value.row == 1
    assert list(readers.iter_rows(path)) == []


@pytest.mark.parametrize(
    "content",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 8,
        b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00\x01\x02\x03" * 500,
        b"PK\x03\x04" + b"\x00" * 100,  # a damaged zip renamed .csv
    ],
)
def test_a_binary_file_renamed_to_csv(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "contacts.csv"
    path.write_bytes(content)

    assert code_of(path) in ("binary", "truncated")
    with pytest.raises(ImportFileError) as caught:
        readers.inspect(path, encoding="cp1252")
    assert caught.value.code in ("binary", "truncated")


def test_a_zip_renamed_to_csv_is_not_text(tmp_path: Path) -> None:
    path = tmp_path / "contacts.csv"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")

    assert code_of(path) == "binary"


def test_an_xlsx_renamed_to_csv_is_read_as_a_workbook(tmp_path: Path) -> None:
    path = good_workbook(tmp_path / "contacts.csv")

    assert readers.inspect(path).kind == "xlsx"
    assert len(list(readers.iter_rows(path))) == 20


def test_a_truncated_xlsx(tmp_path: Path) -> None:
    path = good_workbook(tmp_path / "cut.xlsx", rows=500)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])

    assert code_of(path) == "truncated"


def test_garbage_named_xlsx_and_xls(tmp_path: Path) -> None:
    xlsx = tmp_path / "junk.xlsx"
    xlsx.write_bytes(b"this is not a workbook at all\n" * 10)
    xls = tmp_path / "junk.xls"
    xls.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"\x00\x01garbage" * 200)

    assert code_of(xlsx) == "truncated"
    assert code_of(xls) == "damaged"


def test_an_xls_that_is_a_web_page(tmp_path: Path) -> None:
    path = tmp_path / "report.xls"
    path.write_text("<html><body><table><tr><td>Name</td></tr></table></body></html>")

    assert code_of(path) == "unsupported"


def test_a_zip_that_is_no_spreadsheet(tmp_path: Path) -> None:
    path = tmp_path / "docs.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w/>")

    assert code_of(path) == "unsupported"


def test_a_damaged_sheet_xml(tmp_path: Path) -> None:
    path = good_workbook(tmp_path / "bad.xlsx")
    rewrite_member(path, "xl/worksheets/sheet1.xml", lambda xml: xml[: len(xml) // 2])

    assert code_of(path) == "damaged"


def test_a_password_protected_xlsx_is_an_ole2_file(tmp_path: Path) -> None:
    """Excel encrypts an .xlsx into an OLE2 compound file (D0 CF 11 E0) with these streams."""
    header = bytes.fromhex("D0CF11E0A1B11AE1") + bytes(16) + struct.pack("<HHH", 0x3E, 3, 0xFFFE)
    directory = b"".join(
        name.encode("utf-16-le").ljust(64, b"\x00") + bytes(64)
        for name in ("Root Entry", "EncryptionInfo", "EncryptedPackage")
    )
    path = tmp_path / "secret.xlsx"
    path.write_bytes(header.ljust(512, b"\xff") + directory + bytes(4096))

    assert code_of(path) == "password_protected"


def test_an_encrypted_zip_member(tmp_path: Path) -> None:
    path = good_workbook(tmp_path / "enc.xlsx")
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("xl/workbook.xml")
    central = data.find(b"PK\x01\x02" + bytes(data[data.find(b"PK\x01\x02") + 4 :][:4]))
    while central >= 0:  # set the "encrypted" flag in the central directory entry
        name_length = struct.unpack_from("<H", data, central + 28)[0]
        if data[central + 46 : central + 46 + name_length] == info.filename.encode():
            data[central + 8] |= 1
        central = data.find(b"PK\x01\x02", central + 4)
    path.write_bytes(bytes(data))

    assert code_of(path) == "password_protected"


def test_billion_laughs_in_a_sheet_is_refused_before_calamine(tmp_path: Path) -> None:
    path = good_workbook(tmp_path / "lol.xlsx")

    def payload(xml: bytes) -> bytes:
        body = xml.split(b"?>", 1)[1] if xml.startswith(b"<?xml") else xml
        return BILLION_LAUGHS + body.replace(b"<t>Client 0</t>", b"<t>&lol9;</t>")

    rewrite_member(path, "xl/worksheets/sheet1.xml", payload)

    assert code_of(path) == "unsafe_xml"
    # calamine alone does not expand it either: it fails on the unknown entity
    with pytest.raises(python_calamine.CalamineError):
        python_calamine.CalamineWorkbook.from_path(path).get_sheet_by_index(0).to_python()


def test_external_entity_in_shared_strings_is_refused(tmp_path: Path) -> None:
    path = good_workbook(tmp_path / "xxe.xlsx")
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr(
            "xl/sharedStrings.xml",
            XXE + b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            b"<si><t>&xxe;</t></si></sst>",
        )

    assert code_of(path) == "unsafe_xml"


def test_a_long_prolog_hiding_a_doctype_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "XML_HEAD_BYTES", 512)
    path = good_workbook(tmp_path / "prolog.xlsx")
    comment = b"<!--" + b" " * 2048 + b"-->"
    rewrite_member(path, "xl/workbook.xml", lambda xml: comment + xml.split(b"?>")[-1])

    assert code_of(path) == "unsafe_xml"


def test_a_zip_bomb_by_declared_ratio(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "RATIO_CHECK_MIN_BYTES", 1024 * 1024)
    path = good_workbook(tmp_path / "bomb.xlsx")
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/zeros.bin", bytes(4 * 1024 * 1024))  # ~1000x

    assert code_of(path) == "zip_bomb"


def test_a_zip_bomb_by_total_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = good_workbook(tmp_path / "big.xlsx", rows=2000)
    monkeypatch.setattr(limits, "MAX_UNCOMPRESSED_BYTES", 64 * 1024)

    assert code_of(path) == "zip_bomb"


def test_a_zip_bomb_that_lies_about_its_size(tmp_path: Path) -> None:
    """Headers say 100 bytes; the data inflates to megabytes. Only inflating tells."""
    path = good_workbook(tmp_path / "liar.xlsx", rows=20_000)
    data = bytearray(path.read_bytes())
    target = b"xl/worksheets/sheet1.xml"
    for signature, size_at, name_at in ((b"PK\x03\x04", 22, 30), (b"PK\x01\x02", 24, 46)):
        position = data.find(signature)
        while position >= 0:
            if data[position + name_at : position + name_at + len(target)] == target:
                struct.pack_into("<I", data, position + size_at, 100)
            position = data.find(signature, position + 4)
    path.write_bytes(bytes(data))

    assert code_of(path) == "zip_bomb"


def test_a_workbook_over_the_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = good_workbook(tmp_path / "large.xlsx")
    monkeypatch.setattr(limits, "MAX_WORKBOOK_BYTES", 1024)

    assert code_of(path) == "too_big"
