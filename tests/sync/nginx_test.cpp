// The production layout: the hub behind a real nginx on loopback, configured from the shipped
// template sync/hub/deploy/nginx-hub.conf (TLS, kiosk certificates, limits), nginx run by the test.
#include "sync/client/failure.h"
#include "tests/sync/hubfixture.h"
#include "tests/sync/testcerts.h"

#include <arpa/inet.h>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <future>
#include <netinet/in.h>
#include <nlohmann/json.hpp>
#include <regex>
#include <spawn.h>
#include <sstream>
#include <sys/socket.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace checkin::sync;
using namespace std::chrono_literals;
using checkin::testing::TestCerts;
using nlohmann::json;

extern char **environ;

namespace {

int g_hostile = 0;

class HostileCount : public ::testing::Environment
{
public:
    void TearDown() override { std::printf("[ nginx ] hostile requests tried: %d\n", g_hostile); }
};
const auto *const g_env = ::testing::AddGlobalTestEnvironment(new HostileCount);

constexpr const char *kNginx = "/usr/sbin/nginx";

int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr);
    socklen_t len = sizeof addr;
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len);
    ::close(fd);
    return ntohs(addr.sin_port);
}

bool listening(int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const bool ok = ::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0;
    ::close(fd);
    return ok;
}

void replaceAll(std::string &text, const std::string &from, const std::string &to)
{
    for (size_t at = 0; (at = text.find(from, at)) != std::string::npos; at += to.size())
        text.replace(at, from.size(), to);
}

} // namespace

