#pragma once

#include <QList>
#include <QString>

#include <vector>

namespace kd {

// One thing the command palette can open or run.
struct CommandEntry {
    enum class Kind : quint8 { Action, ControlPlane, Group, Network, Cache, Partial, Plugin };
    Kind kind = Kind::Action;
    QString title;  // matched first and shown large
    QString detail; // where it lives (kind, control plane, cloud and region) or the shortcut
    QString id;     // the entity id, or the action's objectName
};

// Matches what the user types against tens of thousands of entries within a frame. Every
// word of the query must occur in the title or the detail, or its letters in order within
// the title ("rlaprod"); hits in the title, at a word start and contiguous ones score higher.
class CommandIndex final {
public:
    void clear();
    void reserve(qsizetype count);
    void add(CommandEntry entry);
    qsizetype size() const { return qsizetype(m_entries.size()); }
    const CommandEntry &at(qsizetype row) const { return m_entries[size_t(row)]; }

    // Every entry the query matches (unordered); `within` narrows an earlier result, which is
    // how typing one more letter avoids walking the whole index again.
    std::vector<qsizetype> matching(const QString &query,
                                    const std::vector<qsizetype> *within = nullptr) const;
    // Each candidate the query matches with its score (higher is better).
    std::vector<std::pair<int, qsizetype>> scored(const QString &query,
                                                  const std::vector<qsizetype> &candidates) const;
    // Every row, for an index small enough to score whole (the actions).
    std::vector<qsizetype> allRows() const;

    // 0 when the query does not match the text; higher is better. Exposed for tests.
    static int score(QStringView foldedQueryWord, QStringView foldedText, qsizetype titleLength);

private:
    QStringList words(const QString &query) const;
    int scoreOf(const QStringList &words, qsizetype row) const;

    std::vector<CommandEntry> m_entries;
    std::vector<QString> m_folded; // title + '\n' + detail, case-folded
};

} // namespace kd
