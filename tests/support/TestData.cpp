// SPDX-License-Identifier: MIT
#include "support/TestData.h"

#include <QDateTime>
#include <QFile>
#include <QTest>

namespace spacetape::test {

QByteArray unitTestData(const QString &name) {
    // Found from the tests' source folder, whatever the build folder. Not from __FILE__
    // alone: a ccache with CCACHE_BASEDIR compiles with relative paths, which made it
    // relative to the build folder and every fixture "missing".
    const QString path = QTest::qFindTestData(QStringLiteral("unit/data/") + name, __FILE__,
                                              __LINE__, nullptr, QT_TESTCASE_SOURCEDIR);
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

QString cookieExpiry() {
    // A year from now, whenever the tests run: a fixed date would expire one day.
    return QString::number(QDateTime::currentDateTimeUtc().addYears(1).toSecsSinceEpoch());
}

QByteArray netscapeCookies(const QString &authToken, const QString &ct0) {
    const QString expiry = cookieExpiry();
    return QStringLiteral(
               "# Netscape HTTP Cookie File\n"
               "#HttpOnly_.x.com\tTRUE\t/\tTRUE\t%3\tauth_token\t%1\n"
               ".x.com\tTRUE\t/\tTRUE\t%3\tct0\t%2\n")
        .arg(authToken, ct0, expiry)
        .toLatin1();
}

}  // namespace spacetape::test
