// The protocol codec: every message survives a round trip, and bad input is refused item by item.
#include "sync/protocol/codec.h"

#include <gtest/gtest.h>

using namespace checkin::sync::protocol;

namespace {

PushRequest everyKind()
{
    PushRequest r;
    r.items.push_back(CheckInItem{"c1", 42, "k1", "op", 1, 2, 3, true, 1000});
    r.items.push_back(CheckInItem{"c2", std::nullopt, "k1", "", 0, 1, 9, false, 1001});
    r.items.push_back(CaseItem{"case1", 1002, "k1", "op", "Anna", "Müller", "1950-11-29", "0171 1", "no code",
        std::nullopt, "c2", "no-booking"});
    r.items.push_back(AuditItem{"a1", 1003, "k1", "op", 4, 0, "appointment:42"});
    r.items.push_back(AnnulmentItem{"n1", "c1", "op", "wrong person", 1004});
    r.items.push_back(ConfirmationItem{"f1", 43, 1005, "k1", "op"});
    return r;
}

/// The entries of a decoded push whose text is `{"items": [ITEMS]}`.
std::vector<DecodedPush::Entry> decodeItems(const std::string &items)
{
    auto decoded = decodePushRequest("{\"items\": [" + items + "]}");
    EXPECT_TRUE(decoded) << (decoded ? "" : decoded.error().message);
    return decoded ? decoded->entries : std::vector<DecodedPush::Entry>{};
}

} // namespace

TEST(Protocol, RoundTripsEveryKindOfPushItem)
{
    const PushRequest sent = everyKind();
    auto decoded = decodePushRequest(encode(sent));
    ASSERT_TRUE(decoded) << decoded.error().message;
    ASSERT_EQ(decoded->entries.size(), sent.items.size());
    for (size_t i = 0; i < sent.items.size(); ++i) {
        ASSERT_TRUE(decoded->entries[i].item) << decoded->entries[i].error.message;
        EXPECT_EQ(encode(*decoded->entries[i].item), encode(sent.items[i]));
        EXPECT_EQ(kindName(*decoded->entries[i].item), std::string(kindName(sent.items[i])));
    }
    const auto &c = std::get<CheckInItem>(*decoded->entries[0].item);
    EXPECT_EQ(c.appointmentId, 42);
    EXPECT_TRUE(c.admitted);
    EXPECT_FALSE(std::get<CheckInItem>(*decoded->entries[1].item).appointmentId);
    EXPECT_EQ(std::get<CaseItem>(*decoded->entries[2].item).familyName, "Müller");
    EXPECT_EQ(std::get<AnnulmentItem>(*decoded->entries[4].item).reason, "wrong person");
}

TEST(Protocol, RefusesAMalformedItemAloneAndReadsTheRest)
{
    auto entries = decodeItems(R"({"kind": "checkin", "id": "good", "scanned_at_ms": 5},
        {"kind": "checkin", "scanned_at_ms": 5},
        {"kind": "checkin", "id": 7, "scanned_at_ms": 5},
        {"kind": "checkin", "id": null, "scanned_at_ms": 5},
        {"kind": "checkin", "id": "no-time"},
        {"kind": "checkin", "id": "null-time", "scanned_at_ms": null},
        {"kind": "checkin", "id": "text-time", "scanned_at_ms": "5"},
        {"kind": "checkin", "id": "float-time", "scanned_at_ms": 5.5},
        {"kind": "checkin", "id": "bad-admitted", "scanned_at_ms": 5, "admitted": 1},
        {"kind": "checkin", "id": "huge", "scanned_at_ms": 18446744073709551615},
        {"kind": "teleport", "id": "unknown-kind"},
        {"id": "no-kind"},
        null, 17, "text",
        {"kind": "annulment", "id": "no-checkin", "annulled_at_ms": 3},
        {"kind": "confirmation", "id": "no-appointment", "confirmed_at_ms": 3},
        {"kind": "case", "id": "old-name", "created_at_ms": 9, "note": "told"},
        {"kind": "checkin", "id": "nullable", "appointment_id": null, "scanned_at_ms": 6, "extra": [1]})");
    ASSERT_EQ(entries.size(), 19u);
    auto ok = [&](size_t i) { return entries[i].item.has_value(); };
    EXPECT_TRUE(ok(0));
    for (size_t i = 1; i <= 15; ++i)
        EXPECT_FALSE(ok(i)) << "entry " << i << " must be refused";
    EXPECT_FALSE(ok(16)) << entries[16].error.message;
    EXPECT_TRUE(ok(17)) << entries[17].error.message;
    EXPECT_TRUE(ok(18)) << entries[18].error.message;
    EXPECT_EQ(entries[1].error.id, "");
    EXPECT_EQ(entries[4].error.id, "no-time") << "the answer names the item when its id was readable";
    EXPECT_NE(entries[4].error.message.find("scanned_at_ms"), std::string::npos) << entries[4].error.message;
    EXPECT_EQ(std::get<CaseItem>(*entries[17].item).account, "told");
    EXPECT_EQ(std::get<CaseItem>(*entries[17].item).openedAtMs, 9);
}

