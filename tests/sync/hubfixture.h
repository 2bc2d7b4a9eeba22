// A real hub on loopback with kiosk tokens of two centers and an admin token, plus a day of
// appointments; on a SQLite file, or on a database of a real PostgreSQL server (Engine::Postgres).
#pragma once

#include "sync/client/httpclient.h"
#include "sync/hub/hubserver.h"
#include "tests/support/tempdir.h"
#include "tests/sync/pgserver.h"

#include <chrono>
#include <gtest/gtest.h>
#include <memory>
#include <string>

namespace checkin::testing {

inline constexpr const char *kDay = "2026-03-02";

// Tokens of the test kiosks (at least kMinTokenLength characters): a and b of center SB1, c of SB2.
inline const std::string kTokenA = "tok-a-0123456789abcdef0123456789abcdef";
inline const std::string kTokenB = "tok-b-0123456789abcdef0123456789abcdef";
inline const std::string kTokenC = "tok-c-0123456789abcdef0123456789abcdef";
inline const std::string kAdminToken = "admin-0123456789abcdef0123456789abcdef";

enum class Engine { Sqlite, Postgres };

inline std::string engineName(const ::testing::TestParamInfo<Engine> &info)
{
    return info.param == Engine::Postgres ? "Postgres" : "Sqlite";
}

/// CSV for `count` confirmed appointments of center SB1 on kDay, ids from `firstId`, codes "CODE-<id>".
inline std::string appointmentsCsv(int count, int firstId = 1, int version = 1)
{
    std::string csv
        = "id,booking_ref,center_id,day,slot_start,slot_end,status,given_name,family_name,birth_date,"
          "postal_code,language,code,version\n";
    for (int i = firstId; i < firstId + count; ++i) {
        const int slot = 8 * 60 + (i % 40) * 15;
        char start[8];
        char end[8];
        std::snprintf(start, sizeof start, "%02d:%02d", (slot / 60) % 24, slot % 60);
        std::snprintf(end, sizeof end, "%02d:%02d", ((slot + 15) / 60) % 24, (slot + 15) % 60);
        if (slot + 15 >= 24 * 60)
            std::snprintf(end, sizeof end, "24:00");
        csv += std::to_string(i) + ",SB1-" + std::to_string(100000 + i) + ",SB1," + kDay + "," + start + ","
            + end + ",confirmed,Erika,Muster" + std::to_string(i) + ",1970-01-01,66111,de,CODE-"
            + std::to_string(i) + "," + std::to_string(version) + "\n";
    }
    return csv;
}

/// The hub on the engine engine() names; tests that run on both derive from HubEngineFixture.
class HubFixture : public ::testing::Test
{
protected:
    virtual Engine engine() const { return Engine::Sqlite; }

    void SetUp() override
    {
        if (engine() == Engine::Postgres) {
            if (!PgServer::available())
                GTEST_SKIP() << PgServer::skipReason();
            ASSERT_TRUE(PgServer::instance().error().empty()) << PgServer::instance().error();
        }
    }

    /// The hub's database for this test: a file, or a fresh PostgreSQL database (made once).
    const std::string &database()
    {
        if (m_database.empty())
            m_database = engine() == Engine::Postgres ? PgServer::instance().freshDatabase()
                                                      : m_dir.file("hub.sqlite");
        return m_database;
    }

    sync::HubServer::Options hubOptions()
    {
        sync::HubServer::Options o;
        o.databasePath = database();
        o.kiosks = {{"kiosk-a", "SB1", kTokenA}, {"kiosk-b", "SB1", kTokenB}, {"kiosk-c", "SB2", kTokenC}};
        o.adminToken = kAdminToken;
        o.retentionDays = 0; // the test day lies in the past of the real clock
        o.walkInCapacity = 1;
        o.maxWaitSeconds = 5;
        o.threads = 16;
        o.keepAliveSeconds = 1; // a restart waits for idle connections this long
        return o;
    }
    void startHub()
    {
        m_hub = std::make_unique<sync::HubServer>(hubOptions());
        m_port = m_hub->start();
        ASSERT_GT(m_port, 0) << m_hub->error();
    }
    /// Another hub process's server on this test's database (on PostgreSQL the two wake each other's
    /// long-polls through NOTIFY), long-polls up to 30 s; its base URL.
    std::string startSecondHub(sync::HubServer::Options options)
    {
        options.maxWaitSeconds = 30;
        m_second = std::make_unique<sync::HubServer>(std::move(options));
        const int port = m_second->start();
        EXPECT_GT(port, 0) << m_second->error();
        return "http://127.0.0.1:" + std::to_string(port);
    }
    /// A client that waits out a long-poll of up to 30 s.
    sync::HttpOptions patient(const std::string &token)
    {
        auto o = tokenFor(token);
        o.totalTimeout = std::chrono::seconds(40);
        o.lowSpeedTime = std::chrono::seconds(40);
        return o;
    }
    std::string url(const std::string &path) const
    {
        return "http://127.0.0.1:" + std::to_string(m_port) + path;
    }
    sync::HttpOptions tokenFor(const std::string &token)
    {
        sync::HttpOptions o;
        o.bearerToken = token;
        return o;
    }

    TempDir m_dir;
    std::string m_database;
    std::unique_ptr<sync::HubServer> m_hub;
    std::unique_ptr<sync::HubServer> m_second;
    int m_port = 0;
};

/// The same tests on both engines: TEST_P, instantiated with engineName.
class HubEngineFixture : public HubFixture, public ::testing::WithParamInterface<Engine>
{
protected:
    Engine engine() const override { return GetParam(); }
};

} // namespace checkin::testing
