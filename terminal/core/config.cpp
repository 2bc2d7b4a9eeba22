// Config parsing with toml++; every key is checked for type and range.
#include "terminal/core/config.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <toml++/toml.h>

namespace checkin::core {

namespace {

using Fail = tl::unexpected<ConfigError>;

template <typename T>
std::optional<ConfigError> read(const toml::table &t, const std::string &section, const char *key, T &out)
{
    const auto *node = t.get(key);
    if (!node)
        return std::nullopt;
    auto value = node->value<T>();
    if (!value)
        return ConfigError{section + "." + key, "has the wrong type"};
    out = *value;
    return std::nullopt;
}

std::optional<ConfigError> unknownKeys(
    const toml::table &t, const std::string &section, const std::set<std::string> &known)
{
    for (const auto &[k, v] : t) {
        (void)v;
        if (!known.count(std::string(k.str())))
            return ConfigError{section.empty() ? std::string(k.str()) : section + "." + std::string(k.str()),
                "is not a known setting"};
    }
    return std::nullopt;
}

std::optional<ConfigError> parsePolicy(const toml::table &t, Policy &p)
{
    if (auto e = unknownKeys(t, "policy",
            {"early_minutes", "early_wait_minutes", "late_minutes", "late_policy", "duplicate_repeat_seconds",
                "legacy_shapes", "clock_skew_seconds", "annul_minutes", "self_service_confirm"}))
        return e;
    struct Range
    {
        const char *key;
        int &target;
        int64_t min, max;
    };
    const Range ranges[] = {
        {"early_minutes", p.earlyMinutes, 0, 1440},
        {"early_wait_minutes", p.earlyWaitMinutes, 0, 240},
        {"late_minutes", p.lateMinutes, 0, 1440},
        {"duplicate_repeat_seconds", p.duplicateRepeatSeconds, 0, 3600},
        {"clock_skew_seconds", p.clockSkewSeconds, 1, 3600},
        {"annul_minutes", p.annulMinutes, 0, 1440},
    };
    for (const auto &r : ranges) {
        int64_t value = r.target;
        if (auto e = read(t, "policy", r.key, value))
            return e;
        if (value < r.min || value > r.max)
            return ConfigError{std::string("policy.") + r.key,
                "must be between " + std::to_string(r.min) + " and " + std::to_string(r.max)};
        r.target = static_cast<int>(value);
    }
    std::string late = p.latePolicy == LatePolicy::Desk ? "desk" : "pass-with-note";
    if (auto e = read(t, "policy", "late_policy", late))
        return e;
    if (late == "pass-with-note")
        p.latePolicy = LatePolicy::PassWithNote;
    else if (late == "desk")
        p.latePolicy = LatePolicy::Desk;
    else
        return ConfigError{
            "policy.late_policy", "must be \"pass-with-note\" or \"desk\", not \"" + late + "\""};
    std::string confirm = "desk";
    if (auto e = read(t, "policy", "self_service_confirm", confirm))
        return e;
    if (confirm == "desk")
        p.selfServiceConfirm = SelfServiceConfirm::Desk;
    else if (confirm == "postal-code")
        p.selfServiceConfirm = SelfServiceConfirm::PostalCode;
    else if (confirm == "booking-reference")
        p.selfServiceConfirm = SelfServiceConfirm::BookingReference;
    else
        return ConfigError{"policy.self_service_confirm",
            "must be \"desk\", \"postal-code\" or \"booking-reference\", not \"" + confirm + "\""};
    if (const auto *node = t.get("legacy_shapes")) {
        const auto *shapes = node->as_array();
        if (!shapes)
            return ConfigError{"policy.legacy_shapes", "must be a list of shapes like [\"XXX-XXXX-XXXX\"]"};
        p.legacyShapes.clear();
        for (const auto &item : *shapes) {
            auto shape = item.value<std::string>();
            // A legacy shape never overlaps the signed codes' prefix and stays short and printable.
            const bool printable = shape && std::all_of(shape->begin(), shape->end(), [](char ch) {
                return ch > ' ' && ch < 127 && ch != '\\';
            });
            if (!shape || shape->size() < 6 || shape->size() > 40 || !printable
                || shape->find(':') != std::string::npos)
                return ConfigError{"policy.legacy_shapes",
                    "each shape must be 6 to 40 printable characters without ':' (X letter or digit, A "
                    "letter, 9 digit)"};
            p.legacyShapes.push_back(*shape);
        }
    }
    return std::nullopt;
}

} // namespace

tl::expected<KioskConfig, ConfigError> parseConfig(std::string_view text, const std::string &baseDir)
{
    toml::table root;
    try {
        root = toml::parse(text);
    } catch (const toml::parse_error &e) {
        std::ostringstream msg;
        msg << "TOML syntax error at line " << e.source().begin.line << ": " << e.description();
        return Fail(ConfigError{{}, msg.str()});
    }
    KioskConfig c;
    if (auto e = unknownKeys(root, "", {"kiosk", "camera", "sync", "policy", "trust", "centers"}))
        return Fail(*e);

    if (const auto *kiosk = root["kiosk"].as_table()) {
        if (auto e = unknownKeys(*kiosk, "kiosk",
                {"id", "mode", "center_id", "center_name", "language", "time_zone", "verdict_seconds",
                    "search_names", "search_name_seconds"}))
            return Fail(*e);
        std::string mode = "staff";
        std::string names = "briefly";
        int64_t verdictSeconds = c.verdictSeconds;
        int64_t nameSeconds = c.searchNameSeconds;
        for (auto e :
            {read(*kiosk, "kiosk", "id", c.policy.kioskId), read(*kiosk, "kiosk", "mode", mode),
                read(*kiosk, "kiosk", "center_id", c.policy.centerId),
                read(*kiosk, "kiosk", "center_name", c.centerName),
                read(*kiosk, "kiosk", "language", c.language), read(*kiosk, "kiosk", "time_zone", c.timeZone),
                read(*kiosk, "kiosk", "verdict_seconds", verdictSeconds),
                read(*kiosk, "kiosk", "search_names", names),
                read(*kiosk, "kiosk", "search_name_seconds", nameSeconds)})
            if (e)
                return Fail(*e);
        if (names == "shown")
            c.searchNames = NamePrivacy::Shown;
        else if (names == "briefly")
            c.searchNames = NamePrivacy::Briefly;
        else if (names == "on-hold")
            c.searchNames = NamePrivacy::OnHold;
        else
            return Fail(ConfigError{"kiosk.search_names",
                "must be \"shown\", \"briefly\" or \"on-hold\", not \"" + names + "\""});
        if (nameSeconds < 3 || nameSeconds > 600)
            return Fail(ConfigError{"kiosk.search_name_seconds", "must be between 3 and 600"});
        c.searchNameSeconds = static_cast<int>(nameSeconds);
        if (mode == "staff")
            c.mode = KioskMode::Staff;
        else if (mode == "self-service")
            c.mode = KioskMode::SelfService;
        else
            return Fail(
                ConfigError{"kiosk.mode", "must be \"staff\" or \"self-service\", not \"" + mode + "\""});
        if (verdictSeconds < 1 || verdictSeconds > 120)
            return Fail(ConfigError{"kiosk.verdict_seconds", "must be between 1 and 120"});
        c.verdictSeconds = static_cast<int>(verdictSeconds);
        if (c.policy.kioskId.empty())
            return Fail(ConfigError{"kiosk.id", "must not be empty"});
        if (c.policy.centerId.empty())
            return Fail(ConfigError{"kiosk.center_id", "must not be empty"});
    } else {
        return Fail(ConfigError{"kiosk", "section is missing"});
    }

    if (const auto *camera = root["camera"].as_table()) {
        if (auto e = unknownKeys(*camera, "camera", {"source", "width", "height", "fps"}))
            return Fail(*e);
        int64_t w = c.cameraWidth, h = c.cameraHeight;
        for (auto e : {read(*camera, "camera", "source", c.cameraSource), read(*camera, "camera", "width", w),
                 read(*camera, "camera", "height", h), read(*camera, "camera", "fps", c.cameraFps)})
            if (e)
                return Fail(*e);
        if (w < 160 || w > 7680 || h < 120 || h > 4320)
            return Fail(ConfigError{"camera.width", "width/height out of range (160x120 to 7680x4320)"});
        c.cameraWidth = static_cast<int>(w);
        c.cameraHeight = static_cast<int>(h);
    }

    if (const auto *sync = root["sync"].as_table()) {
        if (auto e = unknownKeys(*sync, "sync", {"url", "token_file"}))
            return Fail(*e);
        for (auto e :
            {read(*sync, "sync", "url", c.syncUrl), read(*sync, "sync", "token_file", c.syncTokenFile)})
            if (e)
                return Fail(*e);
        if (!c.syncUrl.empty() && c.syncUrl.rfind("https://", 0) != 0
            && c.syncUrl.rfind("http://127.", 0) != 0 && c.syncUrl.rfind("http://localhost", 0) != 0)
            return Fail(ConfigError{"sync.url", "must start with https:// (plain http only on loopback)"});
        if (!c.syncTokenFile.empty() && std::filesystem::path(c.syncTokenFile).is_relative())
            c.syncTokenFile = (std::filesystem::path(baseDir) / c.syncTokenFile).string();
    }

    if (const auto *policy = root["policy"].as_table()) {
        if (auto e = parsePolicy(*policy, c.policy))
            return Fail(*e);
    }

    if (const auto *trust = root["trust"].as_table()) {
        if (auto e = unknownKeys(*trust, "trust", {"root_public_key", "key_list_file"}))
            return Fail(*e);
        std::string rootKey;
        for (auto e : {read(*trust, "trust", "root_public_key", rootKey),
                 read(*trust, "trust", "key_list_file", c.policy.keyListFile)})
            if (e)
                return Fail(*e);
        if (!rootKey.empty()) {
            std::transform(rootKey.begin(), rootKey.end(), rootKey.begin(),
                [](char ch) { return ch >= 'A' && ch <= 'F' ? static_cast<char>(ch - 'A' + 'a') : ch; });
            c.policy.rootPublicKey = fromHex<32>(rootKey);
            if (!c.policy.rootPublicKey)
                return Fail(
                    ConfigError{"trust.root_public_key", "must be 64 hex digits (an Ed25519 public key)"});
        }
        if (!c.policy.keyListFile.empty() && std::filesystem::path(c.policy.keyListFile).is_relative())
            c.policy.keyListFile = (std::filesystem::path(baseDir) / c.policy.keyListFile).string();
    }

    if (const auto *centers = root["centers"].as_table()) {
        for (const auto &[k, v] : *centers) {
            const std::string key = "centers." + std::string(k.str());
            auto name = v.value<std::string>();
            if (!name || name->empty())
                return Fail(ConfigError{key, "must be the center's name as a non-empty string"});
            c.policy.centerNames[std::string(k.str())] = *name;
        }
    }
    return c;
}

tl::expected<KioskConfig, ConfigError> loadConfig(const std::string &path)
{
    std::ifstream in(path);
    if (!in)
        return Fail(ConfigError{{}, "cannot read config file " + path});
    std::stringstream buffer;
    buffer << in.rdbuf();
    return parseConfig(buffer.str(), std::filesystem::path(path).parent_path().string());
}

} // namespace checkin::core
