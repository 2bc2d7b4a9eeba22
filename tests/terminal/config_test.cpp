// Kiosk config: valid files load; every mistake names its key.
#include "terminal/core/config.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <unistd.h>

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
    ASSERT_TRUE(c) << describe(c.error());
    EXPECT_EQ(c->mode, KioskMode::SelfService);
    EXPECT_EQ(c->policy.kioskId, "sb-03");
    EXPECT_EQ(c->policy.earlyMinutes, 15);
    EXPECT_EQ(c->syncTokenFile, "/boot/kiosk/token");
    EXPECT_EQ(c->centerName, "Impfzentrum Saarbrücken");
    EXPECT_EQ(c->searchNames, NamePrivacy::Briefly) << "names leave the search screen by default";
    EXPECT_EQ(c->policy.selfServiceConfirm, SelfServiceConfirm::Desk) << "a tap alone admits nobody";
    EXPECT_EQ(c->verdictRememberSeconds, 15);
    EXPECT_TRUE(c->printerUri.empty()) << "no printer unless one is configured";
}

namespace {
/// A valid config with `kiosk` added to its [kiosk] section and `sections` after it.
std::string withBase(const std::string &kiosk, const std::string &sections)
{
    return "[kiosk]\nid='a'\ncenter_id='SB1'\ncenter_name='C'\n" + kiosk + "[camera]\nsource='0'\n"
        + sections;
}
} // namespace

TEST(KioskConfig, ReadsVerdictTimesPrinterAndHeadphoneJack)
{
    auto c = parseConfig(withBase("mode='self-service'\nverdict_seconds=8\nverdict_remember_seconds=25\n"
                                  "verdict_touch_seconds=12\n",
                             "[printer]\nuri='ipp://127.0.0.1:8631/ipp/print'\n[accessibility]\n"
                             "headphone_device='/dev/input/by-path/platform-sound-event'\n"),
        "/");
    ASSERT_TRUE(c) << describe(c.error());
    EXPECT_EQ(c->verdictSeconds, 8);
    EXPECT_EQ(c->verdictRememberSeconds, 25);
    EXPECT_EQ(c->verdictTouchSeconds, 12);
    EXPECT_EQ(c->printerUri, "ipp://127.0.0.1:8631/ipp/print");
    EXPECT_EQ(c->headphoneDevice, "/dev/input/by-path/platform-sound-event");
    // A long ordinary verdict without its own remember time: the remember time follows it.
    c = parseConfig(withBase("mode='staff'\nverdict_seconds=30\n", ""), "/");
    ASSERT_TRUE(c) << describe(c.error());
    EXPECT_EQ(c->verdictRememberSeconds, 30);
}

