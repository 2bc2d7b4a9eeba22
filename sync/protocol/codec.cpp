// Protocol JSON through nlohmann-json, which stays inside this file: reading is checked field by field.
#include "sync/protocol/codec.h"

#include <charconv>
#include <limits>
#include <nlohmann/json.hpp>

namespace checkin::sync::protocol {

using nlohmann::json;

namespace {

template <class... F> struct Overloaded : F...
{
    using F::operator()...;
};
template <class... F> Overloaded(F...) -> Overloaded<F...>;

/// Whether `text` nests arrays and objects deeper than kMaxDepth (strings are skipped).
bool tooDeep(std::string_view text)
{
    int depth = 0;
    bool inString = false;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > kMaxDepth)
                return true;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return false;
}

Decoded<json> parse(std::string_view body)
{
    if (tooDeep(body))
        return tl::unexpected(DecodeError{"nested deeper than " + std::to_string(kMaxDepth) + " levels"});
    json j = json::parse(body, nullptr, false);
    if (j.is_discarded())
        return tl::unexpected(DecodeError{"not JSON"});
    if (!j.is_object())
        return tl::unexpected(DecodeError{"not a JSON object"});
    return j;
}

enum class Need { Optional, Required };

/// Reads the fields of one object; the first problem is kept and every later read is harmless.
class Fields
{
public:
    Fields(const json &object, std::string where)
        : m_object(object)
        , m_where(std::move(where))
    {
        if (!m_object.is_object())
            fail("", "is not an object");
    }

