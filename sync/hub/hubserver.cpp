// HubServer over cpp-httplib: routing, authentication, long-poll and JSON encoding of the protocol.
#include "sync/hub/hubserver.h"

#include "sync/hub/boundedjson.h"
#include "sync/hub/helpdeskpage.h"
#include "sync/hub/hubrequests.h"
#include "sync/hub/kioskauth.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <ctime>
#include <httplib.h>
#include <iostream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <pthread.h>
#include <regex>
#include <thread>

namespace checkin::sync {

using nlohmann::json;

namespace {

enum class Who { Anyone, Kiosk, Admin };

struct RouteSpec
{
    const char *method;
    const char *path; ///< OpenAPI form, "{name}" for a path parameter
    Who who;
};

// The single list of routes: registration and the protocol test both read it.
constexpr RouteSpec kRoutes[] = {
    {"GET", "/v1/health", Who::Anyone},
    {"GET", "/v1/centers/{center}/appointments", Who::Kiosk},
    {"POST", "/v1/push", Who::Kiosk},
    {"GET", "/v1/keys", Who::Kiosk},
    {"POST", "/v1/status", Who::Kiosk},
    {"PUT", "/v1/keys", Who::Admin},
    {"POST", "/v1/appointments/import", Who::Admin},
    {"GET", "/v1/clearing", Who::Admin},
    {"GET", "/v1/kiosks", Who::Admin},
    {"POST", "/v1/clearing/cases/{id}/attach", Who::Admin},
    {"POST", "/v1/clearing/cases/{id}/admit", Who::Admin},
    {"POST", "/v1/clearing/cases/{id}/close", Who::Admin},
    {"GET", "/helpdesk", Who::Admin},
    {"POST", "/helpdesk/cases/{id}/{action}", Who::Admin},
};

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
    if (!p.message.empty())
        j["message"] = p.message;
    if (p.result == PushResult::Conflict)
        j["first"] = {{"checkin_id", p.firstCheckInId}, {"kiosk_id", p.firstKioskId},
            {"scanned_at_ms", p.firstScannedAtMs}};
    return j;
}

int64_t intParam(const httplib::Request &req, const char *name, int64_t fallback)
{
    if (!req.has_param(name))
        return fallback;
    try {
        return std::stoll(req.get_param_value(name));
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
    std::unique_ptr<httplib::Server> server;
    // Declared before the store: its listener thread may signal them until the store is gone.
    std::mutex storeMutex;
    std::condition_variable changed; ///< signalled (under storeMutex) when seq moves or on stop
    bool noticePending = false; ///< another hub process announced a change (PostgreSQL NOTIFY)
    std::unique_ptr<HubStore> store;
    int64_t seq = 0; ///< the highest seq seen in center_seq, under storeMutex
    std::map<std::string, int64_t> centerSeq; ///< each center's newest change, under storeMutex
    bool stopping = false;
    std::thread thread;
    std::thread retention; ///< "hub-retention": purges once an hour
    AuthThrottle throttle;
    int port = -1;
    std::string error;
    std::atomic<int64_t> requests{0};

    int64_t now() const { return options.nowMs ? options.nowMs() : systemNowMs(); }

    void reply(httplib::Response &res, int status, json body)
    {
        body["server_time_ms"] = now();
        res.status = status;
        res.set_content(body.dump(), "application/json");
    }
    void fail(httplib::Response &res, int status, const std::string &code, const std::string &message)
    {
        reply(res, status, json{{"error", code}, {"message", message}});
    }

    /// The kiosk and center of the bearer token, if it is a provisioned, unrevoked kiosk's.
    std::optional<KioskIdentity> kioskOf(const httplib::Request &req)
    {
        const auto auth = req.get_header_value("Authorization");
        if (!auth.starts_with("Bearer ") || auth.size() - 7 < kMinTokenLength)
            return std::nullopt;
        // The store looks up the token's hash: the token's own bytes are compared nowhere.
        std::lock_guard lock(storeMutex);
        auto found = store->kioskForTokenHash(hashToken(std::string_view(auth).substr(7)));
        return found ? *found : std::nullopt;
    }
    bool isAdmin(const httplib::Request &req) const
    {
        if (options.adminToken.empty())
            return false;
        const auto auth = req.get_header_value("Authorization");
        return sameSecret(auth, "Bearer " + options.adminToken)
            || (req.has_param("token") && sameSecret(req.get_param_value("token"), options.adminToken));
    }

    /// Reads which centers changed since the last look and wakes the long-polls (under storeMutex).
    void refreshSeq()
    {
        noticePending = false;
        auto moved = store->centerSeqs(seq);
        if (!moved || moved->empty())
            return;
        for (const auto &[center, s] : *moved) {
            centerSeq[center] = s;
            seq = std::max(seq, s);
        }
        changed.notify_all();
    }
    int64_t seqOf(const std::string &center) const
    {
        auto it = centerSeq.find(center);
        return it == centerSeq.end() ? 0 : it->second;
    }

    cache::Result<void> openStore();
    void provision();
    std::string purge();
    tl::expected<int64_t, std::string> installKeyList(const std::string &document);

    void route(const RouteSpec &spec);
    void handle(const RouteSpec &spec, const httplib::Request &req, httplib::Response &res);
    void appointments(const KioskIdentity &who, const httplib::Request &req, httplib::Response &res);
    void push(const KioskIdentity &who, const httplib::Request &req, httplib::Response &res);
    void clearingAction(
        const std::string &id, const std::string &action, const json &body, httplib::Response &res);
};

void HubServer::Impl::route(const RouteSpec &spec)
{
    auto handler
        = [this, spec](const httplib::Request &req, httplib::Response &res) { handle(spec, req, res); };
    const std::string pattern = regexFor(spec.path);
    const std::string method = spec.method;
    if (method == "GET")
        server->Get(pattern, handler);
    else if (method == "POST")
        server->Post(pattern, handler);
    else if (method == "PUT")
        server->Put(pattern, handler);
}

void HubServer::Impl::handle(const RouteSpec &spec, const httplib::Request &req, httplib::Response &res)
{
    ++requests;
    res.set_header("X-Server-Time-Ms", std::to_string(now()));
    KioskIdentity who;
    if (spec.who != Who::Anyone) {
        // Wrong tries are counted per address; past the limit the address waits, whatever it sends.
        const std::string address = req.remote_addr;
        if (const auto waitMs = throttle.blockedForMs(address, now()); waitMs > 0) {
            res.set_header("Retry-After", std::to_string((waitMs + 999) / 1000));
            return fail(res, 429, "too_many_attempts", "too many failed authentications from this address");
        }
        if (spec.who == Who::Kiosk) {
            auto kiosk = kioskOf(req);
            if (!kiosk) {
                throttle.failed(address, now());
                return fail(res, 401, "unauthorized", "a valid kiosk bearer token is needed");
            }
            who = std::move(*kiosk);
        } else if (!isAdmin(req)) {
            throttle.failed(address, now());
            return fail(res, 401, "unauthorized", "the admin token is needed");
        }
    }
    const std::string &kiosk = who.kioskId;
    const std::string path = spec.path;
    json body;
    if (req.method == "POST" || req.method == "PUT") {
        const auto type = req.get_header_value("Content-Type");
        if (type.starts_with("application/json")) {
            body = parseBoundedJson(req.body);
            if (body.is_discarded())
                return fail(res, 400, "bad_json",
                    "the request body is not JSON of at most " + std::to_string(kMaxJsonDepth) + " levels");
        } else if (type.starts_with("application/x-www-form-urlencoded")) {
            body = json::object();
            for (const auto &[k, v] : req.params)
                body[k] = v;
        }
    }
    if (path == "/v1/health")
        return reply(res, 200, {{"status", "ok"}});
    if (path == "/v1/centers/{center}/appointments")
        return appointments(who, req, res);
    if (path == "/v1/push")
        return push(who, req, res);
    if (path == "/v1/keys" && req.method == "GET") {
        std::lock_guard lock(storeMutex);
        auto keys = store->keyList();
        if (!keys)
            return fail(res, 500, "store", keys.error().message);
        const std::string etag = "\"k" + std::to_string(keys->second) + "\"";
        res.set_header("ETag", etag);
        if (req.get_header_value("If-None-Match") == etag) {
            res.status = 304;
            return;
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
        const auto format = req.get_param_value("format") == "json" ? ImportFormat::Json : ImportFormat::Csv;
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
    if (path == "/v1/clearing" || path == "/helpdesk") {
        std::lock_guard lock(storeMutex);
        auto conflicts = store->conflicts();
        auto cases = store->cases(true);
        if (!conflicts || !cases)
            return fail(res, 500, "store", "cannot read the clearing list");
        if (path == "/helpdesk") {
            res.set_content(
                renderHelpdeskPage(*conflicts, *cases, req.get_param_value("token")), "text/html");
            return;
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
    if (path.starts_with("/v1/clearing/cases/"))
        return clearingAction(req.matches[1], path.substr(path.rfind('/') + 1), body, res);
    if (path == "/helpdesk/cases/{id}/{action}") {
        clearingAction(req.matches[1], req.matches[2], body, res);
        if (res.status == 200) {
            res.status = 303;
            res.set_header("Location", "/helpdesk?token=" + options.adminToken);
        }
        return;
    }
    fail(res, 404, "not_found", "no such route");
}

void HubServer::Impl::clearingAction(
    const std::string &id, const std::string &action, const json &body, httplib::Response &res)
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
    fail(res, 404, "not_found", "no such action: " + action);
}

void HubServer::Impl::appointments(
    const KioskIdentity &who, const httplib::Request &req, httplib::Response &res)
{
    const std::string center = req.matches[1];
    if (center != who.centerId)
        return fail(res, 403, "forbidden", "this kiosk belongs to another center");
    const std::string from = req.get_param_value("from");
    const std::string to = req.has_param("to") ? req.get_param_value("to") : from;
    const int64_t cursor = intParam(req, "cursor", 0);
    const int64_t limit = intParam(req, "limit", 1000);
    const int64_t wait = intParam(req, "wait", 0);
    if (from.size() != 10 || to.size() != 10)
        return fail(res, 400, "bad_request", "from and to must be dates YYYY-MM-DD");
    if (cursor < 0 || limit < 1 || limit > 5000 || wait < 0)
        return fail(res, 400, "bad_request", "cursor >= 0, 1 <= limit <= 5000, wait >= 0");
    std::unique_lock lock(storeMutex);
    if (noticePending)
        refreshSeq();
    if (wait > 0 && seqOf(center) <= cursor) {
        // Long-poll: nothing of this center newer than the kiosk's cursor yet, so hold the request
        // until one of its changes (made here, or by another hub process: NOTIFY).
        const auto deadline = std::chrono::steady_clock::now()
            + std::chrono::seconds(std::min<int64_t>(wait, options.maxWaitSeconds));
        changed.wait_until(lock, deadline, [&] {
            if (noticePending)
                refreshSeq();
            return stopping || seqOf(center) > cursor;
        });
    }
    auto page = store->changes(center, from, to, cursor, static_cast<int>(limit));
    if (!page)
        return fail(res, 503, "store", page.error().message);
    const std::string etag = "\"" + center + "-" + from + "-" + to + "-" + std::to_string(cursor) + "-"
        + std::to_string(limit) + "-" + std::to_string(page->nextCursor) + "\"";
    lock.unlock();
    res.set_header("ETag", etag);
    if (req.get_header_value("If-None-Match") == etag) {
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

void HubServer::Impl::push(const KioskIdentity &who, const httplib::Request &req, httplib::Response &res)
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
    reply(res, 200, {{"results", results}});
}

cache::Result<void> HubServer::Impl::openStore()
{
    if (store)
        return {};
    auto opened = HubStore::open(options.databasePath);
    if (!opened)
        return tl::unexpected(opened.error());
    store = std::move(*opened);
    refreshSeq();
    // Other hub processes on the same PostgreSQL database: their commits wake our long-polls too.
    store->listen([this] {
        {
            std::lock_guard lock(storeMutex);
            noticePending = true;
        }
        changed.notify_all();
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
    return *version;
}

HubServer::HubServer(Options options)
    : m_impl(std::make_unique<Impl>())
{
    m_impl->options = std::move(options);
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
    if (!d.options.certPath.empty()) {
        d.server = std::make_unique<httplib::SSLServer>(d.options.certPath.c_str(), d.options.keyPath.c_str(),
            d.options.clientCaPath.empty() ? nullptr : d.options.clientCaPath.c_str());
    } else {
        d.server = std::make_unique<httplib::Server>();
    }
    if (!d.server->is_valid()) {
        d.error = "cannot load the TLS certificate or key";
        return -1;
    }
    const int threads = d.options.threads;
    d.server->new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<size_t>(threads)); };
    d.server->set_read_timeout(std::chrono::seconds(5));
    d.server->set_keep_alive_timeout(d.options.keepAliveSeconds);
    d.server->set_payload_max_length(64 * 1024 * 1024);
    for (const auto &spec : kRoutes)
        d.route(spec);
    d.stopping = false;
    d.port = d.options.port == 0
        ? d.server->bind_to_any_port(d.options.host)
        : (d.server->bind_to_port(d.options.host, d.options.port) ? d.options.port : -1);
    if (d.port < 0) {
        d.error = "cannot listen on " + d.options.host + ":" + std::to_string(d.options.port);
        return -1;
    }
    d.thread = std::thread([this] {
        pthread_setname_np(pthread_self(), "hub");
        m_impl->server->listen_after_bind();
    });
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
            while (!i.changed.wait_for(lock, std::chrono::hours(1), [&] { return i.stopping; }))
                std::cerr << "checkin-hub: retention (" << i.options.retentionDays << " days): purged "
                          << i.purge() << "\n";
        });
    }
    // cpp-httplib 0.11 has no wait_until_ready(); the socket is bound already, so this is short.
    for (int i = 0; i < 2000 && !d.server->is_running(); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
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
    if (d.thread.joinable()) {
        d.server->stop();
        d.thread.join();
    }
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
