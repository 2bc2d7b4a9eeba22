// Config parsing with toml++: every key is checked for type and range, and every problem is listed.
#include "terminal/core/config.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>
#include <toml++/toml.h>
#include <unicode/timezone.h>
#include <unicode/unistr.h>

namespace checkin::core {

namespace {

/// Collects problems instead of stopping at the first: a technician at a kiosk fixes them all in
/// one visit.
class Checker
{
public:
    void fail(std::string key, std::string message)
    {
        m_errors.push_back({std::move(key), std::move(message)});
    }
    ConfigErrors take() { return std::move(m_errors); }
    bool ok() const { return m_errors.empty(); }

    /// Reads `key` into `out` when present; a value of the wrong type is a problem and keeps `out`.
    template <typename T> bool read(const toml::table &t, const std::string &section, const char *key, T &out)
    {
        const auto *node = t.get(key);
        if (!node)
            return false;
        auto value = node->value<T>();
        if (!value) {
            fail(section + "." + key, "has the wrong type");
            return false;
        }
        out = *value;
        return true;
    }

    template <typename T>
    void readRange(const toml::table &t, const std::string &section, const char *key, T &target, int64_t min,
        int64_t max)
    {
        int64_t value = static_cast<int64_t>(target);
        if (!read(t, section, key, value))
            return;
        if (value < min || value > max) {
            fail(section + "." + key,
                "must be between " + std::to_string(min) + " and " + std::to_string(max));
            return;
        }
        target = static_cast<T>(value);
    }

    void unknownKeys(const toml::table &t, const std::string &section, const std::set<std::string> &known)
    {
        for (const auto &[k, v] : t) {
            (void)v;
            if (!known.count(std::string(k.str())))
                fail(section.empty() ? std::string(k.str()) : section + "." + std::string(k.str()),
                    "is not a known setting");
        }
    }

private:
    ConfigErrors m_errors;
};

constexpr std::array kLanguages{"de", "en", "fr", "tr", "ar", "ru", "uk"};

bool knownTimeZone(const std::string &id)
{
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString canonical;
    UBool isSystem = false;
    icu::TimeZone::getCanonicalID(icu::UnicodeString::fromUTF8(id), canonical, isSystem, status);
    return U_SUCCESS(status) && isSystem;
}

bool validId(const std::string &id)
{
    return !id.empty() && id.size() <= 64 && std::all_of(id.begin(), id.end(), [](unsigned char ch) {
        return std::isalnum(ch) || ch == '-' || ch == '_' || ch == '.';
    });
}

std::string absolute(const std::string &path, const std::string &baseDir)
{
    if (path.empty() || std::filesystem::path(path).is_absolute())
        return path;
    return (std::filesystem::path(baseDir) / path).string();
}

/// The line of a non-ASCII character right after a backslash and whitespace in a basic string of
/// a document that is valid TOML outside its strings and comments, or nothing: toml++ 3.3 asks its
/// whitespace classifier about that character, and the classifier reaches __builtin_unreachable()
/// for most code points from U+00A1 on (upstream issues #190 and #295).
std::optional<int> nonAsciiAfterBackslashSpace(std::string_view text)
{
    enum class In { Bare, Comment, Basic, Literal, MultiBasic, MultiLiteral };
    In in = In::Bare;
    int line = 1;
    auto at = [&](size_t i, std::string_view what) { return text.substr(i, what.size()) == what; };
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n') {
            ++line;
            if (in != In::MultiBasic && in != In::MultiLiteral)
                in = In::Bare;
            continue;
        }
        switch (in) {
        case In::Bare:
            if (c == '#') {
                in = In::Comment;
            } else if (at(i, "\"\"\"")) {
                in = In::MultiBasic;
                i += 2;
            } else if (at(i, "'''")) {
                in = In::MultiLiteral;
                i += 2;
            } else if (c == '"') {
                in = In::Basic;
            } else if (c == '\'') {
                in = In::Literal;
            }
            break;
        case In::Comment:
            break;
        case In::Literal:
            if (c == '\'')
                in = In::Bare;
            break;
        case In::Basic:
        case In::MultiBasic:
            if (c == '\\') {
                size_t j = i + 1;
                while (j < text.size() && std::string_view(" \t\r\n").find(text[j]) != std::string_view::npos)
                    line += text[j++] == '\n' ? 1 : 0;
                if (j > i + 1 && j < text.size() && static_cast<unsigned char>(text[j]) >= 0x80)
                    return line;
                i = j > i + 1 ? j - 1 : i + 1;
            } else if (in == In::Basic && c == '"') {
                in = In::Bare;
            } else if (in == In::MultiBasic && at(i, "\"\"\"")) {
                in = In::Bare;
                i += 2;
                while (i + 1 < text.size() && text[i + 1] == '"')
                    ++i; // up to two quotes of the content may touch the closing ones
            }
            break;
        case In::MultiLiteral:
            if (at(i, "'''")) {
                in = In::Bare;
                i += 2;
                while (i + 1 < text.size() && text[i + 1] == '\'')
                    ++i;
            }
            break;
        }
    }
    return std::nullopt;
}

