// HubServer over HttpFront: routing, authentication, parked long-polls and JSON encoding of the protocol.
#include "sync/hub/hubserver.h"

#include "offline-cache/clearingcases.h"
#include "offline-cache/namefold.h"
#include "sync/hub/boundedjson.h"
#include "sync/hub/clearingdesk.h"
#include "sync/hub/desksession.h"
#include "sync/hub/helpdeskpage.h"
#include "sync/hub/httpfront.h"
#include "sync/hub/hubrequests.h"
#include "sync/hub/kioskauth.h"
#include "sync/hub/longpolls.h"
#include "sync/protocol/codec.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <ctime>
#include <iostream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <pthread.h>
#include <regex>
#include <sodium.h>
#include <thread>

namespace checkin::sync {

using nlohmann::json;
namespace wire = protocol;

namespace {

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

constexpr size_t kKiB = 1024;
constexpr size_t kMiB = 1024 * kKiB;

// The single list of routes: the router, the head check and the protocol test all read it.
constexpr RouteSpec kRoutes[] = {
    {"GET", "/v1/health", Who::Anyone, 0},
    {"GET", "/v1/centers/{center}/appointments", Who::Kiosk, 0},
    {"POST", "/v1/push", Who::Kiosk, 4 * kMiB},
    {"GET", "/v1/keys", Who::Kiosk, 0},
    {"POST", "/v1/status", Who::Kiosk, 64 * kKiB},
    {"PUT", "/v1/keys", Who::Admin, 1 * kMiB},
    {"POST", "/v1/appointments/import", Who::Admin, 64 * kMiB},
    {"GET", "/v1/clearing", Who::Admin, 0},
    {"GET", "/v1/kiosks", Who::Admin, 0},
    {"POST", "/v1/clearing/cases/{id}/attach", Who::Admin, 64 * kKiB},
    {"POST", "/v1/clearing/cases/{id}/admit", Who::Admin, 64 * kKiB},
    {"POST", "/v1/clearing/cases/{id}/close", Who::Admin, 64 * kKiB},
    {"GET", "/helpdesk", Who::Desk, 0},
    {"GET", "/helpdesk/cases/{id}", Who::Desk, 0},
    {"POST", "/helpdesk/cases/{id}/{action}", Who::Desk, 64 * kKiB},
    {"POST", "/helpdesk/cases", Who::Desk, 64 * kKiB},
    {"GET", "/helpdesk/report", Who::Desk, 0},
    {"GET", "/helpdesk/login", Who::Anyone, 0},
    {"POST", "/helpdesk/login", Who::Anyone, 4 * kKiB},
    {"POST", "/helpdesk/logout", Who::Desk, 4 * kKiB},
};

/// Whether a handler answered now (into its response) or will answer later through its Responder.
enum class Answer { Now, Later };

std::string regexFor(const std::string &path)
{
    return std::regex_replace(path, std::regex(R"(\{[a-z_]+\})"), "([^/]+)");
}

int64_t systemNowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::system_clock::now().time_since_epoch())
        .count();
}

json encode(const PushAnswer &p)
{
    json j{{"id", p.id}, {"result", pushResultName(p.result)}};
    if (!p.message.empty())
        j["message"] = p.message;
    if (p.result == PushResult::Conflict)
        j["first"] = {{"checkin_id", p.firstCheckInId}, {"kiosk_id", p.firstKioskId},
            {"scanned_at_ms", p.firstScannedAtMs}};
    return j;
}

int64_t intParam(const HubRequest &req, const char *name, int64_t fallback)
{
    if (!req.hasParam(name))
        return fallback;
    try {
        return std::stoll(req.param(name));
    } catch (const std::exception &) {
        return -1;
    }
}

} // namespace

/// The local date `days` days before `nowMs` (YYYY-MM-DD, the hub's time zone).
std::string dayBefore(int64_t nowMs, int days)
{
    const std::time_t t = static_cast<std::time_t>(nowMs / 1000 - int64_t{days} * 86400);
    std::tm tm{};
    localtime_r(&t, &tm);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
    return buf;
}

struct HubServer::Impl
{
    Options options;
    // Declared before the store: its listener thread may signal them until the store is gone.
    std::mutex storeMutex;
    cache::NameFolder folder; ///< the desk's searches, under storeMutex
    std::condition_variable changed; ///< signalled (under storeMutex) on stop, for the retention thread
    bool noticePending = false; ///< another hub process announced a change (PostgreSQL NOTIFY)
    // Declared before the store and the front: the front's timers and the store's listener call it.
    LongPolls polls{[this](std::function<void()> task) {
                        if (auto *f = live.load())
                            f->post(std::move(task));
                    },
        [this](std::chrono::milliseconds delay, std::function<void()> task) {
            if (auto *f = live.load())
                f->after(delay, std::move(task));
        }};
    std::atomic<HttpFront *> live{nullptr}; ///< the front while it serves
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
    void serve(HubRequest req, Responder respond);
    Answer handle(const RouteSpec &spec, const HubRequest &req, HubResponse &res, const Responder &respond);
    Answer appointments(
        const KioskIdentity &who, const HubRequest &req, HubResponse &res, const Responder &respond);
    void appointmentsPage(const HubRequest &req, HubResponse &res);
    Answer push(const KioskIdentity &who, const HubRequest &req, HubResponse &res);
    /// A desk action on a case: nullopt when done, else why not; store failures in `storeError`.
    std::optional<DeskRefusal> clearingAction(
        const std::string &id, const std::string &action, const json &body, std::string &storeError);
    /// The day in the center's zone (the process time zone, set by --time-zone).
    std::string today() const;
    void deskHome(const HubRequest &req, HubResponse &res, const DeskSession &session);
    void deskCase(const HubRequest &req, HubResponse &res, const DeskSession &session, const std::string &id,
        const std::string &error, int status);
    void deskOpenCase(const HubRequest &req, HubResponse &res, const DeskSession &session, const json &form);
    void deskReport(const HubRequest &req, HubResponse &res, const DeskSession &session);
};

