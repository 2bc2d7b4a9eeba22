// libFuzzer target for everything that reads untrusted text before a decision: the CK1 code
// parser (shape, base45, layout, fields), the key list parser and the legacy shape matcher.
#include "terminal/codes/base45.h"
#include "terminal/codes/bookingcode.h"
#include "terminal/codes/keylist.h"
#include "terminal/core/policy.h"

#include <cstdlib>
#include <string>

using namespace checkin::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const SigningKey key = SigningKey::fromPassphrase("fuzz key");
    const std::string_view text(reinterpret_cast<const char *>(data), size);

    // The kiosk's path: shape, strict decoding, signature (fails for almost every input).
    auto code = bookingcode::unpack(text);
    if (code) {
        (void)bookingcode::open(*code, key.publicKey());
        // The field reader sits behind the signature; sign what was decoded (as a hub with a bug
        // could) so that it gets fuzzed too. A code that opens must re-issue to the same text.
        SignedCode resigned = *code;
        resigned.signature = key.sign(code->signedBytes);
        auto claims = bookingcode::open(resigned, key.publicKey());
        if (claims) {
            auto again = bookingcode::issue(*claims, key);
            auto reference = bookingcode::unpack(again.value());
            if (!reference || reference->signedBytes != code->signedBytes)
                std::abort();
        }
    }

    // base45 is canonical: whatever decodes encodes back to the same text.
    if (auto bytes = base45::decode(text); bytes && base45::encode(*bytes) != text)
        std::abort();

    // Key lists: the signature gate, then the body parser behind it.
    (void)KeyList::parse(text, key.publicKey());
    if (size < 4096) {
        const Signature sig = key.sign(std::span(data, size));
        (void)KeyList::parse(std::string(text) + "signature " + toHex(sig) + "\n", key.publicKey());
    }

    Policy policy;
    policy.legacyShapes = {"XXX-XXXX-XXXX", "AA99-XXXX"};
    (void)matchesLegacyShape(policy, text);
    return 0;
}
