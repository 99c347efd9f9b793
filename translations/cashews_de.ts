<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>cashews::BulkDeleteDialog</name>
    <message>
        <location filename="../ui/browser/bulkdeletedialog.cpp" line="+32"/>
        <source>Preview the pattern to see what it deletes.</source>
        <translation>Vorschau des Musters anzeigen, um zu sehen, was gelöscht wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel deletion</source>
        <translation>Löschen a&amp;bbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+74"/>
        <source>Delete keys by pattern</source>
        <translation>Schlüssel nach Muster löschen</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>glob, e.g. app.users:get_user:*</source>
        <translation>Glob, z. B. app.users:get_user:*</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Pattern:</source>
        <translation>&amp;Muster:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Scanning…</source>
        <translation>Wird durchsucht…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scanning failed: %1</source>
        <translation>Durchsuchen fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n key(s) match.</source>
        <translation>
            <numerusform>%n Schlüssel passt.</numerusform>
            <numerusform>%n Schlüssel passen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Deleting failed: %1</source>
        <translation>Löschen fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Cancelled after deleting %n key(s).</source>
        <translation>
            <numerusform>Abgebrochen nach dem Löschen von %n Schlüssel.</numerusform>
            <numerusform>Abgebrochen nach dem Löschen von %n Schlüsseln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Deleted %n key(s).</source>
        <translation>
            <numerusform>%n Schlüssel gelöscht.</numerusform>
            <numerusform>%n Schlüssel gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-26"/>
        <source>Delete the %n key(s) matching %1? This cannot be undone.</source>
        <translation>
            <numerusform>Den %n Schlüssel löschen, der auf %1 passt? Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>Die %n Schlüssel löschen, die auf %1 passen? Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cashews::CashewsDetails</name>
    <message>
        <location filename="../ui/inspector/cashewsdetails.cpp" line="+39"/>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Oldest call in window</source>
        <translation>Ältester Aufruf im Zeitfenster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latest call</source>
        <translation>Letzter Aufruf</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Function / template</source>
        <translation>Funktion / Vorlage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hard TTL</source>
        <translation>Harte TTL</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Fresh until</source>
        <translation>Frisch bis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Soft expiry</source>
        <translation>Weicher Ablauf</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh lock</source>
        <translation>Aktualisierungssperre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>held (a refresh is running)</source>
        <translation>gehalten (eine Aktualisierung läuft)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hits so far</source>
        <translation>Bisherige Treffer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner value</source>
        <translation>Besitzerwert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remaining</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <location line="+17"/>
        <source>Calls in window</source>
        <translation>Aufrufe im Zeitfenster</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Window resets</source>
        <translation>Zeitfenster wird zurückgesetzt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sliding window ends</source>
        <translation>Gleitendes Zeitfenster endet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>open (closes %1)</source>
        <translation>offen (schließt %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>half-open</source>
        <translation>halboffen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>Breaker state</source>
        <translation>Zustand des Circuit Breakers</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Failures in window</source>
        <translation>Fehler im Zeitfenster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failure ratio</source>
        <translation>Fehlerquote</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no calls</source>
        <translation>keine Aufrufe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dangling members</source>
        <translation>Verwaiste Mitglieder</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>soft-expired: the next call recomputes it and waits; this value is returned only if that call fails</source>
        <translation>weich abgelaufen: der nächste Aufruf berechnet neu und wartet darauf; dieser Wert kommt nur zurück, wenn dieser Aufruf fehlschlägt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stale: a refresh is running (its lock is held); callers get this value meanwhile</source>
        <translation>veraltet: eine Aktualisierung läuft (ihre Sperre ist belegt); Aufrufer bekommen solange diesen Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stale: the next call takes the refresh lock, refreshes in the background and still gets this value</source>
        <translation>veraltet: der nächste Aufruf nimmt die Aktualisierungssperre, aktualisiert im Hintergrund und bekommt noch diesen Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fresh: returned as it is for %1</source>
        <translation>frisch: wird noch %1 unverändert zurückgegeben</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>open period over: the next call probes it half-open</source>
        <translation>Offen-Phase vorbei: der nächste Aufruf prüft halb offen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
</context>
<context>
    <name>cashews::Confirmation</name>
    <message>
        <location filename="../ui/common/confirmation.cpp" line="+27"/>
        <source>&quot;&quot; (the empty key)</source>
        <translation>„“ (der leere Schlüssel)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cashews::Connection</name>
    <message>
        <location filename="../ui/connections/connection.cpp" line="+85"/>
        <source>temporary store: a new directory, deleted when the connection closes</source>
        <translation>temporärer Speicher: ein neues Verzeichnis, das beim Schließen der Verbindung gelöscht wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>directory %1</source>
        <translation>Verzeichnis %1</translation>
    </message>
</context>
<context>
    <name>cashews::ConnectionDialog</name>
    <message>
        <location filename="../ui/connections/connectiondialog.cpp" line="+22"/>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Client-side caching (keys under &quot;cashews:&quot;)</source>
        <translation>Clientseitiges Caching (Schlüssel unter „cashews:“)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read-only: refuse every write command</source>
        <translation>Nur lesen: jeden Schreibbefehl ablehnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this connection (secrets go to the system keychain)</source>
        <translation>Diese Verbindung speichern (Geheimnisse werden im Schlüsselbund des Systems abgelegt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mem://, disk://?directory=/path, redis://host:6379/0, rediss://…, unix:///path.sock</source>
        <translation>mem://, disk://?directory=/pfad, redis://host:6379/0, rediss://…, unix:///pfad.sock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signing secret (optional)</source>
        <translation>Signaturgeheimnis (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more setup options: name=value; name=value</source>
        <translation>weitere Einrichtungsoptionen: name=value; name=value</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Secret:</source>
        <translation>&amp;Geheimnis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Digest:</source>
        <translation>&amp;Digest:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pickle type:</source>
        <translation>Pickle-&amp;Typ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compression:</source>
        <translation>&amp;Kompression:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Options:</source>
        <translation>&amp;Optionen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Enter a URL.</source>
        <translation>Geben Sie eine URL ein.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Connecting…</source>
        <translation>Verbindung wird aufgebaut…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connected: the store answered.</source>
        <translation>Verbunden: der Speicher hat geantwortet.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not connect: %1</source>
        <translation>Verbindung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>cashews::ConnectionPage</name>
    <message>
        <location filename="../ui/connections/connectionpage.cpp" line="+113"/>
        <source>READ-ONLY</source>
        <translation>NUR LESEN</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Reconnect</source>
        <translation>Neu verbinden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ke&amp;ys</source>
        <translation>Sc&amp;hlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta&amp;gs</source>
        <translation>Ta&amp;gs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;ocks</source>
        <translation>S&amp;perren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connect to the store again and reload</source>
        <translation>Erneut mit dem Speicher verbinden und neu laden</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>connecting…</source>
        <translation>Verbindung wird aufgebaut…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DISCONNECTED</source>
        <translation>GETRENNT</translation>
    </message>
</context>
<context>
    <name>cashews::ConnectionStore</name>
    <message>
        <location filename="../ui/connections/connectionstore.cpp" line="+98"/>
        <source>The keychain refused a secret: %1</source>
        <translation>Der Schlüsselbund hat ein Geheimnis abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>cashews::DecodedValue</name>
    <message>
        <location filename="../ui/inspector/decodedvalue.cpp" line="+11"/>
        <source>not signed</source>
        <translation>nicht signiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>valid (%1)</source>
        <translation>gültig (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing: the connection expects signed values</source>
        <translation>fehlt: die Verbindung erwartet signierte Werte</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>signed with a weaker digest (%1) than configured (%2) — Python cashews services would accept this forgery</source>
        <translation>mit einem schwächeren Digest (%1) als konfiguriert (%2) signiert — Python-cashews-Dienste würden diese Fälschung akzeptieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>signed with %1, not the configured %2: refused</source>
        <translation>mit %1 signiert, nicht mit dem konfigurierten %2: abgelehnt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>signed (%1), not verified: no secret configured</source>
        <translation>signiert (%1), nicht verifiziert: kein Geheimnis konfiguriert</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>the %1 signature does not verify for this key with the configured secret (wrong secret, or signed for another key)</source>
        <translation>die %1-Signatur lässt sich für diesen Schlüssel mit dem eingestellten Geheimnis nicht verifizieren (falsches Geheimnis oder für einen anderen Schlüssel signiert)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none (cashews never signs ints, locks and bit fields)</source>
        <translation>keine (cashews signiert Ganzzahlen, Sperren und Bitfelder nie)</translation>
    </message>
</context>
<context>
    <name>cashews::KeyBrowser</name>
    <message>
        <location filename="../ui/browser/keybrowser.cpp" line="+63"/>
        <source>Load &amp;more</source>
        <translation>&amp;Mehr laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load &amp;all</source>
        <translation>&amp;Alle laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namespaces</source>
        <translation>Namensräume</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to group the keys</source>
        <translation>Wie die Schlüssel gruppiert werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Namespace delimiters, separated by spaces (e.g. &quot;: /&quot;)</source>
        <translation>Namensraum-Trennzeichen, durch Leerzeichen getrennt (z. B. „: /“)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keys per scan page</source>
        <translation>Schlüssel pro Scan-Seite</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Delimiters:</source>
        <translation>Trennzeichen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page:</source>
        <translation>Seite:</translation>
    </message>
    <message>
        <location line="+249"/>
        <source>%1 of %2 keys scanned</source>
        <translation>%1 von %2 Schlüsseln durchsucht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 keys scanned</source>
        <translation>%1 Schlüssel durchsucht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> — complete</source>
        <translation> — vollständig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — loading…</source>
        <translation> — wird geladen…</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Delete keys</source>
        <translation>Schlüssel löschen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete failed: %1</source>
        <translation>Löschen fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Deleted %n key(s)</source>
        <translation>
            <numerusform>%n Schlüssel gelöscht</numerusform>
            <numerusform>%n Schlüssel gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Creating %1 failed: %2</source>
        <translation>Erstellen von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Created %1</source>
        <translation>%1 erstellt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Saving %1 failed: %2</source>
        <translation>Speichern von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Setting the TTL of %1 failed: %2</source>
        <translation>Setzen der TTL von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+110"/>
        <location line="+50"/>
        <source>the key does not exist</source>
        <translation>der Schlüssel existiert nicht</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>TTL of %1 updated</source>
        <translation>TTL von %1 aktualisiert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rename key</source>
        <translation>Schlüssel umbenennen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name for %1:</source>
        <translation>Neuer Name für %1:</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+25"/>
        <source>Renaming %1 failed: %2</source>
        <translation>Umbenennen von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Renamed %1 to %2</source>
        <translation>%1 in %2 umbenannt</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Cannot edit %1: %2</source>
        <translation>%1 kann nicht bearbeitet werden: %2</translation>
    </message>
    <message>
        <location line="-479"/>
        <source>Contains</source>
        <translation>Enthält</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glob</source>
        <translation>Glob</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contains: keys with the text anywhere (*text*). Glob: the pattern as typed (* ? [abc]; without them, the exact key).</source>
        <translation>Enthält: Schlüssel, die den Text irgendwo enthalten (*text*). Glob: das Muster wie eingegeben (* ? [abc]; ohne diese genau der Schlüssel).</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Filter: keys containing the text — Enter to apply</source>
        <translation>Filter: Schlüssel, die den Text enthalten — Eingabe zum Anwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter: glob (e.g. app.users:*; no * ? [ ] = the exact key) — Enter to apply</source>
        <translation>Filter: Glob (z. B. app.users:*; ohne * ? [ ] = genau der Schlüssel) — Eingabe zum Anwenden</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>, %1 match</source>
        <translation>, %1 passen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — failed</source>
        <translation> — fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> — stopped</source>
        <translation> — angehalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> — sorted among %1 loaded</source>
        <translation> — sortiert unter %1 geladenen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 no longer exists (it expired or was deleted)</source>
        <translation>%1 existiert nicht mehr (abgelaufen oder gelöscht)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Copy &amp;key</source>
        <translation>&amp;Schlüssel kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;value</source>
        <translation>&amp;Wert kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy as typed &amp;JSON</source>
        <translation>Als typisiertes &amp;JSON kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set &amp;TTL…</source>
        <translation>&amp;TTL setzen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+6"/>
        <location line="+10"/>
        <source>Copying the value of %1 failed: %2</source>
        <translation>Kopieren des Werts von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied the value of %1</source>
        <translation>Wert von %1 kopiert</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Delete %n key(s)? This cannot be undone.</source>
        <translation>
            <numerusform>%n Schlüssel löschen? Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>%n Schlüssel löschen? Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Replace key</source>
        <translation>Schlüssel ersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists (%2, %3, TTL %4). Rename %5 to it and lose its current value?</source>
        <translation>%1 existiert bereits (%2, %3, TTL %4). %5 dorthin umbenennen und den bisherigen Wert verlieren?</translation>
    </message>
    <message>
        <location line="-541"/>
        <source>By meaning</source>
        <translation>Nach Bedeutung</translation>
    </message>
</context>
<context>
    <name>cashews::KeyEditDialog</name>
    <message>
        <location filename="../ui/browser/keyeditdialog.cpp" line="+129"/>
        <source>New key</source>
        <translation>Neuer Schlüssel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit value</source>
        <translation>Wert bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 90, 10m, 1h30m; empty = no expiry</source>
        <translation>z. B. 90, 10m, 1h30m; leer = kein Ablauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typed JSON: &quot;text&quot;, 42, {&quot;$float&quot;: &quot;1.5&quot;}, true, null, [1, 2], {&quot;a&quot;: 1}, {&quot;$tuple&quot;: [1, 2]}, {&quot;$datetime&quot;: &quot;2026-01-01T00:00:00+00:00&quot;}</source>
        <translation>Typisiertes JSON: &quot;text&quot;, 42, {&quot;$float&quot;: &quot;1.5&quot;}, true, null, [1, 2], {&quot;a&quot;: 1}, {&quot;$tuple&quot;: [1, 2]}, {&quot;$datetime&quot;: &quot;2026-01-01T00:00:00+00:00&quot;}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;TTL:</source>
        <translation>&amp;TTL:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The stored value is signed with %1, not with this connection&apos;s %2. Saving replaces it with a value signed with %2; services configured for %1 will reject it.

Save anyway?</source>
        <translation>Der gespeicherte Wert ist mit %1 signiert, nicht mit dem %2 dieser Verbindung. Speichern ersetzt ihn durch einen mit %2 signierten Wert; für %1 konfigurierte Dienste werden ihn ablehnen.

Trotzdem speichern?</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The key must not be empty.</source>
        <translation>Der Schlüssel darf nicht leer sein.</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Save and re-sign?</source>
        <translation>Speichern und neu signieren?</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The stored value&apos;s signature does not verify for this key with the configured secret (wrong secret, or signed for another key). Saving replaces it with a value signed with this connection&apos;s secret; services that use another secret will reject it.

Save anyway?</source>
        <translation>Die Signatur des gespeicherten Werts lässt sich für diesen Schlüssel mit dem eingestellten Geheimnis nicht verifizieren (falsches Geheimnis oder für einen anderen Schlüssel signiert). Speichern ersetzt ihn durch einen mit dem Geheimnis dieser Verbindung signierten Wert; Dienste mit einem anderen Geheimnis weisen ihn zurück.

Trotzdem speichern?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The stored value is signed, but this connection has no secret: saving writes it unsigned, which services that sign their values read as a miss.

Save anyway?</source>
        <translation>Der gespeicherte Wert ist signiert, aber diese Verbindung hat kein Geheimnis: Speichern schreibt ihn unsigniert, und Dienste, die ihre Werte signieren, lesen ihn als Fehltreffer.

Trotzdem speichern?</translation>
    </message>
</context>
<context>
    <name>cashews::KeyListModel</name>
    <message>
        <location filename="../ui/browser/keylistmodel.cpp" line="+141"/>
        <source>Memory the store uses for the key (Redis MEMORY USAGE), not the length of its value</source>
        <translation>Speicher, den der Store für den Schlüssel belegt (Redis MEMORY USAGE), nicht die Länge seines Werts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Counting keys failed: %1</source>
        <translation>Zählen der Schlüssel fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Scanning keys failed: %1</source>
        <translation>Durchsuchen der Schlüssel fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+316"/>
        <source>Reading key details failed: %1</source>
        <translation>Lesen der Schlüsseldetails fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>cashews::KeyMeaning</name>
    <message>
        <location filename="../ui/common/keymeaning.cpp" line="+99"/>
        <source>cache</source>
        <translation>cache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>early</source>
        <translation>early</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failover</source>
        <translation>failover</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>soft</source>
        <translation>soft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hit</source>
        <translation>hit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dynamic</source>
        <translation>dynamic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lock</source>
        <translation>lock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>locked</source>
        <translation>locked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rate limit</source>
        <translation>Ratenbegrenzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sliding rate limit</source>
        <translation>gleitende Ratenbegrenzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>circuit breaker</source>
        <translation>Circuit Breaker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bloom</source>
        <translation>bloom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dual bloom</source>
        <translation>dual bloom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>transaction lock</source>
        <translation>Transaktionssperre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>client side</source>
        <translation>clientseitig</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>lock</source>
        <comment>companion key role</comment>
        <translation>Sperre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>counter</source>
        <comment>companion key role</comment>
        <translation>Zähler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <comment>companion key role</comment>
        <translation>offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>half-open</source>
        <comment>companion key role</comment>
        <translation>halboffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>total</source>
        <comment>companion key role</comment>
        <translation>gesamt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fails</source>
        <comment>companion key role</comment>
        <translation>Fehlschläge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>true</source>
        <comment>companion key role</comment>
        <translation>wahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>false</source>
        <comment>companion key role</comment>
        <translation>falsch</translation>
    </message>
</context>
<context>
    <name>cashews::KeyTreeModel</name>
    <message>
        <location filename="../ui/browser/keytreemodel.cpp" line="+250"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 (%n key(s))</source>
        <translation>
            <numerusform>%1 (%n Schlüssel)</numerusform>
            <numerusform>%1 (%n Schlüssel)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-2"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>cashews::LocksModel</name>
    <message>
        <location filename="../ui/locks/locksmodel.cpp" line="+60"/>
        <source>Held by this owner for at least this long: stores keep no acquisition time, so this counts from when the lock was first listed here</source>
        <translation>Von diesem Besitzer mindestens so lange gehalten: Speicher vermerken keinen Erwerbszeitpunkt, daher wird ab dem ersten Auflisten der Sperre hier gezählt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lock key</source>
        <translation>Sperrschlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner value</source>
        <translation>Besitzerwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held for</source>
        <translation>Gehalten seit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remaining</source>
        <translation>Verbleibend</translation>
    </message>
</context>
<context>
    <name>cashews::LocksView</name>
    <message>
        <location filename="../ui/locks/locksview.cpp" line="+47"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>&amp;Acquire…</source>
        <translation>&amp;Anfordern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;lease</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>&amp;Force release…</source>
        <translation>&amp;Erzwungen freigeben…</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Delete the lock only if it still holds the owner value shown (compare-and-delete)</source>
        <translation>Die Sperre nur löschen, wenn sie noch den angezeigten Besitzerwert enthält (Vergleichen und Löschen)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Loading locks failed: %1</source>
        <translation>Laden der Sperren fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n lock(s) held</source>
        <translation>
            <numerusform>%n Sperre gehalten</numerusform>
            <numerusform>%n Sperren gehalten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Acquiring %1 failed: %2</source>
        <translation>Anfordern von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock %1 acquired</source>
        <translation>Sperre %1 erhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock %1 is already held</source>
        <translation>Sperre %1 wird bereits gehalten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Acquire lock</source>
        <translation>Sperre anfordern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;TTL:</source>
        <translation>&amp;TTL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner value:</source>
        <translation>&amp;Besitzerwert:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Releasing %1 failed: %2</source>
        <translation>Freigeben von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was not released: it expired or another owner holds it now</source>
        <translation>%1 wurde nicht freigegeben: Die Sperre ist abgelaufen oder wird jetzt von einem anderen Besitzer gehalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock %1 released</source>
        <translation>Sperre %1 freigegeben</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Force release</source>
        <translation>Erzwungen freigeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the lock %1 whatever owner holds it? The owner may still be working.</source>
        <translation>Die Sperre %1 unabhängig vom aktuellen Besitzer löschen? Der Besitzer arbeitet möglicherweise noch.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Force release of %1 failed: %2</source>
        <translation>Erzwungenes Freigeben von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock %1 force-released</source>
        <translation>Sperre %1 erzwungen freigegeben</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>For&amp;ce release…</source>
        <translation>&amp;Erzwungen freigeben…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The connection is read-only</source>
        <translation>Die Verbindung ist auf „Nur lesen“ gestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The store is not connected</source>
        <translation>Der Speicher ist nicht verbunden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Copy key</source>
        <translation>Schlüssel &amp;kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open in inspector</source>
        <translation>Im &amp;Inspektor öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Release</source>
        <translation>&amp;Freigeben</translation>
    </message>
</context>
<context>
    <name>cashews::MainWindow</name>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="+66"/>
        <location line="+437"/>
        <source>Cashews Studio</source>
        <translation>Cashews Studio</translation>
    </message>
    <message>
        <location line="-436"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a connection with File → New connection (Ctrl+Shift+N).</source>
        <translation>Öffnen Sie eine Verbindung mit Datei → Neue Verbindung (Ctrl+Shift+N).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New connection…</source>
        <translation>&amp;Neue Verbindung…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Saved connections</source>
        <translation>&amp;Gespeicherte Verbindungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close connection</source>
        <translation>Verbindung &amp;schließen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keys</source>
        <translation>&amp;Schlüssel</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New key…</source>
        <translation>&amp;Neuer Schlüssel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit value…</source>
        <translation>Wert &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set &amp;TTL…</source>
        <translation>&amp;TTL setzen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete by &amp;pattern…</source>
        <translation>Nach &amp;Muster löschen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keys as &amp;list</source>
        <translation>Schlüssel als &amp;Liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys by &amp;namespace</source>
        <translation>Schlüssel nach &amp;Namensraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys by &amp;cashews meaning</source>
        <translation>Schlüssel nach &amp;cashews-Bedeutung</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+45"/>
        <source>&amp;Read-only</source>
        <translation>&amp;Nur lesen</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Refuse every write command on this connection</source>
        <translation>Jeden Schreibbefehl auf dieser Verbindung ablehnen</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Locks</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Seeding the demo data failed: %1</source>
        <translation>Anlegen der Demodaten fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>(none saved)</source>
        <translation>(keine gespeichert)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Forget</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Secret needed</source>
        <translation>Geheimnis erforderlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of &quot;%2&quot;:</source>
        <translation>%1 von „%2“:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Closing %1 failed: %2</source>
        <translation>Schließen von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="-285"/>
        <source>Connect&amp;ion</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+47"/>
        <source>Re&amp;connect</source>
        <translation>Neu &amp;verbinden</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird aufgebaut…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(read-only)</source>
        <translation>(nur lesen)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connecting…</source>
        <translation>Verbindung wird aufgebaut…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not connected: %1</source>
        <translation>Nicht verbunden: %1</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>%1 — Cashews Studio</source>
        <translation>%1 — Cashews Studio</translation>
    </message>
    <message>
        <location line="-284"/>
        <source>Allow writes</source>
        <translation>Schreiben erlauben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allow writes on %1? Edits, renames and deletions will then change the store %2.</source>
        <translation>Schreiben auf %1 erlauben? Bearbeiten, Umbenennen und Löschen ändern dann den Speicher %2.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Copy &amp;URL</source>
        <translation>&amp;URL kopieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;lose</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not connected: %2</source>
        <translation>%1 ist nicht verbunden: %2</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Cashews Studio</source>
        <translation>Ü&amp;ber Cashews Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Cashews Studio</source>
        <translation>Über Cashews Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cashews Studio %1
Browse and manage cashews caches.</source>
        <translation>Cashews Studio %1
cashews-Caches durchsuchen und verwalten.</translation>
    </message>
</context>
<context>
    <name>cashews::MemberModel</name>
    <message>
        <location filename="../ui/inspector/membermodel.cpp" line="+80"/>
        <location line="+7"/>
        <source>Member</source>
        <translation>Element</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entry ID</source>
        <translation>Eintrags-ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
</context>
<context>
    <name>cashews::ReadOnlyGate</name>
    <message>
        <location filename="../ui/connections/readonlygate.cpp" line="+15"/>
        <source>writing a value</source>
        <translation>Schreiben eines Werts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>writing raw bytes</source>
        <translation>Schreiben roher Bytes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>writing values</source>
        <translation>Schreiben von Werten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleting a key</source>
        <translation>Löschen eines Schlüssels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleting keys</source>
        <translation>Löschen von Schlüsseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleting keys by pattern</source>
        <translation>Löschen von Schlüsseln nach Muster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incrementing a counter</source>
        <translation>Erhöhen eines Zählers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changing a TTL</source>
        <translation>Ändern einer TTL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clearing the store</source>
        <translation>Leeren des Stores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>acquiring a lock</source>
        <translation>Setzen einer Sperre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>releasing a lock</source>
        <translation>Freigeben einer Sperre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changing bits</source>
        <translation>Ändern von Bits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>counting a call in a window</source>
        <translation>Zählen eines Aufrufs im Fenster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adding set members</source>
        <translation>Hinzufügen von Set-Mitgliedern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removing set members</source>
        <translation>Entfernen von Set-Mitgliedern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>popping set members</source>
        <translation>Entnehmen von Set-Mitgliedern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>renaming a key</source>
        <translation>Umbenennen eines Schlüssels</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The connection is read-only: %1 was refused</source>
        <translation>Die Verbindung ist schreibgeschützt: %1 wurde abgelehnt</translation>
    </message>
</context>
<context>
    <name>cashews::TagsModel</name>
    <message>
        <location filename="../ui/tags/tagsmodel.cpp" line="+143"/>
        <source>dangling</source>
        <translation>verwaist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The tag still lists this key, but the key no longer exists</source>
        <translation>Das Tag führt diesen Schlüssel noch, aber der Schlüssel existiert nicht mehr</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tag / member</source>
        <translation>Tag / Mitglied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dangling</source>
        <translation>Verwaist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
</context>
<context>
    <name>cashews::TagsView</name>
    <message>
        <location filename="../ui/tags/tagsview.cpp" line="+33"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>&amp;Invalidate tag…</source>
        <translation>Tag &amp;invalidieren…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loading tags…</source>
        <translation>Tags werden geladen…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Loading tags failed</source>
        <translation>Laden der Tags fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading tags failed: %1</source>
        <translation>Laden der Tags fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Loading tags… %n so far</source>
        <translation>
            <numerusform>Tags werden geladen… %n bisher</numerusform>
            <numerusform>Tags werden geladen… %n bisher</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n dangling member(s)</source>
        <translation>
            <numerusform>%n verwaistes Mitglied</numerusform>
            <numerusform>%n verwaiste Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Invalidate tag</source>
        <translation>Tag invalidieren</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Invalidate tag &quot;%1&quot;? This deletes %n key(s) and the tag set.</source>
        <translation>
            <numerusform>Tag „%1“ invalidieren? Dabei werden %n Schlüssel und die Tag-Menge gelöscht.</numerusform>
            <numerusform>Tag „%1“ invalidieren? Dabei werden %n Schlüssel und die Tag-Menge gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Invalidating the tag failed: %1</source>
        <translation>Invalidieren des Tags fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Tag %1 invalidated: %n key(s) deleted</source>
        <translation>
            <numerusform>Tag %1 invalidiert: %n Schlüssel gelöscht</numerusform>
            <numerusform>Tag %1 invalidiert: %n Schlüssel gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <location line="-135"/>
        <source>Invalidate &amp;tag…</source>
        <translation>&amp;Tag invalidieren…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The connection is read-only</source>
        <translation>Die Verbindung ist auf „Nur lesen“ gestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The store is not connected</source>
        <translation>Der Speicher ist nicht verbunden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Copy key</source>
        <translation>Schlüssel &amp;kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open in inspector</source>
        <translation>Im &amp;Inspektor öffnen</translation>
    </message>
</context>
<context>
    <name>cashews::TtlDialog</name>
    <message>
        <location filename="../ui/browser/ttldialog.cpp" line="+18"/>
        <source>&amp;No expiry (the key stays until deleted)</source>
        <translation>&amp;Kein Ablauf (der Schlüssel bleibt, bis er gelöscht wird)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set TTL</source>
        <translation>TTL setzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;TTL for %1 (e.g. 90, 10m, 1h30m):</source>
        <translation>Neue &amp;TTL für %1 (z. B. 90, 10m, 1h30m):</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Enter a TTL, or choose “No expiry”.</source>
        <translation>Geben Sie eine TTL ein oder wählen Sie „Kein Ablauf“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A TTL of 0 would remove the expiry: choose “No expiry” for that.</source>
        <translation>Eine TTL von 0 würde den Ablauf entfernen: Wählen Sie dafür „Kein Ablauf“.</translation>
    </message>
</context>
<context>
    <name>cashews::TtlFormat</name>
    <message>
        <location filename="../ui/common/ttlformat.cpp" line="+11"/>
        <source>no expiry</source>
        <translation>kein Ablauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1d %2h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1h %2m</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1m %2s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1s</source>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln Byte</numerusform>
            <numerusform>%Ln Bytes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>cashews::ValueDecoder</name>
    <message>
        <location filename="../ui/inspector/valuedecoder.cpp" line="+98"/>
        <source>the key does not exist</source>
        <translation>der Schlüssel existiert nicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>object (%1)</source>
        <translation>Objekt (%1)</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>the pipeline could not decode these bytes</source>
        <translation>die Pipeline konnte diese Bytes nicht dekodieren</translation>
    </message>
</context>
<context>
    <name>cashews::ValueInspector</name>
    <message>
        <location filename="../ui/inspector/valueinspector.cpp" line="+116"/>
        <source>Load all</source>
        <translation>Alles laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save to file…</source>
        <translation>In Datei speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set &amp;TTL…</source>
        <translation>&amp;TTL setzen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Tree</source>
        <translation>Baum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typed JSON</source>
        <translation>Typisiertes JSON</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Select a key to inspect it</source>
        <translation>Schlüssel auswählen, um ihn anzuzeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>loading…</source>
        <translation>wird geladen…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not read the key: %1</source>
        <translation>Der Schlüssel konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <location line="+308"/>
        <source>Reading %1 failed: %2</source>
        <translation>Lesen von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>The key does not exist (any more).</source>
        <translation>Der Schlüssel existiert nicht (mehr).</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Type: %1</source>
        <translation>Typ: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind: %1</source>
        <translation>Art: %1</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Format: %1</source>
        <translation>Format: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compression: %1</source>
        <translation>Kompression: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature: %1</source>
        <translation>Signatur: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decoding: %1</source>
        <translation>Dekodierung: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Details unavailable: %1</source>
        <translation>Details nicht verfügbar: %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Showing the first %1 of %2.</source>
        <translation>Die ersten %1 von %2 werden angezeigt.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Read the first %1 of %2; Load all reads and decodes the whole value.</source>
        <translation>Die ersten %1 von %2 gelesen; „Alle laden“ liest und dekodiert den ganzen Wert.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+12"/>
        <source>Save value</source>
        <translation>Wert speichern</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 no longer exists</source>
        <translation>%1 existiert nicht mehr</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>TTL: %1</source>
        <translation>TTL: %1</translation>
    </message>
    <message>
        <location line="-482"/>
        <source>Load more entries</source>
        <translation>Weitere Einträge laden</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>No key is selected.</source>
        <translation>Kein Schlüssel ausgewählt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key is still loading.</source>
        <translation>Der Schlüssel wird noch geladen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key no longer exists.</source>
        <translation>Der Schlüssel existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection is read-only or disconnected.</source>
        <translation>Die Verbindung ist schreibgeschützt oder getrennt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 keys hold entries, not one value: saving a value would replace the %1 with a string (services using it would then fail with WRONGTYPE).</source>
        <translation>Schlüssel vom Typ %1 enthalten Einträge, keinen einzelnen Wert: Speichern würde den Typ %1 durch einen String ersetzen (Dienste, die ihn nutzen, scheitern dann mit WRONGTYPE).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the first %1 of the value are loaded: press Load all to edit it.</source>
        <translation>Nur die ersten %1 des Werts sind geladen: zum Bearbeiten „Alles laden“ drücken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The value could not be decoded: the editor cannot show it, and saving would replace it.</source>
        <translation>Der Wert ließ sich nicht dekodieren: der Editor kann ihn nicht zeigen, und Speichern würde ihn ersetzen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This value has no typed JSON form the editor could show.</source>
        <translation>Dieser Wert hat keine typisierte JSON-Form, die der Editor zeigen könnte.</translation>
    </message>
    <message numerus="yes">
        <location line="+124"/>
        <source>%Ln entries read, more in the store</source>
        <translation>
            <numerusform>%Ln Eintrag gelesen, weitere im Store</numerusform>
            <numerusform>%Ln Einträge gelesen, weitere im Store</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only here</source>
        <translation>Hier nur lesbar</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Showing the first %Ln entries.</source>
        <translation>
            <numerusform>Zeigt den ersten Eintrag.</numerusform>
            <numerusform>Zeigt die ersten %Ln Einträge.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Binary value (%1): its bytes are in the Hex tab.</source>
        <translation>Binärer Wert (%1): seine Bytes stehen im Reiter „Hex“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not decoded: %1
The stored bytes are in the Hex tab.</source>
        <translation>Nicht dekodiert: %1
Die gespeicherten Bytes stehen im Reiter „Hex“.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Value: %1</source>
        <translation>Wert: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Memory in store: %1</source>
        <translation>Speicher im Store: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not decoded yet: only the first %1 of %2 were read (Load all reads and decodes the value). Their bytes are in the Hex tab.</source>
        <translation>Noch nicht dekodiert: nur die ersten %1 von %2 wurden gelesen („Alles laden“ liest und dekodiert den Wert). Ihre Bytes stehen im Reiter „Hex“.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Save %1 as its decoded value (typed JSON) or as the bytes stored (%2, signature and serialization included)?</source>
        <translation>%1 als dekodierten Wert (typisiertes JSON) oder als gespeicherte Bytes (%2, mit Signatur und Serialisierung) speichern?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Decoded (typed JSON)</source>
        <translation>&amp;Dekodiert (typisiertes JSON)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Raw bytes</source>
        <translation>&amp;Rohe Bytes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has no typed JSON form to save</source>
        <translation>%1 hat keine typisierte JSON-Form zum Speichern</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Saved %1 to %2.</source>
        <translation>%1 in %2 gespeichert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The key has expired: it is no longer in the store.</source>
        <translation>Der Schlüssel ist abgelaufen: er ist nicht mehr im Store.</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>The studio cannot show the content of %1 keys.</source>
        <translation>Das Studio kann den Inhalt von Schlüsseln des Typs %1 nicht anzeigen.</translation>
    </message>
</context>
<context>
    <name>cashews::ValueTreeModel</name>
    <message>
        <location filename="../ui/inspector/valuetreemodel.cpp" line="+80"/>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n Element]</numerusform>
            <numerusform>[%n Elemente]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(%n item(s))</source>
        <translation>
            <numerusform>(%n Element)</numerusform>
            <numerusform>(%n Elemente)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{%n member(s)}</source>
        <translation>
            <numerusform>{%n Mitglied}</numerusform>
            <numerusform>{%n Mitglieder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>frozenset(%n member(s))</source>
        <translation>
            <numerusform>frozenset(%n Mitglied)</numerusform>
            <numerusform>frozenset(%n Mitglieder)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+2"/>
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n Schlüssel}</numerusform>
            <numerusform>{%n Schlüssel}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;%1 object&gt;</source>
        <translation>&lt;%1-Objekt&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n more item(s) not shown</source>
        <translation>
            <numerusform>%n weiteres Element nicht angezeigt</numerusform>
            <numerusform>%n weitere Elemente nicht angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>args</source>
        <translation>args</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>state</source>
        <translation>state</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dict items</source>
        <translation>Dict-Elemente</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/studio/main.cpp" line="+25"/>
        <source>Cashews Studio: browse and manage cashews caches.</source>
        <translation>Cashews Studio: cashews-Caches durchsuchen und verwalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stores to open (mem://, disk:///ABSOLUTE/DIR or disk://?directory=DIR, redis://, rediss://, unix://). Default: mem:// with demo data.</source>
        <translation>Zu öffnende Speicher (mem://, disk:///ABSOLUTES/VERZEICHNIS oder disk://?directory=VERZEICHNIS, redis://, rediss://, unix://). Standard: mem:// mit Demodaten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A setup option for every URL, e.g. secret=s3cret or pickle_type=json.</source>
        <translation>Eine Einrichtungsoption für jede URL, z. B. secret=s3cret oder pickle_type=json.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the stores read-only.</source>
        <translation>Die Speicher schreibgeschützt öffnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed mem:// stores with demo data.</source>
        <translation>mem://-Speicher mit Demodaten befüllen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a screenshot of every view into DIR, then quit.</source>
        <translation>Ein Bildschirmfoto jeder Ansicht in DIR speichern, dann beenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the window at this size, e.g. 1024x700.</source>
        <translation>Das Fenster in dieser Größe öffnen, z. B. 1024x700.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>--option needs name=value, got &quot;%1&quot;</source>
        <translation>--option erwartet name=value, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--window-size needs WIDTHxHEIGHT, got &quot;%1&quot;</source>
        <translation>--window-size erwartet BREITExHÖHE, erhalten: „%1“</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Demo (mem://)</source>
        <translation>Demo (mem://)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No store could be opened.</source>
        <translation>Es konnte kein Speicher geöffnet werden.</translation>
    </message>
</context>
</TS>