    std::string text(const char *key, Need need = Need::Optional)
    {
        const json *v = find(key, need);
        if (!v)
            return {};
        if (!v->is_string()) {
            fail(key, "must be a string");
            return {};
        }
        return v->get<std::string>();
    }
    int64_t integer(const char *key, Need need = Need::Optional)
    {
        const json *v = find(key, need);
        return v ? asInteger(key, *v) : 0;
    }
    int small(const char *key)
    {
        const int64_t v = integer(key);
        if (v < std::numeric_limits<int>::min() || v > std::numeric_limits<int>::max()) {
            fail(key, "is out of range");
            return 0;
        }
        return static_cast<int>(v);
    }
    bool boolean(const char *key)
    {
        const json *v = find(key, Need::Optional);
        if (!v)
            return false;
        if (!v->is_boolean()) {
            fail(key, "must be true or false");
            return false;
        }
        return v->get<bool>();
    }
    /// A field the protocol declares nullable: absent or null is "none".
    std::optional<int64_t> nullableInteger(const char *key)
    {
        auto it = m_object.is_object() ? m_object.find(key) : m_object.end();
        if (it == m_object.end() || it->is_null())
            return std::nullopt;
        return asInteger(key, *it);
    }
    /// The first of `keys` that is present (the protocol's older names come second).
    std::optional<int64_t> firstInteger(std::initializer_list<const char *> keys)
    {
        for (const char *key : keys)
            if (m_object.is_object() && m_object.contains(key))
                return integer(key);
        return std::nullopt;
    }
    bool has(const char *key) const { return m_object.is_object() && m_object.contains(key); }
    const json *array(const char *key, Need need)
    {
        const json *v = find(key, need);
        if (v && !v->is_array()) {
            fail(key, "must be an array");
            return nullptr;
        }
        return v;
    }
    void fail(const std::string &key, const std::string &what)
    {
        if (m_error)
            return;
        std::string m = m_where;
        for (const std::string &part : {key, what})
            if (!part.empty())
                m += (m.empty() ? "" : " ") + part;
        m_error = std::move(m);
    }
    /// The first problem, or null: a pointer, so that a check and the read after it are one.
    const std::string *error() const { return m_error.has_value() ? &m_error.value() : nullptr; }

private:
    const json *find(const char *key, Need need)
    {
        if (!m_object.is_object())
            return nullptr;
        auto it = m_object.find(key);
        if (it == m_object.end()) {
            if (need == Need::Required)
                fail(key, "is missing");
            return nullptr;
        }
        return &*it;
    }
    int64_t asInteger(const char *key, const json &v)
    {
        if (v.is_number_unsigned() && v.get<uint64_t>() > uint64_t(std::numeric_limits<int64_t>::max())) {
            fail(key, "is out of range");
            return 0;
        }
        if (!v.is_number_integer()) {
            fail(key, "must be a whole number");
            return 0;
        }
        return v.get<int64_t>();
    }
    const json &m_object;
    std::string m_where;
    std::optional<std::string> m_error;
};

std::optional<int64_t> serverTime(Fields &f)
{
    if (!f.has("server_time_ms"))
        return std::nullopt;
    return f.integer("server_time_ms");
}

json nullable(const std::optional<int64_t> &v)
{
    return v ? json(*v) : json();
}

json itemJson(const PushItem &item)
{
    return std::visit(
        Overloaded{
            [](const CheckInItem &c) {
                return json{{"kind", "checkin"}, {"id", c.id}, {"appointment_id", nullable(c.appointmentId)},
                    {"kiosk_id", c.kioskId}, {"operator_id", c.operatorId}, {"method", c.method},
                    {"outcome", c.outcome}, {"reason", c.reason}, {"admitted", c.admitted},
                    {"scanned_at_ms", c.scannedAtMs}};
            },
            [](const CaseItem &c) {
                json j{{"kind", "case"}, {"id", c.id}, {"opened_at_ms", c.openedAtMs},
                    {"kiosk_id", c.kioskId}, {"operator_id", c.operatorId}, {"given_name", c.givenName},
                    {"family_name", c.familyName}, {"birth_date", c.birthDate}, {"contact", c.contact},
                    {"account", c.account}, {"appointment_id", nullable(c.appointmentId)}};
                if (!c.checkInId.empty())
                    j["checkin_id"] = c.checkInId;
                if (!c.caseKind.empty())
                    j["case_kind"] = c.caseKind;
                return j;
            },
            [](const AuditItem &a) {
                return json{{"kind", "audit"}, {"id", a.id}, {"at_ms", a.atMs}, {"kiosk_id", a.kioskId},
                    {"operator_id", a.operatorId}, {"action", a.action}, {"outcome", a.outcome},
                    {"subject", a.subject}};
            },
            [](const AnnulmentItem &a) {
                return json{{"kind", "annulment"}, {"id", a.id}, {"checkin_id", a.checkInId},
                    {"operator_id", a.operatorId}, {"reason", a.reason}, {"annulled_at_ms", a.annulledAtMs}};
            },
            [](const ConfirmationItem &c) {
                return json{{"kind", "confirmation"}, {"id", c.id}, {"appointment_id", c.appointmentId},
                    {"confirmed_at_ms", c.confirmedAtMs}, {"kiosk_id", c.kioskId},
                    {"operator_id", c.operatorId}};
            },
        },
        item);
}

/// One pushed item: the item, or why it cannot be read (with its id when that much was readable).
DecodedPush::Entry decodeItem(const json &j, size_t index)
{
    DecodedPush::Entry entry;
    const std::string where = "item " + std::to_string(index);
    if (!j.is_object()) {
        entry.error = {"", where + " is not an object"};
        return entry;
    }
    auto id = j.find("id");
    if (id == j.end() || !id->is_string() || id->get<std::string>().empty()) {
        entry.error = {"", where + " needs an id (a non-empty string)"};
        return entry;
    }
    entry.error.id = id->get<std::string>();
    Fields f(j, "");
    const std::string kind = f.text("kind", Need::Required);
    std::optional<PushItem> item;
    if (kind == "checkin") {
        CheckInItem c;
        c.id = entry.error.id;
        c.appointmentId = f.nullableInteger("appointment_id");
        c.kioskId = f.text("kiosk_id");
        c.operatorId = f.text("operator_id");
        c.method = f.small("method");
        c.outcome = f.small("outcome");
        c.reason = f.small("reason");
        c.admitted = f.boolean("admitted");
        c.scannedAtMs = f.integer("scanned_at_ms", Need::Required);
        item = std::move(c);
    } else if (kind == "case") {
        CaseItem c;
        c.id = entry.error.id;
        const auto opened = f.firstInteger({"opened_at_ms", "created_at_ms"});
        if (!opened)
            f.fail("opened_at_ms", "is missing");
        c.openedAtMs = opened.value_or(0);
        c.kioskId = f.text("kiosk_id");
        c.operatorId = f.text("operator_id");
        c.givenName = f.text("given_name");
        c.familyName = f.text("family_name");
        c.birthDate = f.text("birth_date");
        c.contact = f.text("contact");
        c.account = f.has("account") ? f.text("account") : f.text("note");
        c.appointmentId = f.nullableInteger("appointment_id");
        c.checkInId = f.text("checkin_id");
        c.caseKind = f.text("case_kind");
        item = std::move(c);
    } else if (kind == "audit") {
        AuditItem a;
        a.id = entry.error.id;
        a.atMs = f.integer("at_ms", Need::Required);
        a.kioskId = f.text("kiosk_id");
        a.operatorId = f.text("operator_id");
        a.action = f.small("action");
        a.outcome = f.small("outcome");
        a.subject = f.text("subject");
        item = std::move(a);
    } else if (kind == "annulment") {
        AnnulmentItem a;
        a.id = entry.error.id;
        a.checkInId = f.text("checkin_id", Need::Required);
        if (a.checkInId.empty())
            f.fail("checkin_id", "is empty");
        a.operatorId = f.text("operator_id");
        a.reason = f.text("reason");
        const auto at = f.firstInteger({"annulled_at_ms", "at_ms"});
        if (!at)
            f.fail("annulled_at_ms", "is missing");
        a.annulledAtMs = at.value_or(0);
        item = std::move(a);
    } else if (kind == "confirmation") {
        ConfirmationItem c;
        c.id = entry.error.id;
        c.appointmentId = f.integer("appointment_id", Need::Required);
        const auto at = f.firstInteger({"confirmed_at_ms", "at_ms"});
        if (!at)
            f.fail("confirmed_at_ms", "is missing");
        c.confirmedAtMs = at.value_or(0);
        c.kioskId = f.text("kiosk_id");
        c.operatorId = f.text("operator_id");
        item = std::move(c);
    } else if (!f.error()) {
        f.fail("", "has an unknown kind \"" + kind + "\"");
    }
    if (f.error()) {
        entry.error.message = *f.error();
        return entry;
    }
    entry.item = std::move(item);
    return entry;
}

const char *statusText(AppointmentStatus s)
{
    switch (s) {
    case AppointmentStatus::Cancelled:
        return "cancelled";
    case AppointmentStatus::Pending:
        return "pending";
    case AppointmentStatus::Confirmed:
        break;
    }
    return "confirmed";
}

json withServerTime(json j, const std::optional<int64_t> &serverTimeMs)
{
    if (serverTimeMs)
        j["server_time_ms"] = *serverTimeMs;
    return j;
}

template <typename T> Decoded<T> failed(const std::string &message)
{
    return tl::unexpected(DecodeError{message});
}

} // namespace

