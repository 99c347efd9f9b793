<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>cashews::BulkDeleteDialog</name>
    <message numerus="yes">
        <location filename="../ui/bulkdeletedialog.cpp" line="95"/>
        <source>%n key(s) match.</source>
        <translation>
            <numerusform>%n key match.</numerusform>
            <numerusform>%n keys match.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/bulkdeletedialog.cpp" line="100"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/bulkdeletedialog.cpp" line="132"/>
        <source>Cancelled after deleting %n key(s).</source>
        <translation>
            <numerusform>Cancelled after deleting %n key.</numerusform>
            <numerusform>Cancelled after deleting %n keys.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/bulkdeletedialog.cpp" line="133"/>
        <source>Deleted %n key(s).</source>
        <translation>
            <numerusform>Deleted %n key.</numerusform>
            <numerusform>Deleted %n keys.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n key(s) matching %1? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the %n key matching %1? This cannot be undone.</numerusform>
            <numerusform>Delete the %n keys matching %1? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cashews::KeyBrowser</name>
    <message numerus="yes">
        <location filename="../ui/keybrowser.cpp" line="273"/>
        <source>Delete %n key(s)?</source>
        <translation>
            <numerusform>Delete %n key?</numerusform>
            <numerusform>Delete %n keys?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/keybrowser.cpp" line="286"/>
        <source>Deleted %n key(s)</source>
        <translation>
            <numerusform>Deleted %n key</numerusform>
            <numerusform>Deleted %n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n key(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n key? This cannot be undone.</numerusform>
            <numerusform>Delete %n keys? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cashews::KeyTreeModel</name>
    <message numerus="yes">
        <location filename="../ui/keytreemodel.cpp" line="251"/>
        <source>%1 (%n key(s))</source>
        <translation>
            <numerusform>%1 (%n key)</numerusform>
            <numerusform>%1 (%n keys)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cashews::LocksView</name>
    <message numerus="yes">
        <location filename="../ui/locksview.cpp" line="71"/>
        <source>%n lock(s) held</source>
        <translation>
            <numerusform>%n lock held</numerusform>
            <numerusform>%n locks held</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cashews::TagsView</name>
    <message numerus="yes">
        <location filename="../ui/tagsview.cpp" line="80"/>
        <source>Loading tags… %n so far</source>
        <translation>
            <numerusform>Loading tags… %n so far</numerusform>
            <numerusform>Loading tags… %n so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tagsview.cpp" line="95"/>
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tagsview.cpp" line="96"/>
        <source>%n dangling member(s)</source>
        <translation>
            <numerusform>%n dangling member</numerusform>
            <numerusform>%n dangling members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tagsview.cpp" line="113"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tagsview.cpp" line="115"/>
        <source>Invalidate tag &quot;%1&quot;? This deletes %n key(s) and the tag set.</source>
        <translation>
            <numerusform>Invalidate tag "%1"? This deletes %n key and the tag set.</numerusform>
            <numerusform>Invalidate tag "%1"? This deletes %n keys and the tag set.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tagsview.cpp" line="136"/>
        <source>Tag %1 invalidated: %n key(s) deleted</source>
        <translation>
            <numerusform>Tag %1 invalidated: %n key deleted</numerusform>
            <numerusform>Tag %1 invalidated: %n keys deleted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cashews::ValueTreeModel</name>
    <message numerus="yes">
        <location filename="../ui/valuetreemodel.cpp" line="93"/>
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n item]</numerusform>
            <numerusform>[%n items]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/valuetreemodel.cpp" line="95"/>
        <source>(%n item(s))</source>
        <translation>
            <numerusform>(%n item)</numerusform>
            <numerusform>(%n items)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/valuetreemodel.cpp" line="97"/>
        <source>{%n member(s)}</source>
        <translation>
            <numerusform>{%n member}</numerusform>
            <numerusform>{%n members}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/valuetreemodel.cpp" line="99"/>
        <source>frozenset(%n member(s))</source>
        <translation>
            <numerusform>frozenset(%n member)</numerusform>
            <numerusform>frozenset(%n members)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/valuetreemodel.cpp" line="101"/>
        <location filename="../ui/valuetreemodel.cpp" line="103"/>
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n key}</numerusform>
            <numerusform>{%n keys}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/valuetreemodel.cpp" line="135"/>
        <source>%n more item(s) not shown</source>
        <translation>
            <numerusform>%n more item not shown</numerusform>
            <numerusform>%n more items not shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cashews::Confirmation</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
</TS>
