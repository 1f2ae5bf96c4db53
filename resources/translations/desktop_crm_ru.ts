<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AddCustomFieldDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/settings/custom_fields.py" line="82"/>
        <source>New custom field</source>
        <translation>Новое дополнительное поле</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/custom_fields.py" line="89"/>
        <source>One option per line</source>
        <translation>По одному варианту в строке</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/custom_fields.py" line="92"/>
        <source>Label</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/custom_fields.py" line="93"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/custom_fields.py" line="94"/>
        <source>Options</source>
        <translation>Варианты</translation>
    </message>
</context>
<context>
    <name>AddDealContactDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_contacts.py" line="166"/>
        <source>Add a contact to the deal</source>
        <translation>Добавить контакт в сделку</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_contacts.py" line="168"/>
        <source>Name, email, phone or company</source>
        <translation>Имя, эл. почта, телефон или компания</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_contacts.py" line="181"/>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="68"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="68"/>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="68"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="68"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
</context>
<context>
    <name>CloseZones</name>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/close_zones.py" line="89"/>
        <source>Drop a card here, or select a deal and click</source>
        <translation>Перетащите сюда карточку или выберите сделку и нажмите</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/close_zones.py" line="104"/>
        <source>Won ({count})</source>
        <translation>Выигранные ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/close_zones.py" line="105"/>
        <source>Lost ({count})</source>
        <translation>Проигранные ({count})</translation>
    </message>
</context>
<context>
    <name>ColumnHeader</name>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/column_widget.py" line="129"/>
        <source>1 deal</source>
        <translation>1 сделка</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/pipeline/column_widget.py" line="129"/>
        <source>%Ln deals</source>
        <translation>
            <numerusform>%Ln сделка</numerusform>
            <numerusform>%Ln сделки</numerusform>
            <numerusform>%Ln сделок</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/column_widget.py" line="133"/>
        <source>Total {amount}</source>
        <translation>Всего {amount}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/column_widget.py" line="134"/>
        <source>Weighted {amount}</source>
        <translation>Прогноз {amount}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/column_widget.py" line="135"/>
        <source>Each deal&apos;s value times its probability, added up</source>
        <translation>Сумма сделок, умноженных на их вероятность</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/column_widget.py" line="141"/>
        <source>No rate for {currencies}: not in the totals</source>
        <translation>Нет курса для {currencies}: не учтены в итогах</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/column_widget.py" line="144"/>
        <source>Add exchange rates in Settings → Pipelines to include these deals.</source>
        <translation>Добавьте курсы валют в разделе Настройки → Воронки, чтобы учесть эти сделки.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="95"/>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="186"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="98"/>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="104"/>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="108"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="109"/>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="203"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="112"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="118"/>
        <source>Job title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="124"/>
        <source>Lifecycle stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="130"/>
        <source>Customer status</source>
        <translation>Статус клиента</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="135"/>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="208"/>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="139"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="145"/>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="188"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="152"/>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="191"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="159"/>
        <source>Last contacted</source>
        <translation>Последний контакт</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="165"/>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="234"/>
        <source>Created</source>
        <translation>Дата создания</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="172"/>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="241"/>
        <source>Updated</source>
        <translation>Дата изменения</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="187"/>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="197"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="212"/>
        <source>Employees</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="220"/>
        <source>Annual revenue</source>
        <translation>Годовая выручка</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="227"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
</context>
<context>
    <name>ComingSoonPage</name>
    <message>
        <location filename="../../desktop_crm/ui/shell/placeholder.py" line="26"/>
        <source>Coming soon: this part of desktop_crm is not built yet.</source>
        <translation>Скоро: этот раздел desktop_crm ещё в разработке.</translation>
    </message>
</context>
<context>
    <name>CompanyEditor</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/choice_editors.py" line="209"/>
        <source>Type a company name</source>
        <translation>Введите название компании</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/choice_editors.py" line="248"/>
        <source>No company is named “{name}”. Pick one from the list.</source>
        <translation>Компании с названием «{name}» нет. Выберите компанию из списка.</translation>
    </message>
</context>
<context>
    <name>CurrencyPanel</name>
    <message>
        <location filename="../../desktop_crm/ui/settings/currencies.py" line="188"/>
        <source>Currencies</source>
        <translation>Валюты</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/currencies.py" line="199"/>
        <source>Rate</source>
        <translation>Курс</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/currencies.py" line="200"/>
        <source>Set rate</source>
        <translation>Задать курс</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/currencies.py" line="201"/>
        <source>Remove rate</source>
        <translation>Удалить курс</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/currencies.py" line="204"/>
        <source>Base currency</source>
        <translation>Базовая валюта</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/currencies.py" line="214"/>
        <source>Lost reasons</source>
        <translation>Причины проигрыша</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/currencies.py" line="220"/>
        <source>A new reason</source>
        <translation>Новая причина</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/currencies.py" line="221"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/currencies.py" line="222"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>CustomFields</name>
    <message>
        <location filename="../../desktop_crm/ui/settings/custom_fields.py" line="45"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/custom_fields.py" line="46"/>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/custom_fields.py" line="47"/>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
</context>
<context>
    <name>CustomFieldsModel</name>
    <message>
        <location filename="../../desktop_crm/ui/settings/custom_fields.py" line="62"/>
        <source>Label</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/custom_fields.py" line="62"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/custom_fields.py" line="62"/>
        <source>Options</source>
        <translation>Варианты</translation>
    </message>
