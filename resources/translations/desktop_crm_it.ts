<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>AddCustomFieldDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/settings/custom_fields.py" line="82"/>
        <source>New custom field</source>
        <translation>Nuovo campo personalizzato</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/custom_fields.py" line="89"/>
        <source>One option per line</source>
        <translation>Un&apos;opzione per riga</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/custom_fields.py" line="92"/>
        <source>Label</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/custom_fields.py" line="93"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/custom_fields.py" line="94"/>
        <source>Options</source>
        <translation>Opzioni</translation>
    </message>
</context>
<context>
    <name>AddDealContactDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_contacts.py" line="166"/>
        <source>Add a contact to the deal</source>
        <translation>Aggiungi un contatto alla trattativa</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_contacts.py" line="168"/>
        <source>Name, email, phone or company</source>
        <translation>Nome, email, telefono o azienda</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_contacts.py" line="181"/>
        <source>Find</source>
        <translation>Cerca</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../desktop_crm/ui/calendar/agenda.py" line="130"/>
        <source>Birthday</source>
        <translation>Compleanno</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/agenda.py" line="132"/>
        <source>All day</source>
        <translation>Tutto il giorno</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/agenda.py" line="91"/>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/agenda.py" line="110"/>
        <location filename="../../desktop_crm/ui/calendar/agenda.py" line="192"/>
        <source>overdue</source>
        <translation>scaduta</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <location filename="../../desktop_crm/ui/calendar/agenda.py" line="225"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
</context>
<context>
    <name>AllDayHeader</name>
    <message>
        <location filename="../../desktop_crm/ui/calendar/allday_header.py" line="113"/>
        <location filename="../../desktop_crm/ui/calendar/time_grid.py" line="149"/>
        <source>all day</source>
        <translation>tutto il giorno</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/calendar/allday_header.py" line="153"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n altro</numerusform>
            <numerusform>+%n altri</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="68"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="68"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="68"/>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="68"/>
        <source>File</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../desktop_crm/ui/calendar/page.py" line="102"/>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/page.py" line="102"/>
        <source>Week</source>
        <translation>Settimana</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/page.py" line="102"/>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/page.py" line="102"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/page.py" line="113"/>
        <source>Previous (Page Up)</source>
        <translation>Precedente (Pag Su)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/page.py" line="114"/>
        <source>Previous</source>
        <translation>Precedente</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/page.py" line="115"/>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/page.py" line="116"/>
        <source>Go to today (T)</source>
        <translation>Vai a oggi (T)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/page.py" line="118"/>
        <source>Next (Page Down)</source>
        <translation>Successivo (Pag Giù)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/page.py" line="119"/>
        <source>Next</source>
        <translation>Successivo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/page.py" line="131"/>
        <source>Whose tasks</source>
        <translation>Attività di chi</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/page.py" line="132"/>
        <source>Assignee</source>
        <translation>Assegnatario</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/page.py" line="134"/>
        <source>New task</source>
        <translation>Nuova attività</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/page.py" line="164"/>
        <source>Everyone</source>
        <translation>Tutti</translation>
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
        <translation>Mese precedente</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/fields.py" line="79"/>
        <source>Next month</source>
        <translation>Mese successivo</translation>
    </message>
</context>
<context>
    <name>CalendarSettings</name>
    <message>
        <location filename="../../desktop_crm/ui/settings/calendar_settings.py" line="66"/>
        <source>Apply</source>
        <translation>Applica</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/calendar_settings.py" line="67"/>
        <source>Revert</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/calendar_settings.py" line="80"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/calendar_settings.py" line="88"/>
        <source>Locale default ({day})</source>
        <translation>Predefinito della regione ({day})</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/calendar_settings.py" line="95"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/calendar_settings.py" line="100"/>
        <source>Calendar system</source>
        <translation>Sistema di calendario</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/calendar_settings.py" line="101"/>
        <source>First day of the week</source>
        <translation>Primo giorno della settimana</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/calendar_settings.py" line="102"/>
        <source>Working hours</source>
        <translation>Orario di lavoro</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/calendar_settings.py" line="106"/>
        <source>Automatic tasks</source>
        <translation>Attività automatiche</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/calendar_settings.py" line="111"/>
        <source>Birthday reminders, days ahead</source>
        <translation>Promemoria compleanni, giorni prima</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/calendar_settings.py" line="113"/>
        <source>Remind me about customers not contacted for (days)</source>
        <translation>Avvisami dei clienti non contattati da (giorni)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/calendar_settings.py" line="115"/>
        <source>0 turns a rule off. Shared by everyone using this database.</source>
        <translation>0 disattiva la regola. Vale per tutti gli utenti di questo database.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/calendar_settings.py" line="132"/>
        <source>Off</source>
        <translation>Disattivato</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/calendar_settings.py" line="195"/>
        <source>The working day must end after it starts.</source>
        <translation>La giornata lavorativa deve finire dopo l&apos;inizio.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/calendar_settings.py" line="230"/>
        <source>The preferences could not be saved: {error}</source>
        <translation>Impossibile salvare le preferenze: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/calendar_settings.py" line="237"/>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
</context>
<context>
    <name>CardTasksBox</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/task_list.py" line="122"/>
        <source>Plan task</source>
        <translation>Pianifica attività</translation>
    </message>
</context>
<context>
    <name>CloseZones</name>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/close_zones.py" line="89"/>
        <source>Drop a card here, or select a deal and click</source>
        <translation>Trascina qui una scheda, oppure seleziona una trattativa e fai clic</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/close_zones.py" line="104"/>
        <source>Won ({count})</source>
        <translation>Vinte ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/close_zones.py" line="105"/>
        <source>Lost ({count})</source>
        <translation>Perse ({count})</translation>
    </message>
</context>
<context>
    <name>ColumnHeader</name>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/column_widget.py" line="129"/>
        <source>1 deal</source>
        <translation>1 trattativa</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/pipeline/column_widget.py" line="129"/>
        <source>%Ln deals</source>
        <translation>
            <numerusform>%Ln trattativa</numerusform>
            <numerusform>%Ln trattative</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/column_widget.py" line="133"/>
        <source>Total {amount}</source>
        <translation>Totale {amount}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/column_widget.py" line="134"/>
        <source>Weighted {amount}</source>
        <translation>Ponderato {amount}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/column_widget.py" line="135"/>
        <source>Each deal&apos;s value times its probability, added up</source>
        <translation>Somma dei valori delle trattative moltiplicati per la loro probabilità</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/column_widget.py" line="141"/>
        <source>No rate for {currencies}: not in the totals</source>
        <translation>Nessun tasso per {currencies}: escluse dai totali</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/column_widget.py" line="144"/>
        <source>Add exchange rates in Settings → Pipelines to include these deals.</source>
        <translation>Aggiungi i tassi di cambio in Impostazioni → Pipeline per includere queste trattative.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="95"/>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="186"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="98"/>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="104"/>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="108"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="109"/>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="203"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="112"/>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="118"/>
        <source>Job title</source>
        <translation>Qualifica</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="124"/>
        <source>Lifecycle stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="130"/>
        <source>Customer status</source>
        <translation>Stato cliente</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="135"/>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="208"/>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="139"/>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="145"/>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="188"/>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="152"/>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="191"/>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="159"/>
        <source>Last contacted</source>
        <translation>Ultimo contatto</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="165"/>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="234"/>
        <source>Created</source>
        <translation>Data di creazione</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="172"/>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="241"/>
        <source>Updated</source>
        <translation>Ultima modifica</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="187"/>
        <source>Industry</source>
        <translation>Settore</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="197"/>
        <source>Website</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="212"/>
        <source>Employees</source>
        <translation>Dipendenti</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="220"/>
        <source>Annual revenue</source>
        <translation>Fatturato annuo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/columns.py" line="227"/>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
</context>
<context>
    <name>ComingSoonPage</name>
    <message>
        <location filename="../../desktop_crm/ui/shell/placeholder.py" line="26"/>
        <source>Coming soon: this part of desktop_crm is not built yet.</source>
        <translation>In arrivo: questa parte di desktop_crm non è ancora pronta.</translation>
    </message>
</context>
<context>
    <name>CompanyEditor</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/choice_editors.py" line="209"/>
        <source>Type a company name</source>
        <translation>Digita il nome di un&apos;azienda</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/choice_editors.py" line="248"/>
        <source>No company is named “{name}”. Pick one from the list.</source>
        <translation>Nessuna azienda si chiama «{name}». Scegline una dall&apos;elenco.</translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/compare_model.py" line="178"/>
        <source>After the merge</source>
        <translation>Dopo l&apos;unione</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/compare_model.py" line="251"/>
        <source>Keep</source>
        <translation>Conserva</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/compare_model.py" line="264"/>
        <source>Activities</source>
        <translation>Attività registrate</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/compare_model.py" line="266"/>
        <source>Open tasks</source>
        <translation>Attività aperte</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/compare_model.py" line="268"/>
        <source>Deals</source>
        <translation>Trattative</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/compare_model.py" line="269"/>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/compare_model.py" line="283"/>
        <source>Keep this one</source>
        <translation>Conserva questa</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/compare_model.py" line="283"/>
        <source>Merge into it</source>
        <translation>Unisci a quella</translation>
    </message>
</context>
<context>
    <name>CurrencyPanel</name>
    <message>
        <location filename="../../desktop_crm/ui/settings/currencies.py" line="188"/>
        <source>Currencies</source>
        <translation>Valute</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/currencies.py" line="199"/>
        <source>Rate</source>
        <translation>Tasso di cambio</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/currencies.py" line="200"/>
        <source>Set rate</source>
        <translation>Imposta tasso</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/currencies.py" line="201"/>
        <source>Remove rate</source>
        <translation>Rimuovi tasso</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/currencies.py" line="204"/>
        <source>Base currency</source>
        <translation>Valuta di base</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/currencies.py" line="214"/>
        <source>Lost reasons</source>
        <translation>Motivi di perdita</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/currencies.py" line="220"/>
        <source>A new reason</source>
        <translation>Nuovo motivo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/currencies.py" line="221"/>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/currencies.py" line="222"/>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
</context>
<context>
    <name>CustomFieldDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/importer/custom_field.py" line="75"/>
        <source>New custom field</source>
        <extracomment>custom field types a column can become here (choices need their options: Settings)</extracomment>
        <translation>Nuovo campo personalizzato</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/custom_field.py" line="78"/>
        <source>Field name</source>
        <translation>Nome del campo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/custom_field.py" line="80"/>
        <source>Field type</source>
        <translation>Tipo di campo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/custom_field.py" line="91"/>
        <source>The field is created for every record of this type when the import runs.</source>
        <translation>Il campo viene creato per tutte le schede di questo tipo all&apos;avvio dell&apos;importazione.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/custom_field.py" line="96"/>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/custom_field.py" line="97"/>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/custom_field.py" line="122"/>
        <source>Give the field a name.</source>
        <translation>Dai un nome al campo.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/custom_field.py" line="124"/>
        <source>A field with this name exists already.</source>
        <translation>Esiste già un campo con questo nome.</translation>
    </message>
</context>
<context>
    <name>CustomFields</name>
    <message>
        <location filename="../../desktop_crm/ui/settings/custom_fields.py" line="45"/>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/custom_fields.py" line="46"/>
        <source>Companies</source>
        <translation>Aziende</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/custom_fields.py" line="47"/>
        <source>Deals</source>
        <translation>Trattative</translation>
    </message>
</context>
<context>
    <name>CustomFieldsModel</name>
    <message>
        <location filename="../../desktop_crm/ui/settings/custom_fields.py" line="62"/>
        <source>Label</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/custom_fields.py" line="62"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/custom_fields.py" line="62"/>
        <source>Options</source>
        <translation>Opzioni</translation>
    </message>
</context>
<context>
    <name>CustomFieldsPanel</name>
    <message>
        <location filename="../../desktop_crm/ui/settings/custom_fields.py" line="160"/>
        <source>Add field…</source>
        <translation>Aggiungi campo…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/custom_fields.py" line="161"/>
        <source>Remove field</source>
        <translation>Rimuovi campo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/custom_fields.py" line="163"/>
        <source>Custom fields of</source>
        <translation>Campi personalizzati per</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/custom_fields.py" line="172"/>
        <source>Custom fields appear on every card of that type. Removing a field hides it; the values stay and come back with Undo.</source>
        <translation>I campi personalizzati compaiono su ogni scheda di quel tipo. Rimuovere un campo lo nasconde: i valori restano e tornano con Annulla.</translation>
    </message>
</context>
<context>
    <name>CustomizeTilesDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles_customize.py" line="38"/>
        <source>Customize the dashboard</source>
        <translation>Personalizza la dashboard</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles_customize.py" line="39"/>
        <source>Tick the tiles to show; drag them or use the buttons to order.</source>
        <translation>Spunta i riquadri da mostrare; trascinali o usa i pulsanti per ordinarli.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles_customize.py" line="46"/>
        <source>Move up</source>
        <translation>Sposta su</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles_customize.py" line="47"/>
        <source>Move down</source>
        <translation>Sposta giù</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles_customize.py" line="48"/>
        <source>Reset</source>
        <translation>Ripristina</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="39"/>
        <source>The database file is damaged</source>
        <translation>Il file del database è danneggiato</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="43"/>
        <source>desktop_crm cannot safely open {path}: the file is damaged ({problem}).
Nothing was changed. Choose a backup to restore; the damaged file is kept beside it with the ending .damaged.</source>
        <translation>desktop_crm non può aprire {path} in sicurezza: il file è danneggiato ({problem}).
Non è stato modificato nulla. Scegli un backup da ripristinare; il file danneggiato viene conservato accanto, con l&apos;estensione .damaged.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="56"/>
        <source>{when} — {size} ({reason})</source>
        <translation>{when} — {size} ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="65"/>
        <source>There are no backups of this database.</source>
        <translation>Non ci sono backup di questo database.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="69"/>
        <source>Restore selected backup</source>
        <translation>Ripristina il backup selezionato</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="72"/>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_charts.py" line="42"/>
        <source>Weighted forecast by month</source>
        <extracomment>the charts under the tiles, in order</extracomment>
        <translation>Previsione ponderata per mese</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_charts.py" line="43"/>
        <source>Deals won per month</source>
        <translation>Trattative vinte per mese</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_charts.py" line="133"/>
        <source>Loading charts…</source>
        <translation>Caricamento dei grafici…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_charts.py" line="164"/>
        <source>No charts to show.</source>
        <translation>Nessun grafico da mostrare.</translation>
    </message>
</context>
<context>
    <name>DashboardDrill</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="41"/>
        <source>Deal</source>
        <extracomment>record type -&gt; column titles</extracomment>
        <translation>Trattativa</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="42"/>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="50"/>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="43"/>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="44"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="45"/>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="52"/>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="46"/>
        <source>Expected close</source>
        <translation>Chiusura prevista</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="49"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="51"/>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="53"/>
        <source>Created</source>
        <translation>Data di creazione</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="56"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="57"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="58"/>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="59"/>
        <source>By</source>
        <translation>Utente</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="63"/>
        <source>Task</source>
        <translation>Attività</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="64"/>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="65"/>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="66"/>
        <source>Assigned to</source>
        <translation>Assegnata a</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="60"/>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="67"/>
        <source>Linked to</source>
        <translation>Collegata a</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_rows.py" line="73"/>
        <source>Record</source>
        <translation>Scheda</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard.py" line="114"/>
        <source>Weekly digest…</source>
        <translation>Riepilogo settimanale…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard.py" line="115"/>
        <source>Goals…</source>
        <translation>Obiettivi…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard.py" line="116"/>
        <source>Customize…</source>
        <translation>Personalizza…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard.py" line="118"/>
        <source>Show:</source>
        <translation>Mostra:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard.py" line="158"/>
        <source>This week&apos;s digest is ready.</source>
        <translation>Il riepilogo di questa settimana è pronto.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard.py" line="159"/>
        <source>Open the digest</source>
        <translation>Apri il riepilogo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard.py" line="162"/>
        <source>Hide</source>
        <translation>Nascondi</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard.py" line="194"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard.py" line="195"/>
        <source>Me</source>
        <translation>Io</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard.py" line="319"/>
        <source>The charts could not be drawn: {error}</source>
        <translation>Impossibile disegnare i grafici: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard.py" line="323"/>
        <source>The dashboard could not be computed: {error}</source>
        <translation>Impossibile calcolare la dashboard: {error}</translation>
    </message>