const char *kindName(const PushItem &item)
{
    static constexpr const char *kNames[] = {"checkin", "case", "audit", "annulment", "confirmation"};
    return kNames[item.index()];
}

const std::string &itemId(const PushItem &item)
{
    return std::visit([](const auto &i) -> const std::string & { return i.id; }, item);
}

const char *itemResultName(ItemResult result)
{
    switch (result) {
    case ItemResult::Accepted:
        return "accepted";
    case ItemResult::Duplicate:
        return "duplicate";
    case ItemResult::Conflict:
        return "conflict";
    case ItemResult::Invalid:
        return "invalid";
    }
    return "invalid";
}

std::string clockText(int minutes)
{
    char buf[24];
    std::snprintf(buf, sizeof buf, "%02d:%02d", minutes / 60, minutes % 60);
    return buf;
}

std::optional<int> clockMinutes(std::string_view hhmm)
{
    // Digits only: from_chars alone takes "-1" as an hour, and a negative time has no "HH:MM".
    auto digit = [&](size_t i) { return hhmm[i] >= '0' && hhmm[i] <= '9'; };
    if (hhmm.size() != 5 || hhmm[2] != ':' || !digit(0) || !digit(1) || !digit(3) || !digit(4))
        return std::nullopt;
    int h = 0, m = 0;
    auto a = std::from_chars(hhmm.data(), hhmm.data() + 2, h);
    auto b = std::from_chars(hhmm.data() + 3, hhmm.data() + 5, m);
    if (a.ec != std::errc{} || a.ptr != hhmm.data() + 2 || b.ec != std::errc{} || b.ptr != hhmm.data() + 5)
        return std::nullopt;
    if (m > 59 || h * 60 + m > 24 * 60)
        return std::nullopt;
    return h * 60 + m;
}

