// The kiosk side of the sync protocol: push the outbox, fetch the key list, pull appointments.
#pragma once

#include "sync/client/clientstore.h"
#include "sync/client/failure.h"
#include "sync/client/httptransport.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

namespace checkin::sync {

struct SyncConfig
{
    std::string baseUrl; ///< e.g. "https://hub.example:8443" (no trailing slash)
    std::string centerId;
    int pageSize = 1000;
    int pushBatch = 200;
    std::chrono::seconds longPoll{25}; ///< how long the hub may hold a delta request
    std::chrono::milliseconds longPollSlack{10000}; ///< added to the long-poll for the transfer timeout
    int daysAhead = 0; ///< pull today .. today + daysAhead
    /// Checks the signed key list text (the terminal knows the format and the root key); empty: the
    /// store's own checks only.
    std::function<bool(const std::string &document)> verifyKeyList;
};

/// What one run did; `failure` is set when it stopped early (what was done before stays done).
struct RunReport
{
    std::optional<SyncFailure> failure;
    bool interrupted = false; ///< a long-poll was cut short on purpose (new outbox rows)
    int pushed = 0;
    int accepted = 0;
    int duplicates = 0;
    int conflicts = 0;
    int dropped = 0; ///< refused by the hub for good ("invalid" or a permanent 4xx for one item)
    int appointments = 0;
    int admissions = 0;
    bool fullDownload = false;
    bool completed = false; ///< the pull reached the last page and stored its cursor
    bool keysUpdated = false;
    long long bytesOnWire = 0;
    std::optional<int64_t> serverTimeMs; ///< from the last answer
    bool ok() const { return !failure; }
};

/// Runs on the "sync" thread (or a CLI's main thread). Blocking; never touches the GUI.
///
/// One run, in this order (uploads before downloads, so the hub counts our admissions before we
/// learn about others'):
///   push: outbox batches until empty → keys: GET with the stored version's ETag → pull: pages
///   from the resume point until has_more is false, the first delta request as a long-poll.
/// Invariants:
/// 1. An outbox row leaves only after the hub answered it accepted/duplicate/conflict, or refused
///    it for good (invalid, or a permanent 4xx with the row alone in its batch).
/// 2. The committed cursor moves only when a pull reached its last page; until then the page
///    progress cursor records where to resume.
/// 3. Nothing from an answer is applied unless the whole answer parsed.
class SyncClient
{
public:
    using Now = std::function<std::chrono::system_clock::time_point()>;
    using Today = std::function<std::string(int daysFromToday)>; ///< local "YYYY-MM-DD"

    SyncClient(SyncConfig config, HttpTransport &http, ClientStore &store, Now now, Today today);

    enum class Wait { No, LongPoll };
    RunReport runOnce(Wait wait = Wait::No);
    RunReport push();
    RunReport pullKeys();
    RunReport pullAppointments(Wait wait);

    /// The cursor names for the current day range (the day change starts a new full download).
    std::string cursorName() const;

private:
    std::optional<SyncFailure> exchange(
        const HttpRequest &request, HttpResponse &response, RunReport &report);
    SyncConfig m_config;
    HttpTransport &m_http;
    ClientStore &m_store;
    Now m_now;
    Today m_today;
};

} // namespace checkin::sync
