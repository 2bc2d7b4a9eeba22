// On-site resolution through the real screen controllers: the lookup flow's state, driven by the
// real store thread (StoreService), the real on-site resolution and a real cache file.
#include "terminal/app/screens/figurescontroller.h"
#include "terminal/app/screens/lookupcontroller.h"
#include "terminal/app/screens/staffsearchcontroller.h"
#include "terminal/app/services/storelookupbackend.h"
#include "terminal/app/services/storeservice.h"
#include "terminal/core/localtime.h"
#include "tests/support/tempdir.h"

#include <QGuiApplication>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace checkin;

namespace {

class OnSiteFlow : public ::testing::Test
{
protected:
    void SetUp() override
    {
        {
            auto store = cache::Store::open(dir.file("cache.sqlite")).value();
            cache::Appointment a;
            a.id = 1;
            a.bookingRef = "SB1-4711";
            a.centerId = "SB1";
            a.day = "2026-11-29";
            a.slotStart = 10 * 60 + 30;
            a.slotEnd = 10 * 60 + 35;
            a.givenName = "Anna";
            a.familyName = "Müller";
            a.birthDate = "1950-11-29";
            a.postalCode = "66111";
            cache::Appointment late = a;
            late.id = 2;
            late.bookingRef = "SB1-4712";
            late.givenName = "Hans";
            late.familyName = "Schäfer";
            late.birthDate = "1944-07-01";
            late.slotStart = 7 * 60;
            late.slotEnd = 7 * 60 + 5;
            const std::vector<cache::Store::Import> rows{{a, a.bookingRef}, {late, late.bookingRef}};
            ASSERT_TRUE(store->upsertAppointments(rows));
        }
        clock = std::make_shared<core::ManualClock>(*core::fromLocal("2026-11-29", 10 * 60 + 25));
        policy.selfServiceConfirm = core::SelfServiceConfirm::PostalCode;
        store = std::make_unique<app::StoreService>(dir.file("cache.sqlite"), policy, clock);
        QSignalSpy opened(store.get(), &app::StoreService::storeOpened);
        store->start();
        ASSERT_TRUE(opened.wait(10000));
    }

    /// Waits (event-driven) until the controller leaves a transient state.
    static void settle(app::LookupController &lookup)
    {
        QSignalSpy changed(&lookup, &app::LookupController::stateChanged);
        while (lookup.state() == QStringLiteral("searching") || lookup.state() == QStringLiteral("admitting")
            || lookup.state() == QStringLiteral("ticket-wait"))
            ASSERT_TRUE(changed.wait(10000)) << lookup.state().toStdString();
    }

    checkin::testing::TempDir dir;
    core::Policy policy;
    std::shared_ptr<core::ManualClock> clock;
    std::unique_ptr<app::StoreService> store;
};

} // namespace

TEST_F(OnSiteFlow, SelfServiceShowsOneMaskedBookingAndChecksItInWithTheSecondFactor)
{
    app::StoreLookupBackend backend(*store, app::StoreLookupBackend::Audience::SelfService, {});
    app::LookupController lookup(&backend, clock);
    lookup.search(QStringLiteral("MUELLER"), QStringLiteral("29.11.1950"));
    settle(lookup);
    ASSERT_EQ(lookup.state(), QStringLiteral("found"));
    EXPECT_EQ(lookup.hitGivenName(), QStringLiteral("Anna"));
    EXPECT_EQ(lookup.hitFamilyInitial(), QStringLiteral("M"));
    EXPECT_EQ(lookup.hitBirthYear(), QStringLiteral("1950"));
    EXPECT_EQ(lookup.hitTime(), QStringLiteral("10:30"));

    QSignalSpy verdicts(&lookup, &app::LookupController::verdictReady);
    lookup.confirm();
    ASSERT_EQ(lookup.state(), QStringLiteral("factor")) << "a tap alone admits nobody";
    lookup.submitFactor(QStringLiteral("66111"));
    ASSERT_TRUE(verdicts.wait(10000));
    const auto verdict = verdicts.takeFirst().at(0).value<core::Verdict>();
    EXPECT_EQ(verdict.family(), core::Family::Pass);
    ASSERT_TRUE(verdict.recorded);
    EXPECT_EQ(verdict.recorded->method, cache::CheckInMethod::Lookup);
}

