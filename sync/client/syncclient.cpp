// SyncClient: the three phases of a run; every message is built and read by sync/protocol.
#include "sync/client/syncclient.h"

#include "sync/protocol/codec.h"

#include <cassert>
#include <charconv>

namespace checkin::sync {

namespace {

SyncFailure storeFailure(const cache::Error &e)
{
    // The local disk failing is not the network's fault; retrying later is all the sync can do.
    return {FailureClass::Transient, "store: " + e.message, {}};
}

SyncFailure malformed(const char *path, const std::string &what)
{
    return {FailureClass::Transient, "malformed answer to " + std::string(path) + ": " + what, {}};
}

/// Whether the failure means the hub is out of reach, so the later phases need not try.
bool endsTheRun(const SyncFailure &f)
{
    return f.kind != FailureClass::Rejected;
}

} // namespace

const char *keyListRefusalName(KeyListRefusal refusal)
{
    switch (refusal) {
    case KeyListRefusal::Unverified:
        return "unverified";
    case KeyListRefusal::AbsurdVersion:
        return "absurd-version";
    case KeyListRefusal::Rollback:
        return "rollback";
    }
    return "unverified";
}

SyncConfig::SyncConfig(std::string hubUrl, std::string center, KeyListVerifier verifier)
    : baseUrl(std::move(hubUrl))
    , centerId(std::move(center))
    , verifyKeyList(std::move(verifier))
{
    assert(verifyKeyList && "a sync client needs a key list verifier");
}

SyncClient::SyncClient(SyncConfig config, HttpTransport &http, ClientStore &store, Now now, Today today)
    : m_config(std::move(config))
    , m_http(http)
    , m_store(store)
    , m_now(std::move(now))
    , m_today(std::move(today))
{ }

std::string SyncClient::cursorName() const
{
    return "appointments/" + m_config.centerId + "/" + m_today(0) + "/" + m_today(m_config.daysAhead);
}

std::optional<SyncFailure> SyncClient::exchange(
    const HttpRequest &request, const char *path, HttpResponse &response, RunReport &report)
{
    auto answer = m_http.send(request);
    if (!answer) {
        if (answer.error().kind == TransportErrorKind::Interrupted)
            report.interrupted = true;
        SyncFailure f = classify(answer.error());
        f.message = std::string(path) + ": " + f.message;
        return f;
    }
    response = std::move(*answer);
    report.bytesOnWire += response.bytesOnWire;
    if (response.status == 304)
        return std::nullopt;
    if (response.status < 200 || response.status > 299) {
        // Whoever answered (the hub, or a proxy in front of it) refused the request as a whole.
        SyncFailure f = classify(response);
        f.message = "hub answered " + std::to_string(response.status) + " for " + path;
        if (auto error = protocol::decodeErrorBody(response.body); error)
            f.message += " (" + error->error + ")";
        return f;
    }
    // A captive portal or a misrouted proxy answers 200 with HTML: not our hub, try again later.
    if (!response.headers["content-type"].starts_with("application/json"))
        return malformed(path, "content type \"" + response.headers["content-type"] + "\"");
    return std::nullopt;
}

RunReport SyncClient::runOnce(Wait wait)
{
    RunReport report = push();
    if (report.failure && endsTheRun(*report.failure))
        return report;
    RunReport keys = pullKeys();
    report.keysUpdated = keys.keysUpdated;
    report.keyListProblem = keys.keyListProblem;
    report.keysChecked = keys.keysChecked;
    report.bytesOnWire += keys.bytesOnWire;
    report.interrupted = report.interrupted || keys.interrupted;
    report.serverTimeMs = keys.serverTimeMs ? keys.serverTimeMs : report.serverTimeMs;
    if (keys.failure && !report.failure)
        report.failure = keys.failure;
    if (keys.failure && endsTheRun(*keys.failure))
        return report;
    // New rows arrived while we pushed: do not sit in a long-poll while they wait. Nor with a new
    // key list: the rules take it when the run ends (runEnded), so the run must end now, not after
    // a long-poll (a key change reached the rules 25 s late, one whole long-poll after the hub
    // woke the kiosk for it).
    if (wait == Wait::LongPoll) {
        if (auto depth = m_store.outboxDepth(); (depth && *depth > 0) || report.keysUpdated)
            wait = Wait::No;
    }
    RunReport pull = pullAppointments(wait);
    pull.pushed = report.pushed;
    pull.accepted = report.accepted;
    pull.duplicates = report.duplicates;
    pull.conflicts = report.conflicts;
    pull.dropped = report.dropped;
    pull.keysUpdated = report.keysUpdated;
    pull.keyListProblem = report.keyListProblem;
    pull.keysChecked = report.keysChecked;
    pull.bytesOnWire += report.bytesOnWire;
    pull.interrupted = pull.interrupted || report.interrupted;
    if (report.failure)
        pull.failure = report.failure;
    if (!pull.serverTimeMs)
        pull.serverTimeMs = report.serverTimeMs;
    return pull;
}

RunReport SyncClient::push()
{
    constexpr const char *kPath = "/v1/push";
    RunReport report;
    size_t batchSize = static_cast<size_t>(std::max(1, m_config.pushBatch));
    for (;;) {
        auto batch = m_store.outboxBatch(static_cast<int>(batchSize));
        if (!batch) {
            report.failure = storeFailure(batch.error());
            return report;
        }
        if (batch->empty())
            return report;
        HttpRequest request{"POST", m_config.baseUrl + kPath, protocol::encode(protocol::PushRequest{*batch}),
            "application/json", {}, {}};
        HttpResponse response;
        if (auto failure = exchange(request, kPath, response, report)) {
            // A proxy's body limit: smaller batches may pass. Nothing is dropped either way.
            if (response.status == 413 && batch->size() > 1) {
                batchSize = std::max<size_t>(1, batch->size() / 2);
                continue;
            }
            report.failure = failure;
            return report;
        }
        auto answer = protocol::decodePushResponse(response.body);
        if (!answer) {
            report.failure = malformed(kPath, answer.error().message);
            return report;
        }
        if (answer->results.size() != batch->size()) {
            report.failure = malformed(kPath,
                std::to_string(answer->results.size()) + " answers for " + std::to_string(batch->size())
                    + " items");
            return report;
        }
        for (size_t i = 0; i < batch->size(); ++i)
            if (answer->results[i].id != protocol::itemId((*batch)[i])) {
                report.failure = malformed(kPath, "answer " + std::to_string(i) + " names another item");
                return report;
            }
        if (answer->serverTimeMs)
            report.serverTimeMs = answer->serverTimeMs;
        std::vector<std::string> done;
        for (const auto &r : answer->results) {
            switch (r.result) {
            case protocol::ItemResult::Accepted:
                ++report.accepted;
                break;
            case protocol::ItemResult::Duplicate:
                ++report.duplicates;
                break;
            case protocol::ItemResult::Conflict:
                ++report.conflicts;
                break;
            case protocol::ItemResult::Invalid:
                ++report.dropped; // invariant 1: the hub read the batch and refused this item alone
                break;
            }
            done.push_back(r.id);
        }
        if (auto ok = m_store.markOutboxDone(done); !ok) {
            report.failure = storeFailure(ok.error());
            return report;
        }
        report.pushed += static_cast<int>(done.size());
    }
}

RunReport SyncClient::pullKeys()
{
    constexpr const char *kPath = "/v1/keys";
    RunReport report;
    auto stored = m_store.cursor("keys/version");
    if (!stored) {
        report.failure = storeFailure(stored.error());
        return report;
    }
    int64_t storedVersion = 0;
    if (*stored && !(*stored)->empty())
        std::from_chars((*stored)->data(), (*stored)->data() + (*stored)->size(), storedVersion);
    HttpRequest request{"GET", m_config.baseUrl + kPath, {}, {}, {}, {}};
    if (storedVersion > 0)
        request.headers.emplace_back("If-None-Match", "\"k" + std::to_string(storedVersion) + "\"");
    HttpResponse response;
    if (auto failure = exchange(request, kPath, response, report)) {
        report.failure = failure;
        return report;
    }
    report.keysChecked = true;
    if (response.status == 304)
        return report;
    auto document = protocol::decodeKeyListDocument(response.body);
    if (!document) {
        report.failure = malformed(kPath, document.error().message);
        return report;
    }
    report.serverTimeMs = document->serverTimeMs;
    if (document->signedList.empty())
        return report; // the hub has no list yet: keep whatever the kiosk was provisioned with
    // Invariant 4. The hub's "version" is only a claim; the signed document says what it is.
    auto refuse = [&](KeyListRefusal kind, std::string message) {
        report.keyListProblem = KeyListProblem{kind, std::move(message)};
        return report;
    };
    auto verified = m_config.verifyKeyList(document->signedList);
    if (!verified)
        return refuse(KeyListRefusal::Unverified, verified.error());
    const int64_t version = *verified;
    if (version < 1 || version > protocol::kMaxKeyListVersion)
        return refuse(KeyListRefusal::AbsurdVersion,
            "version " + std::to_string(version) + " is above "
                + std::to_string(protocol::kMaxKeyListVersion));
    if (version <= storedVersion)
        return refuse(KeyListRefusal::Rollback,
            "version " + std::to_string(version) + " is not newer than " + std::to_string(storedVersion));
    if (auto ok = m_store.saveKeyList(version, document->signedList); !ok) {
        // The store refuses a list not newer than its own too (a list provisioned another way).
        if (ok.error().kind == cache::ErrorKind::Invalid)
            return refuse(KeyListRefusal::Rollback, ok.error().message);
        report.failure = storeFailure(ok.error());
        return report;
    }
    if (auto ok = m_store.setCursor("keys/version", std::to_string(version)); !ok) {
        report.failure = storeFailure(ok.error());
        return report;
    }
    report.keysUpdated = true;
    return report;
}

RunReport SyncClient::pullAppointments(Wait wait)
{
    const std::string path = "/v1/centers/" + m_config.centerId + "/appointments";
    RunReport report;
    const std::string name = cursorName();
    const std::string progressName = name + "#progress";
    auto committed = m_store.cursor(name);
    auto progress = m_store.cursor(progressName);
    if (!committed || !progress) {
        report.failure = storeFailure(!committed ? committed.error() : progress.error());
        return report;
    }
    report.fullDownload = !*committed || (*committed)->empty();
    std::string cursor = *progress && !(*progress)->empty() ? **progress
        : report.fullDownload                               ? std::string("0")
                                                            : **committed;
    // Only a delta that is fully caught up may wait at the hub; a download in progress must not.
    bool longPoll = wait == Wait::LongPoll && !report.fullDownload && !(*progress && !(*progress)->empty());
    for (;;) {
        std::string url = m_config.baseUrl + path + "?from=" + m_today(0)
            + "&to=" + m_today(m_config.daysAhead) + "&cursor=" + cursor
            + "&limit=" + std::to_string(m_config.pageSize);
        HttpRequest request{"GET", url, {}, {}, {}, {}};
        if (longPoll) {
            url += "&wait=" + std::to_string(m_config.longPoll.count());
            request.url = url;
            request.totalTimeout = std::chrono::duration_cast<std::chrono::milliseconds>(m_config.longPoll)
                + m_config.longPollSlack;
            request.interruptible = true;
        }
        longPoll = false;
        HttpResponse response;
        if (auto failure = exchange(request, path.c_str(), response, report)) {
            report.failure = failure;
            return report;
        }
        if (response.status == 304)
            break;
        auto page = protocol::decodeAppointmentPage(response.body);
        if (!page) {
            report.failure = malformed(path.c_str(), page.error().message);
            return report;
        }
        if (page->serverTimeMs)
            report.serverTimeMs = page->serverTimeMs;
        if (auto ok = m_store.applyPage(*page, progressName); !ok) {
            report.failure = storeFailure(ok.error());
            return report;
        }
        report.appointments += static_cast<int>(page->appointments.size());
        report.admissions += static_cast<int>(page->admissions.size());
        report.annulments += static_cast<int>(page->annulments.size());
        cursor = page->cursor;
        if (!page->hasMore)
            break;
    }
    // Invariant 2: the run is complete, so the cursor becomes the committed one.
    if (auto ok = m_store.setCursor(name, cursor); !ok) {
        report.failure = storeFailure(ok.error());
        return report;
    }
    if (auto ok = m_store.setCursor(progressName, ""); !ok) {
        report.failure = storeFailure(ok.error());
        return report;
    }
    const auto nowMs
        = std::chrono::duration_cast<std::chrono::milliseconds>(m_now().time_since_epoch()).count();
    if (auto ok = m_store.setCursor("sync/last_ok_ms", std::to_string(nowMs)); !ok) {
        report.failure = storeFailure(ok.error());
        return report;
    }
    if (auto ok = m_store.setCursor("sync/day", m_today(0)); !ok) {
        report.failure = storeFailure(ok.error());
        return report;
    }
    report.completed = true;
    return report;
}

} // namespace checkin::sync
