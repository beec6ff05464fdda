#include "iac/HclText.h"

#include <QRegularExpression>
#include <QStringList>

#include <cmath>

using namespace Qt::StringLiterals;

namespace kd::iac::hcl {

namespace {
bool isIdentifier(const QString &name) {
    static const QRegularExpression pattern(u"^[A-Za-z_][A-Za-z0-9_-]*$"_s);
    return pattern.match(name).hasMatch();
}

bool isMultiLine(const QVariant &value) {
    if (value.typeId() == QMetaType::QVariantMap)
        return !value.toMap().isEmpty();
    if (value.typeId() == QMetaType::QVariantList || value.typeId() == QMetaType::QStringList) {
        const QVariantList list = value.toList();
        for (const QVariant &item : list) {
            if (item.typeId() == QMetaType::QVariantMap || item.typeId() == QMetaType::QVariantList)
                return true;
        }
        return list.size() > 4;
    }
    return false;
}

QString number(const QVariant &value) {
    const double n = value.toDouble();
    if (std::floor(n) == n && std::abs(n) < 9.0e15)
        return QString::number(static_cast<qlonglong>(n));
    return QString::number(n, 'g', 15);
}
} // namespace

QString string(const QString &text) {
    QString out = u"\""_s;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'"' || c == u'\\')
            out += u'\\' + QString(c);
        else if (c == u'\n')
            out += u"\\n"_s;
        else if (c == u'\r')
            out += u"\\r"_s;
        else if (c == u'\t')
            out += u"\\t"_s;
        else if ((c == u'$' || c == u'%') && i + 1 < text.size() && text.at(i + 1) == u'{')
            out += QString(c) + c; // "${" and "%{" start templates; doubled they are literal
        else if (c.unicode() < 0x20)
            out += u"\\u%1"_s.arg(c.unicode(), 4, 16, QChar(u'0'));
        else
            out += c;
    }
    return out + u'"';
}

QString key(const QString &name) {
    return isIdentifier(name) ? name : string(name);
}

QString value(const QVariant &value, int indent) {
    const QString pad(indent, u' ');
    if (value.canConvert<HclExpression>() && value.userType() == qMetaTypeId<HclExpression>())
        return value.value<HclExpression>().text;
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
        return number(value);
    case QMetaType::QVariantMap: {
        const QVariantMap map = value.toMap();
        if (map.isEmpty())
            return u"{}"_s;
        QList<std::pair<QString, QVariant>> entries;
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            entries.append({it.key(), it.value()});
        return u"{\n"_s + attributes(entries, indent + 2) + pad + u'}';
    }
    case QMetaType::QStringList:
    case QMetaType::QVariantList: {
        const QVariantList list = value.toList();
        if (list.isEmpty())
            return u"[]"_s;
        QStringList items;
        if (!isMultiLine(value)) {
            for (const QVariant &item : list)
                items.append(hcl::value(item, indent));
            return u'[' + items.join(u", "_s) + u']';
        }
        const QString inner(indent + 2, u' ');
        QString out = u"[\n"_s;
        for (const QVariant &item : list)
            out += inner + hcl::value(item, indent + 2) + u",\n"_s;
        return out + pad + u']';
    }
    default:
        break;
    }
    if (!value.isValid() || value.isNull())
        return u"null"_s;
    return string(value.toString());
}

QString attributes(const QList<std::pair<QString, QVariant>> &entries, int indent) {
    const QString pad(indent, u' ');
    // terraform fmt aligns the `=` of each run of consecutive single-line attributes; a
    // multi-line value is aligned with nothing and ends the run.
    QList<qsizetype> widths(entries.size(), 0);
    for (qsizetype start = 0; start < entries.size();) {
        qsizetype end = start;
        qsizetype width = 0;
        while (end < entries.size() && !isMultiLine(entries.at(end).second))
            width = std::max(width, key(entries.at(end++).first).size());
        for (qsizetype i = start; i < end; ++i)
            widths[i] = width;
        start = end == start ? end + 1 : end;
    }
    QString out;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const auto &[name, item] = entries.at(i);
        out += pad + key(name).leftJustified(widths.at(i)) + u" = "_s + value(item, indent) + u'\n';
    }
    return out;
}

QString identifier(const QString &name) {
    QString out;
    for (const QChar c : name.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            out += c;
        else if (!out.endsWith(u'_'))
            out += u'_';
    }
    while (out.endsWith(u'_'))
        out.chop(1);
    if (out.isEmpty() || out.at(0).isDigit())
        out.prepend(u"r_"_s);
    return out;
}

} // namespace kd::iac::hcl
