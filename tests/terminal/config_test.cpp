// Kiosk config: valid files load; every mistake names its key.
#include "terminal/core/config.h"

#include <gtest/gtest.h>

using namespace checkin::core;

TEST(KioskConfig, LoadsAValidFile)
{
    auto c = parseConfig(R"(
[kiosk]
id = "sb-03"
mode = "self-service"
center_id = "SB1"
center_name = "Impfzentrum Saarbrücken"
[camera]
source = "/dev/video0"
[policy]
early_minutes = 15
[sync]
url = "https://hub.example:8443"
token_file = "token"
)",
        "/boot/kiosk");
    ASSERT_TRUE(c) << c.error().key << " " << c.error().message;
    EXPECT_EQ(c->mode, KioskMode::SelfService);
    EXPECT_EQ(c->policy.kioskId, "sb-03");
    EXPECT_EQ(c->policy.earlyMinutes, 15);
    EXPECT_EQ(c->syncTokenFile, "/boot/kiosk/token");
    EXPECT_EQ(c->centerName, "Impfzentrum Saarbrücken");
}

TEST(KioskConfig, NamesTheBadKey)
{
    struct Bad
    {
        const char *toml;
        const char *key;
    };
    const Bad cases[] = {
        {"[kiosk]\nid='a'\ncenter_id='SB1'\nmode='gate'\n", "kiosk.mode"},
        {"[kiosk]\nid='a'\ncenter_id='SB1'\nverdict_seconds='6'\n", "kiosk.verdict_seconds"},
        {"[kiosk]\nid='a'\ncenter_id='SB1'\n[policy]\nearly_minuts=5\n", "policy.early_minuts"},
        {"[kiosk]\nid='a'\ncenter_id='SB1'\n[policy]\nlate_minutes=-5\n", "policy.late_minutes"},
        {"[kiosk]\nid='a'\ncenter_id='SB1'\n[sync]\nurl='http://hub.example'\n", "sync.url"},
        {"[kiosk]\nid=''\ncenter_id='SB1'\n", "kiosk.id"},
        {"[camera]\nsource='0'\n", "kiosk"},
    };
    for (const auto &b : cases) {
        auto c = parseConfig(b.toml, "/");
        ASSERT_FALSE(c) << b.toml;
        EXPECT_EQ(c.error().key, b.key) << b.toml << " -> " << c.error().message;
        EXPECT_FALSE(c.error().message.empty());
    }
}

TEST(KioskConfig, ReportsTheLineOfASyntaxError)
{
    auto c = parseConfig("[kiosk]\nid = \"a\"\ncenter_id = = 3\n", "/");
    ASSERT_FALSE(c);
    EXPECT_NE(c.error().message.find("line 3"), std::string::npos) << c.error().message;
}

TEST(KioskConfig, ReportsAMissingFile)
{
    auto c = loadConfig("/nonexistent/kiosk.toml");
    ASSERT_FALSE(c);
    EXPECT_NE(c.error().message.find("/nonexistent/kiosk.toml"), std::string::npos);
}
