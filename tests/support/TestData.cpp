// SPDX-License-Identifier: MIT
#include "support/TestData.h"

#include <QFile>
#include <QTest>

namespace spacetape::test {

QByteArray unitTestData(const QString &name) {
    // Found from this file's own place in the source tree, whatever the build folder. With
    // ccache's CCACHE_BASEDIR, __FILE__ is relative to the build folder, not to ctest's working
    // folder: the tests' source folder (set by Qt Test's CMake) comes first.
    QString path;
#ifdef QT_TESTCASE_SOURCEDIR
    path = QStringLiteral(QT_TESTCASE_SOURCEDIR "/unit/data/") + name;
    if (!QFile::exists(path))
#endif
        path = QTest::qFindTestData(QStringLiteral("../unit/data/") + name, __FILE__, __LINE__);
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
    return QStringLiteral(
               "# Netscape HTTP Cookie File\n"
               "#HttpOnly_.x.com\tTRUE\t/\tTRUE\t2000000000\tauth_token\t%1\n"
               ".x.com\tTRUE\t/\tTRUE\t2000000000\tct0\t%2\n")
        .arg(authToken, ct0)
        .toLatin1();
}

}  // namespace spacetape::test
