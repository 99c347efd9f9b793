<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>cashews::BulkDeleteDialog</name>
    <message>
        <location filename="../ui/bulkdeletedialog.cpp" line="31"/>
        <source>Preview the pattern to see what it deletes.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkdeletedialog.cpp" line="38"/>
        <source>Delete keys by pattern</source>
        <translation>Schlüssel nach Muster löschen</translation>
    </message>
    <message>
        <location filename="../ui/bulkdeletedialog.cpp" line="39"/>
        <source>glob, e.g. app.users:get_user:*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkdeletedialog.cpp" line="45"/>
        <source>&amp;Pattern:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkdeletedialog.cpp" line="82"/>
        <source>Scanning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkdeletedialog.cpp" line="90"/>
        <source>Scanning failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/bulkdeletedialog.cpp" line="95"/>
        <source>%n key(s) match.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/bulkdeletedialog.cpp" line="100"/>
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/bulkdeletedialog.cpp" line="127"/>
        <source>Deleting failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/bulkdeletedialog.cpp" line="132"/>
        <source>Cancelled after deleting %n key(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/bulkdeletedialog.cpp" line="133"/>
        <source>Deleted %n key(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cashews::CashewsDetails</name>
    <message>
        <location filename="../ui/cashewsdetails.cpp" line="28"/>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cashewsdetails.cpp" line="29"/>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cashewsdetails.cpp" line="37"/>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cashewsdetails.cpp" line="39"/>
        <source>Function / template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cashewsdetails.cpp" line="41"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cashewsdetails.cpp" line="42"/>
        <source>Hard TTL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cashewsdetails.cpp" line="50"/>
        <source>Fresh until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cashewsdetails.cpp" line="50"/>
        <source>Soft expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cashewsdetails.cpp" line="52"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cashewsdetails.cpp" line="52"/>
        <source>fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cashewsdetails.cpp" line="52"/>
        <source>stale: served while a refresh runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cashewsdetails.cpp" line="53"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cashewsdetails.cpp" line="56"/>
        <source>Refresh lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cashewsdetails.cpp" line="56"/>
        <source>held (a refresh is running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cashewsdetails.cpp" line="56"/>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cashewsdetails.cpp" line="60"/>
        <source>Hits so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cashewsdetails.cpp" line="60"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cashewsdetails.cpp" line="62"/>
        <source>Owner value</source>
        <translation>Besitzerwert</translation>
    </message>
    <message>
        <location filename="../ui/cashewsdetails.cpp" line="64"/>
        <source>Remaining</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <location filename="../ui/cashewsdetails.cpp" line="66"/>
        <source>Calls in window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cashewsdetails.cpp" line="67"/>
        <source>Window resets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cashewsdetails.cpp" line="69"/>
        <source>Sliding window ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cashewsdetails.cpp" line="77"/>
        <source>open (closes %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cashewsdetails.cpp" line="78"/>
        <source>half-open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cashewsdetails.cpp" line="78"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cashewsdetails.cpp" line="79"/>
        <source>Breaker state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cashewsdetails.cpp" line="87"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location filename="../ui/cashewsdetails.cpp" line="88"/>
        <source>Dangling members</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cashews::ConnectionDialog</name>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="22"/>
        <source>(default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="44"/>
        <source>Client-side caching (keys under &quot;cashews:&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="46"/>
        <source>Read-only: refuse every write command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="47"/>
        <source>Save this connection (secrets go to the system keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="50"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="51"/>
        <source>mem://, disk://?directory=/path, redis://host:6379/0, rediss://…, unix:///path.sock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="53"/>
        <source>signing secret (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="54"/>
        <source>more setup options: name=value; name=value</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="63"/>
        <source>&amp;Pickle type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="64"/>
        <source>&amp;Compression:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="66"/>
        <source>&amp;Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="71"/>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="75"/>
        <source>The URL and options are valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="143"/>
        <source>Enter a URL.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cashews::ConnectionStore</name>
    <message>
        <location filename="../ui/connectionstore.cpp" line="98"/>
        <source>The keychain refused a secret: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cashews::DecodedValue</name>
    <message>
        <location filename="../ui/decodedvalue.cpp" line="11"/>
        <source>not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/decodedvalue.cpp" line="13"/>
        <source>valid (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/decodedvalue.cpp" line="15"/>
        <source>missing: the connection expects signed values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/decodedvalue.cpp" line="17"/>
        <source>wrong secret (%1 signature does not verify)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/decodedvalue.cpp" line="19"/>
        <source>signed (%1), not verified: no secret configured</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keybrowser.cpp" line="55"/>
        <source>Namespace delimiters, separated by spaces (e.g. &quot;: /&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keybrowser.cpp" line="60"/>
        <source>Keys per scan page</source>
        <translation type="unfinished"></translation>
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
        <location filename="../ui/keybrowser.cpp" line="224"/>
        <source>%1 of %2 keys scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keybrowser.cpp" line="224"/>
        <source>%1 keys scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keybrowser.cpp" line="226"/>
        <source> — complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keybrowser.cpp" line="228"/>
        <source> — loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keybrowser.cpp" line="246"/>
        <source>Delete keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/keybrowser.cpp" line="247"/>
        <source>Delete %n key(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/keybrowser.cpp" line="254"/>
        <source>Delete failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/keybrowser.cpp" line="260"/>
        <source>Deleted %n key(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/keybrowser.cpp" line="276"/>
        <source>Creating %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keybrowser.cpp" line="281"/>
        <source>Created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keybrowser.cpp" line="301"/>
        <source>Saving %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keybrowser.cpp" line="306"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keybrowser.cpp" line="316"/>
        <source>Set TTL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keybrowser.cpp" line="317"/>
        <source>New TTL for %1 (e.g. 90, 10m, 1h30m; 0 = persist):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keybrowser.cpp" line="331"/>
        <source>Setting the TTL of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keybrowser.cpp" line="332"/>
        <location filename="../ui/keybrowser.cpp" line="354"/>
        <source>the key does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keybrowser.cpp" line="337"/>
        <source>TTL of %1 updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keybrowser.cpp" line="347"/>
        <source>Rename key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keybrowser.cpp" line="347"/>
        <source>New name for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keybrowser.cpp" line="354"/>
        <source>Renaming %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keybrowser.cpp" line="360"/>
        <source>Renamed %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cashews::KeyEditDialog</name>
    <message>
        <location filename="../ui/keyeditdialog.cpp" line="28"/>
        <source>New key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keyeditdialog.cpp" line="28"/>
        <source>Edit value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keyeditdialog.cpp" line="30"/>
        <source>e.g. 90, 10m, 1h30m; empty = no expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keyeditdialog.cpp" line="31"/>
        <source>Typed JSON: &quot;text&quot;, 42, {&quot;$float&quot;: &quot;1.5&quot;}, true, null, [1, 2], {&quot;a&quot;: 1}, {&quot;$tuple&quot;: [1, 2]}, {&quot;$datetime&quot;: &quot;2026-01-01T00:00:00+00:00&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keyeditdialog.cpp" line="36"/>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keyeditdialog.cpp" line="38"/>
        <source>&amp;TTL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keyeditdialog.cpp" line="41"/>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keyeditdialog.cpp" line="96"/>
        <source>The key must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cashews::KeyListModel</name>
    <message>
        <location filename="../ui/keylistmodel.cpp" line="113"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/keylistmodel.cpp" line="114"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/keylistmodel.cpp" line="115"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/keylistmodel.cpp" line="116"/>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <location filename="../ui/keylistmodel.cpp" line="117"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/keylistmodel.cpp" line="164"/>
        <source>Counting keys failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keylistmodel.cpp" line="229"/>
        <source>Scanning keys failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keylistmodel.cpp" line="402"/>
        <source>Reading key details failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cashews::KeyMeaning</name>
    <message>
        <location filename="../ui/keymeaning.cpp" line="99"/>
        <source>cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keymeaning.cpp" line="100"/>
        <source>early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keymeaning.cpp" line="101"/>
        <source>failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keymeaning.cpp" line="102"/>
        <source>soft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keymeaning.cpp" line="103"/>
        <source>hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keymeaning.cpp" line="104"/>
        <source>dynamic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keymeaning.cpp" line="105"/>
        <source>lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keymeaning.cpp" line="106"/>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keymeaning.cpp" line="107"/>
        <source>rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keymeaning.cpp" line="108"/>
        <source>sliding rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keymeaning.cpp" line="109"/>
        <source>circuit breaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keymeaning.cpp" line="110"/>
        <source>bloom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keymeaning.cpp" line="111"/>
        <source>dual bloom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keymeaning.cpp" line="112"/>
        <source>tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keymeaning.cpp" line="113"/>
        <source>transaction lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/keymeaning.cpp" line="114"/>
        <source>client side</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cashews::KeyTreeModel</name>
    <message>
        <location filename="../ui/keytreemodel.cpp" line="250"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/keytreemodel.cpp" line="251"/>
        <source>%1 (%n key(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cashews::LocksModel</name>
    <message>
        <location filename="../ui/locksmodel.cpp" line="77"/>
        <source>Lock key</source>
        <translation>Sperrschlüssel</translation>
    </message>
    <message>
        <location filename="../ui/locksmodel.cpp" line="78"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/locksmodel.cpp" line="79"/>
        <source>Owner value</source>
        <translation>Besitzerwert</translation>
    </message>
    <message>
        <location filename="../ui/locksmodel.cpp" line="80"/>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/locksview.cpp" line="69"/>
        <source>Loading locks failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/locksview.cpp" line="71"/>
        <source>%n lock(s) held</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/locksview.cpp" line="98"/>
        <source>Acquiring %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/locksview.cpp" line="100"/>
        <source>Lock %1 acquired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/locksview.cpp" line="101"/>
        <source>Lock %1 is already held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/locksview.cpp" line="109"/>
        <source>Acquire lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/locksview.cpp" line="114"/>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/locksview.cpp" line="115"/>
        <source>&amp;TTL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/locksview.cpp" line="116"/>
        <source>&amp;Owner value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/locksview.cpp" line="134"/>
        <source>Releasing %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/locksview.cpp" line="136"/>
        <source>%1 was not released: it expired or another owner holds it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/locksview.cpp" line="138"/>
        <source>Lock %1 released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/locksview.cpp" line="149"/>
        <source>Force release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/locksview.cpp" line="150"/>
        <source>Delete the lock %1 whatever owner holds it? The owner may still be working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/locksview.cpp" line="158"/>
        <source>Force release of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/locksview.cpp" line="160"/>
        <source>Lock %1 force-released</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cashews::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="43"/>
        <source>Cashews Studio</source>
        <translation>Cashews Studio</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="44"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="46"/>
        <source>Open a connection with File → New connection (Ctrl+Shift+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="58"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="64"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="65"/>
        <source>&amp;New connection…</source>
        <translation>&amp;Neue Verbindung…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="67"/>
        <source>&amp;Saved connections</source>
        <translation>&amp;Gespeicherte Verbindungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="69"/>
        <source>&amp;Close connection</source>
        <translation>Verbindung &amp;schließen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="72"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="75"/>
        <source>&amp;Keys</source>
        <translation>&amp;Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="86"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="91"/>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtern…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="92"/>
        <source>&amp;New key…</source>
        <translation>&amp;Neuer Schlüssel…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="93"/>
        <source>&amp;Edit value…</source>
        <translation>Wert &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="94"/>
        <source>Set &amp;TTL…</source>
        <translation>&amp;TTL setzen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="95"/>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="96"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="97"/>
        <source>Delete by &amp;pattern…</source>
        <translation>Nach &amp;Muster löschen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="99"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="101"/>
        <source>Keys as &amp;list</source>
        <translation>Schlüssel als &amp;Liste</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="102"/>
        <source>Keys by &amp;namespace</source>
        <translation>Schlüssel nach &amp;Namensraum</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="103"/>
        <source>Keys by &amp;cashews meaning</source>
        <translation>Schlüssel nach &amp;cashews-Bedeutung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="116"/>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="117"/>
        <source>&amp;Read-only</source>
        <translation>&amp;Nur lesen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="119"/>
        <source>Refuse every write command on this connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="133"/>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="144"/>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="144"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="144"/>
        <source>Locks</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="157"/>
        <source>Seeding the demo data failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="162"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="223"/>
        <source>(none saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="230"/>
        <source>&amp;Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="241"/>
        <source>Secret needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="242"/>
        <source>%1 of &quot;%2&quot;:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cashews::ReadOnlyGate</name>
    <message>
        <location filename="../ui/readonlygate.cpp" line="15"/>
        <source>The connection is read-only: &quot;%1&quot; was refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cashews::TagsModel</name>
    <message>
        <location filename="../ui/tagsmodel.cpp" line="101"/>
        <source>dangling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tagsmodel.cpp" line="106"/>
        <source>The tag still lists this key, but the key no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tagsmodel.cpp" line="117"/>
        <source>Tag / member</source>
        <translation>Tag / Mitglied</translation>
    </message>
    <message>
        <location filename="../ui/tagsmodel.cpp" line="118"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location filename="../ui/tagsmodel.cpp" line="119"/>
        <source>Dangling</source>
        <translation>Verwaist</translation>
    </message>
    <message>
        <location filename="../ui/tagsmodel.cpp" line="120"/>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
</context>
<context>
    <name>cashews::TagsView</name>
    <message>
        <location filename="../ui/tagsview.cpp" line="27"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/tagsview.cpp" line="28"/>
        <source>&amp;Invalidate tag…</source>
        <translation>Tag &amp;invalidieren…</translation>
    </message>
    <message>
        <location filename="../ui/tagsview.cpp" line="54"/>
        <source>Loading tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tagsview.cpp" line="60"/>
        <source>Loading tags failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tagsview.cpp" line="61"/>
        <source>Loading tags failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tagsview.cpp" line="68"/>
        <source>%n tag(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tagsview.cpp" line="69"/>
        <source>%n dangling member(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tagsview.cpp" line="89"/>
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tagsview.cpp" line="90"/>
        <source>Invalidate tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tagsview.cpp" line="91"/>
        <source>Invalidate tag &quot;%1&quot;? This deletes %n key(s) and the tag set.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tagsview.cpp" line="106"/>
        <source>Invalidating the tag failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tagsview.cpp" line="112"/>
        <source>Tag %1 invalidated: %n key(s) deleted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ttlformat.cpp" line="22"/>
        <source>%1h %2m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ttlformat.cpp" line="24"/>
        <source>%1m %2s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ttlformat.cpp" line="25"/>
        <source>%1s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cashews::ValueDecoder</name>
    <message>
        <location filename="../ui/valuedecoder.cpp" line="83"/>
        <source>the key does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/valuedecoder.cpp" line="88"/>
        <source>object (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/valuedecoder.cpp" line="159"/>
        <source>the pipeline could not decode these bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cashews::ValueInspector</name>
    <message>
        <location filename="../ui/valueinspector.cpp" line="86"/>
        <source>Load all</source>
        <translation>Alles laden</translation>
    </message>
    <message>
        <location filename="../ui/valueinspector.cpp" line="87"/>
        <source>Save to file…</source>
        <translation>In Datei speichern…</translation>
    </message>
    <message>
        <location filename="../ui/valueinspector.cpp" line="88"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/valueinspector.cpp" line="89"/>
        <source>Set &amp;TTL…</source>
        <translation>&amp;TTL setzen…</translation>
    </message>
    <message>
        <location filename="../ui/valueinspector.cpp" line="90"/>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location filename="../ui/valueinspector.cpp" line="91"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../ui/valueinspector.cpp" line="111"/>
        <source>Tree</source>
        <translation>Baum</translation>
    </message>
    <message>
        <location filename="../ui/valueinspector.cpp" line="112"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../ui/valueinspector.cpp" line="113"/>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <location filename="../ui/valueinspector.cpp" line="114"/>
        <source>Typed JSON</source>
        <translation>Typisiertes JSON</translation>
    </message>
    <message>
        <location filename="../ui/valueinspector.cpp" line="170"/>
        <source>Select a key to inspect it</source>
        <translation>Schlüssel auswählen, um ihn anzuzeigen</translation>
    </message>
    <message>
        <location filename="../ui/valueinspector.cpp" line="175"/>
        <source>loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/valueinspector.cpp" line="183"/>
        <source>Could not read the key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/valueinspector.cpp" line="184"/>
        <source>Reading %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/valueinspector.cpp" line="219"/>
        <source>The key does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/valueinspector.cpp" line="227"/>
        <source>Type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/valueinspector.cpp" line="228"/>
        <source>Kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/valueinspector.cpp" line="230"/>
        <source>Size: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/valueinspector.cpp" line="232"/>
        <source>Format: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/valueinspector.cpp" line="233"/>
        <source>Compression: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/valueinspector.cpp" line="233"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/valueinspector.cpp" line="234"/>
        <source>Signature: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/valueinspector.cpp" line="237"/>
        <source>Decoding: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/valueinspector.cpp" line="251"/>
        <source>Details unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/valueinspector.cpp" line="277"/>
        <source>Showing the first %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/valueinspector.cpp" line="292"/>
        <source>Save value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/valueinspector.cpp" line="298"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/valueinspector.cpp" line="304"/>
        <source>TTL: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cashews::ValueTreeModel</name>
    <message>
        <location filename="../ui/valuetreemodel.cpp" line="78"/>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/valuetreemodel.cpp" line="91"/>
        <source>[%n item(s)]</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/valuetreemodel.cpp" line="93"/>
        <source>(%n item(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/valuetreemodel.cpp" line="95"/>
        <source>{%n member(s)}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/valuetreemodel.cpp" line="97"/>
        <source>frozenset(%n member(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/valuetreemodel.cpp" line="99"/>
        <location filename="../ui/valuetreemodel.cpp" line="101"/>
        <source>{%n key(s)}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/valuetreemodel.cpp" line="103"/>
        <source>&lt;%1 object&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/valuetreemodel.cpp" line="133"/>
        <source>%n more item(s) not shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/valuetreemodel.cpp" line="158"/>
        <source>args</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/valuetreemodel.cpp" line="160"/>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/valuetreemodel.cpp" line="162"/>
        <source>items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/valuetreemodel.cpp" line="164"/>
        <source>dict items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/valuetreemodel.cpp" line="219"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/valuetreemodel.cpp" line="220"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/valuetreemodel.cpp" line="221"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/studio/main.cpp" line="32"/>
        <source>Cashews Studio: browse and manage cashews caches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="36"/>
        <source>Stores to open (mem://, disk://DIR, redis://, rediss://, unix://). Default: mem:// with demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="40"/>
        <source>A setup option for every URL, e.g. secret=s3cret or pickle_type=json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="42"/>
        <source>Open the stores read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="43"/>
        <source>Seed mem:// stores with demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="45"/>
        <source>Save a screenshot of every view into DIR, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="54"/>
        <source>--option needs name=value, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="73"/>
        <source>Demo (mem://)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="82"/>
        <source>No store could be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
