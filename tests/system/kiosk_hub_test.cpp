// System test: the real checkin-hub and the real checkin-terminal processes on loopback, with an
// image sequence as the camera, as a center runs them.
#include "scanner/scenes/scenerenderer.h"
#include "sync/client/httpclient.h"
#include "terminal/codes/bookingcode.h"
#include "terminal/codes/keylist.h"
#include "terminal/core/localtime.h"
#include "tests/support/tempdir.h"

#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <fstream>
#include <gtest/gtest.h>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <spawn.h>
#include <sstream>
#include <sys/wait.h>
#include <thread>

extern char **environ;

namespace {

using namespace checkin;
using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

std::string readAll(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string hex(const core::PublicKey &key)
{
    static const char *digits = "0123456789abcdef";
    std::string out;
    for (uint8_t b : key) {
        out += digits[b >> 4];
        out += digits[b & 15];
    }
    return out;
}

/// A child process with its stderr in a file; killed when it goes out of scope.
class Process
{
public:
    Process(std::vector<std::string> args, const fs::path &log, std::vector<std::string> env = {})
        : m_log(log)
    {
        std::vector<char *> argv;
        for (auto &a : args)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        std::vector<std::string> envStrings(env);
        for (char **e = environ; *e; ++e)
            envStrings.emplace_back(*e);
        std::vector<char *> envp;
        for (auto &e : envStrings)
            envp.push_back(e.data());
        envp.push_back(nullptr);
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_addopen(&actions, 2, log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
        posix_spawn_file_actions_addopen(&actions, 1, log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
        if (posix_spawn(&m_pid, argv[0], &actions, nullptr, argv.data(), envp.data()) != 0)
            m_pid = -1;
        posix_spawn_file_actions_destroy(&actions);
    }
    ~Process() { stop(SIGKILL); }
    /// Ends the process; returns its exit status (or -1).
    int stop(int signal = SIGTERM)
    {
        if (m_pid <= 0)
            return -1;
        ::kill(m_pid, signal);
        int status = 0;
        ::waitpid(m_pid, &status, 0);
        m_pid = -1;
        return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }
    /// Still running (not exited, not crashed); does not reap it.
    bool running() const
    {
        if (m_pid <= 0)
            return false;
        siginfo_t info{};
        return ::waitid(P_PID, static_cast<id_t>(m_pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0
            && info.si_pid == 0;
    }
    /// Waits for the process to end by itself; its exit status, or -1 (killed, or still running at
    /// the deadline).
    int waitExit(std::chrono::seconds deadline)
    {
        const auto end = Clock::now() + deadline;
        while (m_pid > 0 && Clock::now() < end) {
            int status = 0;
            if (::waitpid(m_pid, &status, WNOHANG) == m_pid) {
                m_pid = -1;
                return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        return -1;
    }
    std::string log() const { return readAll(m_log); }
    /// Waits until the log matches `pattern` (or the deadline); returns the first match's group 1.
    std::optional<std::string> waitFor(const std::string &pattern, std::chrono::seconds deadline) const
    {
        const std::regex re(pattern);
        const auto end = Clock::now() + deadline;
        while (Clock::now() < end) {
            std::smatch m;
            const std::string text = log();
            if (std::regex_search(text, m, re))
                return m.size() > 1 ? m[1].str() : m[0].str();
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        return std::nullopt;
    }
    /// How many times `pattern` occurs in the log so far.
    size_t count(const std::string &pattern) const
    {
        const std::regex re(pattern);
        const std::string text = log();
        return static_cast<size_t>(std::distance(std::sregex_iterator(text.begin(), text.end(), re), {}));
    }

private:
    fs::path m_log;
    pid_t m_pid = -1;
};

constexpr const char *kKioskToken = "kiosk-sb-01-token-0123456789abcdef";
constexpr const char *kPeerToken = "kiosk-sb-02-token-0123456789abcdef";
constexpr const char *kAdminToken = "admin-desk-token-0123456789abcdef";

class KioskAndHub : public ::testing::Test
{
protected:
    void SetUp() override
    {
        today = core::toLocal(std::chrono::system_clock::now()).day;
        const int64_t nowS = std::chrono::duration_cast<std::chrono::seconds>(
            std::chrono::system_clock::now().time_since_epoch())
                                 .count();
        from = nowS - 86400;
        to = nowS + 86400 * 30;
        // Today's appointments, a slot a few minutes ahead so that every code is on time.
        const int minute = core::toLocal(std::chrono::system_clock::now()).minuteOfDay;
        slotStart = std::min(1380, minute + 5);
        slotEnd = slotStart + 59;
        std::ofstream csv(dir.file("today.csv"));
        csv << "id,booking_ref,center_id,day,slot_start,slot_end,family_name,given_name,code\n";
        for (int id = 1; id <= 4; ++id)
            csv << id << ",SB1-TEST-000" << id << ",SB1," << today << "," << slotStart << "," << slotEnd
                << ",Person" << id << ",Test,"
                << code(id, id == 2 || id == 4 ? key2 : key1, id == 2 || id == 4 ? 2 : 1) << "\n";
        csv.close();
        writeFile("list-v1.txt", keyList(1, false).sign(root));
        writeFile("root.public", hex(root.publicKey()) + "\n");
        writeFile("token", std::string(kKioskToken) + "\n");
        showCode({}); // an empty hallway until the first arrival
    }

    core::KeyList keyList(int64_t version, bool rotated) const
    {
        std::vector<core::KeyEntry> keys;
        keys.push_back({1, key1.publicKey(), from, to, rotated, {"SB1"}});
        if (rotated)
            keys.push_back({2, key2.publicKey(), from, to, false, {"SB1"}});
        return core::KeyList(version, to, keys, {});
    }

    std::string code(int64_t id, const core::SigningKey &key, uint16_t keyId) const
    {
        return core::bookingcode::issue({keyId, id, "SB1", today, slotStart, slotEnd}, key).value();
    }

    void writeFile(const std::string &name, const std::string &text) const
    {
        std::ofstream(dir.file(name), std::ios::binary) << text;
    }

    /// The camera's picture from the next frame on: a person holding up `text` (none: nobody).
    /// Frames are replaced atomically; the sequence plays in a loop.
    void showCode(const std::optional<std::string> &text) const
    {
        fs::create_directories(dir.path() / "camera");
        for (int i = 0; i < kFrames; ++i) {
            std::vector<scanner::PlacedCode> codes;
            if (text && i < kFrames / 2)
                codes.push_back({*text, 0.5, 0.5, 0.6, 0});
            char name[32];
            std::snprintf(name, sizeof name, "img_%03d.png", i);
            const fs::path tmp = dir.path() / "camera" / (std::string("tmp-") + name);
            ASSERT_TRUE(scanner::writeScene(codes, {}, tmp.string(), 640, 480, static_cast<uint32_t>(i + 1)));
            fs::rename(tmp, dir.path() / "camera" / name);
        }
    }

    /// A person holds `text` up until the kiosk logs `pattern` (or the deadline); between tries
    /// they lower it for longer than the scanner's cooldown, so each try is a new scan. Returns
    /// the number of tries, 0 when the pattern never came.
    int presentUntil(const Process &kiosk, const std::string &text, const std::string &pattern,
        std::chrono::seconds deadline) const
    {
        const auto end = Clock::now() + deadline;
        for (int tries = 1; Clock::now() < end; ++tries) {
            showCode(text);
            if (kiosk.waitFor(pattern, std::chrono::seconds(6)))
                return tries;
            showCode({});
            std::this_thread::sleep_for(std::chrono::milliseconds(3500));
        }
        return 0;
    }

    std::unique_ptr<Process> startHub(const std::string &log)
    {
        // Credentials come from files, never from the command line (ps shows it).
        writeFile("kiosks.txt", std::string("sb-01 SB1 ") + kKioskToken + "\nsb-02 SB1 " + kPeerToken + "\n");
        writeFile("desk-token", std::string(kAdminToken) + "\n");
        std::vector<std::string> args{std::string(CHECKIN_HUB), "--db", dir.file("hub.sqlite"), "--port",
            std::to_string(port), "--tokens-file", dir.file("kiosks.txt"), "--admin-token-file",
            dir.file("desk-token"), "--key-list", dir.file("list-v1.txt"), "--root-public",
            dir.file("root.public")};
        if (!imported) {
            args.push_back("--import");
            args.push_back(dir.file("today.csv"));
            imported = true;
        }
        auto hub = std::make_unique<Process>(args, dir.path() / log);
        const auto bound = hub->waitFor("listening on [^ ]*:([0-9]+)", std::chrono::seconds(30));
        EXPECT_TRUE(bound) << hub->log();
        if (bound)
            port = std::stoi(*bound);
        return hub;
    }

    std::unique_ptr<Process> startKiosk()
    {
        std::ofstream config(dir.file("kiosk.toml"));
        config << "[kiosk]\nid = \"sb-01\"\nmode = \"staff\"\ncenter_id = \"SB1\"\n"
               << "center_name = \"Impfzentrum Systemtest\"\n"
               << "[camera]\nsource = \"" << (dir.path() / "camera" / "img_%03d.png").string()
               << "\"\nwidth = 640\nheight = 480\nfps = 20\nloop = true\n"
               << "[sync]\nurl = \"http://127.0.0.1:" << port << "\"\ntoken_file = \"token\"\n"
               << "[trust]\nroot_public_key = \"" << hex(root.publicKey()) << "\"\n";
        config.close();
        return std::make_unique<Process>(
            std::vector<std::string>{std::string(CHECKIN_TERMINAL), "--config", dir.file("kiosk.toml"),
                "--data-dir", dir.file("kiosk-data"), "--staff-pin-file", dir.file("none")},
            dir.path() / "kiosk.log",
            std::vector<std::string>{"QT_QPA_PLATFORM=offscreen", "TZ=Europe/Berlin"});
    }

    sync::HttpClient client(const char *token) const
    {
        sync::HttpOptions o;
        o.bearerToken = token;
        return sync::HttpClient(o);
    }

    std::string url(const std::string &path) const
    {
        return "http://127.0.0.1:" + std::to_string(port) + path;
    }

    /// How often the hub holds an admission of each appointment, as a second kiosk of the center sees it.
    std::map<int64_t, int> admissionsAtHub() const
    {
        auto http = client(kPeerToken);
        auto response = http.send({"GET", url("/v1/centers/SB1/appointments?from=" + today + "&to=" + today),
            {}, {}, {}, {}, false});
        std::map<int64_t, int> count;
        if (!response || response->status != 200)
            return count;
        const auto body = nlohmann::json::parse(response->body, nullptr, false);
        if (!body.is_object() || !body.contains("admissions"))
            return count;
        for (const auto &a : body["admissions"])
            if (a.contains("appointment_id") && a["appointment_id"].is_number_integer())
                ++count[a["appointment_id"].get<int64_t>()];
        return count;
    }

    static constexpr int kFrames = 16;
    checkin::testing::TempDir dir;
    std::string today;
    int64_t from = 0, to = 0;
    int slotStart = 0, slotEnd = 0;
    int port = 0;
    bool imported = false;
    core::SigningKey root = core::SigningKey::generate();
    core::SigningKey key1 = core::SigningKey::generate();
    core::SigningKey key2 = core::SigningKey::generate();
};

TEST_F(KioskAndHub, AdmitFollowKeyChangesWaitOfflineAndDeliverEachCheckInOnce)
{
    auto hub = startHub("hub-1.log");
    ASSERT_GT(port, 0);
    auto kiosk = startKiosk();

    // First start, no key list on the kiosk: the first code shown is admitted once the list arrives.
    ASSERT_TRUE(kiosk->waitFor("checkin-terminal: ready center=", std::chrono::seconds(60))) << kiosk->log();
    const int firstTries
        = presentUntil(*kiosk, code(1, key1, 1), "verdict admitted appointment=1", std::chrono::seconds(60));
    ASSERT_GT(firstTries, 0) << kiosk->log();
    std::cout << "[figure] tries until the first code was admitted on a new kiosk: " << firstTries << "\n";
    auto deadline = Clock::now() + std::chrono::seconds(30);
    while (admissionsAtHub()[1] == 0 && Clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    EXPECT_EQ(admissionsAtHub()[1], 1) << "the check-in reached the hub";
    showCode({});

    // The hub rotates keys: key 2 added, key 1 revoked. No restart of the kiosk.
    const auto changed = Clock::now();
    {
        auto http = client(kAdminToken);
        const nlohmann::json body{{"version", 2}, {"signed_list", keyList(2, true).sign(root)}};
        auto put = http.send({"PUT", url("/v1/keys"), body.dump(), "application/json", {}, {}, false});
        ASSERT_TRUE(put && put->status / 100 == 2) << (put ? put->body : put.error().message);
    }
    // Within one round, not one long-poll (25 s) later: the hub wakes the poll, the run ends with the list.
    ASSERT_TRUE(kiosk->waitFor("key-list version=2", std::chrono::seconds(15))) << kiosk->log();
    const auto keyChangeMs
        = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - changed).count();
    std::cout << "[figure] key-list change at the hub to its use by the kiosk's rules: " << keyChangeMs
              << " ms\n";
    ASSERT_GT(
        presentUntil(*kiosk, code(2, key2, 2), "verdict admitted appointment=2", std::chrono::seconds(30)), 0)
        << kiosk->log();
    ASSERT_GT(presentUntil(*kiosk, code(3, key1, 1), "verdict revoked-key", std::chrono::seconds(30)), 0)
        << kiosk->log();
    EXPECT_EQ(kiosk->count("verdict admitted appointment=3"), 0u);
    showCode({});

    // The camera state reaches the hub's kiosk list.
    {
        auto http = client(kAdminToken);
        auto kiosks = http.send({"GET", url("/v1/kiosks"), {}, {}, {}, {}, false});
        ASSERT_TRUE(kiosks && kiosks->status == 200);
        EXPECT_NE(kiosks->body.find("\"running\""), std::string::npos) << kiosks->body;
    }

    // The hub goes away: the kiosk says offline and keeps its check-ins in the outbox.
    const size_t offlineBefore = kiosk->count("sync offline");
    const auto gone = Clock::now();
    hub->stop();
    const auto end = gone + std::chrono::seconds(60);
    while (kiosk->count("sync offline") == offlineBefore && Clock::now() < end)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    ASSERT_GT(kiosk->count("sync offline"), offlineBefore) << kiosk->log();
    const auto offlineMs = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - gone).count();
    std::cout << "[figure] hub gone to \"offline\" at the kiosk: " << offlineMs << " ms\n";
    ASSERT_GT(
        presentUntil(*kiosk, code(4, key2, 2), "verdict admitted appointment=4", std::chrono::seconds(30)), 0)
        << kiosk->log();
    showCode({});

    // The hub returns: every check-in arrives, each exactly once.
    hub = startHub("hub-2.log");
    ASSERT_TRUE(kiosk->waitFor("sync online", std::chrono::seconds(60))) << kiosk->log();
    deadline = Clock::now() + std::chrono::seconds(60);
    while (admissionsAtHub()[4] == 0 && Clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
    const auto admissions = admissionsAtHub();
    EXPECT_EQ(admissions, (std::map<int64_t, int>{{1, 1}, {2, 1}, {4, 1}})) << kiosk->log();
    EXPECT_TRUE(kiosk->running());
}

TEST_F(KioskAndHub, SelfTestReachesTheSetupScreenOnABrokenConfig)
{
    writeFile("broken.toml",
        "[kiosk]\nid = \"sb-01\"\nmode = \"gate\"\ncenter_id = \"SB1\"\n"
        "time_zone = \"Europe/Berln\"\n[camera]\nsource = \"/dev/null\"\n");
    Process kiosk({std::string(CHECKIN_TERMINAL), "--config", dir.file("broken.toml"), "--data-dir",
                      dir.file("data"), "--self-test"},
        dir.path() / "broken.log", {"QT_QPA_PLATFORM=offscreen"});
    ASSERT_TRUE(kiosk.waitFor("self-test: reached setup", std::chrono::seconds(60))) << kiosk.log();
    const std::string log = kiosk.log();
    // Every problem at once, each naming its key.
    EXPECT_NE(log.find("kiosk.mode"), std::string::npos) << log;
    EXPECT_NE(log.find("kiosk.center_name"), std::string::npos) << log;
    EXPECT_NE(log.find("kiosk.time_zone"), std::string::npos) << log;
    EXPECT_EQ(kiosk.waitExit(std::chrono::seconds(30)), 0)
        << "the self-test passes: the setup screen is a first screen";
}

} // namespace
