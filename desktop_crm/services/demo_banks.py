"""Name banks for the demo data: given names, surnames, cities, streets, job titles and
company words in English, Italian, Russian, Persian and Thai (used by ``demo_names``)."""

from __future__ import annotations

from dataclasses import dataclass

LANGUAGES: tuple[str, ...] = ("en", "it", "ru", "fa", "th")
GENDERS: tuple[str, ...] = ("male", "female")


def _split(spec: str) -> tuple[str, ...]:
    """``"a, b, c"`` -> ``("a", "b", "c")``."""
    return tuple(part.strip() for part in spec.split(",") if part.strip())


def _pairs(spec: str) -> tuple[tuple[str, str], ...]:
    """``"native=latin, ..."`` -> ``(("native", "latin"), ...)``."""
    return tuple((a.strip(), b.strip()) for a, _, b in (p.partition("=") for p in _split(spec)))


def _cities(country: str, spec: str) -> tuple[tuple[str, str, str], ...]:
    """``"City=area, ..."`` -> ``((city, country, area_code), ...)``."""
    return tuple((city, country, area) for city, area in _pairs(spec))


# --------------------------------------------------------------------------- English
EN_MALE_NAMES = _split(
    "James, John, Robert, Michael, William, David, Richard, Joseph, Thomas, Charles, "
    "Christopher, Daniel, Matthew, Anthony, Mark, Steven, Paul, Andrew, Joshua, Kevin, Brian, "
    "George, Edward, Ryan, Jacob, Oliver, Harry, Jack, Samuel, Benjamin, Henry, Alexander, "
    "Patrick, Nathan, Adam, Lucas, Ethan, Liam, Noah, Owen, Peter, Simon"
)
EN_FEMALE_NAMES = _split(
    "Mary, Patricia, Jennifer, Linda, Elizabeth, Barbara, Susan, Jessica, Sarah, Karen, Lisa, "
    "Nancy, Emily, Emma, Olivia, Sophie, Charlotte, Amelia, Grace, Hannah, Rachel, Laura, "
    "Rebecca, Megan, Amanda, Michelle, Stephanie, Nicole, Katherine, Victoria, Lucy, Chloe, "
    "Isabella, Abigail, Madison, Ella, Alice, Claire, Helen, Julia"
)
EN_SURNAMES = _split(
    "Smith, Johnson, Williams, Brown, Jones, Garcia, Miller, Davis, Wilson, Anderson, Taylor, "
    "Thomas, Moore, Jackson, Martin, Lee, Thompson, White, Harris, Clark, Lewis, Robinson, "
    "Walker, Young, Allen, King, Wright, Scott, Hill, Green, Adams, Baker, Nelson, Carter, "
    "Mitchell, Roberts, Turner, Phillips, Campbell, Parker, Evans, Edwards, Collins, Stewart, "
    "Morris, Murphy, Cook, Rogers, Morgan, Cooper, Patel, Hughes, Wood, Hall, O'Brien"
)
_EN_CITY_DATA = (
    *_cities(
        "United States",
        "New York=212, San Francisco=415, Chicago=312, Boston=617, Seattle=206, Austin=512, "
        "Los Angeles=213, Denver=303, Miami=305",
    ),
    *_cities(
        "United Kingdom",
        "London=20, Manchester=161, Birmingham=121, Edinburgh=131, Bristol=117, Leeds=113",
    ),
)
EN_JOB_TITLES = _split(
    "Sales Director, Account Manager, Marketing Manager, Chief Financial Officer, "
    "Operations Manager, Office Manager, Procurement Specialist, Software Engineer, HR Manager, "
    "Business Development Manager, Customer Success Manager, Managing Director, Project Manager, "
    "Accountant"
)
_EN_STREETS = _split(
    "Oak, Maple, Cedar, Elm, Pine, Washington, Lincoln, Park, Lake, Hill, Church, Mill, Main, "
    "Market, Victoria, King, Queen, Station, High, Bridge, Chestnut, Walnut, Madison, Franklin"
)

