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
    <name>AgendaModel</name>
    <message>
        <location filename="../../desktop_crm/ui/calendar/agenda.py" line="130"/>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/agenda.py" line="132"/>
        <source>All day</source>
        <translation>Весь день</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/agenda.py" line="91"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/agenda.py" line="110"/>
        <location filename="../../desktop_crm/ui/calendar/agenda.py" line="192"/>
        <source>overdue</source>
        <translation>просрочена</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <location filename="../../desktop_crm/ui/calendar/agenda.py" line="225"/>
        <source>Agenda</source>
        <translation>Расписание</translation>
    </message>
</context>
<context>
    <name>AllDayHeader</name>
    <message>
        <location filename="../../desktop_crm/ui/calendar/allday_header.py" line="113"/>
        <location filename="../../desktop_crm/ui/calendar/time_grid.py" line="149"/>
        <source>all day</source>
        <translation>весь день</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/calendar/allday_header.py" line="153"/>
        <source>+%n more</source>
        <translation>
            <numerusform>ещё %n</numerusform>
            <numerusform>ещё %n</numerusform>
            <numerusform>ещё %n</numerusform>
        </translation>
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
    <name>CalendarPage</name>
    <message>
        <location filename="../../desktop_crm/ui/calendar/page.py" line="102"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/page.py" line="102"/>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/page.py" line="102"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/page.py" line="102"/>
        <source>Agenda</source>
        <translation>Расписание</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/page.py" line="113"/>
        <source>Previous (Page Up)</source>
        <translation>Назад (Page Up)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/page.py" line="114"/>
        <source>Previous</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/page.py" line="115"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/page.py" line="116"/>
        <source>Go to today (T)</source>
        <translation>Перейти к сегодняшнему дню (T)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/page.py" line="118"/>
        <source>Next (Page Down)</source>
        <translation>Вперёд (Page Down)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/page.py" line="119"/>
        <source>Next</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/page.py" line="131"/>
        <source>Whose tasks</source>
        <translation>Чьи задачи</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/page.py" line="132"/>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/page.py" line="134"/>
        <source>New task</source>
        <translation>Новая задача</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/page.py" line="164"/>
        <source>Everyone</source>
        <translation>Все</translation>
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
        <translation>Предыдущий месяц</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/fields.py" line="79"/>
        <source>Next month</source>
        <translation>Следующий месяц</translation>
    </message>
</context>
<context>
    <name>CalendarSettings</name>
    <message>
        <location filename="../../desktop_crm/ui/settings/calendar_settings.py" line="66"/>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/calendar_settings.py" line="67"/>
        <source>Revert</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/calendar_settings.py" line="80"/>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/calendar_settings.py" line="88"/>
        <source>Locale default ({day})</source>
        <translation>Как принято в регионе ({day})</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/calendar_settings.py" line="95"/>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/calendar_settings.py" line="100"/>
        <source>Calendar system</source>
        <translation>Календарная система</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/calendar_settings.py" line="101"/>
        <source>First day of the week</source>
        <translation>Первый день недели</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/calendar_settings.py" line="102"/>
        <source>Working hours</source>
        <translation>Рабочие часы</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/calendar_settings.py" line="106"/>
        <source>Automatic tasks</source>
        <translation>Автоматические задачи</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/calendar_settings.py" line="111"/>
        <source>Birthday reminders, days ahead</source>
        <translation>Напоминать о днях рождения за (дней)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/calendar_settings.py" line="113"/>
        <source>Remind me about customers not contacted for (days)</source>
        <translation>Напоминать о клиентах без контакта дольше (дней)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/calendar_settings.py" line="115"/>
        <source>0 turns a rule off. Shared by everyone using this database.</source>
        <translation>0 — правило выключено. Действует для всех, кто работает с этой базой данных.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/calendar_settings.py" line="132"/>
        <source>Off</source>
        <translation>Выкл.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/calendar_settings.py" line="195"/>
        <source>The working day must end after it starts.</source>
        <translation>Рабочий день должен заканчиваться позже, чем начинается.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/calendar_settings.py" line="230"/>
        <source>The preferences could not be saved: {error}</source>
        <translation>Не удалось сохранить настройки: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/calendar_settings.py" line="237"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>CardTasksBox</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/task_list.py" line="122"/>
        <source>Plan task</source>
        <translation>Запланировать задачу</translation>
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
    <name>CompareModel</name>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/compare_model.py" line="178"/>
        <source>After the merge</source>
        <translation>После объединения</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/compare_model.py" line="251"/>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/compare_model.py" line="264"/>
        <source>Activities</source>
        <translation>Активность</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/compare_model.py" line="266"/>
        <source>Open tasks</source>
        <translation>Открытые задачи</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/compare_model.py" line="268"/>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/compare_model.py" line="269"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/compare_model.py" line="283"/>
        <source>Keep this one</source>
        <translation>Оставить эту</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/compare_model.py" line="283"/>
        <source>Merge into it</source>
        <translation>Объединить с ней</translation>
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
    <name>CustomFieldDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/importer/custom_field.py" line="75"/>
        <source>New custom field</source>
        <extracomment>custom field types a column can become here (choices need their options: Settings)</extracomment>
        <translation>Новое дополнительное поле</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/custom_field.py" line="78"/>
        <source>Field name</source>
        <translation>Название поля</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/custom_field.py" line="80"/>
        <source>Field type</source>
        <translation>Тип поля</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/custom_field.py" line="91"/>
        <source>The field is created for every record of this type when the import runs.</source>
        <translation>Поле будет создано для всех записей этого типа при импорте.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/custom_field.py" line="96"/>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/custom_field.py" line="97"/>
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/custom_field.py" line="122"/>
        <source>Give the field a name.</source>
        <translation>Укажите название поля.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/custom_field.py" line="124"/>
        <source>A field with this name exists already.</source>
        <translation>Поле с таким названием уже есть.</translation>
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
    <name>CustomizeTilesDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles_customize.py" line="38"/>
        <source>Customize the dashboard</source>
        <translation>Настройка сводки</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles_customize.py" line="39"/>
        <source>Tick the tiles to show; drag them or use the buttons to order.</source>
        <translation>Отметьте плитки, которые нужно показывать; порядок меняется перетаскиванием или кнопками.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles_customize.py" line="46"/>
        <source>Move up</source>
        <translation>Переместить вверх</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles_customize.py" line="47"/>
        <source>Move down</source>
        <translation>Переместить вниз</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles_customize.py" line="48"/>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="39"/>
        <source>The database file is damaged</source>
        <translation>Файл базы данных повреждён</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="43"/>
        <source>desktop_crm cannot safely open {path}: the file is damaged ({problem}).
Nothing was changed. Choose a backup to restore; the damaged file is kept beside it with the ending .damaged.</source>
        <translation>desktop_crm не может безопасно открыть {path}: файл повреждён ({problem}).
Ничего не изменено. Выберите резервную копию для восстановления; повреждённый файл останется рядом с окончанием .damaged.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="56"/>
        <source>{when} — {size} ({reason})</source>
        <translation>{when} — {size} ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="65"/>
        <source>There are no backups of this database.</source>
        <translation>Резервных копий этой базы данных нет.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="69"/>
        <source>Restore selected backup</source>
        <translation>Восстановить выбранную копию</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="72"/>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_charts.py" line="42"/>
        <source>Weighted forecast by month</source>
        <extracomment>the charts under the tiles, in order</extracomment>
        <translation>Взвешенный прогноз по месяцам</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_charts.py" line="43"/>
        <source>Deals won per month</source>
        <translation>Выигранные сделки по месяцам</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_charts.py" line="133"/>
        <source>Loading charts…</source>
        <translation>Загрузка диаграмм…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_charts.py" line="164"/>
        <source>No charts to show.</source>
        <translation>Нет диаграмм для показа.</translation>
    </message>
</context>
<context>
    <name>DashboardDrill</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="41"/>
        <source>Deal</source>
        <extracomment>record type -&gt; column titles</extracomment>
        <translation>Сделка</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="42"/>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="50"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="43"/>
        <source>Value</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="44"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="45"/>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="52"/>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="46"/>
        <source>Expected close</source>
        <translation>Ожидаемое закрытие</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="49"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="51"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="53"/>
        <source>Created</source>
        <translation>Дата создания</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="56"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="57"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="58"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="59"/>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="63"/>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="64"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="65"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="66"/>
        <source>Assigned to</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="60"/>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="67"/>
        <source>Linked to</source>
        <translation>Связано с</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="73"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard.py" line="114"/>
        <source>Weekly digest…</source>
        <translation>Дайджест за неделю…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard.py" line="115"/>
        <source>Goals…</source>
        <translation>Цели…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard.py" line="116"/>
        <source>Customize…</source>
        <translation>Настроить…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard.py" line="118"/>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard.py" line="158"/>
        <source>This week&apos;s digest is ready.</source>
        <translation>Дайджест этой недели готов.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard.py" line="159"/>
        <source>Open the digest</source>
        <translation>Открыть дайджест</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard.py" line="162"/>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard.py" line="194"/>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard.py" line="195"/>
        <source>Me</source>
        <translation>Я</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard.py" line="319"/>
        <source>The charts could not be drawn: {error}</source>
        <translation>Не удалось построить диаграммы: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard.py" line="323"/>
        <source>The dashboard could not be computed: {error}</source>
        <translation>Не удалось рассчитать сводку: {error}</translation>
    </message>
</context>
<context>
    <name>DashboardTiles</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="37"/>
        <source>Open pipeline</source>
        <extracomment>tile key -&gt; title (the tiles the dashboard knows, in their default order)</extracomment>
        <translation>Открытые сделки</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="38"/>
        <source>Weighted forecast</source>
        <translation>Взвешенный прогноз</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="39"/>
        <source>Won this month</source>
        <translation>Выиграно в этом месяце</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="40"/>
        <source>New leads this month</source>
        <translation>Новые лиды в этом месяце</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="41"/>
        <source>Overdue tasks</source>
        <translation>Просроченные задачи</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="42"/>
        <source>Activities this week</source>
        <translation>Активность за неделю</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="43"/>
        <source>Stale deals</source>
        <translation>Сделки без движения</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="49"/>
        <source>The value of every open deal, in the base currency.</source>
        <extracomment>what each tile means (its tooltip)</extracomment>
        <translation>Сумма всех открытых сделок в базовой валюте.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="52"/>
        <source>Open deals&apos; value times their probability, in the base currency.</source>
        <translation>Сумма открытых сделок, умноженная на их вероятность, в базовой валюте.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="55"/>
        <source>Deals won since the first day of this month, against the goal.</source>
        <translation>Сделки, выигранные с первого числа этого месяца, в сравнении с целью.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="58"/>
        <source>Contacts created since the first day of this month, against the goal.</source>
        <translation>Контакты, созданные с первого числа этого месяца, в сравнении с целью.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="61"/>
        <source>Open tasks whose due time has passed.</source>
        <translation>Открытые задачи, срок которых уже прошёл.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="62"/>
        <source>Calls, emails, meetings and other activities logged this week.</source>
        <translation>Звонки, письма, встречи и другие действия, записанные на этой неделе.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="65"/>
        <source>Open deals that stayed in their stage longer than the stage allows.</source>
        <translation>Открытые сделки, которые находятся на этапе дольше, чем допускает этап.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="87"/>
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln день</numerusform>
            <numerusform>%Ln дня</numerusform>
            <numerusform>%Ln дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="90"/>
        <source>%Ln deals without a value</source>
        <translation>
            <numerusform>%Ln сделка без суммы</numerusform>
            <numerusform>%Ln сделки без суммы</numerusform>
            <numerusform>%Ln сделок без суммы</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="93"/>
        <source>%Ln deals without a close date</source>
        <translation>
            <numerusform>%Ln сделка без даты закрытия</numerusform>
            <numerusform>%Ln сделки без даты закрытия</numerusform>
            <numerusform>%Ln сделок без даты закрытия</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="134"/>
        <source>No exchange rate for {currencies}: those deals are left out.</source>
        <translation>Нет курса для {currencies}: эти сделки не учтены.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="140"/>
        <source>1 deal without a value</source>
        <translation>1 сделка без суммы</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="144"/>
        <source>1 deal without a close date</source>
        <translation>1 сделка без даты закрытия</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="147"/>
        <source>Includes deals of deleted salespeople: {names}</source>
        <translation>Включая сделки удалённых продавцов: {names}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="151"/>
        <source>No data yet</source>
        <translation>Данных пока нет</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="153"/>
        <source>The date range is empty</source>
        <translation>Период пуст</translation>
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
    <name>DateField</name>
    <message>
        <location filename="../../desktop_crm/ui/tasks/fields.py" line="142"/>
        <source>Pick a date</source>
        <translation>Выберите дату</translation>
    </message>
</context>
<context>
    <name>DateFieldEditor</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/editors.py" line="202"/>
        <source>Pick a date</source>
        <translation>Выберите дату</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../desktop_crm/ui/dates.py" line="32"/>
        <source>Gregorian</source>
        <translation>Григорианский</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dates.py" line="33"/>
        <source>Persian (Jalali)</source>
        <translation>Персидский (солнечная хиджра)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dates.py" line="34"/>
        <source>Islamic civil</source>
        <translation>Исламский (гражданский)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dates.py" line="35"/>
        <source>Thai Buddhist era</source>
        <translation>Тайский буддийский</translation>
    </message>
</context>
<context>
    <name>DealCardDelegate</name>
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
        <source>1 day</source>
        <translation>1 день</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/card_delegate.py" line="63"/>
        <source>Next: {task}</source>
        <translation>Далее: {task}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/card_delegate.py" line="66"/>
        <source>Next: {task} · {due}</source>
        <translation>Далее: {task} · {due}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/card_delegate.py" line="61"/>
        <source>No task planned</source>
        <translation>Задачи не запланированы</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/card_delegate.py" line="192"/>
        <source>stale</source>
        <translation>без движения</translation>
    </message>
