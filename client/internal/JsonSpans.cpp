#include "client/internal/JsonSpans.h"

#include <algorithm>

namespace kd::json {

namespace {
// A scanner over JSON that QJsonDocument has already accepted: it only finds where values end.
class Spans {
public:
    explicit Spans(QByteArrayView text)
        : m_text(text) {}
    qsizetype pos = 0;
    bool atEnd() const { return pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text.at(pos); }
    void skipSpace() {
        while (!atEnd() && (peek() == ' ' || peek() == '\n' || peek() == '\r' || peek() == '\t'))
            ++pos;
    }
    bool take(char c) {
        skipSpace();
        if (peek() != c)
            return false;
        ++pos;
        return true;
    }
    // Past a string that starts at pos; its raw text (escapes left as they are).
    QByteArrayView string() {
        const qsizetype start = ++pos;
        while (!atEnd() && peek() != '"')
            pos += peek() == '\\' ? 2 : 1;
        const QByteArrayView text = m_text.sliced(start, std::min(pos, m_text.size()) - start);
        ++pos;
        return text;
    }
    void value() {
        skipSpace();
        if (peek() == '"') {
            string();
            return;
        }
        int depth = 0;
        while (!atEnd()) {
            const char c = peek();
            if (c == '"') {
                string();
                continue;
            }
            if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (depth == 0)
                    return;
                if (--depth == 0) {
                    ++pos;
                    return;
                }
            } else if (depth == 0
                       && (c == ',' || c == ' ' || c == '\n' || c == '\r' || c == '\t')) {
                return;
            }
            ++pos;
        }
    }
    QByteArrayView slice(qsizetype from) const { return m_text.sliced(from, pos - from); }

private:
    QByteArrayView m_text;
};
} // namespace

QList<QByteArrayView> rawArrayItems(QByteArrayView body, QLatin1StringView key) {
    Spans scan(body);
    if (!scan.take('{'))
        return {};
    for (;;) {
        scan.skipSpace();
        if (scan.peek() != '"')
            return {};
        const bool wanted = scan.string() == QByteArrayView(key.data(), key.size());
        if (!scan.take(':'))
            return {};
        if (wanted) {
            QList<QByteArrayView> items;
            if (!scan.take('['))
                return {};
            scan.skipSpace();
            if (scan.peek() == ']')
                return items;
            do {
                scan.skipSpace();
                const qsizetype start = scan.pos;
                scan.value();
                items.append(scan.slice(start));
            } while (scan.take(','));
            return scan.take(']') ? items : QList<QByteArrayView>();
        }
        scan.value();
        if (!scan.take(','))
            return {};
    }
}

} // namespace kd::json