TEST_F(OnSiteFlow, SelfServiceMissLeadsToAClearingTicket)
{
    app::StoreLookupBackend backend(*store, app::StoreLookupBackend::Audience::SelfService, {});
    app::LookupController lookup(&backend, clock);
    lookup.search(QStringLiteral("Müller"), QStringLiteral("01.01.1950"));
    settle(lookup);
    ASSERT_EQ(lookup.state(), QStringLiteral("not-found"));
    lookup.requestTicket();
    settle(lookup);
    ASSERT_EQ(lookup.state(), QStringLiteral("ticket"));
    EXPECT_TRUE(lookup.ticketNumber().startsWith(QStringLiteral("K-")))
        << lookup.ticketNumber().toStdString();
}

TEST_F(OnSiteFlow, SelfServiceSendsAWrongSecondFactorToTheDesk)
{
    app::StoreLookupBackend backend(*store, app::StoreLookupBackend::Audience::SelfService, {});
    app::LookupController lookup(&backend, clock);
    lookup.search(QStringLiteral("Müller"), QStringLiteral("29.11.1950"));
    settle(lookup);
    ASSERT_EQ(lookup.state(), QStringLiteral("found"));
    lookup.confirm();
    lookup.submitFactor(QStringLiteral("66113"));
    settle(lookup);
    EXPECT_EQ(lookup.state(), QStringLiteral("admit-at-desk"));
}

/// Waits (event-driven) until the staff controller leaves a transient state.
static void settleStaff(app::StaffSearchController &search)
{
    QSignalSpy changed(&search, &app::StaffSearchController::stateChanged);
    while (search.state() == QStringLiteral("searching") || search.state() == QStringLiteral("admitting")
        || search.state() == QStringLiteral("annulling") || search.state() == QStringLiteral("case-opening"))
        ASSERT_TRUE(changed.wait(10000)) << search.state().toStdString();
}

TEST_F(OnSiteFlow, StaffGoFromASearchThroughATimeRuleToAnOverrideAndAnAnnulment)
{
    app::StoreLookupBackend backend(*store, app::StoreLookupBackend::Audience::Staff, "staff@sb-01");
    app::StaffSearchController search(&backend);
    QSignalSpy verdicts(&search, &app::StaffSearchController::verdictReady);
    search.search(QStringLiteral("schaefer"));
    settleStaff(search);
    ASSERT_EQ(search.results().size(), 1);
    EXPECT_EQ(search.results().front().toMap().value(QStringLiteral("status")).toInt(),
        int(app::StaffSearchController::RowStatus::Confirmed));

    search.checkIn(2, true);
    ASSERT_TRUE(verdicts.wait(10000));
    const auto late = verdicts.takeFirst().at(0).value<core::Verdict>();
    ASSERT_EQ(late.reason, core::Reason::TooLate) << "07:00 slot, now 10:25";
    settleStaff(search);

    search.overrideAdmit(
        2, int(app::StaffSearchController::OverrideChoice::LateAccepted), QStringLiteral("ok"));
    ASSERT_TRUE(verdicts.wait(10000));
    const auto admitted = verdicts.takeFirst().at(0).value<core::Verdict>();
    ASSERT_EQ(admitted.reason, core::Reason::AdmittedByStaff);
    ASSERT_TRUE(admitted.recorded);
    settleStaff(search);
    ASSERT_EQ(search.results().size(), 1) << "the search was run again";
    const auto row = search.results().front().toMap();
    EXPECT_EQ(
        row.value(QStringLiteral("status")).toInt(), int(app::StaffSearchController::RowStatus::CheckedIn));
    EXPECT_EQ(row.value(QStringLiteral("checkedInKiosk")).toString(), QStringLiteral("demo-01"));
    EXPECT_EQ(row.value(QStringLiteral("checkedInAt")).toString(), QStringLiteral("10:25"));
    ASSERT_TRUE(row.value(QStringLiteral("annullable")).toBool());

    QSignalSpy annulled(&search, &app::StaffSearchController::checkInAnnulled);
    search.annul(row.value(QStringLiteral("checkInId")).toString(),
        int(app::StaffSearchController::AnnulChoice::ScannedByMistake));
    ASSERT_TRUE(annulled.wait(10000));
    settleStaff(search);
    EXPECT_EQ(search.results().front().toMap().value(QStringLiteral("status")).toInt(),
        int(app::StaffSearchController::RowStatus::Confirmed));
}