</context>
<context>
    <name>DealCardWidget</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_card.py" line="73"/>
        <source>(no title)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_card.py" line="114"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_card.py" line="115"/>
        <source>Products and services</source>
        <translation>Товары и услуги</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_card.py" line="116"/>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_card.py" line="117"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_card.py" line="118"/>
        <source>Stage history</source>
        <translation>История этапов</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_card.py" line="133"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_card.py" line="192"/>
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
    <name>DealPicker</name>
    <message>
        <location filename="../../desktop_crm/ui/tasks/link_picker.py" line="148"/>
        <source>(no deal)</source>
        <translation>(без сделки)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/link_picker.py" line="150"/>
        <source>(no title)</source>
        <translation>(без названия)</translation>
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
        <location filename="../../desktop_crm/ui/pipeline/deals_table.py" line="136"/>
        <source>{days} (stale)</source>
        <translation>{days} (без движения)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/deals_table.py" line="130"/>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
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
    <name>DelimiterCombo</name>
    <message>
        <location filename="../../desktop_crm/ui/exporting/delimiter.py" line="49"/>
        <source>Comma (,)</source>
        <translation>Запятая (,)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/delimiter.py" line="50"/>
        <source>Semicolon (;)</source>
        <translation>Точка с запятой (;)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/delimiter.py" line="51"/>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/delimiter.py" line="52"/>
        <source>Separator</source>
        <translation>Разделитель</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/delimiter.py" line="55"/>
        <source>Excel splits a CSV file on a semicolon where numbers have a decimal comma (Italian, Russian…), on a comma elsewhere.</source>
        <translation>Excel делит CSV-файл по точке с запятой там, где в числах десятичная запятая (итальянский, русский…), и по запятой в остальных случаях.</translation>
    </message>
</context>
<context>
    <name>DemoPrompt</name>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="86"/>
        <source>Welcome to desktop_crm</source>
        <translation>Добро пожаловать в desktop_crm</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="87"/>
        <source>Your database is empty.</source>
        <translation>База данных пуста.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="89"/>
        <source>Load a demo data set (300 contacts and 60 companies in English, Italian, Russian, Persian and Thai) to explore the app? You can undo it with Ctrl+Z.</source>
        <translation>Загрузить демонстрационные данные (300 контактов и 60 компаний на английском, итальянском, русском, персидском и тайском), чтобы познакомиться с приложением? Это можно отменить сочетанием Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>Digest</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="35"/>
        <source>Calls</source>
        <extracomment>activity kind -&gt; what a count of them is called</extracomment>
        <translation>Звонки</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="36"/>
        <source>Emails</source>
        <translation>Письма</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="37"/>
        <source>Meetings</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="38"/>
        <source>Demos</source>
        <translation>Демонстрации</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="39"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="40"/>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="126"/>
        <source>Activities</source>
        <translation>Активность</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="136"/>
        <source>Deals in {currencies} are not in the amounts: there is no exchange rate.</source>
        <translation>Сделки в {currencies} не учтены в суммах: нет курса валюты.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="123"/>
        <source>Deals won</source>
        <translation>Выигранные сделки</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="130"/>
        <source>Goals</source>
        <translation>Цели</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="118"/>
        <source>New deals</source>
        <translation>Новые сделки</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="121"/>
        <source>New leads</source>
        <translation>Новые лиды</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="162"/>
        <source>Nothing was recorded this week.</source>
        <translation>На этой неделе ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="67"/>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="69"/>
        <source>Unassigned</source>
        <translation>Без ответственного</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="157"/>
        <source>Weekly digest</source>
        <translation>Дайджест за неделю</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="93"/>
        <source>{metric} ({period}): {actual} of {target}, {percent}</source>
        <translation>{metric} ({period}): {actual} из {target}, {percent}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="72"/>
        <source>{name} (deleted)</source>
        <translation>{name} (удалён)</translation>
    </message>
