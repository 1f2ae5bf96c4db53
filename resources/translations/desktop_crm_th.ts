<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
<context>
    <name>AddCustomFieldDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/settings/custom_fields.py" line="82"/>
        <source>New custom field</source>
        <translation>ฟิลด์กำหนดเองใหม่</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/custom_fields.py" line="89"/>
        <source>One option per line</source>
        <translation>หนึ่งตัวเลือกต่อบรรทัด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/custom_fields.py" line="92"/>
        <source>Label</source>
        <translation>ป้ายกำกับ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/custom_fields.py" line="93"/>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/custom_fields.py" line="94"/>
        <source>Options</source>
        <translation>ตัวเลือก</translation>
    </message>
</context>
<context>
    <name>AddDealContactDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_contacts.py" line="166"/>
        <source>Add a contact to the deal</source>
        <translation>เพิ่มผู้ติดต่อในดีล</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_contacts.py" line="168"/>
        <source>Name, email, phone or company</source>
        <translation>ชื่อ อีเมล โทรศัพท์ หรือบริษัท</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_contacts.py" line="181"/>
        <source>Find</source>
        <translation>ค้นหา</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../desktop_crm/ui/calendar/agenda.py" line="130"/>
        <source>Birthday</source>
        <translation>วันเกิด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/agenda.py" line="132"/>
        <source>All day</source>
        <translation>ทั้งวัน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/agenda.py" line="91"/>
        <source>Today</source>
        <translation>วันนี้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/agenda.py" line="110"/>
        <location filename="../../desktop_crm/ui/calendar/agenda.py" line="192"/>
        <source>overdue</source>
        <translation>เลยกำหนด</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <location filename="../../desktop_crm/ui/calendar/agenda.py" line="225"/>
        <source>Agenda</source>
        <translation>กำหนดการ</translation>
    </message>
</context>
<context>
    <name>AllDayHeader</name>
    <message>
        <location filename="../../desktop_crm/ui/calendar/allday_header.py" line="113"/>
        <location filename="../../desktop_crm/ui/calendar/time_grid.py" line="149"/>
        <source>all day</source>
        <translation>ทั้งวัน</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/calendar/allday_header.py" line="153"/>
        <source>+%n more</source>
        <translation>
            <numerusform>อีก %n รายการ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="68"/>
        <source>When</source>
        <translation>วันเวลา</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="68"/>
        <source>Why</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="68"/>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="68"/>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../desktop_crm/ui/calendar/page.py" line="102"/>
        <source>Month</source>
        <translation>เดือน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/page.py" line="102"/>
        <source>Week</source>
        <translation>สัปดาห์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/page.py" line="102"/>
        <source>Day</source>
        <translation>วัน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/page.py" line="102"/>
        <source>Agenda</source>
        <translation>กำหนดการ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/page.py" line="113"/>
        <source>Previous (Page Up)</source>
        <translation>ก่อนหน้า (Page Up)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/page.py" line="114"/>
        <source>Previous</source>
        <translation>ก่อนหน้า</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/page.py" line="115"/>
        <source>Today</source>
        <translation>วันนี้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/page.py" line="116"/>
        <source>Go to today (T)</source>
        <translation>ไปที่วันนี้ (T)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/page.py" line="118"/>
        <source>Next (Page Down)</source>
        <translation>ถัดไป (Page Down)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/page.py" line="119"/>
        <source>Next</source>
        <translation>ถัดไป</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/page.py" line="131"/>
        <source>Whose tasks</source>
        <translation>งานของใคร</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/page.py" line="132"/>
        <source>Assignee</source>
        <translation>ผู้รับผิดชอบงาน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/page.py" line="134"/>
        <source>New task</source>
        <translation>งานใหม่</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/page.py" line="164"/>
        <source>Everyone</source>
        <translation>ทุกคน</translation>
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
        <translation>เดือนก่อนหน้า</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/fields.py" line="79"/>
        <source>Next month</source>
        <translation>เดือนถัดไป</translation>
    </message>
</context>
<context>
    <name>CalendarSettings</name>
    <message>
        <location filename="../../desktop_crm/ui/settings/calendar_settings.py" line="66"/>
        <source>Apply</source>
        <translation>นำไปใช้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/calendar_settings.py" line="67"/>
        <source>Revert</source>
        <translation>คืนค่า</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/calendar_settings.py" line="80"/>
        <source>Calendar</source>
        <translation>ปฏิทิน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/calendar_settings.py" line="88"/>
        <source>Locale default ({day})</source>
        <translation>ตามภูมิภาค ({day})</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/calendar_settings.py" line="95"/>
        <source>to</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/calendar_settings.py" line="100"/>
        <source>Calendar system</source>
        <translation>ระบบปฏิทิน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/calendar_settings.py" line="101"/>
        <source>First day of the week</source>
        <translation>วันแรกของสัปดาห์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/calendar_settings.py" line="102"/>
        <source>Working hours</source>
        <translation>เวลาทำงาน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/calendar_settings.py" line="106"/>
        <source>Automatic tasks</source>
        <translation>งานอัตโนมัติ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/calendar_settings.py" line="111"/>
        <source>Birthday reminders, days ahead</source>
        <translation>เตือนวันเกิดล่วงหน้า (วัน)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/calendar_settings.py" line="113"/>
        <source>Remind me about customers not contacted for (days)</source>
        <translation>เตือนเมื่อไม่ได้ติดต่อลูกค้านานเกิน (วัน)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/calendar_settings.py" line="115"/>
        <source>0 turns a rule off. Shared by everyone using this database.</source>
        <translation>ใส่ 0 เพื่อปิดกฎ การตั้งค่านี้ใช้ร่วมกันสำหรับทุกคนที่ใช้ฐานข้อมูลนี้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/calendar_settings.py" line="132"/>
        <source>Off</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/calendar_settings.py" line="195"/>
        <source>The working day must end after it starts.</source>
        <translation>เวลาเลิกงานต้องอยู่หลังเวลาเริ่มงาน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/calendar_settings.py" line="230"/>
        <source>The preferences could not be saved: {error}</source>
        <translation>บันทึกการตั้งค่าไม่ได้: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/calendar_settings.py" line="237"/>
        <source>Saved.</source>
        <translation>บันทึกแล้ว</translation>
    </message>
</context>
<context>
    <name>CardTasksBox</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/task_list.py" line="122"/>
        <source>Plan task</source>
        <translation>วางแผนงาน</translation>
    </message>
</context>
<context>
    <name>CloseZones</name>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/close_zones.py" line="89"/>
        <source>Drop a card here, or select a deal and click</source>
        <translation>ลากการ์ดมาวางที่นี่ หรือเลือกดีลแล้วคลิก</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/close_zones.py" line="104"/>
        <source>Won ({count})</source>
        <translation>ปิดการขายได้ ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/close_zones.py" line="105"/>
        <source>Lost ({count})</source>
        <translation>ปิดการขายไม่ได้ ({count})</translation>
    </message>
</context>
<context>
    <name>ColumnHeader</name>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/column_widget.py" line="129"/>
        <source>1 deal</source>
        <translation>ดีล 1 รายการ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/pipeline/column_widget.py" line="129"/>
        <source>%Ln deals</source>
        <translation>
            <numerusform>ดีล %Ln รายการ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/column_widget.py" line="133"/>
        <source>Total {amount}</source>
        <translation>รวม {amount}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/column_widget.py" line="134"/>
        <source>Weighted {amount}</source>
        <translation>ถ่วงน้ำหนัก {amount}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/column_widget.py" line="135"/>
        <source>Each deal&apos;s value times its probability, added up</source>
        <translation>ผลรวมของมูลค่าดีลแต่ละรายการคูณด้วยความน่าจะเป็น</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/column_widget.py" line="141"/>
        <source>No rate for {currencies}: not in the totals</source>
        <translation>ไม่มีอัตราแลกเปลี่ยนสำหรับ {currencies}: ไม่รวมในยอดรวม</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/column_widget.py" line="144"/>
        <source>Add exchange rates in Settings → Pipelines to include these deals.</source>
        <translation>เพิ่มอัตราแลกเปลี่ยนใน การตั้งค่า → ไปป์ไลน์ เพื่อรวมดีลเหล่านี้</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="95"/>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="186"/>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="98"/>
        <source>First name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="104"/>
        <source>Last name</source>
        <translation>นามสกุล</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="108"/>
        <source>Email</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="109"/>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="203"/>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="112"/>
        <source>Company</source>
        <translation>บริษัท</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="118"/>
        <source>Job title</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="124"/>
        <source>Lifecycle stage</source>
        <translation>ขั้นตอนวงจรชีวิต</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="130"/>
        <source>Customer status</source>
        <translation>สถานะลูกค้า</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="135"/>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="208"/>
        <source>Owner</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="139"/>
        <source>Source</source>
        <translation>แหล่งที่มา</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="145"/>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="188"/>
        <source>City</source>
        <translation>เมือง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="152"/>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="191"/>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="159"/>
        <source>Last contacted</source>
        <translation>ติดต่อล่าสุด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="165"/>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="234"/>
        <source>Created</source>
        <translation>วันที่สร้าง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="172"/>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="241"/>
        <source>Updated</source>
        <translation>อัปเดตล่าสุด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="187"/>
        <source>Industry</source>
        <translation>อุตสาหกรรม</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="197"/>
        <source>Website</source>
        <translation>เว็บไซต์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="212"/>
        <source>Employees</source>
        <translation>จำนวนพนักงาน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="220"/>
        <source>Annual revenue</source>
        <translation>รายได้ต่อปี</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="227"/>
        <source>Contacts</source>
        <translation>ผู้ติดต่อ</translation>
    </message>
</context>
<context>
    <name>ComingSoonPage</name>
    <message>
        <location filename="../../desktop_crm/ui/shell/placeholder.py" line="26"/>
        <source>Coming soon: this part of desktop_crm is not built yet.</source>
        <translation>เร็ว ๆ นี้: ส่วนนี้ของ desktop_crm ยังไม่พร้อมใช้งาน</translation>
    </message>
</context>
<context>
    <name>CompanyEditor</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/choice_editors.py" line="209"/>
        <source>Type a company name</source>
        <translation>พิมพ์ชื่อบริษัท</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/choice_editors.py" line="248"/>
        <source>No company is named “{name}”. Pick one from the list.</source>
        <translation>ไม่มีบริษัทชื่อ “{name}” โปรดเลือกจากรายการ</translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/compare_model.py" line="178"/>
        <source>After the merge</source>
        <translation>หลังการรวม</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/compare_model.py" line="251"/>
        <source>Keep</source>
        <translation>เก็บไว้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/compare_model.py" line="264"/>
        <source>Activities</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/compare_model.py" line="266"/>
        <source>Open tasks</source>
        <translation>งานที่ยังไม่เสร็จ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/compare_model.py" line="268"/>
        <source>Deals</source>
        <translation>ดีล</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/compare_model.py" line="269"/>
        <source>Contacts</source>
        <translation>ผู้ติดต่อ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/compare_model.py" line="283"/>
        <source>Keep this one</source>
        <translation>เก็บรายการนี้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/compare_model.py" line="283"/>
        <source>Merge into it</source>
        <translation>รวมเข้ากับรายการที่เก็บ</translation>
    </message>
</context>
<context>
    <name>CurrencyPanel</name>
    <message>
        <location filename="../../desktop_crm/ui/settings/currencies.py" line="188"/>
        <source>Currencies</source>
        <translation>สกุลเงิน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/currencies.py" line="199"/>
        <source>Rate</source>
        <translation>อัตราแลกเปลี่ยน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/currencies.py" line="200"/>
        <source>Set rate</source>
        <translation>กำหนดอัตรา</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/currencies.py" line="201"/>
        <source>Remove rate</source>
        <translation>ลบอัตรา</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/currencies.py" line="204"/>
        <source>Base currency</source>
        <translation>สกุลเงินหลัก</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/currencies.py" line="214"/>
        <source>Lost reasons</source>
        <translation>เหตุผลที่ปิดการขายไม่ได้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/currencies.py" line="220"/>
        <source>A new reason</source>
        <translation>เหตุผลใหม่</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/currencies.py" line="221"/>
        <source>Add</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/currencies.py" line="222"/>
        <source>Remove</source>
        <translation>นำออก</translation>
    </message>
</context>
<context>
    <name>CustomFieldDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/importer/custom_field.py" line="75"/>
        <source>New custom field</source>
        <extracomment>custom field types a column can become here (choices need their options: Settings)</extracomment>
        <translation>ฟิลด์กำหนดเองใหม่</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/custom_field.py" line="78"/>
        <source>Field name</source>
        <translation>ชื่อฟิลด์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/custom_field.py" line="80"/>
        <source>Field type</source>
        <translation>ประเภทฟิลด์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/custom_field.py" line="91"/>
        <source>The field is created for every record of this type when the import runs.</source>
        <translation>ฟิลด์นี้จะถูกสร้างให้กับทุกระเบียนประเภทนี้เมื่อเริ่มนำเข้า</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/custom_field.py" line="96"/>
        <source>Name:</source>
        <translation>ชื่อ:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/custom_field.py" line="97"/>
        <source>Type:</source>
        <translation>ประเภท:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/custom_field.py" line="122"/>
        <source>Give the field a name.</source>
        <translation>โปรดตั้งชื่อฟิลด์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/custom_field.py" line="124"/>
        <source>A field with this name exists already.</source>
        <translation>มีฟิลด์ชื่อนี้อยู่แล้ว</translation>
    </message>
</context>
<context>
    <name>CustomFields</name>
    <message>
        <location filename="../../desktop_crm/ui/settings/custom_fields.py" line="45"/>
        <source>Contacts</source>
        <translation>ผู้ติดต่อ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/custom_fields.py" line="46"/>
        <source>Companies</source>
        <translation>บริษัท</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/custom_fields.py" line="47"/>
        <source>Deals</source>
        <translation>ดีล</translation>
    </message>
</context>
<context>
    <name>CustomFieldsModel</name>
    <message>
        <location filename="../../desktop_crm/ui/settings/custom_fields.py" line="62"/>
        <source>Label</source>
        <translation>ป้ายกำกับ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/custom_fields.py" line="62"/>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/custom_fields.py" line="62"/>
        <source>Options</source>
        <translation>ตัวเลือก</translation>
    </message>
</context>
<context>
    <name>CustomFieldsPanel</name>
    <message>
        <location filename="../../desktop_crm/ui/settings/custom_fields.py" line="160"/>
        <source>Add field…</source>
        <translation>เพิ่มฟิลด์…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/custom_fields.py" line="161"/>
        <source>Remove field</source>
        <translation>นำฟิลด์ออก</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/custom_fields.py" line="163"/>
        <source>Custom fields of</source>
        <translation>ฟิลด์กำหนดเองของ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/custom_fields.py" line="172"/>
        <source>Custom fields appear on every card of that type. Removing a field hides it; the values stay and come back with Undo.</source>
        <translation>ฟิลด์กำหนดเองจะแสดงบนทุกการ์ดของประเภทนั้น การนำฟิลด์ออกเป็นเพียงการซ่อน ค่าต่าง ๆ ยังคงอยู่และกลับมาได้ด้วยการเลิกทำ</translation>
    </message>
</context>
<context>
    <name>CustomizeTilesDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles_customize.py" line="38"/>
        <source>Customize the dashboard</source>
        <translation>ปรับแต่งแดชบอร์ด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles_customize.py" line="39"/>
        <source>Tick the tiles to show; drag them or use the buttons to order.</source>
        <translation>ทำเครื่องหมายไทล์ที่จะแสดง ลากหรือใช้ปุ่มเพื่อจัดลำดับ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles_customize.py" line="46"/>
        <source>Move up</source>
        <translation>ย้ายขึ้น</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles_customize.py" line="47"/>
        <source>Move down</source>
        <translation>ย้ายลง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles_customize.py" line="48"/>
        <source>Reset</source>
        <translation>รีเซ็ต</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="39"/>
        <source>The database file is damaged</source>
        <translation>ไฟล์ฐานข้อมูลเสียหาย</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="43"/>
        <source>desktop_crm cannot safely open {path}: the file is damaged ({problem}).
Nothing was changed. Choose a backup to restore; the damaged file is kept beside it with the ending .damaged.</source>
        <translation>desktop_crm ไม่สามารถเปิด {path} ได้อย่างปลอดภัย: ไฟล์เสียหาย ({problem})
ไม่มีการเปลี่ยนแปลงใด ๆ โปรดเลือกข้อมูลสำรองที่จะกู้คืน ไฟล์ที่เสียหายจะถูกเก็บไว้ข้าง ๆ โดยต่อท้ายชื่อด้วย .damaged</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="56"/>
        <source>{when} — {size} ({reason})</source>
        <translation>{when} — {size} ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="65"/>
        <source>There are no backups of this database.</source>
        <translation>ไม่มีข้อมูลสำรองของฐานข้อมูลนี้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="69"/>
        <source>Restore selected backup</source>
        <translation>กู้คืนข้อมูลสำรองที่เลือก</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="72"/>
        <source>Quit</source>
        <translation>ออก</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_charts.py" line="42"/>
        <source>Weighted forecast by month</source>
        <extracomment>the charts under the tiles, in order</extracomment>
        <translation>ยอดคาดการณ์ถ่วงน้ำหนักรายเดือน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_charts.py" line="43"/>
        <source>Deals won per month</source>
        <translation>ดีลที่ปิดการขายได้รายเดือน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_charts.py" line="133"/>
        <source>Loading charts…</source>
        <translation>กำลังโหลดแผนภูมิ…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_charts.py" line="164"/>
        <source>No charts to show.</source>
        <translation>ไม่มีแผนภูมิที่จะแสดง</translation>
    </message>
</context>
<context>
    <name>DashboardDrill</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="41"/>
        <source>Deal</source>
        <extracomment>record type -&gt; column titles</extracomment>
        <translation>ดีล</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="42"/>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="50"/>
        <source>Company</source>
        <translation>บริษัท</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="43"/>
        <source>Value</source>
        <translation>มูลค่า</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="44"/>
        <source>Stage</source>
        <translation>ขั้นตอน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="45"/>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="52"/>
        <source>Owner</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="46"/>
        <source>Expected close</source>
        <translation>คาดว่าจะปิด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="49"/>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="51"/>
        <source>Source</source>
        <translation>แหล่งที่มา</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="53"/>
        <source>Created</source>
        <translation>วันที่สร้าง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="56"/>
        <source>When</source>
        <translation>วันเวลา</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="57"/>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="58"/>
        <source>Subject</source>
        <translation>หัวข้อ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="59"/>
        <source>By</source>
        <translation>โดย</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="63"/>
        <source>Task</source>
        <translation>งาน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="64"/>
        <source>Due</source>
        <translation>กำหนดเวลา</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="65"/>
        <source>Priority</source>
        <translation>ความสำคัญ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="66"/>
        <source>Assigned to</source>
        <translation>มอบหมายให้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="60"/>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="67"/>
        <source>Linked to</source>
        <translation>เชื่อมโยงกับ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="73"/>
        <source>Record</source>
        <translation>ระเบียน</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard.py" line="114"/>
        <source>Weekly digest…</source>
        <translation>สรุปประจำสัปดาห์…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard.py" line="115"/>
        <source>Goals…</source>
        <translation>เป้าหมาย…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard.py" line="116"/>
        <source>Customize…</source>
        <translation>ปรับแต่ง…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard.py" line="118"/>
        <source>Show:</source>
        <translation>แสดง:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard.py" line="158"/>
        <source>This week&apos;s digest is ready.</source>
        <translation>สรุปของสัปดาห์นี้พร้อมแล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard.py" line="159"/>
        <source>Open the digest</source>
        <translation>เปิดสรุป</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard.py" line="162"/>
        <source>Hide</source>
        <translation>ซ่อน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard.py" line="194"/>
        <source>Team</source>
        <translation>ทีม</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard.py" line="195"/>
        <source>Me</source>
        <translation>ฉัน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard.py" line="319"/>
        <source>The charts could not be drawn: {error}</source>
        <translation>วาดแผนภูมิไม่ได้: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard.py" line="323"/>
        <source>The dashboard could not be computed: {error}</source>
        <translation>คำนวณแดชบอร์ดไม่ได้: {error}</translation>
    </message>