namespace {

/// [start, end) of a local day (the process time zone) in Unix ms; a day with a clock change is
/// 23 or 25 hours long.
std::pair<int64_t, int64_t> localDayMs(const std::string &day)
{
    auto at = [](const std::string &d) {
        std::tm tm{};
        tm.tm_year = std::atoi(d.substr(0, 4).c_str()) - 1900;
        tm.tm_mon = std::atoi(d.substr(5, 2).c_str()) - 1;
        tm.tm_mday = std::atoi(d.substr(8, 2).c_str());
        tm.tm_isdst = -1;
        return static_cast<int64_t>(std::mktime(&tm)) * 1000;
    };
    return {at(day), at(addDays(day, 1))};
}

int localMinute(int64_t unixMs)
{
    const std::time_t t = static_cast<std::time_t>(unixMs / 1000);
    std::tm tm{};
    localtime_r(&t, &tm);
    return tm.tm_hour * 60 + tm.tm_min;
}

} // namespace

std::string HubServer::Impl::today() const
{
    const std::time_t t = static_cast<std::time_t>(now() / 1000);
    std::tm tm{};
    localtime_r(&t, &tm);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
    return buf;
}

void HubServer::Impl::deskHome(const HubRequest &req, HubResponse &res, const DeskSession &session)
{
    DeskHomeModel model;
    model.language = deskLanguage(req.param("lang"));
    model.csrf = desk->csrfToken(session);
    model.query = {req.param("ticket"), req.param("name"), req.param("birth")};
    model.searched = req.hasParam("ticket") || req.hasParam("name") || req.hasParam("birth");
    std::lock_guard lock(storeMutex);
    if (auto centers = store->centers())
        model.centers = std::move(*centers);
    auto conflicts = store->conflicts();
    auto cases = store->cases(!model.searched);
    if (!conflicts || !cases) {
        res.status = 500;
        // Translator: the hub's database could not be read; the page says so instead of a list.
        model.error = model.language == DeskLanguage::German
            ? "Die Fälle können gerade nicht gelesen werden. Bitte später noch einmal versuchen."
            : "The cases cannot be read just now. Please try again later.";
    } else {
        model.conflicts = std::move(*conflicts);
        if (model.searched) {
            auto found = findCases(*cases, model.query, folder, std::stoi(today().substr(0, 4)));
            if (found)
                model.cases = std::move(*found);
            else {
                res.status = 400;
                model.error = refusalText(found.error(), model.language);
            }
        } else {
            model.cases = std::move(*cases);
        }
    }
    res.body = renderDeskHome(model);
    deskPage(res, req, session);
}

void HubServer::Impl::deskCase(const HubRequest &req, HubResponse &res, const DeskSession &session,
    const std::string &id, const std::string &message, int status)
{
    DeskCaseModel model;
    const json form = [&] {
        json f = json::object();
        if (req.method == "POST")
            for (const auto &[k, v] : req.form())
                f[k] = v;
        return f;
    }();
    model.language
        = deskLanguage(req.method == "POST" ? form.value("lang", std::string()) : req.param("lang"));
    model.csrf = desk->csrfToken(session);
    model.error = message;
    model.today = today();
    res.status = status;
    std::lock_guard lock(storeMutex);
    auto found = store->findCase(id);
    if (!found || !*found) {
        DeskHomeModel home;
        home.language = model.language;
        home.csrf = model.csrf;
        res.status = found ? 404 : 500;
        home.error = refusalText(DeskRefusal::NoSuchCase, model.language);
        res.body = renderDeskHome(home);
        deskPage(res, req, session);
        return;
    }
    model.clearingCase = std::move(**found);
    if (auto history = store->caseHistory(id))
        model.history = std::move(*history);
    if (model.clearingCase.appointmentId)
        if (auto attached = store->appointment(*model.clearingCase.appointmentId))
            model.attached = std::move(*attached);
    if (req.hasParam("aname") || req.hasParam("abirth")) {
        model.searched = true;
        model.appointmentQuery = {{}, req.param("aname"), req.param("abirth")};
        auto all = store->appointmentsOf(
            model.clearingCase.centerId, addDays(model.today, -7), addDays(model.today, 60));
        if (all) {
            auto hits
                = findAppointments(*all, model.appointmentQuery, folder, std::stoi(model.today.substr(0, 4)));
            if (hits)
                model.appointments = std::move(*hits);
            else if (model.error.empty())
                model.error = refusalText(hits.error(), model.language);
        }
    }
    res.body = renderDeskCase(model);
    deskPage(res, req, session);
}

const RouteSpec *HubServer::Impl::match(HubRequest &req) const
{
    for (size_t i = 0; i < std::size(kRoutes); ++i) {
        std::smatch m;
        if (req.method == kRoutes[i].method && std::regex_match(req.path, m, patterns[i])) {
            req.matches.assign(m.begin(), m.end());
            return &kRoutes[i];
        }
    }
    return nullptr;
}