# --------------------------------------------------------------------------- Italian
IT_MALE_NAMES = _split(
    "Alessandro, Andrea, Antonio, Marco, Matteo, Francesco, Giuseppe, Giovanni, Luca, Lorenzo, "
    "Leonardo, Davide, Gabriele, Riccardo, Stefano, Roberto, Paolo, Massimo, Fabio, Simone, "
    "Federico, Tommaso, Emanuele, Daniele, Alberto, Claudio, Mario, Luigi, Salvatore, Vincenzo, "
    "Pietro, Nicola, Enrico, Filippo, Giorgio, Michele, Sergio, Carlo, Franco, Niccolò, Diego"
)
IT_FEMALE_NAMES = _split(
    "Giulia, Francesca, Sara, Chiara, Martina, Alessia, Valentina, Elisa, Federica, Silvia, "
    "Laura, Anna, Maria, Giorgia, Sofia, Aurora, Alice, Elena, Beatrice, Camilla, Roberta, Paola, "
    "Daniela, Cristina, Monica, Barbara, Simona, Claudia, Ilaria, Serena, Marta, Veronica, "
    "Luisa, Rosa, Antonella, Lucia, Caterina, Benedetta, Greta, Noemi"
)
IT_SURNAMES = _split(
    "Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Bruno, "
    "Gallo, Conti, De Luca, Mancini, Costa, Giordano, Rizzo, Lombardi, Moretti, Barbieri, "
    "Fontana, Santoro, Mariani, Rinaldi, Caruso, Ferrara, Galli, Martini, Leone, Longo, Gentile, "
    "Martinelli, Vitale, Lombardo, Serra, Coppola, De Santis, D'Angelo, Marchetti, Parisi, Villa, "
    "Conte, Ferraro, Fabbri, Bianco, Marini, Grasso, Valentini, Messina, Sala, Gatti, Pellegrini"
)
_IT_CITY_DATA = _cities(
    "Italy",
    "Milano=02, Roma=06, Torino=011, Napoli=081, Firenze=055, Bologna=051, Venezia=041, "
    "Genova=010, Palermo=091, Bari=080, Verona=045, Padova=049, Trieste=040, Brescia=030, "
    "Catania=095",
)
IT_JOB_TITLES = _split(
    "Direttore commerciale, Responsabile acquisti, Amministratore delegato, "
    "Responsabile marketing, Contabile, Ingegnere, Responsabile risorse umane, Direttore tecnico, "
    "Responsabile amministrativo, Consulente commerciale, Project manager, Titolare, "
    "Responsabile logistica, Direttore generale"
)
_IT_STREETS = _split(
    "Roma, Giuseppe Garibaldi, Giuseppe Mazzini, Cavour, Dante Alighieri, Giuseppe Verdi, "
    "Vittorio Emanuele II, XX Settembre, Giacomo Matteotti, Guglielmo Marconi, della Repubblica, "
    "dei Mille, San Francesco, Alessandro Manzoni, Antonio Gramsci, della Libertà, Nazionale, "
    "Indipendenza, Torino, Milano"
)

