<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>cashews::BulkDeleteDialog</name>
    <message>
        <location filename="../ui/bulkdeletedialog.cpp" line="31"/>
        <source>Preview the pattern to see what it deletes.</source>
        <translation>Vorschau des Musters anzeigen, um zu sehen, was gelöscht wird.</translation>
    </message>
    <message>
        <location filename="../ui/bulkdeletedialog.cpp" line="34"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/bulkdeletedialog.cpp" line="35"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../ui/bulkdeletedialog.cpp" line="36"/>
        <source>&amp;Cancel deletion</source>
        <translation>Löschen a&amp;bbrechen</translation>
    </message>
    <message>
        <location filename="../ui/bulkdeletedialog.cpp" line="38"/>
        <source>Delete keys by pattern</source>
        <translation>Schlüssel nach Muster löschen</translation>
    </message>
    <message>
        <location filename="../ui/bulkdeletedialog.cpp" line="39"/>
        <source>glob, e.g. app.users:get_user:*</source>
        <translation>Glob, z. B. app.users:get_user:*</translation>
    </message>
    <message>
        <location filename="../ui/bulkdeletedialog.cpp" line="45"/>
        <source>&amp;Pattern:</source>
        <translation>&amp;Muster:</translation>
    </message>
    <message>
        <location filename="../ui/bulkdeletedialog.cpp" line="82"/>
        <source>Scanning…</source>
        <translation>Wird durchsucht…</translation>
    </message>
    <message>
        <location filename="../ui/bulkdeletedialog.cpp" line="90"/>
        <source>Scanning failed: %1</source>
        <translation>Durchsuchen fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/bulkdeletedialog.cpp" line="95"/>
        <source>%n key(s) match.</source>
        <translation>
            <numerusform>%n Schlüssel passt.</numerusform>
            <numerusform>%n Schlüssel passen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/bulkdeletedialog.cpp" line="100"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/bulkdeletedialog.cpp" line="127"/>
        <source>Deleting failed: %1</source>
        <translation>Löschen fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/bulkdeletedialog.cpp" line="132"/>
        <source>Cancelled after deleting %n key(s).</source>
        <translation>
            <numerusform>Abgebrochen nach dem Löschen von %n Schlüssel.</numerusform>
            <numerusform>Abgebrochen nach dem Löschen von %n Schlüsseln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/bulkdeletedialog.cpp" line="133"/>
        <source>Deleted %n key(s).</source>
        <translation>
            <numerusform>%n Schlüssel gelöscht.</numerusform>
            <numerusform>%n Schlüssel gelöscht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cashews::CashewsDetails</name>
    <message>
        <location filename="../ui/cashewsdetails.cpp" line="29"/>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <location filename="../ui/cashewsdetails.cpp" line="30"/>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <location filename="../ui/cashewsdetails.cpp" line="38"/>
        <source>Oldest call in window</source>
        <translation>Ältester Aufruf im Zeitfenster</translation>
    </message>
    <message>
        <location filename="../ui/cashewsdetails.cpp" line="39"/>
        <source>Latest call</source>
        <translation>Letzter Aufruf</translation>
    </message>
    <message>
        <location filename="../ui/cashewsdetails.cpp" line="49"/>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <location filename="../ui/cashewsdetails.cpp" line="51"/>
        <source>Function / template</source>
        <translation>Funktion / Vorlage</translation>
    </message>
    <message>
        <location filename="../ui/cashewsdetails.cpp" line="53"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../ui/cashewsdetails.cpp" line="54"/>
        <source>Hard TTL</source>
        <translation>Harte TTL</translation>
    </message>
    <message>
        <location filename="../ui/cashewsdetails.cpp" line="63"/>
        <source>Fresh until</source>
        <translation>Frisch bis</translation>
    </message>
    <message>
        <location filename="../ui/cashewsdetails.cpp" line="63"/>
        <source>Soft expiry</source>
        <translation>Weicher Ablauf</translation>
    </message>
    <message>
        <location filename="../ui/cashewsdetails.cpp" line="65"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/cashewsdetails.cpp" line="65"/>
        <source>fresh</source>
        <translation>frisch</translation>
    </message>
    <message>
        <location filename="../ui/cashewsdetails.cpp" line="65"/>
        <source>stale: served while a refresh runs</source>
        <translation>veraltet: wird ausgeliefert, während eine Aktualisierung läuft</translation>
    </message>
    <message>
        <location filename="../ui/cashewsdetails.cpp" line="66"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/cashewsdetails.cpp" line="69"/>
        <source>Refresh lock</source>
        <translation>Aktualisierungssperre</translation>
    </message>
    <message>
        <location filename="../ui/cashewsdetails.cpp" line="69"/>
        <source>held (a refresh is running)</source>
        <translation>gehalten (eine Aktualisierung läuft)</translation>
    </message>
    <message>
        <location filename="../ui/cashewsdetails.cpp" line="69"/>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <location filename="../ui/cashewsdetails.cpp" line="73"/>
        <source>Hits so far</source>
        <translation>Bisherige Treffer</translation>
    </message>
    <message>
        <location filename="../ui/cashewsdetails.cpp" line="73"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/cashewsdetails.cpp" line="75"/>
        <source>Owner value</source>
        <translation>Besitzerwert</translation>
    </message>
    <message>
        <location filename="../ui/cashewsdetails.cpp" line="77"/>
        <source>Remaining</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <location filename="../ui/cashewsdetails.cpp" line="79"/>
        <location filename="../ui/cashewsdetails.cpp" line="83"/>
        <location filename="../ui/cashewsdetails.cpp" line="98"/>
        <source>Calls in window</source>
        <translation>Aufrufe im Zeitfenster</translation>
    </message>
    <message>
        <location filename="../ui/cashewsdetails.cpp" line="80"/>
        <source>Window resets</source>
        <translation>Zeitfenster wird zurückgesetzt</translation>
    </message>
    <message>
        <location filename="../ui/cashewsdetails.cpp" line="84"/>
        <source>Sliding window ends</source>
        <translation>Gleitendes Zeitfenster endet</translation>
    </message>
    <message>
        <location filename="../ui/cashewsdetails.cpp" line="92"/>
        <source>open (closes %1)</source>
        <translation>offen (schließt %1)</translation>
    </message>
    <message>
        <location filename="../ui/cashewsdetails.cpp" line="93"/>
        <source>half-open</source>
        <translation>halboffen</translation>
    </message>
    <message>
        <location filename="../ui/cashewsdetails.cpp" line="93"/>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <location filename="../ui/cashewsdetails.cpp" line="94"/>
        <source>Breaker state</source>
        <translation>Zustand des Circuit Breakers</translation>
    </message>
    <message>
        <location filename="../ui/cashewsdetails.cpp" line="99"/>
        <source>Failures in window</source>
        <translation>Fehler im Zeitfenster</translation>
    </message>
    <message>
        <location filename="../ui/cashewsdetails.cpp" line="100"/>
        <source>Failure ratio</source>
        <translation>Fehlerquote</translation>
    </message>
    <message>
        <location filename="../ui/cashewsdetails.cpp" line="100"/>
        <source>no calls</source>
        <translation>keine Aufrufe</translation>
    </message>
    <message>
        <location filename="../ui/cashewsdetails.cpp" line="109"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location filename="../ui/cashewsdetails.cpp" line="110"/>
        <source>Dangling members</source>
        <translation>Verwaiste Mitglieder</translation>
    </message>
