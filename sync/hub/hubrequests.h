// Decoding of the bodies kiosks and the desk send to the hub: typed values or a reason, never a throw.
#pragma once

#include "sync/hub/hubstore.h"

#include <optional>
#include <string>
#include <string_view>
#include <tl/expected.hpp>
#include <vector>

namespace checkin::sync {

/// Longer item ids are refused (each is stored, and answered back).
inline constexpr size_t kMaxItemIdLength = 200;

/// One item of a push: decoded, or refused with the reason (answered "invalid" for it alone).
struct DecodedPushItem
{
    std::string id; ///< the item's id when it had a readable one, else empty
    std::optional<PushItem> item;
    std::string problem;
};

enum class BodyErrorKind { NotJson, TooLarge, Malformed };

struct BodyError
{
    BodyErrorKind kind = BodyErrorKind::Malformed;
    std::string message;
};

/// {"items": [...]}: the batch as a whole is refused only when it is not such an object or too long.
tl::expected<std::vector<DecodedPushItem>, BodyError> decodePush(std::string_view body);

/// A kiosk's status report, as the bounded JSON text the hub stores (with who sent it, and when).
tl::expected<std::string, BodyError> decodeStatus(
    std::string_view body, const std::string &kioskId, int64_t atMs);

/// PUT /v1/keys: the signed list text ({"signed_list": "..."}; a "version" given is ignored, the
/// signed document's own version counts).
tl::expected<std::string, BodyError> decodeKeyListPut(std::string_view body);

} // namespace checkin::sync