std::string encode(const PushItem &item)
{
    return itemJson(item).dump();
}

std::string encode(const PushRequest &request)
{
    json items = json::array();
    for (const auto &item : request.items)
        items.push_back(itemJson(item));
    return json{{"items", std::move(items)}}.dump();
}

Decoded<DecodedPush> decodePushRequest(std::string_view body)
{
    auto j = parse(body);
    if (!j)
        return tl::unexpected(j.error());
    Fields f(*j, "push");
    const json *items = f.array("items", Need::Required);
    if (f.error())
        return failed<DecodedPush>(*f.error());
    if (items->size() > kMaxPushItems)
        return tl::unexpected(
            DecodeError{"more than " + std::to_string(kMaxPushItems) + " items", /*tooMany=*/true});
    DecodedPush out;
    out.entries.reserve(items->size());
    for (size_t i = 0; i < items->size(); ++i)
        out.entries.push_back(decodeItem((*items)[i], i));
    return out;
}

std::string encode(const PushResponse &response)
{
    json results = json::array();
    for (const auto &r : response.results) {
        json j{{"id", r.id}, {"result", itemResultName(r.result)}};
        if (!r.message.empty())
            j["message"] = r.message;
        if (r.first)
            j["first"] = {{"checkin_id", r.first->checkInId}, {"kiosk_id", r.first->kioskId},
                {"scanned_at_ms", r.first->scannedAtMs}};
        results.push_back(std::move(j));
    }
    return withServerTime(json{{"results", std::move(results)}}, response.serverTimeMs).dump();
}

Decoded<PushResponse> decodePushResponse(std::string_view body)
{
    auto j = parse(body);
    if (!j)
        return tl::unexpected(j.error());
    Fields f(*j, "push answer");
    PushResponse out;
    out.serverTimeMs = serverTime(f);
    const json *results = f.array("results", Need::Required);
    if (f.error())
        return failed<PushResponse>(*f.error());
    for (size_t i = 0; i < results->size(); ++i) {
        Fields r((*results)[i], "result " + std::to_string(i));
        ItemAnswer a;
        a.id = r.text("id", Need::Required);
        const std::string result = r.text("result", Need::Required);
        a.message = r.text("message");
        if (result == "accepted")
            a.result = ItemResult::Accepted;
        else if (result == "duplicate")
            a.result = ItemResult::Duplicate;
        else if (result == "conflict")
            a.result = ItemResult::Conflict;
        else if (result == "invalid")
            a.result = ItemResult::Invalid;
        else if (!r.error())
            r.fail("result", "is unknown: \"" + result + "\"");
        if (r.has("first")) {
            Fields first((*results)[i]["first"], "result " + std::to_string(i) + " first");
            a.first = ItemAnswer::First{
                first.text("checkin_id"), first.text("kiosk_id"), first.integer("scanned_at_ms")};
            if (first.error())
                return failed<PushResponse>(*first.error());
        }
        if (r.error())
            return failed<PushResponse>(*r.error());
        out.results.push_back(std::move(a));
    }
    return out;
}