</context>
<context>
    <name>cashews::ConnectionDialog</name>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="22"/>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="44"/>
        <source>Client-side caching (keys under &quot;cashews:&quot;)</source>
        <translation>Clientseitiges Caching (Schlüssel unter „cashews:“)</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="46"/>
        <source>Read-only: refuse every write command</source>
        <translation>Nur lesen: jeden Schreibbefehl ablehnen</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="47"/>
        <source>Save this connection (secrets go to the system keychain)</source>
        <translation>Diese Verbindung speichern (Geheimnisse werden im Schlüsselbund des Systems abgelegt)</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="50"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="51"/>
        <source>mem://, disk://?directory=/path, redis://host:6379/0, rediss://…, unix:///path.sock</source>
        <translation>mem://, disk://?directory=/pfad, redis://host:6379/0, rediss://…, unix:///pfad.sock</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="53"/>
        <source>signing secret (optional)</source>
        <translation>Signaturgeheimnis (optional)</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="54"/>
        <source>more setup options: name=value; name=value</source>
        <translation>weitere Einrichtungsoptionen: name=value; name=value</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="59"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="60"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="61"/>
        <source>&amp;Secret:</source>
        <translation>&amp;Geheimnis:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="62"/>
        <source>&amp;Digest:</source>
        <translation>&amp;Digest:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="63"/>
        <source>&amp;Pickle type:</source>
        <translation>Pickle-&amp;Typ:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="64"/>
        <source>&amp;Compression:</source>
        <translation>&amp;Kompression:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="66"/>
        <source>&amp;Options:</source>
        <translation>&amp;Optionen:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="71"/>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="75"/>
        <source>The URL and options are valid.</source>
        <translation>Die URL und die Optionen sind gültig.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="143"/>
        <source>Enter a URL.</source>
        <translation>Geben Sie eine URL ein.</translation>
    </message>
</context>
<context>
    <name>cashews::ConnectionPage</name>
    <message>
        <location filename="../ui/connectionpage.cpp" line="23"/>
        <source>&amp;Keys</source>
        <translation>&amp;Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="24"/>
        <source>T&amp;ags</source>
        <translation>T&amp;ags</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="25"/>
        <source>&amp;Locks</source>
        <translation>S&amp;perren</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="79"/>
        <source>READ-ONLY</source>
        <translation>NUR LESEN</translation>
    </message>
</context>
<context>
    <name>cashews::ConnectionStore</name>
    <message>
        <location filename="../ui/connectionstore.cpp" line="98"/>
        <source>The keychain refused a secret: %1</source>
        <translation>Der Schlüsselbund hat ein Geheimnis abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>cashews::DecodedValue</name>
    <message>
        <location filename="../ui/decodedvalue.cpp" line="11"/>
        <source>not signed</source>
        <translation>nicht signiert</translation>
    </message>
    <message>
        <location filename="../ui/decodedvalue.cpp" line="13"/>
        <source>valid (%1)</source>
        <translation>gültig (%1)</translation>
    </message>
    <message>
        <location filename="../ui/decodedvalue.cpp" line="15"/>
        <source>missing: the connection expects signed values</source>
        <translation>fehlt: die Verbindung erwartet signierte Werte</translation>
    </message>
    <message>
        <location filename="../ui/decodedvalue.cpp" line="17"/>
        <source>wrong secret (%1 signature does not verify)</source>
        <translation>falsches Geheimnis (%1-Signatur lässt sich nicht verifizieren)</translation>
    </message>
    <message>
        <location filename="../ui/decodedvalue.cpp" line="19"/>
        <source>signed (%1), not verified: no secret configured</source>
        <translation>signiert (%1), nicht verifiziert: kein Geheimnis konfiguriert</translation>
    </message>
