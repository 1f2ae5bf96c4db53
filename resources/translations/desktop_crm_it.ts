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
    <name>DamagedDatabaseDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="38"/>
        <source>The database file is damaged</source>
        <translation>Il file del database è danneggiato</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="42"/>
        <source>desktop_crm cannot safely open {path}: the file is damaged ({problem}).
Nothing was changed. Choose a backup to restore; the damaged file is kept beside it with the ending .damaged.</source>
        <translation>desktop_crm non può aprire {path} in sicurezza: il file è danneggiato ({problem}).
Non è stato modificato nulla. Scegli un backup da ripristinare; il file danneggiato viene conservato accanto, con l&apos;estensione .damaged.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="58"/>
        <source>{when} — {size} ({reason})</source>
        <translation>{when} — {size} ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="67"/>
        <source>There are no backups of this database.</source>
        <translation>Non ci sono backup di questo database.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="71"/>
        <source>Restore selected backup</source>
        <translation>Ripristina il backup selezionato</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="74"/>
        <source>Quit</source>
        <translation>Esci</translation>
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
    <name>DateFieldEditor</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/editors.py" line="197"/>
        <source>Pick a date</source>
        <translation>Scegli una data</translation>
    </message>
</context>
<context>
    <name>DealCardDelegate</name>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/card_delegate.py" line="50"/>
        <source>1 day</source>
        <translation>1 giorno</translation>
    </message>
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
        <source>No task planned</source>
        <translation>Nessun compito pianificato</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/card_delegate.py" line="57"/>
        <source>Next: {task}</source>
        <translation>Prossimo: {task}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/card_delegate.py" line="58"/>
        <source>Next: {task} · {due}</source>
        <translation>Prossimo: {task} · {due}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/card_delegate.py" line="184"/>
        <source>stale</source>
        <translation>inattiva</translation>
    </message>
</context>
<context>
    <name>DealCardWidget</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_card.py" line="74"/>
        <source>(no title)</source>
        <translation>(senza titolo)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_card.py" line="117"/>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_card.py" line="118"/>
        <source>Products and services</source>
        <translation>Prodotti e servizi</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_card.py" line="119"/>
        <source>Tasks</source>
        <translation>Attività</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_card.py" line="120"/>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_card.py" line="121"/>
        <source>Stage history</source>
        <translation>Cronologia delle fasi</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_card.py" line="136"/>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/deal_card.py" line="195"/>
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
        <location filename="../../desktop_crm/ui/pipeline/deals_table.py" line="130"/>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/deals_table.py" line="133"/>
        <source>{days} (stale)</source>
        <translation>{days} (inattiva)</translation>
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
    <name>DemoPrompt</name>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="88"/>
        <source>Welcome to desktop_crm</source>
        <translation>Benvenuto in desktop_crm</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="89"/>
        <source>Your database is empty.</source>
        <translation>Il database è vuoto.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/startup.py" line="91"/>
        <source>Load a demo data set (300 contacts and 60 companies in English, Italian, Russian, Persian and Thai) to explore the app? You can undo it with Ctrl+Z.</source>
        <translation>Caricare un insieme di dati dimostrativi (300 contatti e 60 aziende in inglese, italiano, russo, persiano e thailandese) per esplorare l&apos;app? Puoi annullare l&apos;operazione con Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/formatting.py" line="166"/>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/formatting.py" line="168"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/formatting.py" line="202"/>
        <source>(unknown)</source>
        <translation>(sconosciuto)</translation>
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
        <location filename="../../desktop_crm/ui/labels.py" line="75"/>
        <location filename="../../desktop_crm/ui/labels.py" line="89"/>
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
        <location filename="../../desktop_crm/ui/labels.py" line="90"/>
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
        <location filename="../../desktop_crm/ui/labels.py" line="127"/>
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
        <location filename="../../desktop_crm/ui/labels.py" line="64"/>
        <source>contact</source>
        <translation>contatto</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="65"/>
        <source>company</source>
        <translation>azienda</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="66"/>
        <source>deal</source>
        <translation>trattativa</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="67"/>
        <source>activity</source>
        <translation>attività</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="68"/>
        <source>task</source>
        <translation>compito</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="69"/>
        <source>user</source>
        <translation>utente</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="70"/>
        <source>custom field</source>
        <translation>campo personalizzato</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="74"/>
        <source>Call</source>
        <translation>Chiamata</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="76"/>
        <source>Meeting</source>
        <translation>Incontro</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="77"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="78"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="79"/>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="84"/>
        <source>Potential</source>
        <translation>Potenziale</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="85"/>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="86"/>
        <source>Permanent</source>
        <translation>Abituale</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="87"/>
        <location filename="../../desktop_crm/ui/labels.py" line="119"/>
        <source>Lost</source>
        <translation>Perso</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="91"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="92"/>
        <source>Messenger</source>
        <translation>Messenger</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="93"/>
        <source>In person</source>
        <translation>Di persona</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="95"/>
        <source>Administrator</source>
        <translation>Amministratore</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="96"/>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="97"/>
        <source>Salesperson</source>
        <translation>Venditore</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="99"/>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="100"/>
        <source>Long text</source>
        <translation>Testo lungo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="101"/>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="102"/>
        <source>Money</source>
        <translation>Importo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="103"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="104"/>
        <source>Choice</source>
        <translation>Scelta singola</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="105"/>
        <source>Multiple choice</source>
        <translation>Scelta multipla</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="106"/>
        <source>Checkbox</source>
        <translation>Casella di controllo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="107"/>
        <source>Web address</source>
        <translation>Indirizzo web</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="112"/>
        <source>Subscriber</source>
        <translation>Iscritto</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="113"/>
        <source>Lead</source>
        <translation>Lead</translation>
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
        <translation>Opportunità</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="117"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="118"/>
        <source>Evangelist</source>
        <translation>Promotore</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="120"/>
        <source>Trade show</source>
        <translation>Fiera</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="121"/>
        <source>Referral</source>
        <translation>Segnalazione</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="122"/>
        <source>Web form</source>
        <translation>Modulo web</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="123"/>
        <source>Webinar</source>
        <translation>Webinar</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="124"/>
        <source>Campaign</source>
        <translation>Campagna</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="125"/>
        <source>Cold call</source>
        <translation>Chiamata a freddo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="126"/>
        <source>Social media</source>
        <translation>Social media</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="129"/>
        <source>Sales</source>
        <translation>Vendite</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="130"/>
        <source>Lead in</source>
        <translation>Nuovo lead</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="131"/>
        <source>Qualified</source>
        <translation>Qualificato</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="132"/>
        <source>Contacted</source>
        <translation>Contattato</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="133"/>
        <source>Proposal</source>
        <translation>Proposta</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="134"/>
        <source>Negotiation</source>
        <translation>Negoziazione</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="135"/>
        <source>Won</source>
        <translation>Vinta</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="136"/>
        <source>Price</source>
        <translation>Prezzo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="137"/>
        <source>Competitor</source>
        <translation>Concorrente</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="138"/>
        <source>No budget</source>
        <translation>Nessun budget</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="139"/>
        <source>No decision</source>
        <translation>Nessuna decisione</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="140"/>
        <source>Timing</source>
        <translation>Tempistica</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/labels.py" line="141"/>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
