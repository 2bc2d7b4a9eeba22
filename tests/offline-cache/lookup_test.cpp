// Lookup: name folding, Kölner Phonetik, dates of birth, and ranked fuzzy search on a real store.
#include "offline-cache/birthdate.h"
#include "offline-cache/koelnerphonetik.h"
#include "offline-cache/namefold.h"
#include "offline-cache/nameindex.h"
#include "offline-cache/store.h"
#include "tests/support/tempdir.h"

#include <gtest/gtest.h>

using namespace checkin::cache;

TEST(NameFolder, GivesMuellerMullerAndMuellerWithUmlautTheSameKey)
{
    NameFolder f;
    EXPECT_EQ(f.key("Müller"), f.key("Mueller"));
    EXPECT_EQ(f.key("Müller"), f.key("Muller"));
    EXPECT_EQ(f.key("Müller"), f.key("MÜLLER"));
    EXPECT_EQ(f.key("Straße"), f.key("Strasse"));
    EXPECT_EQ(f.key("Yılmaz"), f.key("Yilmaz"));
    EXPECT_EQ(f.key("Wiśniewska"), f.key("WISNIEWSKA"));
    EXPECT_EQ(f.key("Łukasz"), f.key("Lukasz"));
}

TEST(NameFolder, FoldsCyrillicToTheLatinSpellingOfPassports)
{
    NameFolder f;
    EXPECT_EQ(f.key("Шевченко"), f.key("Shevchenko"));
    EXPECT_EQ(f.key("Олександр"), f.key("Oleksandr"));
    EXPECT_EQ(f.ascii("Anna-Lena  O'Brien"), "anna lena obrien");
}

TEST(KoelnerPhonetik, MatchesThePublishedExamples)
{
    EXPECT_EQ(koelnerPhonetik("wikipedia"), "3412");
    EXPECT_EQ(koelnerPhonetik("mullerludenscheidt"), "65752682");
    EXPECT_EQ(koelnerPhonetik("meier"), koelnerPhonetik("mayer"));
    EXPECT_EQ(koelnerPhonetik("meier"), "67");
    EXPECT_EQ(koelnerPhonetik("breschnew"), "17863");
    EXPECT_EQ(koelnerPhonetik(""), "");
}

TEST(BirthDate, AcceptsTheCommonWrittenForms)
{
    for (const char *text :
        {"29.11.1950", "29/11/1950", "1950-11-29", "291150", "29111950", "29.11.50", " 29. 11. 1950"})
        EXPECT_EQ(parseBirthDate(text, 2026).value_or("none"), "1950-11-29") << text;
    EXPECT_EQ(parseBirthDate("1.2.2003", 2026).value_or("none"), "2003-02-01");
    EXPECT_EQ(parseBirthDate("010220", 2026).value_or("none"), "2020-02-01");
}

TEST(BirthDate, RefusesDatesThatDoNotExist)
{
    for (const char *text : {"30.02.1950", "29.02.1951", "32.01.1950", "1950-13-01", "12345", "",
             "29.11.2030", "abc", "29.11.1950x"})
        EXPECT_FALSE(parseBirthDate(text, 2026)) << text;
    EXPECT_TRUE(parseBirthDate("29.02.1952", 2026));
    EXPECT_FALSE(parseBirthDate("291150", 0)) << "a two-digit year needs a reference year";
}

TEST(EditDistance, CountsATranspositionAsOneEdit)
{
    EXPECT_EQ(editDistance("muller", "mulelr"), 1);
    EXPECT_EQ(editDistance("kowalski", "kowalska"), 1);
    EXPECT_EQ(editDistance("", "abc"), 3);
    EXPECT_EQ(editDistance("abc", "abc"), 0);
}

namespace {

struct LookupFixture : ::testing::Test
{
    checkin::testing::TempDir dir;
    std::unique_ptr<Store> store = Store::open(dir.file("cache.sqlite")).value();

    void add(int64_t id, const std::string &given, const std::string &family, const std::string &birth,
        const std::string &day = "2026-11-29")
    {
        Appointment a;
        a.id = id;
        a.bookingRef = "SB1-" + std::to_string(1000 + id);
        a.centerId = "SB1";
        a.day = day;
        a.givenName = given;
        a.familyName = family;
        a.birthDate = birth;
        ASSERT_TRUE(store->upsertAppointments(std::vector<Store::Import>{{a, ""}}));
    }

