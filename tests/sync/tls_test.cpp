// TLS end to end on loopback with certificates the test makes: the hub serves TLS (and mTLS), the
// kiosk's client trusts only its CA or pin; impostors, wrong pins and missing client certificates fail.
#include "sync/client/failure.h"
#include "terminal/core/config.h"
#include "tests/sync/hubfixture.h"
#include "tests/sync/testcerts.h"

#include <array>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>

using namespace checkin::sync;
using checkin::testing::TestCerts;

namespace {

int g_hostile = 0;

class HostileCount : public ::testing::Environment
{
public:
    void TearDown() override { std::printf("[ tls ] hostile connections tried: %d\n", g_hostile); }
};
const auto *const g_env = ::testing::AddGlobalTestEnvironment(new HostileCount);

std::string runCommand(const std::string &command, int &exitCode)
{
    FILE *pipe = ::popen((command + " 2>&1").c_str(), "r");
    std::string output;
    std::array<char, 512> buf{};
    while (pipe && std::fgets(buf.data(), buf.size(), pipe))
        output += buf.data();
    const int rc = pipe ? ::pclose(pipe) : -1;
    exitCode = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
    return output;
}

} // namespace

class HubTls : public checkin::testing::HubFixture
{
protected:
    void SetUp() override { ASSERT_TRUE(m_certs.ok()) << "openssl could not make the test certificates"; }
    void startTls(const std::string &cert, const std::string &clientCa = {})
    {
        auto o = hubOptions();
        o.certPath = m_certs.path(cert + ".pem");
        o.keyPath = m_certs.path(cert + ".key");
        if (!clientCa.empty())
            o.clientCaPath = m_certs.path(clientCa + ".pem");
        o.adminToken = "desk-credential-0123456789";
        m_hub = std::make_unique<HubServer>(o);
        m_port = m_hub->start();
        ASSERT_GT(m_port, 0) << m_hub->error();
    }
    std::string https(const std::string &path) const
    {
        return "https://127.0.0.1:" + std::to_string(m_port) + path;
    }
    HttpOptions kiosk(const std::string &client = {}) const
    {
        HttpOptions o;
        o.bearerToken = checkin::testing::kTokenA;
        o.caFile = m_certs.path("ca.pem");
        if (!client.empty()) {
            o.clientCert = m_certs.path(client + ".pem");
            o.clientKey = m_certs.path(client + ".key");
        }
        return o;
    }
    void expectRefused(HttpOptions options, const char *why)
    {
        ++g_hostile;
        HttpClient client(std::move(options));
        auto r = client.get(https("/v1/keys"));
        ASSERT_FALSE(r) << why << ": got HTTP " << r->status;
        EXPECT_EQ(r.error().kind, TransportErrorKind::Tls) << why << ": " << r.error().message;
        EXPECT_EQ(classify(r.error()).kind, FailureClass::Unauthorized) << why;
    }

    TestCerts m_certs{m_dir.path().string()};
};

TEST_F(HubTls, ServesKiosksThatTrustItsCa)
{
    startTls("hub");
    HttpClient client(kiosk());
    auto health = client.get(https("/v1/health"));
    ASSERT_TRUE(health) << health.error().message;
    EXPECT_EQ(health->status, 200);
    auto keys = client.get(https("/v1/keys"));
    ASSERT_TRUE(keys) << keys.error().message;
    EXPECT_NE(keys->status, 401);
}

TEST_F(HubTls, RefusesAnImpostorAndAWrongPin)
{
    startTls("impostor");
    expectRefused(kiosk(), "a certificate from another CA");
    m_hub->stop();
    startTls("hub");
    auto pinned = kiosk();
    pinned.pinnedPublicKey = m_certs.pin("impostor");
    expectRefused(pinned, "a CA-signed certificate with another key than the pinned one");
    pinned.pinnedPublicKey = m_certs.pin("hub");
    HttpClient right(pinned);
    auto ok = right.get(https("/v1/health"));
    ASSERT_TRUE(ok) << ok.error().message;
    EXPECT_EQ(ok->status, 200);
}

