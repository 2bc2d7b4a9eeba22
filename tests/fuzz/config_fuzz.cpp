// libFuzzer target for the kiosk's TOML config: parseConfig (what loadConfig calls on the file).
#include "terminal/core/config.h"

#include <cstdlib>

using namespace checkin::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    auto config = parseConfig(text, "/boot/kiosk");
    if (!config) {
        // Refused with at least one message for the setup screen.
        if (config.error().empty() || describe(config.error()).empty())
            std::abort();
    } else if (config->centerName.empty()) {
        std::abort();
    } else if (!config->syncTls.pin.empty() && normalizePin(config->syncTls.pin) != config->syncTls.pin) {
        std::abort(); // a pin is kept in the one form libcurl reads
    }
    (void)normalizePin(text);
    return 0;
}
