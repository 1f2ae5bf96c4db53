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
    <name>DamagedDatabaseDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="38"/>
        <source>The database file is damaged</source>
        <translation>ไฟล์ฐานข้อมูลเสียหาย</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="42"/>
        <source>desktop_crm cannot safely open {path}: the file is damaged ({problem}).
Nothing was changed. Choose a backup to restore; the damaged file is kept beside it with the ending .damaged.</source>
        <translation>desktop_crm ไม่สามารถเปิด {path} ได้อย่างปลอดภัย: ไฟล์เสียหาย ({problem})
ไม่มีการเปลี่ยนแปลงใด ๆ โปรดเลือกข้อมูลสำรองที่จะกู้คืน ไฟล์ที่เสียหายจะถูกเก็บไว้ข้าง ๆ โดยต่อท้ายชื่อด้วย .damaged</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="58"/>
        <source>{when} — {size} ({reason})</source>
        <translation>{when} — {size} ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="67"/>
        <source>There are no backups of this database.</source>
        <translation>ไม่มีข้อมูลสำรองของฐานข้อมูลนี้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="71"/>
        <source>Restore selected backup</source>
        <translation>กู้คืนข้อมูลสำรองที่เลือก</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="74"/>
        <source>Quit</source>
        <translation>ออก</translation>
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
    <name>DateFieldEditor</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/editors.py" line="197"/>
        <source>Pick a date</source>
        <translation>เลือกวันที่</translation>
    </message>
</context>
<context>
    <name>DealCardDelegate</name>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/card_delegate.py" line="50"/>
        <source>1 day</source>
        <translation>1 วัน</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/pipeline/card_delegate.py" line="50"/>
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln วัน</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/card_delegate.py" line="55"/>
        <source>No task planned</source>
        <translation>ยังไม่มีงานที่วางแผนไว้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/card_delegate.py" line="57"/>
        <source>Next: {task}</source>
        <translation>ถัดไป: {task}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/card_delegate.py" line="58"/>
        <source>Next: {task} · {due}</source>
        <translation>ถัดไป: {task} · {due}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/card_delegate.py" line="184"/>
        <source>stale</source>
        <translation>ค้างนาน</translation>
    </message>
