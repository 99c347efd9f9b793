#pragma once

#include <QSortFilterProxyModel>

namespace cashews {

// Sorts the key trees: texts in NaturalOrder ("key:2" before "key:10"), other values as
// QSortFilterProxyModel does.
class NaturalSortProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace cashews