TEST(KioskConfig, NamesTheBadKey)
{
    struct Bad
    {
        std::string toml;
        const char *key;
    };
    const std::string staff = "mode='staff'\n";
    const Bad cases[] = {
        {withBase("mode='gate'\n", ""), "kiosk.mode"},
        {withBase("", ""), "kiosk.mode"},
        {withBase(staff + "verdict_seconds='6'\n", ""), "kiosk.verdict_seconds"},
        {withBase(staff + "language='xx'\n", ""), "kiosk.language"},
        {withBase(staff + "time_zone='Europe/Berln'\n", ""), "kiosk.time_zone"},
        {withBase(staff, "[policy]\nearly_minuts=5\n"), "policy.early_minuts"},
        {withBase(staff, "[policy]\nlate_minutes=-5\n"), "policy.late_minutes"},
        {withBase(staff, "[sync]\nurl='http://hub.example'\ntoken_file='t'\n"), "sync.url"},
        {withBase(staff, "[sync]\nurl='https://hub.example'\n"), "sync.token_file"},
        {"[kiosk]\nid=''\nmode='staff'\ncenter_id='SB1'\ncenter_name='C'\n[camera]\nsource='0'\n",
            "kiosk.id"},
        {"[kiosk]\nid='a'\nmode='staff'\ncenter_id='SB1'\n[camera]\nsource='0'\n", "kiosk.center_name"},
        {"[camera]\nsource='0'\n", "kiosk"},
        {"[kiosk]\nid='a'\nmode='staff'\ncenter_id='SB1'\ncenter_name='C'\n", "camera"},
        {"[kiosk]\nid='a'\nmode='staff'\ncenter_id='SB1'\ncenter_name='C'\n[camera]\nsource='0'\nfps=0\n",
            "camera.fps"},
        {withBase(staff, "[policy]\nlate_policy='maybe'\n"), "policy.late_policy"},
        {withBase(staff + "search_names='hidden'\n", ""), "kiosk.search_names"},
        {withBase(staff + "search_name_seconds=1\n", ""), "kiosk.search_name_seconds"},
        {withBase(staff, "[policy]\nself_service_confirm='tap'\n"), "policy.self_service_confirm"},
        {withBase(staff, "[policy]\nclock_skew_seconds=0\n"), "policy.clock_skew_seconds"},
        {withBase(staff, "[policy]\nannul_minutes=99999\n"), "policy.annul_minutes"},
        {withBase(staff, "[policy]\nlegacy_shapes='XXX'\n"), "policy.legacy_shapes"},
        {withBase(staff, "[policy]\nlegacy_shapes=['CK1:XXXXXX']\n"), "policy.legacy_shapes"},
        {withBase(staff, "[policy]\nduplicate_repeat_seconds=-1\n"), "policy.duplicate_repeat_seconds"},
        {withBase(staff, "[trust]\nroot_public_key='abc'\n"), "trust.root_public_key"},
        {withBase(staff, "[trust]\nroot_key='abc'\n"), "trust.root_key"},
        {withBase(staff, "[centers]\nSLS=3\n"), "centers.SLS"},
        {withBase(staff, "[sync]\npin_sha256='abc'\n"), "sync.pin_sha256"},
        {withBase(staff, "[sync]\nclient_cert='k.pem'\n"), "sync.client_key"},
        {withBase(staff, "[sync]\nclient_key='k.key'\n"), "sync.client_cert"},
        {withBase(staff, "[sync]\nca_file=3\n"), "sync.ca_file"},
        {withBase(staff + "verdict_seconds=20\nverdict_remember_seconds=10\n", ""),
            "kiosk.verdict_remember_seconds"},
        {withBase(staff + "verdict_touch_seconds=0\n", ""), "kiosk.verdict_touch_seconds"},
        {withBase(staff, "[printer]\nuri='http://printer'\n"), "printer.uri"},
        {withBase(staff, "[printer]\nqueue='x'\n"), "printer.queue"},
        {withBase(staff, "[accessibility]\nheadphone_device='/tmp/x'\n"), "accessibility.headphone_device"},
    };
    for (const auto &b : cases) {
        auto c = parseConfig(b.toml, "/");
        ASSERT_FALSE(c) << b.toml;
        ASSERT_EQ(c.error().size(), 1u) << b.toml << " -> " << describe(c.error());
        EXPECT_EQ(c.error().front().key, b.key) << b.toml << " -> " << describe(c.error());
        EXPECT_FALSE(c.error().front().message.empty());
    }
    ASSERT_TRUE(parseConfig(withBase(staff, ""), "/")) << "the base of the cases is valid";
}

TEST(KioskConfig, ListsEveryProblemAtOnce)
{
    auto c = parseConfig(
        "[kiosk]\nid='a'\nmode='gate'\ncenter_id='SB1'\nlanguage='xx'\ntime_zone='Mars/Olympus'\n"
        "[camera]\nsource='0'\nfps=0\n[policy]\nlate_minutes=-1\n",
        "/");
    ASSERT_FALSE(c);
    std::vector<std::string> keys;
    for (const auto &e : c.error())
        keys.push_back(e.key);
    EXPECT_EQ(keys,
        (std::vector<std::string>{"kiosk.mode", "kiosk.center_name", "kiosk.language", "kiosk.time_zone",
            "camera.fps", "policy.late_minutes"}))
        << describe(c.error());
}

TEST(KioskConfig, ChecksTheFilesItNames)
{
    const auto dir = std::filesystem::temp_directory_path() / ("config-test-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const auto path = dir / "kiosk.toml";
    std::ofstream(path) << withBase(
        "mode='staff'\n", "[sync]\nurl='https://hub.example'\ntoken_file='token'\n");
    auto missing = loadConfig(path.string());
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().front().key, "sync.token_file") << describe(missing.error());
    std::ofstream(dir / "token") << "0123456789abcdef0123456789abcdef\n";
    auto present = loadConfig(path.string());
    EXPECT_TRUE(present) << describe(present.error());
    std::filesystem::remove_all(dir);
}

TEST(KioskConfig, ReportsTheLineOfASyntaxError)
{
    auto c = parseConfig("[kiosk]\nid = \"a\"\ncenter_id = = 3\n", "/");
    ASSERT_FALSE(c);
    EXPECT_NE(describe(c.error()).find("line 3"), std::string::npos) << describe(c.error());
}

