#pragma once

#include "client/CallLog.h"

#include <QAbstractTableModel>

namespace kd {

// The client's call log as a table, newest last; follows the log as it grows and trims.
class ActivityModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        MethodColumn,
        GeoColumn,
        PathColumn,
        StatusColumn,
        DurationColumn,
        BytesColumn,
        RetriesColumn,
        TraceColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role { RawValueRole = Qt::UserRole + 1, FailedRole };
    Q_ENUM(Role)

    explicit ActivityModel(CallLog *log, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    const CallRecord *record(int row) const;

private:
    void onRecorded(const CallRecord &record, int dropped);

    CallLog *m_log;
    int m_rows = 0;
};

} // namespace kd
