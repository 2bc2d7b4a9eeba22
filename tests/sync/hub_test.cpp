// Sync: the real client against the real hub on loopback.
#include "sync/httpclient.h"
#include "sync/hubserver.h"
#include "tests/support/tempdir.h"

#include <gtest/gtest.h>

using namespace checkin::sync;

TEST(Hub, AnswersHealthWithItsServerTime)
{
    checkin::testing::TempDir dir;
    HubServer hub({"127.0.0.1", 0, dir.file("hub.sqlite")});
    const int port = hub.start();
    ASSERT_GT(port, 0);
    HttpClient client;
    auto response = client.get("http://127.0.0.1:" + std::to_string(port) + "/v1/health");
    ASSERT_TRUE(response) << response.error().message;
    EXPECT_EQ(response->status, 200);
    EXPECT_NE(response->body.find("server_time_ms"), std::string::npos);
    EXPECT_EQ(response->headers["content-type"], "application/json");
}

TEST(HttpClient, ClassifiesARefusedConnection)
{
    int port = 0;
    {
        // Bind and release a port so that nothing listens there.
        HubServer hub({"127.0.0.1", 0, {}});
        port = hub.start();
        hub.stop();
    }
    HttpClient client;
    auto response = client.get("http://127.0.0.1:" + std::to_string(port) + "/v1/health");
    ASSERT_FALSE(response);
    EXPECT_EQ(response.error().kind, TransportErrorKind::Refused);
}
