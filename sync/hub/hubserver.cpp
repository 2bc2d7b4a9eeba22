// HubServer over HttpFront: routing, authentication, parked long-polls and JSON encoding of the protocol.
#include "sync/hub/hubserver.h"

#include "sync/hub/attemptlimiter.h"
#include "sync/hub/desksession.h"
#include "sync/hub/helpdeskpage.h"
#include "sync/hub/httpfront.h"
#include "sync/hub/longpolls.h"

#include <atomic>
#include <chrono>
#include <mutex>
#include <nlohmann/json.hpp>
#include <regex>
#include <sodium.h>

namespace checkin::sync {

using nlohmann::json;

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
    {"POST", "/helpdesk/cases/{id}/{action}", Who::Desk, 64 * kKiB},
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

const char *statusName(cache::AppointmentStatus s)
{
    switch (s) {
    case cache::AppointmentStatus::Cancelled:
        return "cancelled";
    case cache::AppointmentStatus::Pending:
        return "pending";
    case cache::AppointmentStatus::Confirmed:
        break;
    }
    return "confirmed";
}

std::string clock(int minutes)
{
    char buf[24];
    std::snprintf(buf, sizeof buf, "%02d:%02d", minutes / 60, minutes % 60);
    return buf;
}

json encode(const HubAppointment &h)
{
    const auto &a = h.appointment;
    return {{"id", a.id}, {"booking_ref", a.bookingRef}, {"code", h.code}, {"center_id", a.centerId},
        {"day", a.day}, {"slot_start", clock(a.slotStart)}, {"slot_end", clock(a.slotEnd)},
        {"status", statusName(a.status)}, {"given_name", a.givenName}, {"family_name", a.familyName},
        {"birth_date", a.birthDate}, {"postal_code", a.postalCode}, {"language", a.language},
        {"version", a.version}};
}

json encode(const PushAnswer &p)
{
    json j{{"id", p.id}, {"result", pushResultName(p.result)}};
    if (p.result == PushResult::Conflict)
        j["first"] = {{"checkin_id", p.firstCheckInId}, {"kiosk_id", p.firstKioskId},
            {"scanned_at_ms", p.firstScannedAtMs}};
    return j;
}

/// The first of `keys` the item has as a number; throws (caught per item) when it has none.
int64_t firstTime(const json &item, std::initializer_list<const char *> keys)
{
    for (const char *key : keys)
        if (item.contains(key) && item[key].is_number_integer())
            return item[key].get<int64_t>();
    throw json::other_error::create(501, std::string("needs a time: ") + *keys.begin(), &item);
}

std::string personOf(const json &item)
{
    std::string person = item.value("given_name", "") + " " + item.value("family_name", "");
    if (const auto born = item.value("birth_date", ""); !born.empty())
        person += " (" + born + ")";
    if (const auto contact = item.value("contact", ""); !contact.empty())
        person += ", " + contact;
    return person == " " ? std::string() : person;
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

struct HubServer::Impl
{
    Options options;
    std::unique_ptr<HubStore> store;
    std::mutex storeMutex;
    int64_t seq = 0; ///< mirrors meta.seq, under storeMutex
    std::atomic<bool> stopping{false};
    // Declared before the front: the front's pending timers call into the parked polls.
    LongPolls polls{[this](std::function<void()> task) {
                        if (front)
                            front->post(std::move(task));
                    },
        [this](std::chrono::milliseconds delay, std::function<void()> task) {
            if (front)
                front->after(delay, std::move(task));
        }};
    std::unique_ptr<HttpFront> front;
    std::unique_ptr<DeskSessions> desk; ///< the credential as hashes; the plain text is wiped
    AttemptLimiter loginTries{10, 60 * 1000};
    std::vector<std::regex> patterns; ///< kRoutes' paths as regular expressions, in the same order
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

    /// The kiosk id of the bearer token, or empty when it is unknown.
    std::string kioskOf(const HubRequest &req) const
    {
        const auto auth = req.header("authorization");
        if (!auth.starts_with("Bearer "))
            return {};
        auto it = options.kioskTokens.find(auth.substr(7));
        return it == options.kioskTokens.end() ? std::string() : it->second;
    }
    /// The admin API: `Authorization: Bearer` with the desk credential (never in a URL).
    bool isAdmin(const HubRequest &req) const
    {
        const auto auth = req.header("authorization");
        return auth.starts_with("Bearer ") && desk->checkCredential(std::string_view(auth).substr(7));
    }
    /// A desk page answer: the page headers, and the session's cookie renewed.
    void deskPage(HubResponse &res, const HubRequest &req, const DeskSession &session)
    {
        setPageHeaders(res);
        res.setHeader("Set-Cookie",
            DeskSessions::cookieHeader(desk->renew(session, now()), req.tls, DeskSessions::kIdleMs / 1000));
    }
    Answer login(const HubRequest &req, HubResponse &res);

    /// Reads the store's sequence after a write and wakes the long-polls it passed.
    void refreshSeq()
    {
        if (auto s = store->latestSeq(); s && *s != seq) {
            seq = *s;
            sequenceChanged(seq);
        }
    }
    /// The one wake-up of waiting long-polls: a local write, or another hub process's notification.
    void sequenceChanged(int64_t newSeq) { polls.sequenceChanged(newSeq); }

    /// The route of a request, with its path parameters in req.matches (1, 2, ...); null if none.
    const RouteSpec *match(HubRequest &req) const;
    HeadVerdict headCheck(const HubRequest &head);
    void serve(HubRequest req, Responder respond);
    Answer handle(const RouteSpec &spec, const HubRequest &req, HubResponse &res, const Responder &respond);
    Answer appointments(const HubRequest &req, HubResponse &res, const Responder &respond);
    void appointmentsPage(const HubRequest &req, HubResponse &res);
    Answer push(const std::string &kiosk, const HubRequest &req, HubResponse &res);
    Answer clearingAction(
        const std::string &id, const std::string &action, const json &body, HubResponse &res);
};

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

HeadVerdict HubServer::Impl::headCheck(const HubRequest &head)
{
    HubRequest probe = head;
    const RouteSpec *spec = match(probe);
    HeadVerdict verdict;
    if (!spec)
        return verdict; // a 404 from the handler; any body is refused by the zero limit
    verdict.bodyLimit = spec->bodyLimit;
    verdict.cheap = std::string_view(spec->path) == "/v1/health";
    // A body is read only for a caller that proved who it is (invariant 1 of the front).
    HubResponse refusal;
    if (spec->who == Who::Kiosk && kioskOf(head).empty())
        fail(refusal, 401, "unauthorized", "a valid kiosk bearer token is needed");
    else if (spec->who == Who::Admin && !isAdmin(head))
        fail(refusal, 401, "unauthorized", "the admin token is needed");
    else if (spec->who == Who::Desk
        && (!deskSessionOf(*desk, head, now()) || (head.method == "POST" && !sameOrigin(head))))
        refusal = *deskAccess(*desk, head, now()).refusal;
    else
        return verdict;
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
    std::string kiosk;
    if (spec.who == Who::Kiosk) {
        kiosk = kioskOf(req);
        if (kiosk.empty())
            return fail(res, 401, "unauthorized", "a valid kiosk bearer token is needed");
    } else if (spec.who == Who::Admin && !isAdmin(req)) {
        return fail(res, 401, "unauthorized", "the admin token is needed");
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
    const std::string path = spec.path;
    json body;
    if (req.method == "POST" || req.method == "PUT") {
        const auto type = req.header("content-type");
        if (type.starts_with("application/json")) {
            body = json::parse(req.body, nullptr, false);
            if (body.is_discarded())
                return fail(res, 400, "bad_json", "the request body is not valid JSON");
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
        return appointments(req, res, respond);
    if (path == "/v1/push")
        return push(kiosk, req, res);
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
        if (!body.is_object() || !body.contains("version") || !body["version"].is_number_integer()
            || !body.contains("signed_list") || !body["signed_list"].is_string())
            return fail(res, 400, "bad_request", "expected {\"version\": N, \"signed_list\": \"...\"}");
        std::lock_guard lock(storeMutex);
        if (auto ok
            = store->setKeyList(body["signed_list"].get<std::string>(), body["version"].get<int64_t>());
            !ok)
            return fail(res, 500, "store", ok.error().message);
        return reply(res, 200, {{"version", body["version"]}});
    }
    if (path == "/v1/status") {
        if (!body.is_object())
            return fail(res, 400, "bad_request", "expected a JSON object");
        body["kiosk_id"] = kiosk;
        body["received_at_ms"] = now();
        std::lock_guard lock(storeMutex);
        if (auto ok = store->saveStatus(kiosk, body.dump(), now()); !ok)
            return fail(res, 500, "store", ok.error().message);
        return reply(res, 200, json::object());
    }
    if (path == "/v1/appointments/import") {
        const auto format = req.param("format") == "json" ? ImportFormat::Json : ImportFormat::Csv;
        auto report = parseAppointments(req.body, format, options.codeIssuer);
        std::lock_guard lock(storeMutex);
        if (auto ok = store->upsertAppointments(report.rows); !ok)
            return fail(res, 500, "store", ok.error().message);
        refreshSeq();
        json issues = json::array();
        for (const auto &i : report.issues)
            issues.push_back({{"line", i.line}, {"field", i.field}, {"message", i.message}});
        return reply(res, 200, {{"imported", report.rows.size()}, {"issues", issues}});
    }
    if (path == "/v1/kiosks") {
        std::lock_guard lock(storeMutex);
        auto all = store->statuses();
        if (!all)
            return fail(res, 500, "store", all.error().message);
        json kiosks = json::array();
        for (const auto &[id, doc] : *all)
            kiosks.push_back(json::parse(doc, nullptr, false));
        return reply(res, 200, {{"kiosks", kiosks}});
    }
    if (path == "/v1/clearing" || path == "/helpdesk") {
        std::lock_guard lock(storeMutex);
        auto conflicts = store->conflicts();
        auto cases = store->cases(true);
        if (!conflicts || !cases)
            return fail(res, 500, "store", "cannot read the clearing list");
        if (path == "/helpdesk") {
            res.body = renderHelpdeskPage(*conflicts, *cases, desk->csrfToken(*session));
            deskPage(res, req, *session);
            return Answer::Now;
        }
        json c = json::array();
        for (const auto &x : *conflicts)
            c.push_back({{"checkin_id", x.checkInId}, {"appointment_id", x.appointmentId},
                {"kiosk_id", x.kioskId}, {"scanned_at_ms", x.scannedAtMs},
                {"first",
                    {{"checkin_id", x.firstCheckInId}, {"kiosk_id", x.firstKioskId},
                        {"scanned_at_ms", x.firstScannedAtMs}}}});
        json k = json::array();
        for (const auto &x : *cases)
            k.push_back({{"id", x.id}, {"kiosk_id", x.kioskId},
                {"appointment_id", x.appointmentId ? json(*x.appointmentId) : json()},
                {"checkin_id", x.checkInId}, {"kind", x.kind}, {"note", x.note}, {"person", x.person},
                {"created_at_ms", x.createdAtMs}, {"state", x.state}, {"resolution", x.resolution}});
        return reply(res, 200, {{"conflicts", c}, {"cases", k}});
    }
    if (path.starts_with("/v1/clearing/cases/")) {
        clearingAction(req.matches[1], path.substr(path.rfind('/') + 1), body, res);
        return Answer::Now;
    }
    if (path == "/helpdesk/cases/{id}/{action}") {
        clearingAction(req.matches[1], req.matches[2], body, res);
        if (res.status == 200) {
            res.status = 303;
            res.body.clear();
            res.setHeader("Location", "/helpdesk");
            deskPage(res, req, *session);
        }
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
        res.body = renderLoginPage("This form must be sent from the hub's own page.");
        return Answer::Now;
    }
    if (!loginTries.allowed(req.peer, now())) {
        res.status = 429;
        res.setHeader("Retry-After", "60");
        // Translator: too many wrong credentials from this computer; it must wait a minute.
        res.body = renderLoginPage("Too many wrong tries. Wait a minute and try again.");
        return Answer::Now;
    }
    const auto form = req.form();
    const auto given = form.count("credential") ? form.at("credential") : std::string();
    if (!desk->checkCredential(given)) {
        loginTries.failed(req.peer, now());
        res.status = 401;
        // Translator: the desk credential typed at sign-in is wrong.
        res.body = renderLoginPage("Wrong credential.");
        return Answer::Now;
    }
    res.status = 303;
    res.setHeader("Location", "/helpdesk");
    res.setHeader(
        "Set-Cookie", DeskSessions::cookieHeader(desk->issue(now()), req.tls, DeskSessions::kIdleMs / 1000));
    return Answer::Now;
}

Answer HubServer::Impl::clearingAction(
    const std::string &id, const std::string &action, const json &body, HubResponse &res)
{
    auto text = [&](const char *key) {
        if (!body.is_object() || !body.contains(key))
            return std::string();
        return body[key].is_string() ? body[key].get<std::string>() : body[key].dump();
    };
    std::lock_guard lock(storeMutex);
    auto found = store->findCase(id);
    if (!found)
        return fail(res, 500, "store", found.error().message);
    if (!*found)
        return fail(res, 404, "not_found", "no clearing case " + id);
    if (action == "attach") {
        const auto appointment = text("appointment_id");
        int64_t appointmentId = 0;
        try {
            appointmentId = std::stoll(appointment);
        } catch (const std::exception &) {
            return fail(res, 400, "bad_request", "appointment_id must be a number");
        }
        if (auto ok = store->attachCase(id, appointmentId); !ok)
            return fail(res, 500, "store", ok.error().message);
        return reply(res, 200, {{"id", id}, {"resolution", "attached"}});
    }
    if (action == "admit") {
        const auto day = text("day");
        if (day.size() != 10)
            return fail(res, 400, "bad_request", "day must be YYYY-MM-DD");
        auto admitted = store->admitWalkIn(id, day, options.walkInCapacity);
        if (!admitted)
            return fail(res, 500, "store", admitted.error().message);
        if (!*admitted)
            return fail(res, 409, "capacity", "no walk-in capacity left on " + day);
        return reply(res, 200, {{"id", id}, {"resolution", "walk-in"}});
    }
    if (action == "close") {
        const auto resolution = text("resolution");
        if (auto ok = store->closeCase(id, resolution.empty() ? "closed" : resolution); !ok)
            return fail(res, 500, "store", ok.error().message);
        return reply(res, 200, {{"id", id}, {"state", "closed"}});
    }
    return fail(res, 404, "not_found", "no such action: " + action);
}

Answer HubServer::Impl::appointments(const HubRequest &req, HubResponse &res, const Responder &respond)
{
    const std::string from = req.param("from");
    const std::string to = req.hasParam("to") ? req.param("to") : from;
    const int64_t cursor = intParam(req, "cursor", 0);
    const int64_t limit = intParam(req, "limit", 1000);
    const int64_t wait = intParam(req, "wait", 0);
    if (from.size() != 10 || to.size() != 10)
        return fail(res, 400, "bad_request", "from and to must be dates YYYY-MM-DD");
    if (cursor < 0 || limit < 1 || limit > 5000 || wait < 0)
        return fail(res, 400, "bad_request", "cursor >= 0, 1 <= limit <= 5000, wait >= 0");
    // Long-poll: nothing newer than the kiosk's cursor yet, so park the request (no thread waits)
    // until a change passes the cursor or the wait ends; then it is answered like any other.
    const auto waitFor = std::chrono::seconds(std::min<int64_t>(wait, options.maxWaitSeconds));
    if (wait > 0 && !stopping && polls.park(cursor, waitFor, [this, req, res, respond]() mutable {
            if (!respond.open())
                return;
            appointmentsPage(req, res);
            respond(std::move(res));
        }))
        return Answer::Later;
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
    std::unique_lock lock(storeMutex);
    auto page = store->changes(center, from, to, cursor, static_cast<int>(limit));
    if (!page) {
        fail(res, 500, "store", page.error().message);
        return;
    }
    const std::string etag = "\"" + center + "-" + from + "-" + to + "-" + std::to_string(cursor) + "-"
        + std::to_string(limit) + "-" + std::to_string(seq) + "\"";
    lock.unlock();
    res.setHeader("ETag", etag);
    if (req.header("if-none-match") == etag) {
        res.status = 304;
        return;
    }
    json appointments = json::array();
    for (const auto &a : page->appointments)
        appointments.push_back(encode(a));
    json admissions = json::array();
    for (const auto &a : page->admissions)
        admissions.push_back({{"checkin_id", a.checkInId}, {"appointment_id", a.appointmentId},
            {"kiosk_id", a.kioskId}, {"scanned_at_ms", a.scannedAtMs}});
    reply(res, 200,
        {{"cursor", std::to_string(page->nextCursor)}, {"has_more", page->hasMore},
            {"appointments", appointments}, {"admissions", admissions}});
}

Answer HubServer::Impl::push(const std::string &kiosk, const HubRequest &req, HubResponse &res)
{
    json body = json::parse(req.body, nullptr, false);
    if (!body.is_object() || !body.contains("items") || !body["items"].is_array())
        return fail(res, 400, "bad_request", "expected {\"items\": [...]}");
    if (body["items"].size() > 1000)
        return fail(res, 413, "too_large", "at most 1000 items per batch");
    const int64_t received = now();
    std::lock_guard lock(storeMutex);
    json results = json::array();
    auto done = store->transaction([&]() -> cache::Result<void> {
        for (const auto &item : body["items"]) {
            const std::string id = item.value("id", "");
            const std::string kind = item.value("kind", "");
            if (id.empty() || !item.is_object()) {
                results.push_back({{"id", id}, {"result", "invalid"}, {"message", "an item needs an id"}});
                continue;
            }
            // The token names the kiosk; an item cannot speak for another one.
            cache::Result<PushAnswer> answer = tl::unexpected(cache::Error{cache::ErrorKind::Invalid, ""});
            try {
                if (kind == "checkin") {
                    PushedCheckIn c{id, std::nullopt, kiosk, item.value("operator_id", ""),
                        item.value("method", 0), item.value("outcome", 0), item.value("reason", 0),
                        item.value("admitted", false), item.at("scanned_at_ms").get<int64_t>()};
                    if (item.contains("appointment_id") && !item["appointment_id"].is_null())
                        c.appointmentId = item["appointment_id"].get<int64_t>();
                    answer = store->pushCheckIn(c, received);
                } else if (kind == "case") {
                    // The kiosk's case: who (as told), what happened, when it was opened.
                    PushedCase c{id, kiosk, std::nullopt, item.value("checkin_id", ""),
                        item.value("case_kind", ""), item.value("account", item.value("note", "")),
                        firstTime(item, {"opened_at_ms", "created_at_ms"}), personOf(item)};
                    if (item.contains("appointment_id") && !item["appointment_id"].is_null())
                        c.appointmentId = item["appointment_id"].get<int64_t>();
                    answer = store->pushCase(c);
                } else if (kind == "audit" || kind == "annulment" || kind == "confirmation") {
                    // Kept whole for the central office; an annulment also frees the appointment.
                    const int64_t at = firstTime(item, {"at_ms", "annulled_at_ms", "confirmed_at_ms"});
                    answer = store->pushAudit({id, kiosk, at, kind, item.dump()});
                    if (answer && kind == "annulment" && answer->result == PushResult::Accepted)
                        if (auto ok = store->annulCheckIn(item.value("checkin_id", "")); !ok)
                            return tl::unexpected(ok.error());
                    // An on-site confirmation makes the booking real for the central system.
                    if (answer && kind == "confirmation" && answer->result == PushResult::Accepted)
                        if (auto ok = store->confirmAppointment(item.at("appointment_id").get<int64_t>());
                            !ok)
                            return tl::unexpected(ok.error());
                } else {
                    results.push_back(
                        {{"id", id}, {"result", "invalid"}, {"message", "unknown kind: " + kind}});
                    continue;
                }
            } catch (const json::exception &e) {
                // nlohmann reports type errors by exception; it stays inside this item's answer.
                results.push_back({{"id", id}, {"result", "invalid"}, {"message", e.what()}});
                continue;
            }
            if (!answer)
                return tl::unexpected(answer.error());
            results.push_back(encode(*answer));
        }
        return {};
    });
    if (!done)
        return fail(res, 503, "store", done.error().message);
    refreshSeq();
    return reply(res, 200, {{"results", results}});
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
    if (!d.store) {
        auto store = HubStore::open(d.options.databasePath);
        if (!store) {
            d.error = store.error().message;
            return -1;
        }
        d.store = std::move(*store);
        d.seq = d.store->latestSeq().value_or(0);
    }
    for (const auto &spec : kRoutes)
        d.patterns.emplace_back(regexFor(spec.path));
    d.polls.sequenceChanged(d.seq);
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
    return d.port;
}

void HubServer::stop()
{
    auto &d = *m_impl;
    d.stopping = true;
    if (d.front)
        d.front->stop();
    d.polls.clear();
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
    if (!d.store) {
        auto store = HubStore::open(d.options.databasePath);
        if (!store) {
            report.issues.push_back({0, {}, store.error().message});
            return report;
        }
        d.store = std::move(*store);
    }
    if (auto ok = d.store->upsertAppointments(report.rows); !ok) {
        report.issues.push_back({0, {}, ok.error().message});
        report.rows.clear();
    }
    d.refreshSeq();
    return report;
}

bool HubServer::setKeyList(const std::string &document, int64_t version)
{
    auto &d = *m_impl;
    std::lock_guard lock(d.storeMutex);
    return d.store && d.store->setKeyList(document, version).has_value();
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
