// HubServer::Impl, shared by the hub's route files (hubserver.cpp and the kiosk, admin and desk routes).
#pragma once

#include "offline-cache/namefold.h"
#include "sync/hub/clearingdesk.h"
#include "sync/hub/desksession.h"
#include "sync/hub/helpdeskpage.h"
#include "sync/hub/httpfront.h"
#include "sync/hub/hubrequests.h"
#include "sync/hub/hubserver.h"
#include "sync/hub/kioskauth.h"
#include "sync/hub/longpolls.h"
#include "sync/hub/sharedpages.h"

#include <atomic>
#include <condition_variable>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <regex>
#include <thread>

namespace checkin::sync {

using nlohmann::json;

/// Who may call a route: anyone, a kiosk (bearer token), the admin API (bearer credential), or a
/// signed-in desk browser (session cookie; its forms carry a CSRF token).
enum class Who { Anyone, Kiosk, Admin, Desk };

struct RouteSpec
{
    const char *method;
    const char *path; ///< OpenAPI form, "{name}" for a path parameter
    Who who;
    size_t bodyLimit; ///< the most body bytes the route takes, checked before reading
};

/// Whether a handler answered now (into its response) or will answer later through its Responder.
enum class Answer { Now, Later };

/// The wall clock in milliseconds since the epoch (Options::nowMs replaces it in tests).
int64_t systemNowMs();

/// The hub: its store connections, parked long-polls, front and desk sessions. The front's handler
/// threads (`hub-work`) run its routes; the store is used under storeMutex.
struct HubServer::Impl
{
    Options options;
    // Declared before the store: its listener thread may signal them until the store is gone.
    std::mutex storeMutex;
    cache::NameFolder folder; ///< the desk's searches, under storeMutex
    std::condition_variable changed; ///< signalled (under storeMutex) on stop, for the retention thread
    /// Another hub process announced a change (PostgreSQL NOTIFY). Written under storeMutex; read
    /// without it first by every long-poll, which must not queue behind a push's commit for it.
    std::atomic<bool> noticePending{false};
    /// The front while it serves. Tasks for its threads go through onFront(), and stop() clears it
    /// under liveMutex: no thread (the store's listener among them) posts into a front that stop()
    /// is tearing down (ThreadSanitizer saw the listener's post race the front's destruction).
    std::mutex liveMutex;
    HttpFront *live = nullptr; ///< under liveMutex
    void onFront(const std::function<void(HttpFront &)> &use)
    {
        std::lock_guard lock(liveMutex);
        if (live)
            use(*live);
    }
    // Declared before the store and the front: the front's timers and the store's listener call it.
    LongPolls polls{
        [this](std::function<void()> task) { onFront([&](HttpFront &f) { f.post(std::move(task)); }); },
        [this](std::chrono::milliseconds delay, std::function<void()> task) {
            onFront([&](HttpFront &f) { f.after(delay, std::move(task)); });
        }};
    std::unique_ptr<HubStore> store;
    /// A second connection to the same database for token lookups only, under its own mutex: the
    /// I/O thread checks every request head's token (invariant 1 of the front) and must never
    /// wait behind a writer's commit or a page query on storeMutex (it did: under PostgreSQL the
    /// health route's p99 reached 850 ms). Reads see every committed revocation at once.
    std::mutex authMutex;
    std::unique_ptr<HubStore> authStore;
    /// Connections for the change feed's pages, one per handler thread at most: a woken center
    /// answers each of its kiosks with a page query, and those must neither wait behind pushes on
    /// storeMutex nor hold pushes up (under PostgreSQL they did: push p50 336 ms at 2,000 kiosks).
    /// Each is a plain reader: every change up to the seq it reads first has committed (HubStore
    /// invariant 1), whichever connection reads it.
    std::mutex readersMutex;
    std::condition_variable readerFree;
    std::vector<std::unique_ptr<HubStore>> readers;
    /// One page query for all the kiosks of a center that a change woke (they ask for the same page).
    SharedPages pages;
    /// A push waiting for the next group write: its batch, what was decoded (the answer lists the
    /// undecodable items too), and where the answer goes.
    struct PendingPush
    {
        PushBatch batch;
        std::vector<DecodedPushItem> decoded;
        HubResponse res;
        Responder respond;
    };
    /// Group commit: pushes that arrive while one handler thread writes wait here, and that thread
    /// writes them together next (HubStore::pushAll: one transaction, one commit). Nothing is
    /// answered before its write committed.
    std::mutex pushMutex;
    std::vector<PendingPush> pushQueue; ///< under pushMutex
    bool pushing = false; ///< under pushMutex: a handler thread is writing the queue
    int64_t seq = 0; ///< the highest seq seen in center_seq, under storeMutex
    std::map<std::string, int64_t> centerSeq; ///< each center's newest change, under storeMutex
    std::atomic<bool> stopping{false};
    std::unique_ptr<HttpFront> front;
    std::vector<std::regex> patterns; ///< kRoutes' paths as regular expressions, in the same order
    std::thread retention; ///< "hub-retention": purges once an hour
    AuthThrottle throttle; ///< wrong kiosk tokens, admin credentials and desk sign-ins, per address
    std::unique_ptr<DeskSessions> desk; ///< the desk credential as hashes; the plain text is wiped
    int port = -1;
    std::string error;
    std::atomic<int64_t> requests{0};

    int64_t now() const { return options.nowMs ? options.nowMs() : systemNowMs(); }