std::string encode(const AppointmentPage &page)
{
    json appointments = json::array();
    for (const auto &a : page.appointments)
        appointments.push_back({{"id", a.id}, {"booking_ref", a.bookingRef}, {"code", a.code},
            {"center_id", a.centerId}, {"day", a.day}, {"slot_start", clockText(a.slotStart)},
            {"slot_end", clockText(a.slotEnd)}, {"status", statusText(a.status)}, {"given_name", a.givenName},
            {"family_name", a.familyName}, {"birth_date", a.birthDate}, {"postal_code", a.postalCode},
            {"language", a.language}, {"version", a.version}});
    json admissions = json::array();
    for (const auto &a : page.admissions)
        admissions.push_back({{"checkin_id", a.checkInId}, {"appointment_id", a.appointmentId},
            {"kiosk_id", a.kioskId}, {"scanned_at_ms", a.scannedAtMs}});
    json resolutions = json::array();
    for (const auto &r : page.resolutions)
        resolutions.push_back(
            {{"case_id", r.caseId}, {"ticket", r.ticket}, {"appointment_id", r.appointmentId},
                {"kind",
                    r.kind == ResolutionKind::WalkIn          ? "walk-in"
                        : r.kind == ResolutionKind::Confirmed ? "confirmed"
                                                              : "attached"},
                {"resolved_at_ms", r.resolvedAtMs}});
    json annulments = json::array();
    for (const auto &a : page.annulments)
        annulments.push_back({{"checkin_id", a.checkInId}, {"appointment_id", a.appointmentId},
            {"kiosk_id", a.kioskId}, {"annulled_at_ms", a.annulledAtMs}});
    return withServerTime(
        json{{"cursor", page.cursor}, {"has_more", page.hasMore}, {"appointments", std::move(appointments)},
            {"admissions", std::move(admissions)}, {"resolutions", std::move(resolutions)},
            {"annulments", std::move(annulments)}},
        page.serverTimeMs)
        .dump();
}

Decoded<AppointmentPage> decodeAppointmentPage(std::string_view body)
{
    auto j = parse(body);
    if (!j)
        return tl::unexpected(j.error());
    Fields f(*j, "appointment page");
    AppointmentPage out;
    out.cursor = f.text("cursor", Need::Required);
    out.hasMore = f.boolean("has_more");
    out.serverTimeMs = serverTime(f);
    const json *appointments = f.array("appointments", Need::Required);
    const json *admissions = f.array("admissions", Need::Optional);
    const json *resolutions = f.array("resolutions", Need::Optional);
    const json *annulments = f.array("annulments", Need::Optional);
    if (f.error())
        return failed<AppointmentPage>(*f.error());
    // A page is applied whole or not at all, so one bad appointment refuses the page.
    for (size_t i = 0; i < appointments->size(); ++i) {
        Fields a((*appointments)[i], "appointment " + std::to_string(i));
        Appointment x;
        x.id = a.integer("id", Need::Required);
        x.bookingRef = a.text("booking_ref", Need::Required);
        x.code = a.text("code");
        x.centerId = a.text("center_id");
        x.day = a.text("day", Need::Required);
        const auto start = clockMinutes(a.text("slot_start", Need::Required));
        const auto end = clockMinutes(a.text("slot_end", Need::Required));
        const std::string status = a.text("status");
        x.status = status == "cancelled" ? AppointmentStatus::Cancelled
            : status == "pending"        ? AppointmentStatus::Pending
                                         : AppointmentStatus::Confirmed;
        if (!status.empty() && status != "cancelled" && status != "pending" && status != "confirmed")
            a.fail("status", "is unknown: \"" + status + "\"");
        x.givenName = a.text("given_name");
        x.familyName = a.text("family_name");
        x.birthDate = a.text("birth_date");
        x.postalCode = a.text("postal_code");
        x.language = a.text("language");
        x.version = a.integer("version");
        if (!a.error() && (x.bookingRef.empty() || x.day.empty()))
            a.fail("booking_ref", "and day must not be empty");
        if (a.error())
            return failed<AppointmentPage>(*a.error());
        if (!start || !end) {
            a.fail("slot_start", "and slot_end must be times HH:MM");
            return failed<AppointmentPage>(*a.error());
        }
        x.slotStart = *start;
        x.slotEnd = *end;
        out.appointments.push_back(std::move(x));
    }
    for (size_t i = 0; admissions && i < admissions->size(); ++i) {
        Fields a((*admissions)[i], "admission " + std::to_string(i));
        Admission x;
        x.checkInId = a.text("checkin_id", Need::Required);
        x.appointmentId = a.integer("appointment_id", Need::Required);
        x.kioskId = a.text("kiosk_id");
        x.scannedAtMs = a.integer("scanned_at_ms");
        if (a.error())
            return failed<AppointmentPage>(*a.error());
        out.admissions.push_back(std::move(x));
    }
    for (size_t i = 0; resolutions && i < resolutions->size(); ++i) {
        Fields r((*resolutions)[i], "resolution " + std::to_string(i));
        Resolution x;
        x.caseId = r.text("case_id", Need::Required);
        x.ticket = r.text("ticket", Need::Required);
        x.appointmentId = r.integer("appointment_id", Need::Required);
        const std::string kind = r.text("kind", Need::Required);
        x.kind = kind == "walk-in" ? ResolutionKind::WalkIn
            : kind == "confirmed"  ? ResolutionKind::Confirmed
                                   : ResolutionKind::Attached;
        if (!r.error() && kind != "walk-in" && kind != "confirmed" && kind != "attached")
            r.fail("kind", "is unknown: \"" + kind + "\"");
        x.resolvedAtMs = r.integer("resolved_at_ms");
        if (!r.error() && x.ticket.empty())
            r.fail("ticket", "must not be empty");
        if (r.error())
            return failed<AppointmentPage>(*r.error());
        out.resolutions.push_back(std::move(x));
    }
    for (size_t i = 0; annulments && i < annulments->size(); ++i) {
        Fields a((*annulments)[i], "annulment " + std::to_string(i));
        Annulment x;
        x.checkInId = a.text("checkin_id", Need::Required);
        x.appointmentId = a.integer("appointment_id", Need::Required);
        x.kioskId = a.text("kiosk_id");
        x.annulledAtMs = a.integer("annulled_at_ms");
        if (!a.error() && x.checkInId.empty())
            a.fail("checkin_id", "must not be empty");
        if (a.error())
            return failed<AppointmentPage>(*a.error());
        out.annulments.push_back(std::move(x));
    }
    return out;
}