</context>
<context>
    <name>DashboardTiles</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="37"/>
        <source>Open pipeline</source>
        <extracomment>tile key -&gt; title (the tiles the dashboard knows, in their default order)</extracomment>
        <translation>Pipeline aperta</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="38"/>
        <source>Weighted forecast</source>
        <translation>Previsione ponderata</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="39"/>
        <source>Won this month</source>
        <translation>Vinte questo mese</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="40"/>
        <source>New leads this month</source>
        <translation>Nuovi lead questo mese</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="41"/>
        <source>Overdue tasks</source>
        <translation>Attività scadute</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="42"/>
        <source>Activities this week</source>
        <translation>Attività registrate questa settimana</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="43"/>
        <source>Stale deals</source>
        <translation>Trattative inattive</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="49"/>
        <source>The value of every open deal, in the base currency.</source>
        <extracomment>what each tile means (its tooltip)</extracomment>
        <translation>Il valore di tutte le trattative aperte, nella valuta di base.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="52"/>
        <source>Open deals&apos; value times their probability, in the base currency.</source>
        <translation>Il valore delle trattative aperte moltiplicato per la loro probabilità, nella valuta di base.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="55"/>
        <source>Deals won since the first day of this month, against the goal.</source>
        <translation>Trattative vinte dal primo giorno di questo mese, rispetto all&apos;obiettivo.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="58"/>
        <source>Contacts created since the first day of this month, against the goal.</source>
        <translation>Contatti creati dal primo giorno di questo mese, rispetto all&apos;obiettivo.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="61"/>
        <source>Open tasks whose due time has passed.</source>
        <translation>Attività aperte la cui scadenza è passata.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="62"/>
        <source>Calls, emails, meetings and other activities logged this week.</source>
        <translation>Chiamate, email, incontri e altre attività registrate questa settimana.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="65"/>
        <source>Open deals that stayed in their stage longer than the stage allows.</source>
        <translation>Trattative aperte rimaste nella loro fase più a lungo di quanto la fase consenta.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="87"/>
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln giorno</numerusform>
            <numerusform>%Ln giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="90"/>
        <source>%Ln deals without a value</source>
        <translation>
            <numerusform>%Ln trattativa senza valore</numerusform>
            <numerusform>%Ln trattative senza valore</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="93"/>
        <source>%Ln deals without a close date</source>
        <translation>
            <numerusform>%Ln trattativa senza data di chiusura</numerusform>
            <numerusform>%Ln trattative senza data di chiusura</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="134"/>
        <source>No exchange rate for {currencies}: those deals are left out.</source>
        <translation>Nessun tasso di cambio per {currencies}: quelle trattative sono escluse.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="140"/>
        <source>1 deal without a value</source>
        <translation>1 trattativa senza valore</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="144"/>
        <source>1 deal without a close date</source>
        <translation>1 trattativa senza data di chiusura</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="147"/>
        <source>Includes deals of deleted salespeople: {names}</source>
        <translation>Comprende trattative di venditori eliminati: {names}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="151"/>
        <source>No data yet</source>
        <translation>Ancora nessun dato</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="153"/>
        <source>The date range is empty</source>
        <translation>L&apos;intervallo di date è vuoto</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="121"/>
        <source>Database file</source>
        <translation>File del database</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="128"/>
        <source>Backups</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="136"/>
        <source>Back up now</source>
        <translation>Esegui backup ora</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="166"/>
        <source>Backing up…</source>
        <translation>Backup in corso…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="171"/>
        <source>Backup saved: {path}</source>
        <translation>Backup salvato: {path}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../desktop_crm/ui/tasks/fields.py" line="142"/>
        <source>Pick a date</source>
        <translation>Scegli una data</translation>
    </message>
</context>
<context>
    <name>DateFieldEditor</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/editors.py" line="202"/>
        <source>Pick a date</source>
        <translation>Scegli una data</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../desktop_crm/ui/dates.py" line="32"/>
        <source>Gregorian</source>
        <translation>Gregoriano</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dates.py" line="33"/>
        <source>Persian (Jalali)</source>
        <translation>Persiano (Jalali)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dates.py" line="34"/>
        <source>Islamic civil</source>
        <translation>Islamico civile</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dates.py" line="35"/>
        <source>Thai Buddhist era</source>
        <translation>Era buddista thailandese</translation>
    </message>
</context>
<context>
    <name>DealCardDelegate</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/pipeline/card_delegate.py" line="50"/>
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln giorno</numerusform>
            <numerusform>%Ln giorni</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/card_delegate.py" line="55"/>
        <source>1 day</source>
        <translation>1 giorno</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/card_delegate.py" line="63"/>
        <source>Next: {task}</source>
        <translation>Prossimo: {task}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/card_delegate.py" line="66"/>
        <source>Next: {task} · {due}</source>
        <translation>Prossimo: {task} · {due}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/card_delegate.py" line="61"/>
        <source>No task planned</source>
        <translation>Nessun compito pianificato</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/card_delegate.py" line="192"/>
        <source>stale</source>
        <translation>inattiva</translation>
    </message>
</context>
<context>
    <name>DealCardWidget</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_card.py" line="73"/>
        <source>(no title)</source>
        <translation>(senza titolo)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_card.py" line="114"/>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_card.py" line="115"/>
        <source>Products and services</source>
        <translation>Prodotti e servizi</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_card.py" line="116"/>
        <source>Tasks</source>
        <translation>Attività</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_card.py" line="117"/>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_card.py" line="118"/>
        <source>Stage history</source>
        <translation>Cronologia delle fasi</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_card.py" line="133"/>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_card.py" line="192"/>
        <source>(unknown)</source>
        <translation>(sconosciuto)</translation>
    </message>
</context>
<context>
    <name>DealContacts</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_contacts.py" line="54"/>
        <source>Decision maker</source>
        <translation>Decisore</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_contacts.py" line="55"/>
        <source>Champion</source>
        <translation>Sostenitore interno</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_contacts.py" line="56"/>
        <source>Influencer</source>
        <translation>Influencer</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_contacts.py" line="57"/>
        <source>Economic buyer</source>
        <translation>Responsabile del budget</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_contacts.py" line="58"/>
        <source>Technical buyer</source>
        <translation>Valutatore tecnico</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_contacts.py" line="59"/>
        <source>User</source>
        <translation>Utente finale</translation>
    </message>
</context>
<context>
    <name>DealContactsPanel</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_contacts.py" line="265"/>
        <source>Add contact…</source>
        <translation>Aggiungi contatto…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_contacts.py" line="266"/>
        <source>Remove contact</source>
        <translation>Rimuovi contatto</translation>
    </message>
</context>
<context>
    <name>DealFields</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_fields.py" line="59"/>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_fields.py" line="70"/>
        <source>Custom fields</source>
        <translation>Campi personalizzati</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_fields.py" line="72"/>
        <source>No custom fields yet. Add them in Settings.</source>
        <translation>Ancora nessun campo personalizzato. Aggiungili nelle Impostazioni.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_fields.py" line="146"/>
        <source>The sum of the line items</source>
        <translation>La somma delle voci</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_fields.py" line="149"/>
        <source>{percent} (the stage&apos;s default)</source>
        <translation>{percent} (predefinito della fase)</translation>
    </message>
</context>
<context>
    <name>DealHeader</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_header.py" line="75"/>
        <source>Won</source>
        <translation>Vinta</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_header.py" line="77"/>
        <source>Lost…</source>
        <translation>Persa…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_header.py" line="79"/>
        <source>Reopen</source>
        <translation>Riapri</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_header.py" line="90"/>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_header.py" line="101"/>
        <source>Restore</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_header.py" line="123"/>
        <source>(unknown)</source>
        <translation>(sconosciuto)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_header.py" line="129"/>
        <source>Owner: {name}</source>
        <translation>Responsabile: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_header.py" line="132"/>
        <source>Expected close: {when}</source>
        <translation>Chiusura prevista: {when}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_header.py" line="133"/>
        <source>Created: {when}</source>
        <translation>Creazione: {when}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_header.py" line="142"/>
        <source>Won on {when}</source>
        <translation>Vinta il {when}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_header.py" line="146"/>
        <source>Lost on {when}, reason: {reason}</source>
        <translation>Persa il {when}, motivo: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_header.py" line="168"/>
        <source>This deal was deleted on {when}. Restore it to change it.</source>
        <translation>Questa trattativa è stata eliminata il {when}. Ripristinala per modificarla.</translation>
    </message>
</context>
<context>
    <name>DealItemsModel</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_items.py" line="103"/>
        <source>Line total</source>
        <translation>Totale riga</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_items.py" line="105"/>
        <source>Product or service</source>
        <translation>Prodotto o servizio</translation>
    </message>
</context>
<context>
    <name>DealItemsPanel</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_items.py" line="178"/>
        <source>Product or service</source>
        <translation>Prodotto o servizio</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_items.py" line="186"/>
        <source>Add item</source>
        <translation>Aggiungi voce</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_items.py" line="187"/>
        <source>Remove item</source>
        <translation>Rimuovi voce</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_items.py" line="218"/>
        <source>Total: {amount}</source>
        <translation>Totale: {amount}</translation>
    </message>
</context>
<context>
    <name>DealPicker</name>
    <message>
        <location filename="../../desktop_crm/ui/tasks/link_picker.py" line="148"/>
        <source>(no deal)</source>
        <translation>(nessuna trattativa)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/link_picker.py" line="150"/>
        <source>(no title)</source>
        <translation>(senza titolo)</translation>
    </message>