TEST_F(HubTls, WantsAKioskCertificateFromItsClientCa)
{
    startTls("hub", "ca");
    expectRefused(kiosk(), "no client certificate");
    expectRefused(kiosk("rogue-kiosk"), "a client certificate from another CA");
    HttpClient client(kiosk("kiosk"));
    auto ok = client.get(https("/v1/health"));
    ASSERT_TRUE(ok) << ok.error().message;
    EXPECT_EQ(ok->status, 200);
}

TEST_F(HubTls, MarksTheDeskCookieSecure)
{
    startTls("hub");
    HttpOptions o;
    o.caFile = m_certs.path("ca.pem");
    HttpClient browser(o);
    const std::string origin = "https://127.0.0.1:" + std::to_string(m_port);
    auto r
        = browser.send(HttpRequest{"POST", https("/helpdesk/login"), "credential=desk-credential-0123456789",
            "application/x-www-form-urlencoded", {{"Origin", origin}}, {}});
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_EQ(r->status, 303);
    EXPECT_NE(r->headers["set-cookie"].find("; Secure"), std::string::npos) << r->headers["set-cookie"];
    ++g_hostile;
    auto plainOrigin = browser.send(HttpRequest{"POST", https("/helpdesk/login"),
        "credential=desk-credential-0123456789", "application/x-www-form-urlencoded",
        {{"Origin", "http://127.0.0.1:" + std::to_string(m_port)}}, {}});
    ASSERT_TRUE(plainOrigin);
    EXPECT_EQ(plainOrigin->status, 403) << "a plain-http page may not post to the TLS desk";
}

TEST_F(HubTls, KioskConfigCarriesCaPinAndClientCertificateToCheckinctl)
{
    startTls("hub", "ca");
    m_hub->importText(checkin::testing::appointmentsCsv(2), ImportFormat::Csv);
    std::ofstream(m_dir.file("token")) << checkin::testing::kTokenA << "\n";
    auto pin = m_certs.pin("hub");
    const auto write = [&](const std::string &name, const std::string &client, const std::string &pinText) {
        std::ofstream out(m_dir.file(name));
        out << "[kiosk]\nid = \"kiosk-a\"\nmode = \"staff\"\ncenter_id = \"SB1\"\ncenter_name = \"Test\"\n"
            << "[camera]\nsource = \"/dev/video0\"\n[sync]\nurl = \"" << https("") << "\"\n"
            << "token_file = \"token\"\nca_file = \"ca.pem\"\npin_sha256 = \"" << pinText << "\"\n";
        if (!client.empty())
            out << "client_cert = \"" << client << ".pem\"\nclient_key = \"" << client << ".key\"\n";
    };
    write("kiosk.toml", "kiosk", pin.substr(8));
    auto config = checkin::core::loadConfig(m_dir.file("kiosk.toml"));
    ASSERT_TRUE(config) << checkin::core::describe(config.error());
    EXPECT_EQ(config->syncTls.caFile, m_certs.path("ca.pem")) << "relative to the config file";
    EXPECT_EQ(config->syncTls.pin, pin);
    EXPECT_EQ(config->syncTls.clientKey, m_certs.path("kiosk.key"));

    const std::string ctl = std::string(CHECKINCTL_BINARY) + " sync once --cache "
        + m_dir.file("kiosk.sqlite") + " --day " + checkin::testing::kDay + " --config ";
    int rc = 0;
    auto out = runCommand(ctl + m_dir.file("kiosk.toml"), rc);
    EXPECT_EQ(rc, 0) << out;
    EXPECT_NE(out.find("sync: ok"), std::string::npos) << out;
    EXPECT_NE(out.find("appointments: 2"), std::string::npos) << out;

    write("no-cert.toml", "", pin.substr(8));
    ++g_hostile;
    out = runCommand(ctl + m_dir.file("no-cert.toml"), rc);
    EXPECT_NE(out.find("sync: FAILED"), std::string::npos) << out;
    EXPECT_NE(out.find("failure: \"unauthorized\""), std::string::npos) << out;

    write("wrong-pin.toml", "kiosk", m_certs.pin("impostor").substr(8));
    ++g_hostile;
    out = runCommand(ctl + m_dir.file("wrong-pin.toml"), rc);
    EXPECT_NE(out.find("failure: \"unauthorized\""), std::string::npos) << out;
}