# --------------------------------------------------------------------------- Russian
RU_MALE_NAMES = _split(
    "Александр, Алексей, Андрей, Антон, Артём, Борис, Вадим, Василий, Виктор, Владимир, "
    "Владислав, Вячеслав, Геннадий, Георгий, Глеб, Григорий, Даниил, Денис, Дмитрий, Евгений, "
    "Егор, Иван, Игорь, Илья, Кирилл, Константин, Леонид, Максим, Михаил, Никита, Николай, "
    "Олег, Павел, Пётр, Роман, Руслан, Сергей, Станислав, Степан, Юрий, Ярослав"
)
RU_FEMALE_NAMES = _split(
    "Александра, Алина, Алёна, Анастасия, Анна, Валентина, Валерия, Вера, Виктория, Галина, "
    "Дарья, Диана, Екатерина, Елена, Елизавета, Жанна, Зоя, Инна, Ирина, Карина, Кристина, "
    "Ксения, Лариса, Любовь, Людмила, Маргарита, Марина, Мария, Надежда, Наталья, Нина, Оксана, "
    "Ольга, Полина, Светлана, София, Татьяна, Ульяна, Юлия, Яна"
)
#: Male (dictionary) forms; :func:`russian_surname` derives the female form.
RU_SURNAMES = _split(
    "Иванов, Смирнов, Кузнецов, Попов, Васильев, Петров, Соколов, Михайлов, Новиков, Фёдоров, "
    "Морозов, Волков, Алексеев, Лебедев, Семёнов, Егоров, Павлов, Козлов, Степанов, Николаев, "
    "Орлов, Андреев, Макаров, Никитин, Захаров, Зайцев, Соловьёв, Борисов, Яковлев, Григорьев, "
    "Романов, Воробьёв, Сергеев, Кузьмин, Фролов, Александров, Дмитриев, Королёв, Гусев, "
    "Киселёв, Ильин, Максимов, Поляков, Сорокин, Виноградов, Белов, Медведев, Тарасов, "
    "Островский, Вишневский, Шевченко, Бондаренко, Толстой"
)
_RU_CITY_DATA = _cities(
    "Russia",
    "Москва=495, Санкт-Петербург=812, Новосибирск=383, Екатеринбург=343, Казань=843, "
    "Нижний Новгород=831, Самара=846, Челябинск=351, Ростов-на-Дону=863, Уфа=347, "
    "Красноярск=391, Пермь=342, Воронеж=473, Волгоград=844, Краснодар=861",
)
RU_JOB_TITLES = _split(
    "Генеральный директор, Главный бухгалтер, Менеджер по продажам, Коммерческий директор, "
    "Руководитель отдела закупок, Инженер, Юрист, Начальник отдела маркетинга, "
    "Менеджер проектов, Специалист по кадрам, Технический директор, Финансовый директор, "
    "Офис-менеджер, Ведущий специалист"
)
_RU_STREETS = _split(
    "ул. Ленина, ул. Гагарина, ул. Пушкина, ул. Мира, ул. Советская, ул. Садовая, ул. Лесная, "
    "ул. Центральная, ул. Молодёжная, ул. Кирова, ул. Чехова, ул. Горького, ул. Льва Толстого, "
    "пр-т Мира, Ленинский пр-т, пр-т Победы, пер. Строителей, наб. Космонавтов, "
    "ш. Энтузиастов, б-р Гагарина, ул. Октябрьская, ул. Заводская, ул. Набережная"
)

