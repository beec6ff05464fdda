#include "iac/YamlText.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <memory>
#include <yaml.h>

using namespace Qt::StringLiterals;

namespace kd::iac::yaml {

namespace {
struct YamlTextTr {
    Q_DECLARE_TR_FUNCTIONS(kd::iac::yaml)
};

QStringList orderedKeys(const QVariantMap &map) {
    static const QStringList first{
        u"_format_version"_s, u"_konnect"_s,  u"_info"_s, u"name"_s, u"instance_name"_s, u"type"_s,
        u"enabled"_s,         u"protocols"_s, u"tags"_s};
    QStringList keys;
    for (const QString &key : first) {
        if (map.contains(key))
            keys.append(key);
    }
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (!first.contains(it.key()))
            keys.append(it.key());
    }
    return keys;
}

// A string YAML would read as itself without quotes.
bool plainSafe(const QString &text) {
    static const QRegularExpression plain(u"^[A-Za-z_/][A-Za-z0-9_./-]*$"_s);
    static const QStringList reserved{u"null"_s, u"true"_s, u"false"_s, u"yes"_s, u"no"_s,
                                      u"on"_s,   u"off"_s,  u"y"_s,     u"n"_s,   u"~"_s};
    return plain.match(text).hasMatch() && !reserved.contains(text.toLower());
}

QString quoted(const QString &text) {
    // Single quotes keep decK's `${{ env "DECK_…" }}` templates literal in the file's text.
    const bool printable =
        std::none_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x20; });
    if (printable)
        return u'\'' + QString(text).replace(u"'"_s, u"''"_s) + u'\'';
    QString out = u"\""_s;
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\')
            out += u'\\' + QString(c);
        else if (c == u'\n')
            out += u"\\n"_s;
        else if (c.unicode() < 0x20)
            out += u"\\x%1"_s.arg(c.unicode(), 2, 16, QChar(u'0'));
        else
            out += c;
    }
    return out + u'"';
}

QString scalar(const QVariant &value) {
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return QString::number(value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float: {
        const double n = value.toDouble();
        return std::floor(n) == n && std::abs(n) < 9.0e15 ? QString::number(qlonglong(n))
                                                          : QString::number(n, 'g', 15);
    }
    default:
        break;
    }
    if (!value.isValid() || value.isNull())
        return u"null"_s;
    const QString text = value.toString();
    return plainSafe(text) ? text : quoted(text);
}

bool isCollection(const QVariant &value) {
    return (value.typeId() == QMetaType::QVariantMap && !value.toMap().isEmpty())
           || ((value.typeId() == QMetaType::QVariantList
                || value.typeId() == QMetaType::QStringList)
               && !value.toList().isEmpty());
}

QString emptyOf(const QVariant &value) {
    return value.typeId() == QMetaType::QVariantMap ? u"{}"_s : u"[]"_s;
}

void writeValue(QString &out, const QVariant &value, int indent);

void writeMap(QString &out, const QVariantMap &map, int indent, bool firstInline) {
    bool first = firstInline;
    for (const QString &key : orderedKeys(map)) {
        const QVariant item = map.value(key);
        if (!first)
            out += QString(indent, u' ');
        first = false;
        out += (plainSafe(key) ? key : quoted(key)) + u':';
        if (isCollection(item)) {
            out += u'\n';
            writeValue(out, item, item.typeId() == QMetaType::QVariantMap ? indent + 2 : indent);
        } else {
            const bool empty = item.typeId() == QMetaType::QVariantMap
                               || item.typeId() == QMetaType::QVariantList
                               || item.typeId() == QMetaType::QStringList;
            out += u' ' + (empty ? emptyOf(item) : scalar(item)) + u'\n';
        }
    }
}