</context>
<context>
    <name>cashews::KeyBrowser</name>
    <message>
        <location filename="../ui/keybrowser.cpp" line="41"/>
        <source>Load &amp;more</source>
        <translation>&amp;Mehr laden</translation>
    </message>
    <message>
        <location filename="../ui/keybrowser.cpp" line="42"/>
        <source>Load &amp;all</source>
        <translation>&amp;Alle laden</translation>
    </message>
    <message>
        <location filename="../ui/keybrowser.cpp" line="43"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/keybrowser.cpp" line="49"/>
        <source>Filter (glob on the server, e.g. app.users:*) — Enter to apply</source>
        <translation>Filter (Glob auf dem Server, z. B. app.users:*) — Eingabetaste zum Anwenden</translation>
    </message>
    <message>
        <location filename="../ui/keybrowser.cpp" line="51"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../ui/keybrowser.cpp" line="52"/>
        <source>Namespaces</source>
        <translation>Namensräume</translation>
    </message>
    <message>
        <location filename="../ui/keybrowser.cpp" line="53"/>
        <source>Cashews meaning</source>
        <translation>Cashews-Bedeutung</translation>
    </message>
    <message>
        <location filename="../ui/keybrowser.cpp" line="54"/>
        <source>How to group the keys</source>
        <translation>Wie die Schlüssel gruppiert werden</translation>
    </message>
    <message>
        <location filename="../ui/keybrowser.cpp" line="55"/>
        <source>Namespace delimiters, separated by spaces (e.g. &quot;: /&quot;)</source>
        <translation>Namensraum-Trennzeichen, durch Leerzeichen getrennt (z. B. „: /“)</translation>
    </message>
    <message>
        <location filename="../ui/keybrowser.cpp" line="60"/>
        <source>Keys per scan page</source>
        <translation>Schlüssel pro Scan-Seite</translation>
    </message>
    <message>
        <location filename="../ui/keybrowser.cpp" line="74"/>
        <source>Delimiters:</source>
        <translation>Trennzeichen:</translation>
    </message>
    <message>
        <location filename="../ui/keybrowser.cpp" line="76"/>
        <source>Page:</source>
        <translation>Seite:</translation>
    </message>
    <message>
        <location filename="../ui/keybrowser.cpp" line="250"/>
        <source>%1 of %2 keys scanned</source>
        <translation>%1 von %2 Schlüsseln durchsucht</translation>
    </message>
    <message>
        <location filename="../ui/keybrowser.cpp" line="250"/>
        <source>%1 keys scanned</source>
        <translation>%1 Schlüssel durchsucht</translation>
    </message>
    <message>
        <location filename="../ui/keybrowser.cpp" line="252"/>
        <source> — complete</source>
        <translation> — vollständig</translation>
    </message>
    <message>
        <location filename="../ui/keybrowser.cpp" line="254"/>
        <source> — loading…</source>
        <translation> — wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/keybrowser.cpp" line="272"/>
        <source>Delete keys</source>
        <translation>Schlüssel löschen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/keybrowser.cpp" line="273"/>
        <source>Delete %n key(s)?</source>
        <translation>
            <numerusform>%n Schlüssel löschen?</numerusform>
            <numerusform>%n Schlüssel löschen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/keybrowser.cpp" line="280"/>
        <source>Delete failed: %1</source>
        <translation>Löschen fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/keybrowser.cpp" line="286"/>
        <source>Deleted %n key(s)</source>
        <translation>
            <numerusform>%n Schlüssel gelöscht</numerusform>
            <numerusform>%n Schlüssel gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/keybrowser.cpp" line="302"/>
        <source>Creating %1 failed: %2</source>
        <translation>Erstellen von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../ui/keybrowser.cpp" line="307"/>
        <source>Created %1</source>
        <translation>%1 erstellt</translation>
    </message>
    <message>
        <location filename="../ui/keybrowser.cpp" line="327"/>
        <source>Saving %1 failed: %2</source>
        <translation>Speichern von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../ui/keybrowser.cpp" line="332"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/keybrowser.cpp" line="342"/>
        <source>Set TTL</source>
        <translation>TTL setzen</translation>
    </message>
    <message>
        <location filename="../ui/keybrowser.cpp" line="343"/>
        <source>New TTL for %1 (e.g. 90, 10m, 1h30m; 0 = persist):</source>
        <translation>Neue TTL für %1 (z. B. 90, 10m, 1h30m; 0 = dauerhaft):</translation>
    </message>
    <message>
        <location filename="../ui/keybrowser.cpp" line="357"/>
        <source>Setting the TTL of %1 failed: %2</source>
        <translation>Setzen der TTL von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../ui/keybrowser.cpp" line="358"/>
        <location filename="../ui/keybrowser.cpp" line="380"/>
        <source>the key does not exist</source>
        <translation>der Schlüssel existiert nicht</translation>
    </message>
    <message>
        <location filename="../ui/keybrowser.cpp" line="363"/>
        <source>TTL of %1 updated</source>
        <translation>TTL von %1 aktualisiert</translation>
    </message>
    <message>
        <location filename="../ui/keybrowser.cpp" line="373"/>
        <source>Rename key</source>
        <translation>Schlüssel umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/keybrowser.cpp" line="373"/>
        <source>New name for %1:</source>
        <translation>Neuer Name für %1:</translation>
    </message>
    <message>
        <location filename="../ui/keybrowser.cpp" line="380"/>
        <source>Renaming %1 failed: %2</source>
        <translation>Umbenennen von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../ui/keybrowser.cpp" line="386"/>
        <source>Renamed %1 to %2</source>
        <translation>%1 in %2 umbenannt</translation>
    </message>