/// Why toml++ 3.3 must not read `text`, or nothing. Its whitespace classifier has undefined
/// behaviour for most non-ASCII code points, and it asks it about every character outside strings
/// and comments. So the text is read first with every non-ASCII byte replaced by '~', which TOML
/// allows only in strings and comments: if that is valid TOML, every non-ASCII character of the
/// text is in a string or a comment, where only the case above still reaches the classifier.
std::optional<ConfigError> unsafeForToml(std::string_view text)
{
    std::string ascii(text);
    for (char &ch : ascii)
        if (static_cast<unsigned char>(ch) >= 0x80)
            ch = '~';
    auto syntaxError = [](int line, const std::string &what) {
        return ConfigError{{}, "TOML syntax error at line " + std::to_string(line) + ": " + what};
    };
    const std::string notAscii = "a character that is not ASCII outside quotes (put text in \"...\")";
    try {
        (void)toml::parse(ascii);
    } catch (const toml::parse_error &e) {
        const int line = static_cast<int>(e.source().begin.line);
        std::string_view rest = text;
        for (int l = 1; l < line && !rest.empty(); ++l)
            rest.remove_prefix(std::min(rest.size(), rest.find('\n') + 1));
        const std::string_view bad = rest.substr(0, rest.find('\n'));
        const bool nonAscii = std::any_of(
            bad.begin(), bad.end(), [](char ch) { return static_cast<unsigned char>(ch) >= 0x80; });
        return syntaxError(line, nonAscii ? notAscii : std::string(e.description()));
    }
    if (const auto line = nonAsciiAfterBackslashSpace(text))
        return syntaxError(*line, "a character that is not ASCII after a backslash and a space");
    return std::nullopt;
}

void parseKiosk(Checker &check, const toml::table &kiosk, KioskConfig &c)
{
    check.unknownKeys(kiosk, "kiosk",
        {"id", "mode", "center_id", "center_name", "language", "time_zone", "verdict_seconds",
            "verdict_remember_seconds", "verdict_touch_seconds", "search_names", "search_name_seconds"});
    check.read(kiosk, "kiosk", "id", c.policy.kioskId);
    check.read(kiosk, "kiosk", "center_id", c.policy.centerId);
    check.read(kiosk, "kiosk", "center_name", c.centerName);
    check.read(kiosk, "kiosk", "language", c.language);
    check.read(kiosk, "kiosk", "time_zone", c.timeZone);
    check.readRange(kiosk, "kiosk", "verdict_seconds", c.verdictSeconds, 1, 120);
    // A date to remember never goes faster than an ordinary verdict; five minutes is plenty.
    check.readRange(kiosk, "kiosk", "verdict_remember_seconds", c.verdictRememberSeconds, 1, 300);
    if (!kiosk.get("verdict_remember_seconds"))
        c.verdictRememberSeconds = std::max(c.verdictRememberSeconds, c.verdictSeconds);
    else if (c.verdictRememberSeconds < c.verdictSeconds)
        check.fail("kiosk.verdict_remember_seconds", "must not be shorter than kiosk.verdict_seconds");
    check.readRange(kiosk, "kiosk", "verdict_touch_seconds", c.verdictTouchSeconds, 1, 300);
    check.readRange(kiosk, "kiosk", "search_name_seconds", c.searchNameSeconds, 3, 600);
    std::string names;
    if (check.read(kiosk, "kiosk", "search_names", names)) {
        if (names == "shown")
            c.searchNames = NamePrivacy::Shown;
        else if (names == "briefly")
            c.searchNames = NamePrivacy::Briefly;
        else if (names == "on-hold")
            c.searchNames = NamePrivacy::OnHold;
        else
            check.fail(
                "kiosk.search_names", "must be \"shown\", \"briefly\" or \"on-hold\", not \"" + names + "\"");
    }
    std::string mode;
    if (!kiosk.get("mode"))
        check.fail("kiosk.mode", "is missing: \"staff\" or \"self-service\"");
    else if (check.read(kiosk, "kiosk", "mode", mode)) {
        if (mode == "staff")
            c.mode = KioskMode::Staff;
        else if (mode == "self-service")
            c.mode = KioskMode::SelfService;
        else
            check.fail("kiosk.mode", "must be \"staff\" or \"self-service\", not \"" + mode + "\"");
    }
    if (!validId(c.policy.kioskId))
        check.fail("kiosk.id", "must be 1 to 64 letters, digits, '-', '_' or '.'");
    if (!validId(c.policy.centerId))
        check.fail("kiosk.center_id", "must be the center's id from the hub, e.g. \"SB1\"");
    if (c.centerName.empty())
        check.fail("kiosk.center_name", "must be the name shown on screen, e.g. \"Impfzentrum Saarbrücken\"");
    if (std::find(kLanguages.begin(), kLanguages.end(), c.language) == kLanguages.end())
        check.fail("kiosk.language", "must be one of de, en, fr, tr, ar, ru, uk, not \"" + c.language + "\"");
    if (!knownTimeZone(c.timeZone))
        check.fail(
            "kiosk.time_zone", "\"" + c.timeZone + "\" is not a known time zone (e.g. \"Europe/Berlin\")");
}

