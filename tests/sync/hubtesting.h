// Helpers of the hub tests: answers as JSON, push requests, signed key lists and their verifier.
#pragma once

#include "sync/client/httpclient.h"
#include "sync/hub/hubserver.h"
#include "terminal/codes/keylist.h"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace checkin::testing {

inline nlohmann::json parse(const tl::expected<sync::HttpResponse, sync::TransportError> &r)
{
    return r ? nlohmann::json::parse(r->body, nullptr, false) : nlohmann::json();
}

inline sync::HttpRequest pushRequest(const std::string &url, const std::vector<nlohmann::json> &items)
{
    // A vector, not a json: nlohmann reads "{item}" as the item itself rather than a one-item array.
    return sync::HttpRequest{
        "POST", url, nlohmann::json{{"items", nlohmann::json(items)}}.dump(), "application/json", {}, {}};
}

inline nlohmann::json checkInItem(const std::string &id, int64_t appointment, bool admitted, int64_t at)
{
    return {{"kind", "checkin"}, {"id", id}, {"appointment_id", appointment}, {"admitted", admitted},
        {"scanned_at_ms", at}};
}

/// The verifier the hub program injects, over the real key-list code.
inline sync::KeyListVerifier verifierFor(const core::PublicKey &root)
{
    return [root](const std::string &document) -> tl::expected<int64_t, std::string> {
        auto list = core::KeyList::parse(document, root);
        if (!list)
            return tl::unexpected(list.error().message);
        return list->version();
    };
}

/// A key list of one code-signing key, signed by `root`.
inline std::string signedList(const core::SigningKey &root, int64_t version)
{
    const auto signer = core::SigningKey::fromPassphrase("codes " + std::to_string(version));
    const core::KeyList list(
        version, 4'000'000'000, {core::KeyEntry{1, signer.publicKey(), 0, 4'000'000'000, false, {}}}, {});
    return list.sign(root);
}

} // namespace checkin::testing
