// libFuzzer target for the body of POST /v1/status: the hub's decodeStatus, and the text it stores.
#include "sync/hub/boundedjson.h"
#include "sync/hub/hubrequests.h"
#include "sync/protocol/codec.h"

#include <cstdlib>

using namespace checkin::sync;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view body(reinterpret_cast<const char *>(data), size);
    auto stored = decodeStatus(body, "sb-01", 1'700'000'000'000);
    if (stored) {
        // GET /v1/kiosks parses the stored text again: it must be an object that names its kiosk.
        const auto doc = parseBoundedJson(*stored);
        if (!doc.is_object() || doc.value("kiosk_id", std::string()) != "sb-01")
            std::abort();
    }
    // The typed reading of the same report (the kiosk's encoder, the desk's view).
    if (auto report = protocol::decodeStatusReport(body)) {
        if (!protocol::decodeStatusReport(protocol::encode(*report)))
            std::abort();
    }
    return 0;
}
