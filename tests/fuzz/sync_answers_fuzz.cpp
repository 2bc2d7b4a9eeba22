// libFuzzer target for the kiosk's reading of the hub's other answers: the push answer
// (decodePushResponse) and the body of every failure (decodeErrorBody).
#include "sync/protocol/codec.h"

#include <cstdlib>

using namespace checkin::sync;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view body(reinterpret_cast<const char *>(data), size);
    if (auto answer = protocol::decodePushResponse(body)) {
        const std::string text = protocol::encode(*answer);
        auto again = protocol::decodePushResponse(text);
        if (!again || protocol::encode(*again) != text)
            std::abort();
    }
    if (auto error = protocol::decodeErrorBody(body)) {
        const std::string text = protocol::encode(*error);
        auto again = protocol::decodeErrorBody(text);
        if (!again || protocol::encode(*again) != text)
            std::abort();
    }
    return 0;
}
