#include "models/ActivityModel.h"

#include "models/Tones.h"

#include <QBrush>
#include <QLocale>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace kd {

ActivityModel::ActivityModel(CallLog *log, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log)
    , m_rows(static_cast<int>(log->records().size())) {
    connect(log, &CallLog::recorded, this, &ActivityModel::onRecorded);
}

int ActivityModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : m_rows;
}

int ActivityModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

const CallRecord *ActivityModel::record(int row) const {
    return row >= 0 && row < m_rows ? &m_log->records().at(row) : nullptr;
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CallRecord &r = m_log->records().at(index.row());
    const bool failed = !r.error.isEmpty();
    if (role == FailedRole)
        return failed;
    if (role == Qt::ForegroundRole && index.column() == StatusColumn && failed)
        return QBrush(toneColor(Tone::Error));
    if (role == Qt::ToolTipRole)
        return failed ? r.error : r.url;
    if (role == Qt::TextAlignmentRole && index.column() >= StatusColumn
        && index.column() <= RetriesColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    const bool raw = role == RawValueRole;
    if (role != Qt::DisplayRole && !raw)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return raw ? QVariant(r.started)
                   : QVariant(r.started.toLocalTime().toString(u"HH:mm:ss.zzz"_s));
    case MethodColumn:
        return QString::fromLatin1(r.method);
    case GeoColumn:
        return geoId(r.geo);
    case PathColumn:
        return r.path;
    case StatusColumn:
        if (raw)
            return r.status;
        // No HTTP answer: which host was tried (the tooltip says why it failed).
        if (r.status)
            return QString::number(r.status);
        {
            const QUrl url(r.url);
            return tr("failed: %1")
                .arg(url.port() > 0 ? url.host() + u':' + QString::number(url.port()) : url.host());
        }
    case DurationColumn:
        return raw ? QVariant(r.durationMs) : QVariant(tr("%1 ms").arg(r.durationMs));
    case BytesColumn:
        return raw ? QVariant(r.bytes) : QVariant(QLocale().formattedDataSize(r.bytes));
    case RetriesColumn:
        return r.retries;
    case TraceColumn:
        return r.traceId;
    default:
        return {};
    }
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char *titles[] = {
        QT_TR_NOOP("Time"), QT_TR_NOOP("Method"),  QT_TR_NOOP("Geo"),
        QT_TR_NOOP("Path"), QT_TR_NOOP("Status"),  QT_TR_NOOP("Duration"),
        QT_TR_NOOP("Size"), QT_TR_NOOP("Retries"), QT_TR_NOOP("Trace id")};
    return section >= 0 && section < ColumnCount ? tr(titles[section]) : QVariant();
}

void ActivityModel::onRecorded(const CallRecord &, int dropped) {
    if (dropped > 0) {
        beginRemoveRows({}, 0, dropped - 1);
        m_rows -= dropped;
        endRemoveRows();
    }
    beginInsertRows({}, m_rows, m_rows);
    ++m_rows;
    endInsertRows();
}

} // namespace kd
