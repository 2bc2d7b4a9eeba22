// The kiosk's TOML configuration, validated at start with messages that name the bad key.
#pragma once

#include "terminal/core/policy.h"

#include <string>
#include <tl/expected.hpp>

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

/// Reads and validates a config file. Unknown keys are errors (a typo must not silently keep a default).
tl::expected<KioskConfig, ConfigError> loadConfig(const std::string &path);
tl::expected<KioskConfig, ConfigError> parseConfig(std::string_view toml, const std::string &baseDir);

/// A pin as written in a config or on a command line (base64 of the SHA-256 of the hub's public
/// key, with or without "sha256//", several separated by ';') as libcurl wants it; empty if malformed.
std::string normalizePin(std::string_view text);

} // namespace checkin::core