</context>
<context>
    <name>LogActivityDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="83"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="85"/>
        <source>e.g. interested, call back next week</source>
        <translation>es. interessato, richiamare la settimana prossima</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="88"/>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="89"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="91"/>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="95"/>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="98"/>
        <source>Notes</source>
        <translation>Note</translation>
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
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="34"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="35"/>
        <source>Key figures of your sales at a glance: open pipeline, deals won, overdue tasks, goals.</source>
        <translation>I numeri chiave delle tue vendite a colpo d&apos;occhio: pipeline aperta, trattative vinte, compiti scaduti, obiettivi.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="40"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="41"/>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="42"/>
        <source>Companies</source>
        <translation>Aziende</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="45"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="46"/>
        <source>Tasks, meetings and reminders by month, week and day.</source>
        <translation>Compiti, incontri e promemoria per mese, settimana e giorno.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="50"/>
        <source>Reports</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="51"/>
        <source>Funnel, conversion, forecast and activity reports per salesperson.</source>
        <translation>Report su funnel, conversioni, previsioni e attività per venditore.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="55"/>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="78"/>
        <source>desktop_crm</source>
        <translation>desktop_crm</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="81"/>
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="111"/>
        <source>Database: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="119"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="120"/>
        <source>Back up now</source>
        <translation>Esegui backup ora</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="122"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="126"/>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="127"/>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="289"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="129"/>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="294"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="134"/>
        <source>&amp;Find…</source>
        <translation>&amp;Trova…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="136"/>
        <source>Recently &amp;deleted…</source>
        <translation>&amp;Eliminati di recente…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="138"/>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="144"/>
        <source>Close record</source>
        <translation>Chiudi scheda</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="273"/>
        <source>Backup saved: {path}</source>
        <translation>Backup salvato: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="287"/>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Annulla «{what}»</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="292"/>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Ripeti «{what}»</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="300"/>
        <source>Warning: the database is in a cloud-synced folder; SQLite&apos;s locking is not reliable there. Keep it in a local folder.</source>
        <translation>Attenzione: il database si trova in una cartella sincronizzata con il cloud, dove il blocco dei file di SQLite non è affidabile. Tienilo in una cartella locale.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shell/main_window.py" line="303"/>
        <source>Warning: the database is on a network drive; SQLite&apos;s locking is not reliable there. Keep it on this computer.</source>
        <translation>Attenzione: il database si trova su un&apos;unità di rete, dove il blocco dei file di SQLite non è affidabile. Tienilo su questo computer.</translation>
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
        <location filename="../../desktop_crm/ui/messages.py" line="96"/>
        <source>Create {what}</source>
        <translation>Crea {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="97"/>
        <source>Edit {what}</source>
        <translation>Modifica {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="98"/>
        <source>Delete {what}</source>
        <translation>Elimina {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="99"/>
        <source>Restore {what}</source>
        <translation>Ripristina {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="100"/>
        <source>Tag {what}</source>
        <translation>Aggiungi tag: {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="101"/>
        <source>Remove tag from {what}</source>
        <translation>Rimuovi tag: {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="102"/>
        <source>Log {what}</source>
        <translation>Registra {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="103"/>
        <source>Set up</source>
        <translation>Configurazione iniziale</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="104"/>
        <source>Load demo data</source>
        <translation>Carica dati demo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="105"/>
        <source>Move {what}</source>
        <translation>Sposta {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="106"/>
        <source>Mark {what} as won</source>
        <translation>Segna {what} come vinta</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="107"/>
        <source>Mark {what} as lost</source>
        <translation>Segna {what} come persa</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="108"/>
        <source>Reopen {what}</source>
        <translation>Riapri {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="109"/>
        <source>Reorder {what}</source>
        <translation>Riordina {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="110"/>
        <source>Link to {what}</source>
        <translation>Collega: {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="111"/>
        <source>Unlink from {what}</source>
        <translation>Scollega: {what}</translation>
    </message>
</context>
<context>
    <name>MultiChoiceEditor</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/editors.py" line="329"/>
        <location filename="../../desktop_crm/ui/cards/editors.py" line="333"/>
        <source>(none)</source>
        <translation>(nessuno)</translation>
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
    <name>QuickActions</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="31"/>
        <source>Log call</source>
        <translation>Registra chiamata</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="32"/>
        <source>Log meeting</source>
        <translation>Registra incontro</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="33"/>
        <source>Log email</source>
        <translation>Registra email</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="34"/>
        <source>Add note</source>
        <translation>Aggiungi nota</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="37"/>
        <source>Log a call</source>
        <translation>Registra una chiamata</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="38"/>
        <source>Log a meeting</source>
        <translation>Registra un incontro</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="39"/>
        <source>Log an email</source>
        <translation>Registra un&apos;email</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/quick_actions.py" line="40"/>
        <source>Add a note</source>
        <translation>Aggiungi una nota</translation>
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
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="82"/>
        <source>(no name)</source>
        <translation>(senza nome)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="121"/>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="137"/>
        <source>Restore</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="149"/>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="154"/>
        <source>Custom fields</source>
        <translation>Campi personalizzati</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="156"/>
        <source>No custom fields yet. Add them in Settings.</source>
        <translation>Ancora nessun campo personalizzato. Aggiungili nelle Impostazioni.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="183"/>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="239"/>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="292"/>
        <source>(unknown)</source>
        <translation>(sconosciuto)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="299"/>
        <source>Contacts: {count}</source>
        <translation>Contatti: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="304"/>
        <source>Owner: {name}</source>
        <translation>Responsabile: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="307"/>
        <source>Last contacted: {when}</source>
        <translation>Ultimo contatto: {when}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="308"/>
        <source>Created: {when}</source>
        <translation>Creazione: {when}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/record_card.py" line="333"/>
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
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="235"/>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="190"/>
        <source>Columns</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="265"/>
        <source>All owners</source>
        <translation>Tutti i responsabili</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="267"/>
        <source>All tags</source>
        <translation>Tutti i tag</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="270"/>
        <source>All stages</source>
        <translation>Tutte le fasi</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="276"/>
        <source>All sources</source>
        <translation>Tutte le origini</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="339"/>
        <source>1 contact</source>
        <translation>1 contatto</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="339"/>
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln contatto</numerusform>
            <numerusform>%Ln contatti</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="341"/>
        <source>1 company</source>
        <translation>1 azienda</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="341"/>
        <source>%Ln companies</source>
        <translation>
            <numerusform>%Ln azienda</numerusform>
            <numerusform>%Ln aziende</numerusform>
        </translation>
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
    <name>TaskListModel</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/task_list.py" line="48"/>
        <source>overdue</source>
        <translation>scaduta</translation>
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
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="100"/>
        <source>Created</source>
        <translation>Scheda creata</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="101"/>
        <source>Deleted</source>
        <translation>Scheda eliminata</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="102"/>
        <source>Restored</source>
        <translation>Scheda ripristinata</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="103"/>
        <source>Tag added: {tag}</source>
        <translation>Tag aggiunto: {tag}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="104"/>
        <source>Tag removed: {tag}</source>
        <translation>Tag rimosso: {tag}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="115"/>
        <source>({minutes} min)</source>
        <translation>({minutes} min)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="120"/>
        <source>Outcome: {outcome}</source>
        <translation>Esito: {outcome}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/timeline.py" line="137"/>
        <source>{field}: {old} {arrow} {new}</source>
        <translation>{field}: {old} {arrow} {new}</translation>
    </message>
</context>
</TS>