</context>
<context>
    <name>CustomFieldsPanel</name>
    <message>
        <location filename="../../desktop_crm/ui/settings/custom_fields.py" line="160"/>
        <source>Add field…</source>
        <translation>Добавить поле…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/custom_fields.py" line="161"/>
        <source>Remove field</source>
        <translation>Удалить поле</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/custom_fields.py" line="163"/>
        <source>Custom fields of</source>
        <translation>Дополнительные поля раздела</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/custom_fields.py" line="172"/>
        <source>Custom fields appear on every card of that type. Removing a field hides it; the values stay and come back with Undo.</source>
        <translation>Дополнительные поля показываются в каждой карточке этого типа. Удалённое поле только скрывается: значения сохраняются и возвращаются при отмене.</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="38"/>
        <source>The database file is damaged</source>
        <translation>Файл базы данных повреждён</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="42"/>
        <source>desktop_crm cannot safely open {path}: the file is damaged ({problem}).
Nothing was changed. Choose a backup to restore; the damaged file is kept beside it with the ending .damaged.</source>
        <translation>desktop_crm не может безопасно открыть {path}: файл повреждён ({problem}).
Ничего не изменено. Выберите резервную копию для восстановления; повреждённый файл останется рядом с окончанием .damaged.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="58"/>
        <source>{when} — {size} ({reason})</source>
        <translation>{when} — {size} ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="67"/>
        <source>There are no backups of this database.</source>
        <translation>Резервных копий этой базы данных нет.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="71"/>
        <source>Restore selected backup</source>
        <translation>Восстановить выбранную копию</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="74"/>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="121"/>
        <source>Database file</source>
        <translation>Файл базы данных</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="128"/>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="136"/>
        <source>Back up now</source>
        <translation>Создать резервную копию</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="166"/>
        <source>Backing up…</source>
        <translation>Создание резервной копии…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="171"/>
        <source>Backup saved: {path}</source>
        <translation>Резервная копия сохранена: {path}</translation>
    </message>
</context>
<context>
    <name>DateFieldEditor</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/editors.py" line="197"/>
        <source>Pick a date</source>
        <translation>Выберите дату</translation>
    </message>
</context>
<context>
    <name>DealCardDelegate</name>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/card_delegate.py" line="50"/>
        <source>1 day</source>
        <translation>1 день</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/pipeline/card_delegate.py" line="50"/>
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln день</numerusform>
            <numerusform>%Ln дня</numerusform>
            <numerusform>%Ln дней</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/card_delegate.py" line="55"/>
        <source>No task planned</source>
        <translation>Задачи не запланированы</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/card_delegate.py" line="57"/>
        <source>Next: {task}</source>
        <translation>Далее: {task}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/card_delegate.py" line="58"/>
        <source>Next: {task} · {due}</source>
        <translation>Далее: {task} · {due}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/card_delegate.py" line="184"/>
        <source>stale</source>
        <translation>без движения</translation>
    </message>
</context>
<context>
    <name>DealCardWidget</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_card.py" line="74"/>
        <source>(no title)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_card.py" line="117"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_card.py" line="118"/>
        <source>Products and services</source>
        <translation>Товары и услуги</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_card.py" line="119"/>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_card.py" line="120"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_card.py" line="121"/>
        <source>Stage history</source>
        <translation>История этапов</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_card.py" line="136"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_card.py" line="195"/>
        <source>(unknown)</source>
        <translation>(неизвестно)</translation>
    </message>
</context>
<context>
    <name>DealContacts</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_contacts.py" line="54"/>
        <source>Decision maker</source>
        <translation>ЛПР</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_contacts.py" line="55"/>
        <source>Champion</source>
        <translation>Внутренний сторонник</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_contacts.py" line="56"/>
        <source>Influencer</source>
        <translation>Влияет на решение</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_contacts.py" line="57"/>
        <source>Economic buyer</source>
        <translation>Распорядитель бюджета</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_contacts.py" line="58"/>
        <source>Technical buyer</source>
        <translation>Технический эксперт</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_contacts.py" line="59"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
</context>
<context>
    <name>DealContactsPanel</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_contacts.py" line="265"/>
        <source>Add contact…</source>
        <translation>Добавить контакт…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_contacts.py" line="266"/>
        <source>Remove contact</source>
        <translation>Убрать контакт</translation>
    </message>
</context>
<context>
    <name>DealFields</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_fields.py" line="59"/>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_fields.py" line="70"/>
        <source>Custom fields</source>
        <translation>Дополнительные поля</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_fields.py" line="72"/>
        <source>No custom fields yet. Add them in Settings.</source>
        <translation>Дополнительных полей пока нет. Их можно добавить в настройках.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_fields.py" line="146"/>
        <source>The sum of the line items</source>
        <translation>Сумма всех позиций</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_fields.py" line="149"/>
        <source>{percent} (the stage&apos;s default)</source>
        <translation>{percent} (по умолчанию для этапа)</translation>
    </message>
</context>
<context>
    <name>DealHeader</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_header.py" line="75"/>
        <source>Won</source>
        <translation>Выиграна</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_header.py" line="77"/>
        <source>Lost…</source>
        <translation>Проиграна…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_header.py" line="79"/>
        <source>Reopen</source>
        <translation>Открыть снова</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_header.py" line="90"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_header.py" line="101"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_header.py" line="123"/>
        <source>(unknown)</source>
        <translation>(неизвестно)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_header.py" line="129"/>
        <source>Owner: {name}</source>
        <translation>Ответственный: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_header.py" line="132"/>
        <source>Expected close: {when}</source>
        <translation>Ожидаемое закрытие: {when}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_header.py" line="133"/>
        <source>Created: {when}</source>
        <translation>Создано: {when}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_header.py" line="142"/>
        <source>Won on {when}</source>
        <translation>Выиграна {when}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_header.py" line="146"/>
        <source>Lost on {when}, reason: {reason}</source>
        <translation>Проиграна {when}, причина: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_header.py" line="168"/>
        <source>This deal was deleted on {when}. Restore it to change it.</source>
        <translation>Эта сделка удалена {when}. Восстановите её, чтобы вносить изменения.</translation>
    </message>