    void SetUp() override
    {
        add(1, "Anna", "Müller", "1950-11-29");
        add(2, "Hans", "Müller", "1962-03-14");
        add(3, "Ayşe", "Yılmaz", "1971-07-01");
        add(4, "Oleksandr", "Шевченко", "1985-05-05");
        add(5, "Mohammed", "Al-Hassan", "1990-01-20");
        add(6, "Katarzyna", "Wiśniewska", "1958-09-09");
        add(7, "Anna", "Möller", "1950-11-29");
        add(8, "Peter", "Meier", "1944-04-04");
        add(9, "Anna", "Müller", "1950-11-29", "2026-11-30");
    }

    std::vector<LookupHit> find(const std::string &name, const std::string &birth = "")
    {
        LookupQuery q;
        q.name = name;
        q.birthDate = birth;
        q.day = "2026-11-29";
        auto hits = store->lookup(q);
        EXPECT_TRUE(hits) << hits.error().message;
        return hits.value_or(std::vector<LookupHit>{});
    }
};

} // namespace

TEST_F(LookupFixture, FindsMuellerHoweverTheUmlautIsTyped)
{
    for (const char *name : {"Müller", "Mueller", "Muller", "MÜLLER", "mueller anna"}) {
        auto hits = find(name, "29.11.1950");
        ASSERT_FALSE(hits.empty()) << name;
        EXPECT_EQ(hits[0].appointment.id, 1) << name;
    }
}

TEST_F(LookupFixture, RanksTheExactNameAboveASoundAlike)
{
    auto hits = find("Anna Müller", "291150");
    ASSERT_GE(hits.size(), 2U);
    EXPECT_EQ(hits[0].appointment.id, 1);
    EXPECT_EQ(hits[1].appointment.id, 7) << "Möller, same date of birth";
    EXPECT_GT(hits[0].score, hits[1].score);
}

TEST_F(LookupFixture, ToleratesATypoASwapAndTransliteration)
{
    EXPECT_EQ(find("Yilmaz Ayse").at(0).appointment.id, 3);
    EXPECT_EQ(find("Ayse Yilmas").at(0).appointment.id, 3);
    EXPECT_EQ(find("Shevchenko Oleksandr", "05.05.1985").at(0).appointment.id, 4);
    EXPECT_EQ(find("Muhammad Al Hasan").at(0).appointment.id, 5);
    EXPECT_EQ(find("Wisniewska").at(0).appointment.id, 6);
    EXPECT_EQ(find("Mayer").at(0).appointment.id, 8) << "Kölner Phonetik: Meier = Mayer";
}

TEST_F(LookupFixture, FindsByDateOfBirthAloneAndOnlyOnTheAskedDay)
{
    auto hits = find("", "1950-11-29");
    ASSERT_EQ(hits.size(), 2U);
    for (const auto &h : hits)
        EXPECT_EQ(h.appointment.day, "2026-11-29");
}

TEST_F(LookupFixture, FindsABookingReferenceExactly)
{
    auto hits = find(" sb1-1003 ");
    ASSERT_EQ(hits.size(), 1U);
    EXPECT_EQ(hits[0].appointment.id, 3);
    EXPECT_EQ(hits[0].score, 1.0);
}

TEST_F(LookupFixture, ReturnsNothingForAStrangerAndRefusesAnEmptyOrBadQuery)
{
    EXPECT_TRUE(find("Zimmermann", "01.01.1999").empty());
    LookupQuery empty;
    EXPECT_EQ(store->lookup(empty).error().kind, ErrorKind::Invalid);
    LookupQuery bad;
    bad.name = "Müller";
    bad.birthDate = "31.02.1950";
    auto refused = store->lookup(bad);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind, ErrorKind::Invalid);
    EXPECT_NE(refused.error().message.find("birth_date"), std::string::npos);
}

TEST_F(LookupFixture, SeesAppointmentsImportedAfterTheFirstSearch)
{
    EXPECT_TRUE(find("Kowalczyk").empty());
    add(10, "Jan", "Kowalczyk", "1966-06-06");
    ASSERT_FALSE(find("Kowalczyk").empty());
    EXPECT_EQ(find("Kowalczyk")[0].appointment.id, 10);
}

TEST_F(LookupFixture, FollowsRenamesAndDeletionsAfterTheIndexWasBuilt)
{
    ASSERT_FALSE(find("Yilmaz").empty());
    Appointment renamed = store->findById(3).value().value();
    renamed.familyName = "Öztürk";
    renamed.version = 2;
    ASSERT_TRUE(store->upsertAppointments(std::vector<Store::Import>{{renamed, ""}}));
    EXPECT_TRUE(find("Yilmaz").empty());
    ASSERT_FALSE(find("Ozturk Ayse").empty());
    EXPECT_EQ(find("Ozturk Ayse")[0].appointment.id, 3);
    ASSERT_TRUE(store->deleteAppointments(std::vector<Store::Deletion>{{3, 3}}));
    EXPECT_TRUE(find("Ozturk Ayse").empty());
}
