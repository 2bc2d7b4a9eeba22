// libFuzzer target for the kiosk's reading of GET /v1/keys: decodeKeyListDocument, then the signed
// list in it as the kiosk verifies it (KeyList::verifiedVersion, KeyList::parse).
#include "sync/protocol/codec.h"
#include "tests/fuzz/fuzzkeylist.h"

using namespace checkin::sync;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view body(reinterpret_cast<const char *>(data), size);
    auto document = protocol::decodeKeyListDocument(body);
    if (!document)
        return 0;
    const std::string text = protocol::encode(*document);
    auto again = protocol::decodeKeyListDocument(text);
    if (!again || protocol::encode(*again) != text)
        std::abort();
    (void)checkin::core::KeyList::verifiedVersion(
        document->signedList, checkin::fuzz::fuzzRootKey().publicKey());
    checkin::fuzz::fuzzKeyList(document->signedList);
    return 0;
}
