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
    EXPECT_EQ(c->searchNames, NamePrivacy::Briefly) << "names leave the search screen by default";
    EXPECT_EQ(c->policy.selfServiceConfirm, SelfServiceConfirm::Desk) << "a tap alone admits nobody";
}

TEST(KioskConfig, ReadsTheNamePrivacyAndTheSelfServiceSecondFactor)
{
    auto c = parseConfig(R"(
[kiosk]
id = "sb-03"
center_id = "SB1"
search_names = "on-hold"
search_name_seconds = 10
[policy]
self_service_confirm = "postal-code"
)",
        "/");
    ASSERT_TRUE(c) << c.error().key << " " << c.error().message;
    EXPECT_EQ(c->searchNames, NamePrivacy::OnHold);
    EXPECT_EQ(c->searchNameSeconds, 10);
    EXPECT_EQ(c->policy.selfServiceConfirm, SelfServiceConfirm::PostalCode);
    c = parseConfig(
        "[kiosk]\nid='a'\ncenter_id='SB1'\n[policy]\nself_service_confirm='booking-reference'\n", "/");
    ASSERT_TRUE(c);
    EXPECT_EQ(c->policy.selfServiceConfirm, SelfServiceConfirm::BookingReference);
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
        {"[kiosk]\nid='a'\ncenter_id='SB1'\n[policy]\nlate_policy='maybe'\n", "policy.late_policy"},
        {"[kiosk]\nid='a'\ncenter_id='SB1'\n[policy]\nclock_skew_seconds=0\n", "policy.clock_skew_seconds"},
        {"[kiosk]\nid='a'\ncenter_id='SB1'\n[policy]\nannul_minutes=99999\n", "policy.annul_minutes"},
        {"[kiosk]\nid='a'\ncenter_id='SB1'\n[policy]\nlegacy_shapes='XXX'\n", "policy.legacy_shapes"},
        {"[kiosk]\nid='a'\ncenter_id='SB1'\n[policy]\nlegacy_shapes=['CK1:XXXXXX']\n",
            "policy.legacy_shapes"},
        {"[kiosk]\nid='a'\ncenter_id='SB1'\n[policy]\nduplicate_repeat_seconds=-1\n",
            "policy.duplicate_repeat_seconds"},
        {"[kiosk]\nid='a'\ncenter_id='SB1'\n[trust]\nroot_public_key='abc'\n", "trust.root_public_key"},
        {"[kiosk]\nid='a'\ncenter_id='SB1'\n[trust]\nroot_key='abc'\n", "trust.root_key"},
        {"[kiosk]\nid='a'\ncenter_id='SB1'\n[centers]\nSLS=3\n", "centers.SLS"},
        {"[kiosk]\nid='a'\ncenter_id='SB1'\nsearch_names='hidden'\n", "kiosk.search_names"},
        {"[kiosk]\nid='a'\ncenter_id='SB1'\nsearch_name_seconds=1\n", "kiosk.search_name_seconds"},
        {"[kiosk]\nid='a'\ncenter_id='SB1'\n[policy]\nself_service_confirm='tap'\n",
            "policy.self_service_confirm"},
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

TEST(KioskConfig, LoadsThePolicyAndTrustSettings)
{
    auto c = parseConfig(R"(
[kiosk]
id = "sb-03"
center_id = "SB1"
[policy]
early_minutes = 20
early_wait_minutes = 5
late_minutes = 30
late_policy = "desk"
duplicate_repeat_seconds = 60
legacy_shapes = ["XXX-XXXX-XXXX", "AA99-XXXX"]
clock_skew_seconds = 90
annul_minutes = 10
[trust]
root_public_key = "00112233445566778899AABBCCDDEEFF00112233445566778899aabbccddeeff"
key_list_file = "keys.txt"
[centers]
SLS = "Impfzentrum Saarlouis"
)",
        "/var/lib/checkin");
    ASSERT_TRUE(c) << c.error().key << " " << c.error().message;
    const Policy &p = c->policy;
    EXPECT_EQ(p.earlyMinutes, 20);
    EXPECT_EQ(p.earlyWaitMinutes, 5);
    EXPECT_EQ(p.lateMinutes, 30);
    EXPECT_EQ(p.latePolicy, LatePolicy::Desk);
    EXPECT_EQ(p.duplicateRepeatSeconds, 60);
    EXPECT_EQ(p.legacyShapes, (std::vector<std::string>{"XXX-XXXX-XXXX", "AA99-XXXX"}));
    EXPECT_EQ(p.clockSkewSeconds, 90);
    EXPECT_EQ(p.annulMinutes, 10);
    ASSERT_TRUE(p.rootPublicKey);
    EXPECT_EQ((*p.rootPublicKey)[10], 0xAA);
    EXPECT_EQ(p.keyListFile, "/var/lib/checkin/keys.txt");
    EXPECT_EQ(p.centerNames.at("SLS"), "Impfzentrum Saarlouis");
    EXPECT_TRUE(matchesLegacyShape(p, "SB1-4K7T-93QX"));
    EXPECT_TRUE(matchesLegacyShape(p, "AB12-4K7T"));
    EXPECT_FALSE(matchesLegacyShape(p, "A112-4K7T"));
    EXPECT_FALSE(matchesLegacyShape(p, "sb1-4k7t-93qx"));
}
