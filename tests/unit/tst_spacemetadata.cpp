// SPDX-License-Identifier: MIT
#include "support/ExpectedChecks.h"
#include "support/TestData.h"
#include "x/SpaceMetadata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTest>

#include <ctime>

using namespace spacetape;
using namespace spacetape::test;

namespace {

QDateTime utc(const char *iso) {
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
    return t.toUTC();
}

/// A minimal answer around one metadata object, to vary one field at a time.
QByteArray answerWith(const QByteArray &metadataFields, const QByteArray &participants = "{}") {
    return "{\"data\":{\"audioSpace\":{\"metadata\":{\"rest_id\":\"1vOxwdyYrlqKB\","
           "\"media_key\":\"28_1\"," +
           metadataFields + "},\"participants\":" + participants + "}}}";
}

SpaceMetadata parsed(const QByteArray &json) {
    const auto result = SpaceMetadata::fromAudioSpaceById(json);
    if (!result) {
        qFatal("unexpected failure: %s", qPrintable(result.error()));
    }
    return *result;
}

}  // namespace

class TestSpaceMetadata : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        // A machine (or CI) on UTC would hide a local-time bug: run in UTC+9 without DST (a
        // POSIX TZ rule, so no time zone database is needed).
        qputenv("TZ", "JST-9");
        tzset();
    }

    void parsesThe2025ShapeWithCreatorUnderCore() {
        const auto m =
            SpaceMetadata::fromAudioSpaceById(unitTestData("audiospace_ended_2025.json"));
        QVERIFY2(m, qPrintable(m.error()));
        QCOMPARE(m->id, QStringLiteral("1vOxwdyYrlqKB"));
        QCOMPARE(m->state, SpaceState::Ended);
        QCOMPARE(m->stateText, QStringLiteral("Ended"));
        QCOMPARE(m->title, QStringLiteral("Compilers, coffee & the future of C++ ☕"));
        QCOMPARE(m->mediaKey, QStringLiteral("28_1882012345678901248"));
        QCOMPARE(m->createdAt, utc("2025-01-22T12:20:00.123Z"));
        QCOMPARE(m->scheduledStart, utc("2025-01-22T12:30:00.000Z"));
        QCOMPARE(m->startedAt, utc("2025-01-22T12:30:12.345Z"));
        QCOMPARE(m->endedAt, utc("2025-01-22T14:31:30.876Z"));  // sent as a string
        QCOMPARE(m->updatedAt, utc("2025-01-22T14:31:41.000Z"));
        QCOMPARE(m->endedAt.timeSpec(), Qt::UTC);
        QVERIFY(m->replayAvailable);
        QCOMPARE(m->totalReplayWatched, 2389);
        QCOMPARE(m->totalLiveListeners, 15112);
        QCOMPARE(m->host.displayName, QStringLiteral("Ada Lovelace 🎙️"));
        QCOMPARE(m->host.handle, QStringLiteral("ada_codes"));
        QCOMPARE(m->host.avatarUrl, QUrl("https://pbs.twimg.com/profile_images/1878123456789012345/"
                                         "Qx7pLmNo_400x400.jpg"));
        QCOMPARE(m->admins.size(), 2);
        QCOMPARE(m->admins.at(1).displayName, QStringLiteral("Charles Babbage"));
        QCOMPARE(m->admins.at(1).handle, QStringLiteral("cbabbage"));
        QCOMPARE(m->admins.at(1).avatarUrl,
                 QUrl("https://pbs.twimg.com/profile_images/1600000000000000001/"
                      "aBcDeFgH_400x400.png"));
        QCOMPARE(m->speakers.size(), 3);
        QCOMPARE(m->speakers.at(0).handle, QStringLiteral("grace_h"));
        // periscope_user_id names people in the Hydra frames and the chat.
        QCOMPARE(m->admins.at(0).periscopeId, QStringLiteral("1eaKbrPZvnkxX"));
        QCOMPARE(m->admins.at(1).periscopeId, QStringLiteral("1dRKZnvXyAbcD"));
        QCOMPARE(m->speakers.at(0).periscopeId, QStringLiteral("1mnxeRqWoaPxO"));
        QCOMPARE(m->speakers.at(0).avatarUrl.fileName(), QStringLiteral("GrAcE123_400x400.jpeg"));
        QCOMPARE(m->speakers.at(1).avatarUrl,
                 QUrl("https://abs.twimg.com/sticky/default_profile_images/"
                      "default_profile_400x400.png"));
        QCOMPARE(m->listenerCount, 0);
        QCOMPARE(m->participantTotal, 1534);
        QVERIFY(!m->isVideo);
        QCOMPARE(m->durationSeconds(), 7278);
        QVERIFY2(m->downloadable(), qPrintable(m->downloadable().error()));
    }

    void parsesThe2023ShapeWithCreatorUnderLegacy() {
        const auto m =
            SpaceMetadata::fromAudioSpaceById(unitTestData("audiospace_ended_2023_no_replay.json"));
        QVERIFY2(m, qPrintable(m.error()));
        QCOMPARE(m->id, QStringLiteral("1YqKDoNnpLyJV"));
        QCOMPARE(m->host.displayName, QStringLiteral("Retro Team"));
        QCOMPARE(m->host.handle, QStringLiteral("retroteam"));
        QCOMPARE(m->host.avatarUrl, QUrl("https://pbs.twimg.com/profile_images/1683325380441128960/"
                                         "yRsRRjGO_400x400.jpg"));
        QCOMPARE(m->startedAt, utc("2023-06-14T15:01:01Z"));  // every time a number here
        QCOMPARE(m->endedAt, utc("2023-06-14T17:01:01Z"));
        QCOMPARE(m->durationSeconds(), 7200);
        QCOMPARE(m->totalReplayWatched, 0);
        QCOMPARE(m->totalLiveListeners, 412);
        QCOMPARE(m->admins.size(), 1);
        QVERIFY(m->speakers.isEmpty());
        QCOMPARE(m->listenerCount, 2);
        QCOMPARE(m->participantTotal, 3);
        QVERIFY(!m->replayAvailable);
        const auto verdict = m->downloadable();
        QVERIFY(!verdict);
        QVERIFY2(verdict.error().contains(QLatin1String("the host did not keep a replay")),
                 qPrintable(verdict.error()));
    }

    void coreNamesWinOverLegacyAndLegacyFillsGaps() {
        const QByteArray creator = singleQuotedJson(
            "'creator_results':{'result':{"
            "'core':{'name':'New Name','screen_name':''},"
            "'legacy':{'name':'Old Name','screen_name':'old_handle',"
            "'profile_image_url_https':'https://pbs.twimg.com/profile_images/9/old_normal.jpg'},"
            "'avatar':{'image_url':'https://pbs.twimg.com/profile_images/9/new_normal.jpg'}}}");
        const SpaceMetadata m = parsed(answerWith(singleQuotedJson("'state':'Ended',") + creator));
        QCOMPARE(m.host.displayName, QStringLiteral("New Name"));
        QCOMPARE(m.host.handle, QStringLiteral("old_handle"));  // core left it empty
        QCOMPARE(m.host.avatarUrl, QUrl("https://pbs.twimg.com/profile_images/9/new_400x400.jpg"));
    }

    void hostFallsBackToTheFirstAdmin() {
        const SpaceMetadata m = parsed(answerWith(
            singleQuotedJson("'state':'Ended'"),
            singleQuotedJson(
                "{'admins':[{'display_name':'Host','twitter_screen_name':'@the_host',"
                "'avatar_url':'https://pbs.twimg.com/profile_images/5/h_normal.jpg'}]}")));
        QCOMPARE(m.host.handle, QStringLiteral("the_host"));  // "@" dropped
        QCOMPARE(m.host.displayName, QStringLiteral("Host"));
        QCOMPARE(m.host.avatarUrl, QUrl("https://pbs.twimg.com/profile_images/5/h_400x400.jpg"));
    }

    void timestampsComeAsNumbersOrStrings_data() {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime t = utc("2025-01-22T14:31:30.876Z");
        QTest::newRow("number") << QByteArray("1737556290876") << t;
        QTest::newRow("string") << QByteArray("\"1737556290876\"") << t;
        QTest::newRow("string with spaces") << QByteArray("\" 1737556290876 \"") << t;
        QTest::newRow("float number") << QByteArray("1737556290876.0") << t;
        QTest::newRow("zero means unknown") << QByteArray("0") << QDateTime();
        QTest::newRow("zero string") << QByteArray("\"0\"") << QDateTime();
        QTest::newRow("null") << QByteArray("null") << QDateTime();
        QTest::newRow("not a number") << QByteArray("\"soon\"") << QDateTime();
    }
    void timestampsComeAsNumbersOrStrings() {
        QFETCH(QByteArray, value);
        QFETCH(QDateTime, expected);
        const SpaceMetadata m =
            parsed(answerWith(singleQuotedJson("'state':'Ended','ended_at':") + value));
        QCOMPARE(m.endedAt, expected);
    }

    void missingTimesMakeDurationUnknown() {
        const SpaceMetadata m =
            parsed(answerWith(singleQuotedJson("'state':'Ended','started_at':1737549012345")));
        QVERIFY(!m.endedAt.isValid());
        QCOMPARE(m.durationSeconds(), -1);
        SpaceMetadata backwards;
        backwards.startedAt = utc("2025-01-22T14:00:00Z");
        backwards.endedAt = utc("2025-01-22T13:00:00Z");
        QCOMPARE(backwards.durationSeconds(), -1);
    }

    void countsComeAsNumbersOrStrings() {
        const SpaceMetadata m = parsed(answerWith(
            singleQuotedJson(
                "'state':'Ended','total_replay_watched':'123456789012','total_live_listeners':7.0"),
            singleQuotedJson("{'total':'42'}")));
        QCOMPARE(m.totalReplayWatched, Q_INT64_C(123456789012));
        QCOMPARE(m.totalLiveListeners, 7);
        QCOMPARE(m.participantTotal, 42);
    }

    void everyStateIsRecognised_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<SpaceState>("state");
        QTest::newRow("NotStarted") << "NotStarted" << SpaceState::NotStarted;
        QTest::newRow("PrePublished") << "PrePublished" << SpaceState::PrePublished;
        QTest::newRow("Running") << "Running" << SpaceState::Running;
        QTest::newRow("Ended") << "Ended" << SpaceState::Ended;
        QTest::newRow("Canceled") << "Canceled" << SpaceState::Canceled;
        QTest::newRow("TimedOut") << "TimedOut" << SpaceState::TimedOut;
        QTest::newRow("other case") << "ENDED" << SpaceState::Ended;
        QTest::newRow("new state") << "Paused" << SpaceState::Unknown;
        QTest::newRow("empty") << "" << SpaceState::Unknown;
    }
    void everyStateIsRecognised() {
        QFETCH(QString, text);
        QFETCH(SpaceState, state);
        const SpaceMetadata m =
            parsed(answerWith("\"state\":\"" + text.toUtf8() + "\",\"title\":\"t\""));
        QCOMPARE(m.state, state);
        QCOMPARE(m.stateText, text);
        if (state != SpaceState::Unknown) {
            QCOMPARE(stateName(state).toLower(), text.toLower());
        }
    }

    void contentTypeVisualMarksVideo() {
        QVERIFY(
            parsed(answerWith(singleQuotedJson("'state':'Ended','content_type':'visual_audio'")))
                .isVideo);
        QVERIFY(!parsed(answerWith(singleQuotedJson("'state':'Ended','content_type':'audio'")))
                     .isVideo);
        QVERIFY(!parsed(answerWith(singleQuotedJson("'state':'Ended'"))).isVideo);
    }

    void emptyAudioSpaceMeansNotFoundOrLogin_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("fixture") << unitTestData("audiospace_empty.json");
        QTest::newRow("audioSpace null") << singleQuotedJson("{'data':{'audioSpace':null}}");
        QTest::newRow("data empty") << singleQuotedJson("{'data':{}}");
        QTest::newRow("empty object") << QByteArray("{}");
        QTest::newRow("metadata empty")
            << singleQuotedJson("{'data':{'audioSpace':{'metadata':{}}}}");
    }
    void emptyAudioSpaceMeansNotFoundOrLogin() {
        QFETCH(QByteArray, body);
        const auto m = SpaceMetadata::fromAudioSpaceById(body);
        QVERIFY(!m);
        QVERIFY2(m.error().startsWith(QLatin1String(
                     "This Space was not found, or it needs a login: check the link, or log in")),
                 qPrintable(m.error()));
    }

    void graphQlErrorsAreQuoted() {
        const auto m = SpaceMetadata::fromAudioSpaceById(unitTestData("audiospace_errors.json"));
        QVERIFY(!m);
        QVERIFY2(
            m.error().contains(QLatin1String(
                "\"Authorization: Denied by access control: Missing TwitterUserNotSuspended\"")),
            qPrintable(m.error()));

        const auto features = SpaceMetadata::fromAudioSpaceById(singleQuotedJson(
            "{'errors':[{'code':336,'message':'The following features cannot be null: "
            "spaces_2022_h2_clipping, "
            "spaces_2022_h2_spaces_communities'},{'code':336,'message':'The following features "
            "cannot be null: spaces_2022_h2_clipping, "
            "spaces_2022_h2_spaces_communities'},{'code':214,'message':'Bad variables'}]}"));
        QVERIFY(!features);
        // Repeated messages are said once.
        QCOMPARE(features.error().count(QLatin1String("cannot be null")), 1);
        QVERIFY(features.error().contains(QLatin1String("spaces_2022_h2_clipping")));
        QVERIFY(features.error().contains(QLatin1String("Bad variables")));
    }

    void partialErrorsNextToMetadataDoNotFail() {
        const QByteArray body = singleQuotedJson(
            "{'errors':[{'message':'tweet_results: "
            "Timeout','path':['audioSpace','metadata','tweet_results']}],"
            "'data':{'audioSpace':{'metadata':{'rest_id':'1vOxwdyYrlqKB','state':'Ended','media_"
            "key':'28_9',"
            "'is_space_available_for_replay':true}}}}");
        const auto m = SpaceMetadata::fromAudioSpaceById(body);
        QVERIFY2(m, qPrintable(m.error()));
        QCOMPARE(m->state, SpaceState::Ended);
        QVERIFY(m->downloadable());
    }

    // Since 2026-02 X adds `Dependency: Unspecified` errors to answers whose data is whole
    // (yt-dlp #15963, facts §8): the Space must still resolve, with every field read.
    void dependencyUnspecifiedNextToWholeDataIsIgnored() {
        const QByteArray body = unitTestData("audiospace_partial_errors_2026.json");
        QVERIFY(xErrorMessages(QJsonDocument::fromJson(body).object())
                    .contains(QLatin1String("Dependency: Unspecified")));
        const auto m = SpaceMetadata::fromAudioSpaceById(body);
        QVERIFY2(m, qPrintable(m.error()));
        QCOMPARE(m->id, QStringLiteral("1MnxnpXwQqyGO"));
        QCOMPARE(m->state, SpaceState::Ended);
        QCOMPARE(m->mediaKey, QStringLiteral("28_2011223344556677889"));
        QCOMPARE(m->title, QStringLiteral("Release night: what changed in 2026"));
        QCOMPARE(m->host.handle, QStringLiteral("release_radio"));
        QCOMPARE(m->speakers.size(), 1);
        QCOMPARE(m->participantTotal, 3051);
        QCOMPARE(m->durationSeconds(), 6600);
        QVERIFY2(m->downloadable(), qPrintable(m->downloadable().error()));
    }

    void dependencyUnspecifiedWithoutDataStillFails() {
        const auto m = SpaceMetadata::fromAudioSpaceById(singleQuotedJson(
            "{'errors':[{'message':'Dependency: Unspecified'}],'data':{'audioSpace':{}}}"));
        QVERIFY(!m);
        QVERIFY2(m.error().contains(QLatin1String("Dependency: Unspecified")),
                 qPrintable(m.error()));
    }

    void malformedAnswersFailClearly_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("truncated") << singleQuotedJson("{'data':{'audioSpace':{'metadata':{'rest_");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("html") << QByteArray("<!DOCTYPE html><html><body>Something went wrong");
        QTest::newRow("array") << QByteArray("[1,2,3]");
    }
    void malformedAnswersFailClearly() {
        QFETCH(QByteArray, body);
        const auto m = SpaceMetadata::fromAudioSpaceById(body);
        QVERIFY(!m);
        QVERIFY2(
            m.error().startsWith(QLatin1String("X's answer about this Space could not be read (")),
            qPrintable(m.error()));
        QVERIFY(m.error().contains(QLatin1String("try again later")));
    }

    void downloadableDependsOnStateAndReplay_data() {
        QTest::addColumn<SpaceState>("state");
        QTest::addColumn<bool>("replay");
        QTest::addColumn<QString>("expected");  // empty = downloadable
        QTest::newRow("ended with replay") << SpaceState::Ended << true << QString();
        QTest::newRow("ended without replay")
            << SpaceState::Ended << false << QStringLiteral("the host did not keep a replay");
        QTest::newRow("timed out with replay") << SpaceState::TimedOut << true << QString();
        QTest::newRow("timed out without replay")
            << SpaceState::TimedOut << false << QStringLiteral("the host did not keep a replay");
        // Live Spaces are recorded from their start, replay or not.
        QTest::newRow("running") << SpaceState::Running << true << QString();
        QTest::newRow("running, replay disabled") << SpaceState::Running << false << QString();
        QTest::newRow("canceled") << SpaceState::Canceled << false
                                  << QStringLiteral("host canceled this Space");
        QTest::newRow("unknown state with replay") << SpaceState::Unknown << true << QString();
        QTest::newRow("unknown state without replay")
            << SpaceState::Unknown << false << QStringLiteral("\"Paused\"");
        QTest::newRow("not started, no date")
            << SpaceState::NotStarted << false << QStringLiteral("has not started yet");
    }
    void downloadableDependsOnStateAndReplay() {
        QFETCH(SpaceState, state);
        QFETCH(bool, replay);
        QFETCH(QString, expected);
        SpaceMetadata m;
        m.mediaKey = QStringLiteral("28_1");
        m.state = state;
        m.stateText = state == SpaceState::Unknown ? QStringLiteral("Paused") : stateName(state);
        m.replayAvailable = replay;
        const auto verdict = m.downloadable();
        verifyOutcome(verdict, expected);
    }

    void scheduledSpacesNameTheLocalStartTime_data() {
        QTest::addColumn<SpaceState>("state");
        QTest::newRow("NotStarted") << SpaceState::NotStarted;
        QTest::newRow("PrePublished") << SpaceState::PrePublished;
    }
    void scheduledSpacesNameTheLocalStartTime() {
        QFETCH(SpaceState, state);
        SpaceMetadata m;
        m.mediaKey = QStringLiteral("28_1");
        m.state = state;
        m.scheduledStart = utc("2031-03-04T18:30:00Z");
        const auto verdict = m.downloadable();
        QVERIFY(!verdict);
        // Nine hours east of UTC (set in initTestCase): 18:30 UTC is 03:30 the next morning
        // there. Built from that literal local time, not from the code's own conversion, so a
        // message that named the UTC time would fail even on a UTC machine.
        const QDateTime tokyoMorning(QDate(2031, 3, 5), QTime(3, 30), Qt::LocalTime);
        QCOMPARE(tokyoMorning.toUTC(), m.scheduledStart);  // the zone really is UTC+9
        const QString when = QLocale().toString(tokyoMorning, QLocale::LongFormat);
        QVERIFY2(verdict.error().contains(QStringLiteral("scheduled for ") + when),
                 qPrintable(verdict.error()));
        QVERIFY2(verdict.error().contains(QStringLiteral("03:30")) ||
                     verdict.error().contains(QStringLiteral("3:30")),
                 qPrintable(verdict.error()));
    }

    void noMediaKeyIsNotDownloadable() {
        SpaceMetadata m;
        m.state = SpaceState::Ended;
        m.replayAvailable = true;
        const auto verdict = m.downloadable();
        QVERIFY(!verdict);
        QVERIFY2(verdict.error().contains(QLatin1String("media key")), qPrintable(verdict.error()));
    }

    void toJsonHasStableKeysIsoDatesAndPeople() {
        const SpaceMetadata m = parsed(unitTestData("audiospace_ended_2025.json"));
        const QJsonObject json = m.toJson();
        QStringList keys = json.keys();
        keys.sort();
        QStringList expectedKeys{"admins",
                                 "createdAt",
                                 "durationSeconds",
                                 "endedAt",
                                 "host",
                                 "id",
                                 "isVideo",
                                 "listenerCount",
                                 "mediaKey",
                                 "participantTotal",
                                 "replayAvailable",
                                 "scheduledStart",
                                 "speakers",
                                 "startedAt",
                                 "state",
                                 "title",
                                 "totalLiveListeners",
                                 "totalReplayWatched",
                                 "updatedAt",
                                 "url"};
        expectedKeys.sort();
        QCOMPARE(keys, expectedKeys);
        QCOMPARE(json.value("id").toString(), QStringLiteral("1vOxwdyYrlqKB"));
        QCOMPARE(json.value("url").toString(),
                 QStringLiteral("https://x.com/i/spaces/1vOxwdyYrlqKB"));
        QCOMPARE(json.value("state").toString(), QStringLiteral("Ended"));
        QCOMPARE(json.value("startedAt").toString(), QStringLiteral("2025-01-22T12:30:12Z"));
        QCOMPARE(json.value("endedAt").toString(), QStringLiteral("2025-01-22T14:31:30Z"));
        QCOMPARE(json.value("durationSeconds").toInteger(), 7278);
        QCOMPARE(json.value("replayAvailable").toBool(), true);
        QCOMPARE(json.value("totalLiveListeners").toInteger(), 15112);
        QCOMPARE(json.value("participantTotal").toInt(), 1534);
        const QJsonObject host = json.value("host").toObject();
        QCOMPARE(host.value("handle").toString(), QStringLiteral("ada_codes"));
        QCOMPARE(host.value("displayName").toString(), QStringLiteral("Ada Lovelace 🎙️"));
        QVERIFY(host.value("avatarUrl").toString().endsWith(QLatin1String("_400x400.jpg")));
        const QJsonArray speakers = json.value("speakers").toArray();
        QCOMPARE(speakers.size(), 3);
        QCOMPARE(speakers.at(2).toObject().value("handle").toString(), QStringLiteral("kjohnson"));
        // --info names each person's Periscope ID: what the chat and the Hydra frames use.
        QCOMPARE(speakers.at(0).toObject().value("periscopeId").toString(),
                 QStringLiteral("1mnxeRqWoaPxO"));
        QCOMPARE(json.value("admins").toArray().size(), 2);
        // The output must survive a round trip through text unchanged.
        QCOMPARE(QJsonDocument::fromJson(QJsonDocument(json).toJson()).object(), json);
    }

    void toJsonWritesNullForUnknownTimes() {
        const QJsonObject json =
            parsed(answerWith(singleQuotedJson("'state':'NotStarted'"))).toJson();
        QVERIFY(json.value("startedAt").isNull());
        QVERIFY(json.value("endedAt").isNull());
        QVERIFY(json.value("durationSeconds").isNull());
        QCOMPARE(json.value("state").toString(), QStringLiteral("NotStarted"));
        QCOMPARE(json.value("admins").toArray().size(), 0);
        QCOMPARE(json.value("host").toObject().value("handle").toString(), QString());
    }

    void avatarsBecomeFullSize_data() {
        QTest::addColumn<QString>("thumbnail");
        QTest::addColumn<QString>("full");
        QTest::newRow("jpg") << "https://pbs.twimg.com/profile_images/1/abc_normal.jpg"
                             << "https://pbs.twimg.com/profile_images/1/abc_400x400.jpg";
        QTest::newRow("no extension") << "https://pbs.twimg.com/profile_images/1/abc_normal"
                                      << "https://pbs.twimg.com/profile_images/1/abc_400x400";
        QTest::newRow("bigger") << "https://pbs.twimg.com/profile_images/1/abc_bigger.png"
                                << "https://pbs.twimg.com/profile_images/1/abc_400x400.png";
        QTest::newRow("already full") << "https://pbs.twimg.com/profile_images/1/abc_400x400.jpg"
                                      << "https://pbs.twimg.com/profile_images/1/abc_400x400.jpg";
        QTest::newRow("original") << "https://pbs.twimg.com/profile_images/1/abc.jpg"
                                  << "https://pbs.twimg.com/profile_images/1/abc.jpg";
        QTest::newRow("folder named normal") << "https://pbs.twimg.com/x_normal/1/abc.jpg"
                                             << "https://pbs.twimg.com/x_normal/1/abc.jpg";
        QTest::newRow("query kept") << "https://pbs.twimg.com/profile_images/1/abc_normal.jpg?v=2"
                                    << "https://pbs.twimg.com/profile_images/1/abc_400x400.jpg?v=2";
        QTest::newRow("empty") << ""
                               << "";
    }
    void avatarsBecomeFullSize() {
        QFETCH(QString, thumbnail);
        QFETCH(QString, full);
        QCOMPARE(fullSizeAvatarUrl(QUrl(thumbnail)).toString(), full);
    }
};

QTEST_GUILESS_MAIN(TestSpaceMetadata)
#include "tst_spacemetadata.moc"