bool HubServer::Impl::authenticate(
    const RouteSpec &spec, const HubRequest &req, KioskIdentity &who, HubResponse &refusal)
{
    if (spec.who == Who::Anyone)
        return true;
    if (spec.who == Who::Desk) {
        // A browser: its session cookie; a POST also from the hub's own page (the CSRF token, in
        // the body, is checked by deskAccess once the body is read).
        if (deskSessionOf(*desk, req, now()) && (req.method != "POST" || sameOrigin(req)))
            return true;
        refusal = *deskAccess(*desk, req, now()).refusal;
        return false;
    }
    // Wrong tries are counted per address; past the limit the address waits, whatever it sends.
    if (const auto waitMs = throttle.blockedForMs(req.peer, now()); waitMs > 0) {
        refusal.setHeader("Retry-After", std::to_string((waitMs + 999) / 1000));
        fail(refusal, 429, "too_many_attempts", "too many failed authentications from this address");
        return false;
    }
    if (spec.who == Who::Kiosk) {
        auto kiosk = kioskOf(req);
        if (!kiosk) {
            throttle.failed(req.peer, now());
            fail(refusal, 401, "unauthorized", "a valid kiosk bearer token is needed");
            return false;
        }
        who = std::move(*kiosk);
        return true;
    }
    if (!isAdmin(req)) {
        throttle.failed(req.peer, now());
        fail(refusal, 401, "unauthorized", "the admin token is needed");
        return false;
    }
    return true;
}

HeadVerdict HubServer::Impl::headCheck(const HubRequest &head)
{
    HubRequest probe = head;
    const RouteSpec *spec = match(probe);
    HeadVerdict verdict;
    if (!spec) {
        // No such route: answered before any body byte is read (a wrong base URL must read as a
        // 404, not as a body too large for a route that does not exist).
        HubResponse notFound;
        fail(notFound, 404, "not_found", "no such route");
        verdict.refuse = std::move(notFound);
        return verdict;
    }
    verdict.bodyLimit = spec->bodyLimit;
    verdict.cheap = std::string_view(spec->path) == "/v1/health";
    // A body is read only for a caller that proved who it is (invariant 1 of the front).
    KioskIdentity who;
    HubResponse refusal;
    if (authenticate(*spec, head, who, refusal)) {
        if (spec->who == Who::Kiosk)
            verdict.caller = HubCaller{who.kioskId, who.centerId};
        return verdict;
    }
    refusal.setHeader("X-Server-Time-Ms", std::to_string(now()));
    verdict.refuse = std::move(refusal);
    return verdict;
}

void HubServer::Impl::serve(HubRequest req, Responder respond)
{
    HubResponse res;
    const RouteSpec *spec = match(req);
    if (!spec) {
        ++requests;
        fail(res, 404, "not_found", "no such route");
        return respond(std::move(res));
    }
    if (handle(*spec, req, res, respond) == Answer::Now)
        respond(std::move(res));
}