TEST_F(OnSiteFlow, TheFiguresComeFromTheStoreAndARepeatIsNoArrival)
{
    app::StoreLookupBackend backend(*store, app::StoreLookupBackend::Audience::Staff, "staff@sb-01");
    app::StaffSearchController search(&backend);
    QSignalSpy verdicts(&search, &app::StaffSearchController::verdictReady);
    search.checkIn(1, true);
    ASSERT_TRUE(verdicts.wait(10000));
    settleStaff(search);
    search.checkIn(1, true);
    ASSERT_TRUE(verdicts.wait(10000));
    EXPECT_EQ(verdicts.last().at(0).value<core::Verdict>().reason, core::Reason::AdmittedAgain);
    app::FiguresController figures;
    QObject::connect(
        &figures, &app::FiguresController::figuresRequested, store.get(), &app::StoreService::requestFigures);
    QObject::connect(
        store.get(), &app::StoreService::figuresReady, &figures, &app::FiguresController::setFigures);
    QSignalSpy changed(&figures, &app::FiguresController::changed);
    figures.refresh();
    ASSERT_TRUE(changed.wait(10000));
    EXPECT_EQ(figures.booked(), 2);
    EXPECT_EQ(figures.arrived(), 1);
    EXPECT_EQ(figures.noShows(), 1) << "the 07:00 slot plus 60 minutes is over";
    ASSERT_EQ(figures.noShowsByHour().size(), 1);
    EXPECT_EQ(figures.noShowsByHour().front().toMap().value(QStringLiteral("hour")).toInt(), 7);
}

TEST_F(OnSiteFlow, StaffOpenAClearingCaseFromAnEmptySearchWithDetailsTheRuleAccepts)
{
    app::StoreLookupBackend backend(*store, app::StoreLookupBackend::Audience::Staff, "staff@sb-01");
    app::StaffSearchController search(&backend);
    search.search(QStringLiteral("Meier 12.04.61"));
    settleStaff(search);
    ASSERT_EQ(search.state(), QStringLiteral("empty"));
    search.startCase();
    ASSERT_EQ(search.state(), QStringLiteral("case-form"));
    EXPECT_EQ(search.caseDraft().value(QStringLiteral("familyName")).toString(), QStringLiteral("Meier"));
    EXPECT_EQ(search.caseDraft().value(QStringLiteral("birthDate")).toString(), QStringLiteral("12.04.61"));

    const QString none;
    const QString account = QStringLiteral("booked online, never got a code");
    search.openCase(none, QStringLiteral("M"), QStringLiteral("12.04.61"), none, account);
    settleStaff(search);
    EXPECT_EQ(search.state(), QStringLiteral("case-form"));
    EXPECT_EQ(search.problem(), QStringLiteral("case-name-missing"));
    EXPECT_EQ(search.caseDraft().value(QStringLiteral("account")).toString(), account)
        << "the typing is kept";
    search.openCase(none, QStringLiteral("Meier"), QStringLiteral("31.02.1961"), none, account);
    settleStaff(search);
    EXPECT_EQ(search.problem(), QStringLiteral("case-date-invalid"));
    search.openCase(none, QStringLiteral("Meier"), QStringLiteral("01.01.2027"), none, account);
    settleStaff(search);
    EXPECT_EQ(search.problem(), QStringLiteral("case-date-invalid")) << "after today in the center's zone";
    search.openCase(QStringLiteral("Jörg"), QStringLiteral("Meier"), QStringLiteral("12.04.61"),
        QStringLiteral("0681 123456"), account);
    settleStaff(search);
    ASSERT_EQ(search.state(), QStringLiteral("case-opened")) << search.problem().toStdString();
    EXPECT_TRUE(search.ticket().startsWith(QStringLiteral("K-"))) << search.ticket().toStdString();
    EXPECT_TRUE(search.caseDraft().isEmpty()) << "the screen forgets the details";

    // The case on the kiosk, queued for the hub: what staff typed, the date as ISO, the operator.
    auto reader = cache::Store::open(dir.file("cache.sqlite")).value();
    const auto cases = reader->listClearingCases().value();
    ASSERT_EQ(cases.size(), 1u) << "refused details open nothing";
    EXPECT_EQ(cases.front().familyName, "Meier");
    EXPECT_EQ(cases.front().givenName, "Jörg");
    EXPECT_EQ(cases.front().birthDate, "1961-04-12");
    EXPECT_EQ(cases.front().contact, "0681 123456");
    EXPECT_EQ(cases.front().account, account.toStdString());
    EXPECT_EQ(cases.front().operatorId, "staff@sb-01");
    search.cancelCase();
    EXPECT_EQ(search.state(), QStringLiteral("empty"));
    EXPECT_TRUE(search.ticket().isEmpty());
}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