</context>
<context>
    <name>Deals</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="25"/>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="26"/>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="27"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="28"/>
        <source>Probability (%)</source>
        <translation>Probabilità (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="29"/>
        <source>Expected close</source>
        <translation>Chiusura prevista</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="30"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="31"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="32"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="33"/>
        <source>Lost reason</source>
        <translation>Motivo della perdita</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="34"/>
        <source>Closed</source>
        <translation>Data di chiusura</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="35"/>
        <source>Quantity</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="36"/>
        <source>Unit price</source>
        <translation>Prezzo unitario</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="37"/>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="38"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="39"/>
        <source>Rate</source>
        <translation>Tasso di cambio</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="40"/>
        <source>Rotting after (days)</source>
        <translation>Inattiva dopo (giorni)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="44"/>
        <source>The stage “{stage}” needs these fields first: {missing}.</source>
        <translation>La fase «{stage}» richiede prima questi campi: {missing}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="47"/>
        <source>That stage belongs to another pipeline; nothing was changed.</source>
        <translation>Quella fase appartiene a un&apos;altra pipeline; non è stato modificato nulla.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="50"/>
        <source>Won and Lost are not ordinary stages: close a deal with the Won and Lost buttons, and keep those two stages in every pipeline.</source>
        <translation>Vinta e Persa non sono fasi ordinarie: chiudi una trattativa con i pulsanti Vinta e Persa e mantieni queste due fasi in ogni pipeline.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="55"/>
        <source>{field}: “{value}” is not a currency code (three letters, e.g. EUR).</source>
        <translation>{field}: «{value}» non è un codice valuta (tre lettere, es. EUR).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="58"/>
        <source>{field}: a percentage from 0 to 100 is expected.</source>
        <translation>{field}: è richiesta una percentuale da 0 a 100.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="59"/>
        <source>Deals are in it ({count}): choose the stage they move to first.</source>
        <translation>Contiene trattative ({count}): scegli prima la fase in cui spostarle.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="62"/>
        <source>Choose a stage of another pipeline for the deals of the one deleted.</source>
        <translation>Scegli una fase di un&apos;altra pipeline per le trattative di quella eliminata.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="65"/>
        <source>The last pipeline cannot be deleted.</source>
        <translation>L&apos;ultima pipeline non può essere eliminata.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="66"/>
        <source>A pipeline keeps at least one open stage.</source>
        <translation>Una pipeline deve avere almeno una fase aperta.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="67"/>
        <source>The value is the sum of the line items: change the items instead.</source>
        <translation>Il valore è la somma delle voci: modifica invece le voci.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="70"/>
        <source>The deal is closed: reopen it first.</source>
        <translation>La trattativa è chiusa: riaprila prima.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_text.py" line="71"/>
        <source>The stages changed meanwhile; the latest order is shown. Try again.</source>
        <translation>Nel frattempo le fasi sono cambiate; viene mostrato l&apos;ordine più recente. Riprova.</translation>
    </message>
</context>
<context>
    <name>DealsTable</name>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/deals_table.py" line="39"/>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/deals_table.py" line="40"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/deals_table.py" line="41"/>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/deals_table.py" line="42"/>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/deals_table.py" line="43"/>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/deals_table.py" line="44"/>
        <source>Probability</source>
        <translation>Probabilità</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/deals_table.py" line="45"/>
        <source>In stage</source>
        <translation>Nella fase da</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/deals_table.py" line="46"/>
        <source>Next task</source>
        <translation>Prossimo compito</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/deals_table.py" line="47"/>
        <source>Expected close</source>
        <translation>Chiusura prevista</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/deals_table.py" line="136"/>
        <source>{days} (stale)</source>
        <translation>{days} (inattiva)</translation>
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
        <translation>Eliminati di recente</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deleted_dialog.py" line="77"/>
        <source>Nothing was deleted recently.</source>
        <translation>Nessun elemento eliminato di recente.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deleted_dialog.py" line="80"/>
        <source>Restore</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deleted_dialog.py" line="81"/>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deleted_dialog.py" line="86"/>
        <source>Deleted contacts and companies can be restored.</source>
        <translation>I contatti e le aziende eliminati si possono ripristinare.</translation>
    </message>
</context>
<context>
    <name>DeletedModel</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/deleted_dialog.py" line="45"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deleted_dialog.py" line="45"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deleted_dialog.py" line="45"/>
        <source>Deleted</source>
        <translation>Data eliminazione</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deleted_dialog.py" line="52"/>
        <source>(no name)</source>
        <translation>(senza nome)</translation>
    </message>
</context>
<context>
    <name>DelimiterCombo</name>
    <message>
        <location filename="../../desktop_crm/ui/exporting/delimiter.py" line="49"/>
        <source>Comma (,)</source>
        <translation>Virgola (,)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/delimiter.py" line="50"/>
        <source>Semicolon (;)</source>
        <translation>Punto e virgola (;)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/delimiter.py" line="51"/>
        <source>Tab</source>
        <translation>Tabulazione</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/delimiter.py" line="52"/>
        <source>Separator</source>
        <translation>Separatore</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/delimiter.py" line="55"/>
        <source>Excel splits a CSV file on a semicolon where numbers have a decimal comma (Italian, Russian…), on a comma elsewhere.</source>
        <translation>Excel divide un file CSV sul punto e virgola dove i numeri hanno la virgola decimale (italiano, russo…), altrove sulla virgola.</translation>
    </message>
</context>
<context>
    <name>DemoPrompt</name>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="86"/>
        <source>Welcome to desktop_crm</source>
        <translation>Benvenuto in desktop_crm</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="87"/>
        <source>Your database is empty.</source>
        <translation>Il database è vuoto.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="89"/>
        <source>Load a demo data set (300 contacts and 60 companies in English, Italian, Russian, Persian and Thai) to explore the app? You can undo it with Ctrl+Z.</source>
        <translation>Caricare un insieme di dati dimostrativi (300 contatti e 60 aziende in inglese, italiano, russo, persiano e thailandese) per esplorare l&apos;app? Puoi annullare l&apos;operazione con Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>Digest</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="35"/>
        <source>Calls</source>
        <extracomment>activity kind -&gt; what a count of them is called</extracomment>
        <translation>Chiamate</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="36"/>
        <source>Emails</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="37"/>
        <source>Meetings</source>
        <translation>Incontri</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="38"/>
        <source>Demos</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="39"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="40"/>
        <source>Messages</source>
        <translation>Messaggi</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="126"/>
        <source>Activities</source>
        <translation>Attività registrate</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="136"/>
        <source>Deals in {currencies} are not in the amounts: there is no exchange rate.</source>
        <translation>Le trattative in {currencies} non sono incluse negli importi: manca il tasso di cambio.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="123"/>
        <source>Deals won</source>
        <translation>Trattative vinte</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="130"/>
        <source>Goals</source>
        <translation>Obiettivi</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="118"/>
        <source>New deals</source>
        <translation>Nuove trattative</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="121"/>
        <source>New leads</source>
        <translation>Nuovi lead</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="162"/>
        <source>Nothing was recorded this week.</source>
        <translation>Questa settimana non è stato registrato nulla.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="67"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="69"/>
        <source>Unassigned</source>
        <translation>Non assegnato</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="157"/>
        <source>Weekly digest</source>
        <translation>Riepilogo settimanale</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="93"/>
        <source>{metric} ({period}): {actual} of {target}, {percent}</source>
        <translation>{metric} ({period}): {actual} su {target}, {percent}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest_html.py" line="72"/>
        <source>{name} (deleted)</source>
        <translation>{name} (eliminato)</translation>
    </message>
</context>
<context>
    <name>DigestDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest.py" line="57"/>
        <source>Weekly digest</source>
        <translation>Riepilogo settimanale</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest.py" line="58"/>
        <source>Previous week</source>
        <translation>Settimana precedente</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest.py" line="59"/>
        <source>Next week</source>
        <translation>Settimana successiva</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest.py" line="74"/>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest.py" line="75"/>
        <source>Print…</source>
        <translation>Stampa…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest.py" line="76"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest.py" line="132"/>
        <source>Export the digest</source>
        <translation>Esporta il riepilogo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest.py" line="134"/>
        <source>PDF document (*.pdf);;Web page (*.html)</source>
        <translation>Documento PDF (*.pdf);;Pagina web (*.html)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest.py" line="150"/>
        <source>The file could not be written: {error}</source>
        <translation>Impossibile scrivere il file: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest.py" line="154"/>
        <source>Saved to {path}</source>
        <translation>Salvato in {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/digest.py" line="165"/>
        <source>nothing was written</source>
        <translation>non è stato scritto nulla</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_drill.py" line="132"/>
        <source>1 record</source>
        <translation>1 scheda</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/reports/dashboard_drill.py" line="132"/>
        <source>%Ln records</source>
        <translation>
            <numerusform>%Ln scheda</numerusform>
            <numerusform>%Ln schede</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/dashboard_drill.py" line="147"/>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
</context>
<context>
    <name>DuplicateGroups</name>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/groups_model.py" line="29"/>
        <source>Same email</source>
        <translation>Stessa email</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/groups_model.py" line="30"/>
        <source>Same website</source>
        <translation>Stesso sito web</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/groups_model.py" line="31"/>
        <source>Same phone</source>
        <translation>Stesso telefono</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/groups_model.py" line="32"/>
        <source>Similar name</source>
        <translation>Nome simile</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/dialog.py" line="24"/>
        <source>Duplicate companies</source>
        <translation>Aziende duplicate</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/dialog.py" line="26"/>
        <source>Duplicate contacts</source>
        <translation>Contatti duplicati</translation>
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
        <translation>Quanto devono somigliarsi due nomi per essere mostrati come probabili duplicati.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="86"/>
        <source>Names alike from:</source>
        <translation>Nomi simili da:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="90"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="101"/>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="107"/>
        <source>Likely duplicates</source>
        <translation>Probabili duplicati</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="113"/>
        <source>Records side by side</source>
        <translation>Schede a confronto</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="115"/>
        <source>Merge</source>
        <translation>Unisci</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="117"/>
        <source>Keep the chosen record with the ticked values; the others are merged into it.</source>
        <translation>Conserva la scheda scelta con i valori spuntati; le altre vengono unite a questa.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="119"/>
        <source>Not duplicates</source>
        <translation>Non sono duplicati</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="120"/>
        <source>Never show these records as duplicates again.</source>
        <translation>Non mostrare più queste schede come duplicati.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="122"/>
        <source>Tick the record to keep and, where values differ, the value to keep.</source>
        <translation>Spunta la scheda da conservare e, dove i valori sono diversi, il valore da conservare.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="145"/>
        <source>Search to list the records that are likely the same.</source>
        <translation>Avvia la ricerca per elencare le schede che probabilmente coincidono.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="158"/>
        <source>Find duplicate companies</source>
        <translation>Trova aziende duplicate</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="159"/>
        <source>Find duplicate contacts</source>
        <translation>Trova contatti duplicati</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="185"/>
        <source>Searching…</source>
        <translation>Ricerca in corso…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="192"/>
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="231"/>
        <source>No likely duplicates found.</source>
        <translation>Nessun probabile duplicato trovato.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="233"/>
        <source>1 group of likely duplicates.</source>
        <translation>1 gruppo di probabili duplicati.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="234"/>
        <source>%Ln groups of likely duplicates.</source>
        <translation>
            <numerusform>%Ln gruppo di probabili duplicati.</numerusform>
            <numerusform>%Ln gruppi di probabili duplicati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="324"/>
        <source>Merged %Ln companies into one.</source>
        <translation>
            <numerusform>Unita %Ln azienda in una.</numerusform>
            <numerusform>Unite %Ln aziende in una.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="325"/>
        <source>Merged %Ln contacts into one.</source>
        <translation>
            <numerusform>Unito %Ln contatto in uno.</numerusform>
            <numerusform>Uniti %Ln contatti in uno.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="239"/>
        <source>Search cancelled.</source>
        <translation>Ricerca annullata.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="318"/>
        <source>Marked as not duplicates.</source>
        <translation>Segnate come non duplicate.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="366"/>
        <source>Undone.</source>
        <translation>Annullato.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="376"/>
        <source>Records changed since the search; search again to refresh the list.</source>
        <translation>Le schede sono cambiate dopo la ricerca; cerca di nuovo per aggiornare l&apos;elenco.</translation>
    </message>
</context>
<context>
    <name>ErrorsModel</name>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="133"/>
        <source>Row</source>
        <translation>Riga</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="133"/>
        <source>Column</source>
        <translation>Colonna</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="133"/>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="133"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="140"/>
        <source>(whole row)</source>
        <translation>(intera riga)</translation>
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
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="65"/>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="66"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="67"/>
        <source>Probability</source>
        <translation>Probabilità</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="68"/>
        <source>Expected close</source>
        <translation>Chiusura prevista</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="69"/>
        <source>Days in stage</source>
        <translation>Giorni nella fase</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="70"/>
        <source>Closed</source>
        <translation>Data di chiusura</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="164"/>
        <source>CSV text (UTF-8)</source>
        <extracomment>the file dialog: (parent, caption, suggested path, filter) -&gt; chosen path, &quot;&quot; when cancelled</extracomment>
        <translation>Testo CSV (UTF-8)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="165"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Cartella di lavoro Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="167"/>
        <source>vCard for address books (.vcf)</source>
        <translation>vCard per rubriche (.vcf)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="170"/>
        <source>Only the selected row</source>
        <translation>Solo la riga selezionata</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="172"/>
        <source>Only the %Ln selected rows</source>
        <translation>
            <numerusform>Solo la %Ln riga selezionata</numerusform>
            <numerusform>Solo le %Ln righe selezionate</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="179"/>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="180"/>
        <source>Separator:</source>
        <translation>Separatore:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="182"/>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="184"/>
        <source>Columns</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="186"/>
        <source>Tick the columns to export; drag to reorder them.</source>
        <translation>Spunta le colonne da esportare; trascinale per riordinarle.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="188"/>
        <source>All</source>
        <translation>Tutte</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="189"/>
        <source>None</source>
        <translation>Nessuna</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="204"/>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="217"/>
        <source>Export contacts</source>
        <translation>Esporta contatti</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="219"/>
        <source>Export companies</source>
        <translation>Esporta aziende</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="220"/>
        <source>Export deals</source>
        <translation>Esporta trattative</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="224"/>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="226"/>
        <source>Companies</source>
        <translation>Aziende</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="227"/>
        <source>Deals</source>
        <translation>Trattative</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="279"/>
        <source>contacts</source>
        <translation>contatti</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="281"/>
        <source>companies</source>
        <translation>aziende</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="283"/>
        <source>deals</source>
        <translation>trattative</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="288"/>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="290"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Cartelle di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="291"/>
        <source>vCard files (*.vcf)</source>
        <translation>File vCard (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="300"/>
        <source>Choose at least one column.</source>
        <translation>Scegli almeno una colonna.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="341"/>
        <source>Exporting to {file}…</source>
        <translation>Esportazione in {file}…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="348"/>
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="360"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="360"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="380"/>
        <source>Exported 1 contact to {file}.</source>
        <translation>Esportato 1 contatto in {file}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="381"/>
        <source>Exported %Ln contacts to {file}.</source>
        <translation>
            <numerusform>Esportato %Ln contatto in {file}.</numerusform>
            <numerusform>Esportati %Ln contatti in {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="384"/>
        <source>Exported 1 company to {file}.</source>
        <translation>Esportata 1 azienda in {file}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="385"/>
        <source>Exported %Ln companies to {file}.</source>
        <translation>
            <numerusform>Esportata %Ln azienda in {file}.</numerusform>
            <numerusform>Esportate %Ln aziende in {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="387"/>
        <source>Exported 1 deal to {file}.</source>
        <translation>Esportata 1 trattativa in {file}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="388"/>
        <source>Exported %Ln deals to {file}.</source>
        <translation>
            <numerusform>Esportata %Ln trattativa in {file}.</numerusform>
            <numerusform>Esportate %Ln trattative in {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/export_dialog.py" line="392"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Esportazione annullata; nessun file è stato scritto.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../desktop_crm/ui/shell/file_actions.py" line="71"/>
        <source>Export tasks</source>
        <translation>Esporta attività</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/file_actions.py" line="71"/>
        <source>Calendar files (*.ics)</source>
        <translation>File di calendario (*.ics)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/shell/file_actions.py" line="93"/>
        <source>Exported %n task(s) to {path}</source>
        <translation>
            <numerusform>Esportata %n attività in {path}</numerusform>
            <numerusform>Esportate %n attività in {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="50"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="53"/>
        <source>No file chosen yet.</source>
        <translation>Nessun file scelto.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="56"/>
        <source>Choose a file…</source>
        <translation>Scegli un file…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="63"/>
        <source>Records to import</source>
        <translation>Schede da importare</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="92"/>
        <source>Text encoding</source>
        <translation>Codifica del testo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="97"/>
        <source>Separator</source>
        <translation>Separatore</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="102"/>
        <source>The text encoding could not be recognised for sure. Look at the rows below: if letters show as «Ã©», «Ð¸» or «?», choose the encoding the file was saved in.</source>
        <translation>Non è stato possibile riconoscere con certezza la codifica del testo. Guarda le righe qui sotto: se le lettere appaiono come «Ã©», «Ð¸» o «?», scegli la codifica con cui è stato salvato il file.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="112"/>
        <source>Text encoding:</source>
        <translation>Codifica del testo:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="114"/>
        <source>Values separated by:</source>
        <translation>Valori separati da:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="68"/>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="69"/>
        <source>Import as:</source>
        <translation>Importa come:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="70"/>
        <source>Detected:</source>
        <translation>Rilevato:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="76"/>
        <source>The first rows of the file</source>
        <translation>Le prime righe del file</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="80"/>
        <source>The first rows, as read:</source>
        <translation>Le prime righe, come sono state lette:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="156"/>
        <source>Choose a file to import</source>
        <translation>Scegli un file da importare</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="159"/>
        <source>Spreadsheets and contacts (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods *.vcf);;All files (*)</source>
        <translation>Fogli di calcolo e contatti (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods *.vcf);;Tutti i file (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="180"/>
        <source>Reading the file…</source>
        <translation>Lettura del file…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="212"/>
        <source>Cannot be read</source>
        <translation>Illeggibile</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="219"/>
        <source>1 sheet</source>
        <translation>1 foglio</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/importer/page_file.py" line="221"/>
        <source>%Ln sheets</source>
        <translation>
            <numerusform>%Ln foglio</numerusform>
            <numerusform>%Ln fogli</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/filters.py" line="77"/>
        <source>All pipelines</source>
        <translation>Tutte le pipeline</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/filters.py" line="79"/>
        <source>Whole team</source>
        <translation>Tutto il team</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/filters.py" line="91"/>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/filters.py" line="93"/>
        <source>to</source>
        <translation>a</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/formatting.py" line="168"/>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/formatting.py" line="170"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/formatting.py" line="204"/>
        <source>(unknown)</source>
        <translation>(sconosciuto)</translation>
    </message>
</context>
<context>
    <name>GoalEditDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_editor.py" line="64"/>
        <source>New goal</source>
        <translation>Nuovo obiettivo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_editor.py" line="64"/>
        <source>Edit goal</source>
        <translation>Modifica obiettivo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_editor.py" line="75"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_editor.py" line="86"/>
        <source>Metric</source>
        <translation>Indicatore</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_editor.py" line="87"/>
        <source>Target</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_editor.py" line="88"/>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_editor.py" line="89"/>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_editor.py" line="90"/>
        <source>For</source>
        <translation>Per</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_editor.py" line="147"/>
        <source>Enter a date.</source>
        <translation>Inserisci una data.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_editor.py" line="150"/>
        <location filename="../../desktop_crm/ui/reports/goals_editor.py" line="175"/>
        <source>The period ends before it starts.</source>
        <translation>Il periodo finisce prima di iniziare.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_editor.py" line="160"/>
        <source>Enter a number.</source>
        <translation>Inserisci un numero.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_editor.py" line="163"/>
        <location filename="../../desktop_crm/ui/reports/goals_editor.py" line="171"/>
        <source>The target must be more than 0.</source>
        <translation>L&apos;obiettivo deve essere maggiore di 0.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_editor.py" line="165"/>
        <location filename="../../desktop_crm/ui/reports/goals_editor.py" line="173"/>
        <source>This target is a whole number.</source>
        <translation>Questo obiettivo deve essere un numero intero.</translation>
    </message>
</context>
<context>
    <name>Goals</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_model.py" line="41"/>
        <source>New leads</source>
        <translation>Nuovi lead</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_model.py" line="42"/>
        <source>Deals won (count)</source>
        <translation>Trattative vinte (numero)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_model.py" line="43"/>
        <source>Deals won (value)</source>
        <translation>Trattative vinte (valore)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_model.py" line="44"/>
        <source>Activities</source>
        <translation>Attività registrate</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_model.py" line="47"/>
        <source>On track</source>
        <translation>In linea</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_model.py" line="48"/>
        <source>Behind</source>
        <translation>In ritardo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_model.py" line="49"/>
        <source>Done</source>
        <translation>Raggiunto</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_model.py" line="53"/>
        <source>Metric</source>
        <translation>Indicatore</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_model.py" line="54"/>
        <source>Target</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_model.py" line="55"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_model.py" line="56"/>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_model.py" line="57"/>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_model.py" line="58"/>
        <source>Pace</source>
        <translation>Andamento</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_model.py" line="151"/>
        <source>No exchange rate for {currencies}: those deals are left out.</source>
        <translation>Nessun tasso di cambio per {currencies}: quelle trattative sono escluse.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_model.py" line="81"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals_model.py" line="84"/>
        <source>{name} (deleted)</source>
        <translation>{name} (eliminato)</translation>
    </message>
</context>
<context>
    <name>GoalsDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals.py" line="71"/>
        <source>Goals</source>
        <translation>Obiettivi</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals.py" line="85"/>
        <source>Show past goals</source>
        <translation>Mostra obiettivi passati</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals.py" line="91"/>
        <source>Add…</source>
        <translation>Aggiungi…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals.py" line="92"/>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals.py" line="93"/>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/goals.py" line="94"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
</context>
<context>
    <name>GroupsModel</name>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/groups_model.py" line="110"/>
        <source>Records</source>
        <translation>Schede</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/groups_model.py" line="112"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/groups_model.py" line="114"/>
        <source>Similarity</source>
        <translation>Somiglianza</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/groups_model.py" line="116"/>
        <source>Details</source>
        <translation>Dettagli</translation>
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
        <translation>Foglio e riga di intestazione</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_header.py" line="34"/>
        <source>Sheet</source>
        <translation>Foglio</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_header.py" line="35"/>
        <source>Sheet:</source>
        <translation>Foglio:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_header.py" line="37"/>
        <source>Header row</source>
        <translation>Riga di intestazione</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_header.py" line="41"/>
        <source>The highlighted row holds the column names. Click another row (or change the number) if it is not the right one; the rows above it are skipped.</source>
        <translation>La riga evidenziata contiene i nomi delle colonne. Se non è quella giusta, fai clic su un&apos;altra riga (o cambia il numero); le righe sopra vengono saltate.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_header.py" line="51"/>
        <source>Header row:</source>
        <translation>Riga di intestazione:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_header.py" line="54"/>
        <source>The first rows of the file</source>
        <translation>Le prime righe del file</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_header.py" line="114"/>
        <source>There are no rows with data below this header row.</source>
        <translation>Sotto questa riga di intestazione non ci sono righe con dati.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_header.py" line="120"/>
        <source>Columns: </source>
        <translation>Colonne: </translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="158"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="159"/>
        <source>Records</source>
        <translation>Schede</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="160"/>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="184"/>
        <source>Imported</source>
        <translation>Importato</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="161"/>
        <source>New</source>
        <translation>Nuovi</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="162"/>
        <source>Updated</source>
        <translation>Aggiornati</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="163"/>
        <source>Errors</source>
        <translation>Errori</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="164"/>
        <source>By</source>
        <translation>Utente</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="165"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="183"/>
        <source>Undone on {date}</source>
        <translation>Annullato il {date}</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/importer/history.py" line="67"/>
        <source>Import history</source>
        <extracomment>asks a yes/no question: (parent, title, text) -&gt; yes</extracomment>
        <translation>Cronologia importazioni</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/history.py" line="70"/>
        <source>Imports</source>
        <translation>Importazioni</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/history.py" line="84"/>
        <source>Undo import…</source>
        <translation>Annulla importazione…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/history.py" line="86"/>
        <source>Remove the records this import created and restore the fields it changed.</source>
        <translation>Rimuove le schede create da questa importazione e ripristina i campi che ha modificato.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/history.py" line="149"/>
        <source>Undo the import of {file}?

The {new} records it created are removed (they stay restorable among the deleted records) and the {updated} records it updated get their old values back. Fields changed since the import keep their newer values.</source>
        <translation>Annullare l&apos;importazione di {file}?

Le schede create ({new}) vengono rimosse (restano ripristinabili tra le schede eliminate) e le schede aggiornate ({updated}) riprendono i valori precedenti. I campi modificati dopo l&apos;importazione mantengono i valori più recenti.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/history.py" line="155"/>
        <source>Undo import</source>
        <translation>Annulla importazione</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/history.py" line="171"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/history.py" line="174"/>
        <source>Undoing the import…</source>
        <translation>Annullamento dell&apos;importazione…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/history.py" line="180"/>
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/history.py" line="193"/>
        <source>The import was undone: {removed} records removed, {restored} fields restored.</source>
        <translation>Importazione annullata: schede rimosse: {removed}, campi ripristinati: {restored}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/history.py" line="197"/>
        <source>1 field changed since the import kept its newer value.</source>
        <translation>1 campo modificato dopo l&apos;importazione ha mantenuto il valore più recente.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/importer/history.py" line="200"/>
        <source>%Ln fields changed since the import kept their newer values.</source>
        <translation>
            <numerusform>%Ln campo modificato dopo l&apos;importazione ha mantenuto il valore più recente.</numerusform>
            <numerusform>%Ln campi modificati dopo l&apos;importazione hanno mantenuto i valori più recenti.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/history.py" line="210"/>
        <source>Undo cancelled: nothing was changed.</source>
        <translation>Annullamento interrotto: non è stato modificato nulla.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/history.py" line="217"/>
        <source>This import was undone already.</source>
        <translation>Questa importazione è già stata annullata.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/history.py" line="226"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="35"/>
        <source>Import</source>
        <translation>Importazione</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="49"/>
        <source>Import history…</source>
        <translation>Cronologia importazioni…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="50"/>
        <source>Every import, with a button to undo a whole one.</source>
        <translation>Tutte le importazioni, con un pulsante per annullarne una per intero.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="87"/>
        <source>Importing…</source>
        <translation>Importazione in corso…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="95"/>
        <source>A backup of your data is taken first. Nothing is saved until every row is in.</source>
        <translation>Prima viene eseguito un backup dei tuoi dati. Non viene salvato nulla finché non sono state elaborate tutte le righe.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="109"/>
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="128"/>
        <source>Nothing was imported</source>
        <translation>Nessun dato importato</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="130"/>
        <source>No row could be imported: every row has an error or matches a record with nothing to change.</source>
        <translation>Nessuna riga è stata importata: ogni riga contiene un errore o corrisponde a una scheda senza nulla da cambiare.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="142"/>
        <source>Import finished</source>
        <translation>Importazione completata</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="154"/>
        <source>Import cancelled</source>
        <translation>Importazione annullata</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="156"/>
        <source>The import was cancelled: nothing was imported, your records are as they were.</source>
        <translation>L&apos;importazione è stata annullata: non è stato importato nulla, le tue schede sono come prima.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="167"/>
        <source>The import failed</source>
        <translation>Importazione non riuscita</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="168"/>
        <source>Nothing was imported. {reason}</source>
        <translation>Non è stato importato nulla. {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="183"/>
        <source>New records: {new} · updated: {updated} · unchanged: {unchanged} · skipped: {skipped}</source>
        <translation>Nuove schede: {new} · aggiornate: {updated} · invariate: {unchanged} · saltate: {skipped}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="193"/>
        <source>1 company created.</source>
        <translation>Creata 1 azienda.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="195"/>
        <source>%Ln companies created.</source>
        <translation>
            <numerusform>Creata %Ln azienda.</numerusform>
            <numerusform>Create %Ln aziende.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="198"/>
        <source>1 contact created.</source>
        <translation>Creato 1 contatto.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="200"/>
        <source>%Ln contacts created.</source>
        <translation>
            <numerusform>Creato %Ln contatto.</numerusform>
            <numerusform>Creati %Ln contatti.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="203"/>
        <source>1 row with errors was not imported.</source>
        <translation>1 riga con errori non è stata importata.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="205"/>
        <source>%Ln rows with errors were not imported.</source>
        <translation>
            <numerusform>%Ln riga con errori non è stata importata.</numerusform>
            <numerusform>%Ln righe con errori non sono state importate.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="207"/>
        <source>A backup of your data was taken before the import.</source>
        <translation>Prima dell&apos;importazione è stato eseguito un backup dei tuoi dati.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_import.py" line="210"/>
        <source>To take the whole import back, use Edit ▸ Undo or “Undo import” in the import history.</source>
        <translation>Per annullare l&apos;intera importazione, usa Modifica ▸ Annulla oppure «Annulla importazione» nella cronologia importazioni.</translation>
    </message>
</context>
<context>
    <name>ImportResults</name>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="32"/>
        <source>New</source>
        <translation>Nuovo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="33"/>
        <source>Update</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="34"/>
        <source>Unchanged</source>
        <translation>Invariato</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="35"/>
        <source>Skip (exists)</source>
        <translation>Salta (esiste già)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="36"/>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="28"/>
        <source>The file cannot be found or opened.</source>
        <extracomment>why a file cannot be read, by ``ImportFileError.code``</extracomment>
        <translation>Il file non è stato trovato o non si può aprire.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="29"/>
        <source>The file is empty: there is nothing to import.</source>
        <translation>Il file è vuoto: non c&apos;è nulla da importare.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="30"/>
        <source>The file holds only a header row and no records to import.</source>
        <translation>Il file contiene solo la riga di intestazione e nessun dato da importare.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="33"/>
        <source>This is not a text file (it may be a program, an image or a renamed spreadsheet). Choose a CSV, Excel, OpenDocument or vCard file.</source>
        <translation>Questo non è un file di testo (potrebbe essere un programma, un&apos;immagine o un foglio di calcolo rinominato). Scegli un file CSV, Excel, OpenDocument o vCard.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="37"/>
        <source>This kind of file cannot be imported. Choose a CSV, TSV, Excel (.xlsx, .xls), OpenDocument (.ods) or vCard (.vcf) file.</source>
        <translation>Questo tipo di file non si può importare. Scegli un file CSV, TSV, Excel (.xlsx, .xls), OpenDocument (.ods) o vCard (.vcf).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="41"/>
        <source>The file is damaged or incomplete (it may have been cut short while copying). Save it again from its program and retry.</source>
        <translation>Il file è danneggiato o incompleto (forse la copia si è interrotta). Salvalo di nuovo dal programma con cui è stato creato e riprova.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="45"/>
        <source>The file is damaged and cannot be read. Save it again and retry.</source>
        <translation>Il file è danneggiato e non si può leggere. Salvalo di nuovo e riprova.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="48"/>
        <source>The workbook is protected by a password. Save it without a password, then import it.</source>
        <translation>La cartella di lavoro è protetta da password. Salvala senza password, poi importala.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="52"/>
        <source>The workbook is too big to import. Save the sheet as CSV (read as a stream, at any size) and import that.</source>
        <translation>La cartella di lavoro è troppo grande per essere importata. Salva il foglio come CSV (letto in streaming, di qualsiasi dimensione) e importa quello.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="56"/>
        <source>The workbook was refused: it expands far beyond what a real spreadsheet does, a sign of a malicious file.</source>
        <translation>La cartella di lavoro è stata rifiutata: decompressa diventa molto più grande di un vero foglio di calcolo, segno di un file dannoso.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="60"/>
        <source>The workbook was refused: it contains XML declarations that spreadsheets never need and attacks use.</source>
        <translation>La cartella di lavoro è stata rifiutata: contiene dichiarazioni XML che i fogli di calcolo non usano mai e che servono negli attacchi.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="64"/>
        <source>The text cannot be read with the chosen encoding. Choose the file&apos;s encoding above.</source>
        <translation>Il testo non si può leggere con la codifica scelta. Scegli sopra la codifica del file.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="68"/>
        <source>A quoted value is never closed, so the rows after it would be lost. Fix the stray quote character (&quot;) and retry.</source>
        <translation>Un valore tra virgolette non viene mai chiuso, quindi le righe successive andrebbero perse. Correggi la virgoletta (&quot;) di troppo e riprova.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="72"/>
        <source>The workbook has no such sheet.</source>
        <translation>La cartella di lavoro non contiene questo foglio.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="73"/>
        <source>Reading the file failed.</source>
        <translation>Lettura del file non riuscita.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="78"/>
        <source>“{value}” is not a date.</source>
        <extracomment>why a row (or a cell) will not be imported, by ``RowError.code``</extracomment>
        <translation>«{value}» non è una data.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="79"/>
        <source>There is no such date as “{value}”.</source>
        <translation>La data «{value}» non esiste.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="82"/>
        <source>The date “{value}” reads both day-first and month-first.</source>
        <translation>La data «{value}» si può leggere sia come giorno/mese sia come mese/giorno.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="85"/>
        <source>“{value}” is not a number.</source>
        <translation>«{value}» non è un numero.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="86"/>
        <source>“{value}” is not a phone number.</source>
        <translation>«{value}» non è un numero di telefono.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="87"/>
        <source>“{value}” is not an email address.</source>
        <translation>«{value}» non è un indirizzo email.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="90"/>
        <source>“{value}” is neither yes nor no.</source>
        <translation>«{value}» non è né sì né no.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="91"/>
        <source>The cell holds the spreadsheet error {value}.</source>
        <translation>La cella contiene l&apos;errore del foglio di calcolo {value}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="92"/>
        <source>The row has {count} cells, more than the {columns} columns of the header.</source>
        <translation>La riga ha {count} celle, più delle {columns} colonne dell&apos;intestazione.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="95"/>
        <source>There is no user named “{value}”: the record is imported without that owner.</source>
        <translation>Non c&apos;è nessun utente di nome «{value}»: il record viene importato senza responsabile.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="99"/>
        <source>The pipeline has no stage named “{value}”: the deal goes to its first stage.</source>
        <translation>La pipeline non ha una fase «{value}»: la trattativa va nella prima fase.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="103"/>
        <source>There is no pipeline named “{value}”.</source>
        <translation>Non esiste una pipeline di nome «{value}».</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="106"/>
        <source>“{value}” is not one of the choices.</source>
        <translation>«{value}» non è tra le opzioni.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="107"/>
        <source>The stage needs more fields: {missing}.</source>
        <translation>La fase richiede altri campi: {missing}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="108"/>
        <source>This field is required.</source>
        <translation>Campo obbligatorio.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="109"/>
        <source>A contact needs a first name, a last name or an email.</source>
        <translation>Un contatto deve avere un nome, un cognome o un&apos;email.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="116"/>
        <source>No column is imported. Choose a field for at least one column.</source>
        <extracomment>why a plan cannot run, by ``ValidationError.code`` from the engine&apos;s checks</extracomment>
        <translation>Nessuna colonna viene importata. Scegli un campo per almeno una colonna.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="119"/>
        <source>Column {column}: its field is chosen for another column too.</source>
        <translation>Colonna {column}: il suo campo è scelto anche per un&apos;altra colonna.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="122"/>
        <source>Column {column}: this field cannot be imported.</source>
        <translation>Colonna {column}: questo campo non si può importare.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="125"/>
        <source>Matching needs a column with that value: map one, or do not match.</source>
        <translation>Per il confronto serve una colonna con quel valore: associane una oppure non confrontare.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="128"/>
        <source>These records cannot be matched that way; choose another match rule.</source>
        <translation>Questi record non si possono confrontare in questo modo; scegli un&apos;altra regola di confronto.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="135"/>
        <source>Full name (split)</source>
        <extracomment>targets that are not plain field labels (pseudo-targets and deal fields)</extracomment>
        <translation>Nome completo (da dividere)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="136"/>
        <source>Full name, surname first (split)</source>
        <translation>Nome completo, prima il cognome (da dividere)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="137"/>
        <source>Company (create or link)</source>
        <translation>Azienda (crea o collega)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="138"/>
        <source>Contact (create or link)</source>
        <translation>Contatto (crea o collega)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="139"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="140"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="141"/>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="142"/>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="143"/>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="144"/>
        <source>Probability</source>
        <translation>Probabilità</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="145"/>
        <source>Expected close</source>
        <translation>Chiusura prevista</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="150"/>
        <source>Contacts</source>
        <extracomment>record types, plural, for titles and the type picker</extracomment>
        <translation>Contatti</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="151"/>
        <source>Companies</source>
        <translation>Aziende</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="152"/>
        <source>Deals</source>
        <translation>Trattative</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="153"/>
        <source>Tasks</source>
        <translation>Attività</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="158"/>
        <source>Text file with separated values (CSV)</source>
        <extracomment>what kind of file was found</extracomment>
        <translation>File di testo con valori separati (CSV)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="159"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Cartella di lavoro Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="160"/>
        <source>Excel 97–2003 workbook (.xls)</source>
        <translation>Cartella di lavoro Excel 97–2003 (.xls)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="161"/>
        <source>OpenDocument spreadsheet (.ods)</source>
        <translation>Foglio di calcolo OpenDocument (.ods)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="162"/>
        <source>vCard address book (.vcf)</source>
        <translation>Rubrica vCard (.vcf)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="166"/>
        <source>Comma ( , )</source>
        <translation>Virgola ( , )</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="167"/>
        <source>Semicolon ( ; )</source>
        <translation>Punto e virgola ( ; )</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="168"/>
        <source>Tab</source>
        <translation>Tabulazione</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="169"/>
        <source>Vertical bar ( | )</source>
        <translation>Barra verticale ( | )</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="174"/>
        <source>Unicode</source>
        <extracomment>what each encoding is used for, shown next to its name in the picker</extracomment>
        <translation>Unicode</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="175"/>
        <source>Unicode, with a byte order mark</source>
        <translation>Unicode, con BOM</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="176"/>
        <source>Unicode (Excel “Unicode text”)</source>
        <translation>Unicode (Excel «Testo Unicode»)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="177"/>
        <source>Western European (Windows)</source>
        <translation>Europa occidentale (Windows)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="178"/>
        <source>Western European</source>
        <translation>Europa occidentale</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="179"/>
        <source>Western European, with €</source>
        <translation>Europa occidentale, con €</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="180"/>
        <source>Central European (Windows)</source>
        <translation>Europa centrale (Windows)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="181"/>
        <source>Cyrillic (Windows)</source>
        <translation>Cirillico (Windows)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="182"/>
        <source>Cyrillic (KOI8-R)</source>
        <translation>Cirillico (KOI8-R)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="183"/>
        <source>Cyrillic (DOS)</source>
        <translation>Cirillico (DOS)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="184"/>
        <source>Arabic and Persian (Windows)</source>
        <translation>Arabo e persiano (Windows)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="185"/>
        <source>Thai (Windows)</source>
        <translation>Thailandese (Windows)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="186"/>
        <source>Thai (TIS-620)</source>
        <translation>Thailandese (TIS-620)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="187"/>
        <source>Greek (Windows)</source>
        <translation>Greco (Windows)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="188"/>
        <source>Turkish (Windows)</source>
        <translation>Turco (Windows)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="189"/>
        <source>Hebrew (Windows)</source>
        <translation>Ebraico (Windows)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="190"/>
        <source>Chinese, simplified</source>
        <translation>Cinese semplificato</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="191"/>
        <source>Chinese, traditional</source>
        <translation>Cinese tradizionale</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="192"/>
        <source>Japanese</source>
        <translation>Giapponese</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="193"/>
        <source>Korean</source>
        <translation>Coreano</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="198"/>
        <source>Italy</source>
        <extracomment>common countries for phone numbers written without a country code (ISO 3166 code → name)</extracomment>
        <translation>Italia</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="199"/>
        <source>Iran</source>
        <translation>Iran</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="200"/>
        <source>Russia</source>
        <translation>Russia</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="201"/>
        <source>Thailand</source>
        <translation>Thailandia</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="202"/>
        <source>United States</source>
        <translation>Stati Uniti</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="203"/>
        <source>United Kingdom</source>
        <translation>Regno Unito</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="204"/>
        <source>Germany</source>
        <translation>Germania</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="205"/>
        <source>France</source>
        <translation>Francia</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="206"/>
        <source>Spain</source>
        <translation>Spagna</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="207"/>
        <source>Switzerland</source>
        <translation>Svizzera</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="208"/>
        <source>Austria</source>
        <translation>Austria</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="209"/>
        <source>Netherlands</source>
        <translation>Paesi Bassi</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="210"/>
        <source>Belgium</source>
        <translation>Belgio</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="211"/>
        <source>Poland</source>
        <translation>Polonia</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="212"/>
        <source>Ukraine</source>
        <translation>Ucraina</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="213"/>
        <source>Belarus</source>
        <translation>Bielorussia</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="214"/>
        <source>Kazakhstan</source>
        <translation>Kazakistan</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="215"/>
        <source>Turkey</source>
        <translation>Turchia</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="216"/>
        <source>United Arab Emirates</source>
        <translation>Emirati Arabi Uniti</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="217"/>
        <source>Afghanistan</source>
        <translation>Afghanistan</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="218"/>
        <source>India</source>
        <translation>India</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="219"/>
        <source>China</source>
        <translation>Cina</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="220"/>
        <source>Japan</source>
        <translation>Giappone</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="221"/>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="222"/>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="223"/>
        <source>Brazil</source>
        <translation>Brasile</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="224"/>
        <source>Malaysia</source>
        <translation>Malaysia</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="225"/>
        <source>Laos</source>
        <translation>Laos</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="261"/>
        <source>Ignore (do not import)</source>
        <translation>Ignora (non importare)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/texts.py" line="280"/>
        <source>Row {row}: {problem}</source>
        <translation>Riga {row}: {problem}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desktop_crm/ui/importer/wizard.py" line="129"/>
        <source>Steps</source>
        <translation>Passaggi</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/wizard.py" line="139"/>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/wizard.py" line="140"/>
        <location filename="../../desktop_crm/ui/importer/wizard.py" line="214"/>
        <source>Next</source>
        <translation>Avanti</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/wizard.py" line="142"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/wizard.py" line="176"/>
        <source>Step {number} of {count}: {title}</source>
        <translation>Passaggio {number} di {count}: {title}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/wizard.py" line="196"/>
        <source>Import {records}</source>
        <translation>Importa {records}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/wizard.py" line="210"/>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/wizard.py" line="212"/>
        <source>Finish</source>
        <translation>Fine</translation>
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="270"/>
        <source>1 deal</source>
        <translation>1 trattativa</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="272"/>
        <source>%Ln deals</source>
        <translation>
            <numerusform>%Ln trattativa</numerusform>
            <numerusform>%Ln trattative</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="277"/>
        <source>Goal: {goal}</source>
        <translation>Obiettivo: {goal}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/tiles.py" line="280"/>
        <source>Goal: {goal} ({percent})</source>
        <translation>Obiettivo: {goal} ({percent})</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="12"/>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="13"/>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="14"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="15"/>
        <source>Emails</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="16"/>
        <location filename="../../desktop_crm/ui/labels.py" line="104"/>
        <location filename="../../desktop_crm/ui/labels.py" line="118"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="17"/>
        <source>Phones</source>
        <translation>Telefoni</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="18"/>
        <location filename="../../desktop_crm/ui/labels.py" line="119"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="19"/>
        <source>Job title</source>
        <translation>Qualifica</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="20"/>
        <location filename="../../desktop_crm/ui/labels.py" line="21"/>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="22"/>
        <source>Role at company</source>
        <translation>Ruolo in azienda</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="23"/>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="24"/>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="25"/>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="26"/>
        <source>Birthday</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="27"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="28"/>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="29"/>
        <source>Lifecycle stage</source>
        <translation>Fase del ciclo di vita</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="30"/>
        <source>Customer status</source>
        <translation>Stato cliente</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="31"/>
        <location filename="../../desktop_crm/ui/labels.py" line="32"/>
        <location filename="../../desktop_crm/ui/labels.py" line="156"/>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="33"/>
        <source>Preferred channel</source>
        <translation>Canale preferito</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="34"/>
        <source>Best time to contact</source>
        <translation>Orario preferito per il contatto</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="35"/>
        <source>No email</source>
        <translation>Non inviare email</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="36"/>
        <source>No calls</source>
        <translation>Non chiamare</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="37"/>
        <source>No SMS</source>
        <translation>Non inviare SMS</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="38"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="39"/>
        <source>Last contacted</source>
        <translation>Ultimo contatto</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="40"/>
        <source>Created</source>
        <translation>Data di creazione</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="41"/>
        <source>Updated</source>
        <translation>Ultima modifica</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="42"/>
        <source>Industry</source>
        <translation>Settore</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="43"/>
        <source>Employees</source>
        <translation>Dipendenti</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="44"/>
        <source>Annual revenue</source>
        <translation>Fatturato annuo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="45"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="46"/>
        <source>Website</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="47"/>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="48"/>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="49"/>
        <source>Label</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="50"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="51"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="52"/>
        <source>Lost reason</source>
        <translation>Motivo della perdita</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="53"/>
        <source>Line item added</source>
        <translation>Voce aggiunta</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="54"/>
        <source>Contact added</source>
        <translation>Contatto aggiunto</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="55"/>
        <source>call</source>
        <translation>chiamata</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="56"/>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="57"/>
        <source>meeting</source>
        <translation>incontro</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="58"/>
        <source>demo</source>
        <translation>demo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="59"/>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="60"/>
        <source>message</source>
        <translation>messaggio</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="62"/>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="63"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="64"/>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="65"/>
        <source>Ends</source>
        <translation>Fine</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="66"/>
        <source>All day</source>
        <translation>Tutto il giorno</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="67"/>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="68"/>
        <source>Reminder</source>
        <translation>Promemoria</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="69"/>
        <source>Assigned to</source>
        <translation>Assegnata a</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="70"/>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="71"/>
        <source>Done</source>
        <translation>Completata</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="72"/>
        <source>Repeat</source>
        <translation>Ripetizione</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="73"/>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="74"/>
        <source>Deal</source>
        <translation>Trattativa</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="75"/>
        <source>Snooze</source>
        <translation>Posticipa</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="81"/>
        <source>Follow-up</source>
        <translation>Ricontatto</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="82"/>
        <source>Send document</source>
        <translation>Invio documento</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="87"/>
        <source>Low</source>
        <translation>Bassa</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="88"/>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="89"/>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="93"/>
        <source>contact</source>
        <translation>contatto</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="94"/>
        <source>company</source>
        <translation>azienda</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="95"/>
        <source>deal</source>
        <translation>trattativa</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="96"/>
        <source>activity</source>
        <translation>attività</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="97"/>
        <source>task</source>
        <translation>attività</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="98"/>
        <source>user</source>
        <translation>utente</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="99"/>
        <source>custom field</source>
        <translation>campo personalizzato</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="79"/>
        <location filename="../../desktop_crm/ui/labels.py" line="103"/>
        <source>Call</source>
        <translation>Chiamata</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="80"/>
        <location filename="../../desktop_crm/ui/labels.py" line="105"/>
        <source>Meeting</source>
        <translation>Incontro</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="106"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="107"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="108"/>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="113"/>
        <source>Potential</source>
        <translation>Potenziale</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="114"/>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="115"/>
        <source>Permanent</source>
        <translation>Abituale</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="116"/>
        <location filename="../../desktop_crm/ui/labels.py" line="148"/>
        <source>Lost</source>
        <translation>Perso</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="120"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="121"/>
        <source>Messenger</source>
        <translation>Messenger</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="122"/>
        <source>In person</source>
        <translation>Di persona</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="124"/>
        <source>Administrator</source>
        <translation>Amministratore</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="125"/>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="126"/>
        <source>Salesperson</source>
        <translation>Venditore</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="128"/>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="129"/>
        <source>Long text</source>
        <translation>Testo lungo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="130"/>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="131"/>
        <source>Money</source>
        <translation>Importo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="132"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="133"/>
        <source>Choice</source>
        <translation>Scelta singola</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="134"/>
        <source>Multiple choice</source>
        <translation>Scelta multipla</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="135"/>
        <source>Checkbox</source>
        <translation>Casella di controllo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="136"/>
        <source>Web address</source>
        <translation>Indirizzo web</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="141"/>
        <source>Subscriber</source>
        <translation>Iscritto</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="142"/>
        <source>Lead</source>
        <translation>Lead</translation>
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
        <translation>Opportunità</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="146"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="147"/>
        <source>Evangelist</source>
        <translation>Promotore</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="149"/>
        <source>Trade show</source>
        <translation>Fiera</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="150"/>
        <source>Referral</source>
        <translation>Segnalazione</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="151"/>
        <source>Web form</source>
        <translation>Modulo web</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="152"/>
        <source>Webinar</source>
        <translation>Webinar</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="153"/>
        <source>Campaign</source>
        <translation>Campagna</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="154"/>
        <source>Cold call</source>
        <translation>Chiamata a freddo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="155"/>
        <source>Social media</source>
        <translation>Social media</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="158"/>
        <source>Sales</source>
        <translation>Vendite</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="159"/>
        <source>Lead in</source>
        <translation>Nuovo lead</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="160"/>
        <source>Qualified</source>
        <translation>Qualificato</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="161"/>
        <source>Contacted</source>
        <translation>Contattato</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="162"/>
        <source>Proposal</source>
        <translation>Proposta</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="163"/>
        <source>Negotiation</source>
        <translation>Negoziazione</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="164"/>
        <source>Won</source>
        <translation>Vinta</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="165"/>
        <source>Price</source>
        <translation>Prezzo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="166"/>
        <source>Competitor</source>
        <translation>Concorrente</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="167"/>
        <source>No budget</source>
        <translation>Nessun budget</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="168"/>
        <source>No decision</source>
        <translation>Nessuna decisione</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="169"/>
        <source>Timing</source>
        <translation>Tempistica</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="83"/>
        <location filename="../../desktop_crm/ui/labels.py" line="170"/>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
</context>
<context>
    <name>LogActivityDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="90"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="92"/>
        <source>e.g. interested, call back next week</source>
        <translation>es. interessato, richiamare la settimana prossima</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="95"/>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="96"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="98"/>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="102"/>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="105"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>LogTaskDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/tasks/complete.py" line="79"/>
        <source>Log on the timeline</source>
        <translation>Registra nella cronologia</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/complete.py" line="82"/>
        <source>Log this call on {name}&apos;s timeline?</source>
        <translation>Registrare questa chiamata nella cronologia di «{name}»?</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/complete.py" line="84"/>
        <source>Log this meeting on {name}&apos;s timeline?</source>
        <translation>Registrare questo incontro nella cronologia di «{name}»?</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/complete.py" line="97"/>
        <source>e.g. interested, call back next week</source>
        <translation>es. interessato, richiamare la settimana prossima</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/complete.py" line="101"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/complete.py" line="108"/>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/complete.py" line="110"/>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/complete.py" line="119"/>
        <source>Log</source>
        <translation>Registra</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/complete.py" line="122"/>
        <source>Not now</source>
        <translation>Non ora</translation>
    </message>
</context>
<context>
    <name>LostReasonDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_stage.py" line="195"/>
        <source>Mark the deal as lost</source>
        <translation>Segna la trattativa come persa</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_stage.py" line="204"/>
        <source>Pick a reason or type one</source>
        <translation>Scegli un motivo o scrivine uno</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_stage.py" line="206"/>
        <source>Details (optional)</source>
        <translation>Dettagli (facoltativo)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_stage.py" line="209"/>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="33"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="34"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="35"/>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="36"/>
        <source>Companies</source>
        <translation>Aziende</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="37"/>
        <source>My tasks</source>
        <translation>Le mie attività</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="38"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="39"/>
        <source>Reports</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="40"/>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="65"/>
        <source>desktop_crm</source>
        <translation>desktop_crm</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="69"/>
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="99"/>
        <source>Database: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="107"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="108"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importa…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="110"/>
        <source>Import history…</source>
        <translation>Cronologia importazioni…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="112"/>
        <source>Back up now</source>
        <translation>Esegui backup ora</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="114"/>
        <source>Export tasks to a calendar file (.ics)…</source>
        <translation>Esporta attività in un file di calendario (.ics)…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="117"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="121"/>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="122"/>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="354"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="124"/>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="359"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="129"/>
        <source>&amp;Find…</source>
        <translation>&amp;Trova…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="131"/>
        <source>Recently &amp;deleted…</source>
        <translation>&amp;Eliminati di recente…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="133"/>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="139"/>
        <source>Sales &amp;goals…</source>
        <translation>&amp;Obiettivi di vendita…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="140"/>
        <source>Weekly &amp;digest…</source>
        <translation>Riepilogo &amp;settimanale…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="142"/>
        <source>Close record</source>
        <translation>Chiudi scheda</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="338"/>
        <source>Backup saved: {path}</source>
        <translation>Backup salvato: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="352"/>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Annulla «{what}»</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="357"/>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Ripeti «{what}»</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="365"/>
        <source>Warning: the database is in a cloud-synced folder; SQLite&apos;s locking is not reliable there. Keep it in a local folder.</source>
        <translation>Attenzione: il database si trova in una cartella sincronizzata con il cloud, dove il blocco dei file di SQLite non è affidabile. Tienilo in una cartella locale.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="368"/>
        <source>Warning: the database is on a network drive; SQLite&apos;s locking is not reliable there. Keep it on this computer.</source>
        <translation>Attenzione: il database si trova su un&apos;unità di rete, dove il blocco dei file di SQLite non è affidabile. Tienilo su questo computer.</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <location filename="../../desktop_crm/ui/importer/models.py" line="173"/>
        <source>New field: {label} ({type})</source>
        <translation>Nuovo campo: {label} ({type})</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/models.py" line="211"/>
        <source>Column in the file</source>
        <translation>Colonna nel file</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/models.py" line="211"/>
        <source>Sample values</source>
        <translation>Valori di esempio</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/models.py" line="211"/>
        <source>Import as</source>
        <translation>Importa come</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_mapping.py" line="31"/>
        <location filename="../../desktop_crm/ui/importer/page_mapping.py" line="32"/>
        <source>a Google Contacts export</source>
        <translation>un&apos;esportazione di Google Contatti</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_mapping.py" line="33"/>
        <source>an Outlook export</source>
        <translation>un&apos;esportazione di Outlook</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_mapping.py" line="47"/>
        <source>Columns</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_mapping.py" line="54"/>
        <source>Columns of the file</source>
        <translation>Colonne del file</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_mapping.py" line="73"/>
        <source>New custom field…</source>
        <translation>Nuovo campo personalizzato…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_mapping.py" line="75"/>
        <source>Keep this column in a new field of its own, created with the import.</source>
        <translation>Conserva questa colonna in un nuovo campo dedicato, creato con l&apos;importazione.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_mapping.py" line="77"/>
        <source>Guess again</source>
        <translation>Rileva di nuovo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_mapping.py" line="79"/>
        <source>Forget the changes and guess every column from its name and values.</source>
        <translation>Scarta le modifiche e riconosci di nuovo ogni colonna dal nome e dai valori.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_mapping.py" line="116"/>
        <source>Choose what each column of the file becomes. Columns set to “Ignore” are not imported.</source>
        <translation>Scegli cosa diventa ogni colonna del file. Le colonne impostate su «Ignora» non vengono importate.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_mapping.py" line="121"/>
        <source>The choices of your last import of a file with these columns were applied.</source>
        <translation>Sono state applicate le scelte dell&apos;ultima importazione di un file con queste colonne.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_mapping.py" line="127"/>
        <source>The file looks like {layout}: its columns were mapped for you.</source>
        <translation>Il file sembra {layout}: le colonne sono state associate automaticamente.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_mapping.py" line="160"/>
        <source>“{field}” now comes from the column {column}; {other} is ignored.</source>
        <translation>«{field}» ora proviene dalla colonna {column}; {other} viene ignorata.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/importer/page_mapping.py" line="173"/>
        <source>%Ln of the file&apos;s columns will be imported.</source>
        <translation>
            <numerusform>Verrà importata %Ln colonna del file.</numerusform>
            <numerusform>Verranno importate %Ln colonne del file.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_mapping.py" line="176"/>
        <source>Choose a field for at least one column.</source>
        <translation>Scegli un campo per almeno una colonna.</translation>
    </message>
</context>
<context>
    <name>MatchingPage</name>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="48"/>
        <source>Matching and formats</source>
        <translation>Confronto e formati</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="62"/>
        <source>Find existing records by</source>
        <translation>Trova le schede esistenti per</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="64"/>
        <source>When a row matches a record</source>
        <translation>Quando una riga corrisponde a una scheda</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="65"/>
        <source>Skip the row: keep the record as it is</source>
        <translation>Salta la riga: lascia la scheda com&apos;è</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="66"/>
        <source>Fill in the record&apos;s empty fields only</source>
        <translation>Compila solo i campi vuoti della scheda</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="68"/>
        <source>Overwrite the record&apos;s fields with the file&apos;s values</source>
        <translation>Sovrascrivi i campi della scheda con i valori del file</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="72"/>
        <source>Emails, phone numbers and names are compared ignoring case, spaces and how numbers are written.</source>
        <translation>Email, numeri di telefono e nomi vengono confrontati ignorando maiuscole, spazi e il modo in cui sono scritti i numeri.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="77"/>
        <source>Records that exist already</source>
        <translation>Schede già esistenti</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="79"/>
        <source>Find them by:</source>
        <translation>Trovale per:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="80"/>
        <source>When a row matches:</source>
        <translation>Se una riga corrisponde:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="85"/>
        <source>Country of phone numbers</source>
        <translation>Paese dei numeri di telefono</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="87"/>
        <source>Decimal separator</source>
        <translation>Separatore decimale</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="88"/>
        <source>Recognise it in each column</source>
        <translation>Riconosci in ogni colonna</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="89"/>
        <source>Point: 1,234.56</source>
        <translation>Punto: 1,234.56</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="90"/>
        <source>Comma: 1.234,56</source>
        <translation>Virgola: 1.234,56</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="92"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="93"/>
        <source>Reading the values</source>
        <translation>Lettura dei valori</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="96"/>
        <source>Phone numbers without a country code are from:</source>
        <translation>Paese dei numeri senza prefisso internazionale:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="98"/>
        <source>Decimal separator:</source>
        <translation>Separatore decimale:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="99"/>
        <source>New deals go to the pipeline:</source>
        <translation>Le nuove trattative vanno nella pipeline:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="103"/>
        <source>Order of day and month</source>
        <translation>Ordine di giorno e mese</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="104"/>
        <source>Day first (31/12/2026)</source>
        <translation>Prima il giorno (31/12/2026)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="105"/>
        <source>Month first (12/31/2026)</source>
        <translation>Prima il mese (12/31/2026)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="106"/>
        <source>Year first (2026/12/31)</source>
        <translation>Prima l&apos;anno (2026/12/31)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="108"/>
        <source>Calendar of the dates</source>
        <translation>Calendario delle date</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="109"/>
        <source>Recognise it (Gregorian or Persian)</source>
        <translation>Riconosci (gregoriano o persiano)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="110"/>
        <source>Gregorian</source>
        <translation>Gregoriano</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="111"/>
        <source>Persian (Jalali, e.g. 1405/09/02)</source>
        <translation>Persiano (Jalali, es. 1405/09/02)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="114"/>
        <source>Dates</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="117"/>
        <source>Day and month:</source>
        <translation>Giorno e mese:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="118"/>
        <source>Calendar:</source>
        <translation>Calendario:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="149"/>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="156"/>
        <source>Email address</source>
        <translation>Indirizzo email</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="151"/>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="158"/>
        <source>Phone number</source>
        <translation>Numero di telefono</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="152"/>
        <source>Name and company</source>
        <translation>Nome e azienda</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="154"/>
        <source>Company name</source>
        <translation>Nome dell&apos;azienda</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="160"/>
        <source>Deal title</source>
        <translation>Titolo della trattativa</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="161"/>
        <source>Do not look for them: every row is a new record</source>
        <translation>Non cercarle: ogni riga è una nuova scheda</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="184"/>
        <source>None: every number has its country code</source>
        <translation>Nessuno: ogni numero ha il prefisso internazionale</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="225"/>
        <source>These dates can be read two ways. Which is right?</source>
        <translation>Queste date si possono leggere in due modi. Qual è quello giusto?</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="227"/>
        <source>The first dates of the file, read each way:</source>
        <translation>Le prime date del file, lette nei due modi:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_matching.py" line="234"/>
        <source>{text}: day first {dmy} · month first {mdy}</source>
        <translation>{text}: prima il giorno {dmy} · prima il mese {mdy}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="19"/>
        <source>{field}: this field is required.</source>
        <translation>{field}: campo obbligatorio.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="20"/>
        <source>{field}: too long ({length} characters; at most {limit}).</source>
        <translation>{field}: testo troppo lungo ({length} caratteri; massimo {limit}).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="23"/>
        <source>{field}: “{value}” is not an email address.</source>
        <translation>{field}: «{value}» non è un indirizzo email.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="24"/>
        <source>{field}: “{value}” is not a phone number.</source>
        <translation>{field}: «{value}» non è un numero di telefono.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="25"/>
        <source>{field}: “{value}” is not a web address.</source>
        <translation>{field}: «{value}» non è un indirizzo web.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="26"/>
        <source>{field}: “{value}” is not a date.</source>
        <translation>{field}: «{value}» non è una data.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="27"/>
        <source>{field}: the date is before 1900.</source>
        <translation>{field}: la data è precedente al 1900.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="28"/>
        <source>{field}: a birthday cannot be in the future.</source>
        <translation>{field}: la data di nascita non può essere nel futuro.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="29"/>
        <source>{field}: not a number.</source>
        <translation>{field}: non è un numero.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="30"/>
        <source>{field}: the value is out of range.</source>
        <translation>{field}: valore fuori intervallo.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="31"/>
        <source>{field}: an amount cannot be negative.</source>
        <translation>{field}: un importo non può essere negativo.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="32"/>
        <source>{field}: a whole number of 0 or more is expected.</source>
        <translation>{field}: serve un numero intero maggiore o uguale a 0.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="33"/>
        <source>{field}: not one of the choices.</source>
        <translation>{field}: non è tra le opzioni disponibili.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="34"/>
        <source>{field}: contains characters that cannot be saved.</source>
        <translation>{field}: contiene caratteri che non si possono salvare.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="35"/>
        <source>A contact needs a first name, a last name or an email.</source>
        <translation>Un contatto deve avere un nome, un cognome o un&apos;email.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="38"/>
        <source>{field}: the linked record does not exist (any more).</source>
        <translation>{field}: la scheda collegata non esiste (più).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="41"/>
        <source>{field}: that name is taken.</source>
        <translation>{field}: questo nome è già in uso.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="42"/>
        <source>A choice field needs at least one option.</source>
        <translation>Un campo a scelta richiede almeno un&apos;opzione.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="43"/>
        <source>The record was not found; it may have been deleted.</source>
        <translation>Scheda non trovata: potrebbe essere stata eliminata.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="46"/>
        <source>The record was changed elsewhere meanwhile (another window or user). Nothing was changed; the latest values are shown.</source>
        <translation>Nel frattempo la scheda è stata modificata altrove (in un&apos;altra finestra o da un altro utente). Non è stato modificato nulla; vengono mostrati i valori più recenti.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="50"/>
        <source>The database is locked by another program. Nothing was changed; try again in a moment.</source>
        <translation>Il database è bloccato da un altro programma. Non è stato modificato nulla; riprova tra poco.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="54"/>
        <source>The database file is read-only. Nothing was changed. Check the file&apos;s permissions or choose another data folder.</source>
        <translation>Il file del database è di sola lettura. Non è stato modificato nulla. Controlla i permessi del file o scegli un&apos;altra cartella dati.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="58"/>
        <source>The disk is full. Nothing was changed; free some space and try again.</source>
        <translation>Il disco è pieno. Non è stato modificato nulla; libera un po&apos; di spazio e riprova.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="61"/>
        <source>The database file is damaged.</source>
        <translation>Il file del database è danneggiato.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="62"/>
        <source>This database was written by a newer version of desktop_crm. Update the app to open it; the file was not changed.</source>
        <translation>Questo database è stato creato con una versione più recente di desktop_crm. Aggiorna l&apos;app per aprirlo; il file non è stato modificato.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="66"/>
        <source>There is nothing to undo.</source>
        <translation>Non c&apos;è nulla da annullare.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="67"/>
        <source>There is nothing to redo.</source>
        <translation>Non c&apos;è nulla da ripetere.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="68"/>
        <source>{field}: “{value}” is not a date and time.</source>
        <translation>{field}: «{value}» non è una data e ora.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="71"/>
        <source>{field}: the linked record was deleted.</source>
        <translation>{field}: la scheda collegata è stata eliminata.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="72"/>
        <source>The demo data can only be loaded into an empty database.</source>
        <translation>I dati demo si possono caricare solo in un database vuoto.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="75"/>
        <source>The end is before the start.</source>
        <translation>La fine è prima dell&apos;inizio.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="76"/>
        <source>The reminder would ring after the task is due.</source>
        <translation>Il promemoria suonerebbe dopo la scadenza dell&apos;attività.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="79"/>
        <source>{field}: set a due date first.</source>
        <translation>{field}: imposta prima una scadenza.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="80"/>
        <source>A weekly repeat needs at least one day of the week.</source>
        <translation>Una ripetizione settimanale richiede almeno un giorno della settimana.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="83"/>
        <source>Repeat every 1 to 999 periods.</source>
        <translation>L&apos;intervallo di ripetizione va da 1 a 999.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="84"/>
        <source>This repeat rule is not valid.</source>
        <translation>Questa regola di ripetizione non è valida.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="85"/>
        <source>{field}: “{value}” is not a day of this calendar.</source>
        <translation>{field}: «{value}» non è un giorno di questo calendario.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="88"/>
        <source>The task is already done.</source>
        <translation>L&apos;attività è già completata.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="89"/>
        <source>Mark the task done with its own button.</source>
        <translation>Segna l&apos;attività come fatta con il pulsante apposito.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="111"/>
        <source>Create {what}</source>
        <translation>Crea {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="112"/>
        <source>Edit {what}</source>
        <translation>Modifica {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="113"/>
        <source>Delete {what}</source>
        <translation>Elimina {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="114"/>
        <source>Restore {what}</source>
        <translation>Ripristina {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="115"/>
        <source>Tag {what}</source>
        <translation>Aggiungi tag: {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="116"/>
        <source>Remove tag from {what}</source>
        <translation>Rimuovi tag: {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="117"/>
        <source>Log {what}</source>
        <translation>Registra {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="118"/>
        <source>Set up</source>
        <translation>Configurazione iniziale</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="119"/>
        <source>Load demo data</source>
        <translation>Carica dati demo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="120"/>
        <source>Move {what}</source>
        <translation>Sposta {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="121"/>
        <source>Mark {what} as won</source>
        <translation>Segna {what} come vinta</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="122"/>
        <source>Mark {what} as lost</source>
        <translation>Segna {what} come persa</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="123"/>
        <source>Reopen {what}</source>
        <translation>Riapri {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="124"/>
        <source>Reorder {what}</source>
        <translation>Riordina {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="125"/>
        <source>Link to {what}</source>
        <translation>Collega: {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="126"/>
        <source>Unlink from {what}</source>
        <translation>Scollega: {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="127"/>
        <source>Complete {what}</source>
        <translation>Completa {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="128"/>
        <source>Reschedule {what}</source>
        <translation>Ripianifica {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="129"/>
        <source>Snooze {what}</source>
        <translation>Posticipa {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="130"/>
        <source>Dismiss reminder of {what}</source>
        <translation>Ignora promemoria: {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="131"/>
        <source>Create follow-up tasks</source>
        <translation>Crea attività di ricontatto</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="132"/>
        <source>Merge {what}</source>
        <translation>Unisci {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="133"/>
        <source>Mark {what} as not duplicates</source>
        <translation>Segna come non duplicati ({what})</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <location filename="../../desktop_crm/ui/calendar/month_view.py" line="51"/>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/calendar/month_view.py" line="205"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n altro</numerusform>
            <numerusform>+%n altri</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MultiChoiceEditor</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/editors.py" line="336"/>
        <location filename="../../desktop_crm/ui/cards/editors.py" line="340"/>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
</context>
<context>
    <name>MyTasksPage</name>
    <message>
        <location filename="../../desktop_crm/ui/tasks/my_tasks.py" line="102"/>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/my_tasks.py" line="121"/>
        <source>My tasks</source>
        <translation>Le mie attività</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/my_tasks.py" line="122"/>
        <source>Everyone</source>
        <translation>Tutti</translation>
    </message>
</context>
<context>
    <name>NewDealDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/new_deal_dialog.py" line="57"/>
        <source>New deal</source>
        <translation>Nuova trattativa</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/new_deal_dialog.py" line="118"/>
        <source>Contact: {name}</source>
        <translation>Contatto: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/new_deal_dialog.py" line="121"/>
        <source>Company: {name}</source>
        <translation>Azienda: {name}</translation>
    </message>
</context>
<context>
    <name>NewRecordDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="114"/>
        <source>New contact</source>
        <translation>Nuovo contatto</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="114"/>
        <source>New company</source>
        <translation>Nuova azienda</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="126"/>
        <source>Create</source>
        <translation>Crea</translation>
    </message>
</context>
<context>
    <name>PipelineActions</name>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/actions.py" line="160"/>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/actions.py" line="163"/>
        <source>Move to the previous stage</source>
        <translation>Sposta alla fase precedente</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/actions.py" line="164"/>
        <source>Move to the next stage</source>
        <translation>Sposta alla fase successiva</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/actions.py" line="165"/>
        <source>Move up</source>
        <translation>Sposta su</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/actions.py" line="166"/>
        <source>Move down</source>
        <translation>Sposta giù</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/actions.py" line="174"/>
        <source>Won</source>
        <translation>Vinta</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/actions.py" line="175"/>
        <source>Lost…</source>
        <translation>Persa…</translation>
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
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="84"/>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="85"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="86"/>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="88"/>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="89"/>
        <source>Filter deals</source>
        <translation>Filtra trattative</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="94"/>
        <source>Open deals</source>
        <translation>Trattative aperte</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="95"/>
        <source>Won deals</source>
        <translation>Trattative vinte</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="96"/>
        <source>Lost deals</source>
        <translation>Trattative perse</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="100"/>
        <source>Board</source>
        <translation>Bacheca</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="102"/>
        <source>List</source>
        <translation>Elenco</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="110"/>
        <source>Reopen</source>
        <translation>Riapri</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="111"/>
        <source>New deal…</source>
        <translation>Nuova trattativa…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="186"/>
        <source>All owners</source>
        <translation>Tutti i responsabili</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="187"/>
        <source>All tags</source>
        <translation>Tutti i tag</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="197"/>
        <source>All sources</source>
        <translation>Tutte le origini</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="278"/>
        <source>1 deal</source>
        <translation>1 trattativa</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="278"/>
        <source>%Ln deals</source>
        <translation>
            <numerusform>%Ln trattativa</numerusform>
            <numerusform>%Ln trattative</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/page.py" line="361"/>
        <source>Select a deal first, or drag its card onto Won or Lost.</source>
        <translation>Seleziona prima una trattativa, oppure trascina la sua scheda su Vinta o Persa.</translation>
    </message>
</context>
<context>
    <name>PipelinesPanel</name>
    <message>
        <location filename="../../desktop_crm/ui/settings/pipelines.py" line="49"/>
        <source>Where do its deals go?</source>
        <translation>Dove vanno le sue trattative?</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/pipelines.py" line="71"/>
        <location filename="../../desktop_crm/ui/settings/pipelines.py" line="84"/>
        <source>Add…</source>
        <translation>Aggiungi…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/pipelines.py" line="72"/>
        <location filename="../../desktop_crm/ui/settings/pipelines.py" line="85"/>
        <source>Rename</source>
        <translation>Rinomina</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/pipelines.py" line="73"/>
        <location filename="../../desktop_crm/ui/settings/pipelines.py" line="86"/>
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/pipelines.py" line="75"/>
        <source>Pipelines</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/pipelines.py" line="88"/>
        <source>Stages</source>
        <translation>Fasi</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/pipelines.py" line="92"/>
        <source>Drag a stage to reorder. Won and Lost always come last.</source>
        <translation>Trascina una fase per riordinarla. Vinta e Persa sono sempre in fondo.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/pipelines.py" line="232"/>
        <source>New pipeline</source>
        <translation>Nuova pipeline</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/pipelines.py" line="232"/>
        <source>Name of the pipeline</source>
        <translation>Nome della pipeline</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/pipelines.py" line="240"/>
        <source>New stage</source>
        <translation>Nuova fase</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/pipelines.py" line="240"/>
        <source>Name of the stage</source>
        <translation>Nome della fase</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/pipelines.py" line="252"/>
        <source>Deals are in “{stage}”. Move them to:</source>
        <translation>Ci sono trattative in «{stage}». Spostale in:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/pipelines.py" line="271"/>
        <source>Deals are in “{pipeline}”. Move them to:</source>
        <translation>Ci sono trattative in «{pipeline}». Spostale in:</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="56"/>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="84"/>
        <source>New</source>
        <translation>Nuovi</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="85"/>
        <source>Updated</source>
        <translation>Aggiornati</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="86"/>
        <source>Unchanged</source>
        <translation>Invariati</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="87"/>
        <source>Skipped</source>
        <translation>Saltati</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="89"/>
        <source>With errors</source>
        <translation>Con errori</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="66"/>
        <source>Check again</source>
        <translation>Controlla di nuovo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="88"/>
        <source>With warnings</source>
        <translation>Con avvisi</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="114"/>
        <source>Order of day and month</source>
        <translation>Ordine di giorno e mese</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="115"/>
        <source>Day first</source>
        <translation>Prima il giorno</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="116"/>
        <source>Month first</source>
        <translation>Prima il mese</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="123"/>
        <source>Rows as they will be saved</source>
        <translation>Righe come verranno salvate</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="124"/>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="142"/>
        <source>Errors</source>
        <translation>Errori</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="126"/>
        <source>Save the rows with errors…</source>
        <translation>Salva le righe con errori…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="129"/>
        <source>Save these rows, with the reason in a last column, to fix them and import them again.</source>
        <translation>Salva queste righe, con il motivo in un&apos;ultima colonna, per correggerle e importarle di nuovo.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="141"/>
        <source>First rows</source>
        <translation>Prime righe</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="143"/>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="147"/>
        <source>Warnings</source>
        <translation>Avvisi</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="193"/>
        <source>Reading every row and comparing it with your records…</source>
        <translation>Lettura di tutte le righe e confronto con le tue schede…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="206"/>
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="230"/>
        <source>The check was cancelled. Nothing was imported.</source>
        <translation>Il controllo è stato annullato. Non è stato importato nulla.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="259"/>
        <source>Warnings (%Ln)</source>
        <translation>
            <numerusform>Avvisi (%Ln)</numerusform>
            <numerusform>Avvisi (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="264"/>
        <source>Errors (%Ln)</source>
        <translation>
            <numerusform>Errori (%Ln)</numerusform>
            <numerusform>Errori (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="270"/>
        <source>Nothing would be imported: no row is new or changes a record.</source>
        <translation>Non verrebbe importato nulla: nessuna riga è nuova o modifica una scheda.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="276"/>
        <source>Only the first %Ln errors are listed.</source>
        <translation>
            <numerusform>Viene elencato solo il primo %Ln errore.</numerusform>
            <numerusform>Vengono elencati solo i primi %Ln errori.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="281"/>
        <source>Nothing has been saved yet. Press “Import” to import.</source>
        <translation>Non è ancora stato salvato nulla. Premi «Importa» per importare.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="288"/>
        <source>1 new company will be created.</source>
        <translation>Verrà creata 1 nuova azienda.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="291"/>
        <source>%Ln new companies will be created.</source>
        <translation>
            <numerusform>Verrà creata %Ln nuova azienda.</numerusform>
            <numerusform>Verranno create %Ln nuove aziende.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="294"/>
        <source>1 new contact will be created.</source>
        <translation>Verrà creato 1 nuovo contatto.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="296"/>
        <source>%Ln new contacts will be created.</source>
        <translation>
            <numerusform>Verrà creato %Ln nuovo contatto.</numerusform>
            <numerusform>Verranno creati %Ln nuovi contatti.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="298"/>
        <source>Records that exist show only the fields that change.</source>
        <translation>Per le schede esistenti sono mostrati solo i campi che cambiano.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="300"/>
        <source>1 row repeats an earlier row of the file.</source>
        <translation>1 riga ripete una riga precedente del file.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="303"/>
        <source>%Ln rows repeat an earlier row of the file.</source>
        <translation>
            <numerusform>%Ln riga ripete una riga precedente del file.</numerusform>
            <numerusform>%Ln righe ripetono righe precedenti del file.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="331"/>
        <source>The dates of “{column}” ({samples}) read both day-first and month-first. Which is right?</source>
        <translation>Le date di «{column}» ({samples}) si possono leggere sia come giorno/mese sia come mese/giorno. Qual è l&apos;ordine giusto?</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="337"/>
        <source>The dates ({samples}) read both day-first and month-first. Check the order:</source>
        <translation>Le date ({samples}) si possono leggere sia come giorno/mese sia come mese/giorno. Controlla l&apos;ordine:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="358"/>
        <source>Save the rows with errors</source>
        <translation>Salva le righe con errori</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="360"/>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>File CSV (*.csv);;Cartelle di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="372"/>
        <source>The file could not be saved: {reason}</source>
        <translation>Impossibile salvare il file: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/importer/page_preview.py" line="383"/>
        <source>Rows saved: %Ln, in {file}.</source>
        <translation>
            <numerusform>Righe salvate: %Ln, in {file}.</numerusform>
            <numerusform>Righe salvate: %Ln, in {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewRowsModel</name>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="100"/>
        <source>Row</source>
        <translation>Riga</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importer/result_models.py" line="100"/>
        <source>What happens</source>
        <translation>Azione</translation>
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
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="19"/>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="20"/>
        <source>Save All</source>
        <translation>Salva tutti</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="21"/>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="22"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="23"/>
        <source>&amp;Yes</source>
        <translation>&amp;Sì</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="24"/>
        <source>Yes to &amp;All</source>
        <translation>Sì &amp;a tutti</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="25"/>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="26"/>
        <source>N&amp;o to All</source>
        <translation>N&amp;o a tutti</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="27"/>
        <source>Apply</source>
        <translation>Applica</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="28"/>
        <source>Reset</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="29"/>
        <source>Restore Defaults</source>
        <translation>Ripristina valori predefiniti</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="30"/>
        <source>Discard</source>
        <translation>Scarta</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="31"/>
        <source>Don&apos;t Save</source>
        <translation>Non salvare</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="32"/>
        <source>Close without Saving</source>
        <translation>Chiudi senza salvare</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="33"/>
        <source>Help</source>
        <translation>Aiuto</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="34"/>
        <source>Abort</source>
        <translation>Interrompi</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="35"/>
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/qt_texts.py" line="36"/>
        <source>Ignore</source>
        <translation>Ignora</translation>
    </message>
</context>
<context>
    <name>QuickActions</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="34"/>
        <source>Log call</source>
        <translation>Registra chiamata</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="35"/>
        <source>Log meeting</source>
        <translation>Registra incontro</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="36"/>
        <source>Log email</source>
        <translation>Registra email</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="37"/>
        <source>Add note</source>
        <translation>Aggiungi nota</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="40"/>
        <source>Log a call</source>
        <translation>Registra una chiamata</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="41"/>
        <source>Log a meeting</source>
        <translation>Registra un incontro</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="42"/>
        <source>Log an email</source>
        <translation>Registra un&apos;email</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="43"/>
        <source>Add a note</source>
        <translation>Aggiungi una nota</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="47"/>
        <source>Plan a task</source>
        <translation>Pianifica un&apos;attività</translation>
    </message>
</context>
<context>
    <name>QuickAddLine</name>
    <message>
        <location filename="../../desktop_crm/ui/tasks/quick_add.py" line="91"/>
        <source>Add a task: “Call Marco tomorrow 10:00” and Enter</source>
        <translation>Aggiungi un&apos;attività: «Chiama Marco domani 10:00» e Invio</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/quick_add.py" line="151"/>
        <source>no date</source>
        <translation>senza data</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/quick_add.py" line="154"/>
        <source>today</source>
        <translation>oggi</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/quick_add.py" line="156"/>
        <source>tomorrow</source>
        <translation>domani</translation>
    </message>
</context>
<context>
    <name>RatesModel</name>
    <message>
        <location filename="../../desktop_crm/ui/settings/currencies.py" line="97"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/currencies.py" line="97"/>
        <source>Value of 1 unit in {base}</source>
        <translation>Valore di 1 unità in {base}</translation>
    </message>
</context>
<context>
    <name>RecordCard</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="89"/>
        <source>(no name)</source>
        <translation>(senza nome)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="130"/>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="146"/>
        <source>Restore</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="158"/>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="163"/>
        <source>Custom fields</source>
        <translation>Campi personalizzati</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="165"/>
        <source>No custom fields yet. Add them in Settings.</source>
        <translation>Ancora nessun campo personalizzato. Aggiungili nelle Impostazioni.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="183"/>
        <source>Tasks</source>
        <translation>Attività</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="196"/>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="256"/>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="309"/>
        <source>(unknown)</source>
        <translation>(sconosciuto)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="316"/>
        <source>Contacts: {count}</source>
        <translation>Contatti: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="321"/>
        <source>Owner: {name}</source>
        <translation>Responsabile: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="324"/>
        <source>Last contacted: {when}</source>
        <translation>Ultimo contatto: {when}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="325"/>
        <source>Created: {when}</source>
        <translation>Creazione: {when}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="350"/>
        <source>This {what} was deleted on {when}. Restore it to change it.</source>
        <translation>Questa scheda ({what}) è stata eliminata il {when}. Ripristinala per modificarla.</translation>
    </message>
</context>
<context>
    <name>RecordDealsBox</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_deals.py" line="117"/>
        <source>Deals</source>
        <translation>Trattative</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_deals.py" line="128"/>
        <source>New deal…</source>
        <translation>Nuova trattativa…</translation>
    </message>
</context>
<context>
    <name>RecordDealsModel</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_deals.py" line="71"/>
        <source>Won</source>
        <translation>Vinta</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_deals.py" line="73"/>
        <source>Lost</source>
        <translation>Persa</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="177"/>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="178"/>
        <source>Lifecycle stage</source>
        <translation>Fase del ciclo di vita</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="180"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="181"/>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="185"/>
        <source>New contact…</source>
        <translation>Nuovo contatto…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="185"/>
        <source>New company…</source>
        <translation>Nuova azienda…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="187"/>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="245"/>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="188"/>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="191"/>
        <source>Export the list as it is filtered (or the selected rows) to CSV, Excel or vCard</source>
        <translation>Esporta l&apos;elenco filtrato (o le righe selezionate) in CSV, Excel o vCard</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="194"/>
        <source>Find duplicates…</source>
        <translation>Trova duplicati…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="198"/>
        <source>Columns</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="277"/>
        <source>All owners</source>
        <translation>Tutti i responsabili</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="279"/>
        <source>All tags</source>
        <translation>Tutti i tag</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="282"/>
        <source>All stages</source>
        <translation>Tutte le fasi</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="288"/>
        <source>All sources</source>
        <translation>Tutte le origini</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="378"/>
        <source>1 contact</source>
        <translation>1 contatto</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="378"/>
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln contatto</numerusform>
            <numerusform>%Ln contatti</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="380"/>
        <source>1 company</source>
        <translation>1 azienda</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="380"/>
        <source>%Ln companies</source>
        <translation>
            <numerusform>%Ln azienda</numerusform>
            <numerusform>%Ln aziende</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <location filename="../../desktop_crm/ui/tasks/link_picker.py" line="39"/>
        <source>Search contacts…</source>
        <translation>Cerca contatti…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/link_picker.py" line="41"/>
        <source>Search companies…</source>
        <translation>Cerca aziende…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/link_picker.py" line="70"/>
        <source>Choose a contact from the suggestions.</source>
        <translation>Scegli un contatto tra i suggerimenti.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/link_picker.py" line="72"/>
        <source>Choose a company from the suggestions.</source>
        <translation>Scegli un&apos;azienda tra i suggerimenti.</translation>
    </message>
</context>
<context>
    <name>ReminderCenter</name>
    <message>
        <location filename="../../desktop_crm/ui/reminders/center.py" line="87"/>
        <source>Show reminders</source>
        <translation>Mostra promemoria</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/center.py" line="179"/>
        <source>Due {when}</source>
        <translation>Scadenza: {when}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/reminders/center.py" line="186"/>
        <source>and %n more</source>
        <translation>
            <numerusform>e %n altro</numerusform>
            <numerusform>e altri %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/reminders/dialog.py" line="47"/>
        <source>5 minutes</source>
        <translation>5 minuti</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/dialog.py" line="48"/>
        <source>10 minutes</source>
        <translation>10 minuti</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/dialog.py" line="49"/>
        <source>30 minutes</source>
        <translation>30 minuti</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/dialog.py" line="50"/>
        <source>1 hour</source>
        <translation>1 ora</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/dialog.py" line="51"/>
        <source>Tomorrow</source>
        <translation>Domani</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/dialog.py" line="105"/>
        <source>Reminders</source>
        <translation>Promemoria</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/dialog.py" line="130"/>
        <source>Snooze</source>
        <translation>Posticipa</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/dialog.py" line="132"/>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/dialog.py" line="133"/>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/dialog.py" line="134"/>
        <source>Dismiss</source>
        <translation>Ignora</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/dialog.py" line="135"/>
        <source>Dismiss all</source>
        <translation>Ignora tutti</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/dialog.py" line="136"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/dialog.py" line="199"/>
        <source>No reminders are due.</source>
        <translation>Nessun promemoria in scadenza.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/reminders/dialog.py" line="61"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minuti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/reminders/dialog.py" line="64"/>
        <source>%n reminders due</source>
        <translation>
            <numerusform>%n promemoria in scadenza</numerusform>
            <numerusform>%n promemoria in scadenza</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/dialog.py" line="77"/>
        <source>1 reminder due</source>
        <translation>1 promemoria in scadenza</translation>
    </message>
</context>
<context>
    <name>ReminderEditor</name>
    <message>
        <location filename="../../desktop_crm/ui/tasks/reminder_editor.py" line="18"/>
        <source>No reminder</source>
        <translation>Nessun promemoria</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/reminder_editor.py" line="19"/>
        <source>At the due time</source>
        <translation>All&apos;ora di scadenza</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/reminder_editor.py" line="20"/>
        <source>Minutes before</source>
        <translation>Minuti prima</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/reminder_editor.py" line="21"/>
        <source>Hours before</source>
        <translation>Ore prima</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/reminder_editor.py" line="22"/>
        <source>Days before</source>
        <translation>Giorni prima</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/reminder_editor.py" line="23"/>
        <source>On a date…</source>
        <translation>In una data…</translation>
    </message>
</context>
<context>
    <name>ReminderModel</name>
    <message>
        <location filename="../../desktop_crm/ui/reminders/model.py" line="115"/>
        <source>Task</source>
        <translation>Attività</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/model.py" line="115"/>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/model.py" line="115"/>
        <source>Linked to</source>
        <translation>Collegata a</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reminders/model.py" line="148"/>
        <source>overdue</source>
        <translation>scaduta</translation>
    </message>
</context>
<context>
    <name>RepeatEditor</name>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="35"/>
        <source>Does not repeat</source>
        <translation>Non si ripete</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="36"/>
        <source>Daily</source>
        <translation>Ogni giorno</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="37"/>
        <source>Weekly</source>
        <translation>Ogni settimana</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="38"/>
        <source>Monthly</source>
        <translation>Ogni mese</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="39"/>
        <source>Yearly</source>
        <translation>Ogni anno</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="70"/>
        <source>Every day</source>
        <translation>Ogni giorno</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="49"/>
        <source>Every %Ln days</source>
        <translation>
            <numerusform>Ogni %Ln giorno</numerusform>
            <numerusform>Ogni %Ln giorni</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="78"/>
        <source>Every week on {days}</source>
        <translation>Ogni settimana di {days}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="52"/>
        <source>Every %Ln weeks on {days}</source>
        <translation>
            <numerusform>Ogni %Ln settimana di {days}</numerusform>
            <numerusform>Ogni %Ln settimane di {days}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="86"/>
        <source>Every year</source>
        <translation>Ogni anno</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="58"/>
        <source>Every %Ln years</source>
        <translation>
            <numerusform>Ogni %Ln anno</numerusform>
            <numerusform>Ogni %Ln anni</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="91"/>
        <source>{every} on {day}</source>
        <translation>{every}, il {day}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="95"/>
        <source>{rule}, until {date}</source>
        <translation>{rule}, fino al {date}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="104"/>
        <source>Every month</source>
        <translation>Ogni mese</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="55"/>
        <source>Every %Ln months</source>
        <translation>
            <numerusform>Ogni %Ln mese</numerusform>
            <numerusform>Ogni %Ln mesi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="111"/>
        <source>{every} on day {day}</source>
        <translation>{every}, il giorno {day}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="137"/>
        <source>every</source>
        <translation>ogni</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="153"/>
        <source>until</source>
        <translation>fino al</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="266"/>
        <source>day</source>
        <translation>giorno</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="266"/>
        <source>days</source>
        <translation>
            <numerusform>giorno</numerusform>
            <numerusform>giorni</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="268"/>
        <source>week</source>
        <translation>settimana</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="268"/>
        <source>weeks</source>
        <translation>
            <numerusform>settimana</numerusform>
            <numerusform>settimane</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="270"/>
        <source>month</source>
        <translation>mese</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="270"/>
        <source>months</source>
        <translation>
            <numerusform>mese</numerusform>
            <numerusform>mesi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="272"/>
        <source>year</source>
        <translation>anno</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/tasks/repeat_editor.py" line="272"/>
        <source>years</source>
        <translation>
            <numerusform>anno</numerusform>
            <numerusform>anni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportFilters</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/filters.py" line="23"/>
        <source>This month</source>
        <translation>Questo mese</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/filters.py" line="24"/>
        <source>Last month</source>
        <translation>Mese scorso</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/filters.py" line="25"/>
        <source>This quarter</source>
        <translation>Questo trimestre</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/filters.py" line="26"/>
        <source>This year</source>
        <translation>Quest&apos;anno</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/filters.py" line="27"/>
        <source>Last 12 months</source>
        <translation>Ultimi 12 mesi</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/filters.py" line="28"/>
        <source>Custom range</source>
        <translation>Periodo personalizzato</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/filters.py" line="31"/>
        <source>Per day</source>
        <translation>Per giorno</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/filters.py" line="32"/>
        <source>Per week</source>
        <translation>Per settimana</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/filters.py" line="33"/>
        <source>Per month</source>
        <translation>Per mese</translation>
    </message>
</context>
<context>
    <name>ReportTexts</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="34"/>
        <source>Funnel and conversion</source>
        <translation>Funnel e conversione</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="35"/>
        <source>Time in stage</source>
        <translation>Tempo nelle fasi</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="36"/>
        <source>Sales cycle</source>
        <translation>Ciclo di vendita</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="37"/>
        <source>Sales velocity</source>
        <translation>Velocità di vendita</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="38"/>
        <source>Win rate</source>
        <translation>Tasso di successo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="39"/>
        <source>Average deal size</source>
        <translation>Valore medio delle trattative</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="40"/>
        <source>Average check</source>
        <translation>Spesa media per cliente</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="41"/>
        <source>Deals won</source>
        <translation>Trattative vinte</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="42"/>
        <source>Leads and revenue by source</source>
        <translation>Lead e ricavi per origine</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="43"/>
        <source>Weighted forecast</source>
        <translation>Previsione ponderata</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="44"/>
        <source>Lost reasons</source>
        <translation>Motivi di perdita</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="45"/>
        <source>Activities</source>
        <translation>Attività registrate</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="46"/>
        <source>Customer base growth</source>
        <translation>Crescita della clientela</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="47"/>
        <source>Goals</source>
        <translation>Obiettivi</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="48"/>
        <source>Goals and progress</source>
        <translation>Obiettivi e avanzamento</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="50"/>
        <source>Deals that reached each stage, and conversion</source>
        <translation>Trattative che hanno raggiunto ogni fase, e conversione</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="51"/>
        <source>Average days deals spend in each stage</source>
        <translation>Giorni medi di permanenza delle trattative in ogni fase</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="52"/>
        <source>Average days from creation to won</source>
        <translation>Giorni medi dalla creazione alla vittoria</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="53"/>
        <source>Money per day the pipeline brings in</source>
        <translation>Ricavi al giorno generati dalla pipeline</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="54"/>
        <source>Deals won out of the deals closed in the range</source>
        <translation>Trattative vinte sul totale di quelle chiuse nel periodo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="55"/>
        <source>Average value of the deals won in the range</source>
        <translation>Valore medio delle trattative vinte nel periodo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="56"/>
        <source>Won revenue per customer who bought in the range</source>
        <translation>Ricavi per cliente che ha acquistato nel periodo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="57"/>
        <source>Deals won by count and value per salesperson per period</source>
        <translation>Trattative vinte per numero e valore, per venditore e periodo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="58"/>
        <source>Leads, conversion and won revenue by source</source>
        <translation>Lead, conversione e ricavi per origine</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="59"/>
        <source>Open deals by expected close month, weighted</source>
        <translation>Trattative aperte per mese di chiusura prevista, ponderate</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="60"/>
        <source>Deals lost in the range by reason</source>
        <translation>Trattative perse nel periodo, per motivo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="61"/>
        <source>Calls, emails, meetings and other activities per salesperson per period, and tasks done</source>
        <translation>Chiamate, email, incontri e altre attività registrate per venditore e periodo, e attività completate</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="65"/>
        <source>Customers per month: new, churned and retained</source>
        <translation>Clienti per mese: nuovi, persi e mantenuti</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="67"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="68"/>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="69"/>
        <source>Salesperson</source>
        <translation>Venditore</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="70"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="71"/>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="72"/>
        <source>Lost reason</source>
        <translation>Motivo della perdita</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="73"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="74"/>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="75"/>
        <source>Deals</source>
        <translation>Trattative</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="76"/>
        <source>Open deals</source>
        <translation>Trattative aperte</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="77"/>
        <source>Won deals</source>
        <translation>Trattative vinte</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="78"/>
        <source>Lost deals</source>
        <translation>Trattative perse</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="79"/>
        <source>Won</source>
        <translation>Vinte</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="80"/>
        <source>Lost</source>
        <translation>Perse</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="81"/>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="82"/>
        <source>Won value</source>
        <translation>Valore vinto</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="83"/>
        <source>Lost value</source>
        <translation>Valore perso</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="84"/>
        <source>Won revenue</source>
        <translation>Ricavi</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="85"/>
        <source>Won with a value</source>
        <translation>Vinte con valore</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="86"/>
        <source>Weighted value</source>
        <translation>Valore ponderato</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="87"/>
        <source>Conversion</source>
        <translation>Conversione</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="88"/>
        <source>Overall conversion</source>
        <translation>Conversione complessiva</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="89"/>
        <source>Average sales cycle</source>
        <translation>Ciclo di vendita medio</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="90"/>
        <source>Sales velocity per day</source>
        <translation>Velocità di vendita al giorno</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="91"/>
        <source>Leads</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="92"/>
        <source>Converted</source>
        <translation>Convertiti</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="93"/>
        <source>Share</source>
        <translation>Quota</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="94"/>
        <source>Customers</source>
        <translation>Clienti</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="95"/>
        <source>New customers</source>
        <translation>Nuovi clienti</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="96"/>
        <source>Churned</source>
        <translation>Persi</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="97"/>
        <source>Retention</source>
        <translation>Fidelizzazione</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="98"/>
        <source>Customers at start</source>
        <translation>Clienti all&apos;inizio</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="99"/>
        <source>Customers at end</source>
        <translation>Clienti alla fine</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="100"/>
        <source>Calls</source>
        <translation>Chiamate</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="101"/>
        <source>Emails</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="102"/>
        <source>Meetings</source>
        <translation>Incontri</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="103"/>
        <source>Demos</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="104"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="105"/>
        <source>Messages</source>
        <translation>Messaggi</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="106"/>
        <source>Tasks done</source>
        <translation>Attività completate</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="107"/>
        <source>Target</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="108"/>
        <source>Actual</source>
        <translation>Effettivo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="109"/>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="110"/>
        <source>New leads</source>
        <translation>Nuovi lead</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="111"/>
        <source>Deals won (count)</source>
        <translation>Trattative vinte (numero)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="112"/>
        <source>Deals won (value)</source>
        <translation>Trattative vinte (valore)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="113"/>
        <source>Unassigned</source>
        <translation>Non assegnato</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="115"/>
        <source>Targets per salesperson or team, with progress and pace</source>
        <translation>Obiettivi per venditore o team, con avanzamento e andamento</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="116"/>
        <source>Goal</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="117"/>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="118"/>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="119"/>
        <source>Pace</source>
        <translation>Andamento</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="120"/>
        <source>Done</source>
        <translation>Raggiunto</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="121"/>
        <source>Expected by now</source>
        <translation>Previsto a oggi</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="122"/>
        <source>No data in this range</source>
        <translation>Nessun dato in questo periodo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="124"/>
        <source>Funnel: for each stage of the pipeline, the deals that reached it in the range — a deal counts for every stage up to the furthest one it entered on a day of the range, so a deal that skipped a stage, or passed it before the range, counts as having passed it; Won counts the deals won in the range; moving to Lost is no progress. Conversion from a stage to the next = deals that reached the next ÷ deals that reached it; overall = Won ÷ first stage.</source>
        <translation>Imbuto: per ogni fase della pipeline, le trattative che l&apos;hanno raggiunta nel periodo — una trattativa conta per ogni fase fino alla più avanzata in cui è entrata in un giorno del periodo, quindi una trattativa che ha saltato una fase, o l&apos;ha superata prima del periodo, conta come se l&apos;avesse attraversata; Vinte conta le trattative vinte nel periodo; passare a Persa non è un avanzamento. Conversione da una fase alla successiva = trattative che hanno raggiunto la successiva ÷ trattative che hanno raggiunto la fase; complessiva = Vinte ÷ prima fase.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="133"/>
        <source>Average time in stage = the mean length, in days, of the stays in each open stage that ended (the deal moved on, was won or lost) on a day of the range; a stay runs from the stage change into the stage to the next change of that deal. Stays still going on are not counted: their length is not known yet.</source>
        <translation>Tempo medio in fase = la durata media, in giorni, delle permanenze in ciascuna fase aperta terminate (la trattativa è andata avanti, è stata vinta o persa) in un giorno del periodo; una permanenza va dal cambio di fase verso quella fase al successivo cambio di fase della trattativa. Le permanenze ancora in corso non sono contate: la loro durata non è ancora nota.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="140"/>
        <source>Sales cycle = the mean number of days from a deal&apos;s creation to its win, over the deals won on a day of the range, per salesperson and for the team.</source>
        <translation>Ciclo di vendita = il numero medio di giorni dalla creazione di una trattativa alla sua vincita, sulle trattative vinte in un giorno del periodo, per venditore e per il team.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="145"/>
        <source>Sales velocity = open deals × win rate × average deal size ÷ average sales cycle, in the base currency per day. Open deals: created before the end of the range and not closed by then. Win rate, average deal size (won deals with a value in the base currency) and sales cycle (days from creation to win): over the deals closed in the range. Left empty when a part is unknown or the cycle is 0 days.</source>
        <translation>Velocità di vendita = trattative aperte × tasso di successo × valore medio della trattativa ÷ ciclo di vendita medio, nella valuta di base al giorno. Trattative aperte: create prima della fine del periodo e non ancora chiuse a quella data. Tasso di successo, valore medio (trattative vinte con un valore nella valuta di base) e ciclo di vendita (giorni dalla creazione alla vincita): sulle trattative chiuse nel periodo. Lasciata vuota quando una parte non è nota o il ciclo è di 0 giorni.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="153"/>
        <source>Win rate = deals won ÷ (deals won + deals lost), over the deals closed (won or lost) on a day of the range, per salesperson (the deal&apos;s owner) and for the team. Open deals do not count.</source>
        <translation>Tasso di successo = trattative vinte ÷ (trattative vinte + trattative perse), sulle trattative chiuse (vinte o perse) in un giorno del periodo, per venditore (il proprietario della trattativa) e per il team. Le trattative aperte non contano.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="159"/>
        <source>Average deal size = the sum of the values of the deals won in the range, in the base currency, ÷ the number of those deals that have a value. Won deals without a value, or in a currency without a rate, are counted in &apos;Won&apos; but left out of the value and the average.</source>
        <translation>Valore medio della trattativa = la somma dei valori delle trattative vinte nel periodo, nella valuta di base, ÷ il numero di quelle trattative che hanno un valore. Le trattative vinte senza valore, o in una valuta senza tasso, sono contate in &apos;Vinte&apos; ma escluse dal valore e dalla media.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="166"/>
        <source>Average check = revenue of the deals won in the range (base currency) ÷ the number of distinct customers who bought them. The customer of a deal is its company, else its first linked contact. Won deals without a value, in a currency without a rate or without a customer are left out of both. The team total counts a customer who bought from two salespeople once.</source>
        <translation>Scontrino medio = ricavi delle trattative vinte nel periodo (valuta di base) ÷ il numero di clienti distinti che le hanno acquistate. Il cliente di una trattativa è la sua azienda, altrimenti il suo primo contatto collegato. Le trattative vinte senza valore, in una valuta senza tasso o senza cliente sono escluse da entrambi. Il totale del team conta una sola volta un cliente che ha acquistato da due venditori.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="174"/>
        <source>Deals won: the number and the value (base currency) of the deals won on each day, week (Monday to Sunday) or month of the range, per salesperson. Won deals without a value or in a currency without a rate are counted but left out of the value.</source>
        <translation>Trattative vinte: il numero e il valore (valuta di base) delle trattative vinte in ogni giorno, settimana (da lunedì a domenica) o mese del periodo, per venditore. Le trattative vinte senza valore o in una valuta senza tasso sono contate ma escluse dal valore.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="180"/>
        <source>Leads = contacts created in the range, by their source (owner filter: the contact&apos;s owner). Converted = those of them linked to a won deal (won at any time, in the pipeline filter). Won deals and revenue = deals won in the range by the deal&apos;s own source, in the base currency (deals without a value or without a rate are counted but left out of revenue).</source>
        <translation>Lead = contatti creati nel periodo, per fonte (filtro proprietario: il proprietario del contatto). Convertiti = quelli collegati a una trattativa vinta (vinta in qualsiasi momento, nel filtro pipeline). Trattative vinte e ricavi = trattative vinte nel periodo per la fonte della trattativa stessa, nella valuta di base (le trattative senza valore o senza tasso sono contate ma escluse dai ricavi).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="188"/>
        <source>Weighted forecast = Σ value × probability of the open deals whose expected close date falls in the range, by month of that date and salesperson; the probability is the deal&apos;s own, else its stage&apos;s. Values are in the base currency. Open deals without an expected close date are not in any month: they are counted in a note.</source>
        <translation>Previsione ponderata = Σ valore × probabilità delle trattative aperte la cui data di chiusura prevista cade nel periodo, per mese di quella data e per venditore; la probabilità è quella della trattativa, altrimenti quella della sua fase. I valori sono nella valuta di base. Le trattative aperte senza data di chiusura prevista non sono in alcun mese: sono contate in una nota.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="195"/>
        <source>Lost reasons: the deals lost in the range by the reason given, with their number, their value in the base currency and their share of the lost deals (by number).</source>
        <translation>Motivi di perdita: le trattative perse nel periodo per motivo indicato, con il loro numero, il loro valore nella valuta di base e la loro quota sulle trattative perse (per numero).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="200"/>
        <source>Activities = calls, emails, meetings, demos, notes and messages logged (and not deleted) whose time falls in the range, counted per salesperson who logged them and per period (days in UTC; weeks start on Monday). Tasks done = tasks (not deleted) marked done whose completion time falls in the range, per assignee. A deleted salesperson&apos;s work still counts, under their name. The pipeline filter does not apply: activities and tasks are not tied to a pipeline.</source>
        <translation>Attività = chiamate, email, riunioni, demo, note e messaggi registrati (e non eliminati) il cui orario cade nel periodo, contati per venditore che li ha registrati e per periodo (giorni in UTC; le settimane iniziano il lunedì). Attività completate = attività (non eliminate) segnate come fatte il cui orario di completamento cade nel periodo, per assegnatario. Il lavoro di un venditore eliminato conta ancora, sotto il suo nome. Il filtro pipeline non si applica: attività e compiti non sono legati a una pipeline.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="209"/>
        <source>A customer is a contact (not deleted) whose customer status is active or permanent, or whose lifecycle stage is Customer while its status is not lost. A contact became a customer when its status was first set to active or permanent, or its stage to Customer (from the change log); a contact that was created as a customer became one when it was created. A customer churned when its status was last set to lost, if it is still lost (a prospect marked lost was never a customer and is not counted). Customers at the start of a month = those who became customers before it and had not churned by then; at the end = at the start + new − churned. Retention = (customers at the end − new customers) ÷ customers at the start. Customers belong to the contact&apos;s owner. Only the first time a contact became a customer and its last loss count: a customer who left and came back counts as never having left.</source>
        <translation>Un cliente è un contatto (non eliminato) il cui stato cliente è attivo o permanente, oppure la cui fase del ciclo di vita è Cliente mentre il suo stato non è perso. Un contatto è diventato cliente quando il suo stato è stato impostato per la prima volta su attivo o permanente, o la sua fase su Cliente (dal registro delle modifiche); un contatto creato come cliente lo è diventato alla creazione. Un cliente è stato perso quando il suo stato è stato impostato l&apos;ultima volta su perso, se è ancora perso (un potenziale cliente segnato come perso non è mai stato cliente e non viene contato). Clienti a inizio mese = quelli diventati clienti prima del mese e non ancora persi a quella data; a fine mese = a inizio mese + nuovi − persi. Fidelizzazione = (clienti a fine mese − nuovi clienti) ÷ clienti a inizio mese. I clienti appartengono al proprietario del contatto. Contano solo la prima volta che un contatto è diventato cliente e la sua ultima perdita: un cliente che se n&apos;è andato ed è tornato conta come se non se ne fosse mai andato.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="223"/>
        <source>Goals whose period overlaps the range (a salesperson&apos;s own when one is chosen). Actual = over the goal&apos;s whole period (both days included, UTC days): new leads = contacts created, owned by the salesperson; deals won = deals won (closed) and owned by the salesperson, by count or by value in the base currency (deals in a currency without a rate left out of the value); activities = activities logged by the salesperson. A team goal counts everyone. Progress = actual ÷ target. Expected by now = target × the share of the period&apos;s days before today. Pace: done when actual ≥ target, on track when actual ≥ expected by now, else behind.</source>
        <translation>Obiettivi il cui periodo si sovrappone all&apos;intervallo (quelli del venditore, se ne è scelto uno). Effettivo = sull&apos;intero periodo dell&apos;obiettivo (entrambi i giorni inclusi, giorni UTC): nuovi lead = contatti creati, di proprietà del venditore; trattative vinte = trattative vinte (chiuse) e di proprietà del venditore, per numero o per valore nella valuta di base (le trattative in una valuta senza tasso sono escluse dal valore); attività = attività registrate dal venditore. Un obiettivo di team conta tutti. Avanzamento = effettivo ÷ obiettivo. Previsto a oggi = obiettivo × la quota dei giorni del periodo prima di oggi. Andamento: raggiunto quando effettivo ≥ obiettivo, in linea quando effettivo ≥ previsto a oggi, altrimenti in ritardo.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="235"/>
        <source>No data for this range</source>
        <translation>Nessun dato per questo periodo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="236"/>
        <source>This report has no chart</source>
        <translation>Questo report non ha un grafico</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="237"/>
        <source>No target</source>
        <translation>Nessun obiettivo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="238"/>
        <source>On track</source>
        <translation>In linea</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="239"/>
        <source>Behind</source>
        <translation>In ritardo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="240"/>
        <source>Expected by today</source>
        <translation>Previsto a oggi</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="241"/>
        <source>Definition</source>
        <translation>Definizione</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="246"/>
        <source>No data in this range.</source>
        <extracomment>caveats by ``Note.code``; ``{placeholders}`` are filled from ``Note.params``</extracomment>
        <translation>Nessun dato in questo periodo.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="247"/>
        <source>The range is empty.</source>
        <translation>Il periodo è vuoto.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="248"/>
        <source>Deals in {currencies} have no exchange rate to {base} and are left out of the amounts.</source>
        <translation>Le trattative in {currencies} non hanno un tasso di cambio verso {base} e sono escluse dagli importi.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="252"/>
        <source>{count} deal(s) without a value are left out of the amounts.</source>
        <translation>Trattative senza valore escluse dagli importi: {count}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="255"/>
        <source>{count} open deal(s) without an expected close date are not in the forecast.</source>
        <translation>Trattative aperte senza data di chiusura prevista escluse dalla previsione: {count}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="259"/>
        <source>Deleted salespeople still counted: {names}.</source>
        <translation>Venditori eliminati ancora conteggiati: {names}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="262"/>
        <source>{count} won deal(s) without a company or contact are left out.</source>
        <translation>Trattative vinte senza azienda né contatto escluse: {count}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="265"/>
        <source>Stages of the pipeline {pipeline}; choose a pipeline to see another.</source>
        <translation>Fasi della pipeline {pipeline}; scegli una pipeline per vederne un&apos;altra.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="268"/>
        <source>Activities and tasks are not tied to a pipeline: the pipeline filter is not used.</source>
        <translation>Le attività non sono legate a una pipeline: il filtro per pipeline non viene usato.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/texts.py" line="272"/>
        <source>{count} lost contact(s) have no recorded date of loss and are left out.</source>
        <translation>Contatti persi senza data di perdita registrata, esclusi: {count}.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/page.py" line="131"/>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/page.py" line="132"/>
        <source>Print…</source>
        <translation>Stampa…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/page.py" line="227"/>
        <source>How it is computed: {0}</source>
        <translation>Come viene calcolato: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/page.py" line="282"/>
        <source>PDF document (*.pdf);;Excel workbook (*.xlsx);;PNG image (*.png)</source>
        <translation>Documento PDF (*.pdf);;Cartella di lavoro Excel (*.xlsx);;Immagine PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/page.py" line="283"/>
        <source>Export report</source>
        <translation>Esporta report</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../desktop_crm/ui/shell/search_box.py" line="92"/>
        <source>Search people and companies (Ctrl+K)</source>
        <translation>Cerca persone e aziende (Ctrl+K)</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../desktop_crm/ui/shell/search_box.py" line="57"/>
        <source>Showing {shown} of {total} results</source>
        <translation>Visualizzati {shown} di {total} risultati</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="46"/>
        <source>Made by hand</source>
        <translation>Manuale</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="47"/>
        <source>Before a database upgrade</source>
        <translation>Prima di un aggiornamento del database</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="48"/>
        <source>Before a restore</source>
        <translation>Prima di un ripristino</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="49"/>
        <source>Before an import</source>
        <translation>Prima di un&apos;importazione</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="50"/>
        <source>Before a merge</source>
        <translation>Prima di un&apos;unione</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="51"/>
        <source>Automatic</source>
        <translation>Automatico</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="199"/>
        <source>Pipelines</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="200"/>
        <source>Custom fields</source>
        <translation>Campi personalizzati</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="201"/>
        <source>Data</source>
        <translation>Dati</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_page.py" line="209"/>
        <source>Calendar and tasks</source>
        <translation>Calendario e attività</translation>
    </message>
</context>
<context>
    <name>StageHistoryModel</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_stage.py" line="157"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_stage.py" line="157"/>
        <source>By</source>
        <translation>Da</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_stage.py" line="163"/>
        <source>Created in {stage}</source>
        <translation>Creata nella fase {stage}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_stage.py" line="180"/>
        <source>unknown user</source>
        <translation>utente sconosciuto</translation>
    </message>
</context>
<context>
    <name>StageRulesEditor</name>
    <message>
        <location filename="../../desktop_crm/ui/settings/stage_rules.py" line="53"/>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/stage_rules.py" line="54"/>
        <source>A deal longer than this in the stage is stale</source>
        <translation>Una trattativa ferma nella fase più a lungo di così è inattiva</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/stage_rules.py" line="61"/>
        <source>Create a task for the owner</source>
        <translation>Crea un compito per il responsabile</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/stage_rules.py" line="63"/>
        <source>e.g. Send the proposal</source>
        <translation>es. Inviare la proposta</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/stage_rules.py" line="66"/>
        <source>due in </source>
        <translation>scadenza tra </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/stage_rules.py" line="67"/>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/stage_rules.py" line="68"/>
        <source>Set the probability to</source>
        <translation>Imposta la probabilità a</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/stage_rules.py" line="77"/>
        <source>Default probability</source>
        <translation>Probabilità predefinita</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/stage_rules.py" line="79"/>
        <source>Required before entering</source>
        <translation>Obbligatori prima di entrare</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/stage_rules.py" line="91"/>
        <source>When a deal enters</source>
        <translation>Quando una trattativa entra</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/stage_rules.py" line="112"/>
        <source>Rules of “{stage}”</source>
        <translation>Regole di «{stage}»</translation>
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
        <translation>Tag «{name}»: fai clic su × o premi Canc per rimuoverlo</translation>
    </message>
</context>
<context>
    <name>TagsEditor</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/tags.py" line="166"/>
        <source>Add a tag and press Enter</source>
        <translation>Aggiungi un tag e premi Invio</translation>
    </message>
</context>
<context>
    <name>TargetDelegate</name>
    <message>
        <location filename="../../desktop_crm/ui/importer/delegates.py" line="58"/>
        <source>Import as</source>
        <extracomment>(label, target key; &quot;&quot; for &quot;ignore&quot;) for the combo, in display order</extracomment>
        <translation>Importa come</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/tasks/fields.py" line="288"/>
        <source>{h} h {m} min</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/fields.py" line="290"/>
        <source>{h} h</source>
        <translation>{h} h</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/fields.py" line="291"/>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_dialog.py" line="94"/>
        <source>Edit task</source>
        <translation>Modifica attività</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_dialog.py" line="94"/>
        <source>New task</source>
        <translation>Nuova attività</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_dialog.py" line="97"/>
        <source>What is to be done</source>
        <translation>Cosa c&apos;è da fare</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_dialog.py" line="163"/>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_dialog.py" line="221"/>
        <source>Reopen</source>
        <translation>Riapri</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_dialog.py" line="221"/>
        <source>Mark done</source>
        <translation>Segna come fatta</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_dialog.py" line="256"/>
        <source>(nobody)</source>
        <translation>(nessuno)</translation>
    </message>
</context>
<context>
    <name>TaskListModel</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/task_list.py" line="74"/>
        <source>overdue</source>
        <translation>scaduta</translation>
    </message>
</context>
<context>
    <name>TaskTreeModel</name>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_model.py" line="34"/>
        <source>Task</source>
        <translation>Attività</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_model.py" line="35"/>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_model.py" line="36"/>
        <source>Linked to</source>
        <translation>Collegata a</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_model.py" line="37"/>
        <source>Assigned to</source>
        <translation>Assegnata a</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_model.py" line="38"/>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_model.py" line="41"/>
        <source>Overdue</source>
        <translation>Scadute</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_model.py" line="42"/>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_model.py" line="43"/>
        <source>Upcoming</source>
        <translation>Prossime</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_model.py" line="44"/>
        <source>Done</source>
        <translation>Completate</translation>
    </message>
</context>
<context>
    <name>TimeGridView</name>
    <message>
        <location filename="../../desktop_crm/ui/calendar/time_grid.py" line="94"/>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calendar/time_grid.py" line="94"/>
        <source>Week</source>
        <translation>Settimana</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="88"/>
        <source>unknown user</source>
        <translation>utente sconosciuto</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="105"/>
        <source>Import of {file} undone</source>
        <translation>Importazione di {file} annullata</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="108"/>
        <source>Imported from {file}</source>
        <translation>Importato da {file}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="110"/>
        <source>Created</source>
        <translation>Scheda creata</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="111"/>
        <source>Deleted</source>
        <translation>Scheda eliminata</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="112"/>
        <source>Restored</source>
        <translation>Scheda ripristinata</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="113"/>
        <source>Tag added: {tag}</source>
        <translation>Tag aggiunto: {tag}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="114"/>
        <source>Tag removed: {tag}</source>
        <translation>Tag rimosso: {tag}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="115"/>
        <source>Merged in: {tag}</source>
        <translation>Incorporato: {tag}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="127"/>
        <source>import of {file} undone</source>
        <translation>importazione di {file} annullata</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="130"/>
        <source>imported from {file}</source>
        <translation>importato da {file}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="138"/>
        <source>({minutes} min)</source>
        <translation>({minutes} min)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="143"/>
        <source>Outcome: {outcome}</source>
        <translation>Esito: {outcome}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="160"/>
        <source>{field}: {old} {arrow} {new}</source>
        <translation>{field}: {old} {arrow} {new}</translation>
    </message>
</context>
</TS>