Answer HubServer::Impl::handle(
    const RouteSpec &spec, const HubRequest &req, HubResponse &res, const Responder &respond)
{
    ++requests;
    res.setHeader("X-Server-Time-Ms", std::to_string(now()));
    KioskIdentity who;
    if (spec.who == Who::Kiosk && req.caller) {
        // The head check found the token's kiosk before the body was read: looked up once.
        who = KioskIdentity{req.caller->kioskId, req.caller->centerId};
    } else if (HubResponse refusal; !authenticate(spec, req, who, refusal)) {
        refusal.setHeader("X-Server-Time-Ms", std::to_string(now()));
        res = std::move(refusal);
        return Answer::Now;
    }
    std::optional<DeskSession> session;
    if (spec.who == Who::Desk) {
        auto access = deskAccess(*desk, req, now());
        if (access.refusal) {
            res = std::move(*access.refusal);
            return Answer::Now;
        }
        session = access.session;
    }
    const std::string &kiosk = who.kioskId;
    const std::string path = spec.path;
    json body;
    if (req.method == "POST" || req.method == "PUT") {
        const auto type = req.header("content-type");
        if (type.starts_with("application/json")) {
            body = parseBoundedJson(req.body);
            if (body.is_discarded())
                return fail(res, 400, "bad_json",
                    "the request body is not JSON of at most " + std::to_string(kMaxJsonDepth) + " levels");
        } else if (type.starts_with("application/x-www-form-urlencoded")) {
            body = json::object();
            for (const auto &[k, v] : req.form())
                body[k] = v;
        }
    }
    if (path == "/v1/health")
        return reply(res, 200, {{"status", "ok"}});
    if (path == "/helpdesk/login")
        return login(req, res);
    if (path == "/helpdesk/logout") {
        desk->revoke(*session);
        res.status = 303;
        res.setHeader("Location", "/helpdesk/login");
        res.setHeader("Set-Cookie", DeskSessions::cookieHeader("", req.tls, 0));
        setPageHeaders(res);
        return Answer::Now;
    }
    if (path == "/v1/centers/{center}/appointments")
        return appointments(who, req, res, respond);
    if (path == "/v1/push")
        return push(who, req, res);
    if (path == "/v1/keys" && req.method == "GET") {
        std::lock_guard lock(storeMutex);
        auto keys = store->keyList();
        if (!keys)
            return fail(res, 500, "store", keys.error().message);
        const std::string etag = "\"k" + std::to_string(keys->second) + "\"";
        res.setHeader("ETag", etag);
        if (req.header("if-none-match") == etag) {
            res.status = 304;
            return Answer::Now;
        }
        return reply(res, 200, {{"version", keys->second}, {"signed_list", keys->first}});
    }
    if (path == "/v1/keys") {
        auto document = decodeKeyListPut(req.body);
        if (!document)
            return fail(res, 400, "bad_request", document.error().message);
        auto installed = installKeyList(*document);
        if (!installed)
            return fail(res, 409, "key_list_refused", installed.error());
        return reply(res, 200, {{"version", *installed}});
    }
    if (path == "/v1/status") {
        auto document = decodeStatus(req.body, kiosk, now());
        if (!document)
            return fail(res, 400, "bad_request", document.error().message);
        std::lock_guard lock(storeMutex);
        if (auto ok = store->saveStatus(kiosk, *document, now()); !ok)
            return fail(res, 503, "store", ok.error().message);
        return reply(res, 200, json::object());
    }
    if (path == "/v1/appointments/import") {
        const auto format = req.param("format") == "json" ? ImportFormat::Json : ImportFormat::Csv;
        auto report = parseAppointments(req.body, format, options.codeIssuer);
        std::lock_guard lock(storeMutex);
        if (auto ok = store->upsertAppointments(report.rows); !ok)
            return fail(res, 503, "store", ok.error().message);
        refreshSeq();
        json issues = json::array();
        for (const auto &i : report.issues)
            issues.push_back({{"line", i.line}, {"field", i.field}, {"message", i.message}});
        return reply(
            res, 200, {{"imported", report.rows.size()}, {"encoding", report.encoding}, {"issues", issues}});
    }
    if (path == "/v1/kiosks") {
        std::lock_guard lock(storeMutex);
        auto all = store->statuses();
        if (!all)
            return fail(res, 500, "store", all.error().message);
        json kiosks = json::array();
        for (const auto &[id, doc] : *all)
            kiosks.push_back(parseBoundedJson(doc));
        return reply(res, 200, {{"kiosks", kiosks}});
    }
    if (path == "/helpdesk") {
        deskHome(req, res, *session);
        return Answer::Now;
    }
    if (path == "/helpdesk/cases/{id}") {
        deskCase(req, res, *session, req.matches[1], {}, 200);
        return Answer::Now;
    }
    if (path == "/helpdesk/cases") {
        deskOpenCase(req, res, *session, body);
        return Answer::Now;
    }
    if (path == "/helpdesk/report") {
        deskReport(req, res, *session);
        return Answer::Now;
    }
    if (path == "/v1/clearing") {
        std::lock_guard lock(storeMutex);
        auto conflicts = store->conflicts();
        auto cases = store->cases(true);
        if (!conflicts || !cases)
            return fail(res, 500, "store", "cannot read the clearing list");
        json c = json::array();
        for (const auto &x : *conflicts)
            c.push_back({{"checkin_id", x.checkInId}, {"appointment_id", x.appointmentId},
                {"kiosk_id", x.kioskId}, {"scanned_at_ms", x.scannedAtMs},
                {"first",
                    {{"checkin_id", x.firstCheckInId}, {"kiosk_id", x.firstKioskId},
                        {"scanned_at_ms", x.firstScannedAtMs}}}});
        json k = json::array();
        for (const auto &x : *cases)
            k.push_back(
                {{"id", x.id}, {"ticket", x.ticket}, {"kiosk_id", x.kioskId}, {"center_id", x.centerId},
                    {"appointment_id", x.appointmentId ? json(*x.appointmentId) : json()},
                    {"checkin_id", x.checkInId}, {"kind", x.kind}, {"note", x.note}, {"person", x.person},
                    {"created_at_ms", x.createdAtMs}, {"state", x.state}, {"resolution", x.resolution}});
        return reply(res, 200, {{"conflicts", c}, {"cases", k}});
    }
    if (path.starts_with("/v1/clearing/cases/")) {
        std::string storeError;
        const auto refusal
            = clearingAction(req.matches[1], path.substr(path.rfind('/') + 1), body, storeError);
        if (!storeError.empty())
            return fail(res, 500, "store", storeError);
        if (refusal)
            return fail(
                res, refusalStatus(*refusal), "refused", refusalText(*refusal, DeskLanguage::English));
        return reply(res, 200, {{"id", req.matches[1]}, {"state", "closed"}});
    }
    if (path == "/helpdesk/cases/{id}/{action}") {
        const std::string &id = req.matches[1];
        const std::string &action = req.matches[2];
        const auto language = deskLanguage(body.value("lang", std::string()));
        std::string storeError;
        const auto refusal = action == "attach" || action == "admit" || action == "close"
            ? clearingAction(id, action, body, storeError)
            : std::optional<DeskRefusal>(DeskRefusal::NoSuchCase);
        if (!storeError.empty()) {
            // Translator: the hub's database refused the change; nothing was changed.
            deskCase(req, res, *session, id,
                language == DeskLanguage::German
                    ? "Die Änderung konnte nicht gespeichert werden. Bitte noch einmal versuchen."
                    : "The change could not be saved. Please try again.",
                500);
            return Answer::Now;
        }
        if (refusal) {
            deskCase(req, res, *session, id, refusalText(*refusal, language), refusalStatus(*refusal));
            return Answer::Now;
        }
        res.status = 303;
        res.body.clear();
        res.setHeader("Location",
            "/helpdesk/cases/" + id + "?lang=" + (language == DeskLanguage::English ? "en" : "de"));
        deskPage(res, req, *session);
        return Answer::Now;
    }
    return fail(res, 404, "not_found", "no such route");
}

