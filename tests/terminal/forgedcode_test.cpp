// Hostile input: altered, truncated, extended, replayed and garbage codes. None may be admitted,
// none may crash (the ASan preset runs this suite too).
#include "terminal/codes/base45.h"
#include "tests/terminal/signedday.h"

#include <random>
#include <string>

using namespace std::string_literals;

using namespace checkin;
using namespace checkin::core;

namespace {

class ForgedCodes : public checkin::testing::SignedDay
{
protected:
    /// Decides and counts an admission as a forgery unless the code is exactly `genuine`.
    void expectNoAdmission(const std::string &code, const std::string &what)
    {
        const Verdict v = decideNow(code);
        ++decided;
        if (v.family() == Family::Pass) {
            ++accepted;
            ADD_FAILURE() << what << " was admitted: " << reasonKey(v.reason);
        }
    }
    int decided = 0;
    int accepted = 0;
};

} // namespace

TEST_F(ForgedCodes, AdmitsNoSingleBitFlipOfValidCodes)
{
    // Byte flips of the text, and bit flips of the decoded bytes re-encoded (which pass the shape and
    // base45 gates and so reach the signature check).
    for (const int64_t id : {int64_t{1}, kNotYetSynced}) {
        const std::string genuine = signedCode(id, 1);
        ASSERT_EQ(decideNow(genuine).family(), Family::Pass);
        for (size_t i = 0; i < genuine.size(); ++i)
            for (int bit = 0; bit < 8; ++bit) {
                std::string altered = genuine;
                altered[i] = static_cast<char>(altered[i] ^ (1 << bit));
                expectNoAdmission(altered, "text bit " + std::to_string(i * 8 + bit));
            }
        auto raw = base45::decode(std::string_view(genuine).substr(4)).value();
        for (size_t i = 0; i < raw.size(); ++i)
            for (int bit = 0; bit < 8; ++bit) {
                auto altered = raw;
                altered[i] = static_cast<uint8_t>(altered[i] ^ (1 << bit));
                const std::string code = "CK1:" + base45::encode(altered);
                const Verdict v = decideNow(code);
                EXPECT_NE(v.family(), Family::Pass) << "payload bit " << i * 8 + bit;
                accepted += v.family() == Family::Pass;
                ++decided;
            }
    }
    EXPECT_EQ(accepted, 0);
    std::cout << "[ forged  ] " << decided << " bit flips decided, " << accepted << " admitted\n";
}

TEST_F(ForgedCodes, AdmitsNoTruncationOrExtension)
{
    const std::string genuine = signedCode(1, 1);
    for (size_t n = 0; n < genuine.size(); ++n)
        expectNoAdmission(genuine.substr(0, n), "truncated to " + std::to_string(n));
    for (const std::string &tail :
        std::vector<std::string>{"0", "00", "000", " ", "%", "\n", "\r\n", "\0"s, "SB1-NOW0-0001"})
        expectNoAdmission(genuine + tail, "extended");
    expectNoAdmission(" " + genuine, "leading space");
    expectNoAdmission(genuine.substr(1), "prefix cut");
    EXPECT_EQ(accepted, 0);
}

TEST_F(ForgedCodes, AdmitsNoCodeSignedWithTheWrongExpiredOrRevokedKey)
{
    // Claims under key id 1 but signed with key 2's secret: a stolen old key used as the current one.
    const BookingClaims claims{1, 1, "SB1", "2026-11-29", 630, 635};
    EXPECT_EQ(decideNow(bookingcode::issue(claims, codeKey(2)).value()).reason, Reason::InvalidSignature);
    EXPECT_EQ(decideNow(bookingcode::issue(claims, SigningKey::generate()).value()).reason,
        Reason::InvalidSignature);
    EXPECT_EQ(decideNow(signedCode(1, 2)).reason, Reason::ExpiredKey);
    EXPECT_EQ(decideNow(signedCode(1, 3)).reason, Reason::RevokedKey);
    EXPECT_EQ(decideNow(signedCode(1, 9)).reason, Reason::UnknownKey);
}

TEST_F(ForgedCodes, AdmitsNoGenuineCodeReplayedForAnotherDayOrCenter)
{
    // A genuine code for tomorrow, yesterday or another center, shown here and today.
    const std::string tomorrow
        = bookingcode::issue({1, 200, "SB1", "2026-11-30", 630, 635}, codeKey(1)).value();
    const std::string yesterday
        = bookingcode::issue({1, 201, "SB1", "2026-11-28", 630, 635}, codeKey(1)).value();
    const std::string elsewhere
        = bookingcode::issue({1, 202, "SLS", "2026-11-29", 630, 635}, codeKey(1)).value();
    EXPECT_EQ(decideNow(tomorrow).reason, Reason::WrongDay);
    EXPECT_EQ(decideNow(yesterday).reason, Reason::WrongDay);
    EXPECT_EQ(decideNow(elsewhere).reason, Reason::WrongCenter);
    // And the cache wins over a genuine but outdated code: appointment 2 moved to tomorrow.
    const std::string outdated
        = bookingcode::issue({1, 2, "SB1", "2026-11-29", 630, 635}, codeKey(1)).value();
    EXPECT_EQ(decideNow(outdated).reason, Reason::WrongDay);
}

TEST_F(ForgedCodes, TreatsInjectionAndGarbageAsNotABookingCode)
{
    const std::string genuine = signedCode(1, 1);
    std::vector<std::string> hostile = {
        "SB1-NOW0-0001' OR '1'='1",
        "'; DROP TABLE appointments; --",
        "CK1:' OR 1=1; --",
        "=HYPERLINK(\"http://evil.example\",\"x\")",
        "+SUM(1+1)*cmd|' /C calc'!A0",
        "-2+3+cmd|' /C calc'!A0",
        "@SUM(1)",
        "SB1-NOW0-0001\r\nSB1-NOW0-0001",
        std::string("SB1-NOW0\0-0001", 14),
        "\x1b[2J\x1b[H",
        "\x7f\x01\x02\x03",
        "\xff\xfe\xfd",
        "\xc3\x28",
        "\xed\xa0\x80",
        "CK1:\xc3\xa4\xc3\xb6",
        "SB1-N\xc3\x96W0-0001",
        std::string(4096, 'A'),
        "CK1:" + std::string(4092, '0'),
        genuine + std::string(4096 - genuine.size(), '0'),
        std::string(4096, '\0'),
    };
    std::mt19937 rng(7);
    for (int i = 0; i < 200; ++i) {
        std::string junk(rng() % 300, '\0');
        for (auto &c : junk)
            c = static_cast<char>(rng());
        hostile.push_back(junk);
        hostile.push_back("CK1:" + junk);
    }
    for (const auto &h : hostile)
        expectNoAdmission(h, "hostile input");
    EXPECT_EQ(accepted, 0);
    EXPECT_EQ(store->appointmentCount().value(), 9) << "the cache is untouched";
}

TEST_F(ForgedCodes, AdmitsNoCodeAfterItsKeyListWasReplacedByAForgery)
{
    // A list signed by the code key instead of the root key must not be taken.
    const KeyList evil(99, seconds(clock.now()) + 3600,
        {{7, SigningKey::fromPassphrase("evil").publicKey(), 0, seconds(clock.now()) + 3600, false, {}}}, {});
    EXPECT_FALSE(KeyList::parse(evil.sign(codeKey(1)), rootKey().publicKey()));
    EXPECT_EQ(decideNow(bookingcode::issue(
                            {7, 1, "SB1", "2026-11-29", 630, 635}, SigningKey::fromPassphrase("evil"))
                            .value())
                  .reason,
        Reason::UnknownKey);
}
