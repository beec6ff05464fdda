// Every string of the app is translated to German and nothing translated is left over:
// lupdate over the app's sources, into a copy of translations/konnect-desk_de.ts, must leave
// no message unfinished, vanished or obsolete. Fix with
//   cmake --build --preset ci --target update_translations   (then translate what it marks)
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {
struct Untranslated {
    QStringList unfinished;
    QStringList leftOver; // vanished or obsolete: translated, but no longer in the sources
    int messages = 0;
};

Untranslated read(const QString &path) {
    Untranslated result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return result;
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            ++result.messages;
        } else if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const auto type = xml.attributes().value(u"type"_s);
            const QString where = u"%1: %2"_s.arg(context, source.left(80));
            if (type == u"unfinished")
                result.unfinished.append(where);
            else if (type == u"vanished" || type == u"obsolete")
                result.leftOver.append(where);
        }
    }
    return result;
}
} // namespace

class TestTranslations final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void germanIsCompleteAndCurrent() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString ts = dir.filePath(u"konnect-desk_de.ts"_s);
        QVERIFY(QFile::copy(QStringLiteral(KD_TS_DIR "/konnect-desk_de.ts"), ts));
        QFile::setPermissions(ts, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(
            QStringLiteral(KD_LUPDATE),
            {u"-locations"_s, u"none"_s, u"@"_s + QStringLiteral(KD_SOURCES_LIST), u"-ts"_s, ts});
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

        const Untranslated found = read(ts);
        QVERIFY2(found.messages > 300, "lupdate found too few strings: is the source list empty?");
        QVERIFY2(found.unfinished.isEmpty(),
                 qPrintable(u"%1 German translations are missing, for example:\n  "_s.arg(
                                found.unfinished.size())
                            + found.unfinished.mid(0, 15).join(u"\n  "_s)));
        QVERIFY2(found.leftOver.isEmpty(),
                 qPrintable(u"%1 translations are for strings no longer in the sources:\n  "_s.arg(
                                found.leftOver.size())
                            + found.leftOver.mid(0, 15).join(u"\n  "_s)));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