Answer HubServer::Impl::login(const HubRequest &req, HubResponse &res)
{
    setPageHeaders(res);
    if (req.method == "GET") {
        if (deskSessionOf(*desk, req, now())) {
            res.status = 303;
            res.setHeader("Location", "/helpdesk");
            return Answer::Now;
        }
        res.body = renderLoginPage({});
        return Answer::Now;
    }
    if (!sameOrigin(req)) {
        res.status = 403;
        // Translator: the desk's sign-in was posted from another site's page.
        res.body = renderLoginPage("Dieses Formular muss von der Seite des Hubs gesendet werden.");
        return Answer::Now;
    }
    if (const auto waitMs = throttle.blockedForMs(req.peer, now()); waitMs > 0) {
        res.status = 429;
        res.setHeader("Retry-After", std::to_string((waitMs + 999) / 1000));
        // Translator: too many wrong credentials from this computer; it must wait a minute.
        res.body = renderLoginPage("Zu viele falsche Versuche. Bitte eine Minute warten.");
        return Answer::Now;
    }
    const auto form = req.form();
    const auto given = form.count("credential") ? form.at("credential") : std::string();
    if (!desk->checkCredential(given)) {
        throttle.failed(req.peer, now());
        res.status = 401;
        // Translator: the desk credential typed at sign-in is wrong.
        res.body = renderLoginPage("Falscher Zugangsschlüssel.");
        return Answer::Now;
    }
    res.status = 303;
    res.setHeader("Location", "/helpdesk");
    res.setHeader(
        "Set-Cookie", DeskSessions::cookieHeader(desk->issue(now()), req.tls, DeskSessions::kIdleMs / 1000));
    return Answer::Now;
}

std::optional<DeskRefusal> HubServer::Impl::clearingAction(
    const std::string &id, const std::string &action, const json &body, std::string &storeError)
{
    auto text = [&](const char *key) {
        if (!body.is_object() || !body.contains(key))
            return std::string();
        return body[key].is_string() ? body[key].get<std::string>() : body[key].dump();
    };
    std::string resolution = text("resolution");
    while (!resolution.empty() && std::isspace(static_cast<unsigned char>(resolution.back())))
        resolution.pop_back();
    std::lock_guard lock(storeMutex);
    // A resolution moved its center's sequence: on the way out (still under the lock) that center's
    // parked long-polls return, so its kiosks fetch the resolution at once, not a long-poll later.
    struct WakeOnExit
    {
        Impl &hub;
        ~WakeOnExit() { hub.refreshSeq(); }
    } wake{*this};
    auto found = store->findCase(id);
    if (!found) {
        storeError = found.error().message;
        return std::nullopt;
    }
    if (!*found)
        return DeskRefusal::NoSuchCase;
    const ClearingCase &c = **found;
    if (c.state != "open")
        return DeskRefusal::CaseClosed;
    if (resolution.empty())
        return DeskRefusal::ResolutionRequired;
    if (action == "attach") {
        int64_t appointmentId = 0;
        try {
            size_t used = 0;
            appointmentId = std::stoll(text("appointment_id"), &used);
            if (used != text("appointment_id").size())
                return DeskRefusal::NoSuchAppointment;
        } catch (const std::exception &) {
            return DeskRefusal::NoSuchAppointment;
        }
        auto center = store->appointmentCenter(appointmentId);
        if (!center) {
            storeError = center.error().message;
            return std::nullopt;
        }
        if (!*center)
            return DeskRefusal::NoSuchAppointment;
        if (**center != c.centerId)
            return DeskRefusal::OtherCenter;
        auto status = store->appointmentStatus(appointmentId);
        if (status && *status == static_cast<int>(cache::AppointmentStatus::Cancelled))
            return DeskRefusal::AppointmentCancelled;
        auto ok = store->attachCase(id, appointmentId, resolution, now());
        if (!ok)
            storeError = ok.error().message;
        else if (!*ok)
            return DeskRefusal::CaseClosed;
        return std::nullopt;
    }
    if (action == "admit") {
        const auto day = text("day");
        if (auto bad = checkWalkInDay(day, today()))
            return bad;
        auto admitted = store->admitWalkIn(id, day, options.walkInCapacity, resolution, now());
        if (!admitted) {
            storeError = admitted.error().message;
            return std::nullopt;
        }
        if (*admitted == WalkIn::NoCapacity)
            return DeskRefusal::NoCapacity;
        if (*admitted == WalkIn::Closed)
            return DeskRefusal::CaseClosed;
        return std::nullopt;
    }
    if (action == "close") {
        auto ok = store->closeCase(id, resolution, now());
        if (!ok)
            storeError = ok.error().message;
        else if (!*ok)
            return DeskRefusal::CaseClosed;
        return std::nullopt;
    }
    return DeskRefusal::NoSuchCase;
}

void HubServer::Impl::deskOpenCase(
    const HubRequest &req, HubResponse &res, const DeskSession &session, const json &form)
{
    auto text = [&](const char *key) {
        return form.is_object() && form.contains(key) && form[key].is_string() ? form[key].get<std::string>()
                                                                               : std::string();
    };
    DeskHomeModel model;
    model.language = deskLanguage(text("lang"));
    model.csrf = desk->csrfToken(session);
    model.draft = {text("center"), text("given"), text("family"), {}, text("contact"), text("account")};
    model.birthTyped = text("birth");
    std::string iso;
    const auto problem = cache::checkCaseDetails(model.draft.givenName, model.draft.familyName,
        model.birthTyped, model.draft.contact, model.draft.account, today(), iso);
    std::unique_lock lock(storeMutex);
    auto centers = store->centers();
    if (centers)
        model.centers = *centers;
    std::optional<DeskRefusal> refusal;
    if (problem)
        refusal = *problem == cache::CaseDetailsProblem::FamilyNameMissing ? DeskRefusal::FamilyNameMissing
            : *problem == cache::CaseDetailsProblem::TooLong               ? DeskRefusal::TooLong
                                                                           : DeskRefusal::BadBirthDate;
    else if (!centers || std::find(centers->begin(), centers->end(), model.draft.centerId) == centers->end())
        refusal = DeskRefusal::NoSuchCenter;
    if (refusal) {
        res.status = 400;
        model.error = refusalText(*refusal, model.language);
        res.body = renderDeskHome(model);
        deskPage(res, req, session);
        return;
    }
    model.draft.birthDate = iso;
    auto opened = store->openDeskCase(model.draft, now());
    if (!opened) {
        res.status = 500;
        model.error = refusalText(DeskRefusal::StoreFailed, model.language);
        res.body = renderDeskHome(model);
        deskPage(res, req, session);
        return;
    }
    lock.unlock();
    res.status = 303;
    res.setHeader("Location",
        "/helpdesk/cases/" + *opened + "?lang=" + (model.language == DeskLanguage::English ? "en" : "de"));
    deskPage(res, req, session);
}

