// Push items, status reports and key-list uploads read field by field with explicit type checks.
#include "sync/hub/hubrequests.h"

#include "sync/hub/boundedjson.h"

namespace checkin::sync {

using nlohmann::json;

namespace {

/// Reads typed fields of one JSON object; the first problem is kept and every later read is empty.
class Fields
{
public:
    explicit Fields(const json &object)
        : m_o(object)
    { }

    std::string text(const char *key, bool required = false)
    {
        const json *v = find(key);
        if (!v || v->is_null()) {
            if (required)
                miss(key);
            return {};
        }
        if (!v->is_string())
            return wrong(key, "a string"), std::string();
        return v->get<std::string>();
    }
    std::optional<int64_t> integer(const char *key, bool required = false)
    {
        const json *v = find(key);
        if (!v || v->is_null()) {
            if (required)
                miss(key);
            return std::nullopt;
        }
        if (!v->is_number_integer())
            return wrong(key, "a whole number"), std::nullopt;
        return v->get<int64_t>();
    }
    /// The first of `keys` present, as a whole number; required.
    int64_t time(std::initializer_list<const char *> keys)
    {
        for (const char *key : keys)
            if (find(key))
                return integer(key, true).value_or(0);
        miss(*keys.begin());
        return 0;
    }
    int small(const char *key)
    {
        const auto v = integer(key);
        if (v && (*v < 0 || *v > 1000))
            wrong(key, "a small whole number");
        return static_cast<int>(v.value_or(0));
    }
    bool flag(const char *key)
    {
        const json *v = find(key);
        if (!v || v->is_null())
            return false;
        if (!v->is_boolean())
            return wrong(key, "true or false"), false;
        return v->get<bool>();
    }
    const std::string &problem() const { return m_problem; }

private:
    const json *find(const char *key) const
    {
        auto it = m_o.find(key);
        return it == m_o.end() ? nullptr : &*it;
    }
    void miss(const char *key)
    {
        if (m_problem.empty())
            m_problem = std::string(key) + " is missing";
    }
    void wrong(const char *key, const char *what)
    {
        if (m_problem.empty())
            m_problem = std::string(key) + " must be " + what;
    }

    const json &m_o;
    std::string m_problem;
};

std::string personOf(Fields &f)
{
    std::string person = f.text("given_name") + " " + f.text("family_name");
    if (const auto born = f.text("birth_date"); !born.empty())
        person += " (" + born + ")";
    if (const auto contact = f.text("contact"); !contact.empty())
        person += ", " + contact;
    return person == " " ? std::string() : person;
}

DecodedPushItem decodeItem(const json &item)
{
    DecodedPushItem out;
    if (!item.is_object()) {
        out.problem = "an item must be an object";
        return out;
    }
    Fields f(item);
    out.id = f.text("id");
    if (out.id.empty() || out.id.size() > 200) {
        out.id.clear();
        out.problem = "an item needs an id (a string of 1 to 200 characters)";
        return out;
    }
    const std::string kind = f.text("kind");
    if (kind == "checkin") {
        PushedCheckIn c;
        c.id = out.id;
        c.appointmentId = f.integer("appointment_id");
        c.operatorId = f.text("operator_id");
        c.method = f.small("method");
        c.outcome = f.small("outcome");
        c.reason = f.small("reason");
        c.admitted = f.flag("admitted");
        c.scannedAtMs = f.integer("scanned_at_ms", true).value_or(0);
        out.item = c;
    } else if (kind == "case") {
        // The kiosk's case: who (as told), what happened, when it was opened.
        PushedCase c;
        c.id = out.id;
        c.appointmentId = f.integer("appointment_id");
        c.checkInId = f.text("checkin_id");
        c.kind = f.text("case_kind");
        c.note = f.text("account");
        if (c.note.empty())
            c.note = f.text("note");
        c.createdAtMs = f.time({"opened_at_ms", "created_at_ms"});
        c.person = personOf(f);
        out.item = c;
    } else if (kind == "audit" || kind == "annulment" || kind == "confirmation") {
        // Kept whole for the central office; an annulment also frees the appointment.
        PushedAudit a;
        a.id = out.id;
        a.action = kind == "annulment" ? PushedAudit::Action::Annulment
            : kind == "confirmation"   ? PushedAudit::Action::Confirmation
                                       : PushedAudit::Action::Audit;
        a.atMs = f.time({"at_ms", "annulled_at_ms", "confirmed_at_ms"});
        if (a.action == PushedAudit::Action::Annulment)
            a.checkInId = f.text("checkin_id", true);
        if (a.action == PushedAudit::Action::Confirmation)
            a.appointmentId = f.integer("appointment_id", true);
        a.detail = item.dump(-1, ' ', false,
            json::error_handler_t::replace); // bounded: the batch was parsed with a depth limit
        out.item = a;
    } else {
        out.problem = kind.empty() ? "kind is missing" : "unknown kind";
        if (!f.problem().empty())
            out.problem = f.problem();
        return out;
    }
    if (!f.problem().empty()) {
        out.item.reset();
        out.problem = f.problem();
    }
    return out;
}

} // namespace

tl::expected<std::vector<DecodedPushItem>, BodyError> decodePush(std::string_view body)
{
    const json doc = parseBoundedJson(body);
    if (doc.is_discarded())
        return tl::unexpected(BodyError{BodyErrorKind::NotJson,
            "the request body is not JSON of at most " + std::to_string(kMaxJsonDepth) + " levels"});
    if (!doc.is_object() || !doc.contains("items") || !doc["items"].is_array())
        return tl::unexpected(BodyError{BodyErrorKind::Malformed, "expected {\"items\": [...]}"});
    const auto &items = doc["items"];
    if (items.size() > kMaxPushItems)
        return tl::unexpected(BodyError{
            BodyErrorKind::TooLarge, "at most " + std::to_string(kMaxPushItems) + " items per batch"});
    std::vector<DecodedPushItem> out;
    out.reserve(items.size());
    for (const auto &item : items)
        out.push_back(decodeItem(item));
    return out;
}

tl::expected<std::string, BodyError> decodeStatus(
    std::string_view body, const std::string &kioskId, int64_t atMs)
{
    json doc = parseBoundedJson(body);
    if (doc.is_discarded())
        return tl::unexpected(BodyError{BodyErrorKind::NotJson,
            "the request body is not JSON of at most " + std::to_string(kMaxJsonDepth) + " levels"});
    if (!doc.is_object())
        return tl::unexpected(BodyError{BodyErrorKind::Malformed, "expected a JSON object"});
    doc["kiosk_id"] = kioskId;
    doc["received_at_ms"] = atMs;
    return doc.dump(-1, ' ', false, json::error_handler_t::replace);
}

tl::expected<std::string, BodyError> decodeKeyListPut(std::string_view body)
{
    const json doc = parseBoundedJson(body);
    if (doc.is_discarded())
        return tl::unexpected(BodyError{BodyErrorKind::NotJson, "the request body is not JSON"});
    if (!doc.is_object() || !doc.contains("signed_list") || !doc["signed_list"].is_string())
        return tl::unexpected(BodyError{BodyErrorKind::Malformed, "expected {\"signed_list\": \"...\"}"});
    return doc["signed_list"].get<std::string>();
}

} // namespace checkin::sync