class HubBehindNginx : public checkin::testing::HubFixture
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(std::filesystem::exists(kNginx)) << "nginx is in kiosk-image/packages/build.txt";
        ASSERT_TRUE(m_certs.ok());
        auto o = hubOptions();
        o.trustedProxies = {"127.0.0.1"};
        o.adminToken = "desk-credential-0123456789";
        m_hub = std::make_unique<HubServer>(o);
        m_port = m_hub->start();
        ASSERT_GT(m_port, 0) << m_hub->error();
        m_hub->importText(checkin::testing::appointmentsCsv(3), ImportFormat::Csv);

        std::ifstream in(std::string(CHECKIN_SOURCE_DIR) + "/sync/hub/deploy/nginx-hub.conf");
        ASSERT_TRUE(in);
        std::stringstream site;
        site << in.rdbuf();
        std::string text = site.str();
        m_kioskPort = freePort();
        m_deskPort = freePort();
        replaceAll(text, "@KIOSK_LISTEN@", "127.0.0.1:" + std::to_string(m_kioskPort));
        replaceAll(text, "@DESK_LISTEN@", "127.0.0.1:" + std::to_string(m_deskPort));
        replaceAll(text, "@SERVER_NAME@", "127.0.0.1");
        replaceAll(text, "@CERT@", m_certs.path("hub.pem"));
        replaceAll(text, "@KEY@", m_certs.path("hub.key"));
        replaceAll(text, "@CLIENT_CA@", m_certs.path("ca.pem"));
        replaceAll(text, "@HUB@", "127.0.0.1:" + std::to_string(m_port));
        // Outside comments (the template's head explains "@NAME@"), every placeholder is known.
        const std::string code = std::regex_replace(text, std::regex("#[^\n]*"), "");
        std::smatch unknown;
        ASSERT_FALSE(std::regex_search(code, unknown, std::regex("@[A-Z_]+@")))
            << "a placeholder the test does not know: " << unknown.str();
        const auto prefix = m_dir.path() / "nginx";
        for (const char *kind : {"body", "proxy", "fastcgi", "uwsgi", "scgi"})
            std::filesystem::create_directories(prefix / "tmp" / kind);
        std::ofstream(prefix / "hub.conf") << text;
        // Each temp path its own folder: nginx refuses one path with two different levels.
        const auto temp = [&](const char *kind) { return (prefix / "tmp" / kind).string(); };
        std::ofstream(prefix / "nginx.conf")
            << "worker_processes 1;\npid " << (prefix / "nginx.pid").string() << ";\nerror_log stderr warn;\n"
            << "events { worker_connections 512; }\nhttp {\n  access_log off;\n"
            << "  client_body_temp_path " << temp("body") << " 1;\n"
            << "  proxy_temp_path " << temp("proxy") << " 1;\n"
            << "  fastcgi_temp_path " << temp("fastcgi") << ";\n"
            << "  uwsgi_temp_path " << temp("uwsgi") << ";\n"
            << "  scgi_temp_path " << temp("scgi") << ";\n"
            << "  include " << (prefix / "hub.conf").string() << ";\n}\n";
        // nginx runs unprivileged: its folder and the test keys must be readable by "nobody".
        namespace fs = std::filesystem;
        for (const auto &entry : fs::recursive_directory_iterator(m_dir.path()))
            fs::permissions(entry.path(),
                entry.is_directory() ? fs::perms::all
                                     : fs::perms::owner_all | fs::perms::group_read | fs::perms::others_read);
        fs::permissions(m_dir.path(), fs::perms::all);
        std::vector<std::string> args;
        if (::geteuid() == 0)
            args = {"/usr/bin/setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "--"};
        for (const std::string &a : {std::string(kNginx), std::string("-e"), std::string("stderr"),
                 std::string("-p"), prefix.string(), std::string("-c"), (prefix / "nginx.conf").string(),
                 std::string("-g"), std::string("daemon off;")})
            args.push_back(a);
        std::vector<char *> argv;
        for (auto &a : args)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        ASSERT_EQ(::posix_spawn(&m_nginx, argv[0], nullptr, nullptr, argv.data(), environ), 0);
        const auto deadline = std::chrono::steady_clock::now() + 10s;
        while (!(listening(m_kioskPort) && listening(m_deskPort))
            && std::chrono::steady_clock::now() < deadline) {
            int status = 0;
            ASSERT_EQ(::waitpid(m_nginx, &status, WNOHANG), 0) << "nginx exited at start";
            std::this_thread::sleep_for(20ms); // nginx starting; not a timing assumption
        }
        ASSERT_TRUE(listening(m_kioskPort) && listening(m_deskPort)) << "nginx did not listen in 10 s";
    }
    void TearDown() override
    {
        if (m_nginx > 0) {
            ::kill(m_nginx, SIGTERM);
            int status = 0;
            ::waitpid(m_nginx, &status, 0);
        }
    }
    HttpOptions kiosk(bool withCertificate = true) const
    {
        HttpOptions o;
        o.bearerToken = checkin::testing::kTokenA;
        o.caFile = m_certs.path("ca.pem");
        if (withCertificate) {
            o.clientCert = m_certs.path("kiosk.pem");
            o.clientKey = m_certs.path("kiosk.key");
        }
        return o;
    }
    std::string kioskUrl(const std::string &path) const
    {
        return "https://127.0.0.1:" + std::to_string(m_kioskPort) + path;
    }
    std::string deskUrl(const std::string &path) const
    {
        return "https://127.0.0.1:" + std::to_string(m_deskPort) + path;
    }

    TestCerts m_certs{m_dir.path().string()};
    pid_t m_nginx = -1;
    int m_kioskPort = 0;
    int m_deskPort = 0;
};

