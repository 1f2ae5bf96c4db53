<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>AddCustomFieldDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/settings/custom_fields.py" line="82"/>
        <source>New custom field</source>
        <translation>فیلد سفارشی جدید</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/custom_fields.py" line="89"/>
        <source>One option per line</source>
        <translation>هر گزینه در یک خط</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/custom_fields.py" line="92"/>
        <source>Label</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/custom_fields.py" line="93"/>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/custom_fields.py" line="94"/>
        <source>Options</source>
        <translation>گزینه‌ها</translation>
    </message>
</context>
<context>
    <name>AddDealContactDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_contacts.py" line="166"/>
        <source>Add a contact to the deal</source>
        <translation>افزودن مخاطب به معامله</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_contacts.py" line="168"/>
        <source>Name, email, phone or company</source>
        <translation>نام، ایمیل، تلفن یا شرکت</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_contacts.py" line="181"/>
        <source>Find</source>
        <translation>جستجو</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../desktop_crm/ui/calendar/agenda.py" line="130"/>
        <source>Birthday</source>
        <translation>تولد</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/agenda.py" line="132"/>
        <source>All day</source>
        <translation>تمام روز</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/agenda.py" line="91"/>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/agenda.py" line="110"/>
        <location filename="../../desktop_crm/ui/calendar/agenda.py" line="192"/>
        <source>overdue</source>
        <translation>سررسید گذشته</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <location filename="../../desktop_crm/ui/calendar/agenda.py" line="225"/>
        <source>Agenda</source>
        <translation>برنامه</translation>
    </message>
</context>
<context>
    <name>AllDayHeader</name>
    <message>
        <location filename="../../desktop_crm/ui/calendar/allday_header.py" line="113"/>
        <location filename="../../desktop_crm/ui/calendar/time_grid.py" line="149"/>
        <source>all day</source>
        <translation>کل روز</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/calendar/allday_header.py" line="153"/>
        <source>+%n more</source>
        <translation>
            <numerusform>%n مورد دیگر</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="68"/>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="68"/>
        <source>Why</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="68"/>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="68"/>
        <source>File</source>
        <translation>پرونده</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../desktop_crm/ui/calendar/page.py" line="102"/>
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/page.py" line="102"/>
        <source>Week</source>
        <translation>هفته</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/page.py" line="102"/>
        <source>Day</source>
        <translation>روز</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/page.py" line="102"/>
        <source>Agenda</source>
        <translation>برنامه</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/page.py" line="113"/>
        <source>Previous (Page Up)</source>
        <translation>قبلی (Page Up)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/page.py" line="114"/>
        <source>Previous</source>
        <translation>قبلی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/page.py" line="115"/>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/page.py" line="116"/>
        <source>Go to today (T)</source>
        <translation>رفتن به امروز (T)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/page.py" line="118"/>
        <source>Next (Page Down)</source>
        <translation>بعدی (Page Down)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/page.py" line="119"/>
        <source>Next</source>
        <translation>بعدی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/page.py" line="131"/>
        <source>Whose tasks</source>
        <translation>کارهای چه کسی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/page.py" line="132"/>
        <source>Assignee</source>
        <translation>مسئول انجام</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/page.py" line="134"/>
        <source>New task</source>
        <translation>کار جدید</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/page.py" line="164"/>
        <source>Everyone</source>
        <translation>همه</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/page.py" line="231"/>
        <location filename="../../desktop_crm/ui/calendar/page.py" line="236"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>CalendarPopup</name>
    <message>
        <location filename="../../desktop_crm/ui/tasks/fields.py" line="76"/>
        <source>Previous month</source>
        <translation>ماه قبل</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/fields.py" line="79"/>
        <source>Next month</source>
        <translation>ماه بعد</translation>
    </message>
</context>
<context>
    <name>CalendarSettings</name>
    <message>
        <location filename="../../desktop_crm/ui/settings/calendar_settings.py" line="66"/>
        <source>Apply</source>
        <translation>اعمال</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/calendar_settings.py" line="67"/>
        <source>Revert</source>
        <translation>بازگردانی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/calendar_settings.py" line="80"/>
        <source>Calendar</source>
        <translation>تقویم</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/calendar_settings.py" line="88"/>
        <source>Locale default ({day})</source>
        <translation>پیش‌فرض منطقه ({day})</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/calendar_settings.py" line="95"/>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/calendar_settings.py" line="100"/>
        <source>Calendar system</source>
        <translation>نوع تقویم</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/calendar_settings.py" line="101"/>
        <source>First day of the week</source>
        <translation>نخستین روز هفته</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/calendar_settings.py" line="102"/>
        <source>Working hours</source>
        <translation>ساعات کاری</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/calendar_settings.py" line="106"/>
        <source>Automatic tasks</source>
        <translation>کارهای خودکار</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/calendar_settings.py" line="111"/>
        <source>Birthday reminders, days ahead</source>
        <translation>یادآوری تولد، چند روز زودتر</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/calendar_settings.py" line="113"/>
        <source>Remind me about customers not contacted for (days)</source>
        <translation>یادآوری مشتریانی که این مدت با آن‌ها تماسی نبوده (روز)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/calendar_settings.py" line="115"/>
        <source>0 turns a rule off. Shared by everyone using this database.</source>
        <translation>مقدار ۰ قانون را غیرفعال می‌کند. این تنظیم برای همه کاربران این پایگاه داده یکسان است.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/calendar_settings.py" line="132"/>
        <source>Off</source>
        <translation>خاموش</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/calendar_settings.py" line="195"/>
        <source>The working day must end after it starts.</source>
        <translation>پایان روز کاری باید بعد از شروع آن باشد.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/calendar_settings.py" line="230"/>
        <source>The preferences could not be saved: {error}</source>
        <translation>تنظیمات ذخیره نشد: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/calendar_settings.py" line="237"/>
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>CardTasksBox</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/task_list.py" line="122"/>
        <source>Plan task</source>
        <translation>برنامه‌ریزی کار</translation>
    </message>
</context>
<context>
    <name>CloseZones</name>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/close_zones.py" line="89"/>
        <source>Drop a card here, or select a deal and click</source>
        <translation>کارتی را اینجا رها کنید، یا معامله‌ای را انتخاب کنید و کلیک کنید</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/close_zones.py" line="104"/>
        <source>Won ({count})</source>
        <translation>موفق ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/close_zones.py" line="105"/>
        <source>Lost ({count})</source>
        <translation>ناموفق ({count})</translation>
    </message>
</context>
<context>
    <name>ColumnHeader</name>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/column_widget.py" line="129"/>
        <source>1 deal</source>
        <translation>۱ معامله</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/pipeline/column_widget.py" line="129"/>
        <source>%Ln deals</source>
        <translation>
            <numerusform>%Ln معامله</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/column_widget.py" line="133"/>
        <source>Total {amount}</source>
        <translation>جمع {amount}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/column_widget.py" line="134"/>
        <source>Weighted {amount}</source>
        <translation>موزون {amount}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/column_widget.py" line="135"/>
        <source>Each deal&apos;s value times its probability, added up</source>
        <translation>مجموع ارزش هر معامله ضرب در احتمال آن</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/column_widget.py" line="141"/>
        <source>No rate for {currencies}: not in the totals</source>
        <translation>نرخی برای {currencies} تعریف نشده: در جمع‌ها لحاظ نشده است</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/column_widget.py" line="144"/>
        <source>Add exchange rates in Settings → Pipelines to include these deals.</source>
        <translation>برای لحاظ کردن این معاملات، نرخ‌های تبدیل را در تنظیمات ← قیف‌های فروش اضافه کنید.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="95"/>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="186"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="98"/>
        <source>First name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="104"/>
        <source>Last name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="108"/>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="109"/>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="203"/>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="112"/>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="118"/>
        <source>Job title</source>
        <translation>سمت</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="124"/>
        <source>Lifecycle stage</source>
        <translation>مرحله چرخه عمر</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="130"/>
        <source>Customer status</source>
        <translation>وضعیت مشتری</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="135"/>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="208"/>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="139"/>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="145"/>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="188"/>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="152"/>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="191"/>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="159"/>
        <source>Last contacted</source>
        <translation>آخرین تماس</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="165"/>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="234"/>
        <source>Created</source>
        <translation>تاریخ ایجاد</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="172"/>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="241"/>
        <source>Updated</source>
        <translation>آخرین به‌روزرسانی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="187"/>
        <source>Industry</source>
        <translation>صنعت</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="197"/>
        <source>Website</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="212"/>
        <source>Employees</source>
        <translation>تعداد کارکنان</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="220"/>
        <source>Annual revenue</source>
        <translation>درآمد سالانه</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="227"/>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
</context>
<context>
    <name>ComingSoonPage</name>
    <message>
        <location filename="../../desktop_crm/ui/shell/placeholder.py" line="26"/>
        <source>Coming soon: this part of desktop_crm is not built yet.</source>
        <translation>به‌زودی: این بخش از desktop_crm هنوز ساخته نشده است.</translation>
    </message>
</context>
<context>
    <name>CompanyEditor</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/choice_editors.py" line="209"/>
        <source>Type a company name</source>
        <translation>نام شرکت را بنویسید</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/choice_editors.py" line="248"/>
        <source>No company is named “{name}”. Pick one from the list.</source>
        <translation>شرکتی با نام «⁨{name}⁩» وجود ندارد. یکی را از فهرست انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/compare_model.py" line="178"/>
        <source>After the merge</source>
        <translation>پس از ادغام</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/compare_model.py" line="251"/>
        <source>Keep</source>
        <translation>نگه‌داشتن</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/compare_model.py" line="264"/>
        <source>Activities</source>
        <translation>فعالیت‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/compare_model.py" line="266"/>
        <source>Open tasks</source>
        <translation>کارهای باز</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/compare_model.py" line="268"/>
        <source>Deals</source>
        <translation>معاملات</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/compare_model.py" line="269"/>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/compare_model.py" line="283"/>
        <source>Keep this one</source>
        <translation>این را نگه دار</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/compare_model.py" line="283"/>
        <source>Merge into it</source>
        <translation>ادغام در آن</translation>
    </message>
</context>
<context>
    <name>CurrencyPanel</name>
    <message>
        <location filename="../../desktop_crm/ui/settings/currencies.py" line="188"/>
        <source>Currencies</source>
        <translation>واحدهای پول</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/currencies.py" line="199"/>
        <source>Rate</source>
        <translation>نرخ تبدیل</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/currencies.py" line="200"/>
        <source>Set rate</source>
        <translation>تعیین نرخ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/currencies.py" line="201"/>
        <source>Remove rate</source>
        <translation>حذف نرخ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/currencies.py" line="204"/>
        <source>Base currency</source>
        <translation>واحد پول پایه</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/currencies.py" line="214"/>
        <source>Lost reasons</source>
        <translation>دلایل ناموفق بودن</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/currencies.py" line="220"/>
        <source>A new reason</source>
        <translation>دلیل جدید</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/currencies.py" line="221"/>
        <source>Add</source>
        <translation>افزودن</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/currencies.py" line="222"/>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>CustomFieldDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/importer/custom_field.py" line="75"/>
        <source>New custom field</source>
        <extracomment>custom field types a column can become here (choices need their options: Settings)</extracomment>
        <translation>فیلد سفارشی جدید</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/custom_field.py" line="78"/>
        <source>Field name</source>
        <translation>نام فیلد</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/custom_field.py" line="80"/>
        <source>Field type</source>
        <translation>نوع فیلد</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/custom_field.py" line="91"/>
        <source>The field is created for every record of this type when the import runs.</source>
        <translation>این فیلد هنگام درون‌ریزی برای همه رکوردهای این نوع ایجاد می‌شود.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/custom_field.py" line="96"/>
        <source>Name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/custom_field.py" line="97"/>
        <source>Type:</source>
        <translation>نوع:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/custom_field.py" line="122"/>
        <source>Give the field a name.</source>
        <translation>برای فیلد نامی تعیین کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/custom_field.py" line="124"/>
        <source>A field with this name exists already.</source>
        <translation>فیلدی با این نام از قبل وجود دارد.</translation>
    </message>
</context>
<context>
    <name>CustomFields</name>
    <message>
        <location filename="../../desktop_crm/ui/settings/custom_fields.py" line="45"/>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/custom_fields.py" line="46"/>
        <source>Companies</source>
        <translation>شرکت‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/custom_fields.py" line="47"/>
        <source>Deals</source>
        <translation>معاملات</translation>
    </message>
</context>
<context>
    <name>CustomFieldsModel</name>
    <message>
        <location filename="../../desktop_crm/ui/settings/custom_fields.py" line="62"/>
        <source>Label</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/custom_fields.py" line="62"/>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/custom_fields.py" line="62"/>
        <source>Options</source>
        <translation>گزینه‌ها</translation>
    </message>
</context>
<context>
    <name>CustomFieldsPanel</name>
    <message>
        <location filename="../../desktop_crm/ui/settings/custom_fields.py" line="160"/>
        <source>Add field…</source>
        <translation>افزودن فیلد…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/custom_fields.py" line="161"/>
        <source>Remove field</source>
        <translation>حذف فیلد</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/custom_fields.py" line="163"/>
        <source>Custom fields of</source>
        <translation>فیلدهای سفارشی برای</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/custom_fields.py" line="172"/>
        <source>Custom fields appear on every card of that type. Removing a field hides it; the values stay and come back with Undo.</source>
        <translation>فیلدهای سفارشی در همه کارت‌های آن نوع نمایش داده می‌شوند. حذف یک فیلد فقط آن را پنهان می‌کند؛ مقدارها باقی می‌مانند و با واگرد برمی‌گردند.</translation>
    </message>
</context>
<context>
    <name>CustomizeTilesDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles_customize.py" line="38"/>
        <source>Customize the dashboard</source>
        <translation>سفارشی‌سازی داشبورد</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles_customize.py" line="39"/>
        <source>Tick the tiles to show; drag them or use the buttons to order.</source>
        <translation>کاشی‌های موردنظر برای نمایش را علامت بزنید؛ برای مرتب کردن، آن‌ها را بکشید یا از دکمه‌ها استفاده کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles_customize.py" line="46"/>
        <source>Move up</source>
        <translation>انتقال به بالا</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles_customize.py" line="47"/>
        <source>Move down</source>
        <translation>انتقال به پایین</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles_customize.py" line="48"/>
        <source>Reset</source>
        <translation>بازنشانی</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="39"/>
        <source>The database file is damaged</source>
        <translation>پرونده پایگاه داده آسیب دیده است</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="43"/>
        <source>desktop_crm cannot safely open {path}: the file is damaged ({problem}).
Nothing was changed. Choose a backup to restore; the damaged file is kept beside it with the ending .damaged.</source>
        <translation>desktop_crm نمی‌تواند ⁦{path}⁩ را با اطمینان باز کند: پرونده آسیب دیده است ({problem}).
هیچ تغییری اعمال نشد. یک نسخه پشتیبان را برای بازیابی انتخاب کنید؛ پرونده آسیب‌دیده با پسوند ‎.damaged‏ کنار آن نگه داشته می‌شود.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="56"/>
        <source>{when} — {size} ({reason})</source>
        <translation>{when} — {size} ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="65"/>
        <source>There are no backups of this database.</source>
        <translation>هیچ نسخه پشتیبانی از این پایگاه داده وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="69"/>
        <source>Restore selected backup</source>
        <translation>بازیابی نسخه پشتیبان انتخاب‌شده</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="72"/>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_charts.py" line="42"/>
        <source>Weighted forecast by month</source>
        <extracomment>the charts under the tiles, in order</extracomment>
        <translation>پیش‌بینی موزون به تفکیک ماه</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_charts.py" line="43"/>
        <source>Deals won per month</source>
        <translation>معاملات موفق در هر ماه</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_charts.py" line="133"/>
        <source>Loading charts…</source>
        <translation>در حال بارگذاری نمودارها…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_charts.py" line="164"/>
        <source>No charts to show.</source>
        <translation>نموداری برای نمایش وجود ندارد.</translation>
    </message>
</context>
<context>
    <name>DashboardDrill</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="41"/>
        <source>Deal</source>
        <extracomment>record type -&gt; column titles</extracomment>
        <translation>معامله</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="42"/>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="50"/>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="43"/>
        <source>Value</source>
        <translation>ارزش</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="44"/>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="45"/>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="52"/>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="46"/>
        <source>Expected close</source>
        <translation>تاریخ بستن پیش‌بینی‌شده</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="49"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="51"/>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="53"/>
        <source>Created</source>
        <translation>تاریخ ایجاد</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="56"/>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="57"/>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="58"/>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="59"/>
        <source>By</source>
        <translation>توسط</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="63"/>
        <source>Task</source>
        <translation>کار</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="64"/>
        <source>Due</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="65"/>
        <source>Priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="66"/>
        <source>Assigned to</source>
        <translation>مسئول انجام</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="60"/>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="67"/>
        <source>Linked to</source>
        <translation>مرتبط با</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="73"/>
        <source>Record</source>
        <translation>رکورد</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard.py" line="114"/>
        <source>Weekly digest…</source>
        <translation>خلاصه هفتگی…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard.py" line="115"/>
        <source>Goals…</source>
        <translation>اهداف…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard.py" line="116"/>
        <source>Customize…</source>
        <translation>سفارشی‌سازی…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard.py" line="118"/>
        <source>Show:</source>
        <translation>نمایش:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard.py" line="158"/>
        <source>This week&apos;s digest is ready.</source>
        <translation>خلاصه این هفته آماده است.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard.py" line="159"/>
        <source>Open the digest</source>
        <translation>باز کردن خلاصه</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard.py" line="162"/>
        <source>Hide</source>
        <translation>پنهان کردن</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard.py" line="194"/>
        <source>Team</source>
        <translation>تیم</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard.py" line="195"/>
        <source>Me</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard.py" line="319"/>
        <source>The charts could not be drawn: {error}</source>
        <translation>نمودارها رسم نشدند: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard.py" line="323"/>
        <source>The dashboard could not be computed: {error}</source>
        <translation>داشبورد محاسبه نشد: {error}</translation>
    </message>
</context>
<context>
    <name>DashboardTiles</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="37"/>
        <source>Open pipeline</source>
        <extracomment>tile key -&gt; title (the tiles the dashboard knows, in their default order)</extracomment>
        <translation>فرصت‌های باز</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="38"/>
        <source>Weighted forecast</source>
        <translation>پیش‌بینی موزون</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="39"/>
        <source>Won this month</source>
        <translation>موفق در این ماه</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="40"/>
        <source>New leads this month</source>
        <translation>سرنخ‌های جدید این ماه</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="41"/>
        <source>Overdue tasks</source>
        <translation>کارهای عقب‌افتاده</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="42"/>
        <source>Activities this week</source>
        <translation>فعالیت‌های این هفته</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="43"/>
        <source>Stale deals</source>
        <translation>معاملات راکد</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="49"/>
        <source>The value of every open deal, in the base currency.</source>
        <extracomment>what each tile means (its tooltip)</extracomment>
        <translation>ارزش همه معاملات باز، به واحد پول پایه.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="52"/>
        <source>Open deals&apos; value times their probability, in the base currency.</source>
        <translation>ارزش معاملات باز ضرب در احتمال آن‌ها، به واحد پول پایه.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="55"/>
        <source>Deals won since the first day of this month, against the goal.</source>
        <translation>معاملات موفق از نخستین روز این ماه، در مقایسه با هدف.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="58"/>
        <source>Contacts created since the first day of this month, against the goal.</source>
        <translation>مخاطبانی که از نخستین روز این ماه ایجاد شده‌اند، در مقایسه با هدف.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="61"/>
        <source>Open tasks whose due time has passed.</source>
        <translation>کارهای باز که زمان سررسیدشان گذشته است.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="62"/>
        <source>Calls, emails, meetings and other activities logged this week.</source>
        <translation>تماس‌ها، ایمیل‌ها، جلسه‌ها و دیگر فعالیت‌های ثبت‌شده در این هفته.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="65"/>
        <source>Open deals that stayed in their stage longer than the stage allows.</source>
        <translation>معاملات بازی که بیش از مدت مجاز مرحله در آن مانده‌اند.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="87"/>
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln روز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="90"/>
        <source>%Ln deals without a value</source>
        <translation>
            <numerusform>%Ln معامله بدون مبلغ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="93"/>
        <source>%Ln deals without a close date</source>
        <translation>
            <numerusform>%Ln معامله بدون تاریخ بسته شدن</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="134"/>
        <source>No exchange rate for {currencies}: those deals are left out.</source>
        <translation>نرخ تبدیلی برای {currencies} وجود ندارد: آن معاملات لحاظ نشده‌اند.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="140"/>
        <source>1 deal without a value</source>
        <translation>۱ معامله بدون مبلغ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="144"/>
        <source>1 deal without a close date</source>
        <translation>۱ معامله بدون تاریخ بسته شدن</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="147"/>
        <source>Includes deals of deleted salespeople: {names}</source>
        <translation>شامل معاملات فروشندگان حذف‌شده: {names}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="151"/>
        <source>No data yet</source>
        <translation>هنوز داده‌ای نیست</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="153"/>
        <source>The date range is empty</source>
        <translation>بازه تاریخ خالی است</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="121"/>
        <source>Database file</source>
        <translation>پرونده پایگاه داده</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="128"/>
        <source>Backups</source>
        <translation>نسخه‌های پشتیبان</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="136"/>
        <source>Back up now</source>
        <translation>پشتیبان‌گیری هم‌اکنون</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="166"/>
        <source>Backing up…</source>
        <translation>در حال پشتیبان‌گیری…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="171"/>
        <source>Backup saved: {path}</source>
        <translation>نسخه پشتیبان ذخیره شد: ⁦{path}⁩</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../desktop_crm/ui/tasks/fields.py" line="142"/>
        <source>Pick a date</source>
        <translation>انتخاب تاریخ</translation>
    </message>
