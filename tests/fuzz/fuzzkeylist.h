// Shared by the fuzz targets that receive a signed key list: the list's parser behind its signature.
#pragma once

#include "terminal/codes/keylist.h"

#include <cstdlib>
#include <string>
#include <string_view>

namespace checkin::fuzz {

/// The root key the fuzz targets trust (the seeds are signed with it).
inline const core::SigningKey &fuzzRootKey()
{
    static const core::SigningKey key = core::SigningKey::fromPassphrase("fuzz key");
    return key;
}

/// Parses `text` as the kiosk and the hub do, then once more signed by the trusted root (as a root
/// key holder with a bug could sign it), so the body parser behind the signature gets fuzzed too.
/// A list that parses must survive its own signing: the hub's output is what the kiosks read.
inline void fuzzKeyList(std::string_view text)
{
    const auto &root = fuzzRootKey();
    (void)core::KeyList::parse(text, root.publicKey());
    if (text.size() > 64 * 1024)
        return;
    std::string body(text);
    if (const size_t last = body.rfind('\n', body.size() >= 2 ? body.size() - 2 : 0);
        last != std::string::npos && body.compare(last + 1, 10, "signature ") == 0)
        body.resize(last + 1);
    const core::Signature sig
        = root.sign(std::span(reinterpret_cast<const uint8_t *>(body.data()), body.size()));
    auto list = core::KeyList::parse(body + "signature " + core::toHex(sig) + "\n", root.publicKey());
    if (!list)
        return;
    auto again = core::KeyList::parse(list->sign(root), root.publicKey());
    if (!again || again->version() != list->version() || again->expiresS() != list->expiresS()
        || again->keys().size() != list->keys().size())
        std::abort();
}

} // namespace checkin::fuzz