    Answer reply(HubResponse &res, int status, json body)
    {
        body["server_time_ms"] = now();
        res.status = status;
        res.body = body.dump();
        res.contentType = "application/json";
        return Answer::Now;
    }
    Answer fail(HubResponse &res, int status, const std::string &code, const std::string &message)
    {
        return reply(res, status, json{{"error", code}, {"message", message}});
    }

    /// The kiosk and center of the bearer token, if it is a provisioned, unrevoked kiosk's.
    std::optional<KioskIdentity> kioskOf(const HubRequest &req)
    {
        const auto auth = req.header("authorization");
        if (!auth.starts_with("Bearer ") || auth.size() - 7 < kMinTokenLength)
            return std::nullopt;
        // The store looks up the token's hash: the token's own bytes are compared nowhere.
        const auto hash = hashToken(std::string_view(auth).substr(7));
        std::lock_guard lock(authMutex);
        auto found = authStore->kioskForTokenHash(hash);
        return found ? *found : std::nullopt;
    }
    /// Whether `user` is a desk user whose access key is not revoked (read on the token connection).
    bool deskUserActive(const std::string &user)
    {
        std::lock_guard lock(authMutex);
        if (!authStore)
            return false;
        auto hash = authStore->deskUserKeyHash(user);
        return hash && hash->has_value();
    }
    /// The desk sign-in: a desk user and their own access key, or (no user named) the shared
    /// credential, which signs in only while the hub has no active desk user. The user to put into
    /// the session ("" for the shared credential); nullopt when refused.
    std::optional<std::string> deskSignIn(const std::string &user, const std::string &key);
    /// The admin API: `Authorization: Bearer` with the desk credential (never in a URL).
    bool isAdmin(const HubRequest &req) const
    {
        const auto auth = req.header("authorization");
        return auth.starts_with("Bearer ") && desk->checkCredential(std::string_view(auth).substr(7));
    }
    /// Who the request comes from, checked against the route; false with `refusal` filled (401, 403,
    /// 429, or the desk's redirect to its sign-in). Failed tries count against the address.
    bool authenticate(const RouteSpec &spec, const HubRequest &req, KioskIdentity &who, HubResponse &refusal);
    /// A desk page answer: the page headers, and the session's cookie renewed.
    void deskPage(HubResponse &res, const HubRequest &req, const DeskSession &session)
    {
        setPageHeaders(res);
        res.setHeader("Set-Cookie",
            DeskSessions::cookieHeader(desk->renew(session, now()), req.tls, DeskSessions::kIdleMs / 1000));
    }
    Answer login(const HubRequest &req, HubResponse &res);

    /// Reads which centers changed since the last look and wakes their long-polls (under storeMutex).
    void refreshSeq()
    {
        noticePending = false;
        auto moved = store->centerSeqs(seq);
        if (!moved || moved->empty())
            return;
        for (const auto &[center, s] : *moved) {
            centerSeq[center] = s;
            seq = std::max(seq, s);
            sequenceChanged(center, s);
        }
    }
    /// The one wake-up of waiting long-polls: a center's change sequence moved, by a write of this
    /// process (refreshSeq) or of another one (its NOTIFY, read by refreshSeq on a handler thread).
    void sequenceChanged(const std::string &center, int64_t centerSeqNow)
    {
        polls.sequenceChanged(center, centerSeqNow);
    }

    cache::Result<void> openStore();
    void provision();
    std::string purge();
    tl::expected<int64_t, std::string> installKeyList(const std::string &document);

    /// The route of a request, with its path parameters in req.matches (1, 2, ...); null if none.
    const RouteSpec *match(HubRequest &req) const;
    HeadVerdict headCheck(const HubRequest &head);
    void serve(HubRequest req, const Responder &respond);
    Answer handle(const RouteSpec &spec, const HubRequest &req, HubResponse &res, const Responder &respond);
    // The routes by who may call them (kioskroutes.cpp, adminroutes.cpp, deskroutes.cpp); each
    // answers 404 for a path of its kind it does not serve.
    Answer kioskRoute(const std::string &path, const KioskIdentity &who, const HubRequest &req,
        HubResponse &res, const Responder &respond);
    Answer adminRoute(const std::string &path, const HubRequest &req, const json &body, HubResponse &res);
    Answer deskRoute(const std::string &path, const HubRequest &req, const json &body,
        const std::optional<DeskSession> &session, HubResponse &res);
    Answer appointments(
        const KioskIdentity &who, const HubRequest &req, HubResponse &res, const Responder &respond);
    void appointmentsPage(const HubRequest &req, HubResponse &res);
    Answer push(const KioskIdentity &who, const HubRequest &req, HubResponse &res, const Responder &respond);
    /// Writes queued pushes, a group per write, until the queue is empty; then another thread's
    /// next push writes.
    void writePushes();
    /// The answer to one push from its batch's stored answers (or the write's error).
    void answerPush(PendingPush &pending, const cache::Result<std::vector<PushAnswer>> &stored);
    /// A desk action on a case by `actor` (DeskSession::actor()): nullopt when done, else why not;
    /// store failures in `storeError`.
    std::optional<DeskRefusal> clearingAction(const std::string &id, const std::string &action,
        const json &body, const std::string &actor, std::string &storeError);
    /// The day in the center's zone (the process time zone, set by --time-zone).
    std::string today() const;
    void deskHome(const HubRequest &req, HubResponse &res, const DeskSession &session);
    void deskCase(const HubRequest &req, HubResponse &res, const DeskSession &session, const std::string &id,
        const std::string &error, int status);
    void deskOpenCase(const HubRequest &req, HubResponse &res, const DeskSession &session, const json &form);
    void deskReport(const HubRequest &req, HubResponse &res, const DeskSession &session);
};

} // namespace checkin::sync