void HubServer::Impl::deskReport(const HubRequest &req, HubResponse &res, const DeskSession &session)
{
    DeskReportModel model;
    model.language = deskLanguage(req.param("lang"));
    model.csrf = desk->csrfToken(session);
    const std::string todayNow = today();
    std::string day = req.hasParam("day") && !req.param("day").empty() ? req.param("day") : todayNow;
    std::lock_guard lock(storeMutex);
    auto centers = store->centers();
    if (centers)
        model.centers = *centers;
    std::string center = req.param("center");
    if (center.empty() && !model.centers.empty())
        center = model.centers.front();
    model.report.centerId = center;
    model.report.day = day;
    std::optional<DeskRefusal> refusal;
    if (checkWalkInDay(day, day))
        refusal = DeskRefusal::BadDay;
    else if (std::find(model.centers.begin(), model.centers.end(), center) == model.centers.end())
        refusal = DeskRefusal::NoSuchCenter;
    if (!refusal) {
        const auto [startMs, endMs] = localDayMs(day);
        const int nowMinute = day < todayNow ? -1 : day == todayNow ? localMinute(now()) : 0;
        auto report = store->dayReport(center, day, startMs, endMs, nowMinute);
        if (report)
            model.report = *report;
        else
            refusal = DeskRefusal::StoreFailed;
    }
    if (refusal) {
        res.status = refusalStatus(*refusal);
        model.error = refusalText(*refusal, model.language);
    } else if (req.param("format") == "csv") {
        res.status = 200;
        res.body = deskReportCsv(model.report);
        deskPage(res, req, session);
        res.contentType = "text/csv; charset=utf-8";
        res.setHeader("Content-Disposition",
            "attachment; filename=\"tagesbericht-" + model.report.centerId + "-" + model.report.day
                + ".csv\"");
        return;
    }
    res.body = renderDeskReport(model);
    deskPage(res, req, session);
}

Answer HubServer::Impl::appointments(
    const KioskIdentity &who, const HubRequest &req, HubResponse &res, const Responder &respond)
{
    const std::string center = req.matches[1];
    if (center != who.centerId)
        return fail(res, 403, "forbidden", "this kiosk belongs to another center");
    const std::string from = req.param("from");
    const std::string to = req.hasParam("to") ? req.param("to") : from;
    const int64_t cursor = intParam(req, "cursor", 0);
    const int64_t limit = intParam(req, "limit", 1000);
    const int64_t wait = intParam(req, "wait", 0);
    if (from.size() != 10 || to.size() != 10)
        return fail(res, 400, "bad_request", "from and to must be dates YYYY-MM-DD");
    if (cursor < 0 || limit < 1 || limit > 5000 || wait < 0)
        return fail(res, 400, "bad_request", "cursor >= 0, 1 <= limit <= 5000, wait >= 0");
    if (wait > 0 && !stopping) {
        {
            std::lock_guard lock(storeMutex);
            if (noticePending)
                refreshSeq();
        }
        // Long-poll: nothing of this center newer than the kiosk's cursor yet, so park the request
        // (no thread waits) until one of its changes (made here, or by another hub process: NOTIFY)
        // or the end of the wait; then it is answered like any other.
        const auto waitFor = std::chrono::seconds(std::min<int64_t>(wait, options.maxWaitSeconds));
        if (polls.park(center, cursor, waitFor, [this, req, res, respond]() mutable {
                if (!respond.open())
                    return;
                appointmentsPage(req, res);
                respond(std::move(res));
            }))
            return Answer::Later;
    }
    appointmentsPage(req, res);
    return Answer::Now;
}

void HubServer::Impl::appointmentsPage(const HubRequest &req, HubResponse &res)
{
    const std::string center = req.matches[1];
    const std::string from = req.param("from");
    const std::string to = req.hasParam("to") ? req.param("to") : from;
    const int64_t cursor = intParam(req, "cursor", 0);
    const int64_t limit = intParam(req, "limit", 1000);
    std::unique_ptr<HubStore> reader;
    {
        std::unique_lock lock(readersMutex);
        readerFree.wait(lock, [&] { return !readers.empty(); });
        reader = std::move(readers.back());
        readers.pop_back();
    }
    auto page = reader->changes(center, from, to, cursor, static_cast<int>(limit));
    {
        std::lock_guard lock(readersMutex);
        readers.push_back(std::move(reader));
    }
    readerFree.notify_one();
    if (!page) {
        fail(res, 503, "store", page.error().message);
        return;
    }
    const std::string etag = "\"" + center + "-" + from + "-" + to + "-" + std::to_string(cursor) + "-"
        + std::to_string(limit) + "-" + std::to_string(page->nextCursor) + "\"";
    res.setHeader("ETag", etag);
    if (req.header("if-none-match") == etag) {
        res.status = 304;
        return;
    }
    // The one encoder of the protocol (sync/protocol/codec.h) writes the page.
    wire::AppointmentPage out;
    out.cursor = std::to_string(page->nextCursor);
    out.hasMore = page->hasMore;
    out.serverTimeMs = now();
    for (const auto &h : page->appointments) {
        const auto &a = h.appointment;
        out.appointments.push_back({a.id, a.bookingRef, h.code, a.centerId, a.day, a.slotStart, a.slotEnd,
            a.status == cache::AppointmentStatus::Cancelled     ? wire::AppointmentStatus::Cancelled
                : a.status == cache::AppointmentStatus::Pending ? wire::AppointmentStatus::Pending
                                                                : wire::AppointmentStatus::Confirmed,
            a.givenName, a.familyName, a.birthDate, a.postalCode, a.language, a.version});
    }
    for (const auto &a : page->admissions)
        out.admissions.push_back({a.checkInId, a.appointmentId, a.kioskId, a.scannedAtMs});
    for (const auto &a : page->annulments)
        out.annulments.push_back({a.checkInId, a.appointmentId, a.kioskId, a.annulledAtMs});
    for (const auto &r : page->resolutions)
        out.resolutions.push_back({r.caseId, r.ticket, r.appointmentId,
            r.kind == ResolutionKind::WalkIn          ? wire::ResolutionKind::WalkIn
                : r.kind == ResolutionKind::Confirmed ? wire::ResolutionKind::Confirmed
                                                      : wire::ResolutionKind::Attached,
            r.resolvedAtMs});
    res.status = 200;
    res.contentType = "application/json";
    res.body = wire::encode(out);
}

