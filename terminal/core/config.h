// The kiosk's TOML configuration, validated at start with messages that name the bad key.
#pragma once

#include "terminal/core/policy.h"

#include <string>
#include <tl/expected.hpp>

namespace checkin::core {

enum class KioskMode { Staff, SelfService };

/// Names in the staff search: always shown, shown for `searchNameSeconds` after each search, or
/// only while staff hold a row down (a screen the queue can read).
enum class NamePrivacy { Shown = 0, Briefly = 1, OnHold = 2 };

struct KioskConfig
{
    KioskMode mode = KioskMode::Staff;
    std::string centerName = "Impfzentrum Saarbrücken (Demo)";
    std::string language = "de";
    std::string timeZone = "Europe/Berlin";
    std::string cameraSource = "demo";
    int cameraWidth = 1280;
    int cameraHeight = 720;
    double cameraFps = 30;
    int verdictSeconds = 6; ///< how long a verdict stays before the scan screen returns
    NamePrivacy searchNames = NamePrivacy::Briefly;
    int searchNameSeconds = 20;
    std::string syncUrl;
    std::string syncTokenFile;
    Policy policy;
};

struct ConfigError
{
    std::string key; ///< "policy.early_minutes"; empty for file-level errors
    std::string message; ///< what is wrong, in words a technician understands
};

/// Reads and validates a config file. Unknown keys are errors (a typo must not silently keep a default).
tl::expected<KioskConfig, ConfigError> loadConfig(const std::string &path);
tl::expected<KioskConfig, ConfigError> parseConfig(std::string_view toml, const std::string &baseDir);

} // namespace checkin::core