</context>
<context>
    <name>DealItemsModel</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_items.py" line="103"/>
        <source>Line total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_items.py" line="105"/>
        <source>Product or service</source>
        <translation>Товар или услуга</translation>
    </message>
</context>
<context>
    <name>DealItemsPanel</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_items.py" line="178"/>
        <source>Product or service</source>
        <translation>Товар или услуга</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_items.py" line="186"/>
        <source>Add item</source>
        <translation>Добавить позицию</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_items.py" line="187"/>
        <source>Remove item</source>
        <translation>Удалить позицию</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_items.py" line="218"/>
        <source>Total: {amount}</source>
        <translation>Итого: {amount}</translation>
    </message>
</context>
<context>
    <name>Deals</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="25"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="26"/>
        <source>Value</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="27"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="28"/>
        <source>Probability (%)</source>
        <translation>Вероятность (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="29"/>
        <source>Expected close</source>
        <translation>Ожидаемое закрытие</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="30"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="31"/>
        <source>Pipeline</source>
        <translation>Воронка продаж</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="32"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="33"/>
        <source>Lost reason</source>
        <translation>Причина проигрыша</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="34"/>
        <source>Closed</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="35"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="36"/>
        <source>Unit price</source>
        <translation>Цена за единицу</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="37"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="38"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="39"/>
        <source>Rate</source>
        <translation>Курс</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="40"/>
        <source>Rotting after (days)</source>
        <translation>Застой через (дней)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="44"/>
        <source>The stage “{stage}” needs these fields first: {missing}.</source>
        <translation>Для этапа «{stage}» сначала заполните поля: {missing}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="47"/>
        <source>That stage belongs to another pipeline; nothing was changed.</source>
        <translation>Этот этап относится к другой воронке; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="50"/>
        <source>Won and Lost are not ordinary stages: close a deal with the Won and Lost buttons, and keep those two stages in every pipeline.</source>
        <translation>«Выиграна» и «Проиграна» — не обычные этапы: закрывайте сделку кнопками «Выиграна» и «Проиграна» и сохраняйте эти два этапа в каждой воронке.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="55"/>
        <source>{field}: “{value}” is not a currency code (three letters, e.g. EUR).</source>
        <translation>{field}: «{value}» — не код валюты (три буквы, напр. EUR).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="58"/>
        <source>{field}: a percentage from 0 to 100 is expected.</source>
        <translation>{field}: ожидается процент от 0 до 100.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="59"/>
        <source>Deals are in it ({count}): choose the stage they move to first.</source>
        <translation>В нём есть сделки ({count}): сначала выберите этап, куда их перенести.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="62"/>
        <source>Choose a stage of another pipeline for the deals of the one deleted.</source>
        <translation>Выберите этап другой воронки для сделок удаляемой воронки.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="65"/>
        <source>The last pipeline cannot be deleted.</source>
        <translation>Последнюю воронку удалить нельзя.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="66"/>
        <source>A pipeline keeps at least one open stage.</source>
        <translation>В воронке должен остаться хотя бы один открытый этап.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="67"/>
        <source>The value is the sum of the line items: change the items instead.</source>
        <translation>Сумма складывается из позиций: измените позиции.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="70"/>
        <source>The deal is closed: reopen it first.</source>
        <translation>Сделка закрыта: сначала откройте её снова.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="71"/>
        <source>The stages changed meanwhile; the latest order is shown. Try again.</source>
        <translation>Этапы тем временем изменились; показан актуальный порядок. Повторите попытку.</translation>
    </message>
</context>
<context>
    <name>DealsTable</name>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/deals_table.py" line="39"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/deals_table.py" line="40"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/deals_table.py" line="41"/>
        <source>Value</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/deals_table.py" line="42"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/deals_table.py" line="43"/>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/deals_table.py" line="44"/>
        <source>Probability</source>
        <translation>Вероятность</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/deals_table.py" line="45"/>
        <source>In stage</source>
        <translation>На этапе</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/deals_table.py" line="46"/>
        <source>Next task</source>
        <translation>Следующая задача</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/deals_table.py" line="47"/>
        <source>Expected close</source>
        <translation>Ожидаемое закрытие</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/deals_table.py" line="130"/>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/deals_table.py" line="133"/>
        <source>{days} (stale)</source>
        <translation>{days} (без движения)</translation>
    </message>
</context>
<context>
    <name>DeletedDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/deleted_dialog.py" line="67"/>
        <source>Recently deleted</source>
        <translation>Недавно удалённые</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deleted_dialog.py" line="77"/>
        <source>Nothing was deleted recently.</source>
        <translation>В последнее время ничего не удалялось.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deleted_dialog.py" line="80"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deleted_dialog.py" line="81"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deleted_dialog.py" line="86"/>
        <source>Deleted contacts and companies can be restored.</source>
        <translation>Удалённые контакты и компании можно восстановить.</translation>
    </message>
</context>
<context>
    <name>DeletedModel</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/deleted_dialog.py" line="45"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deleted_dialog.py" line="45"/>
        <source>Name</source>
        <translation>Имя / название</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deleted_dialog.py" line="45"/>
        <source>Deleted</source>
        <translation>Дата удаления</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deleted_dialog.py" line="52"/>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
</context>
<context>
    <name>DemoPrompt</name>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="88"/>
        <source>Welcome to desktop_crm</source>
        <translation>Добро пожаловать в desktop_crm</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="89"/>
        <source>Your database is empty.</source>
        <translation>База данных пуста.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="91"/>
        <source>Load a demo data set (300 contacts and 60 companies in English, Italian, Russian, Persian and Thai) to explore the app? You can undo it with Ctrl+Z.</source>
        <translation>Загрузить демонстрационные данные (300 контактов и 60 компаний на английском, итальянском, русском, персидском и тайском), чтобы познакомиться с приложением? Это можно отменить сочетанием Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/formatting.py" line="166"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/formatting.py" line="168"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/formatting.py" line="202"/>
        <source>(unknown)</source>
        <translation>(неизвестно)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="12"/>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="13"/>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="14"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="15"/>
        <source>Emails</source>
        <translation>Адреса эл. почты</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="16"/>
        <location filename="../../desktop_crm/ui/labels.py" line="75"/>
        <location filename="../../desktop_crm/ui/labels.py" line="89"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="17"/>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="18"/>
        <location filename="../../desktop_crm/ui/labels.py" line="90"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="19"/>
        <source>Job title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="20"/>
        <location filename="../../desktop_crm/ui/labels.py" line="21"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="22"/>
        <source>Role at company</source>
        <translation>Роль в компании</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="23"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="24"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="25"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="26"/>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="27"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="28"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="29"/>
        <source>Lifecycle stage</source>
        <translation>Этап жизненного цикла</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="30"/>
        <source>Customer status</source>
        <translation>Статус клиента</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="31"/>
        <location filename="../../desktop_crm/ui/labels.py" line="32"/>
        <location filename="../../desktop_crm/ui/labels.py" line="127"/>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="33"/>
        <source>Preferred channel</source>
        <translation>Предпочтительный канал</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="34"/>
        <source>Best time to contact</source>
        <translation>Удобное время для связи</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="35"/>
        <source>No email</source>
        <translation>Не писать на почту</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="36"/>
        <source>No calls</source>
        <translation>Не звонить</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="37"/>
        <source>No SMS</source>
        <translation>Не отправлять SMS</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="38"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="39"/>
        <source>Last contacted</source>
        <translation>Последний контакт</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="40"/>
        <source>Created</source>
        <translation>Дата создания</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="41"/>
        <source>Updated</source>
        <translation>Дата изменения</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="42"/>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="43"/>
        <source>Employees</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="44"/>
        <source>Annual revenue</source>
        <translation>Годовая выручка</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="45"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="46"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="47"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="48"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="49"/>
        <source>Label</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="50"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="51"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="52"/>
        <source>Lost reason</source>
        <translation>Причина проигрыша</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="53"/>
        <source>Line item added</source>
        <translation>Добавлена позиция</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="54"/>
        <source>Contact added</source>
        <translation>Добавлен контакт</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="55"/>
        <source>call</source>
        <translation>звонок</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="56"/>
        <source>email</source>
        <translation>письмо</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="57"/>
        <source>meeting</source>
        <translation>встреча</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="58"/>
        <source>demo</source>
        <translation>демонстрация</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="59"/>
        <source>note</source>
        <translation>заметка</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="60"/>
        <source>message</source>
        <translation>сообщение</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="64"/>
        <source>contact</source>
        <translation>контакт</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="65"/>
        <source>company</source>
        <translation>компания</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="66"/>
        <source>deal</source>
        <translation>сделка</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="67"/>
        <source>activity</source>
        <translation>активность</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="68"/>
        <source>task</source>
        <translation>задача</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="69"/>
        <source>user</source>
        <translation>пользователь</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="70"/>
        <source>custom field</source>
        <translation>дополнительное поле</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="74"/>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="76"/>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="77"/>
        <source>Demo</source>
        <translation>Демонстрация</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="78"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="79"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="84"/>
        <source>Potential</source>
        <translation>Потенциальный</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="85"/>
        <source>Active</source>
        <translation>Активный</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="86"/>
        <source>Permanent</source>
        <translation>Постоянный</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="87"/>
        <location filename="../../desktop_crm/ui/labels.py" line="119"/>
        <source>Lost</source>
        <translation>Потерян</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="91"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="92"/>
        <source>Messenger</source>
        <translation>Мессенджер</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="93"/>
        <source>In person</source>
        <translation>Лично</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="95"/>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="96"/>
        <source>Manager</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="97"/>
        <source>Salesperson</source>
        <translation>Менеджер по продажам</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="99"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="100"/>
        <source>Long text</source>
        <translation>Многострочный текст</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="101"/>
        <source>Number</source>
        <translation>Число</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="102"/>
        <source>Money</source>
        <translation>Денежная сумма</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="103"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="104"/>
        <source>Choice</source>
        <translation>Список</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="105"/>
        <source>Multiple choice</source>
        <translation>Множественный выбор</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="106"/>
        <source>Checkbox</source>
        <translation>Флажок</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="107"/>
        <source>Web address</source>
        <translation>Веб-адрес</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="112"/>
        <source>Subscriber</source>
        <translation>Подписчик</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="113"/>
        <source>Lead</source>
        <translation>Лид</translation>
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
        <translation>Возможная сделка</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="117"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="118"/>
        <source>Evangelist</source>
        <translation>Амбассадор</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="120"/>
        <source>Trade show</source>
        <translation>Выставка</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="121"/>
        <source>Referral</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="122"/>
        <source>Web form</source>
        <translation>Веб-форма</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="123"/>
        <source>Webinar</source>
        <translation>Вебинар</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="124"/>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="125"/>
        <source>Cold call</source>
        <translation>Холодный звонок</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="126"/>
        <source>Social media</source>
        <translation>Соцсети</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="129"/>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="130"/>
        <source>Lead in</source>
        <translation>Новый лид</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="131"/>
        <source>Qualified</source>
        <translation>Квалифицирован</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="132"/>
        <source>Contacted</source>
        <translation>Связались</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="133"/>
        <source>Proposal</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="134"/>
        <source>Negotiation</source>
        <translation>Переговоры</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="135"/>
        <source>Won</source>
        <translation>Выиграна</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="136"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="137"/>
        <source>Competitor</source>
        <translation>Конкурент</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="138"/>
        <source>No budget</source>
        <translation>Нет бюджета</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="139"/>
        <source>No decision</source>
        <translation>Нет решения</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="140"/>
        <source>Timing</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="141"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>LogActivityDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="83"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="85"/>
        <source>e.g. interested, call back next week</source>
        <translation>напр., заинтересован, перезвонить на следующей неделе</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="88"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="89"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="91"/>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="95"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="98"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
</context>
<context>
    <name>LostReasonDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_stage.py" line="195"/>
        <source>Mark the deal as lost</source>
        <translation>Отметить сделку как проигранную</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_stage.py" line="204"/>
        <source>Pick a reason or type one</source>
        <translation>Выберите причину или введите свою</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_stage.py" line="206"/>
        <source>Details (optional)</source>
        <translation>Подробности (необязательно)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_stage.py" line="209"/>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="34"/>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="35"/>
        <source>Key figures of your sales at a glance: open pipeline, deals won, overdue tasks, goals.</source>
        <translation>Ключевые показатели продаж на одном экране: открытые и выигранные сделки, просроченные задачи, цели.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="40"/>
        <source>Pipeline</source>
        <translation>Воронка продаж</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="41"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="42"/>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="45"/>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="46"/>
        <source>Tasks, meetings and reminders by month, week and day.</source>
        <translation>Задачи, встречи и напоминания по месяцам, неделям и дням.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="50"/>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="51"/>
        <source>Funnel, conversion, forecast and activity reports per salesperson.</source>
        <translation>Отчёты по воронке, конверсии, прогнозу и активности каждого менеджера.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="55"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="78"/>
        <source>desktop_crm</source>
        <translation>desktop_crm</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="81"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="111"/>
        <source>Database: {path}</source>
        <translation>База данных: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="119"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="120"/>
        <source>Back up now</source>
        <translation>Создать резервную копию</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="122"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="126"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="127"/>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="289"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="129"/>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="294"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="134"/>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="136"/>
        <source>Recently &amp;deleted…</source>
        <translation>Недавно &amp;удалённые…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="138"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="144"/>
        <source>Close record</source>
        <translation>Закрыть карточку</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="273"/>
        <source>Backup saved: {path}</source>
        <translation>Резервная копия сохранена: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="287"/>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Отменить «{what}»</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="292"/>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Повторить «{what}»</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="300"/>
        <source>Warning: the database is in a cloud-synced folder; SQLite&apos;s locking is not reliable there. Keep it in a local folder.</source>
        <translation>Внимание: база данных находится в папке, синхронизируемой с облаком; блокировки SQLite там ненадёжны. Храните её в локальной папке.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="303"/>
        <source>Warning: the database is on a network drive; SQLite&apos;s locking is not reliable there. Keep it on this computer.</source>
        <translation>Внимание: база данных находится на сетевом диске; блокировки SQLite там ненадёжны. Храните её на этом компьютере.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="19"/>
        <source>{field}: this field is required.</source>
        <translation>{field}: обязательное поле.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="20"/>
        <source>{field}: too long ({length} characters; at most {limit}).</source>
        <translation>{field}: слишком длинное значение ({length} симв.; не более {limit}).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="23"/>
        <source>{field}: “{value}” is not an email address.</source>
        <translation>{field}: «{value}» — не адрес электронной почты.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="24"/>
        <source>{field}: “{value}” is not a phone number.</source>
        <translation>{field}: «{value}» — не номер телефона.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="25"/>
        <source>{field}: “{value}” is not a web address.</source>
        <translation>{field}: «{value}» — не веб-адрес.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="26"/>
        <source>{field}: “{value}” is not a date.</source>
        <translation>{field}: «{value}» — не дата.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="27"/>
        <source>{field}: the date is before 1900.</source>
        <translation>{field}: дата раньше 1900 года.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="28"/>
        <source>{field}: a birthday cannot be in the future.</source>
        <translation>{field}: дата рождения не может быть в будущем.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="29"/>
        <source>{field}: not a number.</source>
        <translation>{field}: не число.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="30"/>
        <source>{field}: the value is out of range.</source>
        <translation>{field}: значение вне допустимого диапазона.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="31"/>
        <source>{field}: an amount cannot be negative.</source>
        <translation>{field}: сумма не может быть отрицательной.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="32"/>
        <source>{field}: a whole number of 0 or more is expected.</source>
        <translation>{field}: ожидается целое число не меньше 0.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="33"/>
        <source>{field}: not one of the choices.</source>
        <translation>{field}: такого варианта нет в списке.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="34"/>
        <source>{field}: contains characters that cannot be saved.</source>
        <translation>{field}: содержит символы, которые нельзя сохранить.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="35"/>
        <source>A contact needs a first name, a last name or an email.</source>
        <translation>У контакта должно быть имя, фамилия или адрес эл. почты.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="38"/>
        <source>{field}: the linked record does not exist (any more).</source>
        <translation>{field}: связанная запись не существует (или уже удалена).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="41"/>
        <source>{field}: that name is taken.</source>
        <translation>{field}: это название уже занято.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="42"/>
        <source>A choice field needs at least one option.</source>
        <translation>Для поля со списком нужен хотя бы один вариант.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="43"/>
        <source>The record was not found; it may have been deleted.</source>
        <translation>Запись не найдена; возможно, она была удалена.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="46"/>
        <source>The record was changed elsewhere meanwhile (another window or user). Nothing was changed; the latest values are shown.</source>
        <translation>Тем временем запись была изменена в другом месте (в другом окне или другим пользователем). Ничего не изменено; показаны актуальные значения.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="50"/>
        <source>The database is locked by another program. Nothing was changed; try again in a moment.</source>
        <translation>База данных заблокирована другой программой. Ничего не изменено; повторите попытку чуть позже.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="54"/>
        <source>The database file is read-only. Nothing was changed. Check the file&apos;s permissions or choose another data folder.</source>
        <translation>Файл базы данных доступен только для чтения. Ничего не изменено. Проверьте права доступа к файлу или выберите другую папку для данных.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="58"/>
        <source>The disk is full. Nothing was changed; free some space and try again.</source>
        <translation>Диск заполнен. Ничего не изменено; освободите место и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="61"/>
        <source>The database file is damaged.</source>
        <translation>Файл базы данных повреждён.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="62"/>
        <source>This database was written by a newer version of desktop_crm. Update the app to open it; the file was not changed.</source>
        <translation>Эта база данных создана более новой версией desktop_crm. Обновите приложение, чтобы открыть её; файл не изменён.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="66"/>
        <source>There is nothing to undo.</source>
        <translation>Нечего отменять.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="67"/>
        <source>There is nothing to redo.</source>
        <translation>Нечего повторять.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="68"/>
        <source>{field}: “{value}” is not a date and time.</source>
        <translation>{field}: «{value}» — не дата и время.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="71"/>
        <source>{field}: the linked record was deleted.</source>
        <translation>{field}: связанная запись удалена.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="72"/>
        <source>The demo data can only be loaded into an empty database.</source>
        <translation>Демо-данные можно загрузить только в пустую базу данных.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="96"/>
        <source>Create {what}</source>
        <translation>Создание: {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="97"/>
        <source>Edit {what}</source>
        <translation>Изменение: {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="98"/>
        <source>Delete {what}</source>
        <translation>Удаление: {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="99"/>
        <source>Restore {what}</source>
        <translation>Восстановление: {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="100"/>
        <source>Tag {what}</source>
        <translation>Добавление тега: {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="101"/>
        <source>Remove tag from {what}</source>
        <translation>Удаление тега: {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="102"/>
        <source>Log {what}</source>
        <translation>Добавление: {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="103"/>
        <source>Set up</source>
        <translation>Начальная настройка</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="104"/>
        <source>Load demo data</source>
        <translation>Загрузка демо-данных</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="105"/>
        <source>Move {what}</source>
        <translation>Перемещение: {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="106"/>
        <source>Mark {what} as won</source>
        <translation>Выигрыш: {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="107"/>
        <source>Mark {what} as lost</source>
        <translation>Проигрыш: {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="108"/>
        <source>Reopen {what}</source>
        <translation>Повторное открытие: {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="109"/>
        <source>Reorder {what}</source>
        <translation>Изменение порядка: {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="110"/>
        <source>Link to {what}</source>
        <translation>Связывание: {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="111"/>
        <source>Unlink from {what}</source>
        <translation>Отвязка: {what}</translation>
    </message>
</context>
<context>
    <name>MultiChoiceEditor</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/editors.py" line="329"/>
        <location filename="../../desktop_crm/ui/cards/editors.py" line="333"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
</context>
<context>
    <name>NewDealDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/new_deal_dialog.py" line="57"/>
        <source>New deal</source>
        <translation>Новая сделка</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/new_deal_dialog.py" line="118"/>
        <source>Contact: {name}</source>
        <translation>Контакт: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/new_deal_dialog.py" line="121"/>
        <source>Company: {name}</source>
        <translation>Компания: {name}</translation>
    </message>
</context>
<context>
    <name>NewRecordDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="114"/>
        <source>New contact</source>
        <translation>Новый контакт</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="114"/>
        <source>New company</source>
        <translation>Новая компания</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="126"/>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
</context>
<context>
    <name>PipelineActions</name>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/actions.py" line="160"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/actions.py" line="163"/>
        <source>Move to the previous stage</source>
        <translation>Перенести на предыдущий этап</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/actions.py" line="164"/>
        <source>Move to the next stage</source>
        <translation>Перенести на следующий этап</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/actions.py" line="165"/>
        <source>Move up</source>
        <translation>Переместить вверх</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/actions.py" line="166"/>
        <source>Move down</source>
        <translation>Переместить вниз</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/actions.py" line="174"/>
        <source>Won</source>
        <translation>Выиграна</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/actions.py" line="175"/>
        <source>Lost…</source>
        <translation>Проиграна…</translation>
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
        <translation>Воронка продаж</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="84"/>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="85"/>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="86"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="88"/>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="89"/>
        <source>Filter deals</source>
        <translation>Фильтр сделок</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="94"/>
        <source>Open deals</source>
        <translation>Открытые сделки</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="95"/>
        <source>Won deals</source>
        <translation>Выигранные сделки</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="96"/>
        <source>Lost deals</source>
        <translation>Проигранные сделки</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="100"/>
        <source>Board</source>
        <translation>Доска</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="102"/>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="110"/>
        <source>Reopen</source>
        <translation>Открыть снова</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="111"/>
        <source>New deal…</source>
        <translation>Новая сделка…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="186"/>
        <source>All owners</source>
        <translation>Все ответственные</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="187"/>
        <source>All tags</source>
        <translation>Все теги</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="197"/>
        <source>All sources</source>
        <translation>Все источники</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="278"/>
        <source>1 deal</source>
        <translation>1 сделка</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="278"/>
        <source>%Ln deals</source>
        <translation>
            <numerusform>%Ln сделка</numerusform>
            <numerusform>%Ln сделки</numerusform>
            <numerusform>%Ln сделок</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="361"/>
        <source>Select a deal first, or drag its card onto Won or Lost.</source>
        <translation>Сначала выберите сделку или перетащите её карточку на «Выиграна» или «Проиграна».</translation>
    </message>
</context>
<context>
    <name>PipelinesPanel</name>
    <message>
        <location filename="../../desktop_crm/ui/settings/pipelines.py" line="49"/>
        <source>Where do its deals go?</source>
        <translation>Куда перенести её сделки?</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/pipelines.py" line="71"/>
        <location filename="../../desktop_crm/ui/settings/pipelines.py" line="84"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/pipelines.py" line="72"/>
        <location filename="../../desktop_crm/ui/settings/pipelines.py" line="85"/>
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/pipelines.py" line="73"/>
        <location filename="../../desktop_crm/ui/settings/pipelines.py" line="86"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/pipelines.py" line="75"/>
        <source>Pipelines</source>
        <translation>Воронки</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/pipelines.py" line="88"/>
        <source>Stages</source>
        <translation>Этапы</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/pipelines.py" line="92"/>
        <source>Drag a stage to reorder. Won and Lost always come last.</source>
        <translation>Перетаскивайте этапы, чтобы изменить порядок. «Выиграна» и «Проиграна» всегда в конце.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/pipelines.py" line="232"/>
        <source>New pipeline</source>
        <translation>Новая воронка</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/pipelines.py" line="232"/>
        <source>Name of the pipeline</source>
        <translation>Название воронки</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/pipelines.py" line="240"/>
        <source>New stage</source>
        <translation>Новый этап</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/pipelines.py" line="240"/>
        <source>Name of the stage</source>
        <translation>Название этапа</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/pipelines.py" line="252"/>
        <source>Deals are in “{stage}”. Move them to:</source>
        <translation>На этапе «{stage}» есть сделки. Перенести их в:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/pipelines.py" line="271"/>
        <source>Deals are in “{pipeline}”. Move them to:</source>
        <translation>В воронке «{pipeline}» есть сделки. Перенести их в:</translation>
    </message>
</context>
<context>
    <name>QuickActions</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="31"/>
        <source>Log call</source>
        <translation>Добавить звонок</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="32"/>
        <source>Log meeting</source>
        <translation>Добавить встречу</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="33"/>
        <source>Log email</source>
        <translation>Добавить письмо</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="34"/>
        <source>Add note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="37"/>
        <source>Log a call</source>
        <translation>Новый звонок</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="38"/>
        <source>Log a meeting</source>
        <translation>Новая встреча</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="39"/>
        <source>Log an email</source>
        <translation>Новое письмо</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="40"/>
        <source>Add a note</source>
        <translation>Новая заметка</translation>
    </message>
</context>
<context>
    <name>RatesModel</name>
    <message>
        <location filename="../../desktop_crm/ui/settings/currencies.py" line="97"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/currencies.py" line="97"/>
        <source>Value of 1 unit in {base}</source>
        <translation>Стоимость 1 единицы в {base}</translation>
    </message>
</context>
<context>
    <name>RecordCard</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="82"/>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="121"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="137"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="149"/>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="154"/>
        <source>Custom fields</source>
        <translation>Дополнительные поля</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="156"/>
        <source>No custom fields yet. Add them in Settings.</source>
        <translation>Дополнительных полей пока нет. Их можно добавить в настройках.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="183"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="239"/>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="292"/>
        <source>(unknown)</source>
        <translation>(неизвестно)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="299"/>
        <source>Contacts: {count}</source>
        <translation>Контакты: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="304"/>
        <source>Owner: {name}</source>
        <translation>Ответственный: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="307"/>
        <source>Last contacted: {when}</source>
        <translation>Последний контакт: {when}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="308"/>
        <source>Created: {when}</source>
        <translation>Создано: {when}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="333"/>
        <source>This {what} was deleted on {when}. Restore it to change it.</source>
        <translation>Эта запись ({what}) удалена {when}. Восстановите её, чтобы вносить изменения.</translation>
    </message>
</context>
<context>
    <name>RecordDealsBox</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_deals.py" line="117"/>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_deals.py" line="128"/>
        <source>New deal…</source>
        <translation>Новая сделка…</translation>
    </message>
</context>
<context>
    <name>RecordDealsModel</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_deals.py" line="71"/>
        <source>Won</source>
        <translation>Выиграна</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_deals.py" line="73"/>
        <source>Lost</source>
        <translation>Проиграна</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="177"/>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="178"/>
        <source>Lifecycle stage</source>
        <translation>Этап жизненного цикла</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="180"/>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="181"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="185"/>
        <source>New contact…</source>
        <translation>Новый контакт…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="185"/>
        <source>New company…</source>
        <translation>Новая компания…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="187"/>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="235"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="190"/>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="265"/>
        <source>All owners</source>
        <translation>Все ответственные</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="267"/>
        <source>All tags</source>
        <translation>Все теги</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="270"/>
        <source>All stages</source>
        <translation>Все этапы</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="276"/>
        <source>All sources</source>
        <translation>Все источники</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="339"/>
        <source>1 contact</source>
        <translation>1 контакт</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="339"/>
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln контакт</numerusform>
            <numerusform>%Ln контакта</numerusform>
            <numerusform>%Ln контактов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="341"/>
        <source>1 company</source>
        <translation>1 компания</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="341"/>
        <source>%Ln companies</source>
        <translation>
            <numerusform>%Ln компания</numerusform>
            <numerusform>%Ln компании</numerusform>
            <numerusform>%Ln компаний</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../desktop_crm/ui/shell/search_box.py" line="92"/>
        <source>Search people and companies (Ctrl+K)</source>
        <translation>Поиск людей и компаний (Ctrl+K)</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../desktop_crm/ui/shell/search_box.py" line="57"/>
        <source>Showing {shown} of {total} results</source>
        <translation>Показано {shown} из {total}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="46"/>
        <source>Made by hand</source>
        <translation>Вручную</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="47"/>
        <source>Before a database upgrade</source>
        <translation>Перед обновлением базы данных</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="48"/>
        <source>Before a restore</source>
        <translation>Перед восстановлением</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="49"/>
        <source>Before an import</source>
        <translation>Перед импортом</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="50"/>
        <source>Before a merge</source>
        <translation>Перед объединением</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="51"/>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="199"/>
        <source>Pipelines</source>
        <translation>Воронки</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="200"/>
        <source>Custom fields</source>
        <translation>Дополнительные поля</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="201"/>
        <source>Data</source>
        <translation>Данные</translation>
    </message>
</context>
<context>
    <name>StageHistoryModel</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_stage.py" line="157"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_stage.py" line="157"/>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_stage.py" line="163"/>
        <source>Created in {stage}</source>
        <translation>Создана на этапе {stage}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_stage.py" line="180"/>
        <source>unknown user</source>
        <translation>неизвестный пользователь</translation>
    </message>
</context>
<context>
    <name>StageRulesEditor</name>
    <message>
        <location filename="../../desktop_crm/ui/settings/stage_rules.py" line="53"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/stage_rules.py" line="54"/>
        <source>A deal longer than this in the stage is stale</source>
        <translation>Сделка, которая находится на этапе дольше, считается застоявшейся</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/stage_rules.py" line="61"/>
        <source>Create a task for the owner</source>
        <translation>Создать задачу ответственному</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/stage_rules.py" line="63"/>
        <source>e.g. Send the proposal</source>
        <translation>напр., Отправить предложение</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/stage_rules.py" line="66"/>
        <source>due in </source>
        <translation>срок через </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/stage_rules.py" line="67"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/stage_rules.py" line="68"/>
        <source>Set the probability to</source>
        <translation>Установить вероятность</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/stage_rules.py" line="77"/>
        <source>Default probability</source>
        <translation>Вероятность по умолчанию</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/stage_rules.py" line="79"/>
        <source>Required before entering</source>
        <translation>Обязательно до перехода</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/stage_rules.py" line="91"/>
        <source>When a deal enters</source>
        <translation>Когда сделка переходит на этап</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/stage_rules.py" line="112"/>
        <source>Rules of “{stage}”</source>
        <translation>Правила этапа «{stage}»</translation>
    </message>
</context>
<context>
    <name>StagesModel</name>
    <message>
        <location filename="../../desktop_crm/ui/settings/stage_models.py" line="140"/>
        <source>{name} · {percent} %</source>
        <translation>{name} · {percent} %</translation>
    </message>
</context>
<context>
    <name>TagListModel</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/tags.py" line="66"/>
        <source>Tag “{name}”: click × or press Delete to remove it</source>
        <translation>Тег «{name}»: нажмите × или клавишу Delete, чтобы удалить его</translation>
    </message>
</context>
<context>
    <name>TagsEditor</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/tags.py" line="166"/>
        <source>Add a tag and press Enter</source>
        <translation>Введите тег и нажмите Enter</translation>
    </message>
</context>
<context>
    <name>TaskListModel</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/task_list.py" line="48"/>
        <source>overdue</source>
        <translation>просрочена</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="88"/>
        <source>unknown user</source>
        <translation>неизвестный пользователь</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="100"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="101"/>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="102"/>
        <source>Restored</source>
        <translation>Восстановлено</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="103"/>
        <source>Tag added: {tag}</source>
        <translation>Добавлен тег: {tag}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="104"/>
        <source>Tag removed: {tag}</source>
        <translation>Удалён тег: {tag}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="115"/>
        <source>({minutes} min)</source>
        <translation>({minutes} мин)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="120"/>
        <source>Outcome: {outcome}</source>
        <translation>Результат: {outcome}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="137"/>
        <source>{field}: {old} {arrow} {new}</source>
        <translation>{field}: {old} {arrow} {new}</translation>
    </message>
</context>
</TS>