</context>
<context>
    <name>DateFieldEditor</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/editors.py" line="202"/>
        <source>Pick a date</source>
        <translation>انتخاب تاریخ</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../desktop_crm/ui/dates.py" line="32"/>
        <source>Gregorian</source>
        <translation>میلادی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dates.py" line="33"/>
        <source>Persian (Jalali)</source>
        <translation>هجری شمسی (جلالی)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dates.py" line="34"/>
        <source>Islamic civil</source>
        <translation>هجری قمری (مدنی)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dates.py" line="35"/>
        <source>Thai Buddhist era</source>
        <translation>بودایی تایلندی</translation>
    </message>
</context>
<context>
    <name>DealCardDelegate</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/pipeline/card_delegate.py" line="50"/>
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln روز</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/card_delegate.py" line="55"/>
        <source>1 day</source>
        <translation>۱ روز</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/card_delegate.py" line="63"/>
        <source>Next: {task}</source>
        <translation>بعدی: {task}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/card_delegate.py" line="66"/>
        <source>Next: {task} · {due}</source>
        <translation>بعدی: {task} · {due}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/card_delegate.py" line="61"/>
        <source>No task planned</source>
        <translation>کاری برنامه‌ریزی نشده</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/card_delegate.py" line="192"/>
        <source>stale</source>
        <translation>راکد</translation>
    </message>
</context>
<context>
    <name>DealCardWidget</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_card.py" line="73"/>
        <source>(no title)</source>
        <translation>(بدون عنوان)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_card.py" line="114"/>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_card.py" line="115"/>
        <source>Products and services</source>
        <translation>محصولات و خدمات</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_card.py" line="116"/>
        <source>Tasks</source>
        <translation>کارها</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_card.py" line="117"/>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_card.py" line="118"/>
        <source>Stage history</source>
        <translation>تاریخچه مراحل</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_card.py" line="133"/>
        <source>Timeline</source>
        <translation>خط زمانی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_card.py" line="192"/>
        <source>(unknown)</source>
        <translation>(نامشخص)</translation>
    </message>
</context>
<context>
    <name>DealContacts</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_contacts.py" line="54"/>
        <source>Decision maker</source>
        <translation>تصمیم‌گیرنده</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_contacts.py" line="55"/>
        <source>Champion</source>
        <translation>حامی داخلی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_contacts.py" line="56"/>
        <source>Influencer</source>
        <translation>تأثیرگذار</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_contacts.py" line="57"/>
        <source>Economic buyer</source>
        <translation>صاحب بودجه</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_contacts.py" line="58"/>
        <source>Technical buyer</source>
        <translation>ارزیاب فنی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_contacts.py" line="59"/>
        <source>User</source>
        <translation>کاربر نهایی</translation>
    </message>
</context>
<context>
    <name>DealContactsPanel</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_contacts.py" line="265"/>
        <source>Add contact…</source>
        <translation>افزودن مخاطب…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_contacts.py" line="266"/>
        <source>Remove contact</source>
        <translation>حذف مخاطب</translation>
    </message>
</context>
<context>
    <name>DealFields</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_fields.py" line="59"/>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_fields.py" line="70"/>
        <source>Custom fields</source>
        <translation>فیلدهای سفارشی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_fields.py" line="72"/>
        <source>No custom fields yet. Add them in Settings.</source>
        <translation>هنوز فیلد سفارشی‌ای وجود ندارد. آن را در تنظیمات اضافه کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_fields.py" line="146"/>
        <source>The sum of the line items</source>
        <translation>جمع اقلام</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_fields.py" line="149"/>
        <source>{percent} (the stage&apos;s default)</source>
        <translation>{percent} (پیش‌فرض مرحله)</translation>
    </message>
</context>
<context>
    <name>DealHeader</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_header.py" line="75"/>
        <source>Won</source>
        <translation>موفق</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_header.py" line="77"/>
        <source>Lost…</source>
        <translation>ناموفق…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_header.py" line="79"/>
        <source>Reopen</source>
        <translation>بازگشایی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_header.py" line="90"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_header.py" line="101"/>
        <source>Restore</source>
        <translation>بازیابی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_header.py" line="123"/>
        <source>(unknown)</source>
        <translation>(نامشخص)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_header.py" line="129"/>
        <source>Owner: {name}</source>
        <translation>مسئول: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_header.py" line="132"/>
        <source>Expected close: {when}</source>
        <translation>بستن پیش‌بینی‌شده: {when}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_header.py" line="133"/>
        <source>Created: {when}</source>
        <translation>تاریخ ایجاد: {when}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_header.py" line="142"/>
        <source>Won on {when}</source>
        <translation>موفق در {when}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_header.py" line="146"/>
        <source>Lost on {when}, reason: {reason}</source>
        <translation>ناموفق در {when}، دلیل: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_header.py" line="168"/>
        <source>This deal was deleted on {when}. Restore it to change it.</source>
        <translation>این معامله در تاریخ {when} حذف شده است. برای ویرایش، ابتدا آن را بازیابی کنید.</translation>
    </message>
</context>
<context>
    <name>DealItemsModel</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_items.py" line="103"/>
        <source>Line total</source>
        <translation>جمع ردیف</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_items.py" line="105"/>
        <source>Product or service</source>
        <translation>محصول یا خدمت</translation>
    </message>
</context>
<context>
    <name>DealItemsPanel</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_items.py" line="178"/>
        <source>Product or service</source>
        <translation>محصول یا خدمت</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_items.py" line="186"/>
        <source>Add item</source>
        <translation>افزودن قلم</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_items.py" line="187"/>
        <source>Remove item</source>
        <translation>حذف قلم</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_items.py" line="218"/>
        <source>Total: {amount}</source>
        <translation>جمع کل: {amount}</translation>
    </message>
</context>
<context>
    <name>DealPicker</name>
    <message>
        <location filename="../../desktop_crm/ui/tasks/link_picker.py" line="148"/>
        <source>(no deal)</source>
        <translation>(بدون معامله)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/link_picker.py" line="150"/>
        <source>(no title)</source>
        <translation>(بدون عنوان)</translation>
    </message>
</context>
<context>
    <name>Deals</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="25"/>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="26"/>
        <source>Value</source>
        <translation>ارزش</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="27"/>
        <source>Currency</source>
        <translation>واحد پول</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="28"/>
        <source>Probability (%)</source>
        <translation>احتمال (٪)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="29"/>
        <source>Expected close</source>
        <translation>تاریخ بستن پیش‌بینی‌شده</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="30"/>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="31"/>
        <source>Pipeline</source>
        <translation>قیف فروش</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="32"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="33"/>
        <source>Lost reason</source>
        <translation>دلیل ناموفق بودن</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="34"/>
        <source>Closed</source>
        <translation>تاریخ بستن</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="35"/>
        <source>Quantity</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="36"/>
        <source>Unit price</source>
        <translation>قیمت واحد</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="37"/>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="38"/>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="39"/>
        <source>Rate</source>
        <translation>نرخ تبدیل</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="40"/>
        <source>Rotting after (days)</source>
        <translation>راکد پس از (روز)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="44"/>
        <source>The stage “{stage}” needs these fields first: {missing}.</source>
        <translation>مرحله «{stage}» ابتدا به این فیلدها نیاز دارد: {missing}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="47"/>
        <source>That stage belongs to another pipeline; nothing was changed.</source>
        <translation>آن مرحله به قیف فروش دیگری تعلق دارد؛ هیچ تغییری اعمال نشد.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="50"/>
        <source>Won and Lost are not ordinary stages: close a deal with the Won and Lost buttons, and keep those two stages in every pipeline.</source>
        <translation>«موفق» و «ناموفق» مرحله‌های عادی نیستند: معامله را با دکمه‌های «موفق» و «ناموفق» ببندید و این دو مرحله را در هر قیف فروش نگه دارید.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="55"/>
        <source>{field}: “{value}” is not a currency code (three letters, e.g. EUR).</source>
        <translation>{field}: «⁨{value}⁩» کد واحد پول نیست (سه حرف، مثلاً EUR).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="58"/>
        <source>{field}: a percentage from 0 to 100 is expected.</source>
        <translation>{field}: درصدی بین ۰ تا ۱۰۰ لازم است.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="59"/>
        <source>Deals are in it ({count}): choose the stage they move to first.</source>
        <translation>معاملاتی در آن هست ({count})؛ ابتدا مرحله‌ای را که به آن منتقل می‌شوند انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="62"/>
        <source>Choose a stage of another pipeline for the deals of the one deleted.</source>
        <translation>برای معاملات قیف حذف‌شده، مرحله‌ای از قیف دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="65"/>
        <source>The last pipeline cannot be deleted.</source>
        <translation>آخرین قیف فروش را نمی‌توان حذف کرد.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="66"/>
        <source>A pipeline keeps at least one open stage.</source>
        <translation>هر قیف فروش باید دست‌کم یک مرحله باز داشته باشد.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="67"/>
        <source>The value is the sum of the line items: change the items instead.</source>
        <translation>ارزش، جمع اقلام است؛ به‌جای آن اقلام را تغییر دهید.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="70"/>
        <source>The deal is closed: reopen it first.</source>
        <translation>معامله بسته شده است؛ ابتدا آن را بازگشایی کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="71"/>
        <source>The stages changed meanwhile; the latest order is shown. Try again.</source>
        <translation>مراحل در این فاصله تغییر کرده‌اند؛ آخرین ترتیب نمایش داده می‌شود. دوباره تلاش کنید.</translation>
    </message>
</context>
<context>
    <name>DealsTable</name>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/deals_table.py" line="39"/>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/deals_table.py" line="40"/>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/deals_table.py" line="41"/>
        <source>Value</source>
        <translation>ارزش</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/deals_table.py" line="42"/>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/deals_table.py" line="43"/>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/deals_table.py" line="44"/>
        <source>Probability</source>
        <translation>احتمال</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/deals_table.py" line="45"/>
        <source>In stage</source>
        <translation>مدت در مرحله</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/deals_table.py" line="46"/>
        <source>Next task</source>
        <translation>کار بعدی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/deals_table.py" line="47"/>
        <source>Expected close</source>
        <translation>تاریخ بستن پیش‌بینی‌شده</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/deals_table.py" line="136"/>
        <source>{days} (stale)</source>
        <translation>{days} (راکد)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/deals_table.py" line="130"/>
        <source>{percent} %</source>
        <translation>{percent}٪</translation>
    </message>
</context>
<context>
    <name>DeletedDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/deleted_dialog.py" line="67"/>
        <source>Recently deleted</source>
        <translation>حذف‌شده‌های اخیر</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deleted_dialog.py" line="77"/>
        <source>Nothing was deleted recently.</source>
        <translation>اخیراً چیزی حذف نشده است.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deleted_dialog.py" line="80"/>
        <source>Restore</source>
        <translation>بازیابی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deleted_dialog.py" line="81"/>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deleted_dialog.py" line="86"/>
        <source>Deleted contacts and companies can be restored.</source>
        <translation>مخاطبان و شرکت‌های حذف‌شده را می‌توان بازیابی کرد.</translation>
    </message>
</context>
<context>
    <name>DeletedModel</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/deleted_dialog.py" line="45"/>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deleted_dialog.py" line="45"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deleted_dialog.py" line="45"/>
        <source>Deleted</source>
        <translation>زمان حذف</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deleted_dialog.py" line="52"/>
        <source>(no name)</source>
        <translation>(بدون نام)</translation>
    </message>
</context>
<context>
    <name>DelimiterCombo</name>
    <message>
        <location filename="../../desktop_crm/ui/exporting/delimiter.py" line="49"/>
        <source>Comma (,)</source>
        <translation>ویرگول (,)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/delimiter.py" line="50"/>
        <source>Semicolon (;)</source>
        <translation>نقطه‌ویرگول (;)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/delimiter.py" line="51"/>
        <source>Tab</source>
        <translation>تب</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/delimiter.py" line="52"/>
        <source>Separator</source>
        <translation>جداکننده</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/delimiter.py" line="55"/>
        <source>Excel splits a CSV file on a semicolon where numbers have a decimal comma (Italian, Russian…), on a comma elsewhere.</source>
        <translation>اکسل در زبان‌هایی که ممیز اعشار آن‌ها ویرگول است (ایتالیایی، روسی…) فایل CSV را با نقطه‌ویرگول جدا می‌کند و در بقیه با ویرگول.</translation>
    </message>
</context>
<context>
    <name>DemoPrompt</name>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="86"/>
        <source>Welcome to desktop_crm</source>
        <translation>به desktop_crm خوش آمدید</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="87"/>
        <source>Your database is empty.</source>
        <translation>پایگاه داده شما خالی است.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="89"/>
        <source>Load a demo data set (300 contacts and 60 companies in English, Italian, Russian, Persian and Thai) to explore the app? You can undo it with Ctrl+Z.</source>
        <translation>مجموعه‌ای از داده‌های نمونه (۳۰۰ مخاطب و ۶۰ شرکت به زبان‌های انگلیسی، ایتالیایی، روسی، فارسی و تایلندی) برای آشنایی با برنامه بارگذاری شود؟ می‌توانید با Ctrl+Z آن را واگرد کنید.</translation>
    </message>
</context>
<context>
    <name>Digest</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="35"/>
        <source>Calls</source>
        <extracomment>activity kind -&gt; what a count of them is called</extracomment>
        <translation>تماس‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="36"/>
        <source>Emails</source>
        <translation>ایمیل‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="37"/>
        <source>Meetings</source>
        <translation>جلسه‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="38"/>
        <source>Demos</source>
        <translation>دموها</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="39"/>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="40"/>
        <source>Messages</source>
        <translation>پیام‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="126"/>
        <source>Activities</source>
        <translation>فعالیت‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="136"/>
        <source>Deals in {currencies} are not in the amounts: there is no exchange rate.</source>
        <translation>معاملات به {currencies} در مبالغ لحاظ نشده‌اند: نرخ تبدیلی وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="123"/>
        <source>Deals won</source>
        <translation>معاملات موفق</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="130"/>
        <source>Goals</source>
        <translation>اهداف</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="118"/>
        <source>New deals</source>
        <translation>معاملات جدید</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="121"/>
        <source>New leads</source>
        <translation>سرنخ‌های جدید</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="162"/>
        <source>Nothing was recorded this week.</source>
        <translation>در این هفته چیزی ثبت نشده است.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="67"/>
        <source>Team</source>
        <translation>تیم</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="69"/>
        <source>Unassigned</source>
        <translation>بدون مسئول</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="157"/>
        <source>Weekly digest</source>
        <translation>خلاصه هفتگی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="93"/>
        <source>{metric} ({period}): {actual} of {target}, {percent}</source>
        <translation>{metric} ({period}): {actual} از {target}، {percent}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="72"/>
        <source>{name} (deleted)</source>
        <translation>{name} (حذف‌شده)</translation>
    </message>
</context>
<context>
    <name>DigestDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest.py" line="57"/>
        <source>Weekly digest</source>
        <translation>خلاصه هفتگی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest.py" line="58"/>
        <source>Previous week</source>
        <translation>هفته قبل</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest.py" line="59"/>
        <source>Next week</source>
        <translation>هفته بعد</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest.py" line="74"/>
        <source>Export…</source>
        <translation>برون‌بری…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest.py" line="75"/>
        <source>Print…</source>
        <translation>چاپ…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest.py" line="76"/>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest.py" line="132"/>
        <source>Export the digest</source>
        <translation>برون‌بری خلاصه</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest.py" line="134"/>
        <source>PDF document (*.pdf);;Web page (*.html)</source>
        <translation>سند PDF (*.pdf);;صفحه وب (*.html)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest.py" line="150"/>
        <source>The file could not be written: {error}</source>
        <translation>پرونده نوشته نشد: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest.py" line="154"/>
        <source>Saved to {path}</source>
        <translation>در ⁦{path}⁩ ذخیره شد</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest.py" line="165"/>
        <source>nothing was written</source>
        <translation>چیزی نوشته نشد</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_drill.py" line="132"/>
        <source>1 record</source>
        <translation>۱ رکورد</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/reports/dashboard_drill.py" line="132"/>
        <source>%Ln records</source>
        <translation>
            <numerusform>%Ln رکورد</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_drill.py" line="147"/>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
</context>
<context>
    <name>DuplicateGroups</name>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/groups_model.py" line="29"/>
        <source>Same email</source>
        <translation>ایمیل یکسان</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/groups_model.py" line="30"/>
        <source>Same website</source>
        <translation>وب‌سایت یکسان</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/groups_model.py" line="31"/>
        <source>Same phone</source>
        <translation>تلفن یکسان</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/groups_model.py" line="32"/>
        <source>Similar name</source>
        <translation>نام مشابه</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/dialog.py" line="24"/>
        <source>Duplicate companies</source>
        <translation>شرکت‌های تکراری</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/dialog.py" line="26"/>
        <source>Duplicate contacts</source>
        <translation>مخاطبان تکراری</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="82"/>
        <source>%</source>
        <translation>٪</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="84"/>
        <source>How alike two names must be to be shown as likely duplicates.</source>
        <translation>میزان شباهت لازم میان دو نام تا به‌عنوان موارد احتمالاً تکراری نمایش داده شوند.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="86"/>
        <source>Names alike from:</source>
        <translation>شباهت نام از:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="90"/>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="101"/>
        <source>Undo</source>
        <translation>واگرد</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="107"/>
        <source>Likely duplicates</source>
        <translation>موارد احتمالاً تکراری</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="113"/>
        <source>Records side by side</source>
        <translation>مقایسه رکوردها</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="115"/>
        <source>Merge</source>
        <translation>ادغام</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="117"/>
        <source>Keep the chosen record with the ticked values; the others are merged into it.</source>
        <translation>رکورد انتخاب‌شده با مقادیر علامت‌خورده نگه داشته می‌شود و بقیه در آن ادغام می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="119"/>
        <source>Not duplicates</source>
        <translation>تکراری نیستند</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="120"/>
        <source>Never show these records as duplicates again.</source>
        <translation>این رکوردها دیگر هرگز به‌عنوان تکراری نمایش داده نشوند.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="122"/>
        <source>Tick the record to keep and, where values differ, the value to keep.</source>
        <translation>رکوردی را که باید بماند علامت بزنید و هر جا مقادیر متفاوت‌اند، مقداری را که باید بماند.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="145"/>
        <source>Search to list the records that are likely the same.</source>
        <translation>برای فهرست کردن رکوردهایی که احتمالاً یکسان‌اند، جستجو کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="158"/>
        <source>Find duplicate companies</source>
        <translation>یافتن شرکت‌های تکراری</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="159"/>
        <source>Find duplicate contacts</source>
        <translation>یافتن مخاطبان تکراری</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="185"/>
        <source>Searching…</source>
        <translation>در حال جستجو…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="192"/>
        <source>Cancelling…</source>
        <translation>در حال لغو…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="231"/>
        <source>No likely duplicates found.</source>
        <translation>هیچ مورد احتمالاً تکراری پیدا نشد.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="233"/>
        <source>1 group of likely duplicates.</source>
        <translation>۱ گروه از موارد احتمالاً تکراری.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="234"/>
        <source>%Ln groups of likely duplicates.</source>
        <translation>
            <numerusform>%Ln گروه از موارد احتمالاً تکراری.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="324"/>
        <source>Merged %Ln companies into one.</source>
        <translation>
            <numerusform>%Ln شرکت در یک شرکت ادغام شدند.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="325"/>
        <source>Merged %Ln contacts into one.</source>
        <translation>
            <numerusform>%Ln مخاطب در یک مخاطب ادغام شدند.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="239"/>
        <source>Search cancelled.</source>
        <translation>جستجو لغو شد.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="318"/>
        <source>Marked as not duplicates.</source>
        <translation>به‌عنوان غیرتکراری علامت خوردند.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="366"/>
        <source>Undone.</source>
        <translation>واگرد شد.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="376"/>
        <source>Records changed since the search; search again to refresh the list.</source>
        <translation>رکوردها پس از جستجو تغییر کرده‌اند؛ برای به‌روزرسانی فهرست دوباره جستجو کنید.</translation>
    </message>