void writeValue(QString &out, const QVariant &value, int indent) {
    if (value.typeId() == QMetaType::QVariantMap) {
        writeMap(out, value.toMap(), indent, false);
        return;
    }
    for (const QVariant &item : value.toList()) {
        out += QString(indent, u' ') + u"- "_s;
        if (item.typeId() == QMetaType::QVariantMap && !item.toMap().isEmpty())
            writeMap(out, item.toMap(), indent + 2, true);
        else if (isCollection(item)) {
            out += u'\n';
            writeValue(out, item, indent + 2);
        } else
            out += (isCollection(item) ? QString() : scalar(item)) + u'\n';
    }
}

QVariant plainScalar(const QString &text) {
    static const QRegularExpression integer(u"^[-+]?[0-9]+$"_s);
    static const QRegularExpression real(
        u"^[-+]?([0-9]*\\.[0-9]+|[0-9]+\\.?[0-9]*)([eE][-+]?[0-9]+)?$"_s);
    const QString lower = text.toLower();
    if (text.isEmpty() || text == u"~"_s || lower == u"null"_s)
        return QVariant::fromValue(nullptr);
    if (lower == u"true"_s || lower == u"yes"_s || lower == u"on"_s)
        return true;
    if (lower == u"false"_s || lower == u"no"_s || lower == u"off"_s)
        return false;
    if (integer.match(text).hasMatch())
        return text.toLongLong();
    if (real.match(text).hasMatch())
        return text.toDouble();
    return text;
}

QVariant convert(yaml_document_t *document, yaml_node_t *node, int depth) {
    if (!node || depth > 64)
        return {};
    switch (node->type) {
    case YAML_SCALAR_NODE: {
        const QString text =
            QString::fromUtf8(reinterpret_cast<const char *>(node->data.scalar.value),
                              qsizetype(node->data.scalar.length));
        if (node->data.scalar.style == YAML_PLAIN_SCALAR_STYLE)
            return plainScalar(text);
        return text;
    }
    case YAML_SEQUENCE_NODE: {
        QVariantList list;
        for (yaml_node_item_t *item = node->data.sequence.items.start;
             item < node->data.sequence.items.top; ++item)
            list.append(convert(document, yaml_document_get_node(document, *item), depth + 1));
        return list;
    }
    case YAML_MAPPING_NODE: {
        QVariantMap map;
        for (yaml_node_pair_t *pair = node->data.mapping.pairs.start;
             pair < node->data.mapping.pairs.top; ++pair) {
            const QVariant key =
                convert(document, yaml_document_get_node(document, pair->key), depth + 1);
            map.insert(key.toString(),
                       convert(document, yaml_document_get_node(document, pair->value), depth + 1));
        }
        return map;
    }
    case YAML_NO_NODE:
        break;
    }
    return {};
}
} // namespace

QByteArray write(const QVariantMap &document) {
    QString out;
    writeMap(out, document, 0, false);
    return out.toUtf8();
}

Result<QVariantMap> read(const QByteArray &text, const QString &what) {
    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser))
        return Error::invalid(what, YamlTextTr::tr("The YAML reader could not start."));
    const std::unique_ptr<yaml_parser_t, void (*)(yaml_parser_t *)> parserGuard(&parser,
                                                                                yaml_parser_delete);
    yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char *>(text.constData()),
                                 size_t(text.size()));
    yaml_document_t document;
    if (!yaml_parser_load(&parser, &document))
        return Error::invalid(what,
                              YamlTextTr::tr("This is not valid YAML (line %1, column %2): %3.")
                                  .arg(parser.problem_mark.line + 1)
                                  .arg(parser.problem_mark.column + 1)
                                  .arg(QString::fromUtf8(parser.problem ? parser.problem : "")));
    const std::unique_ptr<yaml_document_t, void (*)(yaml_document_t *)> documentGuard(
        &document, yaml_document_delete);
    const QVariant root = convert(&document, yaml_document_get_root_node(&document), 0);
    if (root.typeId() != QMetaType::QVariantMap)
        return Error::invalid(what,
                              YamlTextTr::tr("The file does not hold a YAML mapping at the top."));
    return root.toMap();
}

} // namespace kd::iac::yaml
