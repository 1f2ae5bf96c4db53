"""CSV/TSV/TXT reading on real files written here: encodings, delimiters, quotes, streaming."""

from __future__ import annotations

import csv
import io
import tracemalloc
from pathlib import Path
from typing import Literal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_crm.domain.errors import ImportFileError
from desktop_crm.services.importing import limits, readers
from desktop_crm.services.importing.readers import ImportCancelled, RawRow

RUSSIAN = [
    ["Имя", "Фамилия", "Город", "Заметки"],
    ["Иван", "Петров", "Москва", "Позвонить в пятницу"],
    ["Ольга", "Сидорова", "Санкт-Петербург", "Клиент с 2019 года"],
    ["Сергей", "Кузнецов", "Новосибирск", "Хочет скидку на оптовые заказы"],
    ["Мария", "Смирнова", "Екатеринбург", "Отправить коммерческое предложение"],
]
# Windows-1256 has no Persian yeh (U+06CC): Persian files in it use the Arabic yeh (U+064A).
PERSIAN = [
    ["نام", "نام خانوادگي", "شهر", "يادداشت"],
    ["علي", "رضايي", "تهران", "مشتري قديمي و خوش حساب"],
    ["مريم", "احمدي", "اصفهان", "تماس در روز شنبه"],
    ["رضا", "کريمي", "شيراز", "پيش فاکتور ارسال شود"],
    ["زهرا", "حسيني", "مشهد", "گفتگو درباره قرارداد جديد"],
]
THAI = [
    ["ชื่อ", "นามสกุล", "เมือง", "หมายเหตุ"],
    ["สมชาย", "ใจดี", "กรุงเทพมหานคร", "ลูกค้าประจำ"],
    ["สมหญิง", "รักไทย", "เชียงใหม่", "โทรกลับวันจันทร์"],
    ["ประเสริฐ", "มั่นคง", "ขอนแก่น", "ต้องการใบเสนอราคา"],
]
ITALIAN = [
    ["Nome", "Cognome", "Città", "Note"],
    ["Niccolò", "Bianchi", "Forlì", "Già cliente, perché è affidabile"],
    ["María", "Rossi", "Cantù", "Caffè dopo la riunione"],
    ["Lucia", "Verdi", "Canicattì", "Più sconti? Sì, però più tardi"],
    ["Andrea", "Esposito", "Napoli", "È interessato all'offerta più economica"],
]


def write_csv(
    path: Path, rows: list[list[str]], encoding: str, delimiter: str = ",", bom: bytes = b""
) -> Path:
    text = io.StringIO(newline="")
    csv.writer(text, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(bom + text.getvalue().encode(encoding))
    return path


def read_all(path: Path, **kwargs: object) -> list[RawRow]:
    return list(readers.iter_rows(path, **kwargs))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("rows", "encoding", "bom", "delimiter", "expected"),
    [
        (RUSSIAN, "cp1251", b"", ";", "cp1251"),
        (PERSIAN, "cp1256", b"", ",", "cp1256"),
        (THAI, "cp874", b"", ",", "cp874"),
        (ITALIAN, "cp1252", b"", ";", "cp1252"),
        (RUSSIAN + THAI + PERSIAN, "utf-8", b"", ",", "utf-8"),
        (ITALIAN + RUSSIAN, "utf-8", b"\xef\xbb\xbf", ";", "utf-8-sig"),
        # Excel's "Unicode text": UTF-16 little-endian with a BOM, tab-separated
        (THAI + PERSIAN, "utf-16-le", b"\xff\xfe", "\t", "utf-16"),
        (RUSSIAN, "utf-16-be", b"\xfe\xff", "\t", "utf-16"),
    ],
)
def test_encoding_is_detected_and_the_text_decoded(
    tmp_path: Path,
    rows: list[list[str]],
    encoding: str,
    bom: bytes,
    delimiter: str,
    expected: str,
) -> None:
    path = write_csv(tmp_path / "people.csv", rows, encoding, delimiter, bom)

    info = readers.inspect(path)

    assert (info.kind, info.encoding, info.delimiter) == ("csv", expected, delimiter)
    assert info.size == path.stat().st_size and info.sheets == ()
    assert readers.preview(path) == rows
    assert [r.cells for r in read_all(path)] == [tuple(r) for r in rows[1:]]
    assert [r.number for r in read_all(path)] == list(range(2, len(rows) + 1))


def test_single_byte_guesses_are_flagged_when_code_pages_compete(tmp_path: Path) -> None:
    italian = readers.inspect(write_csv(tmp_path / "it.csv", ITALIAN, "cp1252", ";"))
    russian = readers.inspect(write_csv(tmp_path / "ru.csv", RUSSIAN, "utf-8", ";"))

    assert italian.encoding == "cp1252" and not italian.encoding_confident
    assert russian.encoding == "utf-8" and russian.encoding_confident