</context>
<context>
    <name>DealCardWidget</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_card.py" line="74"/>
        <source>(no title)</source>
        <translation>(ไม่มีชื่อ)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_card.py" line="117"/>
        <source>Contacts</source>
        <translation>ผู้ติดต่อ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_card.py" line="118"/>
        <source>Products and services</source>
        <translation>สินค้าและบริการ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_card.py" line="119"/>
        <source>Tasks</source>
        <translation>งาน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_card.py" line="120"/>
        <source>Tags</source>
        <translation>แท็ก</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_card.py" line="121"/>
        <source>Stage history</source>
        <translation>ประวัติขั้นตอน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_card.py" line="136"/>
        <source>Timeline</source>
        <translation>ไทม์ไลน์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_card.py" line="195"/>
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
        <location filename="../../desktop_crm/ui/pipeline/deals_table.py" line="130"/>
        <source>{percent} %</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/deals_table.py" line="133"/>
        <source>{days} (stale)</source>
        <translation>{days} (ค้างนาน)</translation>
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
    <name>DemoPrompt</name>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="88"/>
        <source>Welcome to desktop_crm</source>
        <translation>ยินดีต้อนรับสู่ desktop_crm</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="89"/>
        <source>Your database is empty.</source>
        <translation>ฐานข้อมูลของคุณว่างเปล่า</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="91"/>
        <source>Load a demo data set (300 contacts and 60 companies in English, Italian, Russian, Persian and Thai) to explore the app? You can undo it with Ctrl+Z.</source>
        <translation>ต้องการโหลดชุดข้อมูลตัวอย่าง (ผู้ติดต่อ 300 ราย และบริษัท 60 แห่ง เป็นภาษาอังกฤษ อิตาลี รัสเซีย เปอร์เซีย และไทย) เพื่อทดลองใช้แอปหรือไม่ คุณสามารถเลิกทำได้ด้วย Ctrl+Z</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/formatting.py" line="166"/>
        <source>Yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/formatting.py" line="168"/>
        <source>No</source>
        <translation>ไม่ใช่</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/formatting.py" line="202"/>
        <source>(unknown)</source>
        <translation>(ไม่ทราบ)</translation>
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
        <location filename="../../desktop_crm/ui/labels.py" line="75"/>
        <location filename="../../desktop_crm/ui/labels.py" line="89"/>
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
        <location filename="../../desktop_crm/ui/labels.py" line="90"/>
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
        <location filename="../../desktop_crm/ui/labels.py" line="127"/>
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
        <location filename="../../desktop_crm/ui/labels.py" line="64"/>
        <source>contact</source>
        <translation>ผู้ติดต่อ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="65"/>
        <source>company</source>
        <translation>บริษัท</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="66"/>
        <source>deal</source>
        <translation>ดีล</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="67"/>
        <source>activity</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="68"/>
        <source>task</source>
        <translation>งาน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="69"/>
        <source>user</source>
        <translation>ผู้ใช้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="70"/>
        <source>custom field</source>
        <translation>ฟิลด์กำหนดเอง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="74"/>
        <source>Call</source>
        <translation>การโทร</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="76"/>
        <source>Meeting</source>
        <translation>การประชุม</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="77"/>
        <source>Demo</source>
        <translation>การสาธิต</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="78"/>
        <source>Note</source>
        <translation>โน้ต</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="79"/>
        <source>Message</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="84"/>
        <source>Potential</source>
        <translation>มุ่งหวัง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="85"/>
        <source>Active</source>
        <translation>ปัจจุบัน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="86"/>
        <source>Permanent</source>
        <translation>ประจำ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="87"/>
        <location filename="../../desktop_crm/ui/labels.py" line="119"/>
        <source>Lost</source>
        <translation>สูญเสีย</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="91"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="92"/>
        <source>Messenger</source>
        <translation>แอปแชต</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="93"/>
        <source>In person</source>
        <translation>พบด้วยตนเอง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="95"/>
        <source>Administrator</source>
        <translation>ผู้ดูแลระบบ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="96"/>
        <source>Manager</source>
        <translation>ผู้จัดการ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="97"/>
        <source>Salesperson</source>
        <translation>พนักงานขาย</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="99"/>
        <source>Text</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="100"/>
        <source>Long text</source>
        <translation>ข้อความยาว</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="101"/>
        <source>Number</source>
        <translation>ตัวเลข</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="102"/>
        <source>Money</source>
        <translation>จำนวนเงิน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="103"/>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="104"/>
        <source>Choice</source>
        <translation>ตัวเลือกเดียว</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="105"/>
        <source>Multiple choice</source>
        <translation>หลายตัวเลือก</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="106"/>
        <source>Checkbox</source>
        <translation>ช่องทำเครื่องหมาย</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="107"/>
        <source>Web address</source>
        <translation>ที่อยู่เว็บ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="112"/>
        <source>Subscriber</source>
        <translation>ผู้ติดตาม</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="113"/>
        <source>Lead</source>
        <translation>ลีด</translation>
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
        <translation>โอกาสการขาย</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="117"/>
        <source>Customer</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="118"/>
        <source>Evangelist</source>
        <translation>ผู้สนับสนุนแบรนด์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="120"/>
        <source>Trade show</source>
        <translation>งานแสดงสินค้า</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="121"/>
        <source>Referral</source>
        <translation>การแนะนำ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="122"/>
        <source>Web form</source>
        <translation>แบบฟอร์มเว็บ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="123"/>
        <source>Webinar</source>
        <translation>เว็บบินาร์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="124"/>
        <source>Campaign</source>
        <translation>แคมเปญ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="125"/>
        <source>Cold call</source>
        <translation>โทรหาลูกค้าใหม่</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="126"/>
        <source>Social media</source>
        <translation>โซเชียลมีเดีย</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="129"/>
        <source>Sales</source>
        <translation>การขาย</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="130"/>
        <source>Lead in</source>
        <translation>ลีดเข้ามา</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="131"/>
        <source>Qualified</source>
        <translation>ผ่านการคัดกรอง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="132"/>
        <source>Contacted</source>
        <translation>ติดต่อแล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="133"/>
        <source>Proposal</source>
        <translation>ข้อเสนอ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="134"/>
        <source>Negotiation</source>
        <translation>เจรจาต่อรอง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="135"/>
        <source>Won</source>
        <translation>ปิดการขายได้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="136"/>
        <source>Price</source>
        <translation>ราคา</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="137"/>
        <source>Competitor</source>
        <translation>คู่แข่ง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="138"/>
        <source>No budget</source>
        <translation>ไม่มีงบประมาณ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="139"/>
        <source>No decision</source>
        <translation>ไม่มีการตัดสินใจ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="140"/>
        <source>Timing</source>
        <translation>จังหวะเวลา</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="141"/>
        <source>Other</source>
        <translation>อื่น ๆ</translation>
    </message>