</context>
<context>
    <name>cashews::KeyEditDialog</name>
    <message>
        <location filename="../ui/keyeditdialog.cpp" line="28"/>
        <source>New key</source>
        <translation>Neuer Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/keyeditdialog.cpp" line="28"/>
        <source>Edit value</source>
        <translation>Wert bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/keyeditdialog.cpp" line="30"/>
        <source>e.g. 90, 10m, 1h30m; empty = no expiry</source>
        <translation>z. B. 90, 10m, 1h30m; leer = kein Ablauf</translation>
    </message>
    <message>
        <location filename="../ui/keyeditdialog.cpp" line="31"/>
        <source>Typed JSON: &quot;text&quot;, 42, {&quot;$float&quot;: &quot;1.5&quot;}, true, null, [1, 2], {&quot;a&quot;: 1}, {&quot;$tuple&quot;: [1, 2]}, {&quot;$datetime&quot;: &quot;2026-01-01T00:00:00+00:00&quot;}</source>
        <translation>Typisiertes JSON: &quot;text&quot;, 42, {&quot;$float&quot;: &quot;1.5&quot;}, true, null, [1, 2], {&quot;a&quot;: 1}, {&quot;$tuple&quot;: [1, 2]}, {&quot;$datetime&quot;: &quot;2026-01-01T00:00:00+00:00&quot;}</translation>
    </message>
    <message>
        <location filename="../ui/keyeditdialog.cpp" line="36"/>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/keyeditdialog.cpp" line="38"/>
        <source>&amp;TTL:</source>
        <translation>&amp;TTL:</translation>
    </message>
    <message>
        <location filename="../ui/keyeditdialog.cpp" line="41"/>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <location filename="../ui/keyeditdialog.cpp" line="96"/>
        <source>The key must not be empty.</source>
        <translation>Der Schlüssel darf nicht leer sein.</translation>
    </message>
</context>
<context>
    <name>cashews::KeyListModel</name>
    <message>
        <location filename="../ui/keylistmodel.cpp" line="125"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/keylistmodel.cpp" line="126"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/keylistmodel.cpp" line="127"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/keylistmodel.cpp" line="128"/>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <location filename="../ui/keylistmodel.cpp" line="129"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/keylistmodel.cpp" line="177"/>
        <source>Counting keys failed: %1</source>
        <translation>Zählen der Schlüssel fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/keylistmodel.cpp" line="244"/>
        <source>Scanning keys failed: %1</source>
        <translation>Durchsuchen der Schlüssel fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/keylistmodel.cpp" line="481"/>
        <source>Reading key details failed: %1</source>
        <translation>Lesen der Schlüsseldetails fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>cashews::KeyMeaning</name>
    <message>
        <location filename="../ui/keymeaning.cpp" line="99"/>
        <source>cache</source>
        <translation>cache</translation>
    </message>
    <message>
        <location filename="../ui/keymeaning.cpp" line="100"/>
        <source>early</source>
        <translation>early</translation>
    </message>
    <message>
        <location filename="../ui/keymeaning.cpp" line="101"/>
        <source>failover</source>
        <translation>failover</translation>
    </message>
    <message>
        <location filename="../ui/keymeaning.cpp" line="102"/>
        <source>soft</source>
        <translation>soft</translation>
    </message>
    <message>
        <location filename="../ui/keymeaning.cpp" line="103"/>
        <source>hit</source>
        <translation>hit</translation>
    </message>
    <message>
        <location filename="../ui/keymeaning.cpp" line="104"/>
        <source>dynamic</source>
        <translation>dynamic</translation>
    </message>
    <message>
        <location filename="../ui/keymeaning.cpp" line="105"/>
        <source>lock</source>
        <translation>lock</translation>
    </message>
    <message>
        <location filename="../ui/keymeaning.cpp" line="106"/>
        <source>locked</source>
        <translation>locked</translation>
    </message>
    <message>
        <location filename="../ui/keymeaning.cpp" line="107"/>
        <source>rate limit</source>
        <translation>Ratenbegrenzung</translation>
    </message>
    <message>
        <location filename="../ui/keymeaning.cpp" line="108"/>
        <source>sliding rate limit</source>
        <translation>gleitende Ratenbegrenzung</translation>
    </message>
    <message>
        <location filename="../ui/keymeaning.cpp" line="109"/>
        <source>circuit breaker</source>
        <translation>Circuit Breaker</translation>
    </message>
    <message>
        <location filename="../ui/keymeaning.cpp" line="110"/>
        <source>bloom</source>
        <translation>bloom</translation>
    </message>
    <message>
        <location filename="../ui/keymeaning.cpp" line="111"/>
        <source>dual bloom</source>
        <translation>dual bloom</translation>
    </message>
    <message>
        <location filename="../ui/keymeaning.cpp" line="112"/>
        <source>tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../ui/keymeaning.cpp" line="113"/>
        <source>transaction lock</source>
        <translation>Transaktionssperre</translation>
    </message>
    <message>
        <location filename="../ui/keymeaning.cpp" line="114"/>
        <source>client side</source>
        <translation>clientseitig</translation>
    </message>
