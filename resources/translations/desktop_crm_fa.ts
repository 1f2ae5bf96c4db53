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
    <name>DamagedDatabaseDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="38"/>
        <source>The database file is damaged</source>
        <translation>پرونده پایگاه داده آسیب دیده است</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="42"/>
        <source>desktop_crm cannot safely open {path}: the file is damaged ({problem}).
Nothing was changed. Choose a backup to restore; the damaged file is kept beside it with the ending .damaged.</source>
        <translation>desktop_crm نمی‌تواند ⁦{path}⁩ را با اطمینان باز کند: پرونده آسیب دیده است ({problem}).
هیچ تغییری اعمال نشد. یک نسخه پشتیبان را برای بازیابی انتخاب کنید؛ پرونده آسیب‌دیده با پسوند ‎.damaged‏ کنار آن نگه داشته می‌شود.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="58"/>
        <source>{when} — {size} ({reason})</source>
        <translation>{when} — {size} ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="67"/>
        <source>There are no backups of this database.</source>
        <translation>هیچ نسخه پشتیبانی از این پایگاه داده وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="71"/>
        <source>Restore selected backup</source>
        <translation>بازیابی نسخه پشتیبان انتخاب‌شده</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="74"/>
        <source>Quit</source>
        <translation>خروج</translation>
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
    <name>DateFieldEditor</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/editors.py" line="197"/>
        <source>Pick a date</source>
        <translation>انتخاب تاریخ</translation>
    </message>
</context>
<context>
    <name>DealCardDelegate</name>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/card_delegate.py" line="50"/>
        <source>1 day</source>
        <translation>۱ روز</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/pipeline/card_delegate.py" line="50"/>
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln روز</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/card_delegate.py" line="55"/>
        <source>No task planned</source>
        <translation>کاری برنامه‌ریزی نشده</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/card_delegate.py" line="57"/>
        <source>Next: {task}</source>
        <translation>بعدی: {task}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/card_delegate.py" line="58"/>
        <source>Next: {task} · {due}</source>
        <translation>بعدی: {task} · {due}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/card_delegate.py" line="184"/>
        <source>stale</source>
        <translation>راکد</translation>
    </message>