Answer HubServer::Impl::push(const KioskIdentity &who, const HubRequest &req, HubResponse &res)
{
    // Each item is decoded on its own: a malformed one is answered "invalid" and nothing else changes.
    auto decoded = decodePush(req.body);
    if (!decoded)
        return fail(res, decoded.error().kind == BodyErrorKind::TooLarge ? 413 : 400,
            decoded.error().kind == BodyErrorKind::TooLarge ? "too_large" : "bad_request",
            decoded.error().message);
    std::vector<PushItem> items;
    for (const auto &d : *decoded)
        if (d.item)
            items.push_back(*d.item);
    const int64_t received = now();
    std::lock_guard lock(storeMutex);
    auto stored = store->push(who, items, received);
    if (!stored)
        return fail(res, 503, "store", stored.error().message);
    json results = json::array();
    bool forbidden = false;
    size_t next = 0;
    for (const auto &d : *decoded) {
        if (!d.item) {
            results.push_back({{"id", d.id}, {"result", "invalid"}, {"message", d.problem}});
            continue;
        }
        const auto &answer = (*stored)[next++];
        forbidden = forbidden || answer.result == PushResult::Forbidden;
        results.push_back(encode(answer));
    }
    // The store kept nothing of a batch that reached into another center or kiosk (invariant 5).
    if (forbidden)
        return reply(res, 403,
            {{"error", "forbidden"},
                {"message", "an item belongs to another center or kiosk; nothing was stored"},
                {"results", results}});
    refreshSeq();
    return reply(res, 200, {{"results", results}});
}

cache::Result<void> HubServer::Impl::openStore()
{
    if (store)
        return {};
    auto opened = HubStore::open(options.databasePath);
    if (!opened)
        return tl::unexpected(opened.error());
    store = std::move(*opened);
    auto reader = HubStore::open(options.databasePath);
    if (!reader) {
        store.reset();
        return tl::unexpected(reader.error());
    }
    {
        std::lock_guard lock(authMutex);
        authStore = std::move(*reader);
    }
    const int pageReaders = std::clamp(options.threads, 1, 8);
    std::vector<std::unique_ptr<HubStore>> pageStores;
    for (int i = 0; i < pageReaders; ++i) {
        auto next = HubStore::open(options.databasePath);
        if (!next) {
            store.reset();
            return tl::unexpected(next.error());
        }
        pageStores.push_back(std::move(*next));
    }
    {
        std::lock_guard lock(readersMutex);
        readers = std::move(pageStores);
    }
    refreshSeq();
    // Other hub processes on the same PostgreSQL database: their commits wake our long-polls too.
    store->listen([this] {
        {
            std::lock_guard lock(storeMutex);
            noticePending = true;
        }
        // Read the announced change on a handler thread, which wakes the polls it passed.
        if (auto *f = live.load())
            f->post([this] {
                std::lock_guard lock(storeMutex);
                if (noticePending && store)
                    refreshSeq();
            });
    });
    return {};
}

void HubServer::Impl::provision()
{
    for (const auto &grant : options.kiosks) {
        const auto hash = hashToken(grant.token);
        auto current = store->kioskForTokenHash(hash);
        if (current && *current && (*current)->kioskId == grant.kioskId
            && (*current)->centerId == grant.centerId)
            continue;
        (void)store->revokeKiosk(grant.kioskId, now());
        if (auto ok = store->addKiosk({grant.kioskId, grant.centerId, now(), std::nullopt}, hash); !ok)
            std::cerr << "checkin-hub: kiosk " << grant.kioskId << ": " << ok.error().message << "\n";
    }
}

std::string HubServer::Impl::purge()
{
    if (options.retentionDays <= 0)
        return "retention is off";
    const int64_t nowMs = now();
    auto counts = store->purge(
        dayBefore(nowMs, options.retentionDays), nowMs - int64_t{options.retentionDays} * 86'400'000);
    if (!counts)
        return "retention failed: " + counts.error().message;
    return std::to_string(counts->appointments) + " appointments, " + std::to_string(counts->cases)
        + " cases";
}

