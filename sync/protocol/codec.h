// The one encoder and decoder of the sync protocol's JSON: every message of openapi.yaml.
#pragma once

#include "sync/protocol/messages.h"

#include <string>
#include <string_view>
#include <tl/expected.hpp>

namespace checkin::sync::protocol {

/// Why a whole body could not be read (not JSON, nested too deep, a required part missing or of
/// the wrong type). Item-level problems of a push are ItemErrors instead.
struct DecodeError
{
    std::string message;
    bool tooMany = false; ///< a push of more than kMaxPushItems items (the hub answers 413)
};

template <typename T> using Decoded = tl::expected<T, DecodeError>;

/// Bodies nested deeper than this are refused before they are parsed.
inline constexpr int kMaxDepth = 16;

// Decoding is tolerant-strict, the same for every message: unknown fields are ignored, a missing
// optional field takes its default, and a field present with the wrong type (null included, unless
// the protocol says nullable) is an error. No decoder throws.

std::string encode(const PushItem &item); ///< one item as a JSON object (the hub keeps some whole)
std::string encode(const PushRequest &request);
/// A body that is not {"items": [...]} is a DecodeError; an unreadable item is an ItemError in its
/// place and the other items decode normally.
Decoded<DecodedPush> decodePushRequest(std::string_view body);

std::string encode(const PushResponse &response);
Decoded<PushResponse> decodePushResponse(std::string_view body);

std::string encode(const AppointmentPage &page);
Decoded<AppointmentPage> decodeAppointmentPage(std::string_view body);

std::string encode(const KeyListDocument &document);
Decoded<KeyListDocument> decodeKeyListDocument(std::string_view body);

std::string encode(const StatusReport &report);
Decoded<StatusReport> decodeStatusReport(std::string_view body);

std::string encode(const ErrorBody &error);
Decoded<ErrorBody> decodeErrorBody(std::string_view body);

/// "HH:MM" for minutes after midnight (24:00 allowed as an end), and back.
std::string clockText(int minutes);
std::optional<int> clockMinutes(std::string_view hhmm);

} // namespace checkin::sync::protocol
