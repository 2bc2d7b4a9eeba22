// Ticket numbers: one definition, read back tolerantly, misheard characters caught.
#include "offline-cache/ids.h"
#include "offline-cache/ticketnumber.h"

#include <gtest/gtest.h>
#include <set>

using checkin::cache::parseTicketNumber;
using checkin::cache::ticketNumber;
using checkin::cache::TicketProblem;

namespace {

constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

} // namespace

TEST(TicketNumber, IsKThenTwoGroupsOfFiveFromTheRandomPartOfTheId)
{
    const auto ticket = ticketNumber("01a232f9-0648-764e-bfa3-1ebd3eba276f");
    ASSERT_EQ(ticket.size(), 13U);
    EXPECT_EQ(ticket.substr(0, 2), "K-");
    EXPECT_EQ(ticket[7], '-');
    for (const size_t i : {2, 3, 4, 5, 6, 8, 9, 10, 11, 12})
        EXPECT_NE(kAlphabet.find(ticket[i]), std::string_view::npos) << ticket;
    // Same id, same ticket; the id's time part does not enter it.
    EXPECT_EQ(ticketNumber("01a232f9-0648-764e-bfa3-1ebd3eba276f"), ticket);
    EXPECT_EQ(ticketNumber("ffffffff-ffff-764e-bfa3-1ebd3eba276f"), ticket);
    EXPECT_NE(ticketNumber("01a232f9-0648-764e-bfa3-1ebd3eba2760"), ticket);
}

TEST(TicketNumber, DiffersForTenThousandCasesOpenedInTheSameMillisecond)
{
    std::set<std::string> seen;
    for (int i = 0; i < 10000; ++i)
        seen.insert(ticketNumber(checkin::cache::newTimeOrderedId(1764600000000)));
    EXPECT_EQ(seen.size(), 10000U);
}

TEST(TicketNumber, ReadsBackWhatAPersonTypesOrSaysInAnyCaseAndSpacing)
{
    const auto ticket = ticketNumber(checkin::cache::newTimeOrderedId(1764600000000));
    EXPECT_EQ(parseTicketNumber(ticket).value(), ticket);
    std::string lower;
    for (const char c : ticket)
        lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    EXPECT_EQ(parseTicketNumber(lower).value(), ticket);
    const std::string bare = ticket.substr(2, 5) + " " + ticket.substr(8);
    EXPECT_EQ(parseTicketNumber(bare).value(), ticket);
}

TEST(TicketNumber, ReadsOAsZeroAndIOrLAsOne)
{
    // An id whose random part gives zeros and ones: 0x...01 etc. Build the ticket, then misspell.
    const auto ticket = ticketNumber("00000000-0000-7000-8000-000000000421");
    ASSERT_NE(ticket.find_first_of("01"), std::string::npos) << ticket;
    std::string heard = ticket;
    bool swappedZero = false, swappedOne = false;
    for (char &c : heard) {
        if (c == '0' && !swappedZero) {
            c = 'O';
            swappedZero = true;
        } else if (c == '1' && !swappedOne) {
            c = 'l';
            swappedOne = true;
        } else if (c == '1') {
            c = 'I';
        }
    }
    ASSERT_TRUE(swappedZero && swappedOne) << ticket;
    EXPECT_EQ(parseTicketNumber(heard).value(), ticket);
}

TEST(TicketNumber, CatchesEverySingleWrongCharacterAsAWrongCheck)
{
    const auto ticket = ticketNumber("01a232f9-0648-764e-bfa3-1ebd3eba276f");
    for (const size_t i : {2, 3, 4, 5, 6, 8, 9, 10, 11, 12})
        for (const char c : kAlphabet) {
            if (c == ticket[i])
                continue;
            std::string heard = ticket;
            heard[i] = c;
            const auto parsed = parseTicketNumber(heard);
            ASSERT_FALSE(parsed) << heard;
            EXPECT_EQ(parsed.error(), TicketProblem::Check) << heard;
        }
}

TEST(TicketNumber, CatchesSwappedNeighboursUnlessTheyAreZeroAndZ)
{
    int swaps = 0;
    for (int n = 0; n < 200; ++n) {
        const auto ticket = ticketNumber(checkin::cache::newTimeOrderedId(1764600000000 + n));
        for (const size_t i : {2, 3, 4, 5, 8, 9, 10, 11}) {
            std::string heard = ticket;
            std::swap(heard[i], heard[i + 1]);
            if (heard == ticket
                || (std::min(ticket[i], ticket[i + 1]) == '0' && std::max(ticket[i], ticket[i + 1]) == 'Z'))
                continue;
            ++swaps;
            EXPECT_EQ(parseTicketNumber(heard).error(), TicketProblem::Check) << ticket << " " << heard;
        }
    }
    EXPECT_GT(swaps, 1000);
}

TEST(TicketNumber, RefusesTheWrongLengthAndForeignCharacters)
{
    EXPECT_EQ(parseTicketNumber("K-F672A").error(), TicketProblem::Length);
    EXPECT_EQ(parseTicketNumber("").error(), TicketProblem::Length);
    EXPECT_EQ(parseTicketNumber("K-ABCDE-FGHJU").error(), TicketProblem::Character);
    EXPECT_EQ(parseTicketNumber("K-ABCDE-FGH#1").error(), TicketProblem::Character);
}
