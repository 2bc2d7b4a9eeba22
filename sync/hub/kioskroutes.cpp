// HubServer: the kiosks' routes: the change feed and its long-poll, the push, the key list, the status
// report.
#include "sync/hub/hubrequests.h"
#include "sync/hub/hubserverimpl.h"
#include "sync/protocol/codec.h"

namespace checkin::sync {

namespace wire = protocol;

namespace {

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

Answer HubServer::Impl::kioskRoute(const std::string &path, const KioskIdentity &who, const HubRequest &req,
    HubResponse &res, const Responder &respond)
{
    const std::string &kiosk = who.kioskId;
    if (path == "/v1/centers/{center}/appointments")
        return appointments(who, req, res, respond);
    if (path == "/v1/push")
        return push(who, req, res, respond);
    if (path == "/v1/keys") {
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
    if (path == "/v1/status") {
        auto document = decodeStatus(req.body, kiosk, now());
        if (!document)
            return fail(res, 400, "bad_request", document.error().message);
        std::lock_guard lock(storeMutex);
        if (auto ok = store->saveStatus(kiosk, *document, now()); !ok)
            return fail(res, 503, "store", ok.error().message);
        return reply(res, 200, json::object());
    }
    return fail(res, 404, "not_found", "no such route");
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
        if (noticePending) {
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
    // The center's state as this process knows it, read before the page: a page shared at this
    // generation was read after the change that made it (SharedPages invariant 1).
    const int64_t generation = polls.latest(center);
    const int64_t since = polls.changeAtOrBefore(center, cursor);
    const std::string key = from + "/" + to + "/" + std::to_string(since) + "/" + std::to_string(limit);
    const auto shared = pages.get(center, generation, key, [&] {
        std::unique_ptr<HubStore> reader;
        {
            std::unique_lock lock(readersMutex);
            readerFree.wait(lock, [&] { return !readers.empty(); });
            reader = std::move(readers.back());
            readers.pop_back();
        }
        auto read = reader->changes(center, from, to, since, static_cast<int>(limit));
        {
            std::lock_guard lock(readersMutex);
            readers.push_back(std::move(reader));
        }
        readerFree.notify_one();
        return read;
    });
    const auto &page = *shared;
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

Answer HubServer::Impl::push(
    const KioskIdentity &who, const HubRequest &req, HubResponse &res, const Responder &respond)
{
    // Each item is decoded on its own: a malformed one is answered "invalid" and nothing else changes.
    auto decoded = decodePush(req.body);
    if (!decoded)
        return fail(res, decoded.error().kind == BodyErrorKind::TooLarge ? 413 : 400,
            decoded.error().kind == BodyErrorKind::TooLarge ? "too_large" : "bad_request",
            decoded.error().message);
    PendingPush pending;
    pending.batch.who = who;
    pending.batch.receivedAtMs = now();
    for (const auto &d : *decoded)
        if (d.item)
            pending.batch.items.push_back(*d.item);
    pending.decoded = std::move(*decoded);
    pending.res = std::move(res);
    pending.respond = respond;
    {
        std::lock_guard lock(pushMutex);
        pushQueue.push_back(std::move(pending));
        if (pushing)
            return Answer::Later; // the writing thread takes it into its next group
        pushing = true;
    }
    writePushes();
    return Answer::Later;
}

void HubServer::Impl::writePushes()
{
    for (;;) {
        std::vector<PendingPush> group;
        {
            std::lock_guard lock(pushMutex);
            if (pushQueue.empty()) {
                pushing = false;
                return;
            }
            group.swap(pushQueue);
        }
        std::vector<cache::Result<std::vector<PushAnswer>>> stored;
        stored.reserve(group.size());
        try {
            std::vector<PushBatch> batches;
            batches.reserve(group.size());
            for (auto &p : group)
                batches.push_back(std::move(p.batch));
            std::lock_guard lock(storeMutex);
            auto all = store->pushAll(batches);
            if (all) {
                for (auto &answers : *all)
                    stored.emplace_back(std::move(answers));
            } else if (batches.size() == 1) {
                stored.emplace_back(tl::unexpected(all.error()));
            } else {
                // One batch's failure must not fail the others: each alone, in its own write.
                for (const auto &batch : batches) {
                    auto one = store->pushAll({batch});
                    if (one)
                        stored.emplace_back(std::move(one->front()));
                    else
                        stored.emplace_back(tl::unexpected(one.error()));
                }
            }
            refreshSeq();
        } catch (const std::exception &e) {
            // Nothing of the group is answered as stored unless its write committed.
            stored.resize(group.size(), tl::unexpected(cache::Error{cache::ErrorKind::Io, e.what()}));
        }
        stored.resize(group.size(), tl::unexpected(cache::Error{cache::ErrorKind::Io, "push not written"}));
        for (size_t i = 0; i < group.size(); ++i)
            answerPush(group[i], stored[i]);
    }
}

void HubServer::Impl::answerPush(PendingPush &pending, const cache::Result<std::vector<PushAnswer>> &stored)
{
    HubResponse &res = pending.res;
    if (!stored) {
        fail(res, 503, "store", stored.error().message);
    } else {
        json results = json::array();
        bool forbidden = false;
        size_t next = 0;
        for (const auto &d : pending.decoded) {
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
            reply(res, 403,
                {{"error", "forbidden"},
                    {"message", "an item belongs to another center or kiosk; nothing was stored"},
                    {"results", results}});
        else
            reply(res, 200, {{"results", results}});
    }
    if (pending.respond.open())
        pending.respond(std::move(res));
}

} // namespace checkin::sync