# --------------------------------------------------------------------------- Persian
_FA_MALE = _pairs(
    "محمد=mohammad, علی=ali, حسین=hossein, رضا=reza, مهدی=mahdi, امیر=amir, حسن=hassan, "
    "مصطفی=mostafa, سعید=saeed, مجید=majid, احمد=ahmad, محسن=mohsen, حمید=hamid, جواد=javad, "
    "ابوالفضل=abolfazl, امیرحسین=amirhossein, محمدرضا=mohammadreza, علیرضا=alireza, "
    "بهروز=behrouz, کامران=kamran, فرهاد=farhad, بابک=babak, داریوش=dariush, کوروش=kourosh, "
    "آرش=arash, سینا=sina, پویا=pouya, میلاد=milad, نیما=nima, بهنام=behnam, سامان=saman, "
    "پیمان=peyman, رامین=ramin, شهرام=shahram, مازیار=maziar, کیوان=keyvan, هومن=hooman, "
    "ایمان=iman, یاسر=yaser, وحید=vahid, ناصر=naser"
)
_FA_FEMALE = _pairs(
    "زهرا=zahra, فاطمه=fatemeh, مریم=maryam, معصومه=masoumeh, سارا=sara, نرگس=narges, "
    "لیلا=leila, الهام=elham, مینا=mina, شیرین=shirin, نازنین=nazanin, پریسا=parisa, "
    "سمیرا=samira, نسرین=nasrin, مهسا=mahsa, آزاده=azadeh, فرشته=fereshteh, ژیلا=zhila, "
    "شهلا=shahla, طاهره=tahereh, سمانه=samaneh, عاطفه=atefeh, نگار=negar, یاسمن=yasaman, "
    "هانیه=hanieh, کیمیا=kimia, ساناز=sanaz, مهناز=mahnaz, پروین=parvin, رویا=roya, "
    "بهاره=bahareh, ستاره=setareh, آناهیتا=anahita, گلناز=golnaz, مهتاب=mahtab, "
    "نیلوفر=niloufar, فریبا=fariba, اعظم=azam, هستی=hasti, ترانه=taraneh"
)
_FA_SURNAMES = _pairs(
    "رضایی=rezaei, احمدی=ahmadi, محمدی=mohammadi, حسینی=hosseini, کریمی=karimi, "
    "موسوی=mousavi, جعفری=jafari, رحیمی=rahimi, صادقی=sadeghi, حیدری=heidari, قاسمی=ghasemi, "
    "کاظمی=kazemi, نوری=nouri, عباسی=abbasi, صالحی=salehi, اکبری=akbari, طاهری=taheri, "
    "هاشمی=hashemi, سلیمانی=soleimani, زارعی=zarei, مرادی=moradi, شریفی=sharifi, نجفی=najafi, "
    "امینی=amini, قربانی=ghorbani, یوسفی=yousefi, باقری=bagheri, فرهادی=farhadi, "
    "بهرامی=bahrami, عزیزی=azizi, نظری=nazari, ملکی=maleki, کیانی=kiani, تهرانی=tehrani, "
    "اصفهانی=esfahani, شیرازی=shirazi, تبریزی=tabrizi, فراهانی=farahani, رستمی=rostami, "
    "سعیدی=saeedi, جلالی=jalali, خسروی=khosravi, پورمحمدی=pourmohammadi, مختاری=mokhtari, "
    "یزدانی=yazdani, افشار=afshar, نیکپور=nikpour, کرمانی=kermani, منصوری=mansouri, فتحی=fathi"
)
FA_MALE_NAMES = tuple(native for native, _ in _FA_MALE)
FA_FEMALE_NAMES = tuple(native for native, _ in _FA_FEMALE)
FA_SURNAMES = tuple(native for native, _ in _FA_SURNAMES)
_FA_CITY_DATA = _cities(
    "Iran",
    "تهران=21, مشهد=51, اصفهان=31, کرج=26, شیراز=71, تبریز=41, قم=25, اهواز=61, کرمانشاه=83, "
    "ارومیه=44, رشت=13, زاهدان=54, کرمان=34, یزد=35, همدان=81",
)
FA_JOB_TITLES = _split(
    "مدیر فروش, مدیرعامل, حسابدار, کارشناس بازاریابی, مدیر مالی, مهندس نرم‌افزار, مدیر تولید, "
    "کارشناس خرید, مدیر منابع انسانی, مشاور حقوقی, مدیر پروژه, مسئول دفتر, کارشناس فروش, مدیر فنی"
)
_FA_STREETS = _split(
    "ولیعصر, آزادی, انقلاب, شریعتی, فردوسی, حافظ, سعدی, بهار, نیاوران, جمهوری, مطهری, "
    "طالقانی, کارگر, پاسداران, میرداماد, آفریقا, کشاورز, فاطمی"
)
_FA_ALLEYS = _split("گلستان, یاس, نسترن, لاله, سرو, بهشت, اقاقیا, نرگس")

