// Config parsing with toml++; every key is checked for type and range.
#include "terminal/core/config.h"

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
    if (auto e = unknownKeys(root, "", {"kiosk", "camera", "sync", "policy"}))
        return Fail(*e);

    if (const auto *kiosk = root["kiosk"].as_table()) {
        if (auto e = unknownKeys(*kiosk, "kiosk",
                {"id", "mode", "center_id", "center_name", "language", "time_zone", "verdict_seconds"}))
            return Fail(*e);
        std::string mode = "staff";
        int64_t verdictSeconds = c.verdictSeconds;
        for (auto e :
            {read(*kiosk, "kiosk", "id", c.policy.kioskId), read(*kiosk, "kiosk", "mode", mode),
                read(*kiosk, "kiosk", "center_id", c.policy.centerId),
                read(*kiosk, "kiosk", "center_name", c.centerName),
                read(*kiosk, "kiosk", "language", c.language), read(*kiosk, "kiosk", "time_zone", c.timeZone),
                read(*kiosk, "kiosk", "verdict_seconds", verdictSeconds)})
            if (e)
                return Fail(*e);
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
        if (auto e = unknownKeys(*policy, "policy", {"early_minutes", "late_minutes"}))
            return Fail(*e);
        int64_t early = c.policy.earlyMinutes, late = c.policy.lateMinutes;
        for (auto e :
            {read(*policy, "policy", "early_minutes", early), read(*policy, "policy", "late_minutes", late)})
            if (e)
                return Fail(*e);
        if (early < 0 || early > 24 * 60)
            return Fail(ConfigError{"policy.early_minutes", "must be between 0 and 1440"});
        if (late < 0 || late > 24 * 60)
            return Fail(ConfigError{"policy.late_minutes", "must be between 0 and 1440"});
        c.policy.earlyMinutes = static_cast<int>(early);
        c.policy.lateMinutes = static_cast<int>(late);
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