</context>
<context>
    <name>cashews::KeyTreeModel</name>
    <message>
        <location filename="../ui/keytreemodel.cpp" line="250"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/keytreemodel.cpp" line="251"/>
        <source>%1 (%n key(s))</source>
        <translation>
            <numerusform>%1 (%n Schlüssel)</numerusform>
            <numerusform>%1 (%n Schlüssel)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cashews::LocksModel</name>
    <message>
        <location filename="../ui/locksmodel.cpp" line="60"/>
        <source>Held by this owner for at least this long: stores keep no acquisition time, so this counts from when the lock was first listed here</source>
        <translation>Von diesem Besitzer mindestens so lange gehalten: Speicher vermerken keinen Erwerbszeitpunkt, daher wird ab dem ersten Auflisten der Sperre hier gezählt</translation>
    </message>
    <message>
        <location filename="../ui/locksmodel.cpp" line="77"/>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <location filename="../ui/locksmodel.cpp" line="89"/>
        <source>Lock key</source>
        <translation>Sperrschlüssel</translation>
    </message>
    <message>
        <location filename="../ui/locksmodel.cpp" line="90"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/locksmodel.cpp" line="91"/>
        <source>Owner value</source>
        <translation>Besitzerwert</translation>
    </message>
    <message>
        <location filename="../ui/locksmodel.cpp" line="92"/>
        <source>Held for</source>
        <translation>Gehalten seit</translation>
    </message>
    <message>
        <location filename="../ui/locksmodel.cpp" line="93"/>
        <source>Remaining</source>
        <translation>Verbleibend</translation>
    </message>
</context>
<context>
    <name>cashews::LocksView</name>
    <message>
        <location filename="../ui/locksview.cpp" line="41"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/locksview.cpp" line="42"/>
        <source>&amp;Acquire…</source>
        <translation>&amp;Anfordern…</translation>
    </message>
    <message>
        <location filename="../ui/locksview.cpp" line="43"/>
        <source>Re&amp;lease</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <location filename="../ui/locksview.cpp" line="44"/>
        <source>&amp;Force release…</source>
        <translation>&amp;Erzwungen freigeben…</translation>
    </message>
    <message>
        <location filename="../ui/locksview.cpp" line="45"/>
        <source>Delete the lock only if it still holds the owner value shown (compare-and-delete)</source>
        <translation>Die Sperre nur löschen, wenn sie noch den angezeigten Besitzerwert enthält (Vergleichen und Löschen)</translation>
    </message>
    <message>
        <location filename="../ui/locksview.cpp" line="69"/>
        <source>Loading locks failed: %1</source>
        <translation>Laden der Sperren fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/locksview.cpp" line="71"/>
        <source>%n lock(s) held</source>
        <translation>
            <numerusform>%n Sperre gehalten</numerusform>
            <numerusform>%n Sperren gehalten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/locksview.cpp" line="98"/>
        <source>Acquiring %1 failed: %2</source>
        <translation>Anfordern von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../ui/locksview.cpp" line="100"/>
        <source>Lock %1 acquired</source>
        <translation>Sperre %1 erhalten</translation>
    </message>
    <message>
        <location filename="../ui/locksview.cpp" line="101"/>
        <source>Lock %1 is already held</source>
        <translation>Sperre %1 wird bereits gehalten</translation>
    </message>
    <message>
        <location filename="../ui/locksview.cpp" line="109"/>
        <source>Acquire lock</source>
        <translation>Sperre anfordern</translation>
    </message>
    <message>
        <location filename="../ui/locksview.cpp" line="114"/>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/locksview.cpp" line="115"/>
        <source>&amp;TTL:</source>
        <translation>&amp;TTL:</translation>
    </message>
    <message>
        <location filename="../ui/locksview.cpp" line="116"/>
        <source>&amp;Owner value:</source>
        <translation>&amp;Besitzerwert:</translation>
    </message>
    <message>
        <location filename="../ui/locksview.cpp" line="134"/>
        <source>Releasing %1 failed: %2</source>
        <translation>Freigeben von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../ui/locksview.cpp" line="136"/>
        <source>%1 was not released: it expired or another owner holds it now</source>
        <translation>%1 wurde nicht freigegeben: Die Sperre ist abgelaufen oder wird jetzt von einem anderen Besitzer gehalten</translation>
    </message>
    <message>
        <location filename="../ui/locksview.cpp" line="138"/>
        <source>Lock %1 released</source>
        <translation>Sperre %1 freigegeben</translation>
    </message>
    <message>
        <location filename="../ui/locksview.cpp" line="149"/>
        <source>Force release</source>
        <translation>Erzwungen freigeben</translation>
    </message>
    <message>
        <location filename="../ui/locksview.cpp" line="150"/>
        <source>Delete the lock %1 whatever owner holds it? The owner may still be working.</source>
        <translation>Die Sperre %1 unabhängig vom aktuellen Besitzer löschen? Der Besitzer arbeitet möglicherweise noch.</translation>
    </message>
    <message>
        <location filename="../ui/locksview.cpp" line="158"/>
        <source>Force release of %1 failed: %2</source>
        <translation>Erzwungenes Freigeben von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../ui/locksview.cpp" line="160"/>
        <source>Lock %1 force-released</source>
        <translation>Sperre %1 erzwungen freigegeben</translation>
    </message>
