"""vCard 2.1 (as old phones export it), 3.0 and 4.0 read as a table of our contact fields."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import vobject

from desktop_crm.domain.errors import ImportFileError
from desktop_crm.services.importing import limits, readers
from desktop_crm.services.importing.readers import VCARD_FIELDS, ImportCancelled, RawRow

# vCard 2.1 from an old Android phone: quoted-printable UTF-8 with soft line breaks, and a card
# from an older phone whose values are raw Windows-1251 bytes named by CHARSET.
PHONE_21 = (
    b"BEGIN:VCARD\r\nVERSION:2.1\r\n"
    b"N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=9F=D0=B5=D1=82=D1=80=D0=BE=D0=B2;"
    b"=D0=98=D0=B2=D0=B0=D0=BD;;;\r\n"
    b"FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:"
    b"=D0=98=D0=B2=D0=B0=D0=BD =D0=9F=D0=B5=D1=82=D1=80=D0=BE=D0=B2\r\n"
    b"TEL;CELL;PREF:+79161234567\r\n"
    b"TEL;HOME:8 (495) 123-45-67\r\n"
    b"EMAIL;INTERNET:ivan@example.ru\r\n"
    b"NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:=D0=9F=D0=BE=D0=B7=D0=B2=D0=BE=D0=BD=D0=B8=\r\n"
    b"=D1=82=D1=8C =D0=B2 =D0=BF=D1=8F=D1=82=D0=BD=D0=B8=D1=86=D1=83\r\n"
    b"END:VCARD\r\n"
    b"BEGIN:VCARD\r\nVERSION:2.1\r\n"
    b"N;CHARSET=windows-1251:" + "Сидорова;Ольга".encode("cp1251") + b"\r\n"
    b"ORG;CHARSET=windows-1251:" + "ООО Ромашка".encode("cp1251") + b"\r\n"
    b"TEL;WORK;VOICE:+7 812 555 0101\r\n"
    b"BDAY:1985-03-08\r\n"
    b"PHOTO;ENCODING=BASE64;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD\r\n"
    b" /2wBDAAgGBgcGBQgHBwcJCQgKDA\r\n"
    b"\r\n"
    b"END:VCARD\r\n"
)

MODERN = """BEGIN:VCARD
VERSION:4.0
N:Rossi;Niccolò;Maria;Dott.;
FN:Dott. Niccolò Maria Rossi
ORG:Acme S.p.A.;Vendite
TITLE:Direttore commerciale
EMAIL;TYPE=work:niccolo@acme.it
EMAIL;TYPE=home:n.rossi@gmail.com
EMAIL;TYPE=home:N.Rossi@gmail.com
TEL;TYPE=cell;VALUE=uri:tel:+39-333-1234567
ADR;TYPE=home:;;Via Po 3;Torino;TO;10100;Italia
ADR;TYPE=work,pref:;Scala B;Via Roma 1\\, interno 4;Milano;MI;20100;Italia
BDAY:19800512
NOTE:Incontrato alla fiera\\, Milano\\nsecondo rigo
END:VCARD
BEGIN:VCARD
VERSION:3.0
N:;;;;
FN:สมชาย ใจดี
item1.EMAIL;type=INTERNET:somchai@example.co.th
TEL;TYPE=WORK,VOICE:+66 2 123 4567
BDAY:--0512
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:مریم احمدی
TITLE:مدیر فروش
ROLE:ignored when a title exists
NOTE:یادداشت اول
NOTE:یادداشت دوم
END:VCARD
"""


def write(path: Path, data: bytes | str) -> Path:
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def test_vcard_21_from_old_phones(tmp_path: Path) -> None:
    path = write(tmp_path / "phone.vcf", PHONE_21)

    info = readers.inspect(path)
    rows = readers.preview(path)
    cards = list(readers.iter_rows(path))

    assert (info.kind, info.sheets, info.delimiter) == ("vcf", (), None)
    assert rows[0] == list(VCARD_FIELDS) and readers.detect_header(rows) == 0
    assert [card.number for card in cards] == [1, 2]
    ivan = dict(zip(VCARD_FIELDS, cards[0].cells, strict=True))
    assert (ivan["first_name"], ivan["last_name"]) == ("Иван", "Петров")
    assert ivan["phones"] == "+79161234567\n8 (495) 123-45-67"
    assert ivan["emails"] == "ivan@example.ru"
    assert ivan["notes"] == "Позвонить в пятницу"
    olga = dict(zip(VCARD_FIELDS, cards[1].cells, strict=True))
    assert (olga["first_name"], olga["last_name"], olga["company"]) == (
        "Ольга",
        "Сидорова",
        "ООО Ромашка",
    )
    assert olga["birthday"] == date(1985, 3, 8)


def test_vcard_30_and_40(tmp_path: Path) -> None:
    path = write(tmp_path / "contacts.vcf", MODERN)

    cards = [dict(zip(VCARD_FIELDS, r.cells, strict=True)) for r in readers.iter_rows(path)]

    rossi, somchai, maryam = cards
    assert rossi == {
        "first_name": "Niccolò Maria",
        "last_name": "Rossi",
        "emails": "niccolo@acme.it\nn.rossi@gmail.com",
        "phones": "+39-333-1234567",
        "company": "Acme S.p.A.",
        "job_title": "Direttore commerciale",
        "address": "Via Roma 1, interno 4, Scala B, 20100, MI",
        "city": "Milano",
        "country": "Italia",
        "birthday": date(1980, 5, 12),
        "notes": "Incontrato alla fiera, Milano\nsecondo rigo",
    }
    assert (somchai["first_name"], somchai["last_name"]) == ("สมชาย", "ใจดี")
    assert somchai["emails"] == "somchai@example.co.th"
    assert somchai["birthday"] == "--0512"  # no year: left as text for the caller to report
    assert (maryam["first_name"], maryam["last_name"], maryam["job_title"]) == (
        "مریم",
        "احمدی",
        "مدیر فروش",
    )
    assert maryam["notes"] == "یادداشت اول\nیادداشت دوم"


def test_agrees_with_vobject_on_what_both_read(tmp_path: Path) -> None:
    path = write(tmp_path / "contacts.vcf", MODERN)

    ours = [dict(zip(VCARD_FIELDS, r.cells, strict=True)) for r in readers.iter_rows(path)]
    theirs = list(vobject.readComponents(MODERN))

    for mine, card in zip(ours, theirs, strict=True):
        emails = [e.value.casefold() for e in getattr(card, "email_list", [])]
        assert str(mine["emails"]).casefold().split("\n") == list(dict.fromkeys(emails)) or (
            not emails and mine["emails"] == ""
        )
        if hasattr(card, "note"):
            assert str(mine["notes"]).split("\n")[0] == card.note.value.split("\n")[0]
        if hasattr(card, "org"):
            assert mine["company"] == card.org.value[0]


def test_a_legacy_encoded_file_and_a_utf16_file(tmp_path: Path) -> None:
    text = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Кузнецов;Сергей\r\nEMAIL:s@k.ru\r\nEND:VCARD\r\n"
    legacy = write(tmp_path / "cp1251.vcf", (text * 3).encode("cp1251"))
    wide = write(tmp_path / "wide.vcf", b"\xff\xfe" + text.encode("utf-16-le"))

    assert readers.inspect(legacy).encoding == "cp1251"
    assert list(readers.iter_rows(legacy))[2].cells[:2] == ("Сергей", "Кузнецов")
    assert readers.inspect(wide).encoding == "utf-16"
    assert list(readers.iter_rows(wide)) == [
        RawRow(1, ("Сергей", "Кузнецов", "s@k.ru", "", "", "", "", "", "", "", ""))
    ]


def test_a_card_cut_short_keeps_what_it_has_and_blank_cards_are_skipped(tmp_path: Path) -> None:
    path = write(
        tmp_path / "cut.vcf",
        "BEGIN:VCARD\nVERSION:3.0\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN:Anna Bianchi\nTEL:123\n",
    )

    assert list(readers.iter_rows(path)) == [
        RawRow(2, ("Anna", "Bianchi", "", "123", "", "", "", "", "", "", ""))
    ]


def test_a_vcf_without_cards_is_empty(tmp_path: Path) -> None:
    path = write(tmp_path / "notes.vcf", "just some text\nnothing else\n")

    with pytest.raises(ImportFileError) as caught:
        readers.inspect(path)

    assert caught.value.code == "empty"


def test_progress_and_cancel(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "ROW_CHECK_EVERY", 2)
    card = "BEGIN:VCARD\nVERSION:3.0\nFN:Anna Bianchi\nEND:VCARD\n"
    path = write(tmp_path / "many.vcf", card * 10)
    calls: list[tuple[int, int]] = []

    assert len(list(readers.iter_rows(path, progress=lambda d, t: calls.append((d, t))))) == 10
    assert calls[-1] == (path.stat().st_size, path.stat().st_size)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    with pytest.raises(ImportCancelled):
        list(readers.iter_rows(path, cancelled=lambda: True))
