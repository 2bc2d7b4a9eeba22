// On-site resolution through the real screen controllers: the lookup flow's state, driven by the
// real store thread (StoreService), the real on-site resolution and a real cache file.
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
            const std::vector<cache::Store::Import> rows{{a, a.bookingRef}};
            ASSERT_TRUE(store->upsertAppointments(rows));
        }
        clock = std::make_shared<core::ManualClock>(*core::fromLocal("2026-11-29", 10 * 60 + 25));
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

TEST_F(OnSiteFlow, SelfServiceShowsOneMaskedBookingAndChecksItInOnConfirmation)
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

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