TEST_F(HubBehindNginx, ServesKiosksWithCertificatesAndWakesTheirLongPolls)
{
    HttpClient client(kiosk());
    auto first
        = client.get(kioskUrl(std::string("/v1/centers/SB1/appointments?from=") + checkin::testing::kDay));
    ASSERT_TRUE(first) << first.error().message;
    ASSERT_EQ(first->status, 200);
    const std::string cursor = json::parse(first->body)["cursor"];
    auto poll = std::async(std::launch::async, [&] {
        HttpClient waiting(kiosk());
        return waiting.get(kioskUrl(std::string("/v1/centers/SB1/appointments?from=") + checkin::testing::kDay
            + "&wait=20&cursor=" + cursor));
    });
    // The push parks nothing; the long-poll wakes on it through nginx.
    auto push = client.post(kioskUrl("/v1/push"),
        json{{"items",
                 json::array({{{"kind", "checkin"}, {"id", "c1"}, {"appointment_id", 1}, {"admitted", true},
                     {"scanned_at_ms", 5}}})}}
            .dump());
    ASSERT_TRUE(push) << push.error().message;
    EXPECT_EQ(push->status, 200);
    ASSERT_EQ(poll.wait_for(15s), std::future_status::ready);
    auto woken = poll.get();
    ASSERT_TRUE(woken) << woken.error().message;
    EXPECT_EQ(json::parse(woken->body)["admissions"].size(), 1u);
    EXPECT_EQ(m_hub->checkInCount(), 1);
}

TEST_F(HubBehindNginx, RefusesWhatItsLimitsForbid)
{
    ++g_hostile;
    HttpClient noCertificate(kiosk(false));
    auto refused = noCertificate.get(kioskUrl("/v1/health"));
    ASSERT_TRUE(refused) << refused.error().message;
    EXPECT_EQ(refused->status, 403);
    EXPECT_EQ(classify(*refused).kind, FailureClass::Unauthorized) << "retried later, nothing dropped";

    ++g_hostile;
    HttpClient client(kiosk());
    auto big = client.post(kioskUrl("/v1/push"), std::string(8 * 1024 * 1024, ' '));
    ASSERT_TRUE(big) << big.error().message;
    EXPECT_EQ(big->status, 413);

    ++g_hostile;
    auto ranged = client.send(
        HttpRequest{"GET", kioskUrl("/v1/health"), {}, {}, {{"Range", "bytes=0-1,3-4,6-7"}}, {}});
    ASSERT_TRUE(ranged);
    EXPECT_EQ(ranged->status, 200);
    EXPECT_EQ(ranged->headers.count("content-range"), 0u);

    ++g_hostile;
    auto desk = client.get(kioskUrl("/helpdesk/login"));
    ASSERT_TRUE(desk);
    EXPECT_EQ(desk->status, 404) << "the kiosk port serves the kiosk API only";
}

TEST_F(HubBehindNginx, SignsTheDeskInWithASecureCookieBehindTheProxy)
{
    HttpOptions o;
    o.caFile = m_certs.path("ca.pem");
    HttpClient browser(o);
    const std::string origin = "https://127.0.0.1:" + std::to_string(m_deskPort);
    auto login = browser.send(
        HttpRequest{"POST", deskUrl("/helpdesk/login"), "credential=desk-credential-0123456789",
            "application/x-www-form-urlencoded", {{"Origin", origin}}, {}});
    ASSERT_TRUE(login) << login.error().message;
    EXPECT_EQ(login->status, 303);
    const auto cookie = login->headers["set-cookie"];
    EXPECT_NE(cookie.find("; Secure"), std::string::npos)
        << "X-Forwarded-Proto from the trusted proxy: " << cookie;
    auto page = browser.send(HttpRequest{
        "GET", deskUrl("/helpdesk"), {}, {}, {{"Cookie", cookie.substr(0, cookie.find(';'))}}, {}});
    ASSERT_TRUE(page);
    EXPECT_EQ(page->status, 200);
    EXPECT_FALSE(page->headers["content-security-policy"].empty());
    EXPECT_FALSE(page->headers["strict-transport-security"].empty());
    HttpOptions admin = o;
    admin.bearerToken = "desk-credential-0123456789";
    HttpClient api(admin);
    auto clearing = api.get(deskUrl("/v1/clearing"));
    ASSERT_TRUE(clearing);
    EXPECT_EQ(clearing->status, 200);
}