TEST(KioskConfig, ReportsAMissingFile)
{
    auto c = loadConfig("/nonexistent/kiosk.toml");
    ASSERT_FALSE(c);
    EXPECT_NE(describe(c.error()).find("/nonexistent/kiosk.toml"), std::string::npos);
}

TEST(KioskConfig, LoadsThePolicyAndTrustSettings)
{
    auto c = parseConfig(R"(
[kiosk]
id = "sb-03"
mode = "staff"
center_id = "SB1"
center_name = "Impfzentrum Saarbrücken"
[camera]
source = "/dev/video0"
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
    ASSERT_TRUE(c) << describe(c.error());
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

TEST(KioskConfig, LoadsTheTlsTrustOfTheHub)
{
    auto c = parseConfig(R"(
[kiosk]
id = "sb-03"
mode = "staff"
center_id = "SB1"
center_name = "Impfzentrum Saarbrücken"
[camera]
source = "/dev/video0"
[sync]
url = "https://hub.example"
token_file = "token"
ca_file = "hub-ca.pem"
pin_sha256 = "sha256//47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=;47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="
client_cert = "/etc/kiosk/kiosk.pem"
client_key = "kiosk.key"
)",
        "/boot/kiosk");
    ASSERT_TRUE(c) << describe(c.error());
    EXPECT_EQ(c->syncTls.caFile, "/boot/kiosk/hub-ca.pem");
    EXPECT_EQ(c->syncTls.pin,
        "sha256//47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=;sha256//47DEQpj8HBSa+/"
        "TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
    EXPECT_EQ(c->syncTls.clientCert, "/etc/kiosk/kiosk.pem");
    EXPECT_EQ(c->syncTls.clientKey, "/boot/kiosk/kiosk.key");
}

TEST(KioskConfig, ReadsTheNamePrivacyAndTheSelfServiceSecondFactor)
{
    auto c = parseConfig(withBase("mode='staff'\nsearch_names='on-hold'\nsearch_name_seconds=10\n",
                             "[policy]\nself_service_confirm='postal-code'\n"),
        "/");
    ASSERT_TRUE(c) << describe(c.error());
    EXPECT_EQ(c->searchNames, NamePrivacy::OnHold);
    EXPECT_EQ(c->searchNameSeconds, 10);
    EXPECT_EQ(c->policy.selfServiceConfirm, SelfServiceConfirm::PostalCode);
    c = parseConfig(withBase("mode='staff'\n", "[policy]\nself_service_confirm='booking-reference'\n"), "/");
    ASSERT_TRUE(c);
    EXPECT_EQ(c->policy.selfServiceConfirm, SelfServiceConfirm::BookingReference);
}

TEST(KioskConfig, RefusesCharactersOutsideQuotesThatTheTomlReaderCannotClassify)
{
    // Found by config_fuzz: toml++ 3.3's whitespace classifier reaches __builtin_unreachable() for
    // most code points from U+00A1 on, and it is asked about every character outside strings and
    // comments. Such text is refused with its line before toml++ reads it.
    const std::string base = withBase("mode='staff'\n", "");
    const std::string bad[] = {base
            + "stra\xc3\x9f"
              "e = 1\n",
        "\xcc\xaa", base + "[policy]\nlate_minutes\xc2\xa7 = 5\n", base + "x = \"\"\"\\\n  \xc2\xa7\"\"\"\n"};
    for (const auto &text : bad) {
        auto c = parseConfig(text, "/");
        ASSERT_FALSE(c) << text;
        EXPECT_NE(c.error().front().message.find("not ASCII"), std::string::npos) << describe(c.error());
    }
    auto line = parseConfig("[kiosk]\nid='a'\n\nname = Müller\n", "/");
    ASSERT_FALSE(line);
    EXPECT_NE(line.error().front().message.find("line 4"), std::string::npos) << describe(line.error());
    // Strings and comments keep any text.
    auto c = parseConfig(withBase("mode='staff'\n",
                             "# Saarbrücken, Straße\n[centers]\nSLS = '''Saarlouis §'''\nSB2 = \"Köln\"\n"),
        "/");
    ASSERT_TRUE(c) << describe(c.error());
    EXPECT_EQ(c->policy.centerNames.at("SLS"), "Saarlouis §");
    EXPECT_EQ(c->policy.centerNames.at("SB2"), "Köln");
}