</context>
<context>
    <name>DealCardWidget</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_card.py" line="74"/>
        <source>(no title)</source>
        <translation>(بدون عنوان)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_card.py" line="117"/>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_card.py" line="118"/>
        <source>Products and services</source>
        <translation>محصولات و خدمات</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_card.py" line="119"/>
        <source>Tasks</source>
        <translation>کارها</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_card.py" line="120"/>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_card.py" line="121"/>
        <source>Stage history</source>
        <translation>تاریخچه مراحل</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_card.py" line="136"/>
        <source>Timeline</source>
        <translation>خط زمانی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_card.py" line="195"/>
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
        <location filename="../../desktop_crm/ui/pipeline/deals_table.py" line="130"/>
        <source>{percent} %</source>
        <translation>{percent}٪</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/deals_table.py" line="133"/>
        <source>{days} (stale)</source>
        <translation>{days} (راکد)</translation>
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
    <name>DemoPrompt</name>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="88"/>
        <source>Welcome to desktop_crm</source>
        <translation>به desktop_crm خوش آمدید</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="89"/>
        <source>Your database is empty.</source>
        <translation>پایگاه داده شما خالی است.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="91"/>
        <source>Load a demo data set (300 contacts and 60 companies in English, Italian, Russian, Persian and Thai) to explore the app? You can undo it with Ctrl+Z.</source>
        <translation>مجموعه‌ای از داده‌های نمونه (۳۰۰ مخاطب و ۶۰ شرکت به زبان‌های انگلیسی، ایتالیایی، روسی، فارسی و تایلندی) برای آشنایی با برنامه بارگذاری شود؟ می‌توانید با Ctrl+Z آن را واگرد کنید.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/formatting.py" line="166"/>
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/formatting.py" line="168"/>
        <source>No</source>
        <translation>خیر</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/formatting.py" line="202"/>
        <source>(unknown)</source>
        <translation>(نامشخص)</translation>
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
        <location filename="../../desktop_crm/ui/labels.py" line="75"/>
        <location filename="../../desktop_crm/ui/labels.py" line="89"/>
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
        <location filename="../../desktop_crm/ui/labels.py" line="90"/>
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
        <location filename="../../desktop_crm/ui/labels.py" line="127"/>
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
        <location filename="../../desktop_crm/ui/labels.py" line="64"/>
        <source>contact</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="65"/>
        <source>company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="66"/>
        <source>deal</source>
        <translation>معامله</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="67"/>
        <source>activity</source>
        <translation>فعالیت</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="68"/>
        <source>task</source>
        <translation>کار</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="69"/>
        <source>user</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="70"/>
        <source>custom field</source>
        <translation>فیلد سفارشی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="74"/>
        <source>Call</source>
        <translation>تماس</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="76"/>
        <source>Meeting</source>
        <translation>جلسه</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="77"/>
        <source>Demo</source>
        <translation>دمو</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="78"/>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="79"/>
        <source>Message</source>
        <translation>پیام</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="84"/>
        <source>Potential</source>
        <translation>بالقوه</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="85"/>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="86"/>
        <source>Permanent</source>
        <translation>دائمی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="87"/>
        <location filename="../../desktop_crm/ui/labels.py" line="119"/>
        <source>Lost</source>
        <translation>از دست رفته</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="91"/>
        <source>SMS</source>
        <translation>پیامک</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="92"/>
        <source>Messenger</source>
        <translation>پیام‌رسان</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="93"/>
        <source>In person</source>
        <translation>حضوری</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="95"/>
        <source>Administrator</source>
        <translation>مدیر سیستم</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="96"/>
        <source>Manager</source>
        <translation>مدیر</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="97"/>
        <source>Salesperson</source>
        <translation>کارشناس فروش</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="99"/>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="100"/>
        <source>Long text</source>
        <translation>متن بلند</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="101"/>
        <source>Number</source>
        <translation>عدد</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="102"/>
        <source>Money</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="103"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="104"/>
        <source>Choice</source>
        <translation>انتخاب تکی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="105"/>
        <source>Multiple choice</source>
        <translation>چندگزینه‌ای</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="106"/>
        <source>Checkbox</source>
        <translation>کادر علامت</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="107"/>
        <source>Web address</source>
        <translation>نشانی وب</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="112"/>
        <source>Subscriber</source>
        <translation>مشترک</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="113"/>
        <source>Lead</source>
        <translation>سرنخ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="114"/>
        <source>MQL</source>
        <translation>MQL</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="115"/>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="116"/>
        <source>Opportunity</source>
        <translation>فرصت فروش</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="117"/>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="118"/>
        <source>Evangelist</source>
        <translation>مروج برند</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="120"/>
        <source>Trade show</source>
        <translation>نمایشگاه تجاری</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="121"/>
        <source>Referral</source>
        <translation>معرفی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="122"/>
        <source>Web form</source>
        <translation>فرم وب</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="123"/>
        <source>Webinar</source>
        <translation>وبینار</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="124"/>
        <source>Campaign</source>
        <translation>کمپین</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="125"/>
        <source>Cold call</source>
        <translation>تماس سرد</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="126"/>
        <source>Social media</source>
        <translation>شبکه‌های اجتماعی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="129"/>
        <source>Sales</source>
        <translation>فروش</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="130"/>
        <source>Lead in</source>
        <translation>سرنخ ورودی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="131"/>
        <source>Qualified</source>
        <translation>واجد شرایط</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="132"/>
        <source>Contacted</source>
        <translation>تماس گرفته شد</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="133"/>
        <source>Proposal</source>
        <translation>پیشنهاد</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="134"/>
        <source>Negotiation</source>
        <translation>مذاکره</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="135"/>
        <source>Won</source>
        <translation>موفق</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="136"/>
        <source>Price</source>
        <translation>قیمت</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="137"/>
        <source>Competitor</source>
        <translation>رقیب</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="138"/>
        <source>No budget</source>
        <translation>بودجه ندارد</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="139"/>
        <source>No decision</source>
        <translation>بدون تصمیم</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="140"/>
        <source>Timing</source>
        <translation>زمان‌بندی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="141"/>
        <source>Other</source>
        <translation>سایر</translation>
    </message>
