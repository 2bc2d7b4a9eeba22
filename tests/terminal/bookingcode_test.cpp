// The CK1 code format and the key list: round trips, strictness, sizes.
#include "terminal/codes/base45.h"
#include "terminal/codes/bookingcode.h"
#include "terminal/codes/keylist.h"

#include <gtest/gtest.h>

using namespace checkin::core;

namespace {
std::vector<uint8_t> bytes(std::string_view s)
{
    return {s.begin(), s.end()};
}
const SigningKey &key1()
{
    static const SigningKey k = SigningKey::fromPassphrase("test code key 1");
    return k;
}
} // namespace

TEST(Base45, MatchesTheRfcExamples)
{
    EXPECT_EQ(base45::encode(bytes("AB")), "BB8");
    EXPECT_EQ(base45::encode(bytes("Hello!!")), "%69 VD92EX0");
    EXPECT_EQ(base45::encode(bytes("base-45")), "UJCLQE7W581");
    EXPECT_EQ(base45::decode("QED8WEX0"), bytes("ietf!"));
}

TEST(Base45, RefusesNonCanonicalAndForeignInput)
{
    EXPECT_FALSE(base45::decode("GGW")) << "65535+ overflows two bytes";
    EXPECT_FALSE(base45::decode("::")) << "a final pair above 255";
    EXPECT_FALSE(base45::decode("ABCD")) << "length 3k+1";
    EXPECT_FALSE(base45::decode("ab8")) << "lower case is not in the alphabet";
    EXPECT_FALSE(base45::decode(std::string("B\0"
                                            "8",
        3)));
    EXPECT_TRUE(base45::decode("")) << "empty is empty";
}

TEST(BookingCode, RoundTripsItsClaims)
{
    const BookingClaims claims{1, 123456789012, "SB1", "2026-11-29", 10 * 60 + 30, 10 * 60 + 35};
    const std::string text = bookingcode::issue(claims, key1()).value();
    EXPECT_TRUE(text.starts_with("CK1:"));
    EXPECT_TRUE(bookingcode::hasShape(text));
    auto code = bookingcode::unpack(text).value();
    EXPECT_EQ(code.keyId, 1);
    const BookingClaims back = bookingcode::open(code, key1().publicKey()).value();
    EXPECT_EQ(back.appointmentId, claims.appointmentId);
    EXPECT_EQ(back.centerId, "SB1");
    EXPECT_EQ(back.day, "2026-11-29");
    EXPECT_EQ(back.slotStart, claims.slotStart);
    EXPECT_EQ(back.slotEnd, claims.slotEnd);
}

TEST(BookingCode, FitsQrAlphanumericModeAtVersionSixOrBelow)
{
    // ISO/IEC 18004 alphanumeric capacity at ECC M: version 6 holds 154 characters, version 10 311.
    const BookingClaims typical{1, 1234567, "SB1", "2026-11-29", 630, 635};
    const BookingClaims longest{65535, (int64_t{1} << 48) - 1, "ABCDEFGH", "2198-12-31", 1439, 1440};
    for (const auto &claims : {typical, longest}) {
        const std::string text = bookingcode::issue(claims, key1()).value();
        EXPECT_LE(text.size(), 154U);
        for (const char c : text)
            EXPECT_TRUE(base45::isAlphabet(c)) << c;
    }
    EXPECT_EQ(bookingcode::issue(typical, key1()).value().size(), 126U);
}

TEST(BookingCode, RefusesToSignClaimsOutOfRange)
{
    const BookingClaims good{1, 1, "SB1", "2026-11-29", 630, 635};
    auto bad = [&](auto change) {
        BookingClaims c = good;
        change(c);
        return !bookingcode::issue(c, key1());
    };
    EXPECT_TRUE(bad([](BookingClaims &c) { c.centerId = "sb1"; }));
    EXPECT_TRUE(bad([](BookingClaims &c) { c.centerId = "ABCDEFGHI"; }));
    EXPECT_TRUE(bad([](BookingClaims &c) { c.day = "2026-02-30"; }));
    EXPECT_TRUE(bad([](BookingClaims &c) { c.day = "2019-12-31"; }));
    EXPECT_TRUE(bad([](BookingClaims &c) { c.appointmentId = 0; }));
    EXPECT_TRUE(bad([](BookingClaims &c) { c.slotEnd = c.slotStart; }));
    EXPECT_TRUE(bad([](BookingClaims &c) { c.slotEnd = c.slotStart + 256; }));
}

TEST(BookingCode, SignaturesAreDeterministicSoARevocationHashNamesOneCode)
{
    const BookingClaims c{1, 42, "SB1", "2026-11-29", 630, 635};
    EXPECT_EQ(bookingcode::issue(c, key1()).value(), bookingcode::issue(c, key1()).value());
    const auto hash
        = bookingcode::revocationHash(bookingcode::unpack(bookingcode::issue(c, key1()).value()).value());
    EXPECT_EQ(hash.size(), 32U);
}

TEST(KeyList, RoundTripsThroughItsSignedText)
{
    const SigningKey root = SigningKey::fromPassphrase("root");
    const KeyList list(3, 2000000000, {{1, key1().publicKey(), 1, 1900000000, false, {"SB1", "SLS"}}},
        {"00112233445566778899aabbccddeeff"});
    const std::string text = list.sign(root);
    auto back = KeyList::parse(text, root.publicKey());
    ASSERT_TRUE(back) << back.error().message;
    EXPECT_EQ(back->version(), 3);
    EXPECT_EQ(back->find(1)->centers, (std::vector<std::string>{"SB1", "SLS"}));
    EXPECT_TRUE(back->isRevokedCode("00112233445566778899aabbccddeeff"));
    EXPECT_FALSE(back->find(2));
}

TEST(KeyList, RefusesEveryAlteredByteAndAForeignRoot)
{
    const SigningKey root = SigningKey::fromPassphrase("root");
    const KeyList list(3, 2000000000, {{1, key1().publicKey(), 1, 1900000000, false, {}}}, {});
    const std::string text = list.sign(root);
    EXPECT_EQ(KeyList::parse(text, key1().publicKey()).error().kind, KeyListErrorKind::BadSignature);
    for (size_t i = 0; i < text.size(); ++i) {
        for (int bit = 0; bit < 8; ++bit) {
            std::string altered = text;
            altered[i] = static_cast<char>(altered[i] ^ (1 << bit));
            EXPECT_FALSE(KeyList::parse(altered, root.publicKey())) << "byte " << i << " bit " << bit;
        }
    }
    EXPECT_FALSE(KeyList::parse(text.substr(0, text.size() - 1), root.publicKey()));
    EXPECT_FALSE(KeyList::parse(text + "key 2 x\n", root.publicKey()));
    EXPECT_FALSE(KeyList::parse("", root.publicKey()));
}

TEST(KeyList, OnlyMovesToAHigherVersion)
{
    const KeyList v3(3, 1, {}, {}), v4(4, 1, {}, {});
    EXPECT_TRUE(KeyList::accept(std::nullopt, v3));
    EXPECT_TRUE(KeyList::accept(v3, v4));
    EXPECT_EQ(KeyList::accept(v4, v3).error().kind, KeyListErrorKind::Rollback);
    EXPECT_EQ(KeyList::accept(v4, v4).error().kind, KeyListErrorKind::Rollback);
}