</context>
<context>
    <name>LogActivityDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="83"/>
        <source> min</source>
        <translation> นาที</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="85"/>
        <source>e.g. interested, call back next week</source>
        <translation>เช่น สนใจ โทรกลับสัปดาห์หน้า</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="88"/>
        <source>Subject</source>
        <translation>หัวข้อ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="89"/>
        <source>When</source>
        <translation>วันเวลา</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="91"/>
        <source>Duration</source>
        <translation>ระยะเวลา</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="95"/>
        <source>Outcome</source>
        <translation>ผลลัพธ์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="98"/>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
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
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="34"/>
        <source>Dashboard</source>
        <translation>แดชบอร์ด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="35"/>
        <source>Key figures of your sales at a glance: open pipeline, deals won, overdue tasks, goals.</source>
        <translation>ตัวเลขสำคัญของยอดขายในแวบเดียว: ไปป์ไลน์ที่เปิดอยู่ ดีลที่ปิดได้ งานที่เลยกำหนด และเป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="40"/>
        <source>Pipeline</source>
        <translation>ไปป์ไลน์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="41"/>
        <source>Contacts</source>
        <translation>ผู้ติดต่อ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="42"/>
        <source>Companies</source>
        <translation>บริษัท</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="45"/>
        <source>Calendar</source>
        <translation>ปฏิทิน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="46"/>
        <source>Tasks, meetings and reminders by month, week and day.</source>
        <translation>งาน การประชุม และการแจ้งเตือน แบบรายเดือน รายสัปดาห์ และรายวัน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="50"/>
        <source>Reports</source>
        <translation>รายงาน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="51"/>
        <source>Funnel, conversion, forecast and activity reports per salesperson.</source>
        <translation>รายงานกรวยการขาย อัตราการปิดการขาย การคาดการณ์ และกิจกรรมของพนักงานขายแต่ละคน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="55"/>
        <source>Settings</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="78"/>
        <source>desktop_crm</source>
        <translation>desktop_crm</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="81"/>
        <source>Search</source>
        <translation>ค้นหา</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="111"/>
        <source>Database: {path}</source>
        <translation>ฐานข้อมูล: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="119"/>
        <source>&amp;File</source>
        <translation>&amp;ไฟล์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="120"/>
        <source>Back up now</source>
        <translation>สำรองข้อมูลเดี๋ยวนี้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="122"/>
        <source>&amp;Quit</source>
        <translation>&amp;ออก</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="126"/>
        <source>&amp;Edit</source>
        <translation>&amp;แก้ไข</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="127"/>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="289"/>
        <source>&amp;Undo</source>
        <translation>&amp;เลิกทำ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="129"/>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="294"/>
        <source>&amp;Redo</source>
        <translation>&amp;ทำซ้ำ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="134"/>
        <source>&amp;Find…</source>
        <translation>&amp;ค้นหา…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="136"/>
        <source>Recently &amp;deleted…</source>
        <translation>&amp;ที่ลบล่าสุด…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="138"/>
        <source>&amp;View</source>
        <translation>&amp;มุมมอง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="144"/>
        <source>Close record</source>
        <translation>ปิดการ์ด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="273"/>
        <source>Backup saved: {path}</source>
        <translation>บันทึกข้อมูลสำรองแล้ว: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="287"/>
        <source>&amp;Undo {what}</source>
        <translation>&amp;เลิกทำ “{what}”</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="292"/>
        <source>&amp;Redo {what}</source>
        <translation>&amp;ทำซ้ำ “{what}”</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="300"/>
        <source>Warning: the database is in a cloud-synced folder; SQLite&apos;s locking is not reliable there. Keep it in a local folder.</source>
        <translation>คำเตือน: ฐานข้อมูลอยู่ในโฟลเดอร์ที่ซิงค์กับคลาวด์ ซึ่งการล็อกของ SQLite เชื่อถือไม่ได้ โปรดเก็บไว้ในโฟลเดอร์บนเครื่อง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="303"/>
        <source>Warning: the database is on a network drive; SQLite&apos;s locking is not reliable there. Keep it on this computer.</source>
        <translation>คำเตือน: ฐานข้อมูลอยู่บนไดรฟ์เครือข่าย ซึ่งการล็อกของ SQLite เชื่อถือไม่ได้ โปรดเก็บไว้ในคอมพิวเตอร์เครื่องนี้</translation>
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
        <location filename="../../desktop_crm/ui/messages.py" line="96"/>
        <source>Create {what}</source>
        <translation>สร้าง{what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="97"/>
        <source>Edit {what}</source>
        <translation>แก้ไข{what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="98"/>
        <source>Delete {what}</source>
        <translation>ลบ{what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="99"/>
        <source>Restore {what}</source>
        <translation>กู้คืน{what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="100"/>
        <source>Tag {what}</source>
        <translation>ติดแท็ก{what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="101"/>
        <source>Remove tag from {what}</source>
        <translation>นำแท็กออกจาก{what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="102"/>
        <source>Log {what}</source>
        <translation>บันทึก{what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="103"/>
        <source>Set up</source>
        <translation>ตั้งค่าเริ่มต้น</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="104"/>
        <source>Load demo data</source>
        <translation>โหลดข้อมูลตัวอย่าง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="105"/>
        <source>Move {what}</source>
        <translation>ย้าย{what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="106"/>
        <source>Mark {what} as won</source>
        <translation>ทำเครื่องหมาย{what}ว่าปิดการขายได้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="107"/>
        <source>Mark {what} as lost</source>
        <translation>ทำเครื่องหมาย{what}ว่าปิดการขายไม่ได้</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="108"/>
        <source>Reopen {what}</source>
        <translation>เปิด{what}อีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="109"/>
        <source>Reorder {what}</source>
        <translation>จัดลำดับ{what}ใหม่</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="110"/>
        <source>Link to {what}</source>
        <translation>เชื่อมโยงกับ{what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="111"/>
        <source>Unlink from {what}</source>
        <translation>ยกเลิกการเชื่อมโยงกับ{what}</translation>
    </message>
</context>
<context>
    <name>MultiChoiceEditor</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/editors.py" line="329"/>
        <location filename="../../desktop_crm/ui/cards/editors.py" line="333"/>
        <source>(none)</source>
        <translation>(ไม่มี)</translation>
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
    <name>QuickActions</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="31"/>
        <source>Log call</source>
        <translation>บันทึกการโทร</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="32"/>
        <source>Log meeting</source>
        <translation>บันทึกการประชุม</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="33"/>
        <source>Log email</source>
        <translation>บันทึกอีเมล</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="34"/>
        <source>Add note</source>
        <translation>เพิ่มโน้ต</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="37"/>
        <source>Log a call</source>
        <translation>บันทึกการโทร</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="38"/>
        <source>Log a meeting</source>
        <translation>บันทึกการประชุม</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="39"/>
        <source>Log an email</source>
        <translation>บันทึกอีเมล</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="40"/>
        <source>Add a note</source>
        <translation>เพิ่มโน้ต</translation>
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
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="82"/>
        <source>(no name)</source>
        <translation>(ไม่มีชื่อ)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="121"/>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="137"/>
        <source>Restore</source>
        <translation>กู้คืน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="149"/>
        <source>Details</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="154"/>
        <source>Custom fields</source>
        <translation>ฟิลด์กำหนดเอง</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="156"/>
        <source>No custom fields yet. Add them in Settings.</source>
        <translation>ยังไม่มีฟิลด์กำหนดเอง เพิ่มได้ในการตั้งค่า</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="183"/>
        <source>Timeline</source>
        <translation>ไทม์ไลน์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="239"/>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="292"/>
        <source>(unknown)</source>
        <translation>(ไม่ทราบ)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="299"/>
        <source>Contacts: {count}</source>
        <translation>ผู้ติดต่อ: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="304"/>
        <source>Owner: {name}</source>
        <translation>ผู้รับผิดชอบ: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="307"/>
        <source>Last contacted: {when}</source>
        <translation>ติดต่อล่าสุด: {when}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="308"/>
        <source>Created: {when}</source>
        <translation>สร้างเมื่อ: {when}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="333"/>
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
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="235"/>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="190"/>
        <source>Columns</source>
        <translation>คอลัมน์</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="265"/>
        <source>All owners</source>
        <translation>ผู้รับผิดชอบทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="267"/>
        <source>All tags</source>
        <translation>แท็กทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="270"/>
        <source>All stages</source>
        <translation>ทุกขั้นตอน</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="276"/>
        <source>All sources</source>
        <translation>ทุกแหล่งที่มา</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="339"/>
        <source>1 contact</source>
        <translation>ผู้ติดต่อ 1 ราย</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="339"/>
        <source>%Ln contacts</source>
        <translation>
            <numerusform>ผู้ติดต่อ %Ln ราย</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="341"/>
        <source>1 company</source>
        <translation>บริษัท 1 แห่ง</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="341"/>
        <source>%Ln companies</source>
        <translation>
            <numerusform>บริษัท %Ln แห่ง</numerusform>
        </translation>
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
    <name>TaskListModel</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/task_list.py" line="48"/>
        <source>overdue</source>
        <translation>เลยกำหนด</translation>
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
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="100"/>
        <source>Created</source>
        <translation>สร้างแล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="101"/>
        <source>Deleted</source>
        <translation>ลบแล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="102"/>
        <source>Restored</source>
        <translation>กู้คืนแล้ว</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="103"/>
        <source>Tag added: {tag}</source>
        <translation>เพิ่มแท็ก: {tag}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="104"/>
        <source>Tag removed: {tag}</source>
        <translation>นำแท็กออก: {tag}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="115"/>
        <source>({minutes} min)</source>
        <translation>({minutes} นาที)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="120"/>
        <source>Outcome: {outcome}</source>
        <translation>ผลลัพธ์: {outcome}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="137"/>
        <source>{field}: {old} {arrow} {new}</source>
        <translation>{field}: {old} {arrow} {new}</translation>
    </message>
</context>
</TS>