</context>
<context>
    <name>cashews::MainWindow</name>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="128"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="129"/>
        <source>&amp;About Cashews Studio</source>
        <translation>Ü&amp;ber Cashews Studio</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="130"/>
        <source>About Cashews Studio</source>
        <translation>Über Cashews Studio</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="131"/>
        <source>Cashews Studio %1
Browse and manage cashews caches.</source>
        <translation>Cashews Studio %1
cashews-Caches durchsuchen und verwalten.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="44"/>
        <source>Cashews Studio</source>
        <translation>Cashews Studio</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="45"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="47"/>
        <source>Open a connection with File → New connection (Ctrl+Shift+N).</source>
        <translation>Öffnen Sie eine Verbindung mit Datei → Neue Verbindung (Ctrl+Shift+N).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="59"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="65"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="66"/>
        <source>&amp;New connection…</source>
        <translation>&amp;Neue Verbindung…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="68"/>
        <source>&amp;Saved connections</source>
        <translation>&amp;Gespeicherte Verbindungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="70"/>
        <source>&amp;Close connection</source>
        <translation>Verbindung &amp;schließen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="73"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="76"/>
        <source>&amp;Keys</source>
        <translation>&amp;Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="87"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="92"/>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtern…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="93"/>
        <source>&amp;New key…</source>
        <translation>&amp;Neuer Schlüssel…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="94"/>
        <source>&amp;Edit value…</source>
        <translation>Wert &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="95"/>
        <source>Set &amp;TTL…</source>
        <translation>&amp;TTL setzen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="96"/>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="97"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="98"/>
        <source>Delete by &amp;pattern…</source>
        <translation>Nach &amp;Muster löschen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="100"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="102"/>
        <source>Keys as &amp;list</source>
        <translation>Schlüssel als &amp;Liste</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="103"/>
        <source>Keys by &amp;namespace</source>
        <translation>Schlüssel nach &amp;Namensraum</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="104"/>
        <source>Keys by &amp;cashews meaning</source>
        <translation>Schlüssel nach &amp;cashews-Bedeutung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="117"/>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="118"/>
        <source>&amp;Read-only</source>
        <translation>&amp;Nur lesen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="120"/>
        <source>Refuse every write command on this connection</source>
        <translation>Jeden Schreibbefehl auf dieser Verbindung ablehnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="134"/>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="145"/>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="145"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="145"/>
        <source>Locks</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="158"/>
        <source>Seeding the demo data failed: %1</source>
        <translation>Anlegen der Demodaten fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="163"/>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="229"/>
        <source>(none saved)</source>
        <translation>(keine gespeichert)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="236"/>
        <source>&amp;Forget</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="247"/>
        <source>Secret needed</source>
        <translation>Geheimnis erforderlich</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="248"/>
        <source>%1 of &quot;%2&quot;:</source>
        <translation>%1 von „%2“:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="282"/>
        <source>Closing %1 failed: %2</source>
        <translation>Schließen von %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>cashews::ReadOnlyGate</name>
    <message>
        <location filename="../ui/readonlygate.cpp" line="15"/>
        <source>The connection is read-only: &quot;%1&quot; was refused</source>
        <translation>Die Verbindung ist schreibgeschützt: „%1“ wurde abgelehnt</translation>
    </message>
</context>
<context>
    <name>cashews::TagsModel</name>
    <message>
        <location filename="../ui/tagsmodel.cpp" line="143"/>
        <source>dangling</source>
        <translation>verwaist</translation>
    </message>
    <message>
        <location filename="../ui/tagsmodel.cpp" line="148"/>
        <source>The tag still lists this key, but the key no longer exists</source>
        <translation>Das Tag führt diesen Schlüssel noch, aber der Schlüssel existiert nicht mehr</translation>
    </message>
    <message>
        <location filename="../ui/tagsmodel.cpp" line="159"/>
        <source>Tag / member</source>
        <translation>Tag / Mitglied</translation>
    </message>
    <message>
        <location filename="../ui/tagsmodel.cpp" line="160"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location filename="../ui/tagsmodel.cpp" line="161"/>
        <source>Dangling</source>
        <translation>Verwaist</translation>
    </message>
    <message>
        <location filename="../ui/tagsmodel.cpp" line="162"/>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