</context>
<context>
    <name>DashboardTiles</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="37"/>
        <source>Open pipeline</source>
        <extracomment>tile key -&gt; title (the tiles the dashboard knows, in their default order)</extracomment>
        <translation>ไปป์ไลน์ที่เปิดอยู่</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="38"/>
        <source>Weighted forecast</source>
        <translation>ยอดคาดการณ์ถ่วงน้ำหนัก</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="39"/>
        <source>Won this month</source>
        <translation>ปิดการขายได้เดือนนี้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="40"/>
        <source>New leads this month</source>
        <translation>ลีดใหม่เดือนนี้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="41"/>
        <source>Overdue tasks</source>
        <translation>งานที่เลยกำหนด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="42"/>
        <source>Activities this week</source>
        <translation>กิจกรรมสัปดาห์นี้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="43"/>
        <source>Stale deals</source>
        <translation>ดีลที่ค้างนาน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="49"/>
        <source>The value of every open deal, in the base currency.</source>
        <extracomment>what each tile means (its tooltip)</extracomment>
        <translation>มูลค่าของดีลที่เปิดอยู่ทั้งหมด ในสกุลเงินหลัก</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="52"/>
        <source>Open deals&apos; value times their probability, in the base currency.</source>
        <translation>มูลค่าดีลที่เปิดอยู่คูณด้วยความน่าจะเป็น ในสกุลเงินหลัก</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="55"/>
        <source>Deals won since the first day of this month, against the goal.</source>
        <translation>ดีลที่ปิดการขายได้ตั้งแต่วันแรกของเดือนนี้ เทียบกับเป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="58"/>
        <source>Contacts created since the first day of this month, against the goal.</source>
        <translation>ผู้ติดต่อที่สร้างตั้งแต่วันแรกของเดือนนี้ เทียบกับเป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="61"/>
        <source>Open tasks whose due time has passed.</source>
        <translation>งานที่ยังไม่เสร็จและเลยกำหนดเวลาแล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="62"/>
        <source>Calls, emails, meetings and other activities logged this week.</source>
        <translation>การโทร อีเมล การประชุม และกิจกรรมอื่นที่บันทึกในสัปดาห์นี้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="65"/>
        <source>Open deals that stayed in their stage longer than the stage allows.</source>
        <translation>ดีลที่เปิดอยู่ซึ่งค้างในขั้นตอนนานเกินกว่าที่ขั้นตอนกำหนด</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="87"/>
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln วัน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="90"/>
        <source>%Ln deals without a value</source>
        <translation>
            <numerusform>ดีล %Ln รายการไม่มีมูลค่า</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="93"/>
        <source>%Ln deals without a close date</source>
        <translation>
            <numerusform>ดีล %Ln รายการไม่มีวันที่ปิด</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="134"/>
        <source>No exchange rate for {currencies}: those deals are left out.</source>
        <translation>ไม่มีอัตราแลกเปลี่ยนสำหรับ {currencies}: ดีลเหล่านั้นไม่ถูกนับรวม</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="140"/>
        <source>1 deal without a value</source>
        <translation>ดีล 1 รายการไม่มีมูลค่า</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="144"/>
        <source>1 deal without a close date</source>
        <translation>ดีล 1 รายการไม่มีวันที่ปิด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="147"/>
        <source>Includes deals of deleted salespeople: {names}</source>
        <translation>รวมดีลของพนักงานขายที่ถูกลบแล้ว: {names}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="151"/>
        <source>No data yet</source>
        <translation>ยังไม่มีข้อมูล</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="153"/>
        <source>The date range is empty</source>
        <translation>ช่วงวันที่ว่างเปล่า</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="121"/>
        <source>Database file</source>
        <translation>ไฟล์ฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="128"/>
        <source>Backups</source>
        <translation>ข้อมูลสำรอง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="136"/>
        <source>Back up now</source>
        <translation>สำรองข้อมูลเดี๋ยวนี้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="166"/>
        <source>Backing up…</source>
        <translation>กำลังสำรองข้อมูล…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="171"/>
        <source>Backup saved: {path}</source>
        <translation>บันทึกข้อมูลสำรองแล้ว: {path}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../desktop_crm/ui/tasks/fields.py" line="142"/>
        <source>Pick a date</source>
        <translation>เลือกวันที่</translation>
    </message>
</context>
<context>
    <name>DateFieldEditor</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/editors.py" line="202"/>
        <source>Pick a date</source>
        <translation>เลือกวันที่</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../desktop_crm/ui/dates.py" line="32"/>
        <source>Gregorian</source>
        <translation>เกรกอเรียน (ค.ศ.)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dates.py" line="33"/>
        <source>Persian (Jalali)</source>
        <translation>เปอร์เซีย (จาลาลี)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dates.py" line="34"/>
        <source>Islamic civil</source>
        <translation>อิสลาม (แบบพลเรือน)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dates.py" line="35"/>
        <source>Thai Buddhist era</source>
        <translation>พุทธศักราช (พ.ศ.)</translation>
    </message>
</context>
<context>
    <name>DealCardDelegate</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/pipeline/card_delegate.py" line="50"/>
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln วัน</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/card_delegate.py" line="55"/>
        <source>1 day</source>
        <translation>1 วัน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/card_delegate.py" line="63"/>
        <source>Next: {task}</source>
        <translation>ถัดไป: {task}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/card_delegate.py" line="66"/>
        <source>Next: {task} · {due}</source>
        <translation>ถัดไป: {task} · {due}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/card_delegate.py" line="61"/>
        <source>No task planned</source>
        <translation>ยังไม่มีงานที่วางแผนไว้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/card_delegate.py" line="192"/>
        <source>stale</source>
        <translation>ค้างนาน</translation>
    </message>
</context>
<context>
    <name>DealCardWidget</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_card.py" line="73"/>
        <source>(no title)</source>
        <translation>(ไม่มีชื่อ)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_card.py" line="114"/>
        <source>Contacts</source>
        <translation>ผู้ติดต่อ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_card.py" line="115"/>
        <source>Products and services</source>
        <translation>สินค้าและบริการ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_card.py" line="116"/>
        <source>Tasks</source>
        <translation>งาน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_card.py" line="117"/>
        <source>Tags</source>
        <translation>แท็ก</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_card.py" line="118"/>
        <source>Stage history</source>
        <translation>ประวัติขั้นตอน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_card.py" line="133"/>
        <source>Timeline</source>
        <translation>ไทม์ไลน์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_card.py" line="192"/>
        <source>(unknown)</source>
        <translation>(ไม่ทราบ)</translation>
    </message>
</context>
<context>
    <name>DealContacts</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_contacts.py" line="54"/>
        <source>Decision maker</source>
        <translation>ผู้มีอำนาจตัดสินใจ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_contacts.py" line="55"/>
        <source>Champion</source>
        <translation>ผู้ผลักดันภายใน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_contacts.py" line="56"/>
        <source>Influencer</source>
        <translation>ผู้มีอิทธิพล</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_contacts.py" line="57"/>
        <source>Economic buyer</source>
        <translation>ผู้อนุมัติงบประมาณ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_contacts.py" line="58"/>
        <source>Technical buyer</source>
        <translation>ผู้ประเมินด้านเทคนิค</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_contacts.py" line="59"/>
        <source>User</source>
        <translation>ผู้ใช้งาน</translation>
    </message>
</context>
<context>
    <name>DealContactsPanel</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_contacts.py" line="265"/>
        <source>Add contact…</source>
        <translation>เพิ่มผู้ติดต่อ…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_contacts.py" line="266"/>
        <source>Remove contact</source>
        <translation>นำผู้ติดต่อออก</translation>
    </message>
</context>
<context>
    <name>DealFields</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_fields.py" line="59"/>
        <source>Details</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_fields.py" line="70"/>
        <source>Custom fields</source>
        <translation>ฟิลด์กำหนดเอง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_fields.py" line="72"/>
        <source>No custom fields yet. Add them in Settings.</source>
        <translation>ยังไม่มีฟิลด์กำหนดเอง เพิ่มได้ในการตั้งค่า</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_fields.py" line="146"/>
        <source>The sum of the line items</source>
        <translation>ผลรวมของรายการ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_fields.py" line="149"/>
        <source>{percent} (the stage&apos;s default)</source>
        <translation>{percent} (ค่าเริ่มต้นของขั้นตอน)</translation>
    </message>
</context>
<context>
    <name>DealHeader</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_header.py" line="75"/>
        <source>Won</source>
        <translation>ปิดการขายได้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_header.py" line="77"/>
        <source>Lost…</source>
        <translation>ปิดการขายไม่ได้…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_header.py" line="79"/>
        <source>Reopen</source>
        <translation>เปิดอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_header.py" line="90"/>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_header.py" line="101"/>
        <source>Restore</source>
        <translation>กู้คืน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_header.py" line="123"/>
        <source>(unknown)</source>
        <translation>(ไม่ทราบ)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_header.py" line="129"/>
        <source>Owner: {name}</source>
        <translation>ผู้รับผิดชอบ: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_header.py" line="132"/>
        <source>Expected close: {when}</source>
        <translation>คาดว่าจะปิด: {when}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_header.py" line="133"/>
        <source>Created: {when}</source>
        <translation>สร้างเมื่อ: {when}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_header.py" line="142"/>
        <source>Won on {when}</source>
        <translation>ปิดการขายได้เมื่อ {when}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_header.py" line="146"/>
        <source>Lost on {when}, reason: {reason}</source>
        <translation>ปิดการขายไม่ได้เมื่อ {when} เหตุผล: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_header.py" line="168"/>
        <source>This deal was deleted on {when}. Restore it to change it.</source>
        <translation>ดีลนี้ถูกลบเมื่อ {when} โปรดกู้คืนก่อนจึงจะแก้ไขได้</translation>
    </message>
</context>
<context>
    <name>DealItemsModel</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_items.py" line="103"/>
        <source>Line total</source>
        <translation>รวมรายการ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_items.py" line="105"/>
        <source>Product or service</source>
        <translation>สินค้าหรือบริการ</translation>
    </message>
</context>
<context>
    <name>DealItemsPanel</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_items.py" line="178"/>
        <source>Product or service</source>
        <translation>สินค้าหรือบริการ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_items.py" line="186"/>
        <source>Add item</source>
        <translation>เพิ่มรายการ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_items.py" line="187"/>
        <source>Remove item</source>
        <translation>นำรายการออก</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_items.py" line="218"/>
        <source>Total: {amount}</source>
        <translation>รวม: {amount}</translation>
    </message>
</context>
<context>
    <name>DealPicker</name>
    <message>
        <location filename="../../desktop_crm/ui/tasks/link_picker.py" line="148"/>
        <source>(no deal)</source>
        <translation>(ไม่มีดีล)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/link_picker.py" line="150"/>
        <source>(no title)</source>
        <translation>(ไม่มีชื่อ)</translation>
    </message>
