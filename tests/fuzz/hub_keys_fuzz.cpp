// libFuzzer target for the body of PUT /v1/keys: decodeKeyListPut, then the key list it carries as
// the hub's verifier reads it (KeyList::parse against the root key).
#include "sync/hub/hubrequests.h"
#include "tests/fuzz/fuzzkeylist.h"

using namespace checkin::sync;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view body(reinterpret_cast<const char *>(data), size);
    if (auto document = decodeKeyListPut(body))
        checkin::fuzz::fuzzKeyList(*document);
    return 0;
}