</context>
<context>
    <name>LogActivityDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="83"/>
        <source> min</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="85"/>
        <source>e.g. interested, call back next week</source>
        <translation>مثلاً: علاقه‌مند است، هفته بعد دوباره تماس بگیرید</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="88"/>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="89"/>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="91"/>
        <source>Duration</source>
        <translation>مدت</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="95"/>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="98"/>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
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
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="34"/>
        <source>Dashboard</source>
        <translation>داشبورد</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="35"/>
        <source>Key figures of your sales at a glance: open pipeline, deals won, overdue tasks, goals.</source>
        <translation>شاخص‌های کلیدی فروش در یک نگاه: فرصت‌های باز، معاملات موفق، کارهای عقب‌افتاده و اهداف.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="40"/>
        <source>Pipeline</source>
        <translation>قیف فروش</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="41"/>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="42"/>
        <source>Companies</source>
        <translation>شرکت‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="45"/>
        <source>Calendar</source>
        <translation>تقویم</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="46"/>
        <source>Tasks, meetings and reminders by month, week and day.</source>
        <translation>کارها، جلسه‌ها و یادآورها به تفکیک ماه، هفته و روز.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="50"/>
        <source>Reports</source>
        <translation>گزارش‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="51"/>
        <source>Funnel, conversion, forecast and activity reports per salesperson.</source>
        <translation>گزارش‌های قیف فروش، نرخ تبدیل، پیش‌بینی و فعالیت هر کارشناس فروش.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="55"/>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="78"/>
        <source>desktop_crm</source>
        <translation>desktop_crm</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="81"/>
        <source>Search</source>
        <translation>جستجو</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="111"/>
        <source>Database: {path}</source>
        <translation>پایگاه داده: ⁦{path}⁩</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="119"/>
        <source>&amp;File</source>
        <translation>&amp;پرونده</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="120"/>
        <source>Back up now</source>
        <translation>پشتیبان‌گیری هم‌اکنون</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="122"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="126"/>
        <source>&amp;Edit</source>
        <translation>&amp;ویرایش</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="127"/>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="289"/>
        <source>&amp;Undo</source>
        <translation>&amp;واگرد</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="129"/>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="294"/>
        <source>&amp;Redo</source>
        <translation>&amp;ازنو</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="134"/>
        <source>&amp;Find…</source>
        <translation>&amp;جستجو…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="136"/>
        <source>Recently &amp;deleted…</source>
        <translation>&amp;حذف‌شده‌های اخیر…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="138"/>
        <source>&amp;View</source>
        <translation>&amp;نما</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="144"/>
        <source>Close record</source>
        <translation>بستن کارت</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="273"/>
        <source>Backup saved: {path}</source>
        <translation>نسخه پشتیبان ذخیره شد: ⁦{path}⁩</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="287"/>
        <source>&amp;Undo {what}</source>
        <translation>&amp;واگرد «{what}»</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="292"/>
        <source>&amp;Redo {what}</source>
        <translation>&amp;ازنو «{what}»</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="300"/>
        <source>Warning: the database is in a cloud-synced folder; SQLite&apos;s locking is not reliable there. Keep it in a local folder.</source>
        <translation>هشدار: پایگاه داده در پوشه‌ای است که با فضای ابری همگام می‌شود؛ قفل‌گذاری SQLite در آنجا قابل اعتماد نیست. آن را در یک پوشه محلی نگه دارید.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="303"/>
        <source>Warning: the database is on a network drive; SQLite&apos;s locking is not reliable there. Keep it on this computer.</source>
        <translation>هشدار: پایگاه داده روی یک درایو شبکه است؛ قفل‌گذاری SQLite در آنجا قابل اعتماد نیست. آن را روی همین رایانه نگه دارید.</translation>
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
        <location filename="../../desktop_crm/ui/messages.py" line="96"/>
        <source>Create {what}</source>
        <translation>ایجاد {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="97"/>
        <source>Edit {what}</source>
        <translation>ویرایش {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="98"/>
        <source>Delete {what}</source>
        <translation>حذف {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="99"/>
        <source>Restore {what}</source>
        <translation>بازیابی {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="100"/>
        <source>Tag {what}</source>
        <translation>افزودن برچسب به {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="101"/>
        <source>Remove tag from {what}</source>
        <translation>حذف برچسب از {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="102"/>
        <source>Log {what}</source>
        <translation>ثبت {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="103"/>
        <source>Set up</source>
        <translation>راه‌اندازی اولیه</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="104"/>
        <source>Load demo data</source>
        <translation>بارگذاری داده‌های نمونه</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="105"/>
        <source>Move {what}</source>
        <translation>جابه‌جایی {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="106"/>
        <source>Mark {what} as won</source>
        <translation>ثبت {what} به‌عنوان موفق</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="107"/>
        <source>Mark {what} as lost</source>
        <translation>ثبت {what} به‌عنوان ناموفق</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="108"/>
        <source>Reopen {what}</source>
        <translation>بازگشایی {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="109"/>
        <source>Reorder {what}</source>
        <translation>تغییر ترتیب {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="110"/>
        <source>Link to {what}</source>
        <translation>پیوند به {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="111"/>
        <source>Unlink from {what}</source>
        <translation>قطع پیوند از {what}</translation>
    </message>
</context>
<context>
    <name>MultiChoiceEditor</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/editors.py" line="329"/>
        <location filename="../../desktop_crm/ui/cards/editors.py" line="333"/>
        <source>(none)</source>
        <translation>(هیچ)</translation>
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
    <name>QuickActions</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="31"/>
        <source>Log call</source>
        <translation>ثبت تماس</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="32"/>
        <source>Log meeting</source>
        <translation>ثبت جلسه</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="33"/>
        <source>Log email</source>
        <translation>ثبت ایمیل</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="34"/>
        <source>Add note</source>
        <translation>افزودن یادداشت</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="37"/>
        <source>Log a call</source>
        <translation>ثبت تماس</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="38"/>
        <source>Log a meeting</source>
        <translation>ثبت جلسه</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="39"/>
        <source>Log an email</source>
        <translation>ثبت ایمیل</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="40"/>
        <source>Add a note</source>
        <translation>افزودن یادداشت</translation>
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
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="82"/>
        <source>(no name)</source>
        <translation>(بدون نام)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="121"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="137"/>
        <source>Restore</source>
        <translation>بازیابی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="149"/>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="154"/>
        <source>Custom fields</source>
        <translation>فیلدهای سفارشی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="156"/>
        <source>No custom fields yet. Add them in Settings.</source>
        <translation>هنوز فیلد سفارشی‌ای وجود ندارد. آن را در تنظیمات اضافه کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="183"/>
        <source>Timeline</source>
        <translation>خط زمانی</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="239"/>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="292"/>
        <source>(unknown)</source>
        <translation>(نامشخص)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="299"/>
        <source>Contacts: {count}</source>
        <translation>مخاطبان: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="304"/>
        <source>Owner: {name}</source>
        <translation>مسئول: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="307"/>
        <source>Last contacted: {when}</source>
        <translation>آخرین تماس: {when}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="308"/>
        <source>Created: {when}</source>
        <translation>تاریخ ایجاد: {when}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="333"/>
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
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="235"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="190"/>
        <source>Columns</source>
        <translation>ستون‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="265"/>
        <source>All owners</source>
        <translation>همه مسئولان</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="267"/>
        <source>All tags</source>
        <translation>همه برچسب‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="270"/>
        <source>All stages</source>
        <translation>همه مراحل</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="276"/>
        <source>All sources</source>
        <translation>همه منابع</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="339"/>
        <source>1 contact</source>
        <translation>۱ مخاطب</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="339"/>
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln مخاطب</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="341"/>
        <source>1 company</source>
        <translation>۱ شرکت</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="341"/>
        <source>%Ln companies</source>
        <translation>
            <numerusform>%Ln شرکت</numerusform>
        </translation>
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
    <name>TaskListModel</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/task_list.py" line="48"/>
        <source>overdue</source>
        <translation>سررسید گذشته</translation>
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
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="100"/>
        <source>Created</source>
        <translation>ایجاد شد</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="101"/>
        <source>Deleted</source>
        <translation>حذف شد</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="102"/>
        <source>Restored</source>
        <translation>بازیابی شد</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="103"/>
        <source>Tag added: {tag}</source>
        <translation>برچسب افزوده شد: {tag}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="104"/>
        <source>Tag removed: {tag}</source>
        <translation>برچسب حذف شد: {tag}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="115"/>
        <source>({minutes} min)</source>
        <translation>({minutes} دقیقه)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="120"/>
        <source>Outcome: {outcome}</source>
        <translation>نتیجه: {outcome}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="137"/>
        <source>{field}: {old} {arrow} {new}</source>
        <translation>{field}: {old} {arrow} {new}</translation>
    </message>
</context>
</TS>
