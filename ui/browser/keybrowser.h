#pragma once

#include <QPointer>
#include <QSet>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTreeView;

namespace cashews {

class Connection;
class KeyListModel;
class KeyTreeModel;
class ValueInspector;

// The key browser of one connection: server-side glob filter, list / namespace tree /
// cashews tree views of the same paged model, progress "N of DBSIZE scanned" with load
// more / load all / cancel, and the value inspector with its edit actions.
class KeyBrowser : public QWidget
{
    Q_OBJECT

public:
    enum class ViewMode { List, Namespaces, Cashews };
    // How the filter text becomes the server-side glob.
    enum class FilterMode { Contains, Glob };

    explicit KeyBrowser(Connection *connection, QWidget *parent = nullptr);

    KeyListModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    ValueInspector *inspector() const { return m_inspector; }
    void setViewMode(ViewMode mode);
    ViewMode viewMode() const { return m_mode; }
    // Applies the filter text (as the filter mode reads it) and reloads.
    void setFilter(const QString &text);
    void setFilterMode(FilterMode mode);
    // The glob for filter `text`: as typed for `glob`, else `*text*` with specials escaped.
    static QString patternFor(const QString &text, bool glob);
    // Selects `key` in the view and inspects it.
    void selectKey(const QString &key);
    void focusFilter();

    void reload();
    void deleteSelected();
    void newKey();
    void editValue();
    void editTtl();
    void renameKey();
    // Opens the delete-by-pattern dialog with the current namespace or filter as pattern.
    void bulkDelete();

    // Whether the key in the inspector can be written: the connection is writable and the
    // key has not expired or vanished since it was listed.
    bool canWriteCurrentKey() const;

Q_SIGNALS:
    void statusMessage(const QString &message);
    // The current key or its state (vanished, read-only) changed; write actions follow it.
    void currentKeyStateChanged();

private:
    void updateProgress();
    // Renames after the user chose whether an existing `newKey` is replaced.
    void finishRename(const QString &key, const QString &newKey, bool replace);
    void currentChanged();
    void updateFilterHint();
    // Loads the next page when the view is scrolled to its end.
    void loadMoreAtTheEnd();
    void showContextMenu(const QPoint &position);
    // Copies the value of `key` to the clipboard: as text (strings as they are), or as typed JSON.
    void copyValue(const QString &key, bool typedJson);
    // Whether `key` expired or vanished since it was listed (reported in the status bar).
    bool refuseVanished(const QString &key);
    // The keys of the selected rows; a group row adds every key under it.
    QStringList selectedKeys() const;
    void applyDelimiters();
    // Remembers which namespaces are open, so that a reload reopens them as their keys arrive.
    void rememberExpanded(const QModelIndex &parent);
    void reopenExpanded(const QModelIndex &parent, int first, int last);

    QPointer<Connection> m_connection;
    KeyListModel *m_model;
    KeyTreeModel *m_tree = nullptr;
    QSortFilterProxyModel *m_treeSort;
    ViewMode m_mode = ViewMode::List;
    QSet<QString> m_expanded;

    QLineEdit *m_filter;
    QComboBox *m_filterMode;
    QComboBox *m_modeBox;
    QLineEdit *m_delimiters;
    QSpinBox *m_pageSize;
    QPushButton *m_loadMore;
    QPushButton *m_loadAll;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    QTreeView *m_view;
    ValueInspector *m_inspector;
};

} // namespace cashews