</context>
<context>
    <name>Deals</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="25"/>
        <source>Title</source>
        <translation>ชื่อดีล</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="26"/>
        <source>Value</source>
        <translation>มูลค่า</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="27"/>
        <source>Currency</source>
        <translation>สกุลเงิน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="28"/>
        <source>Probability (%)</source>
        <translation>ความน่าจะเป็น (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="29"/>
        <source>Expected close</source>
        <translation>คาดว่าจะปิด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="30"/>
        <source>Stage</source>
        <translation>ขั้นตอน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="31"/>
        <source>Pipeline</source>
        <translation>ไปป์ไลน์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="32"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="33"/>
        <source>Lost reason</source>
        <translation>เหตุผลที่ปิดการขายไม่ได้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="34"/>
        <source>Closed</source>
        <translation>วันที่ปิด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="35"/>
        <source>Quantity</source>
        <translation>จำนวน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="36"/>
        <source>Unit price</source>
        <translation>ราคาต่อหน่วย</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="37"/>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="38"/>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="39"/>
        <source>Rate</source>
        <translation>อัตราแลกเปลี่ยน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="40"/>
        <source>Rotting after (days)</source>
        <translation>ค้างนานเกิน (วัน)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="44"/>
        <source>The stage “{stage}” needs these fields first: {missing}.</source>
        <translation>ขั้นตอน “{stage}” ต้องกรอกฟิลด์เหล่านี้ก่อน: {missing}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="47"/>
        <source>That stage belongs to another pipeline; nothing was changed.</source>
        <translation>ขั้นตอนนั้นอยู่ในไปป์ไลน์อื่น ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="50"/>
        <source>Won and Lost are not ordinary stages: close a deal with the Won and Lost buttons, and keep those two stages in every pipeline.</source>
        <translation>“ปิดการขายได้” และ “ปิดการขายไม่ได้” ไม่ใช่ขั้นตอนทั่วไป โปรดปิดดีลด้วยปุ่มทั้งสองนี้ และคงสองขั้นตอนนี้ไว้ในทุกไปป์ไลน์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="55"/>
        <source>{field}: “{value}” is not a currency code (three letters, e.g. EUR).</source>
        <translation>{field}: “{value}” ไม่ใช่รหัสสกุลเงิน (ตัวอักษรสามตัว เช่น EUR)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="58"/>
        <source>{field}: a percentage from 0 to 100 is expected.</source>
        <translation>{field}: ต้องเป็นเปอร์เซ็นต์ตั้งแต่ 0 ถึง 100</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="59"/>
        <source>Deals are in it ({count}): choose the stage they move to first.</source>
        <translation>มีดีลอยู่ในนั้น ({count}) โปรดเลือกขั้นตอนที่จะย้ายไปก่อน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="62"/>
        <source>Choose a stage of another pipeline for the deals of the one deleted.</source>
        <translation>เลือกขั้นตอนของไปป์ไลน์อื่นสำหรับดีลของไปป์ไลน์ที่ถูกลบ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="65"/>
        <source>The last pipeline cannot be deleted.</source>
        <translation>ไม่สามารถลบไปป์ไลน์สุดท้ายได้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="66"/>
        <source>A pipeline keeps at least one open stage.</source>
        <translation>ไปป์ไลน์ต้องมีขั้นตอนที่เปิดอยู่อย่างน้อยหนึ่งขั้นตอน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="67"/>
        <source>The value is the sum of the line items: change the items instead.</source>
        <translation>มูลค่าคือผลรวมของรายการ โปรดแก้ไขที่รายการแทน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="70"/>
        <source>The deal is closed: reopen it first.</source>
        <translation>ดีลนี้ปิดแล้ว โปรดเปิดอีกครั้งก่อน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="71"/>
        <source>The stages changed meanwhile; the latest order is shown. Try again.</source>
        <translation>ขั้นตอนมีการเปลี่ยนแปลงในระหว่างนี้ กำลังแสดงลำดับล่าสุด โปรดลองอีกครั้ง</translation>
    </message>
</context>
<context>
    <name>DealsTable</name>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/deals_table.py" line="39"/>
        <source>Title</source>
        <translation>ชื่อดีล</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/deals_table.py" line="40"/>
        <source>Stage</source>
        <translation>ขั้นตอน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/deals_table.py" line="41"/>
        <source>Value</source>
        <translation>มูลค่า</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/deals_table.py" line="42"/>
        <source>Company</source>
        <translation>บริษัท</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/deals_table.py" line="43"/>
        <source>Owner</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/deals_table.py" line="44"/>
        <source>Probability</source>
        <translation>ความน่าจะเป็น</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/deals_table.py" line="45"/>
        <source>In stage</source>
        <translation>อยู่ในขั้นตอน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/deals_table.py" line="46"/>
        <source>Next task</source>
        <translation>งานถัดไป</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/deals_table.py" line="47"/>
        <source>Expected close</source>
        <translation>คาดว่าจะปิด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/deals_table.py" line="136"/>
        <source>{days} (stale)</source>
        <translation>{days} (ค้างนาน)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/deals_table.py" line="130"/>
        <source>{percent} %</source>
        <translation>{percent}%</translation>
    </message>
</context>
<context>
    <name>DeletedDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/deleted_dialog.py" line="67"/>
        <source>Recently deleted</source>
        <translation>ที่ลบล่าสุด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deleted_dialog.py" line="77"/>
        <source>Nothing was deleted recently.</source>
        <translation>ไม่มีรายการที่ถูกลบเมื่อเร็ว ๆ นี้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deleted_dialog.py" line="80"/>
        <source>Restore</source>
        <translation>กู้คืน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deleted_dialog.py" line="81"/>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deleted_dialog.py" line="86"/>
        <source>Deleted contacts and companies can be restored.</source>
        <translation>สามารถกู้คืนผู้ติดต่อและบริษัทที่ถูกลบได้</translation>
    </message>
</context>
<context>
    <name>DeletedModel</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/deleted_dialog.py" line="45"/>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deleted_dialog.py" line="45"/>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deleted_dialog.py" line="45"/>
        <source>Deleted</source>
        <translation>วันที่ลบ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deleted_dialog.py" line="52"/>
        <source>(no name)</source>
        <translation>(ไม่มีชื่อ)</translation>
    </message>
</context>
<context>
    <name>DelimiterCombo</name>
    <message>
        <location filename="../../desktop_crm/ui/exporting/delimiter.py" line="49"/>
        <source>Comma (,)</source>
        <translation>จุลภาค (,)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/delimiter.py" line="50"/>
        <source>Semicolon (;)</source>
        <translation>อัฒภาค (;)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/delimiter.py" line="51"/>
        <source>Tab</source>
        <translation>แท็บ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/delimiter.py" line="52"/>
        <source>Separator</source>
        <translation>ตัวคั่น</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/delimiter.py" line="55"/>
        <source>Excel splits a CSV file on a semicolon where numbers have a decimal comma (Italian, Russian…), on a comma elsewhere.</source>
        <translation>Excel แบ่งไฟล์ CSV ด้วยอัฒภาคในภาษาที่ใช้จุลภาคเป็นจุดทศนิยม (อิตาลี รัสเซีย…) และด้วยจุลภาคในภาษาอื่น</translation>
    </message>
</context>
<context>
    <name>DemoPrompt</name>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="86"/>
        <source>Welcome to desktop_crm</source>
        <translation>ยินดีต้อนรับสู่ desktop_crm</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="87"/>
        <source>Your database is empty.</source>
        <translation>ฐานข้อมูลของคุณว่างเปล่า</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="89"/>
        <source>Load a demo data set (300 contacts and 60 companies in English, Italian, Russian, Persian and Thai) to explore the app? You can undo it with Ctrl+Z.</source>
        <translation>ต้องการโหลดชุดข้อมูลตัวอย่าง (ผู้ติดต่อ 300 ราย และบริษัท 60 แห่ง เป็นภาษาอังกฤษ อิตาลี รัสเซีย เปอร์เซีย และไทย) เพื่อทดลองใช้แอปหรือไม่ คุณสามารถเลิกทำได้ด้วย Ctrl+Z</translation>
    </message>
</context>
<context>
    <name>Digest</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="35"/>
        <source>Calls</source>
        <extracomment>activity kind -&gt; what a count of them is called</extracomment>
        <translation>การโทร</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="36"/>
        <source>Emails</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="37"/>
        <source>Meetings</source>
        <translation>การประชุม</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="38"/>
        <source>Demos</source>
        <translation>การสาธิต</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="39"/>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="40"/>
        <source>Messages</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="126"/>
        <source>Activities</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="136"/>
        <source>Deals in {currencies} are not in the amounts: there is no exchange rate.</source>
        <translation>ดีลในสกุล {currencies} ไม่รวมในยอดเงิน เนื่องจากไม่มีอัตราแลกเปลี่ยน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="123"/>
        <source>Deals won</source>
        <translation>ดีลที่ปิดการขายได้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="130"/>
        <source>Goals</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="118"/>
        <source>New deals</source>
        <translation>ดีลใหม่</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="121"/>
        <source>New leads</source>
        <translation>ลีดใหม่</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="162"/>
        <source>Nothing was recorded this week.</source>
        <translation>สัปดาห์นี้ไม่มีการบันทึกใด ๆ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="67"/>
        <source>Team</source>
        <translation>ทีม</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="69"/>
        <source>Unassigned</source>
        <translation>ไม่มีผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="157"/>
        <source>Weekly digest</source>
        <translation>สรุปประจำสัปดาห์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="93"/>
        <source>{metric} ({period}): {actual} of {target}, {percent}</source>
        <translation>{metric} ({period}): {actual} จาก {target} คิดเป็น {percent}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="72"/>
        <source>{name} (deleted)</source>
        <translation>{name} (ถูกลบ)</translation>
    </message>
</context>
<context>
    <name>DigestDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest.py" line="57"/>
        <source>Weekly digest</source>
        <translation>สรุปประจำสัปดาห์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest.py" line="58"/>
        <source>Previous week</source>
        <translation>สัปดาห์ก่อนหน้า</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest.py" line="59"/>
        <source>Next week</source>
        <translation>สัปดาห์ถัดไป</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest.py" line="74"/>
        <source>Export…</source>
        <translation>ส่งออก…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest.py" line="75"/>
        <source>Print…</source>
        <translation>พิมพ์…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest.py" line="76"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest.py" line="132"/>
        <source>Export the digest</source>
        <translation>ส่งออกสรุป</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest.py" line="134"/>
        <source>PDF document (*.pdf);;Web page (*.html)</source>
        <translation>เอกสาร PDF (*.pdf);;หน้าเว็บ (*.html)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest.py" line="150"/>
        <source>The file could not be written: {error}</source>
        <translation>เขียนไฟล์ไม่ได้: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest.py" line="154"/>
        <source>Saved to {path}</source>
        <translation>บันทึกไปที่ {path} แล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest.py" line="165"/>
        <source>nothing was written</source>
        <translation>ไม่มีการเขียนข้อมูล</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_drill.py" line="132"/>
        <source>1 record</source>
        <translation>1 ระเบียน</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/reports/dashboard_drill.py" line="132"/>
        <source>%Ln records</source>
        <translation>
            <numerusform>%Ln ระเบียน</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_drill.py" line="147"/>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
</context>
<context>
    <name>DuplicateGroups</name>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/groups_model.py" line="29"/>
        <source>Same email</source>
        <translation>อีเมลเดียวกัน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/groups_model.py" line="30"/>
        <source>Same website</source>
        <translation>เว็บไซต์เดียวกัน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/groups_model.py" line="31"/>
        <source>Same phone</source>
        <translation>โทรศัพท์เดียวกัน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/groups_model.py" line="32"/>
        <source>Similar name</source>
        <translation>ชื่อคล้ายกัน</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/dialog.py" line="24"/>
        <source>Duplicate companies</source>
        <translation>บริษัทที่ซ้ำกัน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/dialog.py" line="26"/>
        <source>Duplicate contacts</source>
        <translation>ผู้ติดต่อที่ซ้ำกัน</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="82"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="84"/>
        <source>How alike two names must be to be shown as likely duplicates.</source>
        <translation>ชื่อสองชื่อต้องคล้ายกันแค่ไหนจึงจะแสดงว่าอาจซ้ำกัน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="86"/>
        <source>Names alike from:</source>
        <translation>ชื่อคล้ายกันตั้งแต่:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="90"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="101"/>
        <source>Undo</source>
        <translation>เลิกทำ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="107"/>
        <source>Likely duplicates</source>
        <translation>รายการที่อาจซ้ำกัน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="113"/>
        <source>Records side by side</source>
        <translation>เปรียบเทียบระเบียน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="115"/>
        <source>Merge</source>
        <translation>รวม</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="117"/>
        <source>Keep the chosen record with the ticked values; the others are merged into it.</source>
        <translation>เก็บระเบียนที่เลือกพร้อมค่าที่ทำเครื่องหมายไว้ ระเบียนอื่นจะถูกรวมเข้าด้วยกัน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="119"/>
        <source>Not duplicates</source>
        <translation>ไม่ซ้ำกัน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="120"/>
        <source>Never show these records as duplicates again.</source>
        <translation>ไม่ต้องแสดงระเบียนเหล่านี้ว่าซ้ำกันอีก</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="122"/>
        <source>Tick the record to keep and, where values differ, the value to keep.</source>
        <translation>ทำเครื่องหมายระเบียนที่จะเก็บไว้ และค่าที่จะเก็บในกรณีที่ค่าต่างกัน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="145"/>
        <source>Search to list the records that are likely the same.</source>
        <translation>ค้นหาเพื่อแสดงรายการระเบียนที่น่าจะเป็นรายการเดียวกัน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="158"/>
        <source>Find duplicate companies</source>
        <translation>ค้นหาบริษัทที่ซ้ำกัน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="159"/>
        <source>Find duplicate contacts</source>
        <translation>ค้นหาผู้ติดต่อที่ซ้ำกัน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="185"/>
        <source>Searching…</source>
        <translation>กำลังค้นหา…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="192"/>
        <source>Cancelling…</source>
        <translation>กำลังยกเลิก…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="231"/>
        <source>No likely duplicates found.</source>
        <translation>ไม่พบรายการที่อาจซ้ำกัน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="233"/>
        <source>1 group of likely duplicates.</source>
        <translation>พบรายการที่อาจซ้ำกัน 1 กลุ่ม</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="234"/>
        <source>%Ln groups of likely duplicates.</source>
        <translation>
            <numerusform>พบรายการที่อาจซ้ำกัน %Ln กลุ่ม</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="324"/>
        <source>Merged %Ln companies into one.</source>
        <translation>
            <numerusform>รวมบริษัท %Ln แห่งเป็นแห่งเดียวแล้ว</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="325"/>
        <source>Merged %Ln contacts into one.</source>
        <translation>
            <numerusform>รวมผู้ติดต่อ %Ln รายเป็นรายเดียวแล้ว</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="239"/>
        <source>Search cancelled.</source>
        <translation>ยกเลิกการค้นหาแล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="318"/>
        <source>Marked as not duplicates.</source>
        <translation>ทำเครื่องหมายว่าไม่ซ้ำกันแล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="366"/>
        <source>Undone.</source>
        <translation>เลิกทำแล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="376"/>
        <source>Records changed since the search; search again to refresh the list.</source>
        <translation>ระเบียนเปลี่ยนไปหลังการค้นหา ค้นหาอีกครั้งเพื่อรีเฟรชรายการ</translation>
    </message>
</context>
<context>
    <name>ErrorsModel</name>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="133"/>
        <source>Row</source>
        <translation>แถว</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="133"/>
        <source>Column</source>
        <translation>คอลัมน์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="133"/>
        <source>Value</source>
        <translation>ค่า</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="133"/>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="140"/>
        <source>(whole row)</source>
        <translation>(ทั้งแถว)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="63"/>
        <source>ID</source>
        <extracomment>headers of export columns that are not field labels (``labels.FIELD_LABELS``)</extracomment>
        <translation>รหัส</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="64"/>
        <source>Title</source>
        <translation>ชื่อดีล</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="65"/>
        <source>Value</source>
        <translation>มูลค่า</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="66"/>
        <source>Pipeline</source>
        <translation>ไปป์ไลน์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="67"/>
        <source>Probability</source>
        <translation>ความน่าจะเป็น</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="68"/>
        <source>Expected close</source>
        <translation>คาดว่าจะปิด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="69"/>
        <source>Days in stage</source>
        <translation>จำนวนวันในขั้นตอน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="70"/>
        <source>Closed</source>
        <translation>วันที่ปิด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="164"/>
        <source>CSV text (UTF-8)</source>
        <extracomment>the file dialog: (parent, caption, suggested path, filter) -&gt; chosen path, &quot;&quot; when cancelled</extracomment>
        <translation>ข้อความ CSV (UTF-8)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="165"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>เวิร์กบุ๊ก Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="167"/>
        <source>vCard for address books (.vcf)</source>
        <translation>vCard สำหรับสมุดที่อยู่ (.vcf)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="170"/>
        <source>Only the selected row</source>
        <translation>เฉพาะแถวที่เลือก</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="172"/>
        <source>Only the %Ln selected rows</source>
        <translation>
            <numerusform>เฉพาะ %Ln แถวที่เลือก</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="179"/>
        <source>Format:</source>
        <translation>รูปแบบ:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="180"/>
        <source>Separator:</source>
        <translation>ตัวคั่น:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="182"/>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="184"/>
        <source>Columns</source>
        <translation>คอลัมน์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="186"/>
        <source>Tick the columns to export; drag to reorder them.</source>
        <translation>ทำเครื่องหมายคอลัมน์ที่จะส่งออก ลากเพื่อจัดลำดับใหม่</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="188"/>
        <source>All</source>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="189"/>
        <source>None</source>
        <translation>ไม่เลือก</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="204"/>
        <source>Export…</source>
        <translation>ส่งออก…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="217"/>
        <source>Export contacts</source>
        <translation>ส่งออกผู้ติดต่อ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="219"/>
        <source>Export companies</source>
        <translation>ส่งออกบริษัท</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="220"/>
        <source>Export deals</source>
        <translation>ส่งออกดีล</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="224"/>
        <source>Contacts</source>
        <translation>ผู้ติดต่อ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="226"/>
        <source>Companies</source>
        <translation>บริษัท</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="227"/>
        <source>Deals</source>
        <translation>ดีล</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="279"/>
        <source>contacts</source>
        <translation>ผู้ติดต่อ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="281"/>
        <source>companies</source>
        <translation>บริษัท</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="283"/>
        <source>deals</source>
        <translation>ดีล</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="288"/>
        <source>CSV files (*.csv)</source>
        <translation>ไฟล์ CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="290"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>เวิร์กบุ๊ก Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="291"/>
        <source>vCard files (*.vcf)</source>
        <translation>ไฟล์ vCard (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="300"/>
        <source>Choose at least one column.</source>
        <translation>เลือกอย่างน้อยหนึ่งคอลัมน์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="341"/>
        <source>Exporting to {file}…</source>
        <translation>กำลังส่งออกไปยัง {file}…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="348"/>
        <source>Cancelling…</source>
        <translation>กำลังยกเลิก…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="360"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="360"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="380"/>
        <source>Exported 1 contact to {file}.</source>
        <translation>ส่งออกผู้ติดต่อ 1 รายไปยัง {file} แล้ว</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="381"/>
        <source>Exported %Ln contacts to {file}.</source>
        <translation>
            <numerusform>ส่งออกผู้ติดต่อ %Ln รายไปยัง {file} แล้ว</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="384"/>
        <source>Exported 1 company to {file}.</source>
        <translation>ส่งออกบริษัท 1 แห่งไปยัง {file} แล้ว</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="385"/>
        <source>Exported %Ln companies to {file}.</source>
        <translation>
            <numerusform>ส่งออกบริษัท %Ln แห่งไปยัง {file} แล้ว</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="387"/>
        <source>Exported 1 deal to {file}.</source>
        <translation>ส่งออกดีล 1 รายการไปยัง {file} แล้ว</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="388"/>
        <source>Exported %Ln deals to {file}.</source>
        <translation>
            <numerusform>ส่งออกดีล %Ln รายการไปยัง {file} แล้ว</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="392"/>
        <source>Export cancelled; no file was written.</source>
        <translation>ยกเลิกการส่งออกแล้ว ไม่มีการเขียนไฟล์</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../desktop_crm/ui/shell/file_actions.py" line="71"/>
        <source>Export tasks</source>
        <translation>ส่งออกงาน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/file_actions.py" line="71"/>
        <source>Calendar files (*.ics)</source>
        <translation>ไฟล์ปฏิทิน (*.ics)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/shell/file_actions.py" line="93"/>
        <source>Exported %n task(s) to {path}</source>
        <translation>
            <numerusform>ส่งออกงาน %n รายการไปยัง {path} แล้ว</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="50"/>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="53"/>
        <source>No file chosen yet.</source>
        <translation>ยังไม่ได้เลือกไฟล์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="56"/>
        <source>Choose a file…</source>
        <translation>เลือกไฟล์…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="63"/>
        <source>Records to import</source>
        <translation>ระเบียนที่จะนำเข้า</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="92"/>
        <source>Text encoding</source>
        <translation>การเข้ารหัสข้อความ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="97"/>
        <source>Separator</source>
        <translation>ตัวคั่น</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="102"/>
        <source>The text encoding could not be recognised for sure. Look at the rows below: if letters show as «Ã©», «Ð¸» or «?», choose the encoding the file was saved in.</source>
        <translation>ระบุการเข้ารหัสข้อความได้ไม่แน่ชัด ดูแถวด้านล่าง: หากตัวอักษรแสดงเป็น “Ã©”, “Ð¸” หรือ “?” ให้เลือกการเข้ารหัสที่ใช้บันทึกไฟล์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="112"/>
        <source>Text encoding:</source>
        <translation>การเข้ารหัสข้อความ:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="114"/>
        <source>Values separated by:</source>
        <translation>คั่นค่าด้วย:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="68"/>
        <source>File:</source>
        <translation>ไฟล์:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="69"/>
        <source>Import as:</source>
        <translation>นำเข้าเป็น:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="70"/>
        <source>Detected:</source>
        <translation>ตรวจพบ:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="76"/>
        <source>The first rows of the file</source>
        <translation>แถวแรก ๆ ของไฟล์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="80"/>
        <source>The first rows, as read:</source>
        <translation>แถวแรก ๆ ตามที่อ่านได้:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="156"/>
        <source>Choose a file to import</source>
        <translation>เลือกไฟล์ที่จะนำเข้า</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="159"/>
        <source>Spreadsheets and contacts (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods *.vcf);;All files (*)</source>
        <translation>สเปรดชีตและรายชื่อผู้ติดต่อ (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods *.vcf);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="180"/>
        <source>Reading the file…</source>
        <translation>กำลังอ่านไฟล์…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="212"/>
        <source>Cannot be read</source>
        <translation>อ่านไม่ได้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="219"/>
        <source>1 sheet</source>
        <translation>1 ชีต</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="221"/>
        <source>%Ln sheets</source>
        <translation>
            <numerusform>%Ln ชีต</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/filters.py" line="77"/>
        <source>All pipelines</source>
        <translation>ทุกไปป์ไลน์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/filters.py" line="79"/>
        <source>Whole team</source>
        <translation>ทั้งทีม</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/filters.py" line="91"/>
        <source>From</source>
        <translation>ตั้งแต่</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/filters.py" line="93"/>
        <source>to</source>
        <translation>ถึง</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/formatting.py" line="168"/>
        <source>Yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/formatting.py" line="170"/>
        <source>No</source>
        <translation>ไม่ใช่</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/formatting.py" line="204"/>
        <source>(unknown)</source>
        <translation>(ไม่ทราบ)</translation>
    </message>
</context>
<context>
    <name>GoalEditDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_editor.py" line="64"/>
        <source>New goal</source>
        <translation>เป้าหมายใหม่</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_editor.py" line="64"/>
        <source>Edit goal</source>
        <translation>แก้ไขเป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_editor.py" line="75"/>
        <source>Team</source>
        <translation>ทีม</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_editor.py" line="86"/>
        <source>Metric</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_editor.py" line="87"/>
        <source>Target</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_editor.py" line="88"/>
        <source>From</source>
        <translation>ตั้งแต่</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_editor.py" line="89"/>
        <source>To</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_editor.py" line="90"/>
        <source>For</source>
        <translation>สำหรับ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_editor.py" line="147"/>
        <source>Enter a date.</source>
        <translation>โปรดใส่วันที่</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_editor.py" line="150"/>
        <location filename="../../desktop_crm/ui/reports/goals_editor.py" line="175"/>
        <source>The period ends before it starts.</source>
        <translation>ช่วงเวลาสิ้นสุดก่อนเริ่มต้น</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_editor.py" line="160"/>
        <source>Enter a number.</source>
        <translation>โปรดใส่ตัวเลข</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_editor.py" line="163"/>
        <location filename="../../desktop_crm/ui/reports/goals_editor.py" line="171"/>
        <source>The target must be more than 0.</source>
        <translation>เป้าหมายต้องมากกว่า 0</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_editor.py" line="165"/>
        <location filename="../../desktop_crm/ui/reports/goals_editor.py" line="173"/>
        <source>This target is a whole number.</source>
        <translation>เป้าหมายนี้ต้องเป็นจำนวนเต็ม</translation>
    </message>
</context>
<context>
    <name>Goals</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_model.py" line="41"/>
        <source>New leads</source>
        <translation>ลีดใหม่</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_model.py" line="42"/>
        <source>Deals won (count)</source>
        <translation>ดีลที่ปิดการขายได้ (จำนวน)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_model.py" line="43"/>
        <source>Deals won (value)</source>
        <translation>ดีลที่ปิดการขายได้ (มูลค่า)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_model.py" line="44"/>
        <source>Activities</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_model.py" line="47"/>
        <source>On track</source>
        <translation>เป็นไปตามแผน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_model.py" line="48"/>
        <source>Behind</source>
        <translation>ล่าช้ากว่าแผน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_model.py" line="49"/>
        <source>Done</source>
        <translation>สำเร็จแล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_model.py" line="53"/>
        <source>Metric</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_model.py" line="54"/>
        <source>Target</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_model.py" line="55"/>
        <source>Period</source>
        <translation>ช่วงเวลา</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_model.py" line="56"/>
        <source>Who</source>
        <translation>ใคร</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_model.py" line="57"/>
        <source>Progress</source>
        <translation>ความคืบหน้า</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_model.py" line="58"/>
        <source>Pace</source>
        <translation>แนวโน้ม</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_model.py" line="151"/>
        <source>No exchange rate for {currencies}: those deals are left out.</source>
        <translation>ไม่มีอัตราแลกเปลี่ยนสำหรับ {currencies}: ดีลเหล่านั้นไม่ถูกนับรวม</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_model.py" line="81"/>
        <source>Team</source>
        <translation>ทีม</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_model.py" line="84"/>
        <source>{name} (deleted)</source>
        <translation>{name} (ถูกลบ)</translation>
    </message>
</context>
<context>
    <name>GoalsDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals.py" line="71"/>
        <source>Goals</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals.py" line="85"/>
        <source>Show past goals</source>
        <translation>แสดงเป้าหมายที่ผ่านมา</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals.py" line="91"/>
        <source>Add…</source>
        <translation>เพิ่ม…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals.py" line="92"/>
        <source>Edit…</source>
        <translation>แก้ไข…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals.py" line="93"/>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals.py" line="94"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
</context>
<context>
    <name>GroupsModel</name>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/groups_model.py" line="110"/>
        <source>Records</source>
        <translation>ระเบียน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/groups_model.py" line="112"/>
        <source>Why</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/groups_model.py" line="114"/>
        <source>Similarity</source>
        <translation>ความคล้าย</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/groups_model.py" line="116"/>
        <source>Details</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/groups_model.py" line="141"/>
        <source>{score}%</source>
        <translation>{score}%</translation>
    </message>
</context>
<context>
    <name>HeaderPage</name>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_header.py" line="30"/>
        <source>Sheet and header row</source>
        <translation>ชีตและแถวหัวตาราง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_header.py" line="34"/>
        <source>Sheet</source>
        <translation>ชีต</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_header.py" line="35"/>
        <source>Sheet:</source>
        <translation>ชีต:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_header.py" line="37"/>
        <source>Header row</source>
        <translation>แถวหัวตาราง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_header.py" line="41"/>
        <source>The highlighted row holds the column names. Click another row (or change the number) if it is not the right one; the rows above it are skipped.</source>
        <translation>แถวที่ไฮไลต์คือแถวที่มีชื่อคอลัมน์ หากไม่ใช่แถวที่ถูกต้อง ให้คลิกแถวอื่น (หรือเปลี่ยนหมายเลข) แถวที่อยู่เหนือแถวนี้จะถูกข้าม</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_header.py" line="51"/>
        <source>Header row:</source>
        <translation>แถวหัวตาราง:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_header.py" line="54"/>
        <source>The first rows of the file</source>
        <translation>แถวแรก ๆ ของไฟล์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_header.py" line="114"/>
        <source>There are no rows with data below this header row.</source>
        <translation>ไม่มีแถวที่มีข้อมูลอยู่ใต้แถวหัวตารางนี้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_header.py" line="120"/>
        <source>Columns: </source>
        <translation>คอลัมน์: </translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="158"/>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="159"/>
        <source>Records</source>
        <translation>ระเบียน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="160"/>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="184"/>
        <source>Imported</source>
        <translation>นำเข้าแล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="161"/>
        <source>New</source>
        <translation>ใหม่</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="162"/>
        <source>Updated</source>
        <translation>อัปเดต</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="163"/>
        <source>Errors</source>
        <translation>ข้อผิดพลาด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="164"/>
        <source>By</source>
        <translation>โดย</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="165"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="183"/>
        <source>Undone on {date}</source>
        <translation>เลิกทำเมื่อ {date}</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/importer/history.py" line="67"/>
        <source>Import history</source>
        <extracomment>asks a yes/no question: (parent, title, text) -&gt; yes</extracomment>
        <translation>ประวัติการนำเข้า</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/history.py" line="70"/>
        <source>Imports</source>
        <translation>การนำเข้า</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/history.py" line="84"/>
        <source>Undo import…</source>
        <translation>เลิกทำการนำเข้า…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/history.py" line="86"/>
        <source>Remove the records this import created and restore the fields it changed.</source>
        <translation>ลบระเบียนที่การนำเข้านี้สร้างขึ้น และคืนค่าฟิลด์ที่ถูกเปลี่ยน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/history.py" line="149"/>
        <source>Undo the import of {file}?

The {new} records it created are removed (they stay restorable among the deleted records) and the {updated} records it updated get their old values back. Fields changed since the import keep their newer values.</source>
        <translation>เลิกทำการนำเข้า {file} หรือไม่

ระเบียน {new} รายการที่สร้างขึ้นจะถูกลบ (ยังกู้คืนได้จากรายการที่ลบแล้ว) และระเบียน {updated} รายการที่ถูกอัปเดตจะกลับเป็นค่าเดิม ฟิลด์ที่เปลี่ยนหลังการนำเข้าจะคงค่าใหม่ไว้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/history.py" line="155"/>
        <source>Undo import</source>
        <translation>เลิกทำการนำเข้า</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/history.py" line="171"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/history.py" line="174"/>
        <source>Undoing the import…</source>
        <translation>กำลังเลิกทำการนำเข้า…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/history.py" line="180"/>
        <source>Cancelling…</source>
        <translation>กำลังยกเลิก…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/history.py" line="193"/>
        <source>The import was undone: {removed} records removed, {restored} fields restored.</source>
        <translation>เลิกทำการนำเข้าแล้ว: ลบ {removed} ระเบียน คืนค่า {restored} ฟิลด์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/history.py" line="197"/>
        <source>1 field changed since the import kept its newer value.</source>
        <translation>ฟิลด์ 1 รายการที่เปลี่ยนหลังการนำเข้ายังคงค่าใหม่ไว้</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/importer/history.py" line="200"/>
        <source>%Ln fields changed since the import kept their newer values.</source>
        <translation>
            <numerusform>ฟิลด์ %Ln รายการที่เปลี่ยนหลังการนำเข้ายังคงค่าใหม่ไว้</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/history.py" line="210"/>
        <source>Undo cancelled: nothing was changed.</source>
        <translation>ยกเลิกการเลิกทำแล้ว ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/history.py" line="217"/>
        <source>This import was undone already.</source>
        <translation>การนำเข้านี้ถูกเลิกทำไปแล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/history.py" line="226"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="35"/>
        <source>Import</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="49"/>
        <source>Import history…</source>
        <translation>ประวัติการนำเข้า…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="50"/>
        <source>Every import, with a button to undo a whole one.</source>
        <translation>การนำเข้าทั้งหมด พร้อมปุ่มเลิกทำการนำเข้าทั้งชุด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="87"/>
        <source>Importing…</source>
        <translation>กำลังนำเข้า…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="95"/>
        <source>A backup of your data is taken first. Nothing is saved until every row is in.</source>
        <translation>ระบบจะสำรองข้อมูลของคุณก่อน และจะยังไม่บันทึกสิ่งใดจนกว่าจะนำเข้าครบทุกแถว</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="109"/>
        <source>Cancelling…</source>
        <translation>กำลังยกเลิก…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="128"/>
        <source>Nothing was imported</source>
        <translation>ไม่มีการนำเข้าข้อมูล</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="130"/>
        <source>No row could be imported: every row has an error or matches a record with nothing to change.</source>
        <translation>ไม่มีแถวใดนำเข้าได้: ทุกแถวมีข้อผิดพลาด หรือตรงกับระเบียนที่ไม่มีอะไรต้องเปลี่ยน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="142"/>
        <source>Import finished</source>
        <translation>นำเข้าเสร็จสิ้น</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="154"/>
        <source>Import cancelled</source>
        <translation>ยกเลิกการนำเข้าแล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="156"/>
        <source>The import was cancelled: nothing was imported, your records are as they were.</source>
        <translation>ยกเลิกการนำเข้าแล้ว: ไม่มีการนำเข้าข้อมูล ระเบียนของคุณยังคงเหมือนเดิม</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="167"/>
        <source>The import failed</source>
        <translation>การนำเข้าล้มเหลว</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="168"/>
        <source>Nothing was imported. {reason}</source>
        <translation>ไม่มีการนำเข้าข้อมูล {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="183"/>
        <source>New records: {new} · updated: {updated} · unchanged: {unchanged} · skipped: {skipped}</source>
        <translation>ระเบียนใหม่: {new} · อัปเดต: {updated} · ไม่เปลี่ยนแปลง: {unchanged} · ข้าม: {skipped}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="193"/>
        <source>1 company created.</source>
        <translation>สร้างบริษัท 1 แห่งแล้ว</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="195"/>
        <source>%Ln companies created.</source>
        <translation>
            <numerusform>สร้างบริษัท %Ln แห่งแล้ว</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="198"/>
        <source>1 contact created.</source>
        <translation>สร้างผู้ติดต่อ 1 รายแล้ว</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="200"/>
        <source>%Ln contacts created.</source>
        <translation>
            <numerusform>สร้างผู้ติดต่อ %Ln รายแล้ว</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="203"/>
        <source>1 row with errors was not imported.</source>
        <translation>ไม่ได้นำเข้า 1 แถวที่มีข้อผิดพลาด</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="205"/>
        <source>%Ln rows with errors were not imported.</source>
        <translation>
            <numerusform>ไม่ได้นำเข้า %Ln แถวที่มีข้อผิดพลาด</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="207"/>
        <source>A backup of your data was taken before the import.</source>
        <translation>สำรองข้อมูลของคุณไว้แล้วก่อนการนำเข้า</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="210"/>
        <source>To take the whole import back, use Edit ▸ Undo or “Undo import” in the import history.</source>
        <translation>หากต้องการย้อนการนำเข้าทั้งหมด ให้ใช้ แก้ไข ▸ เลิกทำ หรือ “เลิกทำการนำเข้า” ในประวัติการนำเข้า</translation>
    </message>
</context>
<context>
    <name>ImportResults</name>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="32"/>
        <source>New</source>
        <translation>สร้างใหม่</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="33"/>
        <source>Update</source>
        <translation>อัปเดต</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="34"/>
        <source>Unchanged</source>
        <translation>ไม่เปลี่ยนแปลง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="35"/>
        <source>Skip (exists)</source>
        <translation>ข้าม (มีอยู่แล้ว)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="36"/>
        <source>Error</source>
        <translation>ข้อผิดพลาด</translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="28"/>
        <source>The file cannot be found or opened.</source>
        <extracomment>why a file cannot be read, by ``ImportFileError.code``</extracomment>
        <translation>ไม่พบไฟล์หรือเปิดไฟล์ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="29"/>
        <source>The file is empty: there is nothing to import.</source>
        <translation>ไฟล์ว่างเปล่า ไม่มีข้อมูลให้นำเข้า</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="30"/>
        <source>The file holds only a header row and no records to import.</source>
        <translation>ไฟล์มีเพียงแถวหัวตาราง ไม่มีระเบียนให้นำเข้า</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="33"/>
        <source>This is not a text file (it may be a program, an image or a renamed spreadsheet). Choose a CSV, Excel, OpenDocument or vCard file.</source>
        <translation>ไฟล์นี้ไม่ใช่ไฟล์ข้อความ (อาจเป็นโปรแกรม รูปภาพ หรือสเปรดชีตที่ถูกเปลี่ยนชื่อ) โปรดเลือกไฟล์ CSV, Excel, OpenDocument หรือ vCard</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="37"/>
        <source>This kind of file cannot be imported. Choose a CSV, TSV, Excel (.xlsx, .xls), OpenDocument (.ods) or vCard (.vcf) file.</source>
        <translation>ไม่สามารถนำเข้าไฟล์ประเภทนี้ได้ โปรดเลือกไฟล์ CSV, TSV, Excel (.xlsx, .xls), OpenDocument (.ods) หรือ vCard (.vcf)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="41"/>
        <source>The file is damaged or incomplete (it may have been cut short while copying). Save it again from its program and retry.</source>
        <translation>ไฟล์เสียหายหรือไม่สมบูรณ์ (อาจถูกตัดขาดระหว่างคัดลอก) โปรดบันทึกไฟล์อีกครั้งจากโปรแกรมต้นทางแล้วลองใหม่</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="45"/>
        <source>The file is damaged and cannot be read. Save it again and retry.</source>
        <translation>ไฟล์เสียหายและอ่านไม่ได้ โปรดบันทึกอีกครั้งแล้วลองใหม่</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="48"/>
        <source>The workbook is protected by a password. Save it without a password, then import it.</source>
        <translation>เวิร์กบุ๊กนี้ป้องกันด้วยรหัสผ่าน โปรดบันทึกโดยไม่ใส่รหัสผ่านแล้วนำเข้าอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="52"/>
        <source>The workbook is too big to import. Save the sheet as CSV (read as a stream, at any size) and import that.</source>
        <translation>เวิร์กบุ๊กมีขนาดใหญ่เกินกว่าจะนำเข้าได้ โปรดบันทึกชีตเป็น CSV (อ่านแบบสตรีมได้ทุกขนาด) แล้วนำเข้าไฟล์นั้น</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="56"/>
        <source>The workbook was refused: it expands far beyond what a real spreadsheet does, a sign of a malicious file.</source>
        <translation>ปฏิเสธเวิร์กบุ๊กนี้: เมื่อขยายแล้วมีขนาดใหญ่กว่าสเปรดชีตจริงมาก ซึ่งเป็นสัญญาณของไฟล์อันตราย</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="60"/>
        <source>The workbook was refused: it contains XML declarations that spreadsheets never need and attacks use.</source>
        <translation>ปฏิเสธเวิร์กบุ๊กนี้: มีการประกาศ XML ที่สเปรดชีตไม่จำเป็นต้องใช้ แต่มักใช้ในการโจมตี</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="64"/>
        <source>The text cannot be read with the chosen encoding. Choose the file&apos;s encoding above.</source>
        <translation>อ่านข้อความด้วยการเข้ารหัสที่เลือกไม่ได้ โปรดเลือกการเข้ารหัสของไฟล์ด้านบน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="68"/>
        <source>A quoted value is never closed, so the rows after it would be lost. Fix the stray quote character (&quot;) and retry.</source>
        <translation>มีค่าในเครื่องหมายคำพูดที่ไม่ได้ปิด ทำให้แถวหลังจากนั้นสูญหาย โปรดแก้ไขเครื่องหมายคำพูด (&quot;) ที่เกินมาแล้วลองใหม่</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="72"/>
        <source>The workbook has no such sheet.</source>
        <translation>ไม่มีชีตนี้ในเวิร์กบุ๊ก</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="73"/>
        <source>Reading the file failed.</source>
        <translation>อ่านไฟล์ไม่สำเร็จ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="78"/>
        <source>“{value}” is not a date.</source>
        <extracomment>why a row (or a cell) will not be imported, by ``RowError.code``</extracomment>
        <translation>“{value}” ไม่ใช่วันที่</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="79"/>
        <source>There is no such date as “{value}”.</source>
        <translation>ไม่มีวันที่ “{value}” อยู่จริง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="82"/>
        <source>The date “{value}” reads both day-first and month-first.</source>
        <translation>วันที่ “{value}” อ่านได้ทั้งแบบวันขึ้นก่อนและเดือนขึ้นก่อน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="85"/>
        <source>“{value}” is not a number.</source>
        <translation>“{value}” ไม่ใช่ตัวเลข</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="86"/>
        <source>“{value}” is not a phone number.</source>
        <translation>“{value}” ไม่ใช่หมายเลขโทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="87"/>
        <source>“{value}” is not an email address.</source>
        <translation>“{value}” ไม่ใช่ที่อยู่อีเมล</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="90"/>
        <source>“{value}” is neither yes nor no.</source>
        <translation>“{value}” ไม่ใช่ทั้ง “ใช่” และ “ไม่ใช่”</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="91"/>
        <source>The cell holds the spreadsheet error {value}.</source>
        <translation>เซลล์นี้มีข้อผิดพลาดของสเปรดชีต {value}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="92"/>
        <source>The row has {count} cells, more than the {columns} columns of the header.</source>
        <translation>แถวนี้มี {count} เซลล์ มากกว่า {columns} คอลัมน์ของหัวตาราง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="95"/>
        <source>There is no user named “{value}”: the record is imported without that owner.</source>
        <translation>ไม่มีผู้ใช้ชื่อ “{value}”: นำเข้าระเบียนโดยไม่มีผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="99"/>
        <source>The pipeline has no stage named “{value}”: the deal goes to its first stage.</source>
        <translation>ไปป์ไลน์ไม่มีขั้นตอนชื่อ “{value}”: ดีลจะไปอยู่ที่ขั้นตอนแรก</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="103"/>
        <source>There is no pipeline named “{value}”.</source>
        <translation>ไม่มีไปป์ไลน์ชื่อ “{value}”</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="106"/>
        <source>“{value}” is not one of the choices.</source>
        <translation>“{value}” ไม่ใช่หนึ่งในตัวเลือก</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="107"/>
        <source>The stage needs more fields: {missing}.</source>
        <translation>ขั้นตอนนี้ต้องมีฟิลด์เพิ่มเติม: {missing}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="108"/>
        <source>This field is required.</source>
        <translation>จำเป็นต้องกรอกฟิลด์นี้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="109"/>
        <source>A contact needs a first name, a last name or an email.</source>
        <translation>ผู้ติดต่อต้องมีชื่อ นามสกุล หรืออีเมลอย่างใดอย่างหนึ่ง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="116"/>
        <source>No column is imported. Choose a field for at least one column.</source>
        <extracomment>why a plan cannot run, by ``ValidationError.code`` from the engine&apos;s checks</extracomment>
        <translation>ไม่มีคอลัมน์ที่จะนำเข้า โปรดเลือกฟิลด์ให้อย่างน้อยหนึ่งคอลัมน์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="119"/>
        <source>Column {column}: its field is chosen for another column too.</source>
        <translation>คอลัมน์ {column}: ฟิลด์นี้ถูกเลือกให้คอลัมน์อื่นด้วย</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="122"/>
        <source>Column {column}: this field cannot be imported.</source>
        <translation>คอลัมน์ {column}: ไม่สามารถนำเข้าฟิลด์นี้ได้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="125"/>
        <source>Matching needs a column with that value: map one, or do not match.</source>
        <translation>การจับคู่ต้องมีคอลัมน์ที่มีค่านั้น โปรดกำหนดคอลัมน์ หรือเลือกไม่จับคู่</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="128"/>
        <source>These records cannot be matched that way; choose another match rule.</source>
        <translation>ไม่สามารถจับคู่ระเบียนเหล่านี้ด้วยวิธีนี้ได้ โปรดเลือกกฎการจับคู่อื่น</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="135"/>
        <source>Full name (split)</source>
        <extracomment>targets that are not plain field labels (pseudo-targets and deal fields)</extracomment>
        <translation>ชื่อเต็ม (แยกชื่อ-นามสกุล)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="136"/>
        <source>Full name, surname first (split)</source>
        <translation>ชื่อเต็ม นามสกุลขึ้นก่อน (แยกชื่อ-นามสกุล)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="137"/>
        <source>Company (create or link)</source>
        <translation>บริษัท (สร้างหรือเชื่อมโยง)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="138"/>
        <source>Contact (create or link)</source>
        <translation>ผู้ติดต่อ (สร้างหรือเชื่อมโยง)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="139"/>
        <source>Stage</source>
        <translation>ขั้นตอน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="140"/>
        <source>Pipeline</source>
        <translation>ไปป์ไลน์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="141"/>
        <source>Owner</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="142"/>
        <source>Tags</source>
        <translation>แท็ก</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="143"/>
        <source>Value</source>
        <translation>มูลค่า</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="144"/>
        <source>Probability</source>
        <translation>ความน่าจะเป็น</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="145"/>
        <source>Expected close</source>
        <translation>คาดว่าจะปิด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="150"/>
        <source>Contacts</source>
        <extracomment>record types, plural, for titles and the type picker</extracomment>
        <translation>ผู้ติดต่อ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="151"/>
        <source>Companies</source>
        <translation>บริษัท</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="152"/>
        <source>Deals</source>
        <translation>ดีล</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="153"/>
        <source>Tasks</source>
        <translation>งาน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="158"/>
        <source>Text file with separated values (CSV)</source>
        <extracomment>what kind of file was found</extracomment>
        <translation>ไฟล์ข้อความแบบคั่นค่า (CSV)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="159"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>เวิร์กบุ๊ก Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="160"/>
        <source>Excel 97–2003 workbook (.xls)</source>
        <translation>เวิร์กบุ๊ก Excel 97–2003 (.xls)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="161"/>
        <source>OpenDocument spreadsheet (.ods)</source>
        <translation>สเปรดชีต OpenDocument (.ods)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="162"/>
        <source>vCard address book (.vcf)</source>
        <translation>สมุดที่อยู่ vCard (.vcf)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="166"/>
        <source>Comma ( , )</source>
        <translation>จุลภาค ( , )</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="167"/>
        <source>Semicolon ( ; )</source>
        <translation>อัฒภาค ( ; )</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="168"/>
        <source>Tab</source>
        <translation>แท็บ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="169"/>
        <source>Vertical bar ( | )</source>
        <translation>เส้นตั้ง ( | )</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="174"/>
        <source>Unicode</source>
        <extracomment>what each encoding is used for, shown next to its name in the picker</extracomment>
        <translation>ยูนิโค้ด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="175"/>
        <source>Unicode, with a byte order mark</source>
        <translation>ยูนิโค้ด พร้อม BOM</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="176"/>
        <source>Unicode (Excel “Unicode text”)</source>
        <translation>ยูนิโค้ด (Excel “ข้อความ Unicode”)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="177"/>
        <source>Western European (Windows)</source>
        <translation>ยุโรปตะวันตก (Windows)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="178"/>
        <source>Western European</source>
        <translation>ยุโรปตะวันตก</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="179"/>
        <source>Western European, with €</source>
        <translation>ยุโรปตะวันตก พร้อม €</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="180"/>
        <source>Central European (Windows)</source>
        <translation>ยุโรปกลาง (Windows)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="181"/>
        <source>Cyrillic (Windows)</source>
        <translation>ซีริลลิก (Windows)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="182"/>
        <source>Cyrillic (KOI8-R)</source>
        <translation>ซีริลลิก (KOI8-R)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="183"/>
        <source>Cyrillic (DOS)</source>
        <translation>ซีริลลิก (DOS)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="184"/>
        <source>Arabic and Persian (Windows)</source>
        <translation>อาหรับและเปอร์เซีย (Windows)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="185"/>
        <source>Thai (Windows)</source>
        <translation>ไทย (Windows)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="186"/>
        <source>Thai (TIS-620)</source>
        <translation>ไทย (TIS-620)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="187"/>
        <source>Greek (Windows)</source>
        <translation>กรีก (Windows)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="188"/>
        <source>Turkish (Windows)</source>
        <translation>ตุรกี (Windows)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="189"/>
        <source>Hebrew (Windows)</source>
        <translation>ฮีบรู (Windows)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="190"/>
        <source>Chinese, simplified</source>
        <translation>จีนตัวย่อ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="191"/>
        <source>Chinese, traditional</source>
        <translation>จีนตัวเต็ม</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="192"/>
        <source>Japanese</source>
        <translation>ญี่ปุ่น</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="193"/>
        <source>Korean</source>
        <translation>เกาหลี</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="198"/>
        <source>Italy</source>
        <extracomment>common countries for phone numbers written without a country code (ISO 3166 code → name)</extracomment>
        <translation>อิตาลี</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="199"/>
        <source>Iran</source>
        <translation>อิหร่าน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="200"/>
        <source>Russia</source>
        <translation>รัสเซีย</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="201"/>
        <source>Thailand</source>
        <translation>ไทย</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="202"/>
        <source>United States</source>
        <translation>สหรัฐอเมริกา</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="203"/>
        <source>United Kingdom</source>
        <translation>สหราชอาณาจักร</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="204"/>
        <source>Germany</source>
        <translation>เยอรมนี</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="205"/>
        <source>France</source>
        <translation>ฝรั่งเศส</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="206"/>
        <source>Spain</source>
        <translation>สเปน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="207"/>
        <source>Switzerland</source>
        <translation>สวิตเซอร์แลนด์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="208"/>
        <source>Austria</source>
        <translation>ออสเตรีย</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="209"/>
        <source>Netherlands</source>
        <translation>เนเธอร์แลนด์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="210"/>
        <source>Belgium</source>
        <translation>เบลเยียม</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="211"/>
        <source>Poland</source>
        <translation>โปแลนด์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="212"/>
        <source>Ukraine</source>
        <translation>ยูเครน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="213"/>
        <source>Belarus</source>
        <translation>เบลารุส</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="214"/>
        <source>Kazakhstan</source>
        <translation>คาซัคสถาน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="215"/>
        <source>Turkey</source>
        <translation>ตุรกี</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="216"/>
        <source>United Arab Emirates</source>
        <translation>สหรัฐอาหรับเอมิเรตส์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="217"/>
        <source>Afghanistan</source>
        <translation>อัฟกานิสถาน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="218"/>
        <source>India</source>
        <translation>อินเดีย</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="219"/>
        <source>China</source>
        <translation>จีน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="220"/>
        <source>Japan</source>
        <translation>ญี่ปุ่น</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="221"/>
        <source>Canada</source>
        <translation>แคนาดา</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="222"/>
        <source>Australia</source>
        <translation>ออสเตรเลีย</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="223"/>
        <source>Brazil</source>
        <translation>บราซิล</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="224"/>
        <source>Malaysia</source>
        <translation>มาเลเซีย</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="225"/>
        <source>Laos</source>
        <translation>ลาว</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="261"/>
        <source>Ignore (do not import)</source>
        <translation>ข้าม (ไม่นำเข้า)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="280"/>
        <source>Row {row}: {problem}</source>
        <translation>แถว {row}: {problem}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desktop_crm/ui/importer/wizard.py" line="129"/>
        <source>Steps</source>
        <translation>ขั้นตอน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/wizard.py" line="139"/>
        <source>Back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/wizard.py" line="140"/>
        <location filename="../../desktop_crm/ui/importer/wizard.py" line="214"/>
        <source>Next</source>
        <translation>ถัดไป</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/wizard.py" line="142"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/wizard.py" line="176"/>
        <source>Step {number} of {count}: {title}</source>
        <translation>ขั้นตอนที่ {number} จาก {count}: {title}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/wizard.py" line="196"/>
        <source>Import {records}</source>
        <translation>นำเข้า{records}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/wizard.py" line="210"/>
        <source>Import</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/wizard.py" line="212"/>
        <source>Finish</source>
        <translation>เสร็จสิ้น</translation>
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="270"/>
        <source>1 deal</source>
        <translation>ดีล 1 รายการ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="272"/>
        <source>%Ln deals</source>
        <translation>
            <numerusform>ดีล %Ln รายการ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="277"/>
        <source>Goal: {goal}</source>
        <translation>เป้าหมาย: {goal}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="280"/>
        <source>Goal: {goal} ({percent})</source>
        <translation>เป้าหมาย: {goal} ({percent})</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="12"/>
        <source>First name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="13"/>
        <source>Last name</source>
        <translation>นามสกุล</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="14"/>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="15"/>
        <source>Emails</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="16"/>
        <location filename="../../desktop_crm/ui/labels.py" line="104"/>
        <location filename="../../desktop_crm/ui/labels.py" line="118"/>
        <source>Email</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="17"/>
        <source>Phones</source>
        <translation>หมายเลขโทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="18"/>
        <location filename="../../desktop_crm/ui/labels.py" line="119"/>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="19"/>
        <source>Job title</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="20"/>
        <location filename="../../desktop_crm/ui/labels.py" line="21"/>
        <source>Company</source>
        <translation>บริษัท</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="22"/>
        <source>Role at company</source>
        <translation>บทบาทในบริษัท</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="23"/>
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="24"/>
        <source>City</source>
        <translation>เมือง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="25"/>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="26"/>
        <source>Birthday</source>
        <translation>วันเกิด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="27"/>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="28"/>
        <source>Source</source>
        <translation>แหล่งที่มา</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="29"/>
        <source>Lifecycle stage</source>
        <translation>ขั้นตอนวงจรชีวิต</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="30"/>
        <source>Customer status</source>
        <translation>สถานะลูกค้า</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="31"/>
        <location filename="../../desktop_crm/ui/labels.py" line="32"/>
        <location filename="../../desktop_crm/ui/labels.py" line="156"/>
        <source>Owner</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="33"/>
        <source>Preferred channel</source>
        <translation>ช่องทางที่สะดวก</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="34"/>
        <source>Best time to contact</source>
        <translation>เวลาที่สะดวกให้ติดต่อ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="35"/>
        <source>No email</source>
        <translation>ไม่รับอีเมล</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="36"/>
        <source>No calls</source>
        <translation>ไม่รับโทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="37"/>
        <source>No SMS</source>
        <translation>ไม่รับ SMS</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="38"/>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="39"/>
        <source>Last contacted</source>
        <translation>ติดต่อล่าสุด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="40"/>
        <source>Created</source>
        <translation>วันที่สร้าง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="41"/>
        <source>Updated</source>
        <translation>อัปเดตล่าสุด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="42"/>
        <source>Industry</source>
        <translation>อุตสาหกรรม</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="43"/>
        <source>Employees</source>
        <translation>จำนวนพนักงาน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="44"/>
        <source>Annual revenue</source>
        <translation>รายได้ต่อปี</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="45"/>
        <source>Currency</source>
        <translation>สกุลเงิน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="46"/>
        <source>Website</source>
        <translation>เว็บไซต์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="47"/>
        <source>Contacts</source>
        <translation>ผู้ติดต่อ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="48"/>
        <source>Tags</source>
        <translation>แท็ก</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="49"/>
        <source>Label</source>
        <translation>ป้ายกำกับ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="50"/>
        <source>Stage</source>
        <translation>ขั้นตอน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="51"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="52"/>
        <source>Lost reason</source>
        <translation>เหตุผลที่ปิดการขายไม่ได้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="53"/>
        <source>Line item added</source>
        <translation>เพิ่มรายการแล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="54"/>
        <source>Contact added</source>
        <translation>เพิ่มผู้ติดต่อแล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="55"/>
        <source>call</source>
        <translation>การโทร</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="56"/>
        <source>email</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="57"/>
        <source>meeting</source>
        <translation>การประชุม</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="58"/>
        <source>demo</source>
        <translation>การสาธิต</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="59"/>
        <source>note</source>
        <translation>โน้ต</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="60"/>
        <source>message</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="62"/>
        <source>Title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="63"/>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="64"/>
        <source>Due</source>
        <translation>กำหนดเวลา</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="65"/>
        <source>Ends</source>
        <translation>สิ้นสุด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="66"/>
        <source>All day</source>
        <translation>ทั้งวัน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="67"/>
        <source>Duration</source>
        <translation>ระยะเวลา</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="68"/>
        <source>Reminder</source>
        <translation>การแจ้งเตือน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="69"/>
        <source>Assigned to</source>
        <translation>มอบหมายให้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="70"/>
        <source>Priority</source>
        <translation>ความสำคัญ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="71"/>
        <source>Done</source>
        <translation>เสร็จแล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="72"/>
        <source>Repeat</source>
        <translation>เกิดซ้ำ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="73"/>
        <source>Contact</source>
        <translation>ผู้ติดต่อ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="74"/>
        <source>Deal</source>
        <translation>ดีล</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="75"/>
        <source>Snooze</source>
        <translation>เลื่อนเตือน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="81"/>
        <source>Follow-up</source>
        <translation>ติดตามผล</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="82"/>
        <source>Send document</source>
        <translation>ส่งเอกสาร</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="87"/>
        <source>Low</source>
        <translation>ต่ำ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="88"/>
        <source>Normal</source>
        <translation>ปกติ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="89"/>
        <source>High</source>
        <translation>สูง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="93"/>
        <source>contact</source>
        <translation>ผู้ติดต่อ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="94"/>
        <source>company</source>
        <translation>บริษัท</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="95"/>
        <source>deal</source>
        <translation>ดีล</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="96"/>
        <source>activity</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="97"/>
        <source>task</source>
        <translation>งาน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="98"/>
        <source>user</source>
        <translation>ผู้ใช้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="99"/>
        <source>custom field</source>
        <translation>ฟิลด์กำหนดเอง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="79"/>
        <location filename="../../desktop_crm/ui/labels.py" line="103"/>
        <source>Call</source>
        <translation>การโทร</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="80"/>
        <location filename="../../desktop_crm/ui/labels.py" line="105"/>
        <source>Meeting</source>
        <translation>การประชุม</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="106"/>
        <source>Demo</source>
        <translation>การสาธิต</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="107"/>
        <source>Note</source>
        <translation>โน้ต</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="108"/>
        <source>Message</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="113"/>
        <source>Potential</source>
        <translation>มุ่งหวัง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="114"/>
        <source>Active</source>
        <translation>ปัจจุบัน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="115"/>
        <source>Permanent</source>
        <translation>ประจำ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="116"/>
        <location filename="../../desktop_crm/ui/labels.py" line="148"/>
        <source>Lost</source>
        <translation>สูญเสีย</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="120"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="121"/>
        <source>Messenger</source>
        <translation>แอปแชต</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="122"/>
        <source>In person</source>
        <translation>พบด้วยตนเอง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="124"/>
        <source>Administrator</source>
        <translation>ผู้ดูแลระบบ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="125"/>
        <source>Manager</source>
        <translation>ผู้จัดการ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="126"/>
        <source>Salesperson</source>
        <translation>พนักงานขาย</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="128"/>
        <source>Text</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="129"/>
        <source>Long text</source>
        <translation>ข้อความยาว</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="130"/>
        <source>Number</source>
        <translation>ตัวเลข</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="131"/>
        <source>Money</source>
        <translation>จำนวนเงิน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="132"/>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="133"/>
        <source>Choice</source>
        <translation>ตัวเลือกเดียว</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="134"/>
        <source>Multiple choice</source>
        <translation>หลายตัวเลือก</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="135"/>
        <source>Checkbox</source>
        <translation>ช่องทำเครื่องหมาย</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="136"/>
        <source>Web address</source>
        <translation>ที่อยู่เว็บ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="141"/>
        <source>Subscriber</source>
        <translation>ผู้ติดตาม</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="142"/>
        <source>Lead</source>
        <translation>ลีด</translation>
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
        <translation>โอกาสการขาย</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="146"/>
        <source>Customer</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="147"/>
        <source>Evangelist</source>
        <translation>ผู้สนับสนุนแบรนด์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="149"/>
        <source>Trade show</source>
        <translation>งานแสดงสินค้า</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="150"/>
        <source>Referral</source>
        <translation>การแนะนำ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="151"/>
        <source>Web form</source>
        <translation>แบบฟอร์มเว็บ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="152"/>
        <source>Webinar</source>
        <translation>เว็บบินาร์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="153"/>
        <source>Campaign</source>
        <translation>แคมเปญ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="154"/>
        <source>Cold call</source>
        <translation>โทรหาลูกค้าใหม่</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="155"/>
        <source>Social media</source>
        <translation>โซเชียลมีเดีย</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="158"/>
        <source>Sales</source>
        <translation>การขาย</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="159"/>
        <source>Lead in</source>
        <translation>ลีดเข้ามา</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="160"/>
        <source>Qualified</source>
        <translation>ผ่านการคัดกรอง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="161"/>
        <source>Contacted</source>
        <translation>ติดต่อแล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="162"/>
        <source>Proposal</source>
        <translation>ข้อเสนอ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="163"/>
        <source>Negotiation</source>
        <translation>เจรจาต่อรอง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="164"/>
        <source>Won</source>
        <translation>ปิดการขายได้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="165"/>
        <source>Price</source>
        <translation>ราคา</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="166"/>
        <source>Competitor</source>
        <translation>คู่แข่ง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="167"/>
        <source>No budget</source>
        <translation>ไม่มีงบประมาณ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="168"/>
        <source>No decision</source>
        <translation>ไม่มีการตัดสินใจ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="169"/>
        <source>Timing</source>
        <translation>จังหวะเวลา</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="83"/>
        <location filename="../../desktop_crm/ui/labels.py" line="170"/>
        <source>Other</source>
        <translation>อื่น ๆ</translation>
    </message>
</context>
<context>
    <name>LogActivityDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="90"/>
        <source> min</source>
        <translation> นาที</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="92"/>
        <source>e.g. interested, call back next week</source>
        <translation>เช่น สนใจ โทรกลับสัปดาห์หน้า</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="95"/>
        <source>Subject</source>
        <translation>หัวข้อ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="96"/>
        <source>When</source>
        <translation>วันเวลา</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="98"/>
        <source>Duration</source>
        <translation>ระยะเวลา</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="102"/>
        <source>Outcome</source>
        <translation>ผลลัพธ์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="105"/>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
</context>
<context>
    <name>LogTaskDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/tasks/complete.py" line="79"/>
        <source>Log on the timeline</source>
        <translation>บันทึกลงไทม์ไลน์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/complete.py" line="82"/>
        <source>Log this call on {name}&apos;s timeline?</source>
        <translation>บันทึกการโทรนี้ลงไทม์ไลน์ของ “{name}” หรือไม่</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/complete.py" line="84"/>
        <source>Log this meeting on {name}&apos;s timeline?</source>
        <translation>บันทึกการประชุมนี้ลงไทม์ไลน์ของ “{name}” หรือไม่</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/complete.py" line="97"/>
        <source>e.g. interested, call back next week</source>
        <translation>เช่น สนใจ โทรกลับสัปดาห์หน้า</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/complete.py" line="101"/>
        <source> min</source>
        <translation> นาที</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/complete.py" line="108"/>
        <source>Subject</source>
        <translation>หัวข้อ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/complete.py" line="110"/>
        <source>Outcome</source>
        <translation>ผลลัพธ์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/complete.py" line="119"/>
        <source>Log</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/complete.py" line="122"/>
        <source>Not now</source>
        <translation>ไว้ทีหลัง</translation>
    </message>
</context>
<context>
    <name>LostReasonDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_stage.py" line="195"/>
        <source>Mark the deal as lost</source>
        <translation>ทำเครื่องหมายว่าปิดการขายไม่ได้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_stage.py" line="204"/>
        <source>Pick a reason or type one</source>
        <translation>เลือกเหตุผลหรือพิมพ์เอง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_stage.py" line="206"/>
        <source>Details (optional)</source>
        <translation>รายละเอียด (ไม่บังคับ)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_stage.py" line="209"/>
        <source>Details</source>
        <translation>รายละเอียด</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="33"/>
        <source>Dashboard</source>
        <translation>แดชบอร์ด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="34"/>
        <source>Pipeline</source>
        <translation>ไปป์ไลน์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="35"/>
        <source>Contacts</source>
        <translation>ผู้ติดต่อ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="36"/>
        <source>Companies</source>
        <translation>บริษัท</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="37"/>
        <source>My tasks</source>
        <translation>งานของฉัน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="38"/>
        <source>Calendar</source>
        <translation>ปฏิทิน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="39"/>
        <source>Reports</source>
        <translation>รายงาน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="40"/>
        <source>Settings</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="65"/>
        <source>desktop_crm</source>
        <translation>desktop_crm</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="69"/>
        <source>Search</source>
        <translation>ค้นหา</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="99"/>
        <source>Database: {path}</source>
        <translation>ฐานข้อมูล: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="107"/>
        <source>&amp;File</source>
        <translation>&amp;ไฟล์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="108"/>
        <source>&amp;Import…</source>
        <translation>&amp;นำเข้า…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="110"/>
        <source>Import history…</source>
        <translation>ประวัติการนำเข้า…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="112"/>
        <source>Back up now</source>
        <translation>สำรองข้อมูลเดี๋ยวนี้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="114"/>
        <source>Export tasks to a calendar file (.ics)…</source>
        <translation>ส่งออกงานเป็นไฟล์ปฏิทิน (.ics)…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="117"/>
        <source>&amp;Quit</source>
        <translation>&amp;ออก</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="121"/>
        <source>&amp;Edit</source>
        <translation>&amp;แก้ไข</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="122"/>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="354"/>
        <source>&amp;Undo</source>
        <translation>&amp;เลิกทำ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="124"/>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="359"/>
        <source>&amp;Redo</source>
        <translation>&amp;ทำซ้ำ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="129"/>
        <source>&amp;Find…</source>
        <translation>&amp;ค้นหา…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="131"/>
        <source>Recently &amp;deleted…</source>
        <translation>&amp;ที่ลบล่าสุด…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="133"/>
        <source>&amp;View</source>
        <translation>&amp;มุมมอง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="139"/>
        <source>Sales &amp;goals…</source>
        <translation>&amp;เป้าหมายการขาย…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="140"/>
        <source>Weekly &amp;digest…</source>
        <translation>&amp;สรุปประจำสัปดาห์…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="142"/>
        <source>Close record</source>
        <translation>ปิดการ์ด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="338"/>
        <source>Backup saved: {path}</source>
        <translation>บันทึกข้อมูลสำรองแล้ว: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="352"/>
        <source>&amp;Undo {what}</source>
        <translation>&amp;เลิกทำ “{what}”</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="357"/>
        <source>&amp;Redo {what}</source>
        <translation>&amp;ทำซ้ำ “{what}”</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="365"/>
        <source>Warning: the database is in a cloud-synced folder; SQLite&apos;s locking is not reliable there. Keep it in a local folder.</source>
        <translation>คำเตือน: ฐานข้อมูลอยู่ในโฟลเดอร์ที่ซิงค์กับคลาวด์ ซึ่งการล็อกของ SQLite เชื่อถือไม่ได้ โปรดเก็บไว้ในโฟลเดอร์บนเครื่อง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="368"/>
        <source>Warning: the database is on a network drive; SQLite&apos;s locking is not reliable there. Keep it on this computer.</source>
        <translation>คำเตือน: ฐานข้อมูลอยู่บนไดรฟ์เครือข่าย ซึ่งการล็อกของ SQLite เชื่อถือไม่ได้ โปรดเก็บไว้ในคอมพิวเตอร์เครื่องนี้</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <location filename="../../desktop_crm/ui/importer/models.py" line="173"/>
        <source>New field: {label} ({type})</source>
        <translation>ฟิลด์ใหม่: {label} ({type})</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/models.py" line="211"/>
        <source>Column in the file</source>
        <translation>คอลัมน์ในไฟล์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/models.py" line="211"/>
        <source>Sample values</source>
        <translation>ตัวอย่างค่า</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/models.py" line="211"/>
        <source>Import as</source>
        <translation>นำเข้าเป็น</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_mapping.py" line="31"/>
        <location filename="../../desktop_crm/ui/importer/page_mapping.py" line="32"/>
        <source>a Google Contacts export</source>
        <translation>ไฟล์ส่งออกจาก Google Contacts</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_mapping.py" line="33"/>
        <source>an Outlook export</source>
        <translation>ไฟล์ส่งออกจาก Outlook</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_mapping.py" line="47"/>
        <source>Columns</source>
        <translation>คอลัมน์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_mapping.py" line="54"/>
        <source>Columns of the file</source>
        <translation>คอลัมน์ของไฟล์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_mapping.py" line="73"/>
        <source>New custom field…</source>
        <translation>ฟิลด์กำหนดเองใหม่…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_mapping.py" line="75"/>
        <source>Keep this column in a new field of its own, created with the import.</source>
        <translation>เก็บคอลัมน์นี้ไว้ในฟิลด์ใหม่ของตัวเอง ซึ่งจะถูกสร้างพร้อมการนำเข้า</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_mapping.py" line="77"/>
        <source>Guess again</source>
        <translation>คาดเดาใหม่</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_mapping.py" line="79"/>
        <source>Forget the changes and guess every column from its name and values.</source>
        <translation>ล้างการเปลี่ยนแปลงและคาดเดาทุกคอลัมน์ใหม่จากชื่อและค่า</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_mapping.py" line="116"/>
        <source>Choose what each column of the file becomes. Columns set to “Ignore” are not imported.</source>
        <translation>เลือกว่าแต่ละคอลัมน์ของไฟล์จะเป็นอะไร คอลัมน์ที่ตั้งเป็น “ข้าม” จะไม่ถูกนำเข้า</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_mapping.py" line="121"/>
        <source>The choices of your last import of a file with these columns were applied.</source>
        <translation>ใช้ตัวเลือกจากการนำเข้าไฟล์ที่มีคอลัมน์เหล่านี้ครั้งล่าสุดแล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_mapping.py" line="127"/>
        <source>The file looks like {layout}: its columns were mapped for you.</source>
        <translation>ไฟล์นี้ดูเหมือน{layout} จึงจับคู่คอลัมน์ให้แล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_mapping.py" line="160"/>
        <source>“{field}” now comes from the column {column}; {other} is ignored.</source>
        <translation>“{field}” มาจากคอลัมน์ {column} แล้ว และจะข้าม {other}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/importer/page_mapping.py" line="173"/>
        <source>%Ln of the file&apos;s columns will be imported.</source>
        <translation>
            <numerusform>จะนำเข้า %Ln คอลัมน์ของไฟล์</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_mapping.py" line="176"/>
        <source>Choose a field for at least one column.</source>
        <translation>โปรดเลือกฟิลด์ให้อย่างน้อยหนึ่งคอลัมน์</translation>
    </message>
</context>
<context>
    <name>MatchingPage</name>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="48"/>
        <source>Matching and formats</source>
        <translation>การจับคู่และรูปแบบ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="62"/>
        <source>Find existing records by</source>
        <translation>ค้นหาระเบียนที่มีอยู่ด้วย</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="64"/>
        <source>When a row matches a record</source>
        <translation>เมื่อแถวตรงกับระเบียน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="65"/>
        <source>Skip the row: keep the record as it is</source>
        <translation>ข้ามแถว: คงระเบียนไว้ตามเดิม</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="66"/>
        <source>Fill in the record&apos;s empty fields only</source>
        <translation>กรอกเฉพาะฟิลด์ที่ว่างของระเบียน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="68"/>
        <source>Overwrite the record&apos;s fields with the file&apos;s values</source>
        <translation>เขียนทับฟิลด์ของระเบียนด้วยค่าจากไฟล์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="72"/>
        <source>Emails, phone numbers and names are compared ignoring case, spaces and how numbers are written.</source>
        <translation>อีเมล หมายเลขโทรศัพท์ และชื่อ จะถูกเปรียบเทียบโดยไม่สนใจตัวพิมพ์เล็ก-ใหญ่ ช่องว่าง และรูปแบบการเขียนตัวเลข</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="77"/>
        <source>Records that exist already</source>
        <translation>ระเบียนที่มีอยู่แล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="79"/>
        <source>Find them by:</source>
        <translation>ค้นหาด้วย:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="80"/>
        <source>When a row matches:</source>
        <translation>เมื่อแถวตรงกัน:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="85"/>
        <source>Country of phone numbers</source>
        <translation>ประเทศของหมายเลขโทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="87"/>
        <source>Decimal separator</source>
        <translation>ตัวคั่นทศนิยม</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="88"/>
        <source>Recognise it in each column</source>
        <translation>ตรวจหาในแต่ละคอลัมน์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="89"/>
        <source>Point: 1,234.56</source>
        <translation>จุด: 1,234.56</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="90"/>
        <source>Comma: 1.234,56</source>
        <translation>จุลภาค: 1.234,56</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="92"/>
        <source>Pipeline</source>
        <translation>ไปป์ไลน์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="93"/>
        <source>Reading the values</source>
        <translation>การอ่านค่า</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="96"/>
        <source>Phone numbers without a country code are from:</source>
        <translation>ประเทศของหมายเลขที่ไม่มีรหัสประเทศ:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="98"/>
        <source>Decimal separator:</source>
        <translation>ตัวคั่นทศนิยม:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="99"/>
        <source>New deals go to the pipeline:</source>
        <translation>ดีลใหม่จะเข้าไปป์ไลน์:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="103"/>
        <source>Order of day and month</source>
        <translation>ลำดับวันและเดือน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="104"/>
        <source>Day first (31/12/2026)</source>
        <translation>วันขึ้นก่อน (31/12/2026)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="105"/>
        <source>Month first (12/31/2026)</source>
        <translation>เดือนขึ้นก่อน (12/31/2026)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="106"/>
        <source>Year first (2026/12/31)</source>
        <translation>ปีขึ้นก่อน (2026/12/31)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="108"/>
        <source>Calendar of the dates</source>
        <translation>ปฏิทินของวันที่</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="109"/>
        <source>Recognise it (Gregorian or Persian)</source>
        <translation>ตรวจหาอัตโนมัติ (เกรกอเรียนหรือเปอร์เซีย)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="110"/>
        <source>Gregorian</source>
        <translation>เกรกอเรียน (ค.ศ.)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="111"/>
        <source>Persian (Jalali, e.g. 1405/09/02)</source>
        <translation>เปอร์เซีย (จาลาลี เช่น 1405/09/02)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="114"/>
        <source>Dates</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="117"/>
        <source>Day and month:</source>
        <translation>วันและเดือน:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="118"/>
        <source>Calendar:</source>
        <translation>ปฏิทิน:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="149"/>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="156"/>
        <source>Email address</source>
        <translation>ที่อยู่อีเมล</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="151"/>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="158"/>
        <source>Phone number</source>
        <translation>หมายเลขโทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="152"/>
        <source>Name and company</source>
        <translation>ชื่อและบริษัท</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="154"/>
        <source>Company name</source>
        <translation>ชื่อบริษัท</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="160"/>
        <source>Deal title</source>
        <translation>ชื่อดีล</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="161"/>
        <source>Do not look for them: every row is a new record</source>
        <translation>ไม่ต้องค้นหา: ทุกแถวเป็นระเบียนใหม่</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="184"/>
        <source>None: every number has its country code</source>
        <translation>ไม่มี: ทุกหมายเลขมีรหัสประเทศ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="225"/>
        <source>These dates can be read two ways. Which is right?</source>
        <translation>วันที่เหล่านี้อ่านได้สองแบบ แบบไหนถูกต้อง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="227"/>
        <source>The first dates of the file, read each way:</source>
        <translation>วันที่แรก ๆ ในไฟล์ อ่านได้ทั้งสองแบบ:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="234"/>
        <source>{text}: day first {dmy} · month first {mdy}</source>
        <translation>{text}: วันขึ้นก่อน {dmy} · เดือนขึ้นก่อน {mdy}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="19"/>
        <source>{field}: this field is required.</source>
        <translation>{field}: จำเป็นต้องกรอก</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="20"/>
        <source>{field}: too long ({length} characters; at most {limit}).</source>
        <translation>{field}: ยาวเกินไป ({length} อักขระ สูงสุด {limit})</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="23"/>
        <source>{field}: “{value}” is not an email address.</source>
        <translation>{field}: “{value}” ไม่ใช่ที่อยู่อีเมล</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="24"/>
        <source>{field}: “{value}” is not a phone number.</source>
        <translation>{field}: “{value}” ไม่ใช่หมายเลขโทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="25"/>
        <source>{field}: “{value}” is not a web address.</source>
        <translation>{field}: “{value}” ไม่ใช่ที่อยู่เว็บ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="26"/>
        <source>{field}: “{value}” is not a date.</source>
        <translation>{field}: “{value}” ไม่ใช่วันที่</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="27"/>
        <source>{field}: the date is before 1900.</source>
        <translation>{field}: วันที่อยู่ก่อนปี ค.ศ. 1900</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="28"/>
        <source>{field}: a birthday cannot be in the future.</source>
        <translation>{field}: วันเกิดต้องไม่อยู่ในอนาคต</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="29"/>
        <source>{field}: not a number.</source>
        <translation>{field}: ไม่ใช่ตัวเลข</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="30"/>
        <source>{field}: the value is out of range.</source>
        <translation>{field}: ค่าอยู่นอกช่วงที่อนุญาต</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="31"/>
        <source>{field}: an amount cannot be negative.</source>
        <translation>{field}: จำนวนเงินต้องไม่ติดลบ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="32"/>
        <source>{field}: a whole number of 0 or more is expected.</source>
        <translation>{field}: ต้องเป็นจำนวนเต็มตั้งแต่ 0 ขึ้นไป</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="33"/>
        <source>{field}: not one of the choices.</source>
        <translation>{field}: ไม่ใช่หนึ่งในตัวเลือก</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="34"/>
        <source>{field}: contains characters that cannot be saved.</source>
        <translation>{field}: มีอักขระที่ไม่สามารถบันทึกได้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="35"/>
        <source>A contact needs a first name, a last name or an email.</source>
        <translation>ผู้ติดต่อต้องมีชื่อ นามสกุล หรืออีเมลอย่างใดอย่างหนึ่ง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="38"/>
        <source>{field}: the linked record does not exist (any more).</source>
        <translation>{field}: ไม่พบระเบียนที่เชื่อมโยง (อาจถูกลบไปแล้ว)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="41"/>
        <source>{field}: that name is taken.</source>
        <translation>{field}: ชื่อนี้ถูกใช้แล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="42"/>
        <source>A choice field needs at least one option.</source>
        <translation>ฟิลด์ตัวเลือกต้องมีอย่างน้อยหนึ่งตัวเลือก</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="43"/>
        <source>The record was not found; it may have been deleted.</source>
        <translation>ไม่พบระเบียน อาจถูกลบไปแล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="46"/>
        <source>The record was changed elsewhere meanwhile (another window or user). Nothing was changed; the latest values are shown.</source>
        <translation>ระเบียนนี้ถูกแก้ไขจากที่อื่นในระหว่างนี้ (หน้าต่างอื่นหรือผู้ใช้อื่น) จึงไม่มีการเปลี่ยนแปลงใด ๆ และแสดงค่าล่าสุดแล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="50"/>
        <source>The database is locked by another program. Nothing was changed; try again in a moment.</source>
        <translation>ฐานข้อมูลถูกล็อกโดยโปรแกรมอื่น ไม่มีการเปลี่ยนแปลงใด ๆ โปรดลองอีกครั้งในอีกสักครู่</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="54"/>
        <source>The database file is read-only. Nothing was changed. Check the file&apos;s permissions or choose another data folder.</source>
        <translation>ไฟล์ฐานข้อมูลเป็นแบบอ่านอย่างเดียว ไม่มีการเปลี่ยนแปลงใด ๆ โปรดตรวจสอบสิทธิ์ของไฟล์หรือเลือกโฟลเดอร์ข้อมูลอื่น</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="58"/>
        <source>The disk is full. Nothing was changed; free some space and try again.</source>
        <translation>ดิสก์เต็ม ไม่มีการเปลี่ยนแปลงใด ๆ โปรดเพิ่มพื้นที่ว่างแล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="61"/>
        <source>The database file is damaged.</source>
        <translation>ไฟล์ฐานข้อมูลเสียหาย</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="62"/>
        <source>This database was written by a newer version of desktop_crm. Update the app to open it; the file was not changed.</source>
        <translation>ฐานข้อมูลนี้สร้างโดย desktop_crm รุ่นที่ใหม่กว่า โปรดอัปเดตแอปเพื่อเปิดไฟล์นี้ ไฟล์ไม่ได้ถูกเปลี่ยนแปลง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="66"/>
        <source>There is nothing to undo.</source>
        <translation>ไม่มีสิ่งใดให้เลิกทำ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="67"/>
        <source>There is nothing to redo.</source>
        <translation>ไม่มีสิ่งใดให้ทำซ้ำ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="68"/>
        <source>{field}: “{value}” is not a date and time.</source>
        <translation>{field}: “{value}” ไม่ใช่วันที่และเวลา</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="71"/>
        <source>{field}: the linked record was deleted.</source>
        <translation>{field}: ระเบียนที่เชื่อมโยงถูกลบแล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="72"/>
        <source>The demo data can only be loaded into an empty database.</source>
        <translation>โหลดข้อมูลตัวอย่างได้เฉพาะในฐานข้อมูลที่ว่างเปล่าเท่านั้น</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="75"/>
        <source>The end is before the start.</source>
        <translation>เวลาสิ้นสุดอยู่ก่อนเวลาเริ่ม</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="76"/>
        <source>The reminder would ring after the task is due.</source>
        <translation>การแจ้งเตือนจะดังหลังจากงานถึงกำหนดแล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="79"/>
        <source>{field}: set a due date first.</source>
        <translation>{field}: โปรดกำหนดวันครบกำหนดก่อน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="80"/>
        <source>A weekly repeat needs at least one day of the week.</source>
        <translation>การเกิดซ้ำรายสัปดาห์ต้องเลือกอย่างน้อยหนึ่งวัน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="83"/>
        <source>Repeat every 1 to 999 periods.</source>
        <translation>ช่วงการเกิดซ้ำต้องอยู่ระหว่าง 1 ถึง 999</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="84"/>
        <source>This repeat rule is not valid.</source>
        <translation>กฎการเกิดซ้ำนี้ไม่ถูกต้อง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="85"/>
        <source>{field}: “{value}” is not a day of this calendar.</source>
        <translation>{field}: “{value}” ไม่ใช่วันที่ในปฏิทินนี้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="88"/>
        <source>The task is already done.</source>
        <translation>งานนี้เสร็จแล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="89"/>
        <source>Mark the task done with its own button.</source>
        <translation>ใช้ปุ่มเฉพาะเพื่อทำเครื่องหมายว่างานเสร็จแล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="111"/>
        <source>Create {what}</source>
        <translation>สร้าง{what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="112"/>
        <source>Edit {what}</source>
        <translation>แก้ไข{what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="113"/>
        <source>Delete {what}</source>
        <translation>ลบ{what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="114"/>
        <source>Restore {what}</source>
        <translation>กู้คืน{what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="115"/>
        <source>Tag {what}</source>
        <translation>ติดแท็ก{what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="116"/>
        <source>Remove tag from {what}</source>
        <translation>นำแท็กออกจาก{what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="117"/>
        <source>Log {what}</source>
        <translation>บันทึก{what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="118"/>
        <source>Set up</source>
        <translation>ตั้งค่าเริ่มต้น</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="119"/>
        <source>Load demo data</source>
        <translation>โหลดข้อมูลตัวอย่าง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="120"/>
        <source>Move {what}</source>
        <translation>ย้าย{what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="121"/>
        <source>Mark {what} as won</source>
        <translation>ทำเครื่องหมาย{what}ว่าปิดการขายได้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="122"/>
        <source>Mark {what} as lost</source>
        <translation>ทำเครื่องหมาย{what}ว่าปิดการขายไม่ได้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="123"/>
        <source>Reopen {what}</source>
        <translation>เปิด{what}อีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="124"/>
        <source>Reorder {what}</source>
        <translation>จัดลำดับ{what}ใหม่</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="125"/>
        <source>Link to {what}</source>
        <translation>เชื่อมโยงกับ{what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="126"/>
        <source>Unlink from {what}</source>
        <translation>ยกเลิกการเชื่อมโยงกับ{what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="127"/>
        <source>Complete {what}</source>
        <translation>ทำ{what}ให้เสร็จ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="128"/>
        <source>Reschedule {what}</source>
        <translation>เลื่อนกำหนด{what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="129"/>
        <source>Snooze {what}</source>
        <translation>เลื่อนเตือน{what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="130"/>
        <source>Dismiss reminder of {what}</source>
        <translation>ปิดการแจ้งเตือนของ{what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="131"/>
        <source>Create follow-up tasks</source>
        <translation>สร้างงานติดตามผล</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="132"/>
        <source>Merge {what}</source>
        <translation>รวม{what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="133"/>
        <source>Mark {what} as not duplicates</source>
        <translation>ทำเครื่องหมายว่าไม่ซ้ำกัน ({what})</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <location filename="../../desktop_crm/ui/calendar/month_view.py" line="51"/>
        <source>Month</source>
        <translation>เดือน</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/calendar/month_view.py" line="205"/>
        <source>+%n more</source>
        <translation>
            <numerusform>อีก %n รายการ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MultiChoiceEditor</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/editors.py" line="336"/>
        <location filename="../../desktop_crm/ui/cards/editors.py" line="340"/>
        <source>(none)</source>
        <translation>(ไม่มี)</translation>
    </message>
</context>
<context>
    <name>MyTasksPage</name>
    <message>
        <location filename="../../desktop_crm/ui/tasks/my_tasks.py" line="102"/>
        <source>Show</source>
        <translation>แสดง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/my_tasks.py" line="121"/>
        <source>My tasks</source>
        <translation>งานของฉัน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/my_tasks.py" line="122"/>
        <source>Everyone</source>
        <translation>ทุกคน</translation>
    </message>
</context>
<context>
    <name>NewDealDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/new_deal_dialog.py" line="57"/>
        <source>New deal</source>
        <translation>ดีลใหม่</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/new_deal_dialog.py" line="118"/>
        <source>Contact: {name}</source>
        <translation>ผู้ติดต่อ: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/new_deal_dialog.py" line="121"/>
        <source>Company: {name}</source>
        <translation>บริษัท: {name}</translation>
    </message>
</context>
<context>
    <name>NewRecordDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="114"/>
        <source>New contact</source>
        <translation>ผู้ติดต่อใหม่</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="114"/>
        <source>New company</source>
        <translation>บริษัทใหม่</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="126"/>
        <source>Create</source>
        <translation>สร้าง</translation>
    </message>
</context>
<context>
    <name>PipelineActions</name>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/actions.py" line="160"/>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/actions.py" line="163"/>
        <source>Move to the previous stage</source>
        <translation>ย้ายไปขั้นตอนก่อนหน้า</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/actions.py" line="164"/>
        <source>Move to the next stage</source>
        <translation>ย้ายไปขั้นตอนถัดไป</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/actions.py" line="165"/>
        <source>Move up</source>
        <translation>ย้ายขึ้น</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/actions.py" line="166"/>
        <source>Move down</source>
        <translation>ย้ายลง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/actions.py" line="174"/>
        <source>Won</source>
        <translation>ปิดการขายได้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/actions.py" line="175"/>
        <source>Lost…</source>
        <translation>ปิดการขายไม่ได้…</translation>
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
        <translation>ไปป์ไลน์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="84"/>
        <source>Owner</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="85"/>
        <source>Tag</source>
        <translation>แท็ก</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="86"/>
        <source>Source</source>
        <translation>แหล่งที่มา</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="88"/>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="89"/>
        <source>Filter deals</source>
        <translation>กรองดีล</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="94"/>
        <source>Open deals</source>
        <translation>ดีลที่เปิดอยู่</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="95"/>
        <source>Won deals</source>
        <translation>ดีลที่ปิดการขายได้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="96"/>
        <source>Lost deals</source>
        <translation>ดีลที่ปิดการขายไม่ได้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="100"/>
        <source>Board</source>
        <translation>บอร์ด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="102"/>
        <source>List</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="110"/>
        <source>Reopen</source>
        <translation>เปิดอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="111"/>
        <source>New deal…</source>
        <translation>ดีลใหม่…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="186"/>
        <source>All owners</source>
        <translation>ผู้รับผิดชอบทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="187"/>
        <source>All tags</source>
        <translation>แท็กทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="197"/>
        <source>All sources</source>
        <translation>ทุกแหล่งที่มา</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="278"/>
        <source>1 deal</source>
        <translation>ดีล 1 รายการ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="278"/>
        <source>%Ln deals</source>
        <translation>
            <numerusform>ดีล %Ln รายการ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="361"/>
        <source>Select a deal first, or drag its card onto Won or Lost.</source>
        <translation>โปรดเลือกดีลก่อน หรือลากการ์ดไปที่ “ปิดการขายได้” หรือ “ปิดการขายไม่ได้”</translation>
    </message>
</context>
<context>
    <name>PipelinesPanel</name>
    <message>
        <location filename="../../desktop_crm/ui/settings/pipelines.py" line="49"/>
        <source>Where do its deals go?</source>
        <translation>จะย้ายดีลไปที่ใด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/pipelines.py" line="71"/>
        <location filename="../../desktop_crm/ui/settings/pipelines.py" line="84"/>
        <source>Add…</source>
        <translation>เพิ่ม…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/pipelines.py" line="72"/>
        <location filename="../../desktop_crm/ui/settings/pipelines.py" line="85"/>
        <source>Rename</source>
        <translation>เปลี่ยนชื่อ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/pipelines.py" line="73"/>
        <location filename="../../desktop_crm/ui/settings/pipelines.py" line="86"/>
        <source>Delete…</source>
        <translation>ลบ…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/pipelines.py" line="75"/>
        <source>Pipelines</source>
        <translation>ไปป์ไลน์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/pipelines.py" line="88"/>
        <source>Stages</source>
        <translation>ขั้นตอน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/pipelines.py" line="92"/>
        <source>Drag a stage to reorder. Won and Lost always come last.</source>
        <translation>ลากขั้นตอนเพื่อจัดลำดับใหม่ “ปิดการขายได้” และ “ปิดการขายไม่ได้” จะอยู่ท้ายสุดเสมอ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/pipelines.py" line="232"/>
        <source>New pipeline</source>
        <translation>ไปป์ไลน์ใหม่</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/pipelines.py" line="232"/>
        <source>Name of the pipeline</source>
        <translation>ชื่อไปป์ไลน์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/pipelines.py" line="240"/>
        <source>New stage</source>
        <translation>ขั้นตอนใหม่</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/pipelines.py" line="240"/>
        <source>Name of the stage</source>
        <translation>ชื่อขั้นตอน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/pipelines.py" line="252"/>
        <source>Deals are in “{stage}”. Move them to:</source>
        <translation>มีดีลอยู่ใน “{stage}” ย้ายไปที่:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/pipelines.py" line="271"/>
        <source>Deals are in “{pipeline}”. Move them to:</source>
        <translation>มีดีลอยู่ใน “{pipeline}” ย้ายไปที่:</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="56"/>
        <source>Preview</source>
        <translation>ตัวอย่าง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="84"/>
        <source>New</source>
        <translation>ใหม่</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="85"/>
        <source>Updated</source>
        <translation>อัปเดต</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="86"/>
        <source>Unchanged</source>
        <translation>ไม่เปลี่ยนแปลง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="87"/>
        <source>Skipped</source>
        <translation>ข้าม</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="89"/>
        <source>With errors</source>
        <translation>มีข้อผิดพลาด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="66"/>
        <source>Check again</source>
        <translation>ตรวจสอบอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="88"/>
        <source>With warnings</source>
        <translation>มีคำเตือน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="114"/>
        <source>Order of day and month</source>
        <translation>ลำดับวันและเดือน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="115"/>
        <source>Day first</source>
        <translation>วันขึ้นก่อน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="116"/>
        <source>Month first</source>
        <translation>เดือนขึ้นก่อน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="123"/>
        <source>Rows as they will be saved</source>
        <translation>แถวตามที่จะถูกบันทึก</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="124"/>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="142"/>
        <source>Errors</source>
        <translation>ข้อผิดพลาด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="126"/>
        <source>Save the rows with errors…</source>
        <translation>บันทึกแถวที่มีข้อผิดพลาด…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="129"/>
        <source>Save these rows, with the reason in a last column, to fix them and import them again.</source>
        <translation>บันทึกแถวเหล่านี้พร้อมเหตุผลในคอลัมน์สุดท้าย เพื่อแก้ไขแล้วนำเข้าอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="141"/>
        <source>First rows</source>
        <translation>แถวแรก ๆ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="143"/>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="147"/>
        <source>Warnings</source>
        <translation>คำเตือน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="193"/>
        <source>Reading every row and comparing it with your records…</source>
        <translation>กำลังอ่านทุกแถวและเปรียบเทียบกับระเบียนของคุณ…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="206"/>
        <source>Cancelling…</source>
        <translation>กำลังยกเลิก…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="230"/>
        <source>The check was cancelled. Nothing was imported.</source>
        <translation>ยกเลิกการตรวจสอบแล้ว ไม่มีการนำเข้าข้อมูล</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="259"/>
        <source>Warnings (%Ln)</source>
        <translation>
            <numerusform>คำเตือน (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="264"/>
        <source>Errors (%Ln)</source>
        <translation>
            <numerusform>ข้อผิดพลาด (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="270"/>
        <source>Nothing would be imported: no row is new or changes a record.</source>
        <translation>จะไม่มีการนำเข้าข้อมูล: ไม่มีแถวใหม่หรือแถวที่เปลี่ยนแปลงระเบียน</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="276"/>
        <source>Only the first %Ln errors are listed.</source>
        <translation>
            <numerusform>แสดงเฉพาะข้อผิดพลาด %Ln รายการแรก</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="281"/>
        <source>Nothing has been saved yet. Press “Import” to import.</source>
        <translation>ยังไม่มีการบันทึกใด ๆ กด “นำเข้า” เพื่อนำเข้า</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="288"/>
        <source>1 new company will be created.</source>
        <translation>จะสร้างบริษัทใหม่ 1 แห่ง</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="291"/>
        <source>%Ln new companies will be created.</source>
        <translation>
            <numerusform>จะสร้างบริษัทใหม่ %Ln แห่ง</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="294"/>
        <source>1 new contact will be created.</source>
        <translation>จะสร้างผู้ติดต่อใหม่ 1 ราย</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="296"/>
        <source>%Ln new contacts will be created.</source>
        <translation>
            <numerusform>จะสร้างผู้ติดต่อใหม่ %Ln ราย</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="298"/>
        <source>Records that exist show only the fields that change.</source>
        <translation>ระเบียนที่มีอยู่แล้วจะแสดงเฉพาะฟิลด์ที่เปลี่ยน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="300"/>
        <source>1 row repeats an earlier row of the file.</source>
        <translation>มี 1 แถวที่ซ้ำกับแถวก่อนหน้าในไฟล์</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="303"/>
        <source>%Ln rows repeat an earlier row of the file.</source>
        <translation>
            <numerusform>มี %Ln แถวที่ซ้ำกับแถวก่อนหน้าในไฟล์</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="331"/>
        <source>The dates of “{column}” ({samples}) read both day-first and month-first. Which is right?</source>
        <translation>วันที่ใน “{column}” ({samples}) อ่านได้ทั้งแบบวันขึ้นก่อนและเดือนขึ้นก่อน แบบไหนถูกต้อง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="337"/>
        <source>The dates ({samples}) read both day-first and month-first. Check the order:</source>
        <translation>วันที่ ({samples}) อ่านได้ทั้งแบบวันขึ้นก่อนและเดือนขึ้นก่อน โปรดตรวจสอบลำดับ:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="358"/>
        <source>Save the rows with errors</source>
        <translation>บันทึกแถวที่มีข้อผิดพลาด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="360"/>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>ไฟล์ CSV (*.csv);;เวิร์กบุ๊ก Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="372"/>
        <source>The file could not be saved: {reason}</source>
        <translation>บันทึกไฟล์ไม่ได้: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="383"/>
        <source>Rows saved: %Ln, in {file}.</source>
        <translation>
            <numerusform>บันทึกแล้ว %Ln แถว ใน {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewRowsModel</name>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="100"/>
        <source>Row</source>
        <translation>แถว</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="100"/>
        <source>What happens</source>
        <translation>การดำเนินการ</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="17"/>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="18"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="19"/>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="20"/>
        <source>Save All</source>
        <translation>บันทึกทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="21"/>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="22"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="23"/>
        <source>&amp;Yes</source>
        <translation>&amp;ใช่</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="24"/>
        <source>Yes to &amp;All</source>
        <translation>ใช่&amp;ทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="25"/>
        <source>&amp;No</source>
        <translation>&amp;ไม่ใช่</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="26"/>
        <source>N&amp;o to All</source>
        <translation>ไม่ใช่ทั้ง&amp;หมด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="27"/>
        <source>Apply</source>
        <translation>นำไปใช้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="28"/>
        <source>Reset</source>
        <translation>รีเซ็ต</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="29"/>
        <source>Restore Defaults</source>
        <translation>คืนค่าเริ่มต้น</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="30"/>
        <source>Discard</source>
        <translation>ละทิ้ง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="31"/>
        <source>Don&apos;t Save</source>
        <translation>ไม่บันทึก</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="32"/>
        <source>Close without Saving</source>
        <translation>ปิดโดยไม่บันทึก</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="33"/>
        <source>Help</source>
        <translation>วิธีใช้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="34"/>
        <source>Abort</source>
        <translation>ยุติ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="35"/>
        <source>Retry</source>
        <translation>ลองอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="36"/>
        <source>Ignore</source>
        <translation>ข้าม</translation>
    </message>
</context>
<context>
    <name>QuickActions</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="34"/>
        <source>Log call</source>
        <translation>บันทึกการโทร</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="35"/>
        <source>Log meeting</source>
        <translation>บันทึกการประชุม</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="36"/>
        <source>Log email</source>
        <translation>บันทึกอีเมล</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="37"/>
        <source>Add note</source>
        <translation>เพิ่มโน้ต</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="40"/>
        <source>Log a call</source>
        <translation>บันทึกการโทร</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="41"/>
        <source>Log a meeting</source>
        <translation>บันทึกการประชุม</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="42"/>
        <source>Log an email</source>
        <translation>บันทึกอีเมล</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="43"/>
        <source>Add a note</source>
        <translation>เพิ่มโน้ต</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="47"/>
        <source>Plan a task</source>
        <translation>วางแผนงาน</translation>
    </message>
</context>
<context>
    <name>QuickAddLine</name>
    <message>
        <location filename="../../desktop_crm/ui/tasks/quick_add.py" line="91"/>
        <source>Add a task: “Call Marco tomorrow 10:00” and Enter</source>
        <translation>เพิ่มงาน: “โทรหาสมชาย พรุ่งนี้ 10:00” แล้วกด Enter</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/quick_add.py" line="151"/>
        <source>no date</source>
        <translation>ไม่มีวันที่</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/quick_add.py" line="154"/>
        <source>today</source>
        <translation>วันนี้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/quick_add.py" line="156"/>
        <source>tomorrow</source>
        <translation>พรุ่งนี้</translation>
    </message>
</context>
<context>
    <name>RatesModel</name>
    <message>
        <location filename="../../desktop_crm/ui/settings/currencies.py" line="97"/>
        <source>Currency</source>
        <translation>สกุลเงิน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/currencies.py" line="97"/>
        <source>Value of 1 unit in {base}</source>
        <translation>มูลค่า 1 หน่วยเป็น {base}</translation>
    </message>
</context>
<context>
    <name>RecordCard</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="89"/>
        <source>(no name)</source>
        <translation>(ไม่มีชื่อ)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="130"/>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="146"/>
        <source>Restore</source>
        <translation>กู้คืน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="158"/>
        <source>Details</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="163"/>
        <source>Custom fields</source>
        <translation>ฟิลด์กำหนดเอง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="165"/>
        <source>No custom fields yet. Add them in Settings.</source>
        <translation>ยังไม่มีฟิลด์กำหนดเอง เพิ่มได้ในการตั้งค่า</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="183"/>
        <source>Tasks</source>
        <translation>งาน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="196"/>
        <source>Timeline</source>
        <translation>ไทม์ไลน์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="256"/>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="309"/>
        <source>(unknown)</source>
        <translation>(ไม่ทราบ)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="316"/>
        <source>Contacts: {count}</source>
        <translation>ผู้ติดต่อ: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="321"/>
        <source>Owner: {name}</source>
        <translation>ผู้รับผิดชอบ: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="324"/>
        <source>Last contacted: {when}</source>
        <translation>ติดต่อล่าสุด: {when}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="325"/>
        <source>Created: {when}</source>
        <translation>สร้างเมื่อ: {when}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="350"/>
        <source>This {what} was deleted on {when}. Restore it to change it.</source>
        <translation>{what}นี้ถูกลบเมื่อ {when} โปรดกู้คืนก่อนจึงจะแก้ไขได้</translation>
    </message>
</context>
<context>
    <name>RecordDealsBox</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_deals.py" line="117"/>
        <source>Deals</source>
        <translation>ดีล</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_deals.py" line="128"/>
        <source>New deal…</source>
        <translation>ดีลใหม่…</translation>
    </message>
</context>
<context>
    <name>RecordDealsModel</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_deals.py" line="71"/>
        <source>Won</source>
        <translation>ปิดการขายได้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_deals.py" line="73"/>
        <source>Lost</source>
        <translation>ปิดการขายไม่ได้</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="177"/>
        <source>Owner</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="178"/>
        <source>Lifecycle stage</source>
        <translation>ขั้นตอนวงจรชีวิต</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="180"/>
        <source>Tag</source>
        <translation>แท็ก</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="181"/>
        <source>Source</source>
        <translation>แหล่งที่มา</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="185"/>
        <source>New contact…</source>
        <translation>ผู้ติดต่อใหม่…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="185"/>
        <source>New company…</source>
        <translation>บริษัทใหม่…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="187"/>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="245"/>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="188"/>
        <source>Export…</source>
        <translation>ส่งออก…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="191"/>
        <source>Export the list as it is filtered (or the selected rows) to CSV, Excel or vCard</source>
        <translation>ส่งออกรายการตามตัวกรองปัจจุบัน (หรือแถวที่เลือก) เป็น CSV, Excel หรือ vCard</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="194"/>
        <source>Find duplicates…</source>
        <translation>ค้นหารายการที่ซ้ำกัน…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="198"/>
        <source>Columns</source>
        <translation>คอลัมน์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="277"/>
        <source>All owners</source>
        <translation>ผู้รับผิดชอบทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="279"/>
        <source>All tags</source>
        <translation>แท็กทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="282"/>
        <source>All stages</source>
        <translation>ทุกขั้นตอน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="288"/>
        <source>All sources</source>
        <translation>ทุกแหล่งที่มา</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="378"/>
        <source>1 contact</source>
        <translation>ผู้ติดต่อ 1 ราย</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="378"/>
        <source>%Ln contacts</source>
        <translation>
            <numerusform>ผู้ติดต่อ %Ln ราย</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="380"/>
        <source>1 company</source>
        <translation>บริษัท 1 แห่ง</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="380"/>
        <source>%Ln companies</source>
        <translation>
            <numerusform>บริษัท %Ln แห่ง</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <location filename="../../desktop_crm/ui/tasks/link_picker.py" line="39"/>
        <source>Search contacts…</source>
        <translation>ค้นหาผู้ติดต่อ…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/link_picker.py" line="41"/>
        <source>Search companies…</source>
        <translation>ค้นหาบริษัท…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/link_picker.py" line="70"/>
        <source>Choose a contact from the suggestions.</source>
        <translation>เลือกผู้ติดต่อจากรายการแนะนำ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/link_picker.py" line="72"/>
        <source>Choose a company from the suggestions.</source>
        <translation>เลือกบริษัทจากรายการแนะนำ</translation>
    </message>
</context>
<context>
    <name>ReminderCenter</name>
    <message>
        <location filename="../../desktop_crm/ui/reminders/center.py" line="87"/>
        <source>Show reminders</source>
        <translation>แสดงการแจ้งเตือน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/center.py" line="179"/>
        <source>Due {when}</source>
        <translation>ครบกำหนด {when}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/reminders/center.py" line="186"/>
        <source>and %n more</source>
        <translation>
            <numerusform>และอีก %n รายการ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/reminders/dialog.py" line="47"/>
        <source>5 minutes</source>
        <translation>5 นาที</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/dialog.py" line="48"/>
        <source>10 minutes</source>
        <translation>10 นาที</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/dialog.py" line="49"/>
        <source>30 minutes</source>
        <translation>30 นาที</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/dialog.py" line="50"/>
        <source>1 hour</source>
        <translation>1 ชั่วโมง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/dialog.py" line="51"/>
        <source>Tomorrow</source>
        <translation>พรุ่งนี้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/dialog.py" line="105"/>
        <source>Reminders</source>
        <translation>การแจ้งเตือน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/dialog.py" line="130"/>
        <source>Snooze</source>
        <translation>เลื่อนเตือน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/dialog.py" line="132"/>
        <source>Done</source>
        <translation>เสร็จแล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/dialog.py" line="133"/>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/dialog.py" line="134"/>
        <source>Dismiss</source>
        <translation>ปิดการเตือน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/dialog.py" line="135"/>
        <source>Dismiss all</source>
        <translation>ปิดการเตือนทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/dialog.py" line="136"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/dialog.py" line="199"/>
        <source>No reminders are due.</source>
        <translation>ไม่มีการแจ้งเตือนที่ถึงกำหนด</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/reminders/dialog.py" line="61"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n นาที</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/reminders/dialog.py" line="64"/>
        <source>%n reminders due</source>
        <translation>
            <numerusform>การแจ้งเตือน %n รายการถึงกำหนด</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/dialog.py" line="77"/>
        <source>1 reminder due</source>
        <translation>การแจ้งเตือน 1 รายการถึงกำหนด</translation>
    </message>
</context>
<context>
    <name>ReminderEditor</name>
    <message>
        <location filename="../../desktop_crm/ui/tasks/reminder_editor.py" line="18"/>
        <source>No reminder</source>
        <translation>ไม่แจ้งเตือน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/reminder_editor.py" line="19"/>
        <source>At the due time</source>
        <translation>เมื่อถึงกำหนดเวลา</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/reminder_editor.py" line="20"/>
        <source>Minutes before</source>
        <translation>นาทีก่อนกำหนด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/reminder_editor.py" line="21"/>
        <source>Hours before</source>
        <translation>ชั่วโมงก่อนกำหนด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/reminder_editor.py" line="22"/>
        <source>Days before</source>
        <translation>วันก่อนกำหนด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/reminder_editor.py" line="23"/>
        <source>On a date…</source>
        <translation>ในวันที่กำหนด…</translation>
    </message>
</context>
<context>
    <name>ReminderModel</name>
    <message>
        <location filename="../../desktop_crm/ui/reminders/model.py" line="115"/>
        <source>Task</source>
        <translation>งาน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/model.py" line="115"/>
        <source>Due</source>
        <translation>กำหนดเวลา</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/model.py" line="115"/>
        <source>Linked to</source>
        <translation>เชื่อมโยงกับ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/model.py" line="148"/>
        <source>overdue</source>
        <translation>เลยกำหนด</translation>
    </message>
</context>
<context>
    <name>RepeatEditor</name>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="35"/>
        <source>Does not repeat</source>
        <translation>ไม่เกิดซ้ำ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="36"/>
        <source>Daily</source>
        <translation>ทุกวัน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="37"/>
        <source>Weekly</source>
        <translation>ทุกสัปดาห์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="38"/>
        <source>Monthly</source>
        <translation>ทุกเดือน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="39"/>
        <source>Yearly</source>
        <translation>ทุกปี</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="70"/>
        <source>Every day</source>
        <translation>ทุกวัน</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="49"/>
        <source>Every %Ln days</source>
        <translation>
            <numerusform>ทุก %Ln วัน</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="78"/>
        <source>Every week on {days}</source>
        <translation>ทุกสัปดาห์ใน{days}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="52"/>
        <source>Every %Ln weeks on {days}</source>
        <translation>
            <numerusform>ทุก %Ln สัปดาห์ใน{days}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="86"/>
        <source>Every year</source>
        <translation>ทุกปี</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="58"/>
        <source>Every %Ln years</source>
        <translation>
            <numerusform>ทุก %Ln ปี</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="91"/>
        <source>{every} on {day}</source>
        <translation>{every} วันที่ {day}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="95"/>
        <source>{rule}, until {date}</source>
        <translation>{rule} จนถึง {date}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="104"/>
        <source>Every month</source>
        <translation>ทุกเดือน</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="55"/>
        <source>Every %Ln months</source>
        <translation>
            <numerusform>ทุก %Ln เดือน</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="111"/>
        <source>{every} on day {day}</source>
        <translation>{every} วันที่ {day}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="137"/>
        <source>every</source>
        <translation>ทุก</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="153"/>
        <source>until</source>
        <translation>จนถึง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="266"/>
        <source>day</source>
        <translation>วัน</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="266"/>
        <source>days</source>
        <translation>
            <numerusform>วัน</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="268"/>
        <source>week</source>
        <translation>สัปดาห์</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="268"/>
        <source>weeks</source>
        <translation>
            <numerusform>สัปดาห์</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="270"/>
        <source>month</source>
        <translation>เดือน</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="270"/>
        <source>months</source>
        <translation>
            <numerusform>เดือน</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="272"/>
        <source>year</source>
        <translation>ปี</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="272"/>
        <source>years</source>
        <translation>
            <numerusform>ปี</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportFilters</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/filters.py" line="23"/>
        <source>This month</source>
        <translation>เดือนนี้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/filters.py" line="24"/>
        <source>Last month</source>
        <translation>เดือนที่แล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/filters.py" line="25"/>
        <source>This quarter</source>
        <translation>ไตรมาสนี้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/filters.py" line="26"/>
        <source>This year</source>
        <translation>ปีนี้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/filters.py" line="27"/>
        <source>Last 12 months</source>
        <translation>12 เดือนล่าสุด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/filters.py" line="28"/>
        <source>Custom range</source>
        <translation>กำหนดช่วงเอง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/filters.py" line="31"/>
        <source>Per day</source>
        <translation>รายวัน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/filters.py" line="32"/>
        <source>Per week</source>
        <translation>รายสัปดาห์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/filters.py" line="33"/>
        <source>Per month</source>
        <translation>รายเดือน</translation>
    </message>
</context>
<context>
    <name>ReportTexts</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="34"/>
        <source>Funnel and conversion</source>
        <translation>กรวยการขายและอัตราคอนเวอร์ชัน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="35"/>
        <source>Time in stage</source>
        <translation>ระยะเวลาในแต่ละขั้นตอน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="36"/>
        <source>Sales cycle</source>
        <translation>รอบการขาย</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="37"/>
        <source>Sales velocity</source>
        <translation>ความเร็วการขาย</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="38"/>
        <source>Win rate</source>
        <translation>อัตราการปิดการขาย</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="39"/>
        <source>Average deal size</source>
        <translation>มูลค่าดีลเฉลี่ย</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="40"/>
        <source>Average check</source>
        <translation>ยอดซื้อเฉลี่ยต่อลูกค้า</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="41"/>
        <source>Deals won</source>
        <translation>ดีลที่ปิดการขายได้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="42"/>
        <source>Leads and revenue by source</source>
        <translation>ลีดและรายได้ตามแหล่งที่มา</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="43"/>
        <source>Weighted forecast</source>
        <translation>ยอดคาดการณ์ถ่วงน้ำหนัก</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="44"/>
        <source>Lost reasons</source>
        <translation>เหตุผลที่ปิดการขายไม่ได้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="45"/>
        <source>Activities</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="46"/>
        <source>Customer base growth</source>
        <translation>การเติบโตของฐานลูกค้า</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="47"/>
        <source>Goals</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="48"/>
        <source>Goals and progress</source>
        <translation>เป้าหมายและความคืบหน้า</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="50"/>
        <source>Deals that reached each stage, and conversion</source>
        <translation>ดีลที่ไปถึงแต่ละขั้นตอน และอัตราคอนเวอร์ชัน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="51"/>
        <source>Average days deals spend in each stage</source>
        <translation>จำนวนวันเฉลี่ยที่ดีลอยู่ในแต่ละขั้นตอน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="52"/>
        <source>Average days from creation to won</source>
        <translation>จำนวนวันเฉลี่ยตั้งแต่สร้างจนปิดการขายได้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="53"/>
        <source>Money per day the pipeline brings in</source>
        <translation>รายได้ต่อวันที่ไปป์ไลน์สร้างได้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="54"/>
        <source>Deals won out of the deals closed in the range</source>
        <translation>ดีลที่ปิดการขายได้จากดีลที่ปิดทั้งหมดในช่วงเวลา</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="55"/>
        <source>Average value of the deals won in the range</source>
        <translation>มูลค่าเฉลี่ยของดีลที่ปิดการขายได้ในช่วงเวลา</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="56"/>
        <source>Won revenue per customer who bought in the range</source>
        <translation>รายได้ต่อลูกค้าที่ซื้อในช่วงเวลา</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="57"/>
        <source>Deals won by count and value per salesperson per period</source>
        <translation>จำนวนและมูลค่าดีลที่ปิดการขายได้ ต่อพนักงานขายต่อช่วงเวลา</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="58"/>
        <source>Leads, conversion and won revenue by source</source>
        <translation>ลีด อัตราคอนเวอร์ชัน และรายได้ตามแหล่งที่มา</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="59"/>
        <source>Open deals by expected close month, weighted</source>
        <translation>ดีลที่เปิดอยู่ตามเดือนที่คาดว่าจะปิด แบบถ่วงน้ำหนัก</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="60"/>
        <source>Deals lost in the range by reason</source>
        <translation>ดีลที่ปิดการขายไม่ได้ในช่วงเวลา แยกตามเหตุผล</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="61"/>
        <source>Calls, emails, meetings and other activities per salesperson per period, and tasks done</source>
        <translation>การโทร อีเมล การประชุม และกิจกรรมอื่นต่อพนักงานขายต่อช่วงเวลา และงานที่ทำเสร็จ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="65"/>
        <source>Customers per month: new, churned and retained</source>
        <translation>ลูกค้ารายเดือน: ใหม่ ที่เสียไป และที่รักษาไว้ได้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="67"/>
        <source>Team</source>
        <translation>ทีม</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="68"/>
        <source>Total</source>
        <translation>รวม</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="69"/>
        <source>Salesperson</source>
        <translation>พนักงานขาย</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="70"/>
        <source>Stage</source>
        <translation>ขั้นตอน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="71"/>
        <source>Source</source>
        <translation>แหล่งที่มา</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="72"/>
        <source>Lost reason</source>
        <translation>เหตุผลที่ปิดการขายไม่ได้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="73"/>
        <source>Period</source>
        <translation>ช่วงเวลา</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="74"/>
        <source>Month</source>
        <translation>เดือน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="75"/>
        <source>Deals</source>
        <translation>ดีล</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="76"/>
        <source>Open deals</source>
        <translation>ดีลที่เปิดอยู่</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="77"/>
        <source>Won deals</source>
        <translation>ดีลที่ปิดการขายได้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="78"/>
        <source>Lost deals</source>
        <translation>ดีลที่ปิดการขายไม่ได้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="79"/>
        <source>Won</source>
        <translation>ปิดการขายได้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="80"/>
        <source>Lost</source>
        <translation>ปิดการขายไม่ได้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="81"/>
        <source>Value</source>
        <translation>มูลค่า</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="82"/>
        <source>Won value</source>
        <translation>มูลค่าที่ปิดได้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="83"/>
        <source>Lost value</source>
        <translation>มูลค่าที่ปิดไม่ได้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="84"/>
        <source>Won revenue</source>
        <translation>รายได้ที่ปิดได้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="85"/>
        <source>Won with a value</source>
        <translation>ปิดได้โดยมีมูลค่า</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="86"/>
        <source>Weighted value</source>
        <translation>มูลค่าถ่วงน้ำหนัก</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="87"/>
        <source>Conversion</source>
        <translation>อัตราคอนเวอร์ชัน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="88"/>
        <source>Overall conversion</source>
        <translation>อัตราคอนเวอร์ชันรวม</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="89"/>
        <source>Average sales cycle</source>
        <translation>รอบการขายเฉลี่ย</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="90"/>
        <source>Sales velocity per day</source>
        <translation>ความเร็วการขายต่อวัน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="91"/>
        <source>Leads</source>
        <translation>ลีด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="92"/>
        <source>Converted</source>
        <translation>เปลี่ยนเป็นลูกค้า</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="93"/>
        <source>Share</source>
        <translation>สัดส่วน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="94"/>
        <source>Customers</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="95"/>
        <source>New customers</source>
        <translation>ลูกค้าใหม่</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="96"/>
        <source>Churned</source>
        <translation>ลูกค้าที่เสียไป</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="97"/>
        <source>Retention</source>
        <translation>การรักษาลูกค้า</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="98"/>
        <source>Customers at start</source>
        <translation>ลูกค้าต้นงวด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="99"/>
        <source>Customers at end</source>
        <translation>ลูกค้าปลายงวด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="100"/>
        <source>Calls</source>
        <translation>การโทร</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="101"/>
        <source>Emails</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="102"/>
        <source>Meetings</source>
        <translation>การประชุม</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="103"/>
        <source>Demos</source>
        <translation>การสาธิต</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="104"/>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="105"/>
        <source>Messages</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="106"/>
        <source>Tasks done</source>
        <translation>งานที่ทำเสร็จ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="107"/>
        <source>Target</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="108"/>
        <source>Actual</source>
        <translation>ทำได้จริง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="109"/>
        <source>Progress</source>
        <translation>ความคืบหน้า</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="110"/>
        <source>New leads</source>
        <translation>ลีดใหม่</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="111"/>
        <source>Deals won (count)</source>
        <translation>ดีลที่ปิดการขายได้ (จำนวน)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="112"/>
        <source>Deals won (value)</source>
        <translation>ดีลที่ปิดการขายได้ (มูลค่า)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="113"/>
        <source>Unassigned</source>
        <translation>ไม่มีผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="115"/>
        <source>Targets per salesperson or team, with progress and pace</source>
        <translation>เป้าหมายรายพนักงานขายหรือทั้งทีม พร้อมความคืบหน้าและแนวโน้ม</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="116"/>
        <source>Goal</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="117"/>
        <source>From</source>
        <translation>ตั้งแต่</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="118"/>
        <source>To</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="119"/>
        <source>Pace</source>
        <translation>แนวโน้ม</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="120"/>
        <source>Done</source>
        <translation>สำเร็จแล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="121"/>
        <source>Expected by now</source>
        <translation>ที่ควรได้ถึงตอนนี้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="122"/>
        <source>No data in this range</source>
        <translation>ไม่มีข้อมูลในช่วงนี้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="124"/>
        <source>Funnel: for each stage of the pipeline, the deals that reached it in the range — a deal counts for every stage up to the furthest one it entered on a day of the range, so a deal that skipped a stage, or passed it before the range, counts as having passed it; Won counts the deals won in the range; moving to Lost is no progress. Conversion from a stage to the next = deals that reached the next ÷ deals that reached it; overall = Won ÷ first stage.</source>
        <translation>กรวยการขาย: สำหรับแต่ละขั้นของไปป์ไลน์ คือดีลที่ไปถึงขั้นนั้นในช่วงเวลานี้ — ดีลหนึ่งนับในทุกขั้นจนถึงขั้นที่ไกลที่สุดที่เข้าไปในวันใดวันหนึ่งของช่วง ดังนั้นดีลที่ข้ามขั้นหรือผ่านขั้นนั้นก่อนช่วงเวลา จะนับว่าผ่านขั้นนั้นแล้ว ชนะ นับดีลที่ปิดการขายได้ในช่วงนี้ การย้ายไปแพ้ไม่นับเป็นความคืบหน้า อัตราแปลงจากขั้นหนึ่งไปขั้นถัดไป = ดีลที่ไปถึงขั้นถัดไป ÷ ดีลที่ไปถึงขั้นนี้ ภาพรวม = ชนะ ÷ ขั้นแรก</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="133"/>
        <source>Average time in stage = the mean length, in days, of the stays in each open stage that ended (the deal moved on, was won or lost) on a day of the range; a stay runs from the stage change into the stage to the next change of that deal. Stays still going on are not counted: their length is not known yet.</source>
        <translation>เวลาเฉลี่ยในขั้น = ระยะเวลาเฉลี่ยเป็นวัน ของการอยู่ในแต่ละขั้นที่เปิดอยู่ซึ่งสิ้นสุดลง (ดีลไปขั้นต่อไป ชนะ หรือแพ้) ในวันใดวันหนึ่งของช่วง การอยู่ในขั้นนับจากการเปลี่ยนเข้าสู่ขั้นนั้นจนถึงการเปลี่ยนขั้นครั้งถัดไปของดีลนั้น การอยู่ในขั้นที่ยังไม่สิ้นสุดจะไม่ถูกนับ เพราะยังไม่ทราบระยะเวลา</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="140"/>
        <source>Sales cycle = the mean number of days from a deal&apos;s creation to its win, over the deals won on a day of the range, per salesperson and for the team.</source>
        <translation>รอบการขาย = จำนวนวันเฉลี่ยตั้งแต่สร้างดีลจนถึงปิดการขายได้ คิดจากดีลที่ปิดการขายได้ในวันใดวันหนึ่งของช่วง แยกตามพนักงานขายและรวมทั้งทีม</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="145"/>
        <source>Sales velocity = open deals × win rate × average deal size ÷ average sales cycle, in the base currency per day. Open deals: created before the end of the range and not closed by then. Win rate, average deal size (won deals with a value in the base currency) and sales cycle (days from creation to win): over the deals closed in the range. Left empty when a part is unknown or the cycle is 0 days.</source>
        <translation>ความเร็วการขาย = ดีลที่เปิดอยู่ × อัตราการปิดการขาย × ขนาดดีลเฉลี่ย ÷ รอบการขายเฉลี่ย เป็นสกุลเงินหลักต่อวัน ดีลที่เปิดอยู่: สร้างก่อนสิ้นสุดช่วงและยังไม่ปิด ณ เวลานั้น อัตราการปิดการขาย ขนาดดีลเฉลี่ย (ดีลที่ชนะซึ่งมีมูลค่าเป็นสกุลเงินหลัก) และรอบการขาย (จำนวนวันตั้งแต่สร้างจนชนะ): คิดจากดีลที่ปิดในช่วงนี้ จะเว้นว่างไว้เมื่อไม่ทราบค่าส่วนใดส่วนหนึ่งหรือรอบการขายเป็น 0 วัน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="153"/>
        <source>Win rate = deals won ÷ (deals won + deals lost), over the deals closed (won or lost) on a day of the range, per salesperson (the deal&apos;s owner) and for the team. Open deals do not count.</source>
        <translation>อัตราการปิดการขาย = ดีลที่ชนะ ÷ (ดีลที่ชนะ + ดีลที่แพ้) คิดจากดีลที่ปิด (ชนะหรือแพ้) ในวันใดวันหนึ่งของช่วง แยกตามพนักงานขาย (เจ้าของดีล) และรวมทั้งทีม ดีลที่ยังเปิดอยู่ไม่นับ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="159"/>
        <source>Average deal size = the sum of the values of the deals won in the range, in the base currency, ÷ the number of those deals that have a value. Won deals without a value, or in a currency without a rate, are counted in &apos;Won&apos; but left out of the value and the average.</source>
        <translation>ขนาดดีลเฉลี่ย = ผลรวมมูลค่าของดีลที่ชนะในช่วงนี้เป็นสกุลเงินหลัก ÷ จำนวนดีลเหล่านั้นที่มีมูลค่า ดีลที่ชนะแต่ไม่มีมูลค่า หรือเป็นสกุลเงินที่ไม่มีอัตราแลกเปลี่ยน จะนับใน &apos;ชนะ&apos; แต่ไม่รวมในมูลค่าและค่าเฉลี่ย</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="166"/>
        <source>Average check = revenue of the deals won in the range (base currency) ÷ the number of distinct customers who bought them. The customer of a deal is its company, else its first linked contact. Won deals without a value, in a currency without a rate or without a customer are left out of both. The team total counts a customer who bought from two salespeople once.</source>
        <translation>ยอดซื้อเฉลี่ยต่อลูกค้า = รายได้จากดีลที่ชนะในช่วงนี้ (สกุลเงินหลัก) ÷ จำนวนลูกค้าที่ไม่ซ้ำกันซึ่งซื้อดีลเหล่านั้น ลูกค้าของดีลคือบริษัทของดีล หากไม่มีคือผู้ติดต่อคนแรกที่เชื่อมโยงไว้ ดีลที่ชนะแต่ไม่มีมูลค่า เป็นสกุลเงินที่ไม่มีอัตราแลกเปลี่ยน หรือไม่มีลูกค้า จะไม่ถูกนับทั้งสองส่วน ยอดรวมของทีมนับลูกค้าที่ซื้อจากพนักงานขายสองคนเพียงครั้งเดียว</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="174"/>
        <source>Deals won: the number and the value (base currency) of the deals won on each day, week (Monday to Sunday) or month of the range, per salesperson. Won deals without a value or in a currency without a rate are counted but left out of the value.</source>
        <translation>ดีลที่ชนะ: จำนวนและมูลค่า (สกุลเงินหลัก) ของดีลที่ชนะในแต่ละวัน สัปดาห์ (วันจันทร์ถึงวันอาทิตย์) หรือเดือนของช่วง แยกตามพนักงานขาย ดีลที่ชนะแต่ไม่มีมูลค่าหรือเป็นสกุลเงินที่ไม่มีอัตราแลกเปลี่ยนจะถูกนับ แต่ไม่รวมในมูลค่า</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="180"/>
        <source>Leads = contacts created in the range, by their source (owner filter: the contact&apos;s owner). Converted = those of them linked to a won deal (won at any time, in the pipeline filter). Won deals and revenue = deals won in the range by the deal&apos;s own source, in the base currency (deals without a value or without a rate are counted but left out of revenue).</source>
        <translation>ลีด = ผู้ติดต่อที่สร้างในช่วงนี้ แยกตามแหล่งที่มา (ตัวกรองเจ้าของ: เจ้าของผู้ติดต่อ) แปลงแล้ว = ผู้ติดต่อเหล่านั้นที่เชื่อมโยงกับดีลที่ชนะ (ชนะเมื่อใดก็ได้ ภายในตัวกรองไปป์ไลน์) ดีลที่ชนะและรายได้ = ดีลที่ชนะในช่วงนี้ แยกตามแหล่งที่มาของดีลเอง เป็นสกุลเงินหลัก (ดีลที่ไม่มีมูลค่าหรือไม่มีอัตราแลกเปลี่ยนจะถูกนับ แต่ไม่รวมในรายได้)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="188"/>
        <source>Weighted forecast = Σ value × probability of the open deals whose expected close date falls in the range, by month of that date and salesperson; the probability is the deal&apos;s own, else its stage&apos;s. Values are in the base currency. Open deals without an expected close date are not in any month: they are counted in a note.</source>
        <translation>ยอดคาดการณ์ถ่วงน้ำหนัก = Σ มูลค่า × ความน่าจะเป็น ของดีลที่เปิดอยู่ซึ่งวันที่คาดว่าจะปิดอยู่ในช่วงนี้ แยกตามเดือนของวันที่นั้นและพนักงานขาย ความน่าจะเป็นคือของดีลเอง หากไม่มีใช้ของขั้นของดีล มูลค่าเป็นสกุลเงินหลัก ดีลที่เปิดอยู่แต่ไม่มีวันที่คาดว่าจะปิดจะไม่อยู่ในเดือนใด แต่จะนับไว้ในหมายเหตุ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="195"/>
        <source>Lost reasons: the deals lost in the range by the reason given, with their number, their value in the base currency and their share of the lost deals (by number).</source>
        <translation>เหตุผลที่แพ้: ดีลที่แพ้ในช่วงนี้ แยกตามเหตุผลที่ระบุ พร้อมจำนวน มูลค่าเป็นสกุลเงินหลัก และสัดส่วนจากดีลที่แพ้ทั้งหมด (ตามจำนวน)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="200"/>
        <source>Activities = calls, emails, meetings, demos, notes and messages logged (and not deleted) whose time falls in the range, counted per salesperson who logged them and per period (days in UTC; weeks start on Monday). Tasks done = tasks (not deleted) marked done whose completion time falls in the range, per assignee. A deleted salesperson&apos;s work still counts, under their name. The pipeline filter does not apply: activities and tasks are not tied to a pipeline.</source>
        <translation>กิจกรรม = การโทร อีเมล การประชุม การสาธิต บันทึก และข้อความที่บันทึกไว้ (และไม่ถูกลบ) ซึ่งเวลาอยู่ในช่วงนี้ นับแยกตามพนักงานขายที่บันทึกและตามช่วงเวลา (วันตามเวลา UTC สัปดาห์เริ่มวันจันทร์) งานที่เสร็จแล้ว = งาน (ที่ไม่ถูกลบ) ซึ่งทำเครื่องหมายว่าเสร็จและเวลาที่เสร็จอยู่ในช่วงนี้ แยกตามผู้รับผิดชอบงาน งานของพนักงานขายที่ถูกลบยังคงนับภายใต้ชื่อของเขา ตัวกรองไปป์ไลน์ไม่มีผล เพราะกิจกรรมและงานไม่ได้ผูกกับไปป์ไลน์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="209"/>
        <source>A customer is a contact (not deleted) whose customer status is active or permanent, or whose lifecycle stage is Customer while its status is not lost. A contact became a customer when its status was first set to active or permanent, or its stage to Customer (from the change log); a contact that was created as a customer became one when it was created. A customer churned when its status was last set to lost, if it is still lost (a prospect marked lost was never a customer and is not counted). Customers at the start of a month = those who became customers before it and had not churned by then; at the end = at the start + new − churned. Retention = (customers at the end − new customers) ÷ customers at the start. Customers belong to the contact&apos;s owner. Only the first time a contact became a customer and its last loss count: a customer who left and came back counts as never having left.</source>
        <translation>ลูกค้าคือผู้ติดต่อ (ที่ไม่ถูกลบ) ซึ่งสถานะลูกค้าเป็นใช้งานอยู่หรือประจำ หรือมีขั้นวงจรชีวิตเป็นลูกค้าขณะที่สถานะไม่ใช่สูญเสีย ผู้ติดต่อกลายเป็นลูกค้าเมื่อสถานะถูกตั้งเป็นใช้งานอยู่หรือประจำเป็นครั้งแรก หรือขั้นถูกตั้งเป็นลูกค้า (จากบันทึกการเปลี่ยนแปลง) ผู้ติดต่อที่สร้างขึ้นในฐานะลูกค้าจะเป็นลูกค้าตั้งแต่ตอนสร้าง ลูกค้าเลิกใช้บริการเมื่อสถานะถูกตั้งเป็นสูญเสียครั้งล่าสุด หากยังคงสูญเสียอยู่ (ผู้มีแนวโน้มเป็นลูกค้าที่ถูกทำเครื่องหมายว่าสูญเสียไม่เคยเป็นลูกค้าและไม่ถูกนับ) ลูกค้าต้นเดือน = ผู้ที่เป็นลูกค้าก่อนเดือนนั้นและยังไม่เลิก ณ เวลานั้น ปลายเดือน = ต้นเดือน + ใหม่ − เลิก อัตราการรักษาลูกค้า = (ลูกค้าปลายเดือน − ลูกค้าใหม่) ÷ ลูกค้าต้นเดือน ลูกค้าเป็นของเจ้าของผู้ติดต่อ นับเฉพาะครั้งแรกที่ผู้ติดต่อเป็นลูกค้าและการสูญเสียครั้งล่าสุด ลูกค้าที่จากไปแล้วกลับมาจะนับเหมือนไม่เคยจากไป</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="223"/>
        <source>Goals whose period overlaps the range (a salesperson&apos;s own when one is chosen). Actual = over the goal&apos;s whole period (both days included, UTC days): new leads = contacts created, owned by the salesperson; deals won = deals won (closed) and owned by the salesperson, by count or by value in the base currency (deals in a currency without a rate left out of the value); activities = activities logged by the salesperson. A team goal counts everyone. Progress = actual ÷ target. Expected by now = target × the share of the period&apos;s days before today. Pace: done when actual ≥ target, on track when actual ≥ expected by now, else behind.</source>
        <translation>เป้าหมายที่ช่วงเวลาคาบเกี่ยวกับช่วงที่เลือก (เฉพาะของพนักงานขายเมื่อเลือกไว้) ผลจริง = ตลอดช่วงเวลาของเป้าหมาย (รวมวันแรกและวันสุดท้าย วันตามเวลา UTC): ลีดใหม่ = ผู้ติดต่อที่สร้างขึ้นซึ่งพนักงานขายเป็นเจ้าของ ดีลที่ชนะ = ดีลที่ชนะ (ปิดแล้ว) ซึ่งพนักงานขายเป็นเจ้าของ ตามจำนวนหรือตามมูลค่าเป็นสกุลเงินหลัก (ดีลในสกุลเงินที่ไม่มีอัตราแลกเปลี่ยนจะไม่รวมในมูลค่า) กิจกรรม = กิจกรรมที่พนักงานขายบันทึก เป้าหมายของทีมนับทุกคน ความคืบหน้า = ผลจริง ÷ เป้าหมาย ที่ควรได้ถึงตอนนี้ = เป้าหมาย × สัดส่วนของวันในช่วงเวลาก่อนวันนี้ แนวโน้ม: สำเร็จแล้วเมื่อผลจริง ≥ เป้าหมาย เป็นไปตามแผนเมื่อผลจริง ≥ ที่ควรได้ถึงตอนนี้ มิฉะนั้นล่าช้ากว่าแผน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="235"/>
        <source>No data for this range</source>
        <translation>ไม่มีข้อมูลในช่วงเวลานี้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="236"/>
        <source>This report has no chart</source>
        <translation>รายงานนี้ไม่มีแผนภูมิ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="237"/>
        <source>No target</source>
        <translation>ไม่มีเป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="238"/>
        <source>On track</source>
        <translation>เป็นไปตามแผน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="239"/>
        <source>Behind</source>
        <translation>ล่าช้ากว่าแผน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="240"/>
        <source>Expected by today</source>
        <translation>ที่ควรได้ถึงวันนี้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="241"/>
        <source>Definition</source>
        <translation>คำจำกัดความ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="246"/>
        <source>No data in this range.</source>
        <extracomment>caveats by ``Note.code``; ``{placeholders}`` are filled from ``Note.params``</extracomment>
        <translation>ไม่มีข้อมูลในช่วงเวลานี้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="247"/>
        <source>The range is empty.</source>
        <translation>ช่วงเวลาว่างเปล่า</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="248"/>
        <source>Deals in {currencies} have no exchange rate to {base} and are left out of the amounts.</source>
        <translation>ดีลในสกุล {currencies} ไม่มีอัตราแลกเปลี่ยนเป็น {base} จึงไม่รวมในยอดเงิน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="252"/>
        <source>{count} deal(s) without a value are left out of the amounts.</source>
        <translation>ดีลที่ไม่มีมูลค่า {count} รายการไม่รวมในยอดเงิน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="255"/>
        <source>{count} open deal(s) without an expected close date are not in the forecast.</source>
        <translation>ดีลที่เปิดอยู่ซึ่งไม่มีวันที่คาดว่าจะปิด {count} รายการไม่รวมในการคาดการณ์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="259"/>
        <source>Deleted salespeople still counted: {names}.</source>
        <translation>พนักงานขายที่ถูกลบแต่ยังนับรวมอยู่: {names}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="262"/>
        <source>{count} won deal(s) without a company or contact are left out.</source>
        <translation>ดีลที่ปิดการขายได้ซึ่งไม่มีบริษัทหรือผู้ติดต่อ {count} รายการไม่ถูกนับรวม</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="265"/>
        <source>Stages of the pipeline {pipeline}; choose a pipeline to see another.</source>
        <translation>ขั้นตอนของไปป์ไลน์ {pipeline} เลือกไปป์ไลน์เพื่อดูไปป์ไลน์อื่น</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="268"/>
        <source>Activities and tasks are not tied to a pipeline: the pipeline filter is not used.</source>
        <translation>กิจกรรมและงานไม่ได้ผูกกับไปป์ไลน์ จึงไม่ใช้ตัวกรองไปป์ไลน์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="272"/>
        <source>{count} lost contact(s) have no recorded date of loss and are left out.</source>
        <translation>ผู้ติดต่อที่สูญเสียไป {count} รายไม่มีวันที่บันทึกการสูญเสีย จึงไม่ถูกนับรวม</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/page.py" line="131"/>
        <source>Export…</source>
        <translation>ส่งออก…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/page.py" line="132"/>
        <source>Print…</source>
        <translation>พิมพ์…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/page.py" line="227"/>
        <source>How it is computed: {0}</source>
        <translation>วิธีคำนวณ: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/page.py" line="282"/>
        <source>PDF document (*.pdf);;Excel workbook (*.xlsx);;PNG image (*.png)</source>
        <translation>เอกสาร PDF (*.pdf);;เวิร์กบุ๊ก Excel (*.xlsx);;รูปภาพ PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/page.py" line="283"/>
        <source>Export report</source>
        <translation>ส่งออกรายงาน</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../desktop_crm/ui/shell/search_box.py" line="92"/>
        <source>Search people and companies (Ctrl+K)</source>
        <translation>ค้นหาบุคคลและบริษัท (Ctrl+K)</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../desktop_crm/ui/shell/search_box.py" line="57"/>
        <source>Showing {shown} of {total} results</source>
        <translation>แสดง {shown} จาก {total} รายการ</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="46"/>
        <source>Made by hand</source>
        <translation>สร้างเอง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="47"/>
        <source>Before a database upgrade</source>
        <translation>ก่อนอัปเกรดฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="48"/>
        <source>Before a restore</source>
        <translation>ก่อนกู้คืน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="49"/>
        <source>Before an import</source>
        <translation>ก่อนนำเข้าข้อมูล</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="50"/>
        <source>Before a merge</source>
        <translation>ก่อนรวมข้อมูล</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="51"/>
        <source>Automatic</source>
        <translation>อัตโนมัติ</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="199"/>
        <source>Pipelines</source>
        <translation>ไปป์ไลน์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="200"/>
        <source>Custom fields</source>
        <translation>ฟิลด์กำหนดเอง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="201"/>
        <source>Data</source>
        <translation>ข้อมูล</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="209"/>
        <source>Calendar and tasks</source>
        <translation>ปฏิทินและงาน</translation>
    </message>
</context>
<context>
    <name>StageHistoryModel</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_stage.py" line="157"/>
        <source>When</source>
        <translation>วันเวลา</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_stage.py" line="157"/>
        <source>By</source>
        <translation>โดย</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_stage.py" line="163"/>
        <source>Created in {stage}</source>
        <translation>สร้างในขั้นตอน {stage}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_stage.py" line="180"/>
        <source>unknown user</source>
        <translation>ผู้ใช้ที่ไม่ทราบชื่อ</translation>
    </message>
</context>
<context>
    <name>StageRulesEditor</name>
    <message>
        <location filename="../../desktop_crm/ui/settings/stage_rules.py" line="53"/>
        <source>never</source>
        <translation>ไม่กำหนด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/stage_rules.py" line="54"/>
        <source>A deal longer than this in the stage is stale</source>
        <translation>ดีลที่อยู่ในขั้นตอนนานกว่านี้ถือว่าค้างนาน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/stage_rules.py" line="61"/>
        <source>Create a task for the owner</source>
        <translation>สร้างงานให้ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/stage_rules.py" line="63"/>
        <source>e.g. Send the proposal</source>
        <translation>เช่น ส่งใบเสนอราคา</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/stage_rules.py" line="66"/>
        <source>due in </source>
        <translation>ครบกำหนดใน </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/stage_rules.py" line="67"/>
        <source> days</source>
        <translation> วัน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/stage_rules.py" line="68"/>
        <source>Set the probability to</source>
        <translation>ตั้งค่าความน่าจะเป็นเป็น</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/stage_rules.py" line="77"/>
        <source>Default probability</source>
        <translation>ความน่าจะเป็นเริ่มต้น</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/stage_rules.py" line="79"/>
        <source>Required before entering</source>
        <translation>ต้องกรอกก่อนเข้าสู่ขั้นตอน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/stage_rules.py" line="91"/>
        <source>When a deal enters</source>
        <translation>เมื่อดีลเข้าสู่ขั้นตอน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/stage_rules.py" line="112"/>
        <source>Rules of “{stage}”</source>
        <translation>กฎของ “{stage}”</translation>
    </message>
</context>
<context>
    <name>StagesModel</name>
    <message>
        <location filename="../../desktop_crm/ui/settings/stage_models.py" line="140"/>
        <source>{name} · {percent} %</source>
        <translation>{name} · {percent}%</translation>
    </message>
</context>
<context>
    <name>TagListModel</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/tags.py" line="66"/>
        <source>Tag “{name}”: click × or press Delete to remove it</source>
        <translation>แท็ก “{name}”: คลิก × หรือกด Delete เพื่อนำออก</translation>
    </message>
</context>
<context>
    <name>TagsEditor</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/tags.py" line="166"/>
        <source>Add a tag and press Enter</source>
        <translation>พิมพ์แท็กแล้วกด Enter</translation>
    </message>
</context>
<context>
    <name>TargetDelegate</name>
    <message>
        <location filename="../../desktop_crm/ui/importer/delegates.py" line="58"/>
        <source>Import as</source>
        <extracomment>(label, target key; &quot;&quot; for &quot;ignore&quot;) for the combo, in display order</extracomment>
        <translation>นำเข้าเป็น</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/tasks/fields.py" line="288"/>
        <source>{h} h {m} min</source>
        <translation>{h} ชม. {m} นาที</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/fields.py" line="290"/>
        <source>{h} h</source>
        <translation>{h} ชม.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/fields.py" line="291"/>
        <source>{m} min</source>
        <translation>{m} นาที</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_dialog.py" line="94"/>
        <source>Edit task</source>
        <translation>แก้ไขงาน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_dialog.py" line="94"/>
        <source>New task</source>
        <translation>งานใหม่</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_dialog.py" line="97"/>
        <source>What is to be done</source>
        <translation>สิ่งที่ต้องทำ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_dialog.py" line="163"/>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_dialog.py" line="221"/>
        <source>Reopen</source>
        <translation>เปิดอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_dialog.py" line="221"/>
        <source>Mark done</source>
        <translation>ทำเสร็จแล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_dialog.py" line="256"/>
        <source>(nobody)</source>
        <translation>(ไม่มีผู้รับผิดชอบ)</translation>
    </message>
</context>
<context>
    <name>TaskListModel</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/task_list.py" line="74"/>
        <source>overdue</source>
        <translation>เลยกำหนด</translation>
    </message>
</context>
<context>
    <name>TaskTreeModel</name>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_model.py" line="34"/>
        <source>Task</source>
        <translation>งาน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_model.py" line="35"/>
        <source>Due</source>
        <translation>กำหนดเวลา</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_model.py" line="36"/>
        <source>Linked to</source>
        <translation>เชื่อมโยงกับ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_model.py" line="37"/>
        <source>Assigned to</source>
        <translation>มอบหมายให้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_model.py" line="38"/>
        <source>Priority</source>
        <translation>ความสำคัญ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_model.py" line="41"/>
        <source>Overdue</source>
        <translation>เลยกำหนด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_model.py" line="42"/>
        <source>Today</source>
        <translation>วันนี้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_model.py" line="43"/>
        <source>Upcoming</source>
        <translation>กำลังจะถึง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_model.py" line="44"/>
        <source>Done</source>
        <translation>เสร็จแล้ว</translation>
    </message>
</context>
<context>
    <name>TimeGridView</name>
    <message>
        <location filename="../../desktop_crm/ui/calendar/time_grid.py" line="94"/>
        <source>Day</source>
        <translation>วัน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/time_grid.py" line="94"/>
        <source>Week</source>
        <translation>สัปดาห์</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="88"/>
        <source>unknown user</source>
        <translation>ผู้ใช้ที่ไม่ทราบชื่อ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="105"/>
        <source>Import of {file} undone</source>
        <translation>ยกเลิกการนำเข้า {file} แล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="108"/>
        <source>Imported from {file}</source>
        <translation>นำเข้าจาก {file}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="110"/>
        <source>Created</source>
        <translation>สร้างแล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="111"/>
        <source>Deleted</source>
        <translation>ลบแล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="112"/>
        <source>Restored</source>
        <translation>กู้คืนแล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="113"/>
        <source>Tag added: {tag}</source>
        <translation>เพิ่มแท็ก: {tag}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="114"/>
        <source>Tag removed: {tag}</source>
        <translation>นำแท็กออก: {tag}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="115"/>
        <source>Merged in: {tag}</source>
        <translation>รวมเข้ามา: {tag}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="127"/>
        <source>import of {file} undone</source>
        <translation>ยกเลิกการนำเข้า {file} แล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="130"/>
        <source>imported from {file}</source>
        <translation>นำเข้าจาก {file}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="138"/>
        <source>({minutes} min)</source>
        <translation>({minutes} นาที)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="143"/>
        <source>Outcome: {outcome}</source>
        <translation>ผลลัพธ์: {outcome}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="160"/>
        <source>{field}: {old} {arrow} {new}</source>
        <translation>{field}: {old} {arrow} {new}</translation>
    </message>
</context>
</TS>
