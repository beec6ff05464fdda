#include "models/FindingModel.h"

#include "fleet/advisor/Advisor.h"
#include "fleet/advisor/MuteStore.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

namespace kd {

FindingModel::FindingModel(advisor::Advisor *advisor, advisor::MuteStore *mutes, QObject *parent)
    : KeyedRowModel(parent)
    , m_advisor(advisor)
    , m_mutes(mutes) {
    connect(advisor, &advisor::Advisor::findingsChanged, this, &FindingModel::queue);
    refresh(); // what the advisor already has, at once: a new view shows it whole
}

void FindingModel::queue() {
    const advisor::Advisor::Change &change = m_advisor->lastChange();
    for (const QString &key : change.removed) {
        if (m_upserts.remove(key))
            m_upsertOrder.removeOne(key);
        if (m_findings.contains(key))
            m_removals.insert(key);
    }
    for (qsizetype i = 0; i < change.upserted.size(); ++i) {
        const advisor::Finding &finding = change.upserted.at(i);
        const QString &key = change.upsertedKeys.at(i);
        m_removals.remove(key);
        if (!m_upserts.contains(key))
            m_upsertOrder.append(key);
        m_upserts.insert(key, finding);
    }
    if (pending())
        m_turn.schedule();
}

void FindingModel::applySome() {
    // Batches of rows, one signal each, until the budget is spent: removals first (their rows
    // numbers move), then changes and additions in the advisor's order.
    constexpr qsizetype batch = 64;
    QElapsedTimer elapsed;
    elapsed.start();
    do {
        if (!m_removals.isEmpty()) {
            QStringList removed;
            for (auto it = m_removals.begin(); it != m_removals.end() && removed.size() < batch;) {
                removed.append(*it);
                it = m_removals.erase(it);
            }
            onRemoved(removed);
            for (const QString &key : std::as_const(removed))
                m_findings.remove(key);
            continue;
        }
        const qsizetype count = std::min(batch, m_upsertOrder.size());
        QStringList added;
        QStringList changed;
        for (qsizetype i = 0; i < count; ++i) {
            const QString &key = m_upsertOrder.at(i);
            (m_findings.contains(key) ? changed : added).append(key);
            m_findings.insert(key, m_upserts.take(key));
        }
        m_upsertOrder.remove(0, count);
        onChanged(changed);
        onAdded(added);
    } while (pending() && elapsed.elapsed() < batchBudgetMs && TurnBudget::timeLeft());
    if (pending())
        m_turn.schedule();
}

void FindingModel::refresh() {
    QHash<QString, advisor::Finding> next;
    QStringList order;
    for (const advisor::Finding &finding : m_advisor->findings()) {
        const QString key = finding.key();
        if (next.contains(key))
            continue; // two rules never name the same; one rule names a set once
        next.insert(key, finding);
        order.append(key);
    }
    QStringList removed;
    for (auto it = m_findings.cbegin(); it != m_findings.cend(); ++it) {
        if (!next.contains(it.key()))
            removed.append(it.key());
    }
    QStringList added;
    QStringList changed;
    for (const QString &key : std::as_const(order)) {
        const auto known = m_findings.constFind(key);
        if (known == m_findings.cend())
            added.append(key);
        else if (!(known.value() == next.value(key)))
            changed.append(key);
    }
    onRemoved(removed);
    for (const QString &key : std::as_const(removed))
        m_findings.remove(key);
    for (const QString &key : std::as_const(order))
        m_findings.insert(key, next.value(key));
    onChanged(changed);
    onAdded(added);
}

int FindingModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

const advisor::Finding *FindingModel::finding(const QString &key) const {
    const auto it = m_findings.constFind(key);
    return it == m_findings.cend() ? nullptr : &it.value();
}

void FindingModel::accept(const QString &key, const QString &note) {
    m_mutes->mute(key, note);
    onChanged({key});
}

void FindingModel::reopen(const QString &key) {
    m_mutes->unmute(key);
    onChanged({key});
}

QVariant FindingModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid())
        return {};
    const QString key = idAt(index.row());
    const advisor::Finding *f = finding(key);
    if (!f)
        return {};
    const bool accepted = m_mutes->isMuted(key);
    switch (role) {
    case KeyRole:
        return key;
    case RuleIdRole:
        return f->ruleId;
    case SeverityRole:
        return static_cast<int>(f->severity);
    case AcceptedRole:
        return accepted ? u"accepted"_s : u"open"_s;
    case Qt::ForegroundRole:
        if (accepted)
            return QBrush(QColor(0x80, 0x80, 0x80));
        if (index.column() == SeverityColumn && f->severity == advisor::Severity::Error)
            return QBrush(QColor(0xb0, 0x20, 0x20));
        if (index.column() == SeverityColumn && f->severity == advisor::Severity::Warning)
            return QBrush(QColor(0xa1, 0x5c, 0x00));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == WhyColumn || index.column() == AcceptedColumn)
            return accepted ? m_mutes->note(key) : f->why;
        return {};
    case RawValueRole:
        if (index.column() == SeverityColumn)
            // Errors first, then by rule: the list reads grouped by severity and rule.
            return (2 - static_cast<int>(f->severity)) * 100
                   + static_cast<int>(advisor::ruleIds().indexOf(f->ruleId));
        break;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case SeverityColumn:
        return advisor::severityName(f->severity);
    case RuleColumn:
        return advisor::ruleTitle(f->ruleId);
    case EntitiesColumn: {
        QStringList labels;
        for (const advisor::EntityRef &entity : f->entities)
            labels.append(entity.label);
        return labels.join(u", "_s);
    }
    case WhyColumn:
        return f->why;
    case AcceptedColumn:
        return accepted ? m_mutes->note(key) : QString();
    default:
        return {};
    }
}

QVariant FindingModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case RuleColumn:
        return tr("Rule");
    case EntitiesColumn:
        return tr("Entities");
    case WhyColumn:
        return tr("Why");
    case AcceptedColumn:
        return tr("Accepted");
    default:
        return {};
    }
}

} // namespace kd
