"""Column layouts: folded header names, a stable key per layout, remembered and known mappings.

``fold_header`` is how every header is compared: case, accents, punctuation, spaces, ZWNJ and
Arabic/Persian letter variants folded away (``"E-mail"`` → ``"email"``, ``"نام‌خانوادگی"`` and
``"نام خانوادگی"`` → ``"نامخانوادگی"``), Persian/Thai digits made ASCII.

``layout_key`` is order-insensitive: the same columns in another order are the same layout, and a
remembered mapping is stored per folded header (``remember_mapping`` / ``recall_mapping``), so it
applies whatever the order. Two columns with the same header are told apart by their rank.

``KNOWN_LAYOUTS`` are the exports of Google Contacts (current and older) and Outlook, mapped in
full so that such a file imports with no manual work.

``CONCEPT_WORDS`` (whole headers) and ``KEYWORDS`` (words inside a header) are the header
vocabulary in English, Italian, Russian, Persian and Thai; ``mapping.py`` turns a concept into a
target of the record type being imported.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from desktop_crm.domain.fields import normalize_digits

__all__ = [
    "CONCEPT_WORDS",
    "IGNORE",
    "KEYWORDS",
    "KNOWN_LAYOUTS",
    "KnownLayout",
    "detect_layout",
    "fold_header",
    "fold_without_digits",
    "layout_key",
    "recall_mapping",
    "remember_mapping",
]

_LETTER_VARIANTS: Final = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه"})
_DIGITS_RE: Final = re.compile(r"\d+")


@lru_cache(maxsize=4096)
def fold_header(text: str) -> str:
    """A header as compared: letters, marks and digits only, case- and accent-folded."""
    decomposed = unicodedata.normalize("NFKD", normalize_digits(text).replace("№", " "))
    decomposed = decomposed.casefold()
    kept = []
    for ch in decomposed:
        if "\u0300" <= ch <= "\u036f" or "\u064b" <= ch <= "\u0652":
            continue  # Latin/Cyrillic accents, Arabic short vowels
        if unicodedata.category(ch)[0] in "LMN":
            kept.append(ch)
    return unicodedata.normalize("NFC", "".join(kept)).translate(_LETTER_VARIANTS)


def fold_without_digits(text: str) -> str:
    """``fold_header`` without digits: ``"E-mail 2 - Value"`` → ``"emailvalue"``."""
    return _DIGITS_RE.sub("", fold_header(text))


def layout_key(headers: Sequence[str]) -> str:
    """A stable key of a column layout: the same folded headers in any order give the same key."""
    folded = sorted(fold_header(h or "") for h in headers)
    digest = hashlib.sha256("\x1f".join(folded).encode("utf-8")).hexdigest()
    return f"v1-{len(folded)}-{digest[:24]}"


def _column_ids(headers: Sequence[str]) -> list[str]:
    seen: dict[str, int] = {}
    ids = []
    for header in headers:
        folded = fold_header(header or "")
        seen[folded] = seen.get(folded, 0) + 1
        ids.append(f"{folded}#{seen[folded]}")
    return ids


def remember_mapping(
    headers: Sequence[str], targets: Sequence[str | None]
) -> dict[str, str | None]:
    """What to store for "the next file with the same columns": folded header → target."""
    return dict(zip(_column_ids(headers), targets, strict=True))


def recall_mapping(headers: Sequence[str], memory: Mapping[str, str | None]) -> list[str | None]:
    """The remembered target of each column (None for a column the memory does not know)."""
    return [memory.get(column) for column in _column_ids(headers)]


@dataclass(frozen=True)
class KnownLayout:
    """An export format: its name and the contact target of each of its (digit-less) headers."""

    name: str
    targets: Mapping[str, str | None]
    core: frozenset[str]  # headers (folded, no digits) that tell this layout apart

    def matches(self, headers: Sequence[str]) -> bool:
        folded = {fold_without_digits(h or "") for h in headers}
        folded.discard("")
        known = sum(f in self.targets for f in folded)
        return self.core <= folded and known >= 0.6 * len(folded)


def _layout(name: str, core: str, mapping: dict[str | None, str]) -> KnownLayout:
    """``mapping``: target (None = ignore) → headers separated by ``|``."""
    targets: dict[str, str | None] = {}
    # the first mention wins ("Business Street" before "Business Street 2"); ignored ones last
    for target, headers in sorted(mapping.items(), key=lambda item: item[0] is None):
        for header in headers.split("|"):
            targets.setdefault(fold_without_digits(header), target)
    return KnownLayout(name, targets, frozenset(fold_without_digits(h) for h in core.split("|")))


_GOOGLE_COMMON: Final[dict[str | None, str]] = {
    "birthday": "Birthday",
    "notes": "Notes",
    "emails": "E-mail 1 - Value",
    "phones": "Phone 1 - Value",
    "address": "Address 1 - Formatted",
    "city": "Address 1 - City",
    "country": "Address 1 - Country",
    None: "Name Prefix|Name Suffix|Nickname|Photo|E-mail 1 - Label|E-mail 1 - Type|"
    "Phone 1 - Label|Phone 1 - Type|Address 1 - Label|Address 1 - Type|Address 1 - Street|"
    "Address 1 - PO Box|Address 1 - Region|Address 1 - Postal Code|"
    "Address 1 - Extended Address|Website 1 - Label|Website 1 - Type|Website 1 - Value|"
    "Relation 1 - Label|Relation 1 - Type|Relation 1 - Value|Event 1 - Label|Event 1 - Type|"
    "Event 1 - Value|Custom Field 1 - Label|Custom Field 1 - Type|Custom Field 1 - Value|"
    "IM 1 - Label|IM 1 - Type|IM 1 - Service|IM 1 - Value|Instant Message 1 - Label|"
    "Instant Message 1 - Value|External ID 1 - Label|External ID 1 - Value|Location|"
    "Jot 1 - Label|Jot 1 - Value|Calendar Link 1 - Label|Calendar Link 1 - Value|"
    "Hobby 1 - Value|Interest 1 - Value|Language 1 - Value|Sensitivity|Priority",
}

GOOGLE_CONTACTS: Final = _layout(
    "google_contacts",
    "First Name|Last Name|Organization Name",
    {
        **_GOOGLE_COMMON,
        "first_name": "First Name",
        "last_name": "Last Name",
        "company": "Organization Name",
        "job_title": "Organization Title",
        "tags": "Labels",
        None: _GOOGLE_COMMON[None] + "|Middle Name|Phonetic First Name|Phonetic Middle Name|"
        "Phonetic Last Name|File As|Organization Department|Organization Phonetic Name",
    },
)

GOOGLE_CONTACTS_OLD: Final = _layout(
    "google_contacts_old",
    "Given Name|Family Name|Group Membership",
    {
        **_GOOGLE_COMMON,
        "first_name": "Given Name",
        "last_name": "Family Name",
        "company": "Organization 1 - Name",
        "job_title": "Organization 1 - Title",
        "tags": "Group Membership",
        "language": "Language",
        None: _GOOGLE_COMMON[None] + "|Name|Additional Name|Yomi Name|Given Name Yomi|"
        "Additional Name Yomi|Family Name Yomi|Initials|Short Name|Maiden Name|Gender|"
        "Billing Information|Directory Server|Mileage|Occupation|Hobby|Subject|"
        "Organization 1 - Type|Organization 1 - Yomi Name|Organization 1 - Department|"
        "Organization 1 - Symbol|Organization 1 - Location|Organization 1 - Job Description",
    },
)

OUTLOOK: Final = _layout(
    "outlook",
    "First Name|Last Name|E-mail Address",
    {
        "first_name": "First Name",
        "last_name": "Last Name",
        "company": "Company",
        "job_title": "Job Title",
        "emails": "E-mail Address|E-mail 2 Address|E-mail 3 Address",
        "phones": "Mobile Phone|Business Phone|Business Phone 2|Home Phone|Home Phone 2|"
        "Primary Phone|Other Phone|Car Phone",
        "address": "Business Street|Home Street",
        "city": "Business City|Home City",
        "country": "Business Country/Region|Home Country/Region",
        "birthday": "Birthday",
        "notes": "Notes",
        "tags": "Categories",
        "language": "Language",
        None: "Title|Middle Name|Suffix|Nickname|Given Yomi|Surname Yomi|Company Yomi|"
        "Department|Office Location|Manager's Name|Assistant's Name|Assistant's Phone|"
        "Business Street 2|Business Street 3|Business State|Business Postal Code|"
        "Home Street 2|Home Street 3|Home State|Home Postal Code|Other Street|"
        "Other Street 2|Other Street 3|Other City|Other State|Other Postal Code|"
        "Other Country/Region|Business Fax|Home Fax|Other Fax|Company Main Phone|Callback|"
        "Radio Phone|Telex|TTY/TDD Phone|ISDN|Pager|Account|Anniversary|Billing Information|"
        "Business Address PO Box|Home Address PO Box|Other Address PO Box|Children|"
        "Directory Server|E-mail Type|E-mail Display Name|E-mail 2 Type|"
        "E-mail 2 Display Name|E-mail 3 Type|E-mail 3 Display Name|Gender|"
        "Government ID Number|Hobby|Initials|Internet Free Busy|Keywords|Location|Mileage|"
        "Organizational ID Number|Priority|Private|Profession|Referred By|Sensitivity|Spouse|"
        "User 1|User 2|User 3|User 4|Web Page|Personal Web Page|Schools|IMAddress",
    },
)

KNOWN_LAYOUTS: Final[tuple[KnownLayout, ...]] = (GOOGLE_CONTACTS, GOOGLE_CONTACTS_OLD, OUTLOOK)


def detect_layout(headers: Sequence[str]) -> KnownLayout | None:
    """The known export format these headers come from, if any."""
    for layout in KNOWN_LAYOUTS:
        if layout.matches(headers):
            return layout
    return None


# --- header vocabulary ----------------------------------------------------------------------

IGNORE: Final = "-"  # a concept: the column carries nothing to import (labels, types, faxes)

_WORDS: Final[dict[str, str]] = {
    "first_name": "first name|firstname|first|given name|given|forename|nome proprio|"
    "nome di battesimo|имя контакта|نام کوچک|ชื่อจริง|ชื่อต้น",
    "name": "name|nome|имя|نام|اسم|ชื่อ|nombre",
    "last_name": "last name|lastname|last|surname|family name|cognome|фамилия|"
    "نام خانوادگی|فامیلی|فامیل|نشان|นามสกุล|สกุล",
    "full_name": "full name|fullname|name and surname|contact name|display name|nome e cognome|"
    "nome completo|nominativo|полное имя|имя и фамилия|نام و نام خانوادگی|نام کامل|"
    "ชื่อ-นามสกุล|ชื่อ นามสกุล|ชื่อและนามสกุล|ชื่อเต็ม",
    "full_name_reversed": "cognome e nome|cognome nome|фио|ф.и.о.|фамилия и имя|фамилия имя|"
    "фамилия имя отчество|surname and name|last name first name",
    "email": "email|e-mail|e mail|mail|email address|e-mail address|emails|posta elettronica|"
    "indirizzo email|indirizzo e-mail|pec|электронная почта|эл. почта|e-mail адрес|почта|"
    "email адрес|ایمیل|پست الکترونیک|پست الکترونیکی|رایانامه|نشانی ایمیل|آدرس ایمیل|"
    "อีเมล|อีเมล์|ที่อยู่อีเมล",
    "phone": "phone|phones|telephone|tel|phone number|mobile|mobile phone|cell|cell phone|"
    "cellphone|work phone|home phone|business phone|whatsapp|telefono|cellulare|"
    "numero di telefono|telefono cellulare|telefono fisso|cell.|tel.|телефон|тел|"
    "мобильный|мобильный телефон|сотовый|моб. телефон|номер телефона|телефоны|تلفن|"
    "شماره تلفن|شماره تماس|تلفن همراه|موبایل|همراه|شماره همراه|شماره موبایل|تلفن ثابت|"
    "โทรศัพท์|เบอร์โทร|เบอร์โทรศัพท์|มือถือ|โทร|เบอร์มือถือ|หมายเลขโทรศัพท์|เบอร์",
    "company": "company|company name|organization|organisation|organization name|employer|"
    "account|account name|business|azienda|società|ditta|ragione sociale|impresa|"
    "nome azienda|компания|организация|фирма|название компании|предприятие|"
    "название организации|شرکت|نام شرکت|سازمان|نام سازمان|บริษัท|ชื่อบริษัท|องค์กร|หน่วยงาน",
    "title": "title|titolo|название|عنوان|หัวข้อ",
    "job_title": "job title|position|job|occupation|designation|qualifica|mansione|posizione|"
    "professione|должность|профессия|سمت|عنوان شغلی|شغل|ตำแหน่ง|อาชีพ|ตำแหน่งงาน",
    "role": "role|company role|ruolo|роль|نقش|บทบาท",
    "address": "address|street|street address|indirizzo|via|адрес|улица|آدرس|نشانی|ที่อยู่",
    "city": "city|town|città|comune|località|город|населенный пункт|شهر|เมือง|จังหวัด",
    "country": "country|nation|country/region|paese|nazione|страна|کشور|ประเทศ",
    "birthday": "birthday|birth date|birthdate|date of birth|dob|born|data di nascita|"
    "compleanno|дата рождения|день рождения|تاریخ تولد|تولد|วันเกิด|วันเดือนปีเกิด",
    "language": "language|lingua|язык|زبان|ภาษา",
    "source": "source|lead source|origin|fonte|origine|provenienza|источник|منبع|ที่มา|แหล่งที่มา",
    "stage": "stage|deal stage|pipeline stage|fase|stadio|этап|стадия|этап сделки|مرحله|ขั้นตอน|ขั้น",
    "lifecycle_stage": "lifecycle stage|lifecycle|fase del ciclo di vita|стадия жизненного цикла|"
    "چرخه عمر|วงจรชีวิต",
    "status": "status|stato|статус|وضعیت|สถานะ",
    "customer_status": "customer status|stato cliente|статус клиента|وضعیت مشتری|สถานะลูกค้า",
    "owner": "owner|contact owner|account owner|deal owner|salesperson|sales rep|assigned to|"
    "assignee|assegnato a|исполнитель|مسئول انجام|ผู้รับมอบหมาย|"
    "responsabile|venditore|commerciale|agente|ответственный|менеджер|владелец|مسئول|"
    "فروشنده|کارشناس فروش|ผู้รับผิดชอบ|พนักงานขาย|เจ้าของ",
    "preferred_channel": "preferred channel|canale preferito|предпочтительный канал|"
    "کانال ترجیحی|ช่องทางที่ต้องการ",
    "best_time": "best time|best time to call|best time to contact|orario preferito|"
    "удобное время|بهترین زمان تماس|เวลาที่สะดวก",
    "no_email": "no email|email opt out|do not email|unsubscribed|non inviare email|"
    "не отправлять email|بدون ایمیل|ไม่รับอีเมล",
    "no_calls": "no calls|do not call|non chiamare|не звонить|تماس نگیرید|ห้ามโทร",
    "no_sms": "no sms|sms opt out|do not text|non inviare sms|не отправлять sms|بدون پیامک|"
    "ไม่รับ sms",
    "notes": "notes|note|comments|comment|description|remarks|memo|annotazioni|commenti|"
    "descrizione|заметки|примечание|примечания|комментарий|комментарии|описание|یادداشت|"
    "توضیحات|ملاحظات|หมายเหตุ|บันทึก|รายละเอียด",
    "tags": "tags|tag|labels|categories|groups|group membership|etichette|categorie|gruppi|"
    "теги|метки|категории|группы|برچسب|برچسب‌ها|برچسبها|دسته‌بندی|گروه|แท็ก|ป้ายกำกับ|"
    "หมวดหมู่|กลุ่ม",
    "website": "website|web site|web|url|homepage|web page|sito|sito web|сайт|веб-сайт|"
    "وب‌سایت|وبسایت|سایت|เว็บไซต์",
    "industry": "industry|sector|vertical|settore|отрасль|сфера деятельности|صنعت|"
    "حوزه فعالیت|อุตสาหกรรม|ประเภทธุรกิจ",
    "size": "size|employees|number of employees|company size|dipendenti|numero dipendenti|"
    "сотрудники|количество сотрудников|численность|تعداد کارکنان|جمعیت|จำนวนพนักงาน",
    "annual_revenue": "annual revenue|revenue|turnover|fatturato|fatturato annuo|выручка|"
    "годовой оборот|оборот|درآمد سالانه|درآمد|รายได้|รายได้ต่อปี",
    "currency": "currency|valuta|валюта|واحد پول|ارز|สกุลเงิน",
    "deal": "deal|deal name|deal title|opportunity|opportunity name|trattativa|opportunità|"
    "nome trattativa|сделка|название сделки|معامله|فرصت|نام معامله|ดีล|ชื่อดีล|โอกาสการขาย",
    "value": "value|amount|deal value|price|total|valore|importo|сумма|стоимость|бюджет|"
    "сумма сделки|مبلغ|ارزش|قیمت|มูลค่า|จำนวนเงิน|ยอดเงิน|ราคา",
    "probability": "probability|probabilità|вероятность|احتمال|ความน่าจะเป็น",
    "expected_close": "expected close|close date|expected close date|closing date|"
    "data chiusura|data di chiusura|data di chiusura prevista|дата закрытия|"
    "ожидаемая дата закрытия|تاریخ بستن|تاریخ بسته شدن|تاریخ پایان|วันที่คาดว่าจะปิด|"
    "วันปิดการขาย",
    "pipeline": "pipeline|funnel|sales pipeline|воронка|воронка продаж|قیف فروش|ไปป์ไลน์",
    "contact": "contact|person|contact person|contatto|referente|persona di riferimento|"
    "контакт|контактное лицо|مخاطب|شخص|ผู้ติดต่อ",
    "task": "task|subject|to do|todo|attività|compito|oggetto|cosa fare|задача|тема|"
    "وظیفه|کار|تسک|งาน|สิ่งที่ต้องทำ",
    "type": "type|kind|task type|tipo|tipo attività|тип|тип задачи|نوع|ประเภท",
    "due_at": "due|due date|deadline|due at|scadenza|data scadenza|срок|срок выполнения|"
    "дата выполнения|مهلت|سررسید|تاریخ سررسید|กำหนดส่ง|วันครบกำหนด|กำหนดเสร็จ",
    "priority": "priority|priorità|приоритет|اولویت|ความสำคัญ|ลำดับความสำคัญ",
    "done": "done|completed|complete|fatto|completato|completata|выполнено|выполнена|"
    "انجام شده|تکمیل شده|เสร็จแล้ว|เสร็จ",
    "duration_minutes": "duration|duration minutes|durata|длительность|مدت|ระยะเวลา",
    "reminder_minutes": "reminder|reminder minutes|promemoria|напоминание|یادآوری|یادآور|แจ้งเตือน",
    "all_day": "all day|tutto il giorno|весь день|تمام روز|ทั้งวัน",
    "repeat_rule": "repeat|recurrence|repeats|ripeti|ricorrenza|повтор|повторение|تکرار|ทำซ้ำ",
    IGNORE: "label|e-mail type|e-mail label|phone type|phone label|fax|business fax|"
    "home fax|id|row|#|no.|n.|№|ردیف|ลำดับ",
}

# words inside a header, most telling first; short (≤ 3 letters) words must start it
_KEYWORDS: Final[tuple[tuple[str, str], ...]] = (
    (IGNORE, "label|type|tipo|displayname|yomi|phonetic|fax|факс|فکس|แฟกซ์|pager|telex"),
    ("email", "email|mail|postaelettronica|почт|ایمیل|رایانامه|อีเมล"),
    ("birthday", "birth|nascita|рожден|تولد|เกิด"),
    ("phone", "phone|telef|tel|mobile|cell|телефон|моб|сотов|تلفن|موبایل|همراه|โทร|มือถือ"),
    (
        "company",
        "company|organi|azienda|societa|ditta|компан|организац|фирм|شرکت|سازمان|บริษัท|องค์กร",
    ),
    ("last_name", "lastname|surname|familyname|cognome|фамил|خانوادگی|فامیل|นามสกุล"),
    ("first_name", "firstname|givenname"),
    ("address", "address|street|indirizzo|адрес|улиц|آدرس|نشانی|ที่อยู่"),
    ("city", "city|citta|город|شهر|เมือง"),
    ("country", "country|nazione|paese|стран|کشور|ประเทศ"),
    ("notes", "note|comment|коммент|примеч|заметк|توضیح|یادداشت|หมายเหตุ"),
    ("website", "website|url|sito|сайт|سایت|เว็บ"),
    ("job_title", "jobtitle|position|qualifica|должност|سمت|شغل|ตำแหน่ง"),
    ("owner", "owner|responsabil|ответствен|مسئول|ผู้รับผิดชอบ"),
    ("source", "source|fonte|источник|منبع|ที่มา"),
    ("tags", "tag|label|etichett|тег|метк|برچسب|แท็ก"),
    ("value", "amount|importo|сумм|مبلغ|มูลค่า"),
    ("expected_close", "closedate|chiusura|закрыт|วันปิด"),
    ("stage", "stage|этап|стади|مرحله|ขั้นตอน"),
    ("name", "name|nome|имя|نام|ชื่อ"),
)


def _vocabulary() -> dict[str, str]:
    words: dict[str, str] = {}
    for concept, variants in _WORDS.items():
        for variant in variants.split("|"):
            words.setdefault(fold_header(variant), concept)
    words.pop("", None)
    return words


CONCEPT_WORDS: Final[dict[str, str]] = _vocabulary()
KEYWORDS: Final[tuple[tuple[str, tuple[str, ...]], ...]] = tuple(
    (concept, tuple(fold_header(word) for word in words.split("|"))) for concept, words in _KEYWORDS
)
