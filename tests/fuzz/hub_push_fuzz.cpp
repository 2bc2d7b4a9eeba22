// libFuzzer target for the body of POST /v1/push: the hub's decodePush over the protocol decoder.
#include "sync/hub/hubrequests.h"
#include "sync/protocol/codec.h"

#include <cstdlib>

using namespace checkin::sync;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view body(reinterpret_cast<const char *>(data), size);

    // The hub's path: every item is either decoded or refused with a reason, never both.
    if (auto items = decodePush(body)) {
        for (const auto &item : *items) {
            if (item.item.has_value() == !item.problem.empty())
                std::abort();
            if (item.item && item.id.size() > kMaxItemIdLength)
                std::abort();
        }
    }

    // What the hub reads, the kiosk's encoder writes back the same: encoding the readable items and
    // decoding them again gives the same items (one encoder, one decoder).
    auto decoded = protocol::decodePushRequest(body);
    if (!decoded)
        return 0;
    protocol::PushRequest readable;
    for (const auto &entry : decoded->entries)
        if (entry.item)
            readable.items.push_back(*entry.item);
    const std::string again = protocol::encode(readable);
    auto back = protocol::decodePushRequest(again);
    if (!back || back->entries.size() != readable.items.size())
        std::abort();
    for (size_t i = 0; i < readable.items.size(); ++i) {
        const auto &entry = back->entries[i];
        if (!entry.item || protocol::encode(*entry.item) != protocol::encode(readable.items[i]))
            std::abort();
    }
    return 0;
}
