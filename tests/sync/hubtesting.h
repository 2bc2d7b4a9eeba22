// Helpers of the hub tests: answers as JSON, push requests, signed key lists and their verifier.
#pragma once

#include "sync/client/httpclient.h"
#include "sync/hub/hubserver.h"
#include "terminal/codes/keylist.h"

#include <chrono>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
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

/// A long-poll parked at `hub`: the GET runs on a thread of its own, the constructor returns once the
/// hub has counted the request, and join() gives the answer.
class ParkedPoll
{
public:
    ParkedPoll(const sync::HubServer &hub, std::string url, const sync::HttpOptions &options)
    {
        const int64_t before = hub.requestCount();
        m_thread = std::thread(
            [this, url = std::move(url), options] { m_answer = parse(sync::HttpClient(options).get(url)); });
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
        while (hub.requestCount() == before && std::chrono::steady_clock::now() < deadline)
            std::this_thread::yield();
    }
    ParkedPoll(const ParkedPoll &) = delete;
    ParkedPoll &operator=(const ParkedPoll &) = delete;
    ~ParkedPoll()
    {
        if (m_thread.joinable())
            m_thread.join();
    }
    nlohmann::json join()
    {
        m_thread.join();
        return m_answer;
    }

private:
    std::thread m_thread;
    nlohmann::json m_answer;
};

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