void parseCamera(Checker &check, const toml::table &camera, KioskConfig &c)
{
    check.unknownKeys(camera, "camera", {"source", "width", "height", "fps", "loop"});
    check.read(camera, "camera", "source", c.cameraSource);
    check.readRange(camera, "camera", "width", c.cameraWidth, 160, 7680);
    check.readRange(camera, "camera", "height", c.cameraHeight, 120, 4320);
    check.read(camera, "camera", "loop", c.cameraLoop);
    if (const auto *fps = camera.get("fps")) {
        const auto value = fps->value<double>();
        if (!value || *value < 1 || *value > 120)
            check.fail("camera.fps", "must be a number between 1 and 120");
        else
            c.cameraFps = *value;
    }
    if (c.cameraSource.empty())
        check.fail(
            "camera.source", "must name the camera (\"/dev/video0\"), a video file or an image sequence");
}

void parseSync(Checker &check, const toml::table &sync, KioskConfig &c, const std::string &baseDir)
{
    check.unknownKeys(
        sync, "sync", {"url", "token_file", "ca_file", "pin_sha256", "client_cert", "client_key"});
    check.read(sync, "sync", "url", c.syncUrl);
    check.read(sync, "sync", "token_file", c.syncTokenFile);
    check.read(sync, "sync", "ca_file", c.syncTls.caFile);
    check.read(sync, "sync", "client_cert", c.syncTls.clientCert);
    check.read(sync, "sync", "client_key", c.syncTls.clientKey);
    std::string pin;
    if (check.read(sync, "sync", "pin_sha256", pin) && !pin.empty())
        c.syncTls.pin = normalizePin(pin);
    if (!pin.empty() && c.syncTls.pin.empty())
        check.fail("sync.pin_sha256",
            "must be the base64 SHA-256 of the hub's public key (44 characters, e.g. from `openssl x509 "
            "-pubkey -noout | openssl pkey -pubin -outform der | openssl dgst -sha256 -binary | base64`)");
    if (c.syncTls.clientCert.empty() != c.syncTls.clientKey.empty())
        check.fail(c.syncTls.clientCert.empty() ? "sync.client_cert" : "sync.client_key",
            "client_cert and client_key go together (mutual TLS)");
    if (!c.syncUrl.empty() && c.syncUrl.rfind("https://", 0) != 0 && c.syncUrl.rfind("http://127.", 0) != 0
        && c.syncUrl.rfind("http://localhost", 0) != 0)
        check.fail("sync.url", "must start with https:// (plain http only on loopback)");
    if (!c.syncUrl.empty() && c.syncTokenFile.empty())
        check.fail("sync.token_file", "must name the file holding this kiosk's token when sync.url is set");
    for (auto *path : {&c.syncTokenFile, &c.syncTls.caFile, &c.syncTls.clientCert, &c.syncTls.clientKey})
        *path = absolute(*path, baseDir);
}