std::string encode(const KeyListDocument &document)
{
    return withServerTime(
        json{{"version", document.version}, {"signed_list", document.signedList}}, document.serverTimeMs)
        .dump();
}

Decoded<KeyListDocument> decodeKeyListDocument(std::string_view body)
{
    auto j = parse(body);
    if (!j)
        return tl::unexpected(j.error());
    Fields f(*j, "key list");
    KeyListDocument out;
    out.version = f.integer("version", Need::Required);
    out.signedList = f.text("signed_list", Need::Required);
    out.serverTimeMs = serverTime(f);
    if (f.error())
        return failed<KeyListDocument>(*f.error());
    return out;
}

std::string encode(const StatusReport &report)
{
    return json{{"version", report.version}, {"last_sync_ms", report.lastSyncMs},
        {"outbox_depth", report.outboxDepth}, {"camera", report.camera}}
        .dump();
}

Decoded<StatusReport> decodeStatusReport(std::string_view body)
{
    auto j = parse(body);
    if (!j)
        return tl::unexpected(j.error());
    Fields f(*j, "status");
    StatusReport out;
    out.version = f.text("version");
    out.lastSyncMs = f.integer("last_sync_ms");
    out.outboxDepth = f.integer("outbox_depth");
    out.camera = f.text("camera");
    if (f.error())
        return failed<StatusReport>(*f.error());
    return out;
}

std::string encode(const ErrorBody &error)
{
    return withServerTime(json{{"error", error.error}, {"message", error.message}}, error.serverTimeMs)
        .dump();
}

Decoded<ErrorBody> decodeErrorBody(std::string_view body)
{
    auto j = parse(body);
    if (!j)
        return tl::unexpected(j.error());
    Fields f(*j, "error");
    ErrorBody out;
    out.error = f.text("error", Need::Required);
    out.message = f.text("message");
    out.serverTimeMs = serverTime(f);
    if (f.error())
        return failed<ErrorBody>(*f.error());
    return out;
}

} // namespace checkin::sync::protocol
