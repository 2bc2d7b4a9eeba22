// libFuzzer target for the kiosk's reading of GET /v1/centers/{id}/appointments: decodeAppointmentPage.
#include "sync/protocol/codec.h"

#include <cstdlib>

using namespace checkin::sync;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view body(reinterpret_cast<const char *>(data), size);
    auto page = protocol::decodeAppointmentPage(body);
    if (!page)
        return 0;
    // A page the kiosk accepts is one the hub's encoder can write: it reads back to the same text.
    const std::string text = protocol::encode(*page);
    auto again = protocol::decodeAppointmentPage(text);
    if (!again || protocol::encode(*again) != text)
        std::abort();
    return 0;
}