tl::expected<int64_t, std::string> HubServer::Impl::installKeyList(const std::string &document)
{
    if (!options.keyListVerifier)
        return tl::unexpected(std::string("this hub has no root key (--root-public): it takes no key list"));
    // The version comes from the signed document, never from the request around it.
    auto version = options.keyListVerifier(document);
    if (!version)
        return tl::unexpected(version.error());
    std::lock_guard lock(storeMutex);
    auto stored = store->setKeyList(document, *version);
    if (!stored)
        return tl::unexpected(stored.error().message);
    if (*stored == KeyListUpdate::Rollback) {
        auto current = store->keyList();
        return tl::unexpected("key list version " + std::to_string(*version)
            + " is not newer than the stored version " + std::to_string(current ? current->second : 0));
    }
    // A new list moved every center's sequence: the parked long-polls return and their kiosks
    // fetch it at once, not one long-poll later.
    refreshSeq();
    return *version;
}

HubServer::HubServer(Options options)
    : m_impl(std::make_unique<Impl>())
{
    m_impl->options = std::move(options);
    // Only hashes of the desk credential stay in memory.
    m_impl->desk = std::make_unique<DeskSessions>(m_impl->options.adminToken);
    sodium_memzero(m_impl->options.adminToken.data(), m_impl->options.adminToken.size());
    m_impl->options.adminToken.clear();
}

HubServer::~HubServer()
{
    stop();
}

int HubServer::start()
{
    auto &d = *m_impl;
    {
        std::lock_guard lock(d.storeMutex);
        if (auto ok = d.openStore(); !ok) {
            d.error = ok.error().message;
            return -1;
        }
        for (const auto &grant : d.options.kiosks)
            if (grant.token.size() < kMinTokenLength) {
                d.error = "kiosk " + grant.kioskId + ": a token needs at least "
                    + std::to_string(kMinTokenLength) + " characters";
                return -1;
            }
        d.provision();
    }
    for (const auto &spec : kRoutes)
        d.patterns.emplace_back(regexFor(spec.path));
    FrontOptions front;
    front.host = d.options.host;
    front.port = d.options.port;
    front.workerThreads = d.options.threads;
    front.idleTimeout = std::chrono::seconds(d.options.keepAliveSeconds);
    front.headTimeout = d.options.headTimeout;
    front.bodyTimeout = d.options.bodyTimeout;
    front.maxConnectionsPerAddress = d.options.maxConnectionsPerAddress;
    front.maxConnections = d.options.maxConnections;
    front.trustedProxies = d.options.trustedProxies;
    front.certPath = d.options.certPath;
    front.keyPath = d.options.keyPath;
    front.clientCaPath = d.options.clientCaPath;
    d.stopping = false;
    d.front = std::make_unique<HttpFront>(
        front, [&d](const HubRequest &head) { return d.headCheck(head); },
        [&d](HubRequest req, Responder respond) { d.serve(std::move(req), std::move(respond)); });
    d.port = d.front->start();
    if (d.port < 0) {
        d.error = d.front->error();
        d.front.reset();
        return -1;
    }
    d.live = d.front.get();
    if (d.options.retentionDays > 0) {
        // Once now, before the first request, then every hour.
        {
            std::lock_guard lock(d.storeMutex);
            std::cerr << "checkin-hub: retention (" << d.options.retentionDays << " days): purged "
                      << d.purge() << "\n";
        }
        d.retention = std::thread([this] {
            pthread_setname_np(pthread_self(), "hub-retention");
            auto &i = *m_impl;
            std::unique_lock lock(i.storeMutex);
            while (!i.changed.wait_for(lock, std::chrono::hours(1), [&] { return i.stopping.load(); }))
                std::cerr << "checkin-hub: retention (" << i.options.retentionDays << " days): purged "
                          << i.purge() << "\n";
        });
    }
    return d.port;
}

void HubServer::stop()
{
    auto &d = *m_impl;
    {
        std::lock_guard lock(d.storeMutex);
        d.stopping = true;
        d.changed.notify_all();
    }
    d.live = nullptr;
    if (d.front)
        d.front->stop();
    d.polls.clear();
    if (d.retention.joinable())
        d.retention.join();
}

int HubServer::port() const
{
    return m_impl->port;
}

const std::string &HubServer::error() const
{
    return m_impl->error;
}

ImportReport HubServer::importText(std::string_view text, ImportFormat format)
{
    auto &d = *m_impl;
    auto report = parseAppointments(text, format, d.options.codeIssuer);
    std::lock_guard lock(d.storeMutex);
    if (auto ok = d.openStore(); !ok) {
        report.issues.push_back({0, {}, ok.error().message});
        report.rows.clear();
        return report;
    }
    if (auto ok = d.store->upsertAppointments(report.rows); !ok) {
        report.issues.push_back({0, {}, ok.error().message});
        report.rows.clear();
    }
    d.refreshSeq();
    return report;
}

tl::expected<int64_t, std::string> HubServer::installKeyList(const std::string &document)
{
    {
        std::lock_guard lock(m_impl->storeMutex);
        if (auto ok = m_impl->openStore(); !ok)
            return tl::unexpected(ok.error().message);
    }
    return m_impl->installKeyList(document);
}

std::string HubServer::purgeNow()
{
    std::lock_guard lock(m_impl->storeMutex);
    if (auto ok = m_impl->openStore(); !ok)
        return ok.error().message;
    return m_impl->purge();
}

int64_t HubServer::checkInCount()
{
    auto &d = *m_impl;
    std::lock_guard lock(d.storeMutex);
    return d.store ? d.store->checkInCount().value_or(-1) : -1;
}

int64_t HubServer::requestCount() const
{
    return m_impl->requests.load();
}

std::vector<std::pair<std::string, std::string>> HubServer::routes()
{
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto &r : kRoutes)
        out.emplace_back(r.method, r.path);
    return out;
}

} // namespace checkin::sync
