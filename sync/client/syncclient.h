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
#include <tl/expected.hpp>

namespace checkin::sync {

/// Why a downloaded key list was not stored (the kiosk keeps its old list and syncs on).
enum class KeyListRefusal {
    Unverified, ///< not signed by the pinned root key, or not a key list at all
    AbsurdVersion, ///< signed, but its version is above protocol::kMaxKeyListVersion
    Rollback, ///< signed, but not newer than the stored list
};
const char *keyListRefusalName(KeyListRefusal refusal);

struct KeyListProblem
{
    KeyListRefusal kind = KeyListRefusal::Unverified;
    std::string message; ///< short, for technicians ("not signed by the pinned root key")
};

/// Checks a signed key list document against the pinned root key: the version the verified
/// document itself states, or why it is refused. The terminal knows the format and the key
/// (sync/ knows neither) and injects it.
using KeyListVerifier = std::function<tl::expected<int64_t, std::string>(const std::string &document)>;

struct SyncConfig
{
    /// A client cannot be configured without a key list check: nothing unverified is ever stored.
    SyncConfig(std::string hubUrl, std::string center, KeyListVerifier verifier);

    std::string baseUrl; ///< e.g. "https://hub.example:8443" (no trailing slash)
    std::string centerId;
    int pageSize = 1000;
    int pushBatch = 200;
    std::chrono::seconds longPoll{25}; ///< how long the hub may hold a delta request
    std::chrono::milliseconds longPollSlack{10000}; ///< added to the long-poll for the transfer timeout
    int daysAhead = 0; ///< pull today .. today + daysAhead
    KeyListVerifier verifyKeyList; ///< never empty
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
    int dropped = 0; ///< refused by the hub for good: its per-item answer "invalid"
    int appointments = 0;
    int admissions = 0;
    int annulments = 0; ///< other kiosks' annulled admissions the pull carried
    bool fullDownload = false;
    bool completed = false; ///< the pull reached the last page and stored its cursor
    bool keysUpdated = false;
    bool keysChecked = false; ///< the key step got an answer (a list, "unchanged" or none)
    std::optional<KeyListProblem> keyListProblem; ///< the hub's list was refused (the run goes on)
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
/// A phase that fails because the hub cannot be reached (transient, timeout, unauthorized) ends the
/// run; a rejected request (a whole-request 4xx) or a refused key list does not, so cancellations
/// keep arriving while a technician fixes the rest. The report's failure is the first one.
/// Invariants:
/// 1. An outbox row leaves only after the hub answered it, item by item, in a 200 whose body
///    decodes as a push answer naming every item of the batch: accepted, duplicate or conflict,
///    or "invalid" (the one permanent refusal). No whole-request failure drops a row.
/// 2. The committed cursor moves only when a pull reached its last page; until then the page
///    progress cursor records where to resume.
/// 3. Nothing from an answer is applied unless the whole answer decoded.
/// 4. A key list is stored only after verifyKeyList accepted it, under the version it states
///    itself, and only when that version is newer than the stored one and not absurd.
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
    /// Sends, and classifies any failure with a short reason naming `path`.
    std::optional<SyncFailure> exchange(
        const HttpRequest &request, const char *path, HttpResponse &response, RunReport &report);
    SyncConfig m_config;
    HttpTransport &m_http;
    ClientStore &m_store;
    Now m_now;
    Today m_today;
};

} // namespace checkin::sync
