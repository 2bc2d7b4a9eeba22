// Push items (through the protocol codec), status reports and key-list uploads, with bounded JSON.
#include "sync/hub/hubrequests.h"

#include "sync/hub/boundedjson.h"
#include "sync/protocol/codec.h"

namespace checkin::sync {

using nlohmann::json;

namespace {

namespace wire = protocol;

std::string personOf(const wire::CaseItem &c)
{
    std::string person = c.givenName + " " + c.familyName;
    if (!c.birthDate.empty())
        person += " (" + c.birthDate + ")";
    if (!c.contact.empty())
        person += ", " + c.contact;
    return person == " " ? std::string() : person;
}

/// The store's view of one decoded wire item (the kiosk is the token's, never the item's).
PushItem toStore(const wire::PushItem &item)
{
    return std::visit(
        [&](const auto &x) -> PushItem {
            using T = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<T, wire::CheckInItem>) {
                return PushedCheckIn{x.id, x.appointmentId, x.operatorId, x.method, x.outcome, x.reason,
                    x.admitted, x.scannedAtMs};
            } else if constexpr (std::is_same_v<T, wire::CaseItem>) {
                return PushedCase{x.id, x.appointmentId, x.checkInId, x.caseKind, x.account, x.openedAtMs,
                    personOf(x), x.givenName, x.familyName, x.birthDate, x.contact, x.operatorId};
            } else if constexpr (std::is_same_v<T, wire::AuditItem>) {
                return PushedAudit{
                    x.id, PushedAudit::Action::Audit, x.atMs, wire::encode(item), {}, std::nullopt};
            } else if constexpr (std::is_same_v<T, wire::AnnulmentItem>) {
                return PushedAudit{x.id, PushedAudit::Action::Annulment, x.annulledAtMs, wire::encode(item),
                    x.checkInId, std::nullopt};
            } else {
                return PushedAudit{x.id, PushedAudit::Action::Confirmation, x.confirmedAtMs,
                    wire::encode(item), {}, x.appointmentId};
            }
        },
        item);
}

} // namespace

tl::expected<std::vector<DecodedPushItem>, BodyError> decodePush(std::string_view body)
{
    // One decoder of the wire format (sync/protocol); this only maps its items to the store's.
    auto decoded = wire::decodePushRequest(body);
    if (!decoded) {
        return tl::unexpected(
            BodyError{decoded.error().tooMany ? BodyErrorKind::TooLarge : BodyErrorKind::Malformed,
                decoded.error().message});
    }
    std::vector<DecodedPushItem> out;
    out.reserve(decoded->entries.size());
    for (const auto &entry : decoded->entries) {
        DecodedPushItem d;
        if (!entry.item) {
            d.id = entry.error.id;
            d.problem = entry.error.message;
        } else if (wire::itemId(*entry.item).size() > kMaxItemIdLength) {
            d.problem = "an item id has at most " + std::to_string(kMaxItemIdLength) + " characters";
        } else {
            d.id = wire::itemId(*entry.item);
            d.item = toStore(*entry.item);
        }
        out.push_back(std::move(d));
    }
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
