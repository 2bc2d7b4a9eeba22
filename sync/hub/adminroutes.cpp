// HubServer: the admin API: key list upload, import, kiosk reports, the clearing list and its actions.
#include "sync/hub/boundedjson.h"
#include "sync/hub/hubrequests.h"
#include "sync/hub/hubserverimpl.h"

#include <cctype>

namespace checkin::sync {

Answer HubServer::Impl::adminRoute(
    const std::string &path, const HubRequest &req, const json &body, HubResponse &res)
{
    if (path == "/v1/keys") {
        auto document = decodeKeyListPut(req.body);
        if (!document)
            return fail(res, 400, "bad_request", document.error().message);
        auto installed = installKeyList(*document);
        if (!installed)
            return fail(res, 409, "key_list_refused", installed.error());
        return reply(res, 200, {{"version", *installed}});
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
            = clearingAction(req.matches[1], path.substr(path.rfind('/') + 1), body, "desk", storeError);
        if (!storeError.empty())
            return fail(res, 500, "store", storeError);
        if (refusal)
            return fail(
                res, refusalStatus(*refusal), "refused", refusalText(*refusal, DeskLanguage::English));
        return reply(res, 200, {{"id", req.matches[1]}, {"state", "closed"}});
    }
    return fail(res, 404, "not_found", "no such route");
}

std::optional<DeskRefusal> HubServer::Impl::clearingAction(const std::string &id, const std::string &action,
    const json &body, const std::string &actor, std::string &storeError)
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
    const std::optional<ClearingCase> &stored = *found;
    if (!stored)
        return DeskRefusal::NoSuchCase;
    const ClearingCase &c = *stored;
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
        const std::optional<std::string> &appointmentCenter = *center;
        if (!appointmentCenter)
            return DeskRefusal::NoSuchAppointment;
        if (*appointmentCenter != c.centerId)
            return DeskRefusal::OtherCenter;
        auto status = store->appointmentStatus(appointmentId);
        if (status && *status == static_cast<int>(cache::AppointmentStatus::Cancelled))
            return DeskRefusal::AppointmentCancelled;
        auto ok = store->attachCase(id, appointmentId, resolution, now(), actor);
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
        auto admitted = store->admitWalkIn(id, day, options.walkInCapacity, resolution, now(), actor);
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
        auto ok = store->closeCase(id, resolution, now(), actor);
        if (!ok)
            storeError = ok.error().message;
        else if (!*ok)
            return DeskRefusal::CaseClosed;
        return std::nullopt;
    }
    return DeskRefusal::NoSuchCase;
}

} // namespace checkin::sync