def test_manual_encoding_overrides_the_guess(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "ru.csv", RUSSIAN, "koi8-r", ";")

    info = readers.inspect(path, encoding="KOI8_R")
    rows = read_all(path, encoding="koi8-r", delimiter=";")

    assert (info.encoding, info.encoding_confident) == ("koi8-r", True)
    assert rows[0].cells == tuple(RUSSIAN[1])


def test_forcing_utf8_on_a_file_with_a_bom_drops_the_bom(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "bom.csv", ITALIAN, "utf-8", ";", b"\xef\xbb\xbf")

    assert readers.inspect(path, encoding="utf-8").encoding == "utf-8-sig"
    assert readers.preview(path, encoding="utf-8", delimiter=";")[0][0] == "Nome"


def test_an_unknown_encoding_name_is_refused(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", ITALIAN, "utf-8")

    with pytest.raises(ImportFileError) as caught:
        readers.inspect(path, encoding="klingon-8")

    assert caught.value.code == "bad_encoding"


def test_detection_samples_the_middle_and_end_of_a_big_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "ENCODING_SAMPLE_BYTES", 2048)
    rows = [["name", "city"]] + [[f"client {i}", "Rome"] for i in range(400)] + RUSSIAN * 20
    path = write_csv(tmp_path / "late.csv", rows, "cp1251")

    info = readers.inspect(path)

    assert path.stat().st_size > 3 * 2048
    assert info.encoding == "cp1251"
    assert read_all(path)[-1].cells == tuple(RUSSIAN[-1])


def test_a_byte_the_encoding_cannot_decode_names_its_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "CSV_CHUNK_BYTES", 16)  # the bad byte lands mid-chunk
    good = b"name,city\r\nAnna,Roma\r\nBea,Milano\r\nCarla,Napoli\r\n"
    path = tmp_path / "mixed.csv"
    path.write_bytes(good + "Dario,Forlì\r\nEva,Bari\r\n".encode("cp1252"))

    seen: list[int] = []
    with pytest.raises(ImportFileError) as caught:
        for row in readers.iter_rows(path, encoding="utf-8", delimiter=","):
            seen.append(row.number)

    assert seen == [2, 3, 4]
    assert caught.value.code == "bad_encoding" and caught.value.row == 5
    assert "Row 5" in str(caught.value) and "0xEC" in str(caught.value)
    # the preview shows the wrong choice instead of failing
    assert readers.preview(path, encoding="utf-8", delimiter=",")[4] == ["Dario", "Forl\ufffd"]


@pytest.mark.parametrize(
    ("delimiter", "rows"),
    [
        (
            ",",
            [["name", "note", "city"], ["Rossi; Mario", "a|b", "Roma"], ["Verdi", "x\ty", "Bari"]],
        ),
        (
            ";",
            [["nome", "importo", "città"], ["Mario", "1,5", "Roma"], ["Anna", "2.345,10", "Bari"]],
        ),
        ("\t", [["name", "note"], ["Smith, John", "likes; semicolons"], ["Doe, Jane", "a,b,c"]]),
        ("|", [["name", "phone", "note"], ["Ivan", "+7 916", "a, b; c"], ["Olga", "8 495", "d"]]),
    ],
)
def test_delimiter_is_detected_respecting_quotes(
    tmp_path: Path, delimiter: str, rows: list[list[str]]
) -> None:
    path = write_csv(tmp_path / "d.txt", rows, "utf-8", delimiter)

    assert readers.inspect(path).delimiter == delimiter
    assert readers.preview(path) == rows


def test_excel_sep_line_gives_the_delimiter(tmp_path: Path) -> None:
    path = tmp_path / "sep.csv"
    path.write_text("sep=;\r\nname;city\r\nAnna,Maria;Roma\r\n", encoding="utf-8")

    rows = readers.preview(path)

    assert readers.inspect(path).delimiter == ";"
    assert readers.detect_header(rows) == 1
    assert read_all(path, header_row=1)[0] == RawRow(3, ("Anna,Maria", "Roma"))


def test_tsv_prefers_tab_and_single_column_files_work(tmp_path: Path) -> None:
    tsv = write_csv(tmp_path / "one.tsv", [["email"], ["a@b.it"], ["c@d.it"]], "utf-8")

    assert readers.inspect(tsv).delimiter == "\t"
    assert [r.cells for r in read_all(tsv)] == [("a@b.it",), ("c@d.it",)]


