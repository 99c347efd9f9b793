<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>cashews::BulkDeleteDialog</name>
    <message numerus="yes">
        <location filename="../ui/browser/bulkdeletedialog.cpp" line="+96"/>
        <source>%n key(s) match.</source>
        <translation>
            <numerusform>%n key match.</numerusform>
            <numerusform>%n keys match.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Cancelled after deleting %n key(s).</source>
        <translation>
            <numerusform>Cancelled after deleting %n key.</numerusform>
            <numerusform>Cancelled after deleting %n keys.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Deleted %n key(s).</source>
        <translation>
            <numerusform>Deleted %n key.</numerusform>
            <numerusform>Deleted %n keys.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-26"/>
        <source>Delete the %n key(s) matching %1? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the %n key matching %1? This cannot be undone.</numerusform>
            <numerusform>Delete the %n keys matching %1? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cashews::Confirmation</name>
    <message numerus="yes">
        <location filename="../ui/common/confirmation.cpp" line="+29"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cashews::KeyBrowser</name>
    <message numerus="yes">
        <location filename="../ui/browser/keybrowser.cpp" line="+519"/>
        <source>Deleted %n key(s)</source>
        <translation>
            <numerusform>Deleted %n key</numerusform>
            <numerusform>Deleted %n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-12"/>
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
        <location filename="../ui/browser/keytreemodel.cpp" line="+256"/>
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
        <location filename="../ui/locks/locksview.cpp" line="+116"/>
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
        <location filename="../ui/tags/tagsview.cpp" line="+119"/>
        <source>Loading tags… %n so far</source>
        <translation>
            <numerusform>Loading tags… %n so far</numerusform>
            <numerusform>Loading tags… %n so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n dangling member(s)</source>
        <translation>
            <numerusform>%n dangling member</numerusform>
            <numerusform>%n dangling members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Invalidate tag &quot;%1&quot;? This deletes %n key(s) and the tag set.</source>
        <translation>
            <numerusform>Invalidate tag &quot;%1&quot;? This deletes %n key and the tag set.</numerusform>
            <numerusform>Invalidate tag &quot;%1&quot;? This deletes %n keys and the tag set.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Tag %1 invalidated: %n key(s) deleted</source>
        <translation>
            <numerusform>Tag %1 invalidated: %n key deleted</numerusform>
            <numerusform>Tag %1 invalidated: %n keys deleted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cashews::TtlFormat</name>
    <message numerus="yes">
        <location filename="../ui/common/ttlformat.cpp" line="+35"/>
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cashews::ValueInspector</name>
    <message numerus="yes">
        <location filename="../ui/inspector/valueinspector.cpp" line="+459"/>
        <source>%Ln entries read, more in the store</source>
        <translation>
            <numerusform>%Ln entry read, more in the store</numerusform>
            <numerusform>%Ln entries read, more in the store</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Showing the first %Ln entries.</source>
        <translation>
            <numerusform>Showing the first entry.</numerusform>
            <numerusform>Showing the first %Ln entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cashews::ValueTreeModel</name>
    <message numerus="yes">
        <location filename="../ui/inspector/valuetreemodel.cpp" line="+93"/>
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n item]</numerusform>
            <numerusform>[%n items]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(%n item(s))</source>
        <translation>
            <numerusform>(%n item)</numerusform>
            <numerusform>(%n items)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{%n member(s)}</source>
        <translation>
            <numerusform>{%n member}</numerusform>
            <numerusform>{%n members}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>frozenset(%n member(s))</source>
        <translation>
            <numerusform>frozenset(%n member)</numerusform>
            <numerusform>frozenset(%n members)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+2"/>
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n key}</numerusform>
            <numerusform>{%n keys}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n more item(s) not shown</source>
        <translation>
            <numerusform>%n more item not shown</numerusform>
            <numerusform>%n more items not shown</numerusform>
        </translation>
    </message>
</context>
</TS>
