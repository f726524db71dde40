// SPDX-License-Identifier: MIT
#include "support/TestData.h"

#include <QDateTime>
#include <QFile>
#include <QTest>

namespace spacetape::test {

QByteArray unitTestData(const QString &name) {
    // Found from this file's own place in the source tree, whatever the build folder.
    QString path = QTest::qFindTestData(QStringLiteral("../unit/data/") + name, __FILE__, __LINE__);
#ifdef QT_TESTCASE_SOURCEDIR
    // With ccache's base_dir set, __FILE__ is relative to the build folder, which is not
    // where ctest runs the tests: the absolute source folder always works.
    if (path.isEmpty())
        path = QStringLiteral(QT_TESTCASE_SOURCEDIR "/unit/data/") + name;
#endif
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing fixture %s", qPrintable(name));
    }
    return file.readAll();
}

QByteArray singleQuotedJson(const char *json) {
    return QByteArray(json).replace('\'', '"');
}

QByteArray singleQuotedJson(const QString &json) {
    return json.toUtf8().replace('\'', '"');
}

QString writeFile(const QString &path, const QByteArray &content) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

QByteArray netscapeCookies(const QString &authToken, const QString &ct0) {
    // A year from now, whenever the tests run: a fixed date would expire one day.
    const QString expiry =
        QString::number(QDateTime::currentDateTimeUtc().addYears(1).toSecsSinceEpoch());
    return QStringLiteral(
               "# Netscape HTTP Cookie File\n"
               "#HttpOnly_.x.com\tTRUE\t/\tTRUE\t%3\tauth_token\t%1\n"
               ".x.com\tTRUE\t/\tTRUE\t%3\tct0\t%2\n")
        .arg(authToken, ct0, expiry)
        .toLatin1();
}

}  // namespace spacetape::test