def test_quoted_fields_with_newlines_and_ragged_rows_are_yielded_as_they_are(
    tmp_path: Path,
) -> None:
    path = tmp_path / "notes.csv"
    path.write_text(
        "name,note,city\r\n"
        'Anna,"first line\r\nsecond, with a comma\r\nthird",Roma\r\n'
        "Bea,short\r\n"
        "\r\n"
        'Carla,"she said ""hi""",Bari,extra\r\n',
        encoding="utf-8",
    )

    rows = read_all(path)

    assert rows == [
        RawRow(2, ("Anna", "first line\r\nsecond, with a comma\r\nthird", "Roma")),
        RawRow(3, ("Bea", "short")),
        RawRow(5, ("Carla", 'she said "hi"', "Bari", "extra")),
    ]


def test_a_stray_quote_that_swallows_the_rest_is_reported_at_its_row(tmp_path: Path) -> None:
    lines = ["name,email,city"] + [f"p{i},p{i}@x.it,Roma" for i in range(2, 8)]
    lines[3] = 'Mario,"mario@x.it,Milano'  # row 4 opens a quote that nothing closes
    path = tmp_path / "stray.csv"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")

    seen: list[int] = []
    with pytest.raises(ImportFileError) as caught:
        for row in readers.iter_rows(path):
            seen.append(row.number)

    assert seen == [2, 3]
    assert caught.value.code == "unbalanced_quote" and caught.value.row == 4


def test_a_stray_quote_closed_by_another_far_below_is_caught_by_the_line_span(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "MAX_RECORD_LINES", 50)
    lines = ["name,note"] + [f"p{i},ok" for i in range(2, 200)]
    lines[9] = 'Mario,"starts here'
    lines[150] = 'Luigi,ends" here'
    path = tmp_path / "far.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    with pytest.raises(ImportFileError) as caught:
        read_all(path)

    assert caught.value.code == "unbalanced_quote" and caught.value.row == 10


def test_a_huge_field_is_a_stray_quote_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    path.write_text('a,b\n1,"' + "x" * 200_000 + "\n", encoding="utf-8")

    with pytest.raises(ImportFileError) as caught:
        read_all(path)

    assert caught.value.code == "unbalanced_quote" and caught.value.row == 2


def test_progress_counts_bytes_and_cancel_stops_the_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "CSV_CHUNK_BYTES", 256)
    rows = [["name", "city"]] + [[f"client {i}", "Roma"] for i in range(200)]
    path = write_csv(tmp_path / "p.csv", rows, "utf-8")
    size = path.stat().st_size
    calls: list[tuple[int, int]] = []

    assert len(read_all(path, progress=lambda done, total: calls.append((done, total)))) == 200
    assert calls[-1] == (size, size)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)

    with pytest.raises(ImportCancelled):
        read_all(path, cancelled=lambda: len(calls) > 3, progress=lambda d, t: calls.append((d, t)))


def test_streaming_holds_a_chunk_not_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "CSV_CHUNK_BYTES", 64 * 1024)
    monkeypatch.setattr(limits, "ENCODING_SAMPLE_BYTES", 64 * 1024)
    path = tmp_path / "big.csv"
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["first", "last", "email", "phone", "city", "note"])
        for i in range(60_000):
            writer.writerow([f"Иван{i}", "Петров", f"u{i}@x.ru", f"+7 916 {i:07d}", "Москва", "ok"])
    assert path.stat().st_size > 4 * 1024 * 1024

    tracemalloc.start()
    try:
        count = sum(1 for _ in readers.iter_rows(path))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert count == 60_000
    assert peak < 1024 * 1024


SURROGATES: tuple[Literal["Cs"]] = ("Cs",)
ROW_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=SURROGATES, blacklist_characters="\x00"),
    max_size=12,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rows=st.lists(st.lists(ROW_TEXT, min_size=3, max_size=3), min_size=1, max_size=15),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-be"]),
    chunk=st.integers(min_value=1, max_value=64),
)
def test_any_text_round_trips_through_any_chunking(
    tmp_path_factory: pytest.TempPathFactory,
    rows: list[list[str]],
    encoding: str,
    chunk: int,
) -> None:
    rows = [[*row[:2], row[2] + "."] for row in rows]  # never blank, always 3 cells
    path = tmp_path_factory.mktemp("rt") / "rt.csv"
    text = io.StringIO(newline="")
    csv.writer(text).writerows([["a", "b", "c"], *rows])
    path.write_bytes(text.getvalue().encode(encoding))

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(limits, "CSV_CHUNK_BYTES", chunk)
        read = read_all(path, encoding=encoding, delimiter=",")

    assert [list(r.cells) for r in read] == rows