TEST(Protocol, RefusesAWholeBodyThatIsNotAPush)
{
    EXPECT_FALSE(decodePushRequest("not json"));
    EXPECT_FALSE(decodePushRequest("[1, 2]"));
    EXPECT_FALSE(decodePushRequest("{\"items\": {}}"));
    EXPECT_FALSE(decodePushRequest("{\"items\": null}"));
    EXPECT_FALSE(decodePushRequest("{}"));
    std::string many = "{\"items\": [";
    for (size_t i = 0; i <= kMaxPushItems; ++i)
        many += std::string(i ? "," : "") + "{}";
    EXPECT_FALSE(decodePushRequest(many + "]}"));
}

TEST(Protocol, RefusesDeepNestingBeforeParsing)
{
    std::string deep = "{\"items\": [{\"id\": \"x\", \"kind\": \"audit\", \"at_ms\": 1, \"extra\": ";
    for (int i = 0; i < 100000; ++i)
        deep += "[";
    auto decoded = decodePushRequest(deep);
    ASSERT_FALSE(decoded);
    EXPECT_NE(decoded.error().message.find("deeper"), std::string::npos);
    EXPECT_TRUE(decodePushRequest(
        R"({"items": [{"kind": "audit", "id": "a", "at_ms": 1, "subject": "[[[[[[[[[[[[[[[[[["}]})"))
        << "brackets inside strings do not count";
}

TEST(Protocol, RoundTripsThePushAnswer)
{
    PushResponse sent;
    sent.serverTimeMs = 77;
    sent.results.push_back({"a", ItemResult::Accepted, "", std::nullopt});
    sent.results.push_back({"b", ItemResult::Conflict, "", ItemAnswer::First{"x", "kiosk-b", 5}});
    sent.results.push_back({"c", ItemResult::Invalid, "needs a time", std::nullopt});
    sent.results.push_back({"d", ItemResult::Duplicate, "", std::nullopt});
    auto got = decodePushResponse(encode(sent));
    ASSERT_TRUE(got) << got.error().message;
    EXPECT_EQ(encode(*got), encode(sent));
    EXPECT_EQ(got->serverTimeMs, 77);
    EXPECT_EQ(got->results[1].first->kioskId, "kiosk-b");
    EXPECT_FALSE(decodePushResponse(R"({"results": [{"id": "a", "result": "maybe"}]})"));
    EXPECT_FALSE(decodePushResponse(R"({"results": [{"result": "accepted"}]})"));
    EXPECT_FALSE(decodePushResponse(R"({"server_time_ms": 5})")) << "a 200 without answers is no answer";
}

TEST(Protocol, RoundTripsAnAppointmentPageAndRefusesABadAppointment)
{
    AppointmentPage page;
    page.cursor = "17";
    page.hasMore = true;
    page.serverTimeMs = 9;
    page.appointments.push_back({7, "SB1-1", "CK1:X", "SB1", "2026-03-02", 9 * 60, 24 * 60,
        AppointmentStatus::Cancelled, "Erika", "Muster", "1970-01-01", "66111", "de", 3});
    page.admissions.push_back({"c1", 7, "kiosk-a", 1000});
    page.resolutions.push_back({"case-1", "K-7F3QM-9ZC2X", 7, ResolutionKind::WalkIn, 1200});
    page.annulments.push_back({"c0", 7, "kiosk-b", 1100});
    auto got = decodeAppointmentPage(encode(page));
    ASSERT_TRUE(got) << got.error().message;
    EXPECT_EQ(encode(*got), encode(page));
    EXPECT_EQ(got->appointments[0].slotEnd, 24 * 60);
    EXPECT_EQ(got->appointments[0].status, AppointmentStatus::Cancelled);
    ASSERT_EQ(got->resolutions.size(), 1u);
    EXPECT_EQ(got->resolutions[0].kind, ResolutionKind::WalkIn);
    EXPECT_EQ(got->resolutions[0].ticket, "K-7F3QM-9ZC2X");
    ASSERT_EQ(got->annulments.size(), 1u);
    EXPECT_EQ(got->annulments[0].checkInId, "c0");
    EXPECT_EQ(got->annulments[0].annulledAtMs, 1100);
    EXPECT_TRUE(decodeAppointmentPage(R"({"cursor": "1", "appointments": []})"))
        << "a hub that predates annulments sends none";
    EXPECT_FALSE(
        decodeAppointmentPage(R"({"cursor": "1", "appointments": [], "annulments": [{"checkin_id": "x"}]})"))
        << "an annulment without its appointment refuses the page";
    EXPECT_FALSE(decodeAppointmentPage(
        R"({"cursor": "1", "appointments": [], "resolutions": [{"case_id": "c", "ticket": "K-1", "appointment_id": 1, "kind": "maybe"}]})"))
        << "an unknown resolution kind refuses the page";
    EXPECT_FALSE(decodeAppointmentPage(
        R"({"cursor": "1", "appointments": [], "resolutions": [{"case_id": "c", "appointment_id": 1, "kind": "attached"}]})"));
    EXPECT_FALSE(decodeAppointmentPage(
        R"({"cursor": "1", "appointments": [{"id": 1, "booking_ref": "r", "day": "d", "slot_start": "9.15", "slot_end": "10:00"}]})"));
    EXPECT_FALSE(decodeAppointmentPage(R"({"cursor": 1, "appointments": []})"));
    EXPECT_FALSE(decodeAppointmentPage(R"({"cursor": "1"})"));
    EXPECT_FALSE(
        decodeAppointmentPage(R"({"cursor": "1", "appointments": [], "admissions": [{"checkin_id": "x"}]})"));
}

TEST(Protocol, RoundTripsKeyListStatusAndErrorBodies)
{
    auto keys = decodeKeyListDocument(encode(KeyListDocument{5, "checkin-keylist 1\n", 3}));
    ASSERT_TRUE(keys);
    EXPECT_EQ(keys->version, 5);
    EXPECT_EQ(keys->signedList, "checkin-keylist 1\n");
    EXPECT_FALSE(decodeKeyListDocument(R"({"version": "5", "signed_list": ""})"));
    auto status = decodeStatusReport(encode(StatusReport{"1.2", 10, 3, "ok"}));
    ASSERT_TRUE(status);
    EXPECT_EQ(status->camera, "ok");
    EXPECT_EQ(status->outboxDepth, 3);
    auto error = decodeErrorBody(encode(ErrorBody{"too_large", "at most 1000 items", 1}));
    ASSERT_TRUE(error);
    EXPECT_EQ(error->error, "too_large");
    EXPECT_FALSE(decodeErrorBody("<html>"));
}

TEST(Protocol, ReadsClockTimesStrictly)
{
    EXPECT_EQ(clockMinutes("09:30"), 570);
    EXPECT_EQ(clockMinutes("24:00"), 1440);
    EXPECT_FALSE(clockMinutes("24:01"));
    EXPECT_FALSE(clockMinutes("9:30"));
    EXPECT_FALSE(clockMinutes("09:60"));
    EXPECT_FALSE(clockMinutes("0x:30"));
    EXPECT_EQ(clockText(570), "09:30");
}

TEST(Protocol, RefusesSignedClockTimesWhichItCouldNotWriteBack)
{
    // Found with sync_page_fuzz's round trip: "-1:30" was read as -30 minutes and written back as
    // "00:-30", which no kiosk reads.
    for (const char *signedTime : {"-1:30", "-0:30", "00:-5", "+9:30", " 9:30", "09: 5"})
        EXPECT_FALSE(clockMinutes(signedTime)) << signedTime;
    EXPECT_FALSE(decodeAppointmentPage(R"({"cursor": "1", "appointments": [{"id": 1, "booking_ref": "r",
        "day": "2026-03-02", "slot_start": "-1:30", "slot_end": "10:00"}]})"));
}
