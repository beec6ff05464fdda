#include "models/CommandIndex.h"

#include <algorithm>
#include <numeric>

namespace kd {

namespace {
bool isWordStart(QStringView text, qsizetype at) {
    return at == 0 || !text.at(at - 1).isLetterOrNumber();
}

// Letters of `word` in order within `text`: the number of gaps between them, or -1.
qsizetype subsequenceGaps(QStringView word, QStringView text) {
    qsizetype gaps = 0;
    qsizetype from = 0;
    qsizetype last = -1;
    for (const QChar c : word) {
        const qsizetype at = text.indexOf(c, from);
        if (at < 0)
            return -1;
        if (last >= 0 && at != last + 1)
            ++gaps;
        last = at;
        from = at + 1;
    }
    return gaps;
}
} // namespace

void CommandIndex::clear() {
    m_entries.clear();
    m_folded.clear();
}

void CommandIndex::reserve(qsizetype count) {
    m_entries.reserve(size_t(count));
    m_folded.reserve(size_t(count));
}

void CommandIndex::add(CommandEntry entry) {
    m_folded.push_back((entry.title + QChar(u'\n') + entry.detail).toCaseFolded());
    m_entries.push_back(std::move(entry));
}

int CommandIndex::score(QStringView word, QStringView text, qsizetype titleLength) {
    if (word.isEmpty())
        return 1;
    // The best contiguous hit: a word start in the title beats one in the detail.
    int best = 0;
    for (qsizetype at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        int s = 100;
        if (at < titleLength)
            s += 60;
        if (isWordStart(text, at))
            s += 40;
        if (at == 0)
            s += 30;
        s -= int(std::min<qsizetype>(at, 20));
        best = std::max(best, s);
        if (at == 0)
            break;
    }
    if (best > 0)
        return best;
    // Scattered letters count only within the title: across a long detail almost any word
    // would match.
    const qsizetype gaps = subsequenceGaps(word, text.first(std::min(titleLength, text.size())));
    if (gaps < 0)
        return 0;
    return std::max(1, 40 - int(gaps) * 8);
}

QStringList CommandIndex::words(const QString &query) const {
    return query.toCaseFolded().split(QChar(u' '), Qt::SkipEmptyParts);
}

int CommandIndex::scoreOf(const QStringList &words, qsizetype row) const {
    const QString &text = m_folded[size_t(row)];
    const qsizetype titleLength = m_entries[size_t(row)].title.size();
    int total = 1; // an empty query matches everything
    for (const QString &word : words) {
        const int s = score(word, text, titleLength);
        if (s == 0)
            return 0;
        total += s;
    }
    return total;
}

std::vector<qsizetype> CommandIndex::matching(const QString &query,
                                              const std::vector<qsizetype> *within) const {
    const QStringList ws = words(query);
    std::vector<qsizetype> rows;
    const auto consider = [&](qsizetype row) {
        const QStringView text = m_folded[size_t(row)];
        const QStringView title = text.first(m_entries[size_t(row)].title.size());
        const bool all = std::all_of(ws.cbegin(), ws.cend(), [&](const QString &word) {
            return text.contains(word) || subsequenceGaps(word, title) >= 0;
        });
        if (all)
            rows.push_back(row);
    };
    if (within) {
        rows.reserve(within->size());
        for (const qsizetype row : *within)
            if (row < size())
                consider(row);
    } else {
        rows.reserve(m_entries.size());
        for (qsizetype row = 0; row < size(); ++row)
            consider(row);
    }
    return rows;
}

std::vector<std::pair<int, qsizetype>>
CommandIndex::scored(const QString &query, const std::vector<qsizetype> &candidates) const {
    const QStringList ws = words(query);
    std::vector<std::pair<int, qsizetype>> result;
    result.reserve(candidates.size());
    for (const qsizetype row : candidates)
        if (const int s = scoreOf(ws, row))
            result.emplace_back(s, row);
    return result;
}

std::vector<qsizetype> CommandIndex::allRows() const {
    std::vector<qsizetype> rows(m_entries.size());
    std::iota(rows.begin(), rows.end(), qsizetype(0));
    return rows;
}

} // namespace kd
