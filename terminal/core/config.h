// The kiosk's TOML configuration, validated at start with messages that name the bad key.
#pragma once

#include "terminal/core/policy.h"

#include <string>
#include <tl/expected.hpp>
#include <vector>

namespace checkin::core {

enum class KioskMode { Staff, SelfService };

struct KioskConfig
{
    KioskMode mode = KioskMode::Staff;
    std::string centerName; ///< required: no center's name is a default
    std::string language = "de";
    std::string timeZone = "Europe/Berlin";
    std::string cameraSource = "/dev/video0";
    int cameraWidth = 1280;
    int cameraHeight = 720;
    double cameraFps = 30;
    bool cameraLoop = false; ///< a video file or image sequence starts again at its end
    int verdictSeconds = 6; ///< how long a verdict stays before the scan screen returns
    std::string syncUrl;
    std::string syncTokenFile;
    Policy policy;
};

struct ConfigError
{
    std::string key; ///< "policy.early_minutes"; empty for file-level errors
    std::string message; ///< what is wrong, in words a technician understands
};

/// Every problem of one config, in file order.
using ConfigErrors = std::vector<ConfigError>;

/// One line per problem ("kiosk.mode: must be ..."), for the setup screen and the log.
std::string describe(const ConfigErrors &errors);

/// Reads and validates a config file: all values (parseConfig), then the files it names (a token
/// file readable when a hub is set, the key list file). Unknown keys are errors (a typo must not
/// silently keep a default).
tl::expected<KioskConfig, ConfigErrors> loadConfig(const std::string &path);
/// Validates the text alone (types, ranges, the time zone, the language); touches no file.
tl::expected<KioskConfig, ConfigErrors> parseConfig(std::string_view toml, const std::string &baseDir);

} // namespace checkin::core