# --------------------------------------------------------------------------- Thai
_TH_MALE = _pairs(
    "สมชาย=somchai, สมศักดิ์=somsak, สมพงษ์=somphong, ประเสริฐ=prasert, วิชัย=wichai, "
    "สุรชัย=surachai, อนันต์=anan, ธนากร=thanakorn, ณัฐพล=nattaphon, กิตติ=kitti, "
    "ชัยวัฒน์=chaiwat, บุญมี=boonmee, สุเมธ=sumet, วีระ=weera, อภิชาติ=aphichat, ธีระ=theera, "
    "ศุภชัย=supachai, พงศกร=pongsakorn, ณัฐวุฒิ=nattawut, ปิยะ=piya, เกียรติศักดิ์=kiattisak, "
    "จักรพันธ์=jakkaphan, ธนวัฒน์=thanawat, วรวุฒิ=worawut, สุทธิพงษ์=sutthiphong, "
    "อรรถพล=atthaphon, ภานุวัฒน์=phanuwat, ชาตรี=chatree, ไพโรจน์=pairoj, สมบัติ=sombat, "
    "ทวีศักดิ์=thaweesak, นพดล=noppadol, วิทยา=witthaya, ศักดิ์ชัย=sakchai, อำนาจ=amnat, "
    "เอกชัย=ekkachai, ปกรณ์=pakorn, กฤษดา=kritsada, ธวัชชัย=thawatchai, สุริยา=suriya"
)
_TH_FEMALE = _pairs(
    "สมศรี=somsri, มาลี=malee, สุดา=suda, วันเพ็ญ=wanphen, นภา=napha, ปราณี=pranee, "
    "กาญจนา=kanchana, รัตนา=rattana, สุภาพร=supaporn, จันทร์เพ็ญ=chanpen, พรทิพย์=pornthip, "
    "อรุณี=arunee, วิไลวรรณ=wilaiwan, ศิริพร=siriporn, นงลักษณ์=nonglak, อัญชลี=anchalee, "
    "ดวงใจ=duangjai, เพ็ญศรี=pensri, สุนีย์=sunee, ณัฐธิดา=natthida, ปิยะนุช=piyanuch, "
    "กมลวรรณ=kamonwan, พิมพ์ชนก=pimchanok, ชลธิชา=chonthicha, ธิดารัตน์=thidarat, "
    "อรอุมา=onuma, ศศิธร=sasithorn, นิภา=nipha, จิราพร=jiraporn, เบญจวรรณ=benjawan, "
    "ลำดวน=lamduan, บุษบา=butsaba, ประภาพร=praphaporn, วาสนา=wassana, สุกัญญา=sukanya, "
    "อารีรัตน์=areerat, ทิพวรรณ=thipwan, เยาวลักษณ์=yaowalak, ขวัญใจ=khwanjai, มณีรัตน์=maneerat"
)
_TH_SURNAMES = _pairs(
    "ใจดี=jaidee, ศรีสุข=srisuk, แสงทอง=saengthong, วงศ์สวัสดิ์=wongsawat, สุขสวัสดิ์=suksawat, "
    "รักไทย=rakthai, ทองดี=thongdee, บุญมา=boonma, มีสุข=meesuk, สายทอง=saithong, "
    "ศรีสวัสดิ์=srisawat, พรหมมา=phromma, แก้วมณี=kaewmanee, จันทร์แก้ว=chankaew, "
    "ทองคำ=thongkham, สมบูรณ์=somboon, เจริญสุข=charoensuk, รุ่งเรือง=rungrueang, "
    "ปัญญาดี=panyadee, วงศ์ไทย=wongthai, ชัยมงคล=chaimongkol, นาคสวัสดิ์=naksawat, "
    "พุ่มพวง=phumphuang, อินทร์แก้ว=inkaew, บุญเรือง=boonrueang, สิทธิโชค=sitthichok, "
    "กิตติศักดิ์=kittisak, ศรีประเสริฐ=sriprasert, เพชรรัตน์=petcharat, ทรัพย์มาก=sapmak, "
    "มั่นคง=mankong, ธนสาร=thanasan, วัฒนา=wattana, สุวรรณ=suwan, ประเสริฐศรี=prasertsri, "
    "ชูศรี=choosri, ทองประเสริฐ=thongprasert, แสงอรุณ=saengarun, อ่อนศรี=onsri, "
    "พึ่งบุญ=phuengboon, ศรีวงศ์=sriwong, คงสวัสดิ์=khongsawat, บุญประเสริฐ=boonprasert, "
    "เกิดผล=koetphon, ดีมาก=deemak, สุขเจริญ=sukcharoen, ยิ้มแย้ม=yimyam, หอมจันทร์=homchan, "
    "นิลสุวรรณ=ninsuwan, ศักดิ์สิทธิ์=saksit"
)
TH_MALE_NAMES = tuple(native for native, _ in _TH_MALE)
TH_FEMALE_NAMES = tuple(native for native, _ in _TH_FEMALE)
TH_SURNAMES = tuple(native for native, _ in _TH_SURNAMES)
_TH_CITY_DATA = _cities(
    "Thailand",
    "กรุงเทพมหานคร=2, เชียงใหม่=53, ภูเก็ต=76, ขอนแก่น=43, นครราชสีมา=44, หาดใหญ่=74, "
    "อุดรธานี=42, พัทยา=38, นนทบุรี=2, พระนครศรีอยุธยา=35, สุราษฎร์ธานี=77, เชียงราย=53, "
    "พิษณุโลก=55, อุบลราชธานี=45, นครศรีธรรมราช=75",
)
TH_JOB_TITLES = _split(
    "ผู้จัดการฝ่ายขาย, กรรมการผู้จัดการ, นักบัญชี, ผู้จัดการฝ่ายการตลาด, วิศวกร, "
    "เจ้าหน้าที่จัดซื้อ, ผู้จัดการฝ่ายบุคคล, ที่ปรึกษากฎหมาย, ผู้จัดการโครงการ, เลขานุการ, "
    "ผู้อำนวยการฝ่ายการเงิน, เจ้าของกิจการ, พนักงานขาย"
)
_TH_STREETS = _split(
    "สุขุมวิท, พหลโยธิน, รัชดาภิเษก, สีลม, เพชรบุรี, พระราม 4, ลาดพร้าว, วิภาวดีรังสิต, "
    "นิมมานเหมินท์, ห้วยแก้ว, มิตรภาพ, เจริญกรุง, ราชดำเนิน, ศรีนครินทร์, สาทร, งามวงศ์วาน"
)