</context>
<context>
    <name>cashews::TagsView</name>
    <message>
        <location filename="../ui/tagsview.cpp" line="29"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/tagsview.cpp" line="30"/>
        <source>&amp;Invalidate tag…</source>
        <translation>Tag &amp;invalidieren…</translation>
    </message>
    <message>
        <location filename="../ui/tagsview.cpp" line="58"/>
        <source>Loading tags…</source>
        <translation>Tags werden geladen…</translation>
    </message>
    <message>
        <location filename="../ui/tagsview.cpp" line="73"/>
        <source>Loading tags failed</source>
        <translation>Laden der Tags fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/tagsview.cpp" line="74"/>
        <source>Loading tags failed: %1</source>
        <translation>Laden der Tags fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tagsview.cpp" line="80"/>
        <source>Loading tags… %n so far</source>
        <translation>
            <numerusform>Tags werden geladen… %n bisher</numerusform>
            <numerusform>Tags werden geladen… %n bisher</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tagsview.cpp" line="95"/>
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tagsview.cpp" line="96"/>
        <source>%n dangling member(s)</source>
        <translation>
            <numerusform>%n verwaistes Mitglied</numerusform>
            <numerusform>%n verwaiste Mitglieder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tagsview.cpp" line="113"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tagsview.cpp" line="114"/>
        <source>Invalidate tag</source>
        <translation>Tag invalidieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tagsview.cpp" line="115"/>
        <source>Invalidate tag &quot;%1&quot;? This deletes %n key(s) and the tag set.</source>
        <translation>
            <numerusform>Tag „%1“ invalidieren? Dabei werden %n Schlüssel und die Tag-Menge gelöscht.</numerusform>
            <numerusform>Tag „%1“ invalidieren? Dabei werden %n Schlüssel und die Tag-Menge gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tagsview.cpp" line="130"/>
        <source>Invalidating the tag failed: %1</source>
        <translation>Invalidieren des Tags fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tagsview.cpp" line="136"/>
        <source>Tag %1 invalidated: %n key(s) deleted</source>
        <translation>
            <numerusform>Tag %1 invalidiert: %n Schlüssel gelöscht</numerusform>
            <numerusform>Tag %1 invalidiert: %n Schlüssel gelöscht</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cashews::TtlFormat</name>
    <message>
        <location filename="../ui/ttlformat.cpp" line="11"/>
        <source>no expiry</source>
        <translation>kein Ablauf</translation>
    </message>
    <message>
        <location filename="../ui/ttlformat.cpp" line="13"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location filename="../ui/ttlformat.cpp" line="20"/>
        <source>%1d %2h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <location filename="../ui/ttlformat.cpp" line="22"/>
        <source>%1h %2m</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../ui/ttlformat.cpp" line="24"/>
        <source>%1m %2s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../ui/ttlformat.cpp" line="25"/>
        <source>%1s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>cashews::ValueDecoder</name>
    <message>
        <location filename="../ui/valuedecoder.cpp" line="83"/>
        <source>the key does not exist</source>
        <translation>der Schlüssel existiert nicht</translation>
    </message>
    <message>
        <location filename="../ui/valuedecoder.cpp" line="88"/>
        <source>object (%1)</source>
        <translation>Objekt (%1)</translation>
    </message>
    <message>
        <location filename="../ui/valuedecoder.cpp" line="159"/>
        <source>the pipeline could not decode these bytes</source>
        <translation>die Pipeline konnte diese Bytes nicht dekodieren</translation>
    </message>
</context>
<context>
    <name>cashews::ValueInspector</name>
    <message>
        <location filename="../ui/valueinspector.cpp" line="89"/>
        <source>Load all</source>
        <translation>Alles laden</translation>
    </message>
    <message>
        <location filename="../ui/valueinspector.cpp" line="90"/>
        <source>Save to file…</source>
        <translation>In Datei speichern…</translation>
    </message>
    <message>
        <location filename="../ui/valueinspector.cpp" line="91"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/valueinspector.cpp" line="92"/>
        <source>Set &amp;TTL…</source>
        <translation>&amp;TTL setzen…</translation>
    </message>
    <message>
        <location filename="../ui/valueinspector.cpp" line="93"/>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location filename="../ui/valueinspector.cpp" line="94"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../ui/valueinspector.cpp" line="114"/>
        <source>Tree</source>
        <translation>Baum</translation>
    </message>
    <message>
        <location filename="../ui/valueinspector.cpp" line="115"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../ui/valueinspector.cpp" line="116"/>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <location filename="../ui/valueinspector.cpp" line="117"/>
        <source>Typed JSON</source>
        <translation>Typisiertes JSON</translation>
    </message>
    <message>
        <location filename="../ui/valueinspector.cpp" line="175"/>
        <source>Select a key to inspect it</source>
        <translation>Schlüssel auswählen, um ihn anzuzeigen</translation>
    </message>
    <message>
        <location filename="../ui/valueinspector.cpp" line="180"/>
        <source>loading…</source>
        <translation>wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/valueinspector.cpp" line="193"/>
        <source>Could not read the key: %1</source>
        <translation>Der Schlüssel konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/valueinspector.cpp" line="194"/>
        <location filename="../ui/valueinspector.cpp" line="354"/>
        <source>Reading %1 failed: %2</source>
        <translation>Lesen von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../ui/valueinspector.cpp" line="242"/>
        <source>The key does not exist (any more).</source>
        <translation>Der Schlüssel existiert nicht (mehr).</translation>
    </message>
    <message>
        <location filename="../ui/valueinspector.cpp" line="258"/>
        <location filename="../ui/valueinspector.cpp" line="325"/>
        <source>Type: %1</source>
        <translation>Typ: %1</translation>
    </message>
    <message>
        <location filename="../ui/valueinspector.cpp" line="259"/>
        <location filename="../ui/valueinspector.cpp" line="325"/>
        <source>Kind: %1</source>
        <translation>Art: %1</translation>
    </message>
    <message>
        <location filename="../ui/valueinspector.cpp" line="261"/>
        <location filename="../ui/valueinspector.cpp" line="326"/>
        <source>Size: %1</source>
        <translation>Größe: %1</translation>
    </message>
    <message>
        <location filename="../ui/valueinspector.cpp" line="263"/>
        <source>Format: %1</source>
        <translation>Format: %1</translation>
    </message>
    <message>
        <location filename="../ui/valueinspector.cpp" line="264"/>
        <source>Compression: %1</source>
        <translation>Kompression: %1</translation>
    </message>
    <message>
        <location filename="../ui/valueinspector.cpp" line="264"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/valueinspector.cpp" line="265"/>
        <source>Signature: %1</source>
        <translation>Signatur: %1</translation>
    </message>
    <message>
        <location filename="../ui/valueinspector.cpp" line="268"/>
        <source>Decoding: %1</source>
        <translation>Dekodierung: %1</translation>
    </message>
    <message>
        <location filename="../ui/valueinspector.cpp" line="282"/>
        <source>Details unavailable: %1</source>
        <translation>Details nicht verfügbar: %1</translation>
    </message>
    <message>
        <location filename="../ui/valueinspector.cpp" line="308"/>
        <source>Showing the first %1 of %2.</source>
        <translation>Die ersten %1 von %2 werden angezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/valueinspector.cpp" line="328"/>
        <source>Read the first %1 of %2; Load all reads and decodes the whole value.</source>
        <translation>Die ersten %1 von %2 gelesen; „Alle laden“ liest und dekodiert den ganzen Wert.</translation>
    </message>
    <message>
        <location filename="../ui/valueinspector.cpp" line="338"/>
        <source>Save value</source>
        <translation>Wert speichern</translation>
    </message>
    <message>
        <location filename="../ui/valueinspector.cpp" line="356"/>
        <source>%1 no longer exists</source>
        <translation>%1 existiert nicht mehr</translation>
    </message>
    <message>
        <location filename="../ui/valueinspector.cpp" line="366"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/valueinspector.cpp" line="376"/>
        <source>TTL: %1</source>
        <translation>TTL: %1</translation>
    </message>
