// A real hub on loopback with two kiosk tokens and an admin token, plus a day of appointments.
#pragma once

#include "sync/client/httpclient.h"
#include "sync/hub/hubserver.h"
#include "tests/support/tempdir.h"

#include <gtest/gtest.h>
#include <string>

namespace checkin::testing {

inline constexpr const char *kDay = "2026-03-02";

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

class HubFixture : public ::testing::Test
{
protected:
    sync::HubServer::Options hubOptions()
    {
        sync::HubServer::Options o;
        o.databasePath = m_dir.file("hub.sqlite");
        o.kioskTokens = {{"tok-a", "kiosk-a"}, {"tok-b", "kiosk-b"}};
        o.adminToken = "admin";
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
    std::unique_ptr<sync::HubServer> m_hub;
    int m_port = 0;
};

} // namespace checkin::testing