void parsePrinter(Checker &check, const toml::table &printer, KioskConfig &c)
{
    check.unknownKeys(printer, "printer", {"uri"});
    check.read(printer, "printer", "uri", c.printerUri);
    if (!c.printerUri.empty() && c.printerUri.rfind("ipp://", 0) != 0
        && c.printerUri.rfind("ipps://", 0) != 0)
        check.fail("printer.uri", "must be a driverless printer's ipp:// or ipps:// address");
}

void parseAccessibility(Checker &check, const toml::table &access, KioskConfig &c)
{
    check.unknownKeys(access, "accessibility", {"headphone_device"});
    check.read(access, "accessibility", "headphone_device", c.headphoneDevice);
    if (!c.headphoneDevice.empty() && c.headphoneDevice.rfind("/dev/input/", 0) != 0)
        check.fail("accessibility.headphone_device", "must be an input device under /dev/input/");
}

void parsePolicy(Checker &check, const toml::table &t, Policy &p)
{
    check.unknownKeys(t, "policy",
        {"early_minutes", "early_wait_minutes", "late_minutes", "late_policy", "duplicate_repeat_seconds",
            "legacy_shapes", "clock_skew_seconds", "annul_minutes", "self_service_confirm"});
    check.readRange(t, "policy", "early_minutes", p.earlyMinutes, 0, 1440);
    check.readRange(t, "policy", "early_wait_minutes", p.earlyWaitMinutes, 0, 240);
    check.readRange(t, "policy", "late_minutes", p.lateMinutes, 0, 1440);
    check.readRange(t, "policy", "duplicate_repeat_seconds", p.duplicateRepeatSeconds, 0, 3600);
    check.readRange(t, "policy", "clock_skew_seconds", p.clockSkewSeconds, 1, 3600);
    check.readRange(t, "policy", "annul_minutes", p.annulMinutes, 0, 1440);
    std::string late;
    if (check.read(t, "policy", "late_policy", late)) {
        if (late == "pass-with-note")
            p.latePolicy = LatePolicy::PassWithNote;
        else if (late == "desk")
            p.latePolicy = LatePolicy::Desk;
        else
            check.fail("policy.late_policy", "must be \"pass-with-note\" or \"desk\", not \"" + late + "\"");
    }
    std::string confirm;
    if (check.read(t, "policy", "self_service_confirm", confirm)) {
        if (confirm == "desk")
            p.selfServiceConfirm = SelfServiceConfirm::Desk;
        else if (confirm == "postal-code")
            p.selfServiceConfirm = SelfServiceConfirm::PostalCode;
        else if (confirm == "booking-reference")
            p.selfServiceConfirm = SelfServiceConfirm::BookingReference;
        else
            check.fail("policy.self_service_confirm",
                "must be \"desk\", \"postal-code\" or \"booking-reference\", not \"" + confirm + "\"");
    }
    if (const auto *node = t.get("legacy_shapes")) {
        const auto *shapes = node->as_array();
        if (!shapes) {
            check.fail("policy.legacy_shapes", "must be a list of shapes like [\"XXX-XXXX-XXXX\"]");
            return;
        }
        p.legacyShapes.clear();
        for (const auto &item : *shapes) {
            auto shape = item.value<std::string>();
            // A legacy shape never overlaps the signed codes' prefix and stays short and printable.
            const bool printable = shape && std::all_of(shape->begin(), shape->end(), [](char ch) {
                return ch > ' ' && ch < 127 && ch != '\\';
            });
            if (!shape || shape->size() < 6 || shape->size() > 40 || !printable
                || shape->find(':') != std::string::npos) {
                check.fail("policy.legacy_shapes",
                    "each shape must be 6 to 40 printable characters without ':' (X letter or digit, A "
                    "letter, 9 digit)");
                return;
            }
            p.legacyShapes.push_back(*shape);
        }
    }
}

void parseTrust(Checker &check, const toml::table &trust, Policy &p, const std::string &baseDir)
{
    check.unknownKeys(trust, "trust", {"root_public_key", "key_list_file"});
    std::string rootKey;
    check.read(trust, "trust", "root_public_key", rootKey);
    check.read(trust, "trust", "key_list_file", p.keyListFile);
    if (!rootKey.empty()) {
        std::transform(rootKey.begin(), rootKey.end(), rootKey.begin(),
            [](char ch) { return ch >= 'A' && ch <= 'F' ? static_cast<char>(ch - 'A' + 'a') : ch; });
        p.rootPublicKey = fromHex<32>(rootKey);
        if (!p.rootPublicKey)
            check.fail("trust.root_public_key", "must be 64 hex digits (an Ed25519 public key)");
    }
    p.keyListFile = absolute(p.keyListFile, baseDir);
}

} // namespace

