// KeyboardWedge on scripted key timestamps: scanner bursts against people typing.
#include "scanner/keyboardwedge.h"

#include <gtest/gtest.h>

using namespace checkin::scanner;
using namespace std::chrono_literals;

namespace {
const KeyboardWedge::Clock::time_point t0{std::chrono::seconds(50)};

/// Types `text` one character per `gap`, then `terminator`; returns what the wedge reported.
std::optional<std::string> type(KeyboardWedge &wedge, const std::string &text, std::chrono::milliseconds gap,
    const std::string &terminator = "\r", KeyboardWedge::Clock::time_point start = t0)
{
    auto at = start;
    for (char c : text) {
        EXPECT_FALSE(wedge.feed(std::string(1, c), at)) << "nothing before the terminator";
        at += gap;
    }
    return wedge.feed(terminator, at);
}
} // namespace

TEST(KeyboardWedge, ReportsAFastBurstEndedByEnterAsAScan)
{
    KeyboardWedge wedge;
    EXPECT_EQ(type(wedge, "SB1-4K7T-93QX", 8ms), "SB1-4K7T-93QX");
}

TEST(KeyboardWedge, AcceptsTabAsTerminator)
{
    KeyboardWedge wedge;
    EXPECT_EQ(type(wedge, "SB1-4K7T-93QX", 5ms, "\t"), "SB1-4K7T-93QX");
}

TEST(KeyboardWedge, IgnoresAPersonTypingAndPressingEnter)
{
    KeyboardWedge wedge;
    EXPECT_FALSE(type(wedge, "Mueller", 140ms));
}

TEST(KeyboardWedge, IgnoresAnEnterThatComesLongAfterAFastBurst)
{
    KeyboardWedge wedge;
    auto at = t0;
    for (char c : std::string("ABCDEFGH")) {
        wedge.feed(std::string(1, c), at);
        at += 5ms;
    }
    EXPECT_FALSE(wedge.feed("\r", at + 500ms));
}

TEST(KeyboardWedge, KeepsOnlyTheBurstAfterSlowTyping)
{
    // A person typed "ab" slowly into the search field, then someone scanned a code.
    KeyboardWedge wedge;
    EXPECT_FALSE(wedge.feed("a", t0));
    EXPECT_FALSE(wedge.feed("b", t0 + 200ms));
    EXPECT_EQ(type(wedge, "SB1-AAAA-2222", 6ms, "\r", t0 + 600ms), "SB1-AAAA-2222");
}

TEST(KeyboardWedge, IgnoresShortBursts)
{
    KeyboardWedge wedge;
    EXPECT_FALSE(type(wedge, "ab", 5ms)) << "two keys rolled quickly are a person";
}

TEST(KeyboardWedge, ReportsTwoScansInARow)
{
    KeyboardWedge wedge;
    EXPECT_EQ(type(wedge, "SB1-AAAA-2222", 4ms, "\r", t0), "SB1-AAAA-2222");
    EXPECT_EQ(type(wedge, "SB1-BBBB-3333", 4ms, "\r", t0 + 1s), "SB1-BBBB-3333");
}

TEST(KeyboardWedge, KeepsMultiByteCharactersWhole)
{
    KeyboardWedge wedge;
    auto at = t0;
    for (const std::string key : {"M", "ü", "l", "l", "e", "r"}) {
        wedge.feed(key, at);
        at += 5ms;
    }
    EXPECT_EQ(wedge.feed("\n", at), "Müller");
}

TEST(KeyboardWedge, SkipsModifierKeysAndDropsABurstEditedWithBackspace)
{
    KeyboardWedge wedge;
    auto at = t0;
    for (const std::string key : {"S", "", "B", "1", "X"}) {
        wedge.feed(key, at);
        at += 5ms;
    }
    EXPECT_FALSE(wedge.feed("\b", at));
    EXPECT_FALSE(wedge.feed("\r", at + 5ms));
}

TEST(KeyboardWedge, DropsRunawayInputLongerThanTheLimit)
{
    KeyboardWedge::Options options;
    options.maxLength = 16;
    KeyboardWedge wedge(options);
    EXPECT_FALSE(type(wedge, std::string(40, 'x'), 2ms));
}

TEST(KeyboardWedge, ClaimsKeysOnlyOnceTheyAreTooFastForAPerson)
{
    KeyboardWedge wedge;
    wedge.feed("S", t0);
    EXPECT_FALSE(wedge.inBurst(t0));
    wedge.feed("B", t0 + 5ms);
    EXPECT_FALSE(wedge.inBurst(t0 + 5ms));
    wedge.feed("1", t0 + 10ms);
    EXPECT_TRUE(wedge.inBurst(t0 + 10ms));
    EXPECT_FALSE(wedge.inBurst(t0 + 200ms)) << "the burst is over";
}