EN_CITIES = tuple((c, k) for c, k, _ in _EN_CITY_DATA)
IT_CITIES = tuple((c, k) for c, k, _ in _IT_CITY_DATA)
RU_CITIES = tuple((c, k) for c, k, _ in _RU_CITY_DATA)
FA_CITIES = tuple((c, k) for c, k, _ in _FA_CITY_DATA)
TH_CITIES = tuple((c, k) for c, k, _ in _TH_CITY_DATA)
#: city -> (country, landline area code)
_CITY_INFO: dict[str, tuple[str, str]] = {
    city: (country, area)
    for table in (_EN_CITY_DATA, _IT_CITY_DATA, _RU_CITY_DATA, _FA_CITY_DATA, _TH_CITY_DATA)
    for city, country, area in table
}

# --------------------------------------------------------------------------- language-independent
INDUSTRIES: tuple[str, ...] = _split(
    "Manufacturing, Retail, Wholesale, Construction, Information Technology, Software, "
    "Consulting, Finance, Insurance, Healthcare, Education, Hospitality, Logistics, Real Estate, "
    "Food and Beverage, Agriculture, Energy, Media, Legal Services, Automotive"
)
SOURCES: tuple[str, ...] = (
    "Trade show",
    "Referral",
    "Web form",
    "Webinar",
    "Campaign",
    "Cold call",
    "Social media",
)
COMPANY_ROLES: tuple[str, ...] = (
    "Director",
    "Accountant",
    "Lawyer",
    "Buyer",
    "Engineer",
    "Assistant",
    "Owner",
)
ACTIVITY_KINDS: tuple[str, ...] = ("call", "email", "meeting", "note")
#: Short English templates; ``{contact}`` and ``{company}`` are optional placeholders.
ACTIVITY_SUBJECTS: dict[str, tuple[str, ...]] = {
    "call": _split(
        "Intro call with {contact}, Follow-up call with {contact}, Call {contact} about the "
        "proposal, Pricing discussion with {company}, Check in on delivery status, "
        "Renewal call with {company}, Returned missed call from {contact}, Qualification call"
    ),
    "email": _split(
        "Sent proposal to {contact}, Quote for {company}, Re: contract draft, Meeting recap for "
        "{company}, Sent product brochure, Invoice reminder, Thank you for your time, "
        "Follow-up after the trade show"
    ),
    "meeting": _split(
        "Kick-off meeting with {company}, Product demo for {contact}, Quarterly review with "
        "{company}, Lunch with {contact}, Site visit at {company}, Contract negotiation, "
        "Onboarding session"
    ),
    "note": _split(
        "Prefers email over phone, Budget approved for next quarter, Decision expected next "
        "month, Interested in the premium plan, Asked for references, Key contact on vacation "
        "until next week, A competitor is also in the running"
    ),
}
#: Short free-text notes written in each language (optional flavour for the demo database).
ACTIVITY_NOTES: dict[str, tuple[str, ...]] = {
    "en": ACTIVITY_SUBJECTS["note"],
    "it": _split(
        "Preferisce essere contattato via email, Budget approvato per il prossimo trimestre, "
        "Richiede un preventivo aggiornato, Interessato alla versione premium, "
        "Richiamare dopo le ferie"
    ),
    "ru": _split(
        "Предпочитает общение по почте, Бюджет согласован на следующий квартал, Просит "
        "обновлённое коммерческое предложение, Интересуется расширенной версией, "
        "Перезвонить после отпуска"
    ),
    "fa": _split(
        "ترجیح می‌دهد از طریق ایمیل با او تماس بگیریم, بودجه برای فصل آینده تصویب شد, "
        "درخواست پیش‌فاکتور جدید دارد, به نسخه حرفه‌ای علاقه‌مند است, "
        "بعد از تعطیلات دوباره تماس گرفته شود"
    ),
    "th": _split(
        "สะดวกติดต่อทางอีเมลมากกว่า, อนุมัติงบประมาณสำหรับไตรมาสหน้าแล้ว, ขอใบเสนอราคาฉบับใหม่, "
        "สนใจแพ็กเกจพรีเมียม, โทรกลับหลังวันหยุดยาว"
    ),
}