std::string describe(const ConfigErrors &errors)
{
    std::string out;
    for (const auto &e : errors) {
        if (!out.empty())
            out += "\n";
        out += e.key.empty() ? e.message : e.key + ": " + e.message;
    }
    return out;
}

tl::expected<KioskConfig, ConfigErrors> parseConfig(std::string_view text, const std::string &baseDir)
{
    if (auto unsafe = unsafeForToml(text))
        return tl::unexpected(ConfigErrors{std::move(*unsafe)});
    toml::table root;
    try {
        root = toml::parse(text);
    } catch (const toml::parse_error &e) {
        std::ostringstream msg;
        msg << "TOML syntax error at line " << e.source().begin.line << ": " << e.description();
        return tl::unexpected(ConfigErrors{{{}, msg.str()}});
    }
    Checker check;
    KioskConfig c;
    check.unknownKeys(
        root, "", {"kiosk", "camera", "sync", "policy", "trust", "centers", "printer", "accessibility"});
    if (const auto *kiosk = root["kiosk"].as_table())
        parseKiosk(check, *kiosk, c);
    else
        check.fail("kiosk", "section is missing");
    if (const auto *camera = root["camera"].as_table())
        parseCamera(check, *camera, c);
    else
        check.fail("camera", "section is missing: [camera] source = \"/dev/video0\"");
    if (const auto *sync = root["sync"].as_table())
        parseSync(check, *sync, c, baseDir);
    if (const auto *policy = root["policy"].as_table())
        parsePolicy(check, *policy, c.policy);
    if (const auto *printer = root["printer"].as_table())
        parsePrinter(check, *printer, c);
    if (const auto *access = root["accessibility"].as_table())
        parseAccessibility(check, *access, c);
    if (const auto *trust = root["trust"].as_table())
        parseTrust(check, *trust, c.policy, baseDir);
    if (const auto *centers = root["centers"].as_table()) {
        for (const auto &[k, v] : *centers) {
            const std::string key = "centers." + std::string(k.str());
            auto name = v.value<std::string>();
            if (!name || name->empty())
                check.fail(key, "must be the center's name as a non-empty string");
            else
                c.policy.centerNames[std::string(k.str())] = *name;
        }
    }
    if (!check.ok())
        return tl::unexpected(check.take());
    return c;
}

tl::expected<KioskConfig, ConfigErrors> loadConfig(const std::string &path)
{
    std::ifstream in(path);
    if (!in)
        return tl::unexpected(ConfigErrors{{{}, "cannot read config file " + path}});
    std::stringstream buffer;
    buffer << in.rdbuf();
    auto config = parseConfig(buffer.str(), std::filesystem::path(path).parent_path().string());
    if (!config)
        return config;
    // What the file names must exist on this machine.
    ConfigErrors missing;
    if (!config->syncUrl.empty() && !std::ifstream(config->syncTokenFile))
        missing.push_back({"sync.token_file", "cannot read " + config->syncTokenFile});
    if (!config->policy.keyListFile.empty() && !std::ifstream(config->policy.keyListFile))
        missing.push_back({"trust.key_list_file", "cannot read " + config->policy.keyListFile});
    const std::pair<const char *, const std::string *> tlsFiles[]
        = {{"sync.ca_file", &config->syncTls.caFile}, {"sync.client_cert", &config->syncTls.clientCert},
            {"sync.client_key", &config->syncTls.clientKey}};
    for (const auto &[key, path] : tlsFiles)
        if (!path->empty() && !std::ifstream(*path))
            missing.push_back({key, "cannot read " + *path});
    if (!missing.empty())
        return tl::unexpected(std::move(missing));
    return config;
}

std::string normalizePin(std::string_view text)
{
    std::string out;
    while (!text.empty()) {
        const auto semi = text.find(';');
        std::string_view one = text.substr(0, semi);
        text = semi == std::string_view::npos ? std::string_view() : text.substr(semi + 1);
        if (one.starts_with("sha256//"))
            one.remove_prefix(8);
        const bool base64 = one.size() == 44 && one.ends_with('=') && one[42] != '='
            && std::all_of(one.begin(), one.end() - 1, [](char ch) {
                   return std::isalnum(static_cast<unsigned char>(ch)) || ch == '+' || ch == '/';
               });
        if (!base64)
            return {};
        out += (out.empty() ? "sha256//" : ";sha256//") + std::string(one);
    }
    return out;
}

} // namespace checkin::core
