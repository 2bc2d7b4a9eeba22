// The kiosk's TOML configuration, validated at start with messages that name the bad key.
#pragma once

#include "terminal/core/policy.h"

#include <string>
#include <tl/expected.hpp>
#include <vector>

namespace checkin::core {

enum class KioskMode { Staff, SelfService };

/// How the kiosk trusts the hub and proves itself to it over TLS ([sync] ca_file, pin_sha256,
/// client_cert, client_key). Verification is always on; these only narrow whom the kiosk trusts.
struct SyncTls
{
    std::string caFile; ///< the CA that signed the hub's certificate; empty: the system's CAs
    std::string pin; ///< "sha256//BASE64[;sha256//BASE64]": the hub's public key(s); empty: no pin
    std::string clientCert; ///< the kiosk's certificate (PEM) for mutual TLS, with clientKey
    std::string clientKey;
};

/// Names in the staff search: always shown, shown for `searchNameSeconds` after each search, or
/// only while staff hold a row down (a screen the queue can read).
enum class NamePrivacy { Shown = 0, Briefly = 1, OnHold = 2 };

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
    int verdictRememberSeconds
        = 15; ///< a verdict with a date or time to remember (another day, come back at)
    int verdictTouchSeconds = 10; ///< self-service: a touch keeps the verdict at least this long from then on
    std::string printerUri; ///< driverless IPP printer for slips (ipp:// or ipps://); empty: no paper offered
    std::string headphoneDevice; ///< evdev node that reports the headphone jack; empty: speech by button
    NamePrivacy searchNames = NamePrivacy::Briefly;
    int searchNameSeconds = 20;
    std::string syncUrl;
    std::string syncTokenFile;
    SyncTls syncTls;
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

/// A pin as written in a config or on a command line (base64 of the SHA-256 of the hub's public
/// key, with or without "sha256//", several separated by ';') as libcurl wants it; empty if malformed.
std::string normalizePin(std::string_view text);

} // namespace checkin::core