@dataclass(frozen=True)
class LanguageBank:
    """The name/city/title tables of one language."""

    male: tuple[str, ...]
    female: tuple[str, ...]
    surnames: tuple[str, ...]
    cities: tuple[tuple[str, str], ...]
    job_titles: tuple[str, ...]


BANKS: dict[str, LanguageBank] = {
    "en": LanguageBank(EN_MALE_NAMES, EN_FEMALE_NAMES, EN_SURNAMES, EN_CITIES, EN_JOB_TITLES),
    "it": LanguageBank(IT_MALE_NAMES, IT_FEMALE_NAMES, IT_SURNAMES, IT_CITIES, IT_JOB_TITLES),
    "ru": LanguageBank(RU_MALE_NAMES, RU_FEMALE_NAMES, RU_SURNAMES, RU_CITIES, RU_JOB_TITLES),
    "fa": LanguageBank(FA_MALE_NAMES, FA_FEMALE_NAMES, FA_SURNAMES, FA_CITIES, FA_JOB_TITLES),
    "th": LanguageBank(TH_MALE_NAMES, TH_FEMALE_NAMES, TH_SURNAMES, TH_CITIES, TH_JOB_TITLES),
}


def bank(lang: str) -> LanguageBank:
    """Return the tables of *lang*; raise ``ValueError`` for an unknown language."""
    try:
        return BANKS[lang]
    except KeyError:
        raise ValueError(f"unknown demo language {lang!r}; expected one of {LANGUAGES}") from None