</context>
<context>
    <name>DigestDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest.py" line="57"/>
        <source>Weekly digest</source>
        <translation>Дайджест за неделю</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest.py" line="58"/>
        <source>Previous week</source>
        <translation>Предыдущая неделя</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest.py" line="59"/>
        <source>Next week</source>
        <translation>Следующая неделя</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest.py" line="74"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest.py" line="75"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest.py" line="76"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest.py" line="132"/>
        <source>Export the digest</source>
        <translation>Экспорт дайджеста</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest.py" line="134"/>
        <source>PDF document (*.pdf);;Web page (*.html)</source>
        <translation>Документ PDF (*.pdf);;Веб-страница (*.html)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest.py" line="150"/>
        <source>The file could not be written: {error}</source>
        <translation>Не удалось записать файл: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest.py" line="154"/>
        <source>Saved to {path}</source>
        <translation>Сохранено в {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest.py" line="165"/>
        <source>nothing was written</source>
        <translation>ничего не записано</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_drill.py" line="132"/>
        <source>1 record</source>
        <translation>1 запись</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/reports/dashboard_drill.py" line="132"/>
        <source>%Ln records</source>
        <translation>
            <numerusform>%Ln запись</numerusform>
            <numerusform>%Ln записи</numerusform>
            <numerusform>%Ln записей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_drill.py" line="147"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
</context>
<context>
    <name>DuplicateGroups</name>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/groups_model.py" line="29"/>
        <source>Same email</source>
        <translation>Тот же адрес эл. почты</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/groups_model.py" line="30"/>
        <source>Same website</source>
        <translation>Тот же сайт</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/groups_model.py" line="31"/>
        <source>Same phone</source>
        <translation>Тот же телефон</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/groups_model.py" line="32"/>
        <source>Similar name</source>
        <translation>Похожее имя</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/dialog.py" line="24"/>
        <source>Duplicate companies</source>
        <translation>Дубликаты компаний</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/dialog.py" line="26"/>
        <source>Duplicate contacts</source>
        <translation>Дубликаты контактов</translation>
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
        <translation>Насколько должны быть похожи два имени, чтобы считаться вероятными дубликатами.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="86"/>
        <source>Names alike from:</source>
        <translation>Сходство имён от:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="90"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="101"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="107"/>
        <source>Likely duplicates</source>
        <translation>Вероятные дубликаты</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="113"/>
        <source>Records side by side</source>
        <translation>Записи рядом</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="115"/>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="117"/>
        <source>Keep the chosen record with the ticked values; the others are merged into it.</source>
        <translation>Оставить выбранную запись с отмеченными значениями; остальные будут объединены с ней.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="119"/>
        <source>Not duplicates</source>
        <translation>Не дубликаты</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="120"/>
        <source>Never show these records as duplicates again.</source>
        <translation>Больше не показывать эти записи как дубликаты.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="122"/>
        <source>Tick the record to keep and, where values differ, the value to keep.</source>
        <translation>Отметьте запись, которую нужно оставить, а там, где значения различаются, — значение.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="145"/>
        <source>Search to list the records that are likely the same.</source>
        <translation>Запустите поиск, чтобы найти записи, которые, вероятно, совпадают.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="158"/>
        <source>Find duplicate companies</source>
        <translation>Найти дубликаты компаний</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="159"/>
        <source>Find duplicate contacts</source>
        <translation>Найти дубликаты контактов</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="185"/>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="192"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="231"/>
        <source>No likely duplicates found.</source>
        <translation>Вероятных дубликатов не найдено.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="233"/>
        <source>1 group of likely duplicates.</source>
        <translation>1 группа вероятных дубликатов.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="234"/>
        <source>%Ln groups of likely duplicates.</source>
        <translation>
            <numerusform>%Ln группа вероятных дубликатов.</numerusform>
            <numerusform>%Ln группы вероятных дубликатов.</numerusform>
            <numerusform>%Ln групп вероятных дубликатов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="324"/>
        <source>Merged %Ln companies into one.</source>
        <translation>
            <numerusform>Объединена %Ln компания в одну.</numerusform>
            <numerusform>Объединены %Ln компании в одну.</numerusform>
            <numerusform>Объединено %Ln компаний в одну.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="325"/>
        <source>Merged %Ln contacts into one.</source>
        <translation>
            <numerusform>Объединён %Ln контакт в один.</numerusform>
            <numerusform>Объединены %Ln контакта в один.</numerusform>
            <numerusform>Объединено %Ln контактов в один.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="239"/>
        <source>Search cancelled.</source>
        <translation>Поиск отменён.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="318"/>
        <source>Marked as not duplicates.</source>
        <translation>Отмечены как не дубликаты.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="366"/>
        <source>Undone.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="376"/>
        <source>Records changed since the search; search again to refresh the list.</source>
        <translation>После поиска записи изменились; выполните поиск снова, чтобы обновить список.</translation>
    </message>
</context>
<context>
    <name>ErrorsModel</name>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="133"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="133"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="133"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="133"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="140"/>
        <source>(whole row)</source>
        <translation>(вся строка)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="63"/>
        <source>ID</source>
        <extracomment>headers of export columns that are not field labels (``labels.FIELD_LABELS``)</extracomment>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="64"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="65"/>
        <source>Value</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="66"/>
        <source>Pipeline</source>
        <translation>Воронка продаж</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="67"/>
        <source>Probability</source>
        <translation>Вероятность</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="68"/>
        <source>Expected close</source>
        <translation>Ожидаемое закрытие</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="69"/>
        <source>Days in stage</source>
        <translation>Дней на этапе</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="70"/>
        <source>Closed</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="164"/>
        <source>CSV text (UTF-8)</source>
        <extracomment>the file dialog: (parent, caption, suggested path, filter) -&gt; chosen path, &quot;&quot; when cancelled</extracomment>
        <translation>Текст CSV (UTF-8)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="165"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Книга Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="167"/>
        <source>vCard for address books (.vcf)</source>
        <translation>vCard для адресных книг (.vcf)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="170"/>
        <source>Only the selected row</source>
        <translation>Только выбранная строка</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="172"/>
        <source>Only the %Ln selected rows</source>
        <translation>
            <numerusform>Только %Ln выбранная строка</numerusform>
            <numerusform>Только %Ln выбранные строки</numerusform>
            <numerusform>Только %Ln выбранных строк</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="179"/>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="180"/>
        <source>Separator:</source>
        <translation>Разделитель:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="182"/>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="184"/>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="186"/>
        <source>Tick the columns to export; drag to reorder them.</source>
        <translation>Отметьте столбцы для экспорта; перетаскивайте их, чтобы изменить порядок.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="188"/>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="189"/>
        <source>None</source>
        <translation>Ни одного</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="204"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="217"/>
        <source>Export contacts</source>
        <translation>Экспорт контактов</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="219"/>
        <source>Export companies</source>
        <translation>Экспорт компаний</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="220"/>
        <source>Export deals</source>
        <translation>Экспорт сделок</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="224"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="226"/>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="227"/>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="279"/>
        <source>contacts</source>
        <translation>контакты</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="281"/>
        <source>companies</source>
        <translation>компании</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="283"/>
        <source>deals</source>
        <translation>сделки</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="288"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="290"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="291"/>
        <source>vCard files (*.vcf)</source>
        <translation>Файлы vCard (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="300"/>
        <source>Choose at least one column.</source>
        <translation>Выберите хотя бы один столбец.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="341"/>
        <source>Exporting to {file}…</source>
        <translation>Экспорт в {file}…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="348"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="360"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="360"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="380"/>
        <source>Exported 1 contact to {file}.</source>
        <translation>Экспортирован 1 контакт в {file}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="381"/>
        <source>Exported %Ln contacts to {file}.</source>
        <translation>
            <numerusform>Экспортирован %Ln контакт в {file}.</numerusform>
            <numerusform>Экспортировано %Ln контакта в {file}.</numerusform>
            <numerusform>Экспортировано %Ln контактов в {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="384"/>
        <source>Exported 1 company to {file}.</source>
        <translation>Экспортирована 1 компания в {file}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="385"/>
        <source>Exported %Ln companies to {file}.</source>
        <translation>
            <numerusform>Экспортирована %Ln компания в {file}.</numerusform>
            <numerusform>Экспортировано %Ln компании в {file}.</numerusform>
            <numerusform>Экспортировано %Ln компаний в {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="387"/>
        <source>Exported 1 deal to {file}.</source>
        <translation>Экспортирована 1 сделка в {file}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="388"/>
        <source>Exported %Ln deals to {file}.</source>
        <translation>
            <numerusform>Экспортирована %Ln сделка в {file}.</numerusform>
            <numerusform>Экспортировано %Ln сделки в {file}.</numerusform>
            <numerusform>Экспортировано %Ln сделок в {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="392"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Экспорт отменён; файл не создан.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../desktop_crm/ui/shell/file_actions.py" line="71"/>
        <source>Export tasks</source>
        <translation>Экспорт задач</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/file_actions.py" line="71"/>
        <source>Calendar files (*.ics)</source>
        <translation>Файлы календаря (*.ics)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/shell/file_actions.py" line="93"/>
        <source>Exported %n task(s) to {path}</source>
        <translation>
            <numerusform>Экспортирована %n задача в {path}</numerusform>
            <numerusform>Экспортировано %n задачи в {path}</numerusform>
            <numerusform>Экспортировано %n задач в {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="50"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="53"/>
        <source>No file chosen yet.</source>
        <translation>Файл ещё не выбран.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="56"/>
        <source>Choose a file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="63"/>
        <source>Records to import</source>
        <translation>Записи для импорта</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="92"/>
        <source>Text encoding</source>
        <translation>Кодировка текста</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="97"/>
        <source>Separator</source>
        <translation>Разделитель</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="102"/>
        <source>The text encoding could not be recognised for sure. Look at the rows below: if letters show as «Ã©», «Ð¸» or «?», choose the encoding the file was saved in.</source>
        <translation>Не удалось точно определить кодировку текста. Посмотрите на строки ниже: если буквы выглядят как «Ã©», «Ð¸» или «?», выберите кодировку, в которой сохранён файл.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="112"/>
        <source>Text encoding:</source>
        <translation>Кодировка текста:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="114"/>
        <source>Values separated by:</source>
        <translation>Разделитель значений:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="68"/>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="69"/>
        <source>Import as:</source>
        <translation>Импортировать как:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="70"/>
        <source>Detected:</source>
        <translation>Распознано:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="76"/>
        <source>The first rows of the file</source>
        <translation>Первые строки файла</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="80"/>
        <source>The first rows, as read:</source>
        <translation>Первые строки в прочитанном виде:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="156"/>
        <source>Choose a file to import</source>
        <translation>Выберите файл для импорта</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="159"/>
        <source>Spreadsheets and contacts (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods *.vcf);;All files (*)</source>
        <translation>Таблицы и контакты (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods *.vcf);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="180"/>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="212"/>
        <source>Cannot be read</source>
        <translation>Не читается</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="219"/>
        <source>1 sheet</source>
        <translation>1 лист</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="221"/>
        <source>%Ln sheets</source>
        <translation>
            <numerusform>%Ln лист</numerusform>
            <numerusform>%Ln листа</numerusform>
            <numerusform>%Ln листов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/filters.py" line="77"/>
        <source>All pipelines</source>
        <translation>Все воронки</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/filters.py" line="79"/>
        <source>Whole team</source>
        <translation>Вся команда</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/filters.py" line="91"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/filters.py" line="93"/>
        <source>to</source>
        <translation>до</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/formatting.py" line="168"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/formatting.py" line="170"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/formatting.py" line="204"/>
        <source>(unknown)</source>
        <translation>(неизвестно)</translation>
    </message>
</context>
<context>
    <name>GoalEditDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_editor.py" line="64"/>
        <source>New goal</source>
        <translation>Новая цель</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_editor.py" line="64"/>
        <source>Edit goal</source>
        <translation>Изменить цель</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_editor.py" line="75"/>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_editor.py" line="86"/>
        <source>Metric</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_editor.py" line="87"/>
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_editor.py" line="88"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_editor.py" line="89"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_editor.py" line="90"/>
        <source>For</source>
        <translation>Для</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_editor.py" line="147"/>
        <source>Enter a date.</source>
        <translation>Введите дату.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_editor.py" line="150"/>
        <location filename="../../desktop_crm/ui/reports/goals_editor.py" line="175"/>
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_editor.py" line="160"/>
        <source>Enter a number.</source>
        <translation>Введите число.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_editor.py" line="163"/>
        <location filename="../../desktop_crm/ui/reports/goals_editor.py" line="171"/>
        <source>The target must be more than 0.</source>
        <translation>Цель должна быть больше 0.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_editor.py" line="165"/>
        <location filename="../../desktop_crm/ui/reports/goals_editor.py" line="173"/>
        <source>This target is a whole number.</source>
        <translation>Эта цель должна быть целым числом.</translation>
    </message>
</context>
<context>
    <name>Goals</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_model.py" line="41"/>
        <source>New leads</source>
        <translation>Новые лиды</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_model.py" line="42"/>
        <source>Deals won (count)</source>
        <translation>Выигранные сделки (количество)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_model.py" line="43"/>
        <source>Deals won (value)</source>
        <translation>Выигранные сделки (сумма)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_model.py" line="44"/>
        <source>Activities</source>
        <translation>Активность</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_model.py" line="47"/>
        <source>On track</source>
        <translation>По плану</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_model.py" line="48"/>
        <source>Behind</source>
        <translation>Отставание</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_model.py" line="49"/>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_model.py" line="53"/>
        <source>Metric</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_model.py" line="54"/>
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_model.py" line="55"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_model.py" line="56"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_model.py" line="57"/>
        <source>Progress</source>
        <translation>Прогресс</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_model.py" line="58"/>
        <source>Pace</source>
        <translation>Темп</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_model.py" line="151"/>
        <source>No exchange rate for {currencies}: those deals are left out.</source>
        <translation>Нет курса для {currencies}: эти сделки не учтены.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_model.py" line="81"/>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_model.py" line="84"/>
        <source>{name} (deleted)</source>
        <translation>{name} (удалён)</translation>
    </message>
</context>
<context>
    <name>GoalsDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals.py" line="71"/>
        <source>Goals</source>
        <translation>Цели</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals.py" line="85"/>
        <source>Show past goals</source>
        <translation>Показать прошедшие цели</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals.py" line="91"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals.py" line="92"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals.py" line="93"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals.py" line="94"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>GroupsModel</name>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/groups_model.py" line="110"/>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/groups_model.py" line="112"/>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/groups_model.py" line="114"/>
        <source>Similarity</source>
        <translation>Сходство</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/groups_model.py" line="116"/>
        <source>Details</source>
        <translation>Сведения</translation>
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
        <translation>Лист и строка заголовков</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_header.py" line="34"/>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_header.py" line="35"/>
        <source>Sheet:</source>
        <translation>Лист:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_header.py" line="37"/>
        <source>Header row</source>
        <translation>Строка заголовков</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_header.py" line="41"/>
        <source>The highlighted row holds the column names. Click another row (or change the number) if it is not the right one; the rows above it are skipped.</source>
        <translation>В выделенной строке — названия столбцов. Если строка не та, щёлкните другую (или измените номер); строки выше неё пропускаются.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_header.py" line="51"/>
        <source>Header row:</source>
        <translation>Строка заголовков:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_header.py" line="54"/>
        <source>The first rows of the file</source>
        <translation>Первые строки файла</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_header.py" line="114"/>
        <source>There are no rows with data below this header row.</source>
        <translation>Под этой строкой заголовков нет строк с данными.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_header.py" line="120"/>
        <source>Columns: </source>
        <translation>Столбцы: </translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="158"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="159"/>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="160"/>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="184"/>
        <source>Imported</source>
        <translation>Импортировано</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="161"/>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="162"/>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="163"/>
        <source>Errors</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="164"/>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="165"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="183"/>
        <source>Undone on {date}</source>
        <translation>Отменено {date}</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/importer/history.py" line="67"/>
        <source>Import history</source>
        <extracomment>asks a yes/no question: (parent, title, text) -&gt; yes</extracomment>
        <translation>История импорта</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/history.py" line="70"/>
        <source>Imports</source>
        <translation>Операции импорта</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/history.py" line="84"/>
        <source>Undo import…</source>
        <translation>Отменить импорт…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/history.py" line="86"/>
        <source>Remove the records this import created and restore the fields it changed.</source>
        <translation>Удалить записи, созданные этим импортом, и вернуть изменённые им поля.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/history.py" line="149"/>
        <source>Undo the import of {file}?

The {new} records it created are removed (they stay restorable among the deleted records) and the {updated} records it updated get their old values back. Fields changed since the import keep their newer values.</source>
        <translation>Отменить импорт {file}?

Созданные им записи ({new}) будут удалены (их можно будет восстановить из удалённых), а обновлённые записи ({updated}) получат прежние значения. Поля, изменённые после импорта, сохранят новые значения.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/history.py" line="155"/>
        <source>Undo import</source>
        <translation>Отмена импорта</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/history.py" line="171"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/history.py" line="174"/>
        <source>Undoing the import…</source>
        <translation>Отмена импорта…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/history.py" line="180"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/history.py" line="193"/>
        <source>The import was undone: {removed} records removed, {restored} fields restored.</source>
        <translation>Импорт отменён: удалено записей — {removed}, восстановлено полей — {restored}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/history.py" line="197"/>
        <source>1 field changed since the import kept its newer value.</source>
        <translation>1 поле, изменённое после импорта, сохранило новое значение.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/importer/history.py" line="200"/>
        <source>%Ln fields changed since the import kept their newer values.</source>
        <translation>
            <numerusform>%Ln поле, изменённое после импорта, сохранило новое значение.</numerusform>
            <numerusform>%Ln поля, изменённые после импорта, сохранили новые значения.</numerusform>
            <numerusform>%Ln полей, изменённых после импорта, сохранили новые значения.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/history.py" line="210"/>
        <source>Undo cancelled: nothing was changed.</source>
        <translation>Отмена прервана: ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/history.py" line="217"/>
        <source>This import was undone already.</source>
        <translation>Этот импорт уже отменён.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/history.py" line="226"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="35"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="49"/>
        <source>Import history…</source>
        <translation>История импорта…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="50"/>
        <source>Every import, with a button to undo a whole one.</source>
        <translation>Все операции импорта и кнопка для отмены любой из них целиком.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="87"/>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="95"/>
        <source>A backup of your data is taken first. Nothing is saved until every row is in.</source>
        <translation>Сначала создаётся резервная копия данных. Ничего не сохраняется, пока не будут обработаны все строки.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="109"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="128"/>
        <source>Nothing was imported</source>
        <translation>Ничего не импортировано</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="130"/>
        <source>No row could be imported: every row has an error or matches a record with nothing to change.</source>
        <translation>Не удалось импортировать ни одной строки: в каждой есть ошибка или она совпадает с записью, в которой нечего менять.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="142"/>
        <source>Import finished</source>
        <translation>Импорт завершён</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="154"/>
        <source>Import cancelled</source>
        <translation>Импорт отменён</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="156"/>
        <source>The import was cancelled: nothing was imported, your records are as they were.</source>
        <translation>Импорт отменён: ничего не импортировано, ваши записи не изменились.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="167"/>
        <source>The import failed</source>
        <translation>Импорт не удался</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="168"/>
        <source>Nothing was imported. {reason}</source>
        <translation>Ничего не импортировано. {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="183"/>
        <source>New records: {new} · updated: {updated} · unchanged: {unchanged} · skipped: {skipped}</source>
        <translation>Новых записей: {new} · обновлено: {updated} · без изменений: {unchanged} · пропущено: {skipped}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="193"/>
        <source>1 company created.</source>
        <translation>Создана 1 компания.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="195"/>
        <source>%Ln companies created.</source>
        <translation>
            <numerusform>Создана %Ln компания.</numerusform>
            <numerusform>Создано %Ln компании.</numerusform>
            <numerusform>Создано %Ln компаний.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="198"/>
        <source>1 contact created.</source>
        <translation>Создан 1 контакт.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="200"/>
        <source>%Ln contacts created.</source>
        <translation>
            <numerusform>Создан %Ln контакт.</numerusform>
            <numerusform>Создано %Ln контакта.</numerusform>
            <numerusform>Создано %Ln контактов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="203"/>
        <source>1 row with errors was not imported.</source>
        <translation>1 строка с ошибками не импортирована.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="205"/>
        <source>%Ln rows with errors were not imported.</source>
        <translation>
            <numerusform>%Ln строка с ошибками не импортирована.</numerusform>
            <numerusform>%Ln строки с ошибками не импортированы.</numerusform>
            <numerusform>%Ln строк с ошибками не импортировано.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="207"/>
        <source>A backup of your data was taken before the import.</source>
        <translation>Перед импортом создана резервная копия данных.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="210"/>
        <source>To take the whole import back, use Edit ▸ Undo or “Undo import” in the import history.</source>
        <translation>Чтобы отменить весь импорт, выберите Правка ▸ Отменить или «Отменить импорт» в истории импорта.</translation>
    </message>
</context>
<context>
    <name>ImportResults</name>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="32"/>
        <source>New</source>
        <translation>Новая запись</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="33"/>
        <source>Update</source>
        <translation>Обновление</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="34"/>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="35"/>
        <source>Skip (exists)</source>
        <translation>Пропуск (уже есть)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="36"/>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="28"/>
        <source>The file cannot be found or opened.</source>
        <extracomment>why a file cannot be read, by ``ImportFileError.code``</extracomment>
        <translation>Файл не найден или не открывается.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="29"/>
        <source>The file is empty: there is nothing to import.</source>
        <translation>Файл пуст: импортировать нечего.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="30"/>
        <source>The file holds only a header row and no records to import.</source>
        <translation>В файле только строка заголовков, записей для импорта нет.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="33"/>
        <source>This is not a text file (it may be a program, an image or a renamed spreadsheet). Choose a CSV, Excel, OpenDocument or vCard file.</source>
        <translation>Это не текстовый файл (возможно, программа, изображение или переименованная таблица). Выберите файл CSV, Excel, OpenDocument или vCard.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="37"/>
        <source>This kind of file cannot be imported. Choose a CSV, TSV, Excel (.xlsx, .xls), OpenDocument (.ods) or vCard (.vcf) file.</source>
        <translation>Файлы этого типа импортировать нельзя. Выберите файл CSV, TSV, Excel (.xlsx, .xls), OpenDocument (.ods) или vCard (.vcf).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="41"/>
        <source>The file is damaged or incomplete (it may have been cut short while copying). Save it again from its program and retry.</source>
        <translation>Файл повреждён или неполон (возможно, копирование прервалось). Сохраните его заново в исходной программе и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="45"/>
        <source>The file is damaged and cannot be read. Save it again and retry.</source>
        <translation>Файл повреждён и не читается. Сохраните его заново и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="48"/>
        <source>The workbook is protected by a password. Save it without a password, then import it.</source>
        <translation>Книга защищена паролем. Сохраните её без пароля, затем импортируйте.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="52"/>
        <source>The workbook is too big to import. Save the sheet as CSV (read as a stream, at any size) and import that.</source>
        <translation>Книга слишком велика для импорта. Сохраните лист в формате CSV (он читается потоком, любого размера) и импортируйте его.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="56"/>
        <source>The workbook was refused: it expands far beyond what a real spreadsheet does, a sign of a malicious file.</source>
        <translation>Книга отклонена: при распаковке она становится намного больше настоящей таблицы — признак вредоносного файла.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="60"/>
        <source>The workbook was refused: it contains XML declarations that spreadsheets never need and attacks use.</source>
        <translation>Книга отклонена: в ней есть объявления XML, которые таблицам не нужны, но используются при атаках.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="64"/>
        <source>The text cannot be read with the chosen encoding. Choose the file&apos;s encoding above.</source>
        <translation>Текст не читается в выбранной кодировке. Выберите кодировку файла выше.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="68"/>
        <source>A quoted value is never closed, so the rows after it would be lost. Fix the stray quote character (&quot;) and retry.</source>
        <translation>Значение в кавычках не закрыто, поэтому следующие строки были бы потеряны. Исправьте лишнюю кавычку (&quot;) и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="72"/>
        <source>The workbook has no such sheet.</source>
        <translation>В книге нет такого листа.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="73"/>
        <source>Reading the file failed.</source>
        <translation>Не удалось прочитать файл.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="78"/>
        <source>“{value}” is not a date.</source>
        <extracomment>why a row (or a cell) will not be imported, by ``RowError.code``</extracomment>
        <translation>«{value}» — не дата.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="79"/>
        <source>There is no such date as “{value}”.</source>
        <translation>Даты «{value}» не существует.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="82"/>
        <source>The date “{value}” reads both day-first and month-first.</source>
        <translation>Дату «{value}» можно прочитать и как день/месяц, и как месяц/день.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="85"/>
        <source>“{value}” is not a number.</source>
        <translation>«{value}» — не число.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="86"/>
        <source>“{value}” is not a phone number.</source>
        <translation>«{value}» — не номер телефона.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="87"/>
        <source>“{value}” is not an email address.</source>
        <translation>«{value}» — не адрес электронной почты.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="90"/>
        <source>“{value}” is neither yes nor no.</source>
        <translation>«{value}» — не «да» и не «нет».</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="91"/>
        <source>The cell holds the spreadsheet error {value}.</source>
        <translation>В ячейке ошибка таблицы {value}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="92"/>
        <source>The row has {count} cells, more than the {columns} columns of the header.</source>
        <translation>Ячеек в строке: {count}, а столбцов в заголовке: {columns}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="95"/>
        <source>There is no user named “{value}”: the record is imported without that owner.</source>
        <translation>Нет пользователя с именем «{value}»: запись импортируется без ответственного.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="99"/>
        <source>The pipeline has no stage named “{value}”: the deal goes to its first stage.</source>
        <translation>В воронке нет этапа «{value}»: сделка попадает на первый этап.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="103"/>
        <source>There is no pipeline named “{value}”.</source>
        <translation>Воронки «{value}» нет.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="106"/>
        <source>“{value}” is not one of the choices.</source>
        <translation>«{value}» нет среди вариантов.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="107"/>
        <source>The stage needs more fields: {missing}.</source>
        <translation>Для этапа нужны ещё поля: {missing}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="108"/>
        <source>This field is required.</source>
        <translation>Обязательное поле.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="109"/>
        <source>A contact needs a first name, a last name or an email.</source>
        <translation>У контакта должно быть имя, фамилия или адрес эл. почты.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="116"/>
        <source>No column is imported. Choose a field for at least one column.</source>
        <extracomment>why a plan cannot run, by ``ValidationError.code`` from the engine&apos;s checks</extracomment>
        <translation>Ни один столбец не импортируется. Выберите поле хотя бы для одного столбца.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="119"/>
        <source>Column {column}: its field is chosen for another column too.</source>
        <translation>Столбец {column}: это поле уже выбрано для другого столбца.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="122"/>
        <source>Column {column}: this field cannot be imported.</source>
        <translation>Столбец {column}: это поле нельзя импортировать.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="125"/>
        <source>Matching needs a column with that value: map one, or do not match.</source>
        <translation>Для сопоставления нужен столбец с этим значением: назначьте его или отключите сопоставление.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="128"/>
        <source>These records cannot be matched that way; choose another match rule.</source>
        <translation>Эти записи нельзя сопоставить таким способом; выберите другое правило.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="135"/>
        <source>Full name (split)</source>
        <extracomment>targets that are not plain field labels (pseudo-targets and deal fields)</extracomment>
        <translation>Полное имя (разделить)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="136"/>
        <source>Full name, surname first (split)</source>
        <translation>Полное имя, сначала фамилия (разделить)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="137"/>
        <source>Company (create or link)</source>
        <translation>Компания (создать или связать)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="138"/>
        <source>Contact (create or link)</source>
        <translation>Контакт (создать или связать)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="139"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="140"/>
        <source>Pipeline</source>
        <translation>Воронка продаж</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="141"/>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="142"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="143"/>
        <source>Value</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="144"/>
        <source>Probability</source>
        <translation>Вероятность</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="145"/>
        <source>Expected close</source>
        <translation>Ожидаемое закрытие</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="150"/>
        <source>Contacts</source>
        <extracomment>record types, plural, for titles and the type picker</extracomment>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="151"/>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="152"/>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="153"/>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="158"/>
        <source>Text file with separated values (CSV)</source>
        <extracomment>what kind of file was found</extracomment>
        <translation>Текстовый файл с разделителями (CSV)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="159"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Книга Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="160"/>
        <source>Excel 97–2003 workbook (.xls)</source>
        <translation>Книга Excel 97–2003 (.xls)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="161"/>
        <source>OpenDocument spreadsheet (.ods)</source>
        <translation>Электронная таблица OpenDocument (.ods)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="162"/>
        <source>vCard address book (.vcf)</source>
        <translation>Адресная книга vCard (.vcf)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="166"/>
        <source>Comma ( , )</source>
        <translation>Запятая ( , )</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="167"/>
        <source>Semicolon ( ; )</source>
        <translation>Точка с запятой ( ; )</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="168"/>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="169"/>
        <source>Vertical bar ( | )</source>
        <translation>Вертикальная черта ( | )</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="174"/>
        <source>Unicode</source>
        <extracomment>what each encoding is used for, shown next to its name in the picker</extracomment>
        <translation>Юникод</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="175"/>
        <source>Unicode, with a byte order mark</source>
        <translation>Юникод с меткой BOM</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="176"/>
        <source>Unicode (Excel “Unicode text”)</source>
        <translation>Юникод (Excel «Текст в Юникоде»)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="177"/>
        <source>Western European (Windows)</source>
        <translation>Западноевропейская (Windows)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="178"/>
        <source>Western European</source>
        <translation>Западноевропейская</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="179"/>
        <source>Western European, with €</source>
        <translation>Западноевропейская, с €</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="180"/>
        <source>Central European (Windows)</source>
        <translation>Центральноевропейская (Windows)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="181"/>
        <source>Cyrillic (Windows)</source>
        <translation>Кириллица (Windows)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="182"/>
        <source>Cyrillic (KOI8-R)</source>
        <translation>Кириллица (KOI8-R)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="183"/>
        <source>Cyrillic (DOS)</source>
        <translation>Кириллица (DOS)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="184"/>
        <source>Arabic and Persian (Windows)</source>
        <translation>Арабская и персидская (Windows)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="185"/>
        <source>Thai (Windows)</source>
        <translation>Тайская (Windows)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="186"/>
        <source>Thai (TIS-620)</source>
        <translation>Тайская (TIS-620)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="187"/>
        <source>Greek (Windows)</source>
        <translation>Греческая (Windows)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="188"/>
        <source>Turkish (Windows)</source>
        <translation>Турецкая (Windows)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="189"/>
        <source>Hebrew (Windows)</source>
        <translation>Иврит (Windows)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="190"/>
        <source>Chinese, simplified</source>
        <translation>Китайская упрощённая</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="191"/>
        <source>Chinese, traditional</source>
        <translation>Китайская традиционная</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="192"/>
        <source>Japanese</source>
        <translation>Японская</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="193"/>
        <source>Korean</source>
        <translation>Корейская</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="198"/>
        <source>Italy</source>
        <extracomment>common countries for phone numbers written without a country code (ISO 3166 code → name)</extracomment>
        <translation>Италия</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="199"/>
        <source>Iran</source>
        <translation>Иран</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="200"/>
        <source>Russia</source>
        <translation>Россия</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="201"/>
        <source>Thailand</source>
        <translation>Таиланд</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="202"/>
        <source>United States</source>
        <translation>США</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="203"/>
        <source>United Kingdom</source>
        <translation>Великобритания</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="204"/>
        <source>Germany</source>
        <translation>Германия</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="205"/>
        <source>France</source>
        <translation>Франция</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="206"/>
        <source>Spain</source>
        <translation>Испания</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="207"/>
        <source>Switzerland</source>
        <translation>Швейцария</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="208"/>
        <source>Austria</source>
        <translation>Австрия</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="209"/>
        <source>Netherlands</source>
        <translation>Нидерланды</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="210"/>
        <source>Belgium</source>
        <translation>Бельгия</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="211"/>
        <source>Poland</source>
        <translation>Польша</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="212"/>
        <source>Ukraine</source>
        <translation>Украина</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="213"/>
        <source>Belarus</source>
        <translation>Беларусь</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="214"/>
        <source>Kazakhstan</source>
        <translation>Казахстан</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="215"/>
        <source>Turkey</source>
        <translation>Турция</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="216"/>
        <source>United Arab Emirates</source>
        <translation>ОАЭ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="217"/>
        <source>Afghanistan</source>
        <translation>Афганистан</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="218"/>
        <source>India</source>
        <translation>Индия</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="219"/>
        <source>China</source>
        <translation>Китай</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="220"/>
        <source>Japan</source>
        <translation>Япония</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="221"/>
        <source>Canada</source>
        <translation>Канада</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="222"/>
        <source>Australia</source>
        <translation>Австралия</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="223"/>
        <source>Brazil</source>
        <translation>Бразилия</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="224"/>
        <source>Malaysia</source>
        <translation>Малайзия</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="225"/>
        <source>Laos</source>
        <translation>Лаос</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="261"/>
        <source>Ignore (do not import)</source>
        <translation>Пропустить (не импортировать)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="280"/>
        <source>Row {row}: {problem}</source>
        <translation>Строка {row}: {problem}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desktop_crm/ui/importer/wizard.py" line="129"/>
        <source>Steps</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/wizard.py" line="139"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/wizard.py" line="140"/>
        <location filename="../../desktop_crm/ui/importer/wizard.py" line="214"/>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/wizard.py" line="142"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/wizard.py" line="176"/>
        <source>Step {number} of {count}: {title}</source>
        <translation>Шаг {number} из {count}: {title}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/wizard.py" line="196"/>
        <source>Import {records}</source>
        <translation>Импорт: {records}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/wizard.py" line="210"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/wizard.py" line="212"/>
        <source>Finish</source>
        <translation>Готово</translation>
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="270"/>
        <source>1 deal</source>
        <translation>1 сделка</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="272"/>
        <source>%Ln deals</source>
        <translation>
            <numerusform>%Ln сделка</numerusform>
            <numerusform>%Ln сделки</numerusform>
            <numerusform>%Ln сделок</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="277"/>
        <source>Goal: {goal}</source>
        <translation>Цель: {goal}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="280"/>
        <source>Goal: {goal} ({percent})</source>
        <translation>Цель: {goal} ({percent})</translation>
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
        <location filename="../../desktop_crm/ui/labels.py" line="104"/>
        <location filename="../../desktop_crm/ui/labels.py" line="118"/>
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
        <location filename="../../desktop_crm/ui/labels.py" line="119"/>
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
        <location filename="../../desktop_crm/ui/labels.py" line="156"/>
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
        <location filename="../../desktop_crm/ui/labels.py" line="62"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="63"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="64"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="65"/>
        <source>Ends</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="66"/>
        <source>All day</source>
        <translation>Весь день</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="67"/>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="68"/>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="69"/>
        <source>Assigned to</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="70"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="71"/>
        <source>Done</source>
        <translation>Выполнена</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="72"/>
        <source>Repeat</source>
        <translation>Повтор</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="73"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="74"/>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="75"/>
        <source>Snooze</source>
        <translation>Отложить</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="81"/>
        <source>Follow-up</source>
        <translation>Повторный контакт</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="82"/>
        <source>Send document</source>
        <translation>Отправить документ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="87"/>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="88"/>
        <source>Normal</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="89"/>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="93"/>
        <source>contact</source>
        <translation>контакт</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="94"/>
        <source>company</source>
        <translation>компания</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="95"/>
        <source>deal</source>
        <translation>сделка</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="96"/>
        <source>activity</source>
        <translation>активность</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="97"/>
        <source>task</source>
        <translation>задача</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="98"/>
        <source>user</source>
        <translation>пользователь</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="99"/>
        <source>custom field</source>
        <translation>дополнительное поле</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="79"/>
        <location filename="../../desktop_crm/ui/labels.py" line="103"/>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="80"/>
        <location filename="../../desktop_crm/ui/labels.py" line="105"/>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="106"/>
        <source>Demo</source>
        <translation>Демонстрация</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="107"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="108"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="113"/>
        <source>Potential</source>
        <translation>Потенциальный</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="114"/>
        <source>Active</source>
        <translation>Активный</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="115"/>
        <source>Permanent</source>
        <translation>Постоянный</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="116"/>
        <location filename="../../desktop_crm/ui/labels.py" line="148"/>
        <source>Lost</source>
        <translation>Потерян</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="120"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="121"/>
        <source>Messenger</source>
        <translation>Мессенджер</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="122"/>
        <source>In person</source>
        <translation>Лично</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="124"/>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="125"/>
        <source>Manager</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="126"/>
        <source>Salesperson</source>
        <translation>Менеджер по продажам</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="128"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="129"/>
        <source>Long text</source>
        <translation>Многострочный текст</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="130"/>
        <source>Number</source>
        <translation>Число</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="131"/>
        <source>Money</source>
        <translation>Денежная сумма</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="132"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="133"/>
        <source>Choice</source>
        <translation>Список</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="134"/>
        <source>Multiple choice</source>
        <translation>Множественный выбор</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="135"/>
        <source>Checkbox</source>
        <translation>Флажок</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="136"/>
        <source>Web address</source>
        <translation>Веб-адрес</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="141"/>
        <source>Subscriber</source>
        <translation>Подписчик</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="142"/>
        <source>Lead</source>
        <translation>Лид</translation>
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
        <translation>Возможная сделка</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="146"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="147"/>
        <source>Evangelist</source>
        <translation>Амбассадор</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="149"/>
        <source>Trade show</source>
        <translation>Выставка</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="150"/>
        <source>Referral</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="151"/>
        <source>Web form</source>
        <translation>Веб-форма</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="152"/>
        <source>Webinar</source>
        <translation>Вебинар</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="153"/>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="154"/>
        <source>Cold call</source>
        <translation>Холодный звонок</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="155"/>
        <source>Social media</source>
        <translation>Соцсети</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="158"/>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="159"/>
        <source>Lead in</source>
        <translation>Новый лид</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="160"/>
        <source>Qualified</source>
        <translation>Квалифицирован</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="161"/>
        <source>Contacted</source>
        <translation>Связались</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="162"/>
        <source>Proposal</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="163"/>
        <source>Negotiation</source>
        <translation>Переговоры</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="164"/>
        <source>Won</source>
        <translation>Выиграна</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="165"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="166"/>
        <source>Competitor</source>
        <translation>Конкурент</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="167"/>
        <source>No budget</source>
        <translation>Нет бюджета</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="168"/>
        <source>No decision</source>
        <translation>Нет решения</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="169"/>
        <source>Timing</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="83"/>
        <location filename="../../desktop_crm/ui/labels.py" line="170"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>LogActivityDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="90"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="92"/>
        <source>e.g. interested, call back next week</source>
        <translation>напр., заинтересован, перезвонить на следующей неделе</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="95"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="96"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="98"/>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="102"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="105"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
</context>
<context>
    <name>LogTaskDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/tasks/complete.py" line="79"/>
        <source>Log on the timeline</source>
        <translation>Запись в хронологию</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/complete.py" line="82"/>
        <source>Log this call on {name}&apos;s timeline?</source>
        <translation>Записать этот звонок в хронологию «{name}»?</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/complete.py" line="84"/>
        <source>Log this meeting on {name}&apos;s timeline?</source>
        <translation>Записать эту встречу в хронологию «{name}»?</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/complete.py" line="97"/>
        <source>e.g. interested, call back next week</source>
        <translation>напр., заинтересован, перезвонить на следующей неделе</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/complete.py" line="101"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/complete.py" line="108"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/complete.py" line="110"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/complete.py" line="119"/>
        <source>Log</source>
        <translation>Записать</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/complete.py" line="122"/>
        <source>Not now</source>
        <translation>Не сейчас</translation>
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
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="33"/>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="34"/>
        <source>Pipeline</source>
        <translation>Воронка продаж</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="35"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="36"/>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="37"/>
        <source>My tasks</source>
        <translation>Мои задачи</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="38"/>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="39"/>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="40"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="65"/>
        <source>desktop_crm</source>
        <translation>desktop_crm</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="69"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="99"/>
        <source>Database: {path}</source>
        <translation>База данных: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="107"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="108"/>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="110"/>
        <source>Import history…</source>
        <translation>История импорта…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="112"/>
        <source>Back up now</source>
        <translation>Создать резервную копию</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="114"/>
        <source>Export tasks to a calendar file (.ics)…</source>
        <translation>Экспорт задач в файл календаря (.ics)…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="117"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="121"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="122"/>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="354"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="124"/>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="359"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="129"/>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="131"/>
        <source>Recently &amp;deleted…</source>
        <translation>Недавно &amp;удалённые…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="133"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="139"/>
        <source>Sales &amp;goals…</source>
        <translation>&amp;Цели продаж…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="140"/>
        <source>Weekly &amp;digest…</source>
        <translation>&amp;Дайджест за неделю…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="142"/>
        <source>Close record</source>
        <translation>Закрыть карточку</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="338"/>
        <source>Backup saved: {path}</source>
        <translation>Резервная копия сохранена: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="352"/>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Отменить «{what}»</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="357"/>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Повторить «{what}»</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="365"/>
        <source>Warning: the database is in a cloud-synced folder; SQLite&apos;s locking is not reliable there. Keep it in a local folder.</source>
        <translation>Внимание: база данных находится в папке, синхронизируемой с облаком; блокировки SQLite там ненадёжны. Храните её в локальной папке.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="368"/>
        <source>Warning: the database is on a network drive; SQLite&apos;s locking is not reliable there. Keep it on this computer.</source>
        <translation>Внимание: база данных находится на сетевом диске; блокировки SQLite там ненадёжны. Храните её на этом компьютере.</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <location filename="../../desktop_crm/ui/importer/models.py" line="173"/>
        <source>New field: {label} ({type})</source>
        <translation>Новое поле: {label} ({type})</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/models.py" line="211"/>
        <source>Column in the file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/models.py" line="211"/>
        <source>Sample values</source>
        <translation>Примеры значений</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/models.py" line="211"/>
        <source>Import as</source>
        <translation>Импортировать как</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_mapping.py" line="31"/>
        <location filename="../../desktop_crm/ui/importer/page_mapping.py" line="32"/>
        <source>a Google Contacts export</source>
        <translation>экспорт из Google Контактов</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_mapping.py" line="33"/>
        <source>an Outlook export</source>
        <translation>экспорт из Outlook</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_mapping.py" line="47"/>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_mapping.py" line="54"/>
        <source>Columns of the file</source>
        <translation>Столбцы файла</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_mapping.py" line="73"/>
        <source>New custom field…</source>
        <translation>Новое дополнительное поле…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_mapping.py" line="75"/>
        <source>Keep this column in a new field of its own, created with the import.</source>
        <translation>Сохранить этот столбец в отдельном новом поле, которое будет создано при импорте.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_mapping.py" line="77"/>
        <source>Guess again</source>
        <translation>Определить заново</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_mapping.py" line="79"/>
        <source>Forget the changes and guess every column from its name and values.</source>
        <translation>Сбросить изменения и заново определить каждый столбец по названию и значениям.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_mapping.py" line="116"/>
        <source>Choose what each column of the file becomes. Columns set to “Ignore” are not imported.</source>
        <translation>Выберите, чем станет каждый столбец файла. Столбцы со значением «Пропустить» не импортируются.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_mapping.py" line="121"/>
        <source>The choices of your last import of a file with these columns were applied.</source>
        <translation>Применены настройки последнего импорта файла с такими же столбцами.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_mapping.py" line="127"/>
        <source>The file looks like {layout}: its columns were mapped for you.</source>
        <translation>Похоже, это {layout}: столбцы сопоставлены автоматически.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_mapping.py" line="160"/>
        <source>“{field}” now comes from the column {column}; {other} is ignored.</source>
        <translation>«{field}» теперь берётся из столбца {column}; {other} пропускается.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/importer/page_mapping.py" line="173"/>
        <source>%Ln of the file&apos;s columns will be imported.</source>
        <translation>
            <numerusform>Будет импортирован %Ln столбец файла.</numerusform>
            <numerusform>Будут импортированы %Ln столбца файла.</numerusform>
            <numerusform>Будет импортировано %Ln столбцов файла.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_mapping.py" line="176"/>
        <source>Choose a field for at least one column.</source>
        <translation>Выберите поле хотя бы для одного столбца.</translation>
    </message>
</context>
<context>
    <name>MatchingPage</name>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="48"/>
        <source>Matching and formats</source>
        <translation>Сопоставление и форматы</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="62"/>
        <source>Find existing records by</source>
        <translation>Искать существующие записи по</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="64"/>
        <source>When a row matches a record</source>
        <translation>Если строка совпадает с записью</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="65"/>
        <source>Skip the row: keep the record as it is</source>
        <translation>Пропустить строку: оставить запись как есть</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="66"/>
        <source>Fill in the record&apos;s empty fields only</source>
        <translation>Заполнить только пустые поля записи</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="68"/>
        <source>Overwrite the record&apos;s fields with the file&apos;s values</source>
        <translation>Перезаписать поля записи значениями из файла</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="72"/>
        <source>Emails, phone numbers and names are compared ignoring case, spaces and how numbers are written.</source>
        <translation>Адреса почты, номера телефонов и имена сравниваются без учёта регистра, пробелов и формата записи номеров.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="77"/>
        <source>Records that exist already</source>
        <translation>Уже существующие записи</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="79"/>
        <source>Find them by:</source>
        <translation>Искать по:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="80"/>
        <source>When a row matches:</source>
        <translation>Если строка совпадает:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="85"/>
        <source>Country of phone numbers</source>
        <translation>Страна телефонных номеров</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="87"/>
        <source>Decimal separator</source>
        <translation>Десятичный разделитель</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="88"/>
        <source>Recognise it in each column</source>
        <translation>Определять в каждом столбце</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="89"/>
        <source>Point: 1,234.56</source>
        <translation>Точка: 1,234.56</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="90"/>
        <source>Comma: 1.234,56</source>
        <translation>Запятая: 1.234,56</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="92"/>
        <source>Pipeline</source>
        <translation>Воронка продаж</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="93"/>
        <source>Reading the values</source>
        <translation>Чтение значений</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="96"/>
        <source>Phone numbers without a country code are from:</source>
        <translation>Страна для номеров без кода страны:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="98"/>
        <source>Decimal separator:</source>
        <translation>Десятичный разделитель:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="99"/>
        <source>New deals go to the pipeline:</source>
        <translation>Новые сделки попадают в воронку:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="103"/>
        <source>Order of day and month</source>
        <translation>Порядок дня и месяца</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="104"/>
        <source>Day first (31/12/2026)</source>
        <translation>Сначала день (31/12/2026)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="105"/>
        <source>Month first (12/31/2026)</source>
        <translation>Сначала месяц (12/31/2026)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="106"/>
        <source>Year first (2026/12/31)</source>
        <translation>Сначала год (2026/12/31)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="108"/>
        <source>Calendar of the dates</source>
        <translation>Календарь дат</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="109"/>
        <source>Recognise it (Gregorian or Persian)</source>
        <translation>Определить (григорианский или персидский)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="110"/>
        <source>Gregorian</source>
        <translation>Григорианский</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="111"/>
        <source>Persian (Jalali, e.g. 1405/09/02)</source>
        <translation>Персидский (солнечная хиджра, напр. 1405/09/02)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="114"/>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="117"/>
        <source>Day and month:</source>
        <translation>День и месяц:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="118"/>
        <source>Calendar:</source>
        <translation>Календарь:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="149"/>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="156"/>
        <source>Email address</source>
        <translation>Адрес эл. почты</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="151"/>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="158"/>
        <source>Phone number</source>
        <translation>Номер телефона</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="152"/>
        <source>Name and company</source>
        <translation>Имя и компания</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="154"/>
        <source>Company name</source>
        <translation>Название компании</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="160"/>
        <source>Deal title</source>
        <translation>Название сделки</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="161"/>
        <source>Do not look for them: every row is a new record</source>
        <translation>Не искать: каждая строка — новая запись</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="184"/>
        <source>None: every number has its country code</source>
        <translation>Нет: у каждого номера есть код страны</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="225"/>
        <source>These dates can be read two ways. Which is right?</source>
        <translation>Эти даты можно прочитать двумя способами. Какой верный?</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="227"/>
        <source>The first dates of the file, read each way:</source>
        <translation>Первые даты файла, прочитанные обоими способами:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="234"/>
        <source>{text}: day first {dmy} · month first {mdy}</source>
        <translation>{text}: сначала день — {dmy} · сначала месяц — {mdy}</translation>
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
        <location filename="../../desktop_crm/ui/messages.py" line="75"/>
        <source>The end is before the start.</source>
        <translation>Окончание раньше начала.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="76"/>
        <source>The reminder would ring after the task is due.</source>
        <translation>Напоминание сработает позже срока задачи.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="79"/>
        <source>{field}: set a due date first.</source>
        <translation>{field}: сначала укажите срок.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="80"/>
        <source>A weekly repeat needs at least one day of the week.</source>
        <translation>Для еженедельного повтора выберите хотя бы один день недели.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="83"/>
        <source>Repeat every 1 to 999 periods.</source>
        <translation>Интервал повтора — от 1 до 999.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="84"/>
        <source>This repeat rule is not valid.</source>
        <translation>Неверное правило повтора.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="85"/>
        <source>{field}: “{value}” is not a day of this calendar.</source>
        <translation>{field}: «{value}» — такого дня нет в этом календаре.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="88"/>
        <source>The task is already done.</source>
        <translation>Задача уже выполнена.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="89"/>
        <source>Mark the task done with its own button.</source>
        <translation>Отметьте выполнение задачи отдельной кнопкой.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="111"/>
        <source>Create {what}</source>
        <translation>Создание: {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="112"/>
        <source>Edit {what}</source>
        <translation>Изменение: {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="113"/>
        <source>Delete {what}</source>
        <translation>Удаление: {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="114"/>
        <source>Restore {what}</source>
        <translation>Восстановление: {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="115"/>
        <source>Tag {what}</source>
        <translation>Добавление тега: {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="116"/>
        <source>Remove tag from {what}</source>
        <translation>Удаление тега: {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="117"/>
        <source>Log {what}</source>
        <translation>Добавление: {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="118"/>
        <source>Set up</source>
        <translation>Начальная настройка</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="119"/>
        <source>Load demo data</source>
        <translation>Загрузка демо-данных</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="120"/>
        <source>Move {what}</source>
        <translation>Перемещение: {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="121"/>
        <source>Mark {what} as won</source>
        <translation>Выигрыш: {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="122"/>
        <source>Mark {what} as lost</source>
        <translation>Проигрыш: {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="123"/>
        <source>Reopen {what}</source>
        <translation>Повторное открытие: {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="124"/>
        <source>Reorder {what}</source>
        <translation>Изменение порядка: {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="125"/>
        <source>Link to {what}</source>
        <translation>Связывание: {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="126"/>
        <source>Unlink from {what}</source>
        <translation>Отвязка: {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="127"/>
        <source>Complete {what}</source>
        <translation>Выполнение: {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="128"/>
        <source>Reschedule {what}</source>
        <translation>Перенос: {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="129"/>
        <source>Snooze {what}</source>
        <translation>Отсрочка: {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="130"/>
        <source>Dismiss reminder of {what}</source>
        <translation>Скрытие напоминания: {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="131"/>
        <source>Create follow-up tasks</source>
        <translation>Создание задач для повторного контакта</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="132"/>
        <source>Merge {what}</source>
        <translation>Объединение: {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="133"/>
        <source>Mark {what} as not duplicates</source>
        <translation>Не дубликаты: {what}</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <location filename="../../desktop_crm/ui/calendar/month_view.py" line="51"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/calendar/month_view.py" line="205"/>
        <source>+%n more</source>
        <translation>
            <numerusform>ещё %n</numerusform>
            <numerusform>ещё %n</numerusform>
            <numerusform>ещё %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MultiChoiceEditor</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/editors.py" line="336"/>
        <location filename="../../desktop_crm/ui/cards/editors.py" line="340"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
</context>
<context>
    <name>MyTasksPage</name>
    <message>
        <location filename="../../desktop_crm/ui/tasks/my_tasks.py" line="102"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/my_tasks.py" line="121"/>
        <source>My tasks</source>
        <translation>Мои задачи</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/my_tasks.py" line="122"/>
        <source>Everyone</source>
        <translation>Все</translation>
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
    <name>PreviewPage</name>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="56"/>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="84"/>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="85"/>
        <source>Updated</source>
        <translation>Обновлённые</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="86"/>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="87"/>
        <source>Skipped</source>
        <translation>Пропущенные</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="89"/>
        <source>With errors</source>
        <translation>С ошибками</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="66"/>
        <source>Check again</source>
        <translation>Проверить снова</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="88"/>
        <source>With warnings</source>
        <translation>С предупреждениями</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="114"/>
        <source>Order of day and month</source>
        <translation>Порядок дня и месяца</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="115"/>
        <source>Day first</source>
        <translation>Сначала день</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="116"/>
        <source>Month first</source>
        <translation>Сначала месяц</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="123"/>
        <source>Rows as they will be saved</source>
        <translation>Строки в том виде, в каком будут сохранены</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="124"/>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="142"/>
        <source>Errors</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="126"/>
        <source>Save the rows with errors…</source>
        <translation>Сохранить строки с ошибками…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="129"/>
        <source>Save these rows, with the reason in a last column, to fix them and import them again.</source>
        <translation>Сохранить эти строки с причиной в последнем столбце, чтобы исправить их и импортировать снова.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="141"/>
        <source>First rows</source>
        <translation>Первые строки</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="143"/>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="147"/>
        <source>Warnings</source>
        <translation>Предупреждения</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="193"/>
        <source>Reading every row and comparing it with your records…</source>
        <translation>Чтение всех строк и сравнение с вашими записями…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="206"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="230"/>
        <source>The check was cancelled. Nothing was imported.</source>
        <translation>Проверка отменена. Ничего не импортировано.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="259"/>
        <source>Warnings (%Ln)</source>
        <translation>
            <numerusform>Предупреждения (%Ln)</numerusform>
            <numerusform>Предупреждения (%Ln)</numerusform>
            <numerusform>Предупреждения (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="264"/>
        <source>Errors (%Ln)</source>
        <translation>
            <numerusform>Ошибки (%Ln)</numerusform>
            <numerusform>Ошибки (%Ln)</numerusform>
            <numerusform>Ошибки (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="270"/>
        <source>Nothing would be imported: no row is new or changes a record.</source>
        <translation>Импортировать нечего: нет ни новых строк, ни строк с изменениями.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="276"/>
        <source>Only the first %Ln errors are listed.</source>
        <translation>
            <numerusform>Показана только первая %Ln ошибка.</numerusform>
            <numerusform>Показаны только первые %Ln ошибки.</numerusform>
            <numerusform>Показаны только первые %Ln ошибок.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="281"/>
        <source>Nothing has been saved yet. Press “Import” to import.</source>
        <translation>Пока ничего не сохранено. Нажмите «Импортировать», чтобы начать импорт.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="288"/>
        <source>1 new company will be created.</source>
        <translation>Будет создана 1 новая компания.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="291"/>
        <source>%Ln new companies will be created.</source>
        <translation>
            <numerusform>Будет создана %Ln новая компания.</numerusform>
            <numerusform>Будут созданы %Ln новые компании.</numerusform>
            <numerusform>Будет создано %Ln новых компаний.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="294"/>
        <source>1 new contact will be created.</source>
        <translation>Будет создан 1 новый контакт.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="296"/>
        <source>%Ln new contacts will be created.</source>
        <translation>
            <numerusform>Будет создан %Ln новый контакт.</numerusform>
            <numerusform>Будут созданы %Ln новых контакта.</numerusform>
            <numerusform>Будет создано %Ln новых контактов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="298"/>
        <source>Records that exist show only the fields that change.</source>
        <translation>Для существующих записей показаны только изменяемые поля.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="300"/>
        <source>1 row repeats an earlier row of the file.</source>
        <translation>1 строка повторяет одну из предыдущих строк файла.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="303"/>
        <source>%Ln rows repeat an earlier row of the file.</source>
        <translation>
            <numerusform>%Ln строка повторяет предыдущие строки файла.</numerusform>
            <numerusform>%Ln строки повторяют предыдущие строки файла.</numerusform>
            <numerusform>%Ln строк повторяют предыдущие строки файла.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="331"/>
        <source>The dates of “{column}” ({samples}) read both day-first and month-first. Which is right?</source>
        <translation>Даты в «{column}» ({samples}) можно прочитать и как день/месяц, и как месяц/день. Какой порядок верный?</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="337"/>
        <source>The dates ({samples}) read both day-first and month-first. Check the order:</source>
        <translation>Даты ({samples}) можно прочитать и как день/месяц, и как месяц/день. Проверьте порядок:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="358"/>
        <source>Save the rows with errors</source>
        <translation>Сохранить строки с ошибками</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="360"/>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>Файлы CSV (*.csv);;Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="372"/>
        <source>The file could not be saved: {reason}</source>
        <translation>Не удалось сохранить файл: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="383"/>
        <source>Rows saved: %Ln, in {file}.</source>
        <translation>
            <numerusform>Сохранено строк: %Ln, в {file}.</numerusform>
            <numerusform>Сохранено строк: %Ln, в {file}.</numerusform>
            <numerusform>Сохранено строк: %Ln, в {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewRowsModel</name>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="100"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="100"/>
        <source>What happens</source>
        <translation>Действие</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="17"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="18"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="19"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="20"/>
        <source>Save All</source>
        <translation>Сохранить все</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="21"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="22"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="23"/>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="24"/>
        <source>Yes to &amp;All</source>
        <translation>Да для &amp;всех</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="25"/>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="26"/>
        <source>N&amp;o to All</source>
        <translation>Н&amp;ет для всех</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="27"/>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="28"/>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="29"/>
        <source>Restore Defaults</source>
        <translation>По умолчанию</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="30"/>
        <source>Discard</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="31"/>
        <source>Don&apos;t Save</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="32"/>
        <source>Close without Saving</source>
        <translation>Закрыть без сохранения</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="33"/>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="34"/>
        <source>Abort</source>
        <translation>Прервать</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="35"/>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="36"/>
        <source>Ignore</source>
        <translation>Пропустить</translation>
    </message>
</context>
<context>
    <name>QuickActions</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="34"/>
        <source>Log call</source>
        <translation>Добавить звонок</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="35"/>
        <source>Log meeting</source>
        <translation>Добавить встречу</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="36"/>
        <source>Log email</source>
        <translation>Добавить письмо</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="37"/>
        <source>Add note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="40"/>
        <source>Log a call</source>
        <translation>Новый звонок</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="41"/>
        <source>Log a meeting</source>
        <translation>Новая встреча</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="42"/>
        <source>Log an email</source>
        <translation>Новое письмо</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="43"/>
        <source>Add a note</source>
        <translation>Новая заметка</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="47"/>
        <source>Plan a task</source>
        <translation>Запланировать задачу</translation>
    </message>
</context>
<context>
    <name>QuickAddLine</name>
    <message>
        <location filename="../../desktop_crm/ui/tasks/quick_add.py" line="91"/>
        <source>Add a task: “Call Marco tomorrow 10:00” and Enter</source>
        <translation>Добавьте задачу: «Позвонить Марко завтра 10:00» и Enter</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/quick_add.py" line="151"/>
        <source>no date</source>
        <translation>без даты</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/quick_add.py" line="154"/>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/quick_add.py" line="156"/>
        <source>tomorrow</source>
        <translation>завтра</translation>
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
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="89"/>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="130"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="146"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="158"/>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="163"/>
        <source>Custom fields</source>
        <translation>Дополнительные поля</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="165"/>
        <source>No custom fields yet. Add them in Settings.</source>
        <translation>Дополнительных полей пока нет. Их можно добавить в настройках.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="183"/>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="196"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="256"/>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="309"/>
        <source>(unknown)</source>
        <translation>(неизвестно)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="316"/>
        <source>Contacts: {count}</source>
        <translation>Контакты: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="321"/>
        <source>Owner: {name}</source>
        <translation>Ответственный: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="324"/>
        <source>Last contacted: {when}</source>
        <translation>Последний контакт: {when}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="325"/>
        <source>Created: {when}</source>
        <translation>Создано: {when}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="350"/>
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
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="245"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="188"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="191"/>
        <source>Export the list as it is filtered (or the selected rows) to CSV, Excel or vCard</source>
        <translation>Экспорт списка с текущими фильтрами (или выбранных строк) в CSV, Excel или vCard</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="194"/>
        <source>Find duplicates…</source>
        <translation>Найти дубликаты…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="198"/>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="277"/>
        <source>All owners</source>
        <translation>Все ответственные</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="279"/>
        <source>All tags</source>
        <translation>Все теги</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="282"/>
        <source>All stages</source>
        <translation>Все этапы</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="288"/>
        <source>All sources</source>
        <translation>Все источники</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="378"/>
        <source>1 contact</source>
        <translation>1 контакт</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="378"/>
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln контакт</numerusform>
            <numerusform>%Ln контакта</numerusform>
            <numerusform>%Ln контактов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="380"/>
        <source>1 company</source>
        <translation>1 компания</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="380"/>
        <source>%Ln companies</source>
        <translation>
            <numerusform>%Ln компания</numerusform>
            <numerusform>%Ln компании</numerusform>
            <numerusform>%Ln компаний</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <location filename="../../desktop_crm/ui/tasks/link_picker.py" line="39"/>
        <source>Search contacts…</source>
        <translation>Поиск контактов…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/link_picker.py" line="41"/>
        <source>Search companies…</source>
        <translation>Поиск компаний…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/link_picker.py" line="70"/>
        <source>Choose a contact from the suggestions.</source>
        <translation>Выберите контакт из подсказок.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/link_picker.py" line="72"/>
        <source>Choose a company from the suggestions.</source>
        <translation>Выберите компанию из подсказок.</translation>
    </message>
</context>
<context>
    <name>ReminderCenter</name>
    <message>
        <location filename="../../desktop_crm/ui/reminders/center.py" line="87"/>
        <source>Show reminders</source>
        <translation>Показать напоминания</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/center.py" line="179"/>
        <source>Due {when}</source>
        <translation>Срок: {when}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/reminders/center.py" line="186"/>
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/reminders/dialog.py" line="47"/>
        <source>5 minutes</source>
        <translation>5 минут</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/dialog.py" line="48"/>
        <source>10 minutes</source>
        <translation>10 минут</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/dialog.py" line="49"/>
        <source>30 minutes</source>
        <translation>30 минут</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/dialog.py" line="50"/>
        <source>1 hour</source>
        <translation>1 час</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/dialog.py" line="51"/>
        <source>Tomorrow</source>
        <translation>Завтра</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/dialog.py" line="105"/>
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/dialog.py" line="130"/>
        <source>Snooze</source>
        <translation>Отложить</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/dialog.py" line="132"/>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/dialog.py" line="133"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/dialog.py" line="134"/>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/dialog.py" line="135"/>
        <source>Dismiss all</source>
        <translation>Скрыть все</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/dialog.py" line="136"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/dialog.py" line="199"/>
        <source>No reminders are due.</source>
        <translation>Нет напоминаний к сроку.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/reminders/dialog.py" line="61"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n минута</numerusform>
            <numerusform>%n минуты</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/reminders/dialog.py" line="64"/>
        <source>%n reminders due</source>
        <translation>
            <numerusform>%n напоминание</numerusform>
            <numerusform>%n напоминания</numerusform>
            <numerusform>%n напоминаний</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/dialog.py" line="77"/>
        <source>1 reminder due</source>
        <translation>1 напоминание</translation>
    </message>
</context>
<context>
    <name>ReminderEditor</name>
    <message>
        <location filename="../../desktop_crm/ui/tasks/reminder_editor.py" line="18"/>
        <source>No reminder</source>
        <translation>Без напоминания</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/reminder_editor.py" line="19"/>
        <source>At the due time</source>
        <translation>В момент срока</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/reminder_editor.py" line="20"/>
        <source>Minutes before</source>
        <translation>Минут до срока</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/reminder_editor.py" line="21"/>
        <source>Hours before</source>
        <translation>Часов до срока</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/reminder_editor.py" line="22"/>
        <source>Days before</source>
        <translation>Дней до срока</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/reminder_editor.py" line="23"/>
        <source>On a date…</source>
        <translation>В указанный день…</translation>
    </message>
</context>
<context>
    <name>ReminderModel</name>
    <message>
        <location filename="../../desktop_crm/ui/reminders/model.py" line="115"/>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/model.py" line="115"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/model.py" line="115"/>
        <source>Linked to</source>
        <translation>Связано с</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/model.py" line="148"/>
        <source>overdue</source>
        <translation>просрочена</translation>
    </message>
</context>
<context>
    <name>RepeatEditor</name>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="35"/>
        <source>Does not repeat</source>
        <translation>Не повторяется</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="36"/>
        <source>Daily</source>
        <translation>Ежедневно</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="37"/>
        <source>Weekly</source>
        <translation>Еженедельно</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="38"/>
        <source>Monthly</source>
        <translation>Ежемесячно</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="39"/>
        <source>Yearly</source>
        <translation>Ежегодно</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="70"/>
        <source>Every day</source>
        <translation>Каждый день</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="49"/>
        <source>Every %Ln days</source>
        <translation>
            <numerusform>Каждый %Ln день</numerusform>
            <numerusform>Каждые %Ln дня</numerusform>
            <numerusform>Каждые %Ln дней</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="78"/>
        <source>Every week on {days}</source>
        <translation>Каждую неделю: {days}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="52"/>
        <source>Every %Ln weeks on {days}</source>
        <translation>
            <numerusform>Каждую %Ln неделю: {days}</numerusform>
            <numerusform>Каждые %Ln недели: {days}</numerusform>
            <numerusform>Каждые %Ln недель: {days}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="86"/>
        <source>Every year</source>
        <translation>Каждый год</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="58"/>
        <source>Every %Ln years</source>
        <translation>
            <numerusform>Каждый %Ln год</numerusform>
            <numerusform>Каждые %Ln года</numerusform>
            <numerusform>Каждые %Ln лет</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="91"/>
        <source>{every} on {day}</source>
        <translation>{every}, {day}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="95"/>
        <source>{rule}, until {date}</source>
        <translation>{rule}, до {date}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="104"/>
        <source>Every month</source>
        <translation>Каждый месяц</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="55"/>
        <source>Every %Ln months</source>
        <translation>
            <numerusform>Каждый %Ln месяц</numerusform>
            <numerusform>Каждые %Ln месяца</numerusform>
            <numerusform>Каждые %Ln месяцев</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="111"/>
        <source>{every} on day {day}</source>
        <translation>{every}, {day}-го числа</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="137"/>
        <source>every</source>
        <translation>раз в</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="153"/>
        <source>until</source>
        <translation>до</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="266"/>
        <source>day</source>
        <translation>день</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="266"/>
        <source>days</source>
        <translation>
            <numerusform>день</numerusform>
            <numerusform>дня</numerusform>
            <numerusform>дней</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="268"/>
        <source>week</source>
        <translation>неделю</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="268"/>
        <source>weeks</source>
        <translation>
            <numerusform>неделю</numerusform>
            <numerusform>недели</numerusform>
            <numerusform>недель</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="270"/>
        <source>month</source>
        <translation>месяц</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="270"/>
        <source>months</source>
        <translation>
            <numerusform>месяц</numerusform>
            <numerusform>месяца</numerusform>
            <numerusform>месяцев</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="272"/>
        <source>year</source>
        <translation>год</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="272"/>
        <source>years</source>
        <translation>
            <numerusform>год</numerusform>
            <numerusform>года</numerusform>
            <numerusform>лет</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportFilters</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/filters.py" line="23"/>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/filters.py" line="24"/>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/filters.py" line="25"/>
        <source>This quarter</source>
        <translation>Этот квартал</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/filters.py" line="26"/>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/filters.py" line="27"/>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/filters.py" line="28"/>
        <source>Custom range</source>
        <translation>Свой период</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/filters.py" line="31"/>
        <source>Per day</source>
        <translation>По дням</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/filters.py" line="32"/>
        <source>Per week</source>
        <translation>По неделям</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/filters.py" line="33"/>
        <source>Per month</source>
        <translation>По месяцам</translation>
    </message>
</context>
<context>
    <name>ReportTexts</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="34"/>
        <source>Funnel and conversion</source>
        <translation>Воронка и конверсия</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="35"/>
        <source>Time in stage</source>
        <translation>Время на этапах</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="36"/>
        <source>Sales cycle</source>
        <translation>Цикл продаж</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="37"/>
        <source>Sales velocity</source>
        <translation>Скорость продаж</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="38"/>
        <source>Win rate</source>
        <translation>Доля выигранных сделок</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="39"/>
        <source>Average deal size</source>
        <translation>Средний размер сделки</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="40"/>
        <source>Average check</source>
        <translation>Средний чек</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="41"/>
        <source>Deals won</source>
        <translation>Выигранные сделки</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="42"/>
        <source>Leads and revenue by source</source>
        <translation>Лиды и выручка по источникам</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="43"/>
        <source>Weighted forecast</source>
        <translation>Взвешенный прогноз</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="44"/>
        <source>Lost reasons</source>
        <translation>Причины проигрыша</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="45"/>
        <source>Activities</source>
        <translation>Активность</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="46"/>
        <source>Customer base growth</source>
        <translation>Рост клиентской базы</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="47"/>
        <source>Goals</source>
        <translation>Цели</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="48"/>
        <source>Goals and progress</source>
        <translation>Цели и прогресс</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="50"/>
        <source>Deals that reached each stage, and conversion</source>
        <translation>Сделки, дошедшие до каждого этапа, и конверсия</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="51"/>
        <source>Average days deals spend in each stage</source>
        <translation>Среднее число дней сделки на каждом этапе</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="52"/>
        <source>Average days from creation to won</source>
        <translation>Среднее число дней от создания до выигрыша</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="53"/>
        <source>Money per day the pipeline brings in</source>
        <translation>Сколько денег в день приносит воронка</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="54"/>
        <source>Deals won out of the deals closed in the range</source>
        <translation>Доля выигранных среди сделок, закрытых за период</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="55"/>
        <source>Average value of the deals won in the range</source>
        <translation>Средняя сумма сделок, выигранных за период</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="56"/>
        <source>Won revenue per customer who bought in the range</source>
        <translation>Выручка на клиента, купившего за период</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="57"/>
        <source>Deals won by count and value per salesperson per period</source>
        <translation>Выигранные сделки: количество и сумма по менеджерам и периодам</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="58"/>
        <source>Leads, conversion and won revenue by source</source>
        <translation>Лиды, конверсия и выручка по источникам</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="59"/>
        <source>Open deals by expected close month, weighted</source>
        <translation>Открытые сделки по месяцу ожидаемого закрытия, с учётом вероятности</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="60"/>
        <source>Deals lost in the range by reason</source>
        <translation>Сделки, проигранные за период, по причинам</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="61"/>
        <source>Calls, emails, meetings and other activities per salesperson per period, and tasks done</source>
        <translation>Звонки, письма, встречи и другие действия по менеджерам и периодам, а также выполненные задачи</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="65"/>
        <source>Customers per month: new, churned and retained</source>
        <translation>Клиенты по месяцам: новые, ушедшие и удержанные</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="67"/>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="68"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="69"/>
        <source>Salesperson</source>
        <translation>Менеджер по продажам</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="70"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="71"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="72"/>
        <source>Lost reason</source>
        <translation>Причина проигрыша</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="73"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="74"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="75"/>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="76"/>
        <source>Open deals</source>
        <translation>Открытые сделки</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="77"/>
        <source>Won deals</source>
        <translation>Выигранные сделки</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="78"/>
        <source>Lost deals</source>
        <translation>Проигранные сделки</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="79"/>
        <source>Won</source>
        <translation>Выиграно</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="80"/>
        <source>Lost</source>
        <translation>Проиграно</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="81"/>
        <source>Value</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="82"/>
        <source>Won value</source>
        <translation>Сумма выигранных</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="83"/>
        <source>Lost value</source>
        <translation>Сумма проигранных</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="84"/>
        <source>Won revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="85"/>
        <source>Won with a value</source>
        <translation>Выиграно с суммой</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="86"/>
        <source>Weighted value</source>
        <translation>Взвешенная сумма</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="87"/>
        <source>Conversion</source>
        <translation>Конверсия</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="88"/>
        <source>Overall conversion</source>
        <translation>Общая конверсия</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="89"/>
        <source>Average sales cycle</source>
        <translation>Средний цикл продаж</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="90"/>
        <source>Sales velocity per day</source>
        <translation>Скорость продаж в день</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="91"/>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="92"/>
        <source>Converted</source>
        <translation>Конвертировано</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="93"/>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="94"/>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="95"/>
        <source>New customers</source>
        <translation>Новые клиенты</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="96"/>
        <source>Churned</source>
        <translation>Ушедшие</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="97"/>
        <source>Retention</source>
        <translation>Удержание</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="98"/>
        <source>Customers at start</source>
        <translation>Клиентов на начало</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="99"/>
        <source>Customers at end</source>
        <translation>Клиентов на конец</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="100"/>
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="101"/>
        <source>Emails</source>
        <translation>Письма</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="102"/>
        <source>Meetings</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="103"/>
        <source>Demos</source>
        <translation>Демонстрации</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="104"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="105"/>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="106"/>
        <source>Tasks done</source>
        <translation>Выполненные задачи</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="107"/>
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="108"/>
        <source>Actual</source>
        <translation>Факт</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="109"/>
        <source>Progress</source>
        <translation>Прогресс</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="110"/>
        <source>New leads</source>
        <translation>Новые лиды</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="111"/>
        <source>Deals won (count)</source>
        <translation>Выигранные сделки (количество)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="112"/>
        <source>Deals won (value)</source>
        <translation>Выигранные сделки (сумма)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="113"/>
        <source>Unassigned</source>
        <translation>Без ответственного</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="115"/>
        <source>Targets per salesperson or team, with progress and pace</source>
        <translation>Цели по продавцам или команде: прогресс и темп</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="116"/>
        <source>Goal</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="117"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="118"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="119"/>
        <source>Pace</source>
        <translation>Темп</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="120"/>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="121"/>
        <source>Expected by now</source>
        <translation>Ожидалось к этому дню</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="122"/>
        <source>No data in this range</source>
        <translation>Нет данных за этот период</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="124"/>
        <source>Funnel: for each stage of the pipeline, the deals that reached it in the range — a deal counts for every stage up to the furthest one it entered on a day of the range, so a deal that skipped a stage, or passed it before the range, counts as having passed it; Won counts the deals won in the range; moving to Lost is no progress. Conversion from a stage to the next = deals that reached the next ÷ deals that reached it; overall = Won ÷ first stage.</source>
        <translation>Воронка: для каждого этапа воронки — сделки, дошедшие до него за период; сделка учитывается на каждом этапе вплоть до самого дальнего, на который она перешла в один из дней периода, поэтому сделка, пропустившая этап или прошедшая его до начала периода, считается прошедшей его; «Выиграно» — сделки, выигранные за период; переход в «Проиграно» продвижением не считается. Конверсия этапа в следующий = сделки, дошедшие до следующего ÷ сделки, дошедшие до этого; общая = выигранные ÷ первый этап.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="133"/>
        <source>Average time in stage = the mean length, in days, of the stays in each open stage that ended (the deal moved on, was won or lost) on a day of the range; a stay runs from the stage change into the stage to the next change of that deal. Stays still going on are not counted: their length is not known yet.</source>
        <translation>Среднее время на этапе = средняя длительность (в днях) пребывания на каждом открытом этапе, завершившегося (сделка перешла дальше, была выиграна или проиграна) в один из дней периода; пребывание длится от перехода сделки на этап до её следующего перехода. Незавершённые пребывания не учитываются: их длительность ещё неизвестна.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="140"/>
        <source>Sales cycle = the mean number of days from a deal&apos;s creation to its win, over the deals won on a day of the range, per salesperson and for the team.</source>
        <translation>Цикл продаж = среднее число дней от создания сделки до её выигрыша по сделкам, выигранным в один из дней периода, для каждого продавца и для команды.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="145"/>
        <source>Sales velocity = open deals × win rate × average deal size ÷ average sales cycle, in the base currency per day. Open deals: created before the end of the range and not closed by then. Win rate, average deal size (won deals with a value in the base currency) and sales cycle (days from creation to win): over the deals closed in the range. Left empty when a part is unknown or the cycle is 0 days.</source>
        <translation>Скорость продаж = открытые сделки × доля выигранных × средний размер сделки ÷ средний цикл продаж, в базовой валюте в день. Открытые сделки: созданы до конца периода и не закрыты к этому моменту. Доля выигранных, средний размер сделки (выигранные сделки с суммой в базовой валюте) и цикл продаж (дни от создания до выигрыша) — по сделкам, закрытым за период. Не указывается, если одна из частей неизвестна или цикл равен 0 дней.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="153"/>
        <source>Win rate = deals won ÷ (deals won + deals lost), over the deals closed (won or lost) on a day of the range, per salesperson (the deal&apos;s owner) and for the team. Open deals do not count.</source>
        <translation>Доля выигранных = выигранные сделки ÷ (выигранные + проигранные) по сделкам, закрытым (выигранным или проигранным) в один из дней периода, для каждого продавца (ответственного за сделку) и для команды. Открытые сделки не учитываются.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="159"/>
        <source>Average deal size = the sum of the values of the deals won in the range, in the base currency, ÷ the number of those deals that have a value. Won deals without a value, or in a currency without a rate, are counted in &apos;Won&apos; but left out of the value and the average.</source>
        <translation>Средний размер сделки = сумма выигранных за период сделок в базовой валюте ÷ число тех из них, у которых указана сумма. Выигранные сделки без суммы или в валюте без курса учитываются в «Выиграно», но не входят в сумму и среднее.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="166"/>
        <source>Average check = revenue of the deals won in the range (base currency) ÷ the number of distinct customers who bought them. The customer of a deal is its company, else its first linked contact. Won deals without a value, in a currency without a rate or without a customer are left out of both. The team total counts a customer who bought from two salespeople once.</source>
        <translation>Средний чек = выручка по сделкам, выигранным за период (в базовой валюте) ÷ число разных клиентов, купивших по ним. Клиент сделки — её компания, а если её нет — первый связанный контакт. Выигранные сделки без суммы, в валюте без курса или без клиента не входят ни в одну из частей. В итоге по команде клиент, купивший у двух продавцов, учитывается один раз.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="174"/>
        <source>Deals won: the number and the value (base currency) of the deals won on each day, week (Monday to Sunday) or month of the range, per salesperson. Won deals without a value or in a currency without a rate are counted but left out of the value.</source>
        <translation>Выигранные сделки: число и сумма (в базовой валюте) сделок, выигранных в каждый день, неделю (с понедельника по воскресенье) или месяц периода, по продавцам. Выигранные сделки без суммы или в валюте без курса учитываются в количестве, но не в сумме.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="180"/>
        <source>Leads = contacts created in the range, by their source (owner filter: the contact&apos;s owner). Converted = those of them linked to a won deal (won at any time, in the pipeline filter). Won deals and revenue = deals won in the range by the deal&apos;s own source, in the base currency (deals without a value or without a rate are counted but left out of revenue).</source>
        <translation>Лиды = контакты, созданные за период, по источникам (фильтр по ответственному — ответственный за контакт). Конвертированные = те из них, что связаны с выигранной сделкой (выигранной когда угодно, в пределах фильтра по воронке). Выигранные сделки и выручка = сделки, выигранные за период, по собственному источнику сделки, в базовой валюте (сделки без суммы или без курса учитываются, но не входят в выручку).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="188"/>
        <source>Weighted forecast = Σ value × probability of the open deals whose expected close date falls in the range, by month of that date and salesperson; the probability is the deal&apos;s own, else its stage&apos;s. Values are in the base currency. Open deals without an expected close date are not in any month: they are counted in a note.</source>
        <translation>Взвешенный прогноз = Σ сумма × вероятность открытых сделок, ожидаемая дата закрытия которых попадает в период, по месяцам этой даты и продавцам; вероятность — собственная у сделки, иначе — её этапа. Суммы в базовой валюте. Открытые сделки без ожидаемой даты закрытия не попадают ни в один месяц: они учтены в примечании.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="195"/>
        <source>Lost reasons: the deals lost in the range by the reason given, with their number, their value in the base currency and their share of the lost deals (by number).</source>
        <translation>Причины проигрыша: сделки, проигранные за период, по указанной причине — их число, сумма в базовой валюте и доля среди проигранных сделок (по числу).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="200"/>
        <source>Activities = calls, emails, meetings, demos, notes and messages logged (and not deleted) whose time falls in the range, counted per salesperson who logged them and per period (days in UTC; weeks start on Monday). Tasks done = tasks (not deleted) marked done whose completion time falls in the range, per assignee. A deleted salesperson&apos;s work still counts, under their name. The pipeline filter does not apply: activities and tasks are not tied to a pipeline.</source>
        <translation>Активности = звонки, письма, встречи, демонстрации, заметки и сообщения, записанные (и не удалённые), время которых попадает в период, по продавцу, который их записал, и по периодам (дни по UTC; недели начинаются с понедельника). Выполненные задачи = задачи (не удалённые), отмеченные выполненными, время выполнения которых попадает в период, по исполнителям. Работа удалённого продавца по-прежнему учитывается под его именем. Фильтр по воронке не применяется: активности и задачи не привязаны к воронке.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="209"/>
        <source>A customer is a contact (not deleted) whose customer status is active or permanent, or whose lifecycle stage is Customer while its status is not lost. A contact became a customer when its status was first set to active or permanent, or its stage to Customer (from the change log); a contact that was created as a customer became one when it was created. A customer churned when its status was last set to lost, if it is still lost (a prospect marked lost was never a customer and is not counted). Customers at the start of a month = those who became customers before it and had not churned by then; at the end = at the start + new − churned. Retention = (customers at the end − new customers) ÷ customers at the start. Customers belong to the contact&apos;s owner. Only the first time a contact became a customer and its last loss count: a customer who left and came back counts as never having left.</source>
        <translation>Клиент — это контакт (не удалённый), статус клиента которого «активный» или «постоянный», либо стадия жизненного цикла которого «Клиент», а статус не «потерян». Контакт стал клиентом, когда его статус впервые был установлен в «активный» или «постоянный» либо стадия — в «Клиент» (по журналу изменений); контакт, созданный клиентом, стал им при создании. Клиент ушёл, когда его статус в последний раз был установлен в «потерян», если он всё ещё потерян (потенциальный клиент, отмеченный потерянным, клиентом не был и не учитывается). Клиенты на начало месяца = ставшие клиентами до него и не ушедшие к этому моменту; на конец = на начало + новые − ушедшие. Удержание = (клиенты на конец − новые клиенты) ÷ клиенты на начало. Клиенты относятся к ответственному за контакт. Учитываются только первый раз, когда контакт стал клиентом, и его последний уход: клиент, который ушёл и вернулся, считается никогда не уходившим.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="223"/>
        <source>Goals whose period overlaps the range (a salesperson&apos;s own when one is chosen). Actual = over the goal&apos;s whole period (both days included, UTC days): new leads = contacts created, owned by the salesperson; deals won = deals won (closed) and owned by the salesperson, by count or by value in the base currency (deals in a currency without a rate left out of the value); activities = activities logged by the salesperson. A team goal counts everyone. Progress = actual ÷ target. Expected by now = target × the share of the period&apos;s days before today. Pace: done when actual ≥ target, on track when actual ≥ expected by now, else behind.</source>
        <translation>Цели, период которых пересекается с выбранным (цели продавца, если он выбран). Факт = за весь период цели (оба дня включительно, дни по UTC): новые лиды = созданные контакты, за которые отвечает продавец; выигранные сделки = выигранные (закрытые) сделки продавца, по числу или по сумме в базовой валюте (сделки в валюте без курса в сумму не входят); активности = активности, записанные продавцом. Цель команды учитывает всех. Прогресс = факт ÷ цель. Ожидалось к этому дню = цель × доля дней периода до сегодняшнего дня. Темп: выполнено, если факт ≥ цели; по плану, если факт ≥ ожидаемого к этому дню; иначе отставание.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="235"/>
        <source>No data for this range</source>
        <translation>Нет данных за этот период</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="236"/>
        <source>This report has no chart</source>
        <translation>У этого отчёта нет диаграммы</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="237"/>
        <source>No target</source>
        <translation>Нет цели</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="238"/>
        <source>On track</source>
        <translation>По плану</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="239"/>
        <source>Behind</source>
        <translation>Отставание</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="240"/>
        <source>Expected by today</source>
        <translation>Ожидалось к сегодняшнему дню</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="241"/>
        <source>Definition</source>
        <translation>Определение</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="246"/>
        <source>No data in this range.</source>
        <extracomment>caveats by ``Note.code``; ``{placeholders}`` are filled from ``Note.params``</extracomment>
        <translation>Нет данных за этот период.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="247"/>
        <source>The range is empty.</source>
        <translation>Период пуст.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="248"/>
        <source>Deals in {currencies} have no exchange rate to {base} and are left out of the amounts.</source>
        <translation>Для сделок в {currencies} нет курса к {base}, они не учтены в суммах.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="252"/>
        <source>{count} deal(s) without a value are left out of the amounts.</source>
        <translation>Сделки без суммы не учтены в итогах: {count}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="255"/>
        <source>{count} open deal(s) without an expected close date are not in the forecast.</source>
        <translation>Открытые сделки без ожидаемой даты закрытия не вошли в прогноз: {count}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="259"/>
        <source>Deleted salespeople still counted: {names}.</source>
        <translation>Удалённые менеджеры, которые всё ещё учитываются: {names}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="262"/>
        <source>{count} won deal(s) without a company or contact are left out.</source>
        <translation>Выигранные сделки без компании и контакта не учтены: {count}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="265"/>
        <source>Stages of the pipeline {pipeline}; choose a pipeline to see another.</source>
        <translation>Этапы воронки {pipeline}; выберите воронку, чтобы увидеть другую.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="268"/>
        <source>Activities and tasks are not tied to a pipeline: the pipeline filter is not used.</source>
        <translation>Действия и задачи не привязаны к воронке: фильтр по воронке не применяется.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="272"/>
        <source>{count} lost contact(s) have no recorded date of loss and are left out.</source>
        <translation>Потерянные контакты без даты потери не учтены: {count}.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/page.py" line="131"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/page.py" line="132"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/page.py" line="227"/>
        <source>How it is computed: {0}</source>
        <translation>Как рассчитывается: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/page.py" line="282"/>
        <source>PDF document (*.pdf);;Excel workbook (*.xlsx);;PNG image (*.png)</source>
        <translation>Документ PDF (*.pdf);;Книга Excel (*.xlsx);;Изображение PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/page.py" line="283"/>
        <source>Export report</source>
        <translation>Экспорт отчёта</translation>
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
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="209"/>
        <source>Calendar and tasks</source>
        <translation>Календарь и задачи</translation>
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
    <name>TargetDelegate</name>
    <message>
        <location filename="../../desktop_crm/ui/importer/delegates.py" line="58"/>
        <source>Import as</source>
        <extracomment>(label, target key; &quot;&quot; for &quot;ignore&quot;) for the combo, in display order</extracomment>
        <translation>Импортировать как</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/tasks/fields.py" line="288"/>
        <source>{h} h {m} min</source>
        <translation>{h} ч {m} мин</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/fields.py" line="290"/>
        <source>{h} h</source>
        <translation>{h} ч</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/fields.py" line="291"/>
        <source>{m} min</source>
        <translation>{m} мин</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_dialog.py" line="94"/>
        <source>Edit task</source>
        <translation>Изменить задачу</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_dialog.py" line="94"/>
        <source>New task</source>
        <translation>Новая задача</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_dialog.py" line="97"/>
        <source>What is to be done</source>
        <translation>Что нужно сделать</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_dialog.py" line="163"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_dialog.py" line="221"/>
        <source>Reopen</source>
        <translation>Открыть снова</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_dialog.py" line="221"/>
        <source>Mark done</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_dialog.py" line="256"/>
        <source>(nobody)</source>
        <translation>(не назначен)</translation>
    </message>
</context>
<context>
    <name>TaskListModel</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/task_list.py" line="74"/>
        <source>overdue</source>
        <translation>просрочена</translation>
    </message>
</context>
<context>
    <name>TaskTreeModel</name>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_model.py" line="34"/>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_model.py" line="35"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_model.py" line="36"/>
        <source>Linked to</source>
        <translation>Связано с</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_model.py" line="37"/>
        <source>Assigned to</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_model.py" line="38"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_model.py" line="41"/>
        <source>Overdue</source>
        <translation>Просроченные</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_model.py" line="42"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_model.py" line="43"/>
        <source>Upcoming</source>
        <translation>Предстоящие</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_model.py" line="44"/>
        <source>Done</source>
        <translation>Выполненные</translation>
    </message>
</context>
<context>
    <name>TimeGridView</name>
    <message>
        <location filename="../../desktop_crm/ui/calendar/time_grid.py" line="94"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/time_grid.py" line="94"/>
        <source>Week</source>
        <translation>Неделя</translation>
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
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="105"/>
        <source>Import of {file} undone</source>
        <translation>Импорт {file} отменён</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="108"/>
        <source>Imported from {file}</source>
        <translation>Импортировано из {file}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="110"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="111"/>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="112"/>
        <source>Restored</source>
        <translation>Восстановлено</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="113"/>
        <source>Tag added: {tag}</source>
        <translation>Добавлен тег: {tag}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="114"/>
        <source>Tag removed: {tag}</source>
        <translation>Удалён тег: {tag}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="115"/>
        <source>Merged in: {tag}</source>
        <translation>Присоединена запись: {tag}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="127"/>
        <source>import of {file} undone</source>
        <translation>импорт {file} отменён</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="130"/>
        <source>imported from {file}</source>
        <translation>импортировано из {file}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="138"/>
        <source>({minutes} min)</source>
        <translation>({minutes} мин)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="143"/>
        <source>Outcome: {outcome}</source>
        <translation>Результат: {outcome}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="160"/>
        <source>{field}: {old} {arrow} {new}</source>
        <translation>{field}: {old} {arrow} {new}</translation>
    </message>
</context>
</TS>