</context>
<context>
    <name>ErrorsModel</name>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="133"/>
        <source>Row</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="133"/>
        <source>Column</source>
        <translation>ستون</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="133"/>
        <source>Value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="133"/>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="140"/>
        <source>(whole row)</source>
        <translation>(کل ردیف)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="63"/>
        <source>ID</source>
        <extracomment>headers of export columns that are not field labels (``labels.FIELD_LABELS``)</extracomment>
        <translation>شناسه</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="64"/>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="65"/>
        <source>Value</source>
        <translation>ارزش</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="66"/>
        <source>Pipeline</source>
        <translation>قیف فروش</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="67"/>
        <source>Probability</source>
        <translation>احتمال</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="68"/>
        <source>Expected close</source>
        <translation>تاریخ بستن پیش‌بینی‌شده</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="69"/>
        <source>Days in stage</source>
        <translation>روزها در مرحله</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="70"/>
        <source>Closed</source>
        <translation>تاریخ بستن</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="164"/>
        <source>CSV text (UTF-8)</source>
        <extracomment>the file dialog: (parent, caption, suggested path, filter) -&gt; chosen path, &quot;&quot; when cancelled</extracomment>
        <translation>متن CSV (UTF-8)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="165"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>کارپوشه Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="167"/>
        <source>vCard for address books (.vcf)</source>
        <translation>vCard برای دفترچه نشانی (.vcf)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="170"/>
        <source>Only the selected row</source>
        <translation>فقط ردیف انتخاب‌شده</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="172"/>
        <source>Only the %Ln selected rows</source>
        <translation>
            <numerusform>فقط %Ln ردیف انتخاب‌شده</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="179"/>
        <source>Format:</source>
        <translation>قالب:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="180"/>
        <source>Separator:</source>
        <translation>جداکننده:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="182"/>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="184"/>
        <source>Columns</source>
        <translation>ستون‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="186"/>
        <source>Tick the columns to export; drag to reorder them.</source>
        <translation>ستون‌های موردنظر برای برون‌بری را علامت بزنید؛ برای تغییر ترتیب، آن‌ها را بکشید.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="188"/>
        <source>All</source>
        <translation>همه</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="189"/>
        <source>None</source>
        <translation>هیچ‌کدام</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="204"/>
        <source>Export…</source>
        <translation>برون‌بری…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="217"/>
        <source>Export contacts</source>
        <translation>برون‌بری مخاطبان</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="219"/>
        <source>Export companies</source>
        <translation>برون‌بری شرکت‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="220"/>
        <source>Export deals</source>
        <translation>برون‌بری معاملات</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="224"/>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="226"/>
        <source>Companies</source>
        <translation>شرکت‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="227"/>
        <source>Deals</source>
        <translation>معاملات</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="279"/>
        <source>contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="281"/>
        <source>companies</source>
        <translation>شرکت‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="283"/>
        <source>deals</source>
        <translation>معاملات</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="288"/>
        <source>CSV files (*.csv)</source>
        <translation>پرونده‌های CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="290"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>کارپوشه‌های Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="291"/>
        <source>vCard files (*.vcf)</source>
        <translation>پرونده‌های vCard (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="300"/>
        <source>Choose at least one column.</source>
        <translation>دست‌کم یک ستون انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="341"/>
        <source>Exporting to {file}…</source>
        <translation>در حال برون‌بری به {file}…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="348"/>
        <source>Cancelling…</source>
        <translation>در حال لغو…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="360"/>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="360"/>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="380"/>
        <source>Exported 1 contact to {file}.</source>
        <translation>۱ مخاطب به {file} برون‌بری شد.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="381"/>
        <source>Exported %Ln contacts to {file}.</source>
        <translation>
            <numerusform>%Ln مخاطب به {file} برون‌بری شد.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="384"/>
        <source>Exported 1 company to {file}.</source>
        <translation>۱ شرکت به {file} برون‌بری شد.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="385"/>
        <source>Exported %Ln companies to {file}.</source>
        <translation>
            <numerusform>%Ln شرکت به {file} برون‌بری شد.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="387"/>
        <source>Exported 1 deal to {file}.</source>
        <translation>۱ معامله به {file} برون‌بری شد.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="388"/>
        <source>Exported %Ln deals to {file}.</source>
        <translation>
            <numerusform>%Ln معامله به {file} برون‌بری شد.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="392"/>
        <source>Export cancelled; no file was written.</source>
        <translation>برون‌بری لغو شد؛ هیچ پرونده‌ای نوشته نشد.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../desktop_crm/ui/shell/file_actions.py" line="71"/>
        <source>Export tasks</source>
        <translation>برون‌بری کارها</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/file_actions.py" line="71"/>
        <source>Calendar files (*.ics)</source>
        <translation>پرونده‌های تقویم (*.ics)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/shell/file_actions.py" line="93"/>
        <source>Exported %n task(s) to {path}</source>
        <translation>
            <numerusform>%n کار به ⁦{path}⁩ برون‌بری شد</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="50"/>
        <source>File</source>
        <translation>پرونده</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="53"/>
        <source>No file chosen yet.</source>
        <translation>هنوز پرونده‌ای انتخاب نشده است.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="56"/>
        <source>Choose a file…</source>
        <translation>انتخاب پرونده…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="63"/>
        <source>Records to import</source>
        <translation>رکوردهای درون‌ریزی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="92"/>
        <source>Text encoding</source>
        <translation>کدگذاری متن</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="97"/>
        <source>Separator</source>
        <translation>جداکننده</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="102"/>
        <source>The text encoding could not be recognised for sure. Look at the rows below: if letters show as «Ã©», «Ð¸» or «?», choose the encoding the file was saved in.</source>
        <translation>کدگذاری متن با اطمینان تشخیص داده نشد. ردیف‌های زیر را ببینید: اگر حروف به شکل «⁨Ã©⁩»، «⁨Ð¸⁩» یا «?» نمایش داده می‌شوند، کدگذاری‌ای را انتخاب کنید که پرونده با آن ذخیره شده است.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="112"/>
        <source>Text encoding:</source>
        <translation>کدگذاری متن:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="114"/>
        <source>Values separated by:</source>
        <translation>جداکننده مقادیر:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="68"/>
        <source>File:</source>
        <translation>پرونده:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="69"/>
        <source>Import as:</source>
        <translation>درون‌ریزی به‌عنوان:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="70"/>
        <source>Detected:</source>
        <translation>تشخیص داده‌شده:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="76"/>
        <source>The first rows of the file</source>
        <translation>نخستین ردیف‌های پرونده</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="80"/>
        <source>The first rows, as read:</source>
        <translation>نخستین ردیف‌ها، همان‌طور که خوانده شدند:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="156"/>
        <source>Choose a file to import</source>
        <translation>پرونده‌ای را برای درون‌ریزی انتخاب کنید</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="159"/>
        <source>Spreadsheets and contacts (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods *.vcf);;All files (*)</source>
        <translation>صفحه‌گسترده‌ها و مخاطبان (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods *.vcf);;همه پرونده‌ها (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="180"/>
        <source>Reading the file…</source>
        <translation>در حال خواندن پرونده…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="212"/>
        <source>Cannot be read</source>
        <translation>قابل خواندن نیست</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="219"/>
        <source>1 sheet</source>
        <translation>۱ برگه</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="221"/>
        <source>%Ln sheets</source>
        <translation>
            <numerusform>%Ln برگه</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/filters.py" line="77"/>
        <source>All pipelines</source>
        <translation>همه قیف‌های فروش</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/filters.py" line="79"/>
        <source>Whole team</source>
        <translation>کل تیم</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/filters.py" line="91"/>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/filters.py" line="93"/>
        <source>to</source>
        <translation>تا</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/formatting.py" line="168"/>
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/formatting.py" line="170"/>
        <source>No</source>
        <translation>خیر</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/formatting.py" line="204"/>
        <source>(unknown)</source>
        <translation>(نامشخص)</translation>
    </message>
</context>
<context>
    <name>GoalEditDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_editor.py" line="64"/>
        <source>New goal</source>
        <translation>هدف جدید</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_editor.py" line="64"/>
        <source>Edit goal</source>
        <translation>ویرایش هدف</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_editor.py" line="75"/>
        <source>Team</source>
        <translation>تیم</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_editor.py" line="86"/>
        <source>Metric</source>
        <translation>شاخص</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_editor.py" line="87"/>
        <source>Target</source>
        <translation>هدف</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_editor.py" line="88"/>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_editor.py" line="89"/>
        <source>To</source>
        <translation>تا</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_editor.py" line="90"/>
        <source>For</source>
        <translation>برای</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_editor.py" line="147"/>
        <source>Enter a date.</source>
        <translation>یک تاریخ وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_editor.py" line="150"/>
        <location filename="../../desktop_crm/ui/reports/goals_editor.py" line="175"/>
        <source>The period ends before it starts.</source>
        <translation>پایان دوره پیش از شروع آن است.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_editor.py" line="160"/>
        <source>Enter a number.</source>
        <translation>یک عدد وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_editor.py" line="163"/>
        <location filename="../../desktop_crm/ui/reports/goals_editor.py" line="171"/>
        <source>The target must be more than 0.</source>
        <translation>هدف باید بیشتر از ۰ باشد.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_editor.py" line="165"/>
        <location filename="../../desktop_crm/ui/reports/goals_editor.py" line="173"/>
        <source>This target is a whole number.</source>
        <translation>این هدف باید عدد صحیح باشد.</translation>
    </message>
</context>
<context>
    <name>Goals</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_model.py" line="41"/>
        <source>New leads</source>
        <translation>سرنخ‌های جدید</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_model.py" line="42"/>
        <source>Deals won (count)</source>
        <translation>معاملات موفق (تعداد)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_model.py" line="43"/>
        <source>Deals won (value)</source>
        <translation>معاملات موفق (ارزش)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_model.py" line="44"/>
        <source>Activities</source>
        <translation>فعالیت‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_model.py" line="47"/>
        <source>On track</source>
        <translation>طبق برنامه</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_model.py" line="48"/>
        <source>Behind</source>
        <translation>عقب از برنامه</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_model.py" line="49"/>
        <source>Done</source>
        <translation>محقق‌شده</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_model.py" line="53"/>
        <source>Metric</source>
        <translation>شاخص</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_model.py" line="54"/>
        <source>Target</source>
        <translation>هدف</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_model.py" line="55"/>
        <source>Period</source>
        <translation>دوره</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_model.py" line="56"/>
        <source>Who</source>
        <translation>چه کسی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_model.py" line="57"/>
        <source>Progress</source>
        <translation>پیشرفت</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_model.py" line="58"/>
        <source>Pace</source>
        <translation>روند</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_model.py" line="151"/>
        <source>No exchange rate for {currencies}: those deals are left out.</source>
        <translation>نرخ تبدیلی برای {currencies} وجود ندارد: آن معاملات لحاظ نشده‌اند.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_model.py" line="81"/>
        <source>Team</source>
        <translation>تیم</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_model.py" line="84"/>
        <source>{name} (deleted)</source>
        <translation>{name} (حذف‌شده)</translation>
    </message>
</context>
<context>
    <name>GoalsDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals.py" line="71"/>
        <source>Goals</source>
        <translation>اهداف</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals.py" line="85"/>
        <source>Show past goals</source>
        <translation>نمایش اهداف گذشته</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals.py" line="91"/>
        <source>Add…</source>
        <translation>افزودن…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals.py" line="92"/>
        <source>Edit…</source>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals.py" line="93"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals.py" line="94"/>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
</context>
<context>
    <name>GroupsModel</name>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/groups_model.py" line="110"/>
        <source>Records</source>
        <translation>رکوردها</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/groups_model.py" line="112"/>
        <source>Why</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/groups_model.py" line="114"/>
        <source>Similarity</source>
        <translation>شباهت</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/groups_model.py" line="116"/>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/groups_model.py" line="141"/>
        <source>{score}%</source>
        <translation>{score}٪</translation>
    </message>
</context>
<context>
    <name>HeaderPage</name>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_header.py" line="30"/>
        <source>Sheet and header row</source>
        <translation>برگه و ردیف سرستون</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_header.py" line="34"/>
        <source>Sheet</source>
        <translation>برگه</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_header.py" line="35"/>
        <source>Sheet:</source>
        <translation>برگه:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_header.py" line="37"/>
        <source>Header row</source>
        <translation>ردیف سرستون</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_header.py" line="41"/>
        <source>The highlighted row holds the column names. Click another row (or change the number) if it is not the right one; the rows above it are skipped.</source>
        <translation>ردیف برجسته‌شده نام ستون‌ها را دارد. اگر ردیف درستی نیست، روی ردیف دیگری کلیک کنید (یا شماره را تغییر دهید)؛ ردیف‌های بالای آن نادیده گرفته می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_header.py" line="51"/>
        <source>Header row:</source>
        <translation>ردیف سرستون:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_header.py" line="54"/>
        <source>The first rows of the file</source>
        <translation>نخستین ردیف‌های پرونده</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_header.py" line="114"/>
        <source>There are no rows with data below this header row.</source>
        <translation>زیر این ردیف سرستون هیچ ردیفی با داده وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_header.py" line="120"/>
        <source>Columns: </source>
        <translation>ستون‌ها: </translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="158"/>
        <source>File</source>
        <translation>پرونده</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="159"/>
        <source>Records</source>
        <translation>رکوردها</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="160"/>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="184"/>
        <source>Imported</source>
        <translation>درون‌ریزی‌شده</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="161"/>
        <source>New</source>
        <translation>جدید</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="162"/>
        <source>Updated</source>
        <translation>به‌روزشده</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="163"/>
        <source>Errors</source>
        <translation>خطاها</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="164"/>
        <source>By</source>
        <translation>توسط</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="165"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="183"/>
        <source>Undone on {date}</source>
        <translation>واگرد در {date}</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/importer/history.py" line="67"/>
        <source>Import history</source>
        <extracomment>asks a yes/no question: (parent, title, text) -&gt; yes</extracomment>
        <translation>تاریخچه درون‌ریزی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/history.py" line="70"/>
        <source>Imports</source>
        <translation>درون‌ریزی‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/history.py" line="84"/>
        <source>Undo import…</source>
        <translation>واگرد درون‌ریزی…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/history.py" line="86"/>
        <source>Remove the records this import created and restore the fields it changed.</source>
        <translation>رکوردهایی که این درون‌ریزی ایجاد کرده حذف و فیلدهایی که تغییر داده بازگردانده می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/history.py" line="149"/>
        <source>Undo the import of {file}?

The {new} records it created are removed (they stay restorable among the deleted records) and the {updated} records it updated get their old values back. Fields changed since the import keep their newer values.</source>
        <translation>درون‌ریزی {file} واگرد شود؟

{new} رکوردی که ایجاد کرده حذف می‌شوند (و در میان رکوردهای حذف‌شده قابل بازیابی می‌مانند) و {updated} رکوردی که به‌روزرسانی کرده مقادیر قبلی خود را بازمی‌یابند. فیلدهایی که پس از درون‌ریزی تغییر کرده‌اند مقادیر جدیدترشان را نگه می‌دارند.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/history.py" line="155"/>
        <source>Undo import</source>
        <translation>واگرد درون‌ریزی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/history.py" line="171"/>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/history.py" line="174"/>
        <source>Undoing the import…</source>
        <translation>در حال واگرد درون‌ریزی…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/history.py" line="180"/>
        <source>Cancelling…</source>
        <translation>در حال لغو…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/history.py" line="193"/>
        <source>The import was undone: {removed} records removed, {restored} fields restored.</source>
        <translation>درون‌ریزی واگرد شد: {removed} رکورد حذف و {restored} فیلد بازگردانده شد.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/history.py" line="197"/>
        <source>1 field changed since the import kept its newer value.</source>
        <translation>۱ فیلد که پس از درون‌ریزی تغییر کرده بود مقدار جدیدترش را نگه داشت.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/importer/history.py" line="200"/>
        <source>%Ln fields changed since the import kept their newer values.</source>
        <translation>
            <numerusform>%Ln فیلد که پس از درون‌ریزی تغییر کرده بودند مقادیر جدیدترشان را نگه داشتند.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/history.py" line="210"/>
        <source>Undo cancelled: nothing was changed.</source>
        <translation>واگرد لغو شد: هیچ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/history.py" line="217"/>
        <source>This import was undone already.</source>
        <translation>این درون‌ریزی قبلاً واگرد شده است.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/history.py" line="226"/>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="35"/>
        <source>Import</source>
        <translation>درون‌ریزی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="49"/>
        <source>Import history…</source>
        <translation>تاریخچه درون‌ریزی…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="50"/>
        <source>Every import, with a button to undo a whole one.</source>
        <translation>همه درون‌ریزی‌ها، با دکمه‌ای برای واگرد کامل هر کدام.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="87"/>
        <source>Importing…</source>
        <translation>در حال درون‌ریزی…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="95"/>
        <source>A backup of your data is taken first. Nothing is saved until every row is in.</source>
        <translation>ابتدا از داده‌های شما نسخه پشتیبان گرفته می‌شود. تا همه ردیف‌ها وارد نشوند، چیزی ذخیره نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="109"/>
        <source>Cancelling…</source>
        <translation>در حال لغو…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="128"/>
        <source>Nothing was imported</source>
        <translation>چیزی درون‌ریزی نشد</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="130"/>
        <source>No row could be imported: every row has an error or matches a record with nothing to change.</source>
        <translation>هیچ ردیفی درون‌ریزی نشد: هر ردیف یا خطا دارد یا با رکوردی منطبق است که چیزی برای تغییر ندارد.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="142"/>
        <source>Import finished</source>
        <translation>درون‌ریزی انجام شد</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="154"/>
        <source>Import cancelled</source>
        <translation>درون‌ریزی لغو شد</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="156"/>
        <source>The import was cancelled: nothing was imported, your records are as they were.</source>
        <translation>درون‌ریزی لغو شد: چیزی درون‌ریزی نشد و رکوردهای شما بدون تغییر ماندند.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="167"/>
        <source>The import failed</source>
        <translation>درون‌ریزی ناموفق بود</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="168"/>
        <source>Nothing was imported. {reason}</source>
        <translation>چیزی درون‌ریزی نشد. {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="183"/>
        <source>New records: {new} · updated: {updated} · unchanged: {unchanged} · skipped: {skipped}</source>
        <translation>رکوردهای جدید: {new} · به‌روزشده: {updated} · بدون تغییر: {unchanged} · ردشده: {skipped}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="193"/>
        <source>1 company created.</source>
        <translation>۱ شرکت ایجاد شد.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="195"/>
        <source>%Ln companies created.</source>
        <translation>
            <numerusform>%Ln شرکت ایجاد شد.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="198"/>
        <source>1 contact created.</source>
        <translation>۱ مخاطب ایجاد شد.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="200"/>
        <source>%Ln contacts created.</source>
        <translation>
            <numerusform>%Ln مخاطب ایجاد شد.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="203"/>
        <source>1 row with errors was not imported.</source>
        <translation>۱ ردیف دارای خطا درون‌ریزی نشد.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="205"/>
        <source>%Ln rows with errors were not imported.</source>
        <translation>
            <numerusform>%Ln ردیف دارای خطا درون‌ریزی نشد.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="207"/>
        <source>A backup of your data was taken before the import.</source>
        <translation>پیش از درون‌ریزی از داده‌های شما نسخه پشتیبان گرفته شد.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="210"/>
        <source>To take the whole import back, use Edit ▸ Undo or “Undo import” in the import history.</source>
        <translation>برای بازگرداندن کل درون‌ریزی، از ویرایش ◂ واگرد یا «واگرد درون‌ریزی» در تاریخچه درون‌ریزی استفاده کنید.</translation>
    </message>
</context>
<context>
    <name>ImportResults</name>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="32"/>
        <source>New</source>
        <translation>جدید</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="33"/>
        <source>Update</source>
        <translation>به‌روزرسانی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="34"/>
        <source>Unchanged</source>
        <translation>بدون تغییر</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="35"/>
        <source>Skip (exists)</source>
        <translation>رد شدن (موجود است)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="36"/>
        <source>Error</source>
        <translation>خطا</translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="28"/>
        <source>The file cannot be found or opened.</source>
        <extracomment>why a file cannot be read, by ``ImportFileError.code``</extracomment>
        <translation>پرونده پیدا نشد یا باز نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="29"/>
        <source>The file is empty: there is nothing to import.</source>
        <translation>پرونده خالی است: چیزی برای درون‌ریزی وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="30"/>
        <source>The file holds only a header row and no records to import.</source>
        <translation>پرونده فقط ردیف سرستون‌ها را دارد و رکوردی برای درون‌ریزی ندارد.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="33"/>
        <source>This is not a text file (it may be a program, an image or a renamed spreadsheet). Choose a CSV, Excel, OpenDocument or vCard file.</source>
        <translation>این پرونده متنی نیست (شاید یک برنامه، تصویر یا صفحه‌گسترده‌ای با نام تغییریافته باشد). یک پرونده CSV، Excel، OpenDocument یا vCard انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="37"/>
        <source>This kind of file cannot be imported. Choose a CSV, TSV, Excel (.xlsx, .xls), OpenDocument (.ods) or vCard (.vcf) file.</source>
        <translation>این نوع پرونده قابل درون‌ریزی نیست. یک پرونده CSV، TSV، Excel (‎.xlsx، ‎.xls)، OpenDocument (‎.ods) یا vCard (‎.vcf) انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="41"/>
        <source>The file is damaged or incomplete (it may have been cut short while copying). Save it again from its program and retry.</source>
        <translation>پرونده آسیب دیده یا ناقص است (شاید هنگام رونوشت‌برداری نیمه‌کاره مانده باشد). آن را دوباره از برنامه خودش ذخیره کنید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="45"/>
        <source>The file is damaged and cannot be read. Save it again and retry.</source>
        <translation>پرونده آسیب دیده و خوانده نمی‌شود. آن را دوباره ذخیره کنید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="48"/>
        <source>The workbook is protected by a password. Save it without a password, then import it.</source>
        <translation>کارپوشه با گذرواژه محافظت شده است. آن را بدون گذرواژه ذخیره و سپس درون‌ریزی کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="52"/>
        <source>The workbook is too big to import. Save the sheet as CSV (read as a stream, at any size) and import that.</source>
        <translation>کارپوشه برای درون‌ریزی بیش از حد بزرگ است. برگه را به‌صورت CSV ذخیره کنید (که در هر اندازه‌ای به‌صورت جریانی خوانده می‌شود) و همان را درون‌ریزی کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="56"/>
        <source>The workbook was refused: it expands far beyond what a real spreadsheet does, a sign of a malicious file.</source>
        <translation>کارپوشه پذیرفته نشد: پس از باز شدن بسیار بزرگ‌تر از یک صفحه‌گسترده واقعی می‌شود که نشانه یک پرونده مخرب است.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="60"/>
        <source>The workbook was refused: it contains XML declarations that spreadsheets never need and attacks use.</source>
        <translation>کارپوشه پذیرفته نشد: شامل اعلان‌های XML است که صفحه‌گسترده‌ها هرگز به آن‌ها نیاز ندارند و در حمله‌ها به کار می‌روند.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="64"/>
        <source>The text cannot be read with the chosen encoding. Choose the file&apos;s encoding above.</source>
        <translation>متن با کدگذاری انتخاب‌شده خوانده نمی‌شود. کدگذاری پرونده را در بالا انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="68"/>
        <source>A quoted value is never closed, so the rows after it would be lost. Fix the stray quote character (&quot;) and retry.</source>
        <translation>یک مقدار داخل گیومه هرگز بسته نشده و ردیف‌های پس از آن از دست می‌روند. نویسه گیومه (&quot;) اضافی را اصلاح کنید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="72"/>
        <source>The workbook has no such sheet.</source>
        <translation>کارپوشه چنین برگه‌ای ندارد.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="73"/>
        <source>Reading the file failed.</source>
        <translation>خواندن پرونده ناموفق بود.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="78"/>
        <source>“{value}” is not a date.</source>
        <extracomment>why a row (or a cell) will not be imported, by ``RowError.code``</extracomment>
        <translation>«⁨{value}⁩» تاریخ معتبری نیست.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="79"/>
        <source>There is no such date as “{value}”.</source>
        <translation>تاریخی مانند «⁨{value}⁩» وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="82"/>
        <source>The date “{value}” reads both day-first and month-first.</source>
        <translation>تاریخ «⁨{value}⁩» را می‌توان هم روز/ماه و هم ماه/روز خواند.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="85"/>
        <source>“{value}” is not a number.</source>
        <translation>«⁨{value}⁩» عدد نیست.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="86"/>
        <source>“{value}” is not a phone number.</source>
        <translation>«⁨{value}⁩» شماره تلفن معتبری نیست.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="87"/>
        <source>“{value}” is not an email address.</source>
        <translation>«⁨{value}⁩» نشانی ایمیل معتبری نیست.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="90"/>
        <source>“{value}” is neither yes nor no.</source>
        <translation>«⁨{value}⁩» نه «بله» است نه «خیر».</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="91"/>
        <source>The cell holds the spreadsheet error {value}.</source>
        <translation>این خانه خطای صفحه‌گسترده ⁨{value}⁩ را دارد.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="92"/>
        <source>The row has {count} cells, more than the {columns} columns of the header.</source>
        <translation>این ردیف {count} خانه دارد، بیشتر از {columns} ستونِ سرستون‌ها.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="95"/>
        <source>There is no user named “{value}”: the record is imported without that owner.</source>
        <translation>کاربری به نام «⁨{value}⁩» وجود ندارد: رکورد بدون مسئول وارد می‌شود.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="99"/>
        <source>The pipeline has no stage named “{value}”: the deal goes to its first stage.</source>
        <translation>قیف فروش مرحله‌ای به نام «⁨{value}⁩» ندارد: معامله به نخستین مرحله می‌رود.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="103"/>
        <source>There is no pipeline named “{value}”.</source>
        <translation>قیف فروشی با نام «⁨{value}⁩» وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="106"/>
        <source>“{value}” is not one of the choices.</source>
        <translation>«⁨{value}⁩» جزو گزینه‌ها نیست.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="107"/>
        <source>The stage needs more fields: {missing}.</source>
        <translation>این مرحله به فیلدهای بیشتری نیاز دارد: {missing}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="108"/>
        <source>This field is required.</source>
        <translation>این فیلد الزامی است.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="109"/>
        <source>A contact needs a first name, a last name or an email.</source>
        <translation>مخاطب باید نام، نام خانوادگی یا ایمیل داشته باشد.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="116"/>
        <source>No column is imported. Choose a field for at least one column.</source>
        <extracomment>why a plan cannot run, by ``ValidationError.code`` from the engine&apos;s checks</extracomment>
        <translation>هیچ ستونی درون‌ریزی نمی‌شود. دست‌کم برای یک ستون فیلدی انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="119"/>
        <source>Column {column}: its field is chosen for another column too.</source>
        <translation>ستون {column}: فیلد آن برای ستون دیگری هم انتخاب شده است.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="122"/>
        <source>Column {column}: this field cannot be imported.</source>
        <translation>ستون {column}: این فیلد قابل درون‌ریزی نیست.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="125"/>
        <source>Matching needs a column with that value: map one, or do not match.</source>
        <translation>برای تطبیق، ستونی با این مقدار لازم است: یکی را نگاشت کنید یا تطبیق ندهید.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="128"/>
        <source>These records cannot be matched that way; choose another match rule.</source>
        <translation>این رکوردها را نمی‌توان این‌گونه تطبیق داد؛ قاعده تطبیق دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="135"/>
        <source>Full name (split)</source>
        <extracomment>targets that are not plain field labels (pseudo-targets and deal fields)</extracomment>
        <translation>نام کامل (تفکیک‌شده)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="136"/>
        <source>Full name, surname first (split)</source>
        <translation>نام کامل، اول نام خانوادگی (تفکیک‌شده)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="137"/>
        <source>Company (create or link)</source>
        <translation>شرکت (ایجاد یا پیوند)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="138"/>
        <source>Contact (create or link)</source>
        <translation>مخاطب (ایجاد یا پیوند)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="139"/>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="140"/>
        <source>Pipeline</source>
        <translation>قیف فروش</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="141"/>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="142"/>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="143"/>
        <source>Value</source>
        <translation>ارزش</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="144"/>
        <source>Probability</source>
        <translation>احتمال</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="145"/>
        <source>Expected close</source>
        <translation>تاریخ بستن پیش‌بینی‌شده</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="150"/>
        <source>Contacts</source>
        <extracomment>record types, plural, for titles and the type picker</extracomment>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="151"/>
        <source>Companies</source>
        <translation>شرکت‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="152"/>
        <source>Deals</source>
        <translation>معاملات</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="153"/>
        <source>Tasks</source>
        <translation>کارها</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="158"/>
        <source>Text file with separated values (CSV)</source>
        <extracomment>what kind of file was found</extracomment>
        <translation>پرونده متنی با مقادیر جداشده (CSV)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="159"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>کارپوشه Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="160"/>
        <source>Excel 97–2003 workbook (.xls)</source>
        <translation>کارپوشه Excel 97–2003 (.xls)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="161"/>
        <source>OpenDocument spreadsheet (.ods)</source>
        <translation>صفحه‌گسترده OpenDocument (.ods)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="162"/>
        <source>vCard address book (.vcf)</source>
        <translation>دفترچه نشانی vCard (.vcf)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="166"/>
        <source>Comma ( , )</source>
        <translation>ویرگول ( , )</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="167"/>
        <source>Semicolon ( ; )</source>
        <translation>نقطه‌ویرگول ( ; )</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="168"/>
        <source>Tab</source>
        <translation>تب</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="169"/>
        <source>Vertical bar ( | )</source>
        <translation>خط عمودی ( | )</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="174"/>
        <source>Unicode</source>
        <extracomment>what each encoding is used for, shown next to its name in the picker</extracomment>
        <translation>یونیکد</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="175"/>
        <source>Unicode, with a byte order mark</source>
        <translation>یونیکد با نشانه BOM</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="176"/>
        <source>Unicode (Excel “Unicode text”)</source>
        <translation>یونیکد (Excel «متن یونیکد»)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="177"/>
        <source>Western European (Windows)</source>
        <translation>اروپای غربی (Windows)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="178"/>
        <source>Western European</source>
        <translation>اروپای غربی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="179"/>
        <source>Western European, with €</source>
        <translation>اروپای غربی، با €</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="180"/>
        <source>Central European (Windows)</source>
        <translation>اروپای مرکزی (Windows)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="181"/>
        <source>Cyrillic (Windows)</source>
        <translation>سیریلیک (Windows)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="182"/>
        <source>Cyrillic (KOI8-R)</source>
        <translation>سیریلیک (KOI8-R)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="183"/>
        <source>Cyrillic (DOS)</source>
        <translation>سیریلیک (DOS)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="184"/>
        <source>Arabic and Persian (Windows)</source>
        <translation>عربی و فارسی (Windows)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="185"/>
        <source>Thai (Windows)</source>
        <translation>تایلندی (Windows)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="186"/>
        <source>Thai (TIS-620)</source>
        <translation>تایلندی (TIS-620)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="187"/>
        <source>Greek (Windows)</source>
        <translation>یونانی (Windows)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="188"/>
        <source>Turkish (Windows)</source>
        <translation>ترکی (Windows)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="189"/>
        <source>Hebrew (Windows)</source>
        <translation>عبری (Windows)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="190"/>
        <source>Chinese, simplified</source>
        <translation>چینی ساده‌شده</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="191"/>
        <source>Chinese, traditional</source>
        <translation>چینی سنتی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="192"/>
        <source>Japanese</source>
        <translation>ژاپنی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="193"/>
        <source>Korean</source>
        <translation>کره‌ای</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="198"/>
        <source>Italy</source>
        <extracomment>common countries for phone numbers written without a country code (ISO 3166 code → name)</extracomment>
        <translation>ایتالیا</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="199"/>
        <source>Iran</source>
        <translation>ایران</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="200"/>
        <source>Russia</source>
        <translation>روسیه</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="201"/>
        <source>Thailand</source>
        <translation>تایلند</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="202"/>
        <source>United States</source>
        <translation>ایالات متحده آمریکا</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="203"/>
        <source>United Kingdom</source>
        <translation>بریتانیا</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="204"/>
        <source>Germany</source>
        <translation>آلمان</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="205"/>
        <source>France</source>
        <translation>فرانسه</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="206"/>
        <source>Spain</source>
        <translation>اسپانیا</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="207"/>
        <source>Switzerland</source>
        <translation>سوئیس</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="208"/>
        <source>Austria</source>
        <translation>اتریش</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="209"/>
        <source>Netherlands</source>
        <translation>هلند</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="210"/>
        <source>Belgium</source>
        <translation>بلژیک</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="211"/>
        <source>Poland</source>
        <translation>لهستان</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="212"/>
        <source>Ukraine</source>
        <translation>اوکراین</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="213"/>
        <source>Belarus</source>
        <translation>بلاروس</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="214"/>
        <source>Kazakhstan</source>
        <translation>قزاقستان</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="215"/>
        <source>Turkey</source>
        <translation>ترکیه</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="216"/>
        <source>United Arab Emirates</source>
        <translation>امارات متحده عربی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="217"/>
        <source>Afghanistan</source>
        <translation>افغانستان</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="218"/>
        <source>India</source>
        <translation>هند</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="219"/>
        <source>China</source>
        <translation>چین</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="220"/>
        <source>Japan</source>
        <translation>ژاپن</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="221"/>
        <source>Canada</source>
        <translation>کانادا</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="222"/>
        <source>Australia</source>
        <translation>استرالیا</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="223"/>
        <source>Brazil</source>
        <translation>برزیل</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="224"/>
        <source>Malaysia</source>
        <translation>مالزی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="225"/>
        <source>Laos</source>
        <translation>لائوس</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="261"/>
        <source>Ignore (do not import)</source>
        <translation>نادیده گرفتن (درون‌ریزی نشود)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="280"/>
        <source>Row {row}: {problem}</source>
        <translation>ردیف {row}: {problem}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desktop_crm/ui/importer/wizard.py" line="129"/>
        <source>Steps</source>
        <translation>مراحل</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/wizard.py" line="139"/>
        <source>Back</source>
        <translation>قبلی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/wizard.py" line="140"/>
        <location filename="../../desktop_crm/ui/importer/wizard.py" line="214"/>
        <source>Next</source>
        <translation>بعدی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/wizard.py" line="142"/>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/wizard.py" line="176"/>
        <source>Step {number} of {count}: {title}</source>
        <translation>مرحله {number} از {count}: {title}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/wizard.py" line="196"/>
        <source>Import {records}</source>
        <translation>درون‌ریزی {records}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/wizard.py" line="210"/>
        <source>Import</source>
        <translation>درون‌ریزی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/wizard.py" line="212"/>
        <source>Finish</source>
        <translation>پایان</translation>
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="270"/>
        <source>1 deal</source>
        <translation>۱ معامله</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="272"/>
        <source>%Ln deals</source>
        <translation>
            <numerusform>%Ln معامله</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="277"/>
        <source>Goal: {goal}</source>
        <translation>هدف: {goal}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="280"/>
        <source>Goal: {goal} ({percent})</source>
        <translation>هدف: {goal} ({percent})</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="12"/>
        <source>First name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="13"/>
        <source>Last name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="14"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="15"/>
        <source>Emails</source>
        <translation>ایمیل‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="16"/>
        <location filename="../../desktop_crm/ui/labels.py" line="104"/>
        <location filename="../../desktop_crm/ui/labels.py" line="118"/>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="17"/>
        <source>Phones</source>
        <translation>تلفن‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="18"/>
        <location filename="../../desktop_crm/ui/labels.py" line="119"/>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="19"/>
        <source>Job title</source>
        <translation>سمت</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="20"/>
        <location filename="../../desktop_crm/ui/labels.py" line="21"/>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="22"/>
        <source>Role at company</source>
        <translation>نقش در شرکت</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="23"/>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="24"/>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="25"/>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="26"/>
        <source>Birthday</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="27"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="28"/>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="29"/>
        <source>Lifecycle stage</source>
        <translation>مرحله چرخه عمر</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="30"/>
        <source>Customer status</source>
        <translation>وضعیت مشتری</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="31"/>
        <location filename="../../desktop_crm/ui/labels.py" line="32"/>
        <location filename="../../desktop_crm/ui/labels.py" line="156"/>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="33"/>
        <source>Preferred channel</source>
        <translation>کانال ترجیحی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="34"/>
        <source>Best time to contact</source>
        <translation>بهترین زمان تماس</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="35"/>
        <source>No email</source>
        <translation>عدم ارسال ایمیل</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="36"/>
        <source>No calls</source>
        <translation>عدم تماس تلفنی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="37"/>
        <source>No SMS</source>
        <translation>عدم ارسال پیامک</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="38"/>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="39"/>
        <source>Last contacted</source>
        <translation>آخرین تماس</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="40"/>
        <source>Created</source>
        <translation>تاریخ ایجاد</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="41"/>
        <source>Updated</source>
        <translation>آخرین به‌روزرسانی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="42"/>
        <source>Industry</source>
        <translation>صنعت</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="43"/>
        <source>Employees</source>
        <translation>تعداد کارکنان</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="44"/>
        <source>Annual revenue</source>
        <translation>درآمد سالانه</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="45"/>
        <source>Currency</source>
        <translation>واحد پول</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="46"/>
        <source>Website</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="47"/>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="48"/>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="49"/>
        <source>Label</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="50"/>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="51"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="52"/>
        <source>Lost reason</source>
        <translation>دلیل ناموفق بودن</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="53"/>
        <source>Line item added</source>
        <translation>قلم افزوده شد</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="54"/>
        <source>Contact added</source>
        <translation>مخاطب افزوده شد</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="55"/>
        <source>call</source>
        <translation>تماس</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="56"/>
        <source>email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="57"/>
        <source>meeting</source>
        <translation>جلسه</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="58"/>
        <source>demo</source>
        <translation>دمو</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="59"/>
        <source>note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="60"/>
        <source>message</source>
        <translation>پیام</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="62"/>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="63"/>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="64"/>
        <source>Due</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="65"/>
        <source>Ends</source>
        <translation>پایان</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="66"/>
        <source>All day</source>
        <translation>تمام روز</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="67"/>
        <source>Duration</source>
        <translation>مدت</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="68"/>
        <source>Reminder</source>
        <translation>یادآوری</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="69"/>
        <source>Assigned to</source>
        <translation>مسئول انجام</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="70"/>
        <source>Priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="71"/>
        <source>Done</source>
        <translation>انجام‌شده</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="72"/>
        <source>Repeat</source>
        <translation>تکرار</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="73"/>
        <source>Contact</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="74"/>
        <source>Deal</source>
        <translation>معامله</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="75"/>
        <source>Snooze</source>
        <translation>تعویق</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="81"/>
        <source>Follow-up</source>
        <translation>پیگیری</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="82"/>
        <source>Send document</source>
        <translation>ارسال مدرک</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="87"/>
        <source>Low</source>
        <translation>پایین</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="88"/>
        <source>Normal</source>
        <translation>عادی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="89"/>
        <source>High</source>
        <translation>بالا</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="93"/>
        <source>contact</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="94"/>
        <source>company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="95"/>
        <source>deal</source>
        <translation>معامله</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="96"/>
        <source>activity</source>
        <translation>فعالیت</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="97"/>
        <source>task</source>
        <translation>کار</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="98"/>
        <source>user</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="99"/>
        <source>custom field</source>
        <translation>فیلد سفارشی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="79"/>
        <location filename="../../desktop_crm/ui/labels.py" line="103"/>
        <source>Call</source>
        <translation>تماس</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="80"/>
        <location filename="../../desktop_crm/ui/labels.py" line="105"/>
        <source>Meeting</source>
        <translation>جلسه</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="106"/>
        <source>Demo</source>
        <translation>دمو</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="107"/>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="108"/>
        <source>Message</source>
        <translation>پیام</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="113"/>
        <source>Potential</source>
        <translation>بالقوه</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="114"/>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="115"/>
        <source>Permanent</source>
        <translation>دائمی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="116"/>
        <location filename="../../desktop_crm/ui/labels.py" line="148"/>
        <source>Lost</source>
        <translation>از دست رفته</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="120"/>
        <source>SMS</source>
        <translation>پیامک</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="121"/>
        <source>Messenger</source>
        <translation>پیام‌رسان</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="122"/>
        <source>In person</source>
        <translation>حضوری</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="124"/>
        <source>Administrator</source>
        <translation>مدیر سیستم</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="125"/>
        <source>Manager</source>
        <translation>مدیر</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="126"/>
        <source>Salesperson</source>
        <translation>کارشناس فروش</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="128"/>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="129"/>
        <source>Long text</source>
        <translation>متن بلند</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="130"/>
        <source>Number</source>
        <translation>عدد</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="131"/>
        <source>Money</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="132"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="133"/>
        <source>Choice</source>
        <translation>انتخاب تکی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="134"/>
        <source>Multiple choice</source>
        <translation>چندگزینه‌ای</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="135"/>
        <source>Checkbox</source>
        <translation>کادر علامت</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="136"/>
        <source>Web address</source>
        <translation>نشانی وب</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="141"/>
        <source>Subscriber</source>
        <translation>مشترک</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="142"/>
        <source>Lead</source>
        <translation>سرنخ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="143"/>
        <source>MQL</source>
        <translation>MQL</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="144"/>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="145"/>
        <source>Opportunity</source>
        <translation>فرصت فروش</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="146"/>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="147"/>
        <source>Evangelist</source>
        <translation>مروج برند</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="149"/>
        <source>Trade show</source>
        <translation>نمایشگاه تجاری</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="150"/>
        <source>Referral</source>
        <translation>معرفی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="151"/>
        <source>Web form</source>
        <translation>فرم وب</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="152"/>
        <source>Webinar</source>
        <translation>وبینار</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="153"/>
        <source>Campaign</source>
        <translation>کمپین</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="154"/>
        <source>Cold call</source>
        <translation>تماس سرد</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="155"/>
        <source>Social media</source>
        <translation>شبکه‌های اجتماعی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="158"/>
        <source>Sales</source>
        <translation>فروش</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="159"/>
        <source>Lead in</source>
        <translation>سرنخ ورودی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="160"/>
        <source>Qualified</source>
        <translation>واجد شرایط</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="161"/>
        <source>Contacted</source>
        <translation>تماس گرفته شد</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="162"/>
        <source>Proposal</source>
        <translation>پیشنهاد</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="163"/>
        <source>Negotiation</source>
        <translation>مذاکره</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="164"/>
        <source>Won</source>
        <translation>موفق</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="165"/>
        <source>Price</source>
        <translation>قیمت</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="166"/>
        <source>Competitor</source>
        <translation>رقیب</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="167"/>
        <source>No budget</source>
        <translation>بودجه ندارد</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="168"/>
        <source>No decision</source>
        <translation>بدون تصمیم</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="169"/>
        <source>Timing</source>
        <translation>زمان‌بندی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="83"/>
        <location filename="../../desktop_crm/ui/labels.py" line="170"/>
        <source>Other</source>
        <translation>سایر</translation>
    </message>
</context>
<context>
    <name>LogActivityDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="90"/>
        <source> min</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="92"/>
        <source>e.g. interested, call back next week</source>
        <translation>مثلاً: علاقه‌مند است، هفته بعد دوباره تماس بگیرید</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="95"/>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="96"/>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="98"/>
        <source>Duration</source>
        <translation>مدت</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="102"/>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="105"/>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
</context>
<context>
    <name>LogTaskDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/tasks/complete.py" line="79"/>
        <source>Log on the timeline</source>
        <translation>ثبت در خط زمانی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/complete.py" line="82"/>
        <source>Log this call on {name}&apos;s timeline?</source>
        <translation>این تماس در خط زمانی «⁨{name}⁩» ثبت شود؟</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/complete.py" line="84"/>
        <source>Log this meeting on {name}&apos;s timeline?</source>
        <translation>این جلسه در خط زمانی «⁨{name}⁩» ثبت شود؟</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/complete.py" line="97"/>
        <source>e.g. interested, call back next week</source>
        <translation>مثلاً: علاقه‌مند است، هفته بعد دوباره تماس بگیرید</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/complete.py" line="101"/>
        <source> min</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/complete.py" line="108"/>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/complete.py" line="110"/>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/complete.py" line="119"/>
        <source>Log</source>
        <translation>ثبت</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/complete.py" line="122"/>
        <source>Not now</source>
        <translation>الان نه</translation>
    </message>
</context>
<context>
    <name>LostReasonDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_stage.py" line="195"/>
        <source>Mark the deal as lost</source>
        <translation>ثبت معامله به‌عنوان ناموفق</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_stage.py" line="204"/>
        <source>Pick a reason or type one</source>
        <translation>دلیلی انتخاب کنید یا بنویسید</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_stage.py" line="206"/>
        <source>Details (optional)</source>
        <translation>جزئیات (اختیاری)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_stage.py" line="209"/>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="33"/>
        <source>Dashboard</source>
        <translation>داشبورد</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="34"/>
        <source>Pipeline</source>
        <translation>قیف فروش</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="35"/>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="36"/>
        <source>Companies</source>
        <translation>شرکت‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="37"/>
        <source>My tasks</source>
        <translation>کارهای من</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="38"/>
        <source>Calendar</source>
        <translation>تقویم</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="39"/>
        <source>Reports</source>
        <translation>گزارش‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="40"/>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="65"/>
        <source>desktop_crm</source>
        <translation>desktop_crm</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="69"/>
        <source>Search</source>
        <translation>جستجو</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="99"/>
        <source>Database: {path}</source>
        <translation>پایگاه داده: ⁦{path}⁩</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="107"/>
        <source>&amp;File</source>
        <translation>&amp;پرونده</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="108"/>
        <source>&amp;Import…</source>
        <translation>&amp;درون‌ریزی…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="110"/>
        <source>Import history…</source>
        <translation>تاریخچه درون‌ریزی…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="112"/>
        <source>Back up now</source>
        <translation>پشتیبان‌گیری هم‌اکنون</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="114"/>
        <source>Export tasks to a calendar file (.ics)…</source>
        <translation>برون‌بری کارها به پرونده تقویم (.ics)…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="117"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="121"/>
        <source>&amp;Edit</source>
        <translation>&amp;ویرایش</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="122"/>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="354"/>
        <source>&amp;Undo</source>
        <translation>&amp;واگرد</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="124"/>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="359"/>
        <source>&amp;Redo</source>
        <translation>&amp;ازنو</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="129"/>
        <source>&amp;Find…</source>
        <translation>&amp;جستجو…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="131"/>
        <source>Recently &amp;deleted…</source>
        <translation>&amp;حذف‌شده‌های اخیر…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="133"/>
        <source>&amp;View</source>
        <translation>&amp;نما</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="139"/>
        <source>Sales &amp;goals…</source>
        <translation>&amp;اهداف فروش…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="140"/>
        <source>Weekly &amp;digest…</source>
        <translation>&amp;خلاصه هفتگی…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="142"/>
        <source>Close record</source>
        <translation>بستن کارت</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="338"/>
        <source>Backup saved: {path}</source>
        <translation>نسخه پشتیبان ذخیره شد: ⁦{path}⁩</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="352"/>
        <source>&amp;Undo {what}</source>
        <translation>&amp;واگرد «{what}»</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="357"/>
        <source>&amp;Redo {what}</source>
        <translation>&amp;ازنو «{what}»</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="365"/>
        <source>Warning: the database is in a cloud-synced folder; SQLite&apos;s locking is not reliable there. Keep it in a local folder.</source>
        <translation>هشدار: پایگاه داده در پوشه‌ای است که با فضای ابری همگام می‌شود؛ قفل‌گذاری SQLite در آنجا قابل اعتماد نیست. آن را در یک پوشه محلی نگه دارید.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="368"/>
        <source>Warning: the database is on a network drive; SQLite&apos;s locking is not reliable there. Keep it on this computer.</source>
        <translation>هشدار: پایگاه داده روی یک درایو شبکه است؛ قفل‌گذاری SQLite در آنجا قابل اعتماد نیست. آن را روی همین رایانه نگه دارید.</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <location filename="../../desktop_crm/ui/importer/models.py" line="173"/>
        <source>New field: {label} ({type})</source>
        <translation>فیلد جدید: {label} ({type})</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/models.py" line="211"/>
        <source>Column in the file</source>
        <translation>ستون در پرونده</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/models.py" line="211"/>
        <source>Sample values</source>
        <translation>نمونه مقادیر</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/models.py" line="211"/>
        <source>Import as</source>
        <translation>درون‌ریزی به‌عنوان</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_mapping.py" line="31"/>
        <location filename="../../desktop_crm/ui/importer/page_mapping.py" line="32"/>
        <source>a Google Contacts export</source>
        <translation>خروجی Google Contacts</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_mapping.py" line="33"/>
        <source>an Outlook export</source>
        <translation>خروجی Outlook</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_mapping.py" line="47"/>
        <source>Columns</source>
        <translation>ستون‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_mapping.py" line="54"/>
        <source>Columns of the file</source>
        <translation>ستون‌های پرونده</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_mapping.py" line="73"/>
        <source>New custom field…</source>
        <translation>فیلد سفارشی جدید…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_mapping.py" line="75"/>
        <source>Keep this column in a new field of its own, created with the import.</source>
        <translation>این ستون را در یک فیلد جدید مخصوص خودش نگه دارید که همراه درون‌ریزی ایجاد می‌شود.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_mapping.py" line="77"/>
        <source>Guess again</source>
        <translation>حدس دوباره</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_mapping.py" line="79"/>
        <source>Forget the changes and guess every column from its name and values.</source>
        <translation>تغییرات را کنار بگذارید و هر ستون را دوباره از روی نام و مقادیرش حدس بزنید.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_mapping.py" line="116"/>
        <source>Choose what each column of the file becomes. Columns set to “Ignore” are not imported.</source>
        <translation>تعیین کنید هر ستون پرونده به چه چیزی تبدیل شود. ستون‌هایی که روی «نادیده گرفتن» تنظیم شده‌اند درون‌ریزی نمی‌شوند.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_mapping.py" line="121"/>
        <source>The choices of your last import of a file with these columns were applied.</source>
        <translation>انتخاب‌های آخرین درون‌ریزی شما از پرونده‌ای با همین ستون‌ها اعمال شد.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_mapping.py" line="127"/>
        <source>The file looks like {layout}: its columns were mapped for you.</source>
        <translation>این پرونده شبیه {layout} است: ستون‌هایش به‌طور خودکار نگاشت شدند.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_mapping.py" line="160"/>
        <source>“{field}” now comes from the column {column}; {other} is ignored.</source>
        <translation>«⁨{field}⁩» اکنون از ستون {column} گرفته می‌شود؛ {other} نادیده گرفته می‌شود.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/importer/page_mapping.py" line="173"/>
        <source>%Ln of the file&apos;s columns will be imported.</source>
        <translation>
            <numerusform>%Ln ستون از پرونده درون‌ریزی می‌شود.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_mapping.py" line="176"/>
        <source>Choose a field for at least one column.</source>
        <translation>دست‌کم برای یک ستون فیلدی انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>MatchingPage</name>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="48"/>
        <source>Matching and formats</source>
        <translation>تطبیق و قالب‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="62"/>
        <source>Find existing records by</source>
        <translation>یافتن رکوردهای موجود بر اساس</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="64"/>
        <source>When a row matches a record</source>
        <translation>وقتی ردیفی با رکوردی منطبق است</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="65"/>
        <source>Skip the row: keep the record as it is</source>
        <translation>رد کردن ردیف: رکورد همان‌طور بماند</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="66"/>
        <source>Fill in the record&apos;s empty fields only</source>
        <translation>فقط فیلدهای خالی رکورد پر شود</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="68"/>
        <source>Overwrite the record&apos;s fields with the file&apos;s values</source>
        <translation>فیلدهای رکورد با مقادیر پرونده بازنویسی شوند</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="72"/>
        <source>Emails, phone numbers and names are compared ignoring case, spaces and how numbers are written.</source>
        <translation>ایمیل‌ها، شماره تلفن‌ها و نام‌ها بدون توجه به بزرگی و کوچکی حروف، فاصله‌ها و شیوه نوشتن اعداد مقایسه می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="77"/>
        <source>Records that exist already</source>
        <translation>رکوردهای موجود</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="79"/>
        <source>Find them by:</source>
        <translation>یافتن بر اساس:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="80"/>
        <source>When a row matches:</source>
        <translation>وقتی ردیفی منطبق است:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="85"/>
        <source>Country of phone numbers</source>
        <translation>کشور شماره تلفن‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="87"/>
        <source>Decimal separator</source>
        <translation>جداکننده اعشار</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="88"/>
        <source>Recognise it in each column</source>
        <translation>تشخیص در هر ستون</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="89"/>
        <source>Point: 1,234.56</source>
        <translation>نقطه: 1,234.56</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="90"/>
        <source>Comma: 1.234,56</source>
        <translation>ویرگول: 1.234,56</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="92"/>
        <source>Pipeline</source>
        <translation>قیف فروش</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="93"/>
        <source>Reading the values</source>
        <translation>خواندن مقادیر</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="96"/>
        <source>Phone numbers without a country code are from:</source>
        <translation>کشور شماره‌های بدون کد کشور:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="98"/>
        <source>Decimal separator:</source>
        <translation>جداکننده اعشار:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="99"/>
        <source>New deals go to the pipeline:</source>
        <translation>معاملات جدید به این قیف فروش می‌روند:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="103"/>
        <source>Order of day and month</source>
        <translation>ترتیب روز و ماه</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="104"/>
        <source>Day first (31/12/2026)</source>
        <translation>اول روز (31/12/2026)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="105"/>
        <source>Month first (12/31/2026)</source>
        <translation>اول ماه (12/31/2026)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="106"/>
        <source>Year first (2026/12/31)</source>
        <translation>اول سال (2026/12/31)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="108"/>
        <source>Calendar of the dates</source>
        <translation>تقویم تاریخ‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="109"/>
        <source>Recognise it (Gregorian or Persian)</source>
        <translation>تشخیص خودکار (میلادی یا شمسی)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="110"/>
        <source>Gregorian</source>
        <translation>میلادی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="111"/>
        <source>Persian (Jalali, e.g. 1405/09/02)</source>
        <translation>شمسی (جلالی، مثلاً 1405/09/02)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="114"/>
        <source>Dates</source>
        <translation>تاریخ‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="117"/>
        <source>Day and month:</source>
        <translation>روز و ماه:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="118"/>
        <source>Calendar:</source>
        <translation>تقویم:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="149"/>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="156"/>
        <source>Email address</source>
        <translation>نشانی ایمیل</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="151"/>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="158"/>
        <source>Phone number</source>
        <translation>شماره تلفن</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="152"/>
        <source>Name and company</source>
        <translation>نام و شرکت</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="154"/>
        <source>Company name</source>
        <translation>نام شرکت</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="160"/>
        <source>Deal title</source>
        <translation>عنوان معامله</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="161"/>
        <source>Do not look for them: every row is a new record</source>
        <translation>جستجو نشود: هر ردیف یک رکورد جدید است</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="184"/>
        <source>None: every number has its country code</source>
        <translation>هیچ‌کدام: همه شماره‌ها کد کشور دارند</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="225"/>
        <source>These dates can be read two ways. Which is right?</source>
        <translation>این تاریخ‌ها را می‌توان به دو شکل خواند. کدام درست است؟</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="227"/>
        <source>The first dates of the file, read each way:</source>
        <translation>نخستین تاریخ‌های پرونده، به هر دو شکل:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="234"/>
        <source>{text}: day first {dmy} · month first {mdy}</source>
        <translation>⁨{text}⁩: اول روز {dmy} · اول ماه {mdy}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="19"/>
        <source>{field}: this field is required.</source>
        <translation>{field}: این فیلد الزامی است.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="20"/>
        <source>{field}: too long ({length} characters; at most {limit}).</source>
        <translation>{field}: بیش از حد طولانی است ({length} نویسه؛ حداکثر {limit}).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="23"/>
        <source>{field}: “{value}” is not an email address.</source>
        <translation>{field}: «⁨{value}⁩» نشانی ایمیل معتبری نیست.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="24"/>
        <source>{field}: “{value}” is not a phone number.</source>
        <translation>{field}: «⁨{value}⁩» شماره تلفن معتبری نیست.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="25"/>
        <source>{field}: “{value}” is not a web address.</source>
        <translation>{field}: «⁨{value}⁩» نشانی وب معتبری نیست.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="26"/>
        <source>{field}: “{value}” is not a date.</source>
        <translation>{field}: «⁨{value}⁩» تاریخ معتبری نیست.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="27"/>
        <source>{field}: the date is before 1900.</source>
        <translation>{field}: تاریخ پیش از سال ۱۹۰۰ میلادی است.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="28"/>
        <source>{field}: a birthday cannot be in the future.</source>
        <translation>{field}: تاریخ تولد نمی‌تواند در آینده باشد.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="29"/>
        <source>{field}: not a number.</source>
        <translation>{field}: عدد نیست.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="30"/>
        <source>{field}: the value is out of range.</source>
        <translation>{field}: مقدار خارج از محدوده مجاز است.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="31"/>
        <source>{field}: an amount cannot be negative.</source>
        <translation>{field}: مبلغ نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="32"/>
        <source>{field}: a whole number of 0 or more is expected.</source>
        <translation>{field}: یک عدد صحیح بزرگ‌تر یا مساوی ۰ لازم است.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="33"/>
        <source>{field}: not one of the choices.</source>
        <translation>{field}: جزو گزینه‌های مجاز نیست.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="34"/>
        <source>{field}: contains characters that cannot be saved.</source>
        <translation>{field}: شامل نویسه‌هایی است که قابل ذخیره نیستند.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="35"/>
        <source>A contact needs a first name, a last name or an email.</source>
        <translation>مخاطب باید نام، نام خانوادگی یا ایمیل داشته باشد.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="38"/>
        <source>{field}: the linked record does not exist (any more).</source>
        <translation>{field}: رکورد مرتبط وجود ندارد (یا دیگر وجود ندارد).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="41"/>
        <source>{field}: that name is taken.</source>
        <translation>{field}: این نام قبلاً استفاده شده است.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="42"/>
        <source>A choice field needs at least one option.</source>
        <translation>فیلد انتخابی دست‌کم به یک گزینه نیاز دارد.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="43"/>
        <source>The record was not found; it may have been deleted.</source>
        <translation>رکورد پیدا نشد؛ شاید حذف شده باشد.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="46"/>
        <source>The record was changed elsewhere meanwhile (another window or user). Nothing was changed; the latest values are shown.</source>
        <translation>این رکورد در همین فاصله جای دیگری (در پنجره‌ای دیگر یا توسط کاربری دیگر) تغییر کرده است. هیچ تغییری اعمال نشد؛ آخرین مقدارها نمایش داده می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="50"/>
        <source>The database is locked by another program. Nothing was changed; try again in a moment.</source>
        <translation>پایگاه داده توسط برنامه دیگری قفل شده است. هیچ تغییری اعمال نشد؛ لحظاتی بعد دوباره تلاش کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="54"/>
        <source>The database file is read-only. Nothing was changed. Check the file&apos;s permissions or choose another data folder.</source>
        <translation>پرونده پایگاه داده فقط‌خواندنی است. هیچ تغییری اعمال نشد. مجوزهای پرونده را بررسی کنید یا پوشه داده دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="58"/>
        <source>The disk is full. Nothing was changed; free some space and try again.</source>
        <translation>دیسک پر است. هیچ تغییری اعمال نشد؛ کمی فضا آزاد کنید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="61"/>
        <source>The database file is damaged.</source>
        <translation>پرونده پایگاه داده آسیب دیده است.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="62"/>
        <source>This database was written by a newer version of desktop_crm. Update the app to open it; the file was not changed.</source>
        <translation>این پایگاه داده با نسخه جدیدتری از desktop_crm نوشته شده است. برای باز کردن آن، برنامه را به‌روزرسانی کنید؛ پرونده تغییری نکرد.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="66"/>
        <source>There is nothing to undo.</source>
        <translation>چیزی برای واگرد وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="67"/>
        <source>There is nothing to redo.</source>
        <translation>چیزی برای ازنو وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="68"/>
        <source>{field}: “{value}” is not a date and time.</source>
        <translation>{field}: «⁨{value}⁩» تاریخ و زمان معتبری نیست.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="71"/>
        <source>{field}: the linked record was deleted.</source>
        <translation>{field}: رکورد مرتبط حذف شده است.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="72"/>
        <source>The demo data can only be loaded into an empty database.</source>
        <translation>داده‌های نمونه را فقط می‌توان در پایگاه داده خالی بارگذاری کرد.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="75"/>
        <source>The end is before the start.</source>
        <translation>پایان پیش از شروع است.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="76"/>
        <source>The reminder would ring after the task is due.</source>
        <translation>یادآوری پس از سررسید کار اعلام می‌شود.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="79"/>
        <source>{field}: set a due date first.</source>
        <translation>{field}: ابتدا تاریخ سررسید را تعیین کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="80"/>
        <source>A weekly repeat needs at least one day of the week.</source>
        <translation>تکرار هفتگی دست‌کم به یک روز هفته نیاز دارد.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="83"/>
        <source>Repeat every 1 to 999 periods.</source>
        <translation>فاصله تکرار باید بین ۱ تا ۹۹۹ باشد.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="84"/>
        <source>This repeat rule is not valid.</source>
        <translation>این قاعده تکرار معتبر نیست.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="85"/>
        <source>{field}: “{value}” is not a day of this calendar.</source>
        <translation>{field}: «⁨{value}⁩» روزی از این تقویم نیست.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="88"/>
        <source>The task is already done.</source>
        <translation>این کار قبلاً انجام شده است.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="89"/>
        <source>Mark the task done with its own button.</source>
        <translation>برای علامت زدن کار به‌عنوان انجام‌شده از دکمه مخصوص آن استفاده کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="111"/>
        <source>Create {what}</source>
        <translation>ایجاد {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="112"/>
        <source>Edit {what}</source>
        <translation>ویرایش {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="113"/>
        <source>Delete {what}</source>
        <translation>حذف {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="114"/>
        <source>Restore {what}</source>
        <translation>بازیابی {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="115"/>
        <source>Tag {what}</source>
        <translation>افزودن برچسب به {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="116"/>
        <source>Remove tag from {what}</source>
        <translation>حذف برچسب از {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="117"/>
        <source>Log {what}</source>
        <translation>ثبت {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="118"/>
        <source>Set up</source>
        <translation>راه‌اندازی اولیه</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="119"/>
        <source>Load demo data</source>
        <translation>بارگذاری داده‌های نمونه</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="120"/>
        <source>Move {what}</source>
        <translation>جابه‌جایی {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="121"/>
        <source>Mark {what} as won</source>
        <translation>ثبت {what} به‌عنوان موفق</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="122"/>
        <source>Mark {what} as lost</source>
        <translation>ثبت {what} به‌عنوان ناموفق</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="123"/>
        <source>Reopen {what}</source>
        <translation>بازگشایی {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="124"/>
        <source>Reorder {what}</source>
        <translation>تغییر ترتیب {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="125"/>
        <source>Link to {what}</source>
        <translation>پیوند به {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="126"/>
        <source>Unlink from {what}</source>
        <translation>قطع پیوند از {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="127"/>
        <source>Complete {what}</source>
        <translation>انجام {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="128"/>
        <source>Reschedule {what}</source>
        <translation>زمان‌بندی دوباره {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="129"/>
        <source>Snooze {what}</source>
        <translation>تعویق {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="130"/>
        <source>Dismiss reminder of {what}</source>
        <translation>رد کردن یادآوری {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="131"/>
        <source>Create follow-up tasks</source>
        <translation>ایجاد کارهای پیگیری</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="132"/>
        <source>Merge {what}</source>
        <translation>ادغام {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="133"/>
        <source>Mark {what} as not duplicates</source>
        <translation>علامت‌گذاری به‌عنوان غیرتکراری ({what})</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <location filename="../../desktop_crm/ui/calendar/month_view.py" line="51"/>
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/calendar/month_view.py" line="205"/>
        <source>+%n more</source>
        <translation>
            <numerusform>%n مورد دیگر</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MultiChoiceEditor</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/editors.py" line="336"/>
        <location filename="../../desktop_crm/ui/cards/editors.py" line="340"/>
        <source>(none)</source>
        <translation>(هیچ)</translation>
    </message>
</context>
<context>
    <name>MyTasksPage</name>
    <message>
        <location filename="../../desktop_crm/ui/tasks/my_tasks.py" line="102"/>
        <source>Show</source>
        <translation>نمایش</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/my_tasks.py" line="121"/>
        <source>My tasks</source>
        <translation>کارهای من</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/my_tasks.py" line="122"/>
        <source>Everyone</source>
        <translation>همه</translation>
    </message>
</context>
<context>
    <name>NewDealDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/new_deal_dialog.py" line="57"/>
        <source>New deal</source>
        <translation>معامله جدید</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/new_deal_dialog.py" line="118"/>
        <source>Contact: {name}</source>
        <translation>مخاطب: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/new_deal_dialog.py" line="121"/>
        <source>Company: {name}</source>
        <translation>شرکت: {name}</translation>
    </message>
</context>
<context>
    <name>NewRecordDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="114"/>
        <source>New contact</source>
        <translation>مخاطب جدید</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="114"/>
        <source>New company</source>
        <translation>شرکت جدید</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="126"/>
        <source>Create</source>
        <translation>ایجاد</translation>
    </message>
</context>
<context>
    <name>PipelineActions</name>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/actions.py" line="160"/>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/actions.py" line="163"/>
        <source>Move to the previous stage</source>
        <translation>انتقال به مرحله قبل</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/actions.py" line="164"/>
        <source>Move to the next stage</source>
        <translation>انتقال به مرحله بعد</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/actions.py" line="165"/>
        <source>Move up</source>
        <translation>انتقال به بالا</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/actions.py" line="166"/>
        <source>Move down</source>
        <translation>انتقال به پایین</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/actions.py" line="174"/>
        <source>Won</source>
        <translation>موفق</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/actions.py" line="175"/>
        <source>Lost…</source>
        <translation>ناموفق…</translation>
    </message>
</context>
<context>
    <name>PipelinePage</name>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="78"/>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="79"/>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="371"/>
        <source>Pipeline</source>
        <extracomment>how a refused action is told (a message box); tests may replace it the moment days in stage and staleness count to (None: now) asks why a deal was lost; None when the user cancels</extracomment>
        <translation>قیف فروش</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="84"/>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="85"/>
        <source>Tag</source>
        <translation>برچسب</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="86"/>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="88"/>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="89"/>
        <source>Filter deals</source>
        <translation>فیلتر معاملات</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="94"/>
        <source>Open deals</source>
        <translation>معاملات باز</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="95"/>
        <source>Won deals</source>
        <translation>معاملات موفق</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="96"/>
        <source>Lost deals</source>
        <translation>معاملات ناموفق</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="100"/>
        <source>Board</source>
        <translation>تابلو</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="102"/>
        <source>List</source>
        <translation>فهرست</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="110"/>
        <source>Reopen</source>
        <translation>بازگشایی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="111"/>
        <source>New deal…</source>
        <translation>معامله جدید…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="186"/>
        <source>All owners</source>
        <translation>همه مسئولان</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="187"/>
        <source>All tags</source>
        <translation>همه برچسب‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="197"/>
        <source>All sources</source>
        <translation>همه منابع</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="278"/>
        <source>1 deal</source>
        <translation>۱ معامله</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="278"/>
        <source>%Ln deals</source>
        <translation>
            <numerusform>%Ln معامله</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="361"/>
        <source>Select a deal first, or drag its card onto Won or Lost.</source>
        <translation>ابتدا یک معامله انتخاب کنید، یا کارت آن را روی «موفق» یا «ناموفق» بکشید.</translation>
    </message>
</context>
<context>
    <name>PipelinesPanel</name>
    <message>
        <location filename="../../desktop_crm/ui/settings/pipelines.py" line="49"/>
        <source>Where do its deals go?</source>
        <translation>معاملات آن به کجا منتقل شوند؟</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/pipelines.py" line="71"/>
        <location filename="../../desktop_crm/ui/settings/pipelines.py" line="84"/>
        <source>Add…</source>
        <translation>افزودن…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/pipelines.py" line="72"/>
        <location filename="../../desktop_crm/ui/settings/pipelines.py" line="85"/>
        <source>Rename</source>
        <translation>تغییر نام</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/pipelines.py" line="73"/>
        <location filename="../../desktop_crm/ui/settings/pipelines.py" line="86"/>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/pipelines.py" line="75"/>
        <source>Pipelines</source>
        <translation>قیف‌های فروش</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/pipelines.py" line="88"/>
        <source>Stages</source>
        <translation>مراحل</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/pipelines.py" line="92"/>
        <source>Drag a stage to reorder. Won and Lost always come last.</source>
        <translation>برای تغییر ترتیب، مرحله را بکشید. «موفق» و «ناموفق» همیشه در انتها هستند.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/pipelines.py" line="232"/>
        <source>New pipeline</source>
        <translation>قیف فروش جدید</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/pipelines.py" line="232"/>
        <source>Name of the pipeline</source>
        <translation>نام قیف فروش</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/pipelines.py" line="240"/>
        <source>New stage</source>
        <translation>مرحله جدید</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/pipelines.py" line="240"/>
        <source>Name of the stage</source>
        <translation>نام مرحله</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/pipelines.py" line="252"/>
        <source>Deals are in “{stage}”. Move them to:</source>
        <translation>در «{stage}» معاملاتی وجود دارد. انتقال آن‌ها به:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/pipelines.py" line="271"/>
        <source>Deals are in “{pipeline}”. Move them to:</source>
        <translation>در «{pipeline}» معاملاتی وجود دارد. انتقال آن‌ها به:</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="56"/>
        <source>Preview</source>
        <translation>پیش‌نمایش</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="84"/>
        <source>New</source>
        <translation>جدید</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="85"/>
        <source>Updated</source>
        <translation>به‌روزشده</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="86"/>
        <source>Unchanged</source>
        <translation>بدون تغییر</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="87"/>
        <source>Skipped</source>
        <translation>ردشده</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="89"/>
        <source>With errors</source>
        <translation>دارای خطا</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="66"/>
        <source>Check again</source>
        <translation>بررسی دوباره</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="88"/>
        <source>With warnings</source>
        <translation>با هشدار</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="114"/>
        <source>Order of day and month</source>
        <translation>ترتیب روز و ماه</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="115"/>
        <source>Day first</source>
        <translation>اول روز</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="116"/>
        <source>Month first</source>
        <translation>اول ماه</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="123"/>
        <source>Rows as they will be saved</source>
        <translation>ردیف‌ها همان‌طور که ذخیره می‌شوند</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="124"/>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="142"/>
        <source>Errors</source>
        <translation>خطاها</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="126"/>
        <source>Save the rows with errors…</source>
        <translation>ذخیره ردیف‌های دارای خطا…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="129"/>
        <source>Save these rows, with the reason in a last column, to fix them and import them again.</source>
        <translation>این ردیف‌ها را همراه با دلیل در ستون آخر ذخیره کنید تا اصلاحشان کنید و دوباره درون‌ریزی کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="141"/>
        <source>First rows</source>
        <translation>ردیف‌های نخست</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="143"/>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="147"/>
        <source>Warnings</source>
        <translation>هشدارها</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="193"/>
        <source>Reading every row and comparing it with your records…</source>
        <translation>در حال خواندن همه ردیف‌ها و مقایسه با رکوردهای شما…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="206"/>
        <source>Cancelling…</source>
        <translation>در حال لغو…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="230"/>
        <source>The check was cancelled. Nothing was imported.</source>
        <translation>بررسی لغو شد. چیزی درون‌ریزی نشد.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="259"/>
        <source>Warnings (%Ln)</source>
        <translation>
            <numerusform>هشدارها (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="264"/>
        <source>Errors (%Ln)</source>
        <translation>
            <numerusform>خطاها (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="270"/>
        <source>Nothing would be imported: no row is new or changes a record.</source>
        <translation>چیزی درون‌ریزی نمی‌شود: هیچ ردیفی جدید نیست و رکوردی را تغییر نمی‌دهد.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="276"/>
        <source>Only the first %Ln errors are listed.</source>
        <translation>
            <numerusform>فقط %Ln خطای نخست فهرست شده‌اند.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="281"/>
        <source>Nothing has been saved yet. Press “Import” to import.</source>
        <translation>هنوز چیزی ذخیره نشده است. برای درون‌ریزی، «درون‌ریزی» را بزنید.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="288"/>
        <source>1 new company will be created.</source>
        <translation>۱ شرکت جدید ایجاد خواهد شد.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="291"/>
        <source>%Ln new companies will be created.</source>
        <translation>
            <numerusform>%Ln شرکت جدید ایجاد خواهد شد.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="294"/>
        <source>1 new contact will be created.</source>
        <translation>۱ مخاطب جدید ایجاد خواهد شد.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="296"/>
        <source>%Ln new contacts will be created.</source>
        <translation>
            <numerusform>%Ln مخاطب جدید ایجاد خواهد شد.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="298"/>
        <source>Records that exist show only the fields that change.</source>
        <translation>برای رکوردهای موجود فقط فیلدهایی که تغییر می‌کنند نمایش داده می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="300"/>
        <source>1 row repeats an earlier row of the file.</source>
        <translation>۱ ردیف تکرار یکی از ردیف‌های قبلی پرونده است.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="303"/>
        <source>%Ln rows repeat an earlier row of the file.</source>
        <translation>
            <numerusform>%Ln ردیف تکرار ردیف‌های قبلی پرونده است.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="331"/>
        <source>The dates of “{column}” ({samples}) read both day-first and month-first. Which is right?</source>
        <translation>تاریخ‌های «⁨{column}⁩» ({samples}) را می‌توان هم روز/ماه و هم ماه/روز خواند. کدام درست است؟</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="337"/>
        <source>The dates ({samples}) read both day-first and month-first. Check the order:</source>
        <translation>تاریخ‌ها ({samples}) را می‌توان هم روز/ماه و هم ماه/روز خواند. ترتیب را بررسی کنید:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="358"/>
        <source>Save the rows with errors</source>
        <translation>ذخیره ردیف‌های دارای خطا</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="360"/>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>پرونده‌های CSV (*.csv);;کارپوشه‌های Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="372"/>
        <source>The file could not be saved: {reason}</source>
        <translation>پرونده ذخیره نشد: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="383"/>
        <source>Rows saved: %Ln, in {file}.</source>
        <translation>
            <numerusform>ردیف‌های ذخیره‌شده: %Ln، در {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewRowsModel</name>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="100"/>
        <source>Row</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="100"/>
        <source>What happens</source>
        <translation>اقدام</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="17"/>
        <source>OK</source>
        <translation>تأیید</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="18"/>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="19"/>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="20"/>
        <source>Save All</source>
        <translation>ذخیرهٔ همه</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="21"/>
        <source>Open</source>
        <translation>بازکردن</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="22"/>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="23"/>
        <source>&amp;Yes</source>
        <translation>&amp;بله</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="24"/>
        <source>Yes to &amp;All</source>
        <translation>&amp;بله برای همه</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="25"/>
        <source>&amp;No</source>
        <translation>&amp;نه</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="26"/>
        <source>N&amp;o to All</source>
        <translation>ن&amp;ه برای همه</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="27"/>
        <source>Apply</source>
        <translation>اعمال</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="28"/>
        <source>Reset</source>
        <translation>بازتنظیم</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="29"/>
        <source>Restore Defaults</source>
        <translation>بازنشانی پیش‌فرض‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="30"/>
        <source>Discard</source>
        <translation>دورانداختن</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="31"/>
        <source>Don&apos;t Save</source>
        <translation>ذخیره نکن</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="32"/>
        <source>Close without Saving</source>
        <translation>بستن بدون ذخیره</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="33"/>
        <source>Help</source>
        <translation>راهنما</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="34"/>
        <source>Abort</source>
        <translation>لغو</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="35"/>
        <source>Retry</source>
        <translation>تلاش دوباره</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="36"/>
        <source>Ignore</source>
        <translation>نادیده گرفتن</translation>
    </message>
</context>
<context>
    <name>QuickActions</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="34"/>
        <source>Log call</source>
        <translation>ثبت تماس</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="35"/>
        <source>Log meeting</source>
        <translation>ثبت جلسه</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="36"/>
        <source>Log email</source>
        <translation>ثبت ایمیل</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="37"/>
        <source>Add note</source>
        <translation>افزودن یادداشت</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="40"/>
        <source>Log a call</source>
        <translation>ثبت تماس</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="41"/>
        <source>Log a meeting</source>
        <translation>ثبت جلسه</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="42"/>
        <source>Log an email</source>
        <translation>ثبت ایمیل</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="43"/>
        <source>Add a note</source>
        <translation>افزودن یادداشت</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="47"/>
        <source>Plan a task</source>
        <translation>برنامه‌ریزی یک کار</translation>
    </message>
</context>
<context>
    <name>QuickAddLine</name>
    <message>
        <location filename="../../desktop_crm/ui/tasks/quick_add.py" line="91"/>
        <source>Add a task: “Call Marco tomorrow 10:00” and Enter</source>
        <translation>افزودن کار: «تماس با مریم فردا ساعت ۱۰» و Enter</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/quick_add.py" line="151"/>
        <source>no date</source>
        <translation>بدون تاریخ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/quick_add.py" line="154"/>
        <source>today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/quick_add.py" line="156"/>
        <source>tomorrow</source>
        <translation>فردا</translation>
    </message>
</context>
<context>
    <name>RatesModel</name>
    <message>
        <location filename="../../desktop_crm/ui/settings/currencies.py" line="97"/>
        <source>Currency</source>
        <translation>واحد پول</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/currencies.py" line="97"/>
        <source>Value of 1 unit in {base}</source>
        <translation>ارزش ۱ واحد به {base}</translation>
    </message>
</context>
<context>
    <name>RecordCard</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="89"/>
        <source>(no name)</source>
        <translation>(بدون نام)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="130"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="146"/>
        <source>Restore</source>
        <translation>بازیابی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="158"/>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="163"/>
        <source>Custom fields</source>
        <translation>فیلدهای سفارشی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="165"/>
        <source>No custom fields yet. Add them in Settings.</source>
        <translation>هنوز فیلد سفارشی‌ای وجود ندارد. آن را در تنظیمات اضافه کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="183"/>
        <source>Tasks</source>
        <translation>کارها</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="196"/>
        <source>Timeline</source>
        <translation>خط زمانی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="256"/>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="309"/>
        <source>(unknown)</source>
        <translation>(نامشخص)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="316"/>
        <source>Contacts: {count}</source>
        <translation>مخاطبان: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="321"/>
        <source>Owner: {name}</source>
        <translation>مسئول: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="324"/>
        <source>Last contacted: {when}</source>
        <translation>آخرین تماس: {when}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="325"/>
        <source>Created: {when}</source>
        <translation>تاریخ ایجاد: {when}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="350"/>
        <source>This {what} was deleted on {when}. Restore it to change it.</source>
        <translation>این {what} در تاریخ {when} حذف شده است. برای ویرایش، ابتدا آن را بازیابی کنید.</translation>
    </message>
</context>
<context>
    <name>RecordDealsBox</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_deals.py" line="117"/>
        <source>Deals</source>
        <translation>معاملات</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_deals.py" line="128"/>
        <source>New deal…</source>
        <translation>معامله جدید…</translation>
    </message>
</context>
<context>
    <name>RecordDealsModel</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_deals.py" line="71"/>
        <source>Won</source>
        <translation>موفق</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_deals.py" line="73"/>
        <source>Lost</source>
        <translation>ناموفق</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="177"/>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="178"/>
        <source>Lifecycle stage</source>
        <translation>مرحله چرخه عمر</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="180"/>
        <source>Tag</source>
        <translation>برچسب</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="181"/>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="185"/>
        <source>New contact…</source>
        <translation>مخاطب جدید…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="185"/>
        <source>New company…</source>
        <translation>شرکت جدید…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="187"/>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="245"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="188"/>
        <source>Export…</source>
        <translation>برون‌بری…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="191"/>
        <source>Export the list as it is filtered (or the selected rows) to CSV, Excel or vCard</source>
        <translation>برون‌بری فهرست با فیلترهای فعلی (یا ردیف‌های انتخاب‌شده) به CSV، Excel یا vCard</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="194"/>
        <source>Find duplicates…</source>
        <translation>یافتن موارد تکراری…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="198"/>
        <source>Columns</source>
        <translation>ستون‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="277"/>
        <source>All owners</source>
        <translation>همه مسئولان</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="279"/>
        <source>All tags</source>
        <translation>همه برچسب‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="282"/>
        <source>All stages</source>
        <translation>همه مراحل</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="288"/>
        <source>All sources</source>
        <translation>همه منابع</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="378"/>
        <source>1 contact</source>
        <translation>۱ مخاطب</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="378"/>
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln مخاطب</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="380"/>
        <source>1 company</source>
        <translation>۱ شرکت</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="380"/>
        <source>%Ln companies</source>
        <translation>
            <numerusform>%Ln شرکت</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <location filename="../../desktop_crm/ui/tasks/link_picker.py" line="39"/>
        <source>Search contacts…</source>
        <translation>جستجوی مخاطبان…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/link_picker.py" line="41"/>
        <source>Search companies…</source>
        <translation>جستجوی شرکت‌ها…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/link_picker.py" line="70"/>
        <source>Choose a contact from the suggestions.</source>
        <translation>یک مخاطب را از پیشنهادها انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/link_picker.py" line="72"/>
        <source>Choose a company from the suggestions.</source>
        <translation>یک شرکت را از پیشنهادها انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>ReminderCenter</name>
    <message>
        <location filename="../../desktop_crm/ui/reminders/center.py" line="87"/>
        <source>Show reminders</source>
        <translation>نمایش یادآوری‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/center.py" line="179"/>
        <source>Due {when}</source>
        <translation>سررسید: {when}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/reminders/center.py" line="186"/>
        <source>and %n more</source>
        <translation>
            <numerusform>و %n مورد دیگر</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/reminders/dialog.py" line="47"/>
        <source>5 minutes</source>
        <translation>۵ دقیقه</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/dialog.py" line="48"/>
        <source>10 minutes</source>
        <translation>۱۰ دقیقه</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/dialog.py" line="49"/>
        <source>30 minutes</source>
        <translation>۳۰ دقیقه</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/dialog.py" line="50"/>
        <source>1 hour</source>
        <translation>۱ ساعت</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/dialog.py" line="51"/>
        <source>Tomorrow</source>
        <translation>فردا</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/dialog.py" line="105"/>
        <source>Reminders</source>
        <translation>یادآوری‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/dialog.py" line="130"/>
        <source>Snooze</source>
        <translation>تعویق</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/dialog.py" line="132"/>
        <source>Done</source>
        <translation>انجام شد</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/dialog.py" line="133"/>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/dialog.py" line="134"/>
        <source>Dismiss</source>
        <translation>رد کردن</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/dialog.py" line="135"/>
        <source>Dismiss all</source>
        <translation>رد کردن همه</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/dialog.py" line="136"/>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/dialog.py" line="199"/>
        <source>No reminders are due.</source>
        <translation>یادآوری سررسیدشده‌ای وجود ندارد.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/reminders/dialog.py" line="61"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n دقیقه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/reminders/dialog.py" line="64"/>
        <source>%n reminders due</source>
        <translation>
            <numerusform>%n یادآوری سررسید شده</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/dialog.py" line="77"/>
        <source>1 reminder due</source>
        <translation>۱ یادآوری سررسید شده</translation>
    </message>
</context>
<context>
    <name>ReminderEditor</name>
    <message>
        <location filename="../../desktop_crm/ui/tasks/reminder_editor.py" line="18"/>
        <source>No reminder</source>
        <translation>بدون یادآوری</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/reminder_editor.py" line="19"/>
        <source>At the due time</source>
        <translation>در زمان سررسید</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/reminder_editor.py" line="20"/>
        <source>Minutes before</source>
        <translation>دقیقه قبل</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/reminder_editor.py" line="21"/>
        <source>Hours before</source>
        <translation>ساعت قبل</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/reminder_editor.py" line="22"/>
        <source>Days before</source>
        <translation>روز قبل</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/reminder_editor.py" line="23"/>
        <source>On a date…</source>
        <translation>در تاریخ مشخص…</translation>
    </message>
</context>
<context>
    <name>ReminderModel</name>
    <message>
        <location filename="../../desktop_crm/ui/reminders/model.py" line="115"/>
        <source>Task</source>
        <translation>کار</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/model.py" line="115"/>
        <source>Due</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/model.py" line="115"/>
        <source>Linked to</source>
        <translation>مرتبط با</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/model.py" line="148"/>
        <source>overdue</source>
        <translation>سررسید گذشته</translation>
    </message>
</context>
<context>
    <name>RepeatEditor</name>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="35"/>
        <source>Does not repeat</source>
        <translation>بدون تکرار</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="36"/>
        <source>Daily</source>
        <translation>روزانه</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="37"/>
        <source>Weekly</source>
        <translation>هفتگی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="38"/>
        <source>Monthly</source>
        <translation>ماهانه</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="39"/>
        <source>Yearly</source>
        <translation>سالانه</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="70"/>
        <source>Every day</source>
        <translation>هر روز</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="49"/>
        <source>Every %Ln days</source>
        <translation>
            <numerusform>هر %Ln روز</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="78"/>
        <source>Every week on {days}</source>
        <translation>هر هفته: {days}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="52"/>
        <source>Every %Ln weeks on {days}</source>
        <translation>
            <numerusform>هر %Ln هفته: {days}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="86"/>
        <source>Every year</source>
        <translation>هر سال</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="58"/>
        <source>Every %Ln years</source>
        <translation>
            <numerusform>هر %Ln سال</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="91"/>
        <source>{every} on {day}</source>
        <translation>{every}، {day}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="95"/>
        <source>{rule}, until {date}</source>
        <translation>{rule}، تا {date}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="104"/>
        <source>Every month</source>
        <translation>هر ماه</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="55"/>
        <source>Every %Ln months</source>
        <translation>
            <numerusform>هر %Ln ماه</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="111"/>
        <source>{every} on day {day}</source>
        <translation>{every}، روز {day}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="137"/>
        <source>every</source>
        <translation>هر</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="153"/>
        <source>until</source>
        <translation>تا</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="266"/>
        <source>day</source>
        <translation>روز</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="266"/>
        <source>days</source>
        <translation>
            <numerusform>روز</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="268"/>
        <source>week</source>
        <translation>هفته</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="268"/>
        <source>weeks</source>
        <translation>
            <numerusform>هفته</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="270"/>
        <source>month</source>
        <translation>ماه</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="270"/>
        <source>months</source>
        <translation>
            <numerusform>ماه</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="272"/>
        <source>year</source>
        <translation>سال</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="272"/>
        <source>years</source>
        <translation>
            <numerusform>سال</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportFilters</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/filters.py" line="23"/>
        <source>This month</source>
        <translation>این ماه</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/filters.py" line="24"/>
        <source>Last month</source>
        <translation>ماه گذشته</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/filters.py" line="25"/>
        <source>This quarter</source>
        <translation>این فصل</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/filters.py" line="26"/>
        <source>This year</source>
        <translation>امسال</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/filters.py" line="27"/>
        <source>Last 12 months</source>
        <translation>۱۲ ماه گذشته</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/filters.py" line="28"/>
        <source>Custom range</source>
        <translation>بازه دلخواه</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/filters.py" line="31"/>
        <source>Per day</source>
        <translation>روزانه</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/filters.py" line="32"/>
        <source>Per week</source>
        <translation>هفتگی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/filters.py" line="33"/>
        <source>Per month</source>
        <translation>ماهانه</translation>
    </message>
</context>
<context>
    <name>ReportTexts</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="34"/>
        <source>Funnel and conversion</source>
        <translation>قیف فروش و نرخ تبدیل</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="35"/>
        <source>Time in stage</source>
        <translation>زمان در هر مرحله</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="36"/>
        <source>Sales cycle</source>
        <translation>چرخه فروش</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="37"/>
        <source>Sales velocity</source>
        <translation>سرعت فروش</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="38"/>
        <source>Win rate</source>
        <translation>نرخ موفقیت</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="39"/>
        <source>Average deal size</source>
        <translation>میانگین اندازه معامله</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="40"/>
        <source>Average check</source>
        <translation>میانگین خرید هر مشتری</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="41"/>
        <source>Deals won</source>
        <translation>معاملات موفق</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="42"/>
        <source>Leads and revenue by source</source>
        <translation>سرنخ‌ها و درآمد بر اساس منبع</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="43"/>
        <source>Weighted forecast</source>
        <translation>پیش‌بینی موزون</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="44"/>
        <source>Lost reasons</source>
        <translation>دلایل ناموفق بودن</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="45"/>
        <source>Activities</source>
        <translation>فعالیت‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="46"/>
        <source>Customer base growth</source>
        <translation>رشد پایگاه مشتریان</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="47"/>
        <source>Goals</source>
        <translation>اهداف</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="48"/>
        <source>Goals and progress</source>
        <translation>اهداف و پیشرفت</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="50"/>
        <source>Deals that reached each stage, and conversion</source>
        <translation>معاملاتی که به هر مرحله رسیده‌اند و نرخ تبدیل</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="51"/>
        <source>Average days deals spend in each stage</source>
        <translation>میانگین روزهایی که معاملات در هر مرحله می‌مانند</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="52"/>
        <source>Average days from creation to won</source>
        <translation>میانگین روزها از ایجاد تا موفقیت</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="53"/>
        <source>Money per day the pipeline brings in</source>
        <translation>درآمد روزانه‌ای که قیف فروش به همراه دارد</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="54"/>
        <source>Deals won out of the deals closed in the range</source>
        <translation>معاملات موفق از میان معاملات بسته‌شده در بازه</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="55"/>
        <source>Average value of the deals won in the range</source>
        <translation>میانگین ارزش معاملات موفق در بازه</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="56"/>
        <source>Won revenue per customer who bought in the range</source>
        <translation>درآمد به ازای هر مشتری که در بازه خرید کرده است</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="57"/>
        <source>Deals won by count and value per salesperson per period</source>
        <translation>تعداد و ارزش معاملات موفق هر کارشناس فروش در هر دوره</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="58"/>
        <source>Leads, conversion and won revenue by source</source>
        <translation>سرنخ‌ها، نرخ تبدیل و درآمد بر اساس منبع</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="59"/>
        <source>Open deals by expected close month, weighted</source>
        <translation>معاملات باز بر اساس ماه بستن پیش‌بینی‌شده، موزون</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="60"/>
        <source>Deals lost in the range by reason</source>
        <translation>معاملات ناموفق در بازه بر اساس دلیل</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="61"/>
        <source>Calls, emails, meetings and other activities per salesperson per period, and tasks done</source>
        <translation>تماس‌ها، ایمیل‌ها، جلسه‌ها و دیگر فعالیت‌های هر کارشناس فروش در هر دوره، و کارهای انجام‌شده</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="65"/>
        <source>Customers per month: new, churned and retained</source>
        <translation>مشتریان در هر ماه: جدید، ازدست‌رفته و حفظ‌شده</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="67"/>
        <source>Team</source>
        <translation>تیم</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="68"/>
        <source>Total</source>
        <translation>جمع</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="69"/>
        <source>Salesperson</source>
        <translation>کارشناس فروش</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="70"/>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="71"/>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="72"/>
        <source>Lost reason</source>
        <translation>دلیل ناموفق بودن</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="73"/>
        <source>Period</source>
        <translation>دوره</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="74"/>
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="75"/>
        <source>Deals</source>
        <translation>معاملات</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="76"/>
        <source>Open deals</source>
        <translation>معاملات باز</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="77"/>
        <source>Won deals</source>
        <translation>معاملات موفق</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="78"/>
        <source>Lost deals</source>
        <translation>معاملات ناموفق</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="79"/>
        <source>Won</source>
        <translation>موفق</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="80"/>
        <source>Lost</source>
        <translation>ناموفق</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="81"/>
        <source>Value</source>
        <translation>ارزش</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="82"/>
        <source>Won value</source>
        <translation>ارزش معاملات موفق</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="83"/>
        <source>Lost value</source>
        <translation>ارزش معاملات ناموفق</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="84"/>
        <source>Won revenue</source>
        <translation>درآمد حاصل</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="85"/>
        <source>Won with a value</source>
        <translation>موفق دارای ارزش</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="86"/>
        <source>Weighted value</source>
        <translation>ارزش موزون</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="87"/>
        <source>Conversion</source>
        <translation>نرخ تبدیل</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="88"/>
        <source>Overall conversion</source>
        <translation>نرخ تبدیل کل</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="89"/>
        <source>Average sales cycle</source>
        <translation>میانگین چرخه فروش</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="90"/>
        <source>Sales velocity per day</source>
        <translation>سرعت فروش روزانه</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="91"/>
        <source>Leads</source>
        <translation>سرنخ‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="92"/>
        <source>Converted</source>
        <translation>تبدیل‌شده</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="93"/>
        <source>Share</source>
        <translation>سهم</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="94"/>
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="95"/>
        <source>New customers</source>
        <translation>مشتریان جدید</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="96"/>
        <source>Churned</source>
        <translation>ازدست‌رفته</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="97"/>
        <source>Retention</source>
        <translation>حفظ مشتری</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="98"/>
        <source>Customers at start</source>
        <translation>مشتریان در آغاز</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="99"/>
        <source>Customers at end</source>
        <translation>مشتریان در پایان</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="100"/>
        <source>Calls</source>
        <translation>تماس‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="101"/>
        <source>Emails</source>
        <translation>ایمیل‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="102"/>
        <source>Meetings</source>
        <translation>جلسه‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="103"/>
        <source>Demos</source>
        <translation>دموها</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="104"/>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="105"/>
        <source>Messages</source>
        <translation>پیام‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="106"/>
        <source>Tasks done</source>
        <translation>کارهای انجام‌شده</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="107"/>
        <source>Target</source>
        <translation>هدف</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="108"/>
        <source>Actual</source>
        <translation>واقعی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="109"/>
        <source>Progress</source>
        <translation>پیشرفت</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="110"/>
        <source>New leads</source>
        <translation>سرنخ‌های جدید</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="111"/>
        <source>Deals won (count)</source>
        <translation>معاملات موفق (تعداد)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="112"/>
        <source>Deals won (value)</source>
        <translation>معاملات موفق (ارزش)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="113"/>
        <source>Unassigned</source>
        <translation>بدون مسئول</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="115"/>
        <source>Targets per salesperson or team, with progress and pace</source>
        <translation>اهداف هر فروشنده یا تیم، با پیشرفت و روند</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="116"/>
        <source>Goal</source>
        <translation>هدف</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="117"/>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="118"/>
        <source>To</source>
        <translation>تا</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="119"/>
        <source>Pace</source>
        <translation>روند</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="120"/>
        <source>Done</source>
        <translation>محقق‌شده</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="121"/>
        <source>Expected by now</source>
        <translation>مورد انتظار تا اکنون</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="122"/>
        <source>No data in this range</source>
        <translation>در این بازه داده‌ای نیست</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="124"/>
        <source>Funnel: for each stage of the pipeline, the deals that reached it in the range — a deal counts for every stage up to the furthest one it entered on a day of the range, so a deal that skipped a stage, or passed it before the range, counts as having passed it; Won counts the deals won in the range; moving to Lost is no progress. Conversion from a stage to the next = deals that reached the next ÷ deals that reached it; overall = Won ÷ first stage.</source>
        <translation>قیف: برای هر مرحله از قیف فروش، معاملاتی که در این بازه به آن رسیده‌اند — هر معامله برای همه مراحل تا دورترین مرحله‌ای که در یکی از روزهای بازه وارد آن شده شمرده می‌شود؛ پس معامله‌ای که از مرحله‌ای پریده یا پیش از بازه از آن گذشته، گذرکرده از آن به حساب می‌آید؛ «موفق» معاملات موفق در این بازه را می‌شمارد؛ رفتن به «ناموفق» پیشرفت نیست. نرخ تبدیل از یک مرحله به مرحله بعد = معاملاتی که به مرحله بعد رسیده‌اند ÷ معاملاتی که به این مرحله رسیده‌اند؛ کل = موفق ÷ مرحله نخست.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="133"/>
        <source>Average time in stage = the mean length, in days, of the stays in each open stage that ended (the deal moved on, was won or lost) on a day of the range; a stay runs from the stage change into the stage to the next change of that deal. Stays still going on are not counted: their length is not known yet.</source>
        <translation>میانگین زمان در مرحله = میانگین مدت، به روز، ماندن در هر مرحله باز که در یکی از روزهای بازه پایان یافته است (معامله جلو رفته، موفق یا ناموفق شده)؛ هر ماندن از تغییر مرحله به این مرحله تا تغییر بعدی همان معامله است. ماندن‌هایی که هنوز ادامه دارند شمرده نمی‌شوند: مدتشان هنوز معلوم نیست.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="140"/>
        <source>Sales cycle = the mean number of days from a deal&apos;s creation to its win, over the deals won on a day of the range, per salesperson and for the team.</source>
        <translation>چرخه فروش = میانگین تعداد روزها از ایجاد معامله تا موفقیت آن، روی معاملاتی که در یکی از روزهای بازه موفق شده‌اند، برای هر فروشنده و برای تیم.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="145"/>
        <source>Sales velocity = open deals × win rate × average deal size ÷ average sales cycle, in the base currency per day. Open deals: created before the end of the range and not closed by then. Win rate, average deal size (won deals with a value in the base currency) and sales cycle (days from creation to win): over the deals closed in the range. Left empty when a part is unknown or the cycle is 0 days.</source>
        <translation>سرعت فروش = معاملات باز × نرخ موفقیت × میانگین اندازه معامله ÷ میانگین چرخه فروش، به ارز پایه در روز. معاملات باز: پیش از پایان بازه ایجاد شده و تا آن زمان بسته نشده‌اند. نرخ موفقیت، میانگین اندازه معامله (معاملات موفق دارای مبلغ به ارز پایه) و چرخه فروش (روزها از ایجاد تا موفقیت): روی معاملات بسته‌شده در بازه. اگر بخشی نامعلوم باشد یا چرخه ۰ روز باشد، خالی می‌ماند.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="153"/>
        <source>Win rate = deals won ÷ (deals won + deals lost), over the deals closed (won or lost) on a day of the range, per salesperson (the deal&apos;s owner) and for the team. Open deals do not count.</source>
        <translation>نرخ موفقیت = معاملات موفق ÷ (معاملات موفق + معاملات ناموفق)، روی معاملاتی که در یکی از روزهای بازه بسته شده‌اند (موفق یا ناموفق)، برای هر فروشنده (مسئول معامله) و برای تیم. معاملات باز شمرده نمی‌شوند.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="159"/>
        <source>Average deal size = the sum of the values of the deals won in the range, in the base currency, ÷ the number of those deals that have a value. Won deals without a value, or in a currency without a rate, are counted in &apos;Won&apos; but left out of the value and the average.</source>
        <translation>میانگین اندازه معامله = مجموع مبالغ معاملات موفق در بازه، به ارز پایه، ÷ تعداد آن معاملاتی که مبلغ دارند. معاملات موفقِ بدون مبلغ یا با ارزی بدون نرخ تبدیل، در «موفق» شمرده می‌شوند اما در مبلغ و میانگین لحاظ نمی‌شوند.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="166"/>
        <source>Average check = revenue of the deals won in the range (base currency) ÷ the number of distinct customers who bought them. The customer of a deal is its company, else its first linked contact. Won deals without a value, in a currency without a rate or without a customer are left out of both. The team total counts a customer who bought from two salespeople once.</source>
        <translation>میانگین خرید = درآمد معاملات موفق در بازه (ارز پایه) ÷ تعداد مشتریان متمایزی که آن‌ها را خریده‌اند. مشتری یک معامله، شرکت آن است و در غیر این صورت نخستین مخاطب پیوندخورده به آن. معاملات موفقِ بدون مبلغ، با ارزی بدون نرخ تبدیل یا بدون مشتری، از هر دو کنار گذاشته می‌شوند. در جمع تیم، مشتری‌ای که از دو فروشنده خرید کرده یک بار شمرده می‌شود.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="174"/>
        <source>Deals won: the number and the value (base currency) of the deals won on each day, week (Monday to Sunday) or month of the range, per salesperson. Won deals without a value or in a currency without a rate are counted but left out of the value.</source>
        <translation>معاملات موفق: تعداد و مبلغ (ارز پایه) معاملات موفق در هر روز، هفته (دوشنبه تا یکشنبه) یا ماهِ بازه، برای هر فروشنده. معاملات موفقِ بدون مبلغ یا با ارزی بدون نرخ تبدیل شمرده می‌شوند اما در مبلغ لحاظ نمی‌شوند.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="180"/>
        <source>Leads = contacts created in the range, by their source (owner filter: the contact&apos;s owner). Converted = those of them linked to a won deal (won at any time, in the pipeline filter). Won deals and revenue = deals won in the range by the deal&apos;s own source, in the base currency (deals without a value or without a rate are counted but left out of revenue).</source>
        <translation>سرنخ‌ها = مخاطبانی که در بازه ایجاد شده‌اند، به تفکیک منبع (فیلتر مسئول: مسئول مخاطب). تبدیل‌شده = آن‌هایی که به یک معامله موفق پیوند دارند (موفق در هر زمان، در فیلتر قیف فروش). معاملات موفق و درآمد = معاملات موفق در بازه به تفکیک منبع خود معامله، به ارز پایه (معاملات بدون مبلغ یا بدون نرخ تبدیل شمرده می‌شوند اما در درآمد لحاظ نمی‌شوند).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="188"/>
        <source>Weighted forecast = Σ value × probability of the open deals whose expected close date falls in the range, by month of that date and salesperson; the probability is the deal&apos;s own, else its stage&apos;s. Values are in the base currency. Open deals without an expected close date are not in any month: they are counted in a note.</source>
        <translation>پیش‌بینی موزون = Σ مبلغ × احتمالِ معاملات بازی که تاریخ بسته شدن مورد انتظارشان در بازه است، به تفکیک ماهِ آن تاریخ و فروشنده؛ احتمال، احتمال خود معامله است و در غیر این صورت احتمال مرحله آن. مبالغ به ارز پایه‌اند. معاملات باز بدون تاریخ بسته شدن مورد انتظار در هیچ ماهی نیستند: در یک یادداشت شمرده می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="195"/>
        <source>Lost reasons: the deals lost in the range by the reason given, with their number, their value in the base currency and their share of the lost deals (by number).</source>
        <translation>دلایل ناموفق بودن: معاملات ناموفق در بازه به تفکیک دلیل ثبت‌شده، با تعداد، مبلغ به ارز پایه و سهم آن‌ها از معاملات ناموفق (بر اساس تعداد).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="200"/>
        <source>Activities = calls, emails, meetings, demos, notes and messages logged (and not deleted) whose time falls in the range, counted per salesperson who logged them and per period (days in UTC; weeks start on Monday). Tasks done = tasks (not deleted) marked done whose completion time falls in the range, per assignee. A deleted salesperson&apos;s work still counts, under their name. The pipeline filter does not apply: activities and tasks are not tied to a pipeline.</source>
        <translation>فعالیت‌ها = تماس‌ها، ایمیل‌ها، جلسه‌ها، دموها، یادداشت‌ها و پیام‌های ثبت‌شده (و حذف‌نشده) که زمانشان در بازه است، به تفکیک فروشنده‌ای که آن‌ها را ثبت کرده و دوره (روزها به وقت UTC؛ هفته‌ها از دوشنبه آغاز می‌شوند). کارهای انجام‌شده = کارهای (حذف‌نشده) علامت‌خورده به‌عنوان انجام‌شده که زمان انجامشان در بازه است، به تفکیک مسئول انجام. کار فروشنده حذف‌شده همچنان با نام خودش شمرده می‌شود. فیلتر قیف فروش اعمال نمی‌شود: فعالیت‌ها و کارها به قیف فروش وابسته نیستند.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="209"/>
        <source>A customer is a contact (not deleted) whose customer status is active or permanent, or whose lifecycle stage is Customer while its status is not lost. A contact became a customer when its status was first set to active or permanent, or its stage to Customer (from the change log); a contact that was created as a customer became one when it was created. A customer churned when its status was last set to lost, if it is still lost (a prospect marked lost was never a customer and is not counted). Customers at the start of a month = those who became customers before it and had not churned by then; at the end = at the start + new − churned. Retention = (customers at the end − new customers) ÷ customers at the start. Customers belong to the contact&apos;s owner. Only the first time a contact became a customer and its last loss count: a customer who left and came back counts as never having left.</source>
        <translation>مشتری، مخاطبی (حذف‌نشده) است که وضعیت مشتری‌اش فعال یا دائمی است، یا مرحله چرخه عمرش «مشتری» است و وضعیتش ازدست‌رفته نیست. مخاطب زمانی مشتری شده که وضعیتش نخستین بار فعال یا دائمی، یا مرحله‌اش «مشتری» شده است (از روی گزارش تغییرات)؛ مخاطبی که به‌عنوان مشتری ایجاد شده، در زمان ایجاد مشتری شده است. مشتری زمانی ازدست‌رفته است که وضعیتش آخرین بار ازدست‌رفته شده، اگر هنوز ازدست‌رفته باشد (مشتری بالقوه‌ای که ازدست‌رفته علامت خورده هرگز مشتری نبوده و شمرده نمی‌شود). مشتریان در آغاز ماه = آن‌هایی که پیش از آن مشتری شده‌اند و تا آن زمان از دست نرفته‌اند؛ در پایان = در آغاز + جدید − ازدست‌رفته. نرخ ماندگاری = (مشتریان در پایان − مشتریان جدید) ÷ مشتریان در آغاز. مشتریان متعلق به مسئول مخاطب‌اند. فقط نخستین باری که مخاطب مشتری شده و آخرین ازدست‌رفتنش شمرده می‌شود: مشتری‌ای که رفته و بازگشته، هرگز نرفته به حساب می‌آید.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="223"/>
        <source>Goals whose period overlaps the range (a salesperson&apos;s own when one is chosen). Actual = over the goal&apos;s whole period (both days included, UTC days): new leads = contacts created, owned by the salesperson; deals won = deals won (closed) and owned by the salesperson, by count or by value in the base currency (deals in a currency without a rate left out of the value); activities = activities logged by the salesperson. A team goal counts everyone. Progress = actual ÷ target. Expected by now = target × the share of the period&apos;s days before today. Pace: done when actual ≥ target, on track when actual ≥ expected by now, else behind.</source>
        <translation>اهدافی که دوره‌شان با بازه هم‌پوشانی دارد (اهداف خود فروشنده، اگر فروشنده‌ای انتخاب شده باشد). واقعی = در کل دوره هدف (هر دو روز شامل، روزها به وقت UTC): سرنخ‌های جدید = مخاطبان ایجادشده با مسئولیت فروشنده؛ معاملات موفق = معاملات موفق (بسته‌شده) با مسئولیت فروشنده، بر اساس تعداد یا مبلغ به ارز پایه (معاملات با ارزی بدون نرخ تبدیل در مبلغ لحاظ نمی‌شوند)؛ فعالیت‌ها = فعالیت‌های ثبت‌شده توسط فروشنده. هدف تیمی همه را می‌شمارد. پیشرفت = واقعی ÷ هدف. مورد انتظار تا اکنون = هدف × سهم روزهای دوره پیش از امروز. روند: محقق‌شده وقتی واقعی ≥ هدف، طبق برنامه وقتی واقعی ≥ مورد انتظار تا اکنون، وگرنه عقب از برنامه.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="235"/>
        <source>No data for this range</source>
        <translation>داده‌ای برای این بازه وجود ندارد</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="236"/>
        <source>This report has no chart</source>
        <translation>این گزارش نمودار ندارد</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="237"/>
        <source>No target</source>
        <translation>بدون هدف</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="238"/>
        <source>On track</source>
        <translation>طبق برنامه</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="239"/>
        <source>Behind</source>
        <translation>عقب از برنامه</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="240"/>
        <source>Expected by today</source>
        <translation>مورد انتظار تا امروز</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="241"/>
        <source>Definition</source>
        <translation>تعریف</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="246"/>
        <source>No data in this range.</source>
        <extracomment>caveats by ``Note.code``; ``{placeholders}`` are filled from ``Note.params``</extracomment>
        <translation>در این بازه داده‌ای وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="247"/>
        <source>The range is empty.</source>
        <translation>بازه خالی است.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="248"/>
        <source>Deals in {currencies} have no exchange rate to {base} and are left out of the amounts.</source>
        <translation>معاملات به {currencies} نرخ تبدیلی به {base} ندارند و در مبالغ لحاظ نشده‌اند.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="252"/>
        <source>{count} deal(s) without a value are left out of the amounts.</source>
        <translation>{count} معامله بدون ارزش در مبالغ لحاظ نشده است.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="255"/>
        <source>{count} open deal(s) without an expected close date are not in the forecast.</source>
        <translation>{count} معامله باز بدون تاریخ بستن پیش‌بینی‌شده در پیش‌بینی نیامده است.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="259"/>
        <source>Deleted salespeople still counted: {names}.</source>
        <translation>کارشناسان فروش حذف‌شده‌ای که همچنان شمرده می‌شوند: {names}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="262"/>
        <source>{count} won deal(s) without a company or contact are left out.</source>
        <translation>{count} معامله موفق بدون شرکت یا مخاطب لحاظ نشده است.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="265"/>
        <source>Stages of the pipeline {pipeline}; choose a pipeline to see another.</source>
        <translation>مراحل قیف فروش {pipeline}؛ برای دیدن قیف دیگر، آن را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="268"/>
        <source>Activities and tasks are not tied to a pipeline: the pipeline filter is not used.</source>
        <translation>فعالیت‌ها و کارها به قیف فروش وابسته نیستند: فیلتر قیف فروش به کار نمی‌رود.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="272"/>
        <source>{count} lost contact(s) have no recorded date of loss and are left out.</source>
        <translation>{count} مخاطب ازدست‌رفته تاریخ ثبت‌شده‌ای برای از دست رفتن ندارند و لحاظ نشده‌اند.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/page.py" line="131"/>
        <source>Export…</source>
        <translation>برون‌بری…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/page.py" line="132"/>
        <source>Print…</source>
        <translation>چاپ…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/page.py" line="227"/>
        <source>How it is computed: {0}</source>
        <translation>شیوه محاسبه: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/page.py" line="282"/>
        <source>PDF document (*.pdf);;Excel workbook (*.xlsx);;PNG image (*.png)</source>
        <translation>سند PDF (*.pdf);;کارپوشه Excel (*.xlsx);;تصویر PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/page.py" line="283"/>
        <source>Export report</source>
        <translation>برون‌بری گزارش</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../desktop_crm/ui/shell/search_box.py" line="92"/>
        <source>Search people and companies (Ctrl+K)</source>
        <translation>جستجوی افراد و شرکت‌ها (Ctrl+K)</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../desktop_crm/ui/shell/search_box.py" line="57"/>
        <source>Showing {shown} of {total} results</source>
        <translation>نمایش {shown} از {total} نتیجه</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="46"/>
        <source>Made by hand</source>
        <translation>دستی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="47"/>
        <source>Before a database upgrade</source>
        <translation>پیش از ارتقای پایگاه داده</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="48"/>
        <source>Before a restore</source>
        <translation>پیش از بازیابی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="49"/>
        <source>Before an import</source>
        <translation>پیش از درون‌ریزی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="50"/>
        <source>Before a merge</source>
        <translation>پیش از ادغام</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="51"/>
        <source>Automatic</source>
        <translation>خودکار</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="199"/>
        <source>Pipelines</source>
        <translation>قیف‌های فروش</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="200"/>
        <source>Custom fields</source>
        <translation>فیلدهای سفارشی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="201"/>
        <source>Data</source>
        <translation>داده‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="209"/>
        <source>Calendar and tasks</source>
        <translation>تقویم و کارها</translation>
    </message>
</context>
<context>
    <name>StageHistoryModel</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_stage.py" line="157"/>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_stage.py" line="157"/>
        <source>By</source>
        <translation>توسط</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_stage.py" line="163"/>
        <source>Created in {stage}</source>
        <translation>ایجاد در مرحله {stage}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_stage.py" line="180"/>
        <source>unknown user</source>
        <translation>کاربر نامشخص</translation>
    </message>
</context>
<context>
    <name>StageRulesEditor</name>
    <message>
        <location filename="../../desktop_crm/ui/settings/stage_rules.py" line="53"/>
        <source>never</source>
        <translation>هرگز</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/stage_rules.py" line="54"/>
        <source>A deal longer than this in the stage is stale</source>
        <translation>معامله‌ای که بیش از این مدت در مرحله بماند راکد است</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/stage_rules.py" line="61"/>
        <source>Create a task for the owner</source>
        <translation>ایجاد کار برای مسئول</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/stage_rules.py" line="63"/>
        <source>e.g. Send the proposal</source>
        <translation>مثلاً: ارسال پیشنهاد</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/stage_rules.py" line="66"/>
        <source>due in </source>
        <translation>سررسید تا </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/stage_rules.py" line="67"/>
        <source> days</source>
        <translation> روز</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/stage_rules.py" line="68"/>
        <source>Set the probability to</source>
        <translation>تنظیم احتمال روی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/stage_rules.py" line="77"/>
        <source>Default probability</source>
        <translation>احتمال پیش‌فرض</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/stage_rules.py" line="79"/>
        <source>Required before entering</source>
        <translation>الزامی پیش از ورود</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/stage_rules.py" line="91"/>
        <source>When a deal enters</source>
        <translation>وقتی معامله وارد مرحله می‌شود</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/stage_rules.py" line="112"/>
        <source>Rules of “{stage}”</source>
        <translation>قوانین «{stage}»</translation>
    </message>
</context>
<context>
    <name>StagesModel</name>
    <message>
        <location filename="../../desktop_crm/ui/settings/stage_models.py" line="140"/>
        <source>{name} · {percent} %</source>
        <translation>{name} · {percent}٪</translation>
    </message>
</context>
<context>
    <name>TagListModel</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/tags.py" line="66"/>
        <source>Tag “{name}”: click × or press Delete to remove it</source>
        <translation>برچسب «⁨{name}⁩»: برای حذف، روی × کلیک کنید یا کلید Delete را بزنید</translation>
    </message>
</context>
<context>
    <name>TagsEditor</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/tags.py" line="166"/>
        <source>Add a tag and press Enter</source>
        <translation>برچسبی بنویسید و Enter را بزنید</translation>
    </message>
</context>
<context>
    <name>TargetDelegate</name>
    <message>
        <location filename="../../desktop_crm/ui/importer/delegates.py" line="58"/>
        <source>Import as</source>
        <extracomment>(label, target key; &quot;&quot; for &quot;ignore&quot;) for the combo, in display order</extracomment>
        <translation>درون‌ریزی به‌عنوان</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/tasks/fields.py" line="288"/>
        <source>{h} h {m} min</source>
        <translation>{h} ساعت و {m} دقیقه</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/fields.py" line="290"/>
        <source>{h} h</source>
        <translation>{h} ساعت</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/fields.py" line="291"/>
        <source>{m} min</source>
        <translation>{m} دقیقه</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_dialog.py" line="94"/>
        <source>Edit task</source>
        <translation>ویرایش کار</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_dialog.py" line="94"/>
        <source>New task</source>
        <translation>کار جدید</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_dialog.py" line="97"/>
        <source>What is to be done</source>
        <translation>چه کاری باید انجام شود</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_dialog.py" line="163"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_dialog.py" line="221"/>
        <source>Reopen</source>
        <translation>بازگشایی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_dialog.py" line="221"/>
        <source>Mark done</source>
        <translation>انجام شد</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_dialog.py" line="256"/>
        <source>(nobody)</source>
        <translation>(هیچ‌کس)</translation>
    </message>
</context>
<context>
    <name>TaskListModel</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/task_list.py" line="74"/>
        <source>overdue</source>
        <translation>سررسید گذشته</translation>
    </message>
</context>
<context>
    <name>TaskTreeModel</name>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_model.py" line="34"/>
        <source>Task</source>
        <translation>کار</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_model.py" line="35"/>
        <source>Due</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_model.py" line="36"/>
        <source>Linked to</source>
        <translation>مرتبط با</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_model.py" line="37"/>
        <source>Assigned to</source>
        <translation>مسئول انجام</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_model.py" line="38"/>
        <source>Priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_model.py" line="41"/>
        <source>Overdue</source>
        <translation>سررسید گذشته</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_model.py" line="42"/>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_model.py" line="43"/>
        <source>Upcoming</source>
        <translation>پیش رو</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_model.py" line="44"/>
        <source>Done</source>
        <translation>انجام‌شده</translation>
    </message>
</context>
<context>
    <name>TimeGridView</name>
    <message>
        <location filename="../../desktop_crm/ui/calendar/time_grid.py" line="94"/>
        <source>Day</source>
        <translation>روز</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/time_grid.py" line="94"/>
        <source>Week</source>
        <translation>هفته</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="88"/>
        <source>unknown user</source>
        <translation>کاربر نامشخص</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="105"/>
        <source>Import of {file} undone</source>
        <translation>ورود {file} لغو شد</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="108"/>
        <source>Imported from {file}</source>
        <translation>وارد شده از {file}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="110"/>
        <source>Created</source>
        <translation>ایجاد شد</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="111"/>
        <source>Deleted</source>
        <translation>حذف شد</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="112"/>
        <source>Restored</source>
        <translation>بازیابی شد</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="113"/>
        <source>Tag added: {tag}</source>
        <translation>برچسب افزوده شد: {tag}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="114"/>
        <source>Tag removed: {tag}</source>
        <translation>برچسب حذف شد: {tag}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="115"/>
        <source>Merged in: {tag}</source>
        <translation>ادغام‌شده در این رکورد: {tag}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="127"/>
        <source>import of {file} undone</source>
        <translation>ورود {file} لغو شد</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="130"/>
        <source>imported from {file}</source>
        <translation>وارد شده از {file}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="138"/>
        <source>({minutes} min)</source>
        <translation>({minutes} دقیقه)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="143"/>
        <source>Outcome: {outcome}</source>
        <translation>نتیجه: {outcome}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="160"/>
        <source>{field}: {old} {arrow} {new}</source>
        <translation>{field}: {old} {arrow} {new}</translation>
    </message>
</context>
</TS>