</context>
<context>
    <name>cashews::ValueTreeModel</name>
    <message>
        <location filename="../ui/valuetreemodel.cpp" line="80"/>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/valuetreemodel.cpp" line="93"/>
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n Element]</numerusform>
            <numerusform>[%n Elemente]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/valuetreemodel.cpp" line="95"/>
        <source>(%n item(s))</source>
        <translation>
            <numerusform>(%n Element)</numerusform>
            <numerusform>(%n Elemente)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/valuetreemodel.cpp" line="97"/>
        <source>{%n member(s)}</source>
        <translation>
            <numerusform>{%n Mitglied}</numerusform>
            <numerusform>{%n Mitglieder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/valuetreemodel.cpp" line="99"/>
        <source>frozenset(%n member(s))</source>
        <translation>
            <numerusform>frozenset(%n Mitglied)</numerusform>
            <numerusform>frozenset(%n Mitglieder)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/valuetreemodel.cpp" line="101"/>
        <location filename="../ui/valuetreemodel.cpp" line="103"/>
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n Schlüssel}</numerusform>
            <numerusform>{%n Schlüssel}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/valuetreemodel.cpp" line="105"/>
        <source>&lt;%1 object&gt;</source>
        <translation>&lt;%1-Objekt&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/valuetreemodel.cpp" line="135"/>
        <source>%n more item(s) not shown</source>
        <translation>
            <numerusform>%n weiteres Element nicht angezeigt</numerusform>
            <numerusform>%n weitere Elemente nicht angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/valuetreemodel.cpp" line="160"/>
        <source>args</source>
        <translation>args</translation>
    </message>
    <message>
        <location filename="../ui/valuetreemodel.cpp" line="162"/>
        <source>state</source>
        <translation>state</translation>
    </message>
    <message>
        <location filename="../ui/valuetreemodel.cpp" line="164"/>
        <source>items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <location filename="../ui/valuetreemodel.cpp" line="166"/>
        <source>dict items</source>
        <translation>Dict-Elemente</translation>
    </message>
    <message>
        <location filename="../ui/valuetreemodel.cpp" line="221"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/valuetreemodel.cpp" line="222"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/valuetreemodel.cpp" line="223"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/studio/main.cpp" line="32"/>
        <source>Cashews Studio: browse and manage cashews caches.</source>
        <translation>Cashews Studio: cashews-Caches durchsuchen und verwalten.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="36"/>
        <source>Stores to open (mem://, disk://DIR, redis://, rediss://, unix://). Default: mem:// with demo data.</source>
        <translation>Zu öffnende Speicher (mem://, disk://DIR, redis://, rediss://, unix://). Standard: mem:// mit Demodaten.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="40"/>
        <source>A setup option for every URL, e.g. secret=s3cret or pickle_type=json.</source>
        <translation>Eine Einrichtungsoption für jede URL, z. B. secret=s3cret oder pickle_type=json.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="42"/>
        <source>Open the stores read-only.</source>
        <translation>Die Speicher schreibgeschützt öffnen.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="43"/>
        <source>Seed mem:// stores with demo data.</source>
        <translation>mem://-Speicher mit Demodaten befüllen.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="45"/>
        <source>Save a screenshot of every view into DIR, then quit.</source>
        <translation>Ein Bildschirmfoto jeder Ansicht in DIR speichern, dann beenden.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="54"/>
        <source>--option needs name=value, got &quot;%1&quot;</source>
        <translation>--option erwartet name=value, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="73"/>
        <source>Demo (mem://)</source>
        <translation>Demo (mem://)</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="82"/>
        <source>No store could be opened.</source>
        <translation>Es konnte kein Speicher geöffnet werden.</translation>
    </message>
</context>
</TS>
