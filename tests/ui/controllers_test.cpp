// The screen logic lives in C++ and is tested here: timeouts, PIN lockout, idle reset, language,
// lookup and search rules. No QML, no waiting: timers are triggered through their slots and the
// lockout runs on a manual clock.
#include "terminal/app/screens/kioskcontroller.h"
#include "terminal/app/screens/languagecontroller.h"
#include "terminal/app/screens/lookupcontroller.h"
#include "terminal/app/screens/pincontroller.h"
#include "terminal/app/screens/soundcues.h"
#include "terminal/app/screens/staffsearchcontroller.h"
#include "tests/support/tempdir.h"
#include "tests/ui/scriptedlookup.h"

#include <QFile>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QUrl>
#include <gtest/gtest.h>

using namespace checkin;
using namespace std::chrono_literals;

namespace {

std::shared_ptr<core::ManualClock> manualClock()
{
    return std::make_shared<core::ManualClock>(std::chrono::system_clock::time_point(1796000000s));
}

void enter(app::PinController &pin, const QString &digits)
{
    for (QChar c : digits)
        pin.appendDigit(c.digitValue());
    pin.submit();
}

core::KioskConfig configFor(core::KioskMode mode)
{
    core::KioskConfig c;
    c.mode = mode;
    return c;
}

} // namespace

TEST(PinController, LocksOutAfterThreeWrongTries)
{
    auto clock = manualClock();
    app::PinController pin(QStringLiteral("2468"), clock);
    enter(pin, QStringLiteral("1111"));
    enter(pin, QStringLiteral("1112"));
    EXPECT_FALSE(pin.lockedOut());
    EXPECT_EQ(pin.triesLeft(), 1);
    enter(pin, QStringLiteral("1113"));
    EXPECT_TRUE(pin.lockedOut());
    EXPECT_EQ(pin.lockoutSeconds(), 30);
}

TEST(PinController, RefusesEvenTheRightPinWhileLockedOut)
{
    auto clock = manualClock();
    app::PinController pin(QStringLiteral("2468"), clock);
    for (int i = 0; i < 3; ++i)
        enter(pin, QStringLiteral("0000"));
    enter(pin, QStringLiteral("2468"));
    EXPECT_FALSE(pin.unlocked());
    clock->advance(29s);
    enter(pin, QStringLiteral("2468"));
    EXPECT_FALSE(pin.unlocked());
    clock->advance(1s);
    enter(pin, QStringLiteral("2468"));
    EXPECT_TRUE(pin.unlocked());
}

TEST(PinController, DoublesTheLockoutWithEveryFurtherLockout)
{
    auto clock = manualClock();
    app::PinController pin(QStringLiteral("2468"), clock);
    for (int expected : {30, 60, 120}) {
        for (int i = 0; i < 3; ++i)
            enter(pin, QStringLiteral("0000"));
        EXPECT_EQ(pin.lockoutSeconds(), expected);
        clock->advance(std::chrono::seconds(expected));
    }
}

TEST(PinController, UnlocksNothingWithoutAConfiguredPin)
{
    app::PinController pin(QString(), manualClock());
    EXPECT_FALSE(pin.configured());
    enter(pin, QString());
    enter(pin, QStringLiteral("0000"));
    EXPECT_FALSE(pin.unlocked());
}

TEST(PinController, IgnoresNonDigitsAndOverlongInput)
{
    app::PinController pin(QStringLiteral("2468"), manualClock());
    pin.appendDigit(-1);
    pin.appendDigit(10);
    EXPECT_EQ(pin.enteredLength(), 0);
    for (int i = 0; i < 20; ++i)
        pin.appendDigit(1);
    EXPECT_EQ(pin.enteredLength(), app::PinController::kMaxDigits);
}

TEST(KioskController, IdleTimeReturnsToScanningAndResetsTheSession)
{
    app::KioskController kiosk(configFor(core::KioskMode::SelfService));
    QSignalSpy reset(&kiosk, &app::KioskController::idleReset);
    kiosk.showScanScreen();
    kiosk.openLookup();
    EXPECT_EQ(kiosk.screen(), QStringLiteral("lookup"));
    EXPECT_TRUE(kiosk.idleTimerActive());
    kiosk.idleTimeout();
    EXPECT_EQ(kiosk.screen(), QStringLiteral("scan"));
    EXPECT_EQ(reset.count(), 1);
}

TEST(KioskController, AScannedVerdictWaitsWhileAFormIsOpenAndShowsWhenItCloses)
{
    app::KioskController kiosk(configFor(core::KioskMode::SelfService));
    kiosk.showScanScreen();
    kiosk.openLookup();
    kiosk.showScannedVerdict(uitest::verdictFor(core::Reason::Admitted));
    EXPECT_EQ(kiosk.screen(), QStringLiteral("lookup")) << "the person's typing is kept";
    EXPECT_TRUE(kiosk.verdictWaiting());
    kiosk.showScannedVerdict(uitest::verdictFor(core::Reason::WrongDay));
    kiosk.goBack();
    EXPECT_EQ(kiosk.screen(), QStringLiteral("verdict"));
    EXPECT_EQ(kiosk.reason(), QStringLiteral("wrong-day")) << "the newest waiting verdict";
    EXPECT_FALSE(kiosk.verdictWaiting());
    // The person's own lookup verdict is shown at once.
    kiosk.dismissVerdict();
    kiosk.openLookup();
    kiosk.showVerdict(uitest::verdictFor(core::Reason::Admitted));
    EXPECT_EQ(kiosk.screen(), QStringLiteral("verdict"));
}

TEST(KioskController, OpensStaffPagesOnlyWhileUnlocked)
{
    app::KioskController kiosk(configFor(core::KioskMode::Staff));
    kiosk.showScanScreen();
    kiosk.openStaffPage(QStringLiteral("technician"));
    EXPECT_EQ(kiosk.screen(), QStringLiteral("scan"));
    kiosk.openStaffArea();
    EXPECT_EQ(kiosk.screen(), QStringLiteral("pin"));
    kiosk.setStaffUnlocked(true);
    EXPECT_EQ(kiosk.screen(), QStringLiteral("figures"));
    kiosk.openStaffPage(QStringLiteral("technician"));
    EXPECT_EQ(kiosk.screen(), QStringLiteral("technician"));
}

TEST(KioskController, LocksTheStaffAreaWhenLeavingIt)
{
    app::KioskController kiosk(configFor(core::KioskMode::Staff));
    app::PinController pin(QStringLiteral("2468"), manualClock());
    QObject::connect(&kiosk, &app::KioskController::staffAreaLeft, &pin, &app::PinController::lock);
    QObject::connect(
        &pin, &app::PinController::unlockedChanged, &kiosk, &app::KioskController::setStaffUnlocked);
    kiosk.showScanScreen();
    kiosk.openStaffArea();
    enter(pin, QStringLiteral("2468"));
    EXPECT_EQ(kiosk.screen(), QStringLiteral("figures"));
    kiosk.goBack();
    EXPECT_FALSE(pin.unlocked());
    kiosk.openStaffArea();
    EXPECT_EQ(kiosk.screen(), QStringLiteral("pin"));
}

TEST(KioskController, KeepsSelfServiceAndStaffScreensApart)
{
    app::KioskController self(configFor(core::KioskMode::SelfService));
    self.showScanScreen();
    self.openSearch();
    EXPECT_EQ(self.screen(), QStringLiteral("scan"));
    app::KioskController staff(configFor(core::KioskMode::Staff));
    staff.showScanScreen();
    staff.openLookup();
    EXPECT_EQ(staff.screen(), QStringLiteral("scan"));
}

TEST(KioskController, StaysOnTheSetupScreenWhateverComes)
{
    app::KioskController kiosk(configFor(core::KioskMode::Staff));
    kiosk.showSetupProblem(QStringLiteral("camera.fps: must be positive"));
    kiosk.showVerdict(uitest::verdictFor(core::Reason::Admitted));
    kiosk.openSearch();
    kiosk.openStaffArea();
    kiosk.idleTimeout();
    EXPECT_EQ(kiosk.screen(), QStringLiteral("setup"));
}

TEST(KioskController, GivesStaffHalfTheVerdictTime)
{
    auto config = configFor(core::KioskMode::Staff);
    config.verdictSeconds = 8;
    EXPECT_EQ(app::KioskController(config).verdictSeconds(), 4);
    config.mode = core::KioskMode::SelfService;
    EXPECT_EQ(app::KioskController(config).verdictSeconds(), 8);
}

TEST(LanguageController, IsolatesNamesAndFixesTheDirectionOfRightToLeftText)
{
    app::LanguageController language(QStringLiteral("de"));
    EXPECT_EQ(app::LanguageController::isolate(QStringLiteral("Anna")), QStringLiteral("\u2068Anna\u2069"));
    EXPECT_EQ(app::LanguageController::isolate(QString()), QString());
    EXPECT_EQ(language.inReadingDirection(QStringLiteral("Anna")), QStringLiteral("Anna"));
    language.setLanguage(QStringLiteral("ar"));
    EXPECT_EQ(language.inReadingDirection(QStringLiteral("Anna")), QStringLiteral("\u200fAnna"));
}

TEST(KioskController, KeepsAVerdictWithADateToRememberLonger)
{
    auto config = configFor(core::KioskMode::SelfService);
    config.verdictSeconds = 6;
    config.verdictRememberSeconds = 20;
    app::KioskController kiosk(config);
    kiosk.showScanScreen();
    kiosk.showVerdict(uitest::verdictFor(core::Reason::Admitted));
    EXPECT_EQ(kiosk.verdictMs(), 6000);
    for (auto reason : {core::Reason::WrongDay, core::Reason::TooEarly, core::Reason::TooEarlyWait}) {
        kiosk.showVerdict(uitest::verdictFor(reason));
        EXPECT_EQ(kiosk.verdictMs(), 20000) << core::reasonKey(reason);
    }
    kiosk.showVerdict(uitest::verdictFor(core::Reason::Cancelled));
    EXPECT_EQ(kiosk.verdictMs(), 6000);
}

TEST(KioskController, ExtendsASelfServiceVerdictOnATouchAndClosesAStaffPass)
{
    auto config = configFor(core::KioskMode::SelfService);
    config.verdictSeconds = 6;
    config.verdictRememberSeconds = 20;
    config.verdictTouchSeconds = 10;
    app::KioskController kiosk(config);
    QSignalSpy restarted(&kiosk, &app::KioskController::verdictTimeChanged);
    kiosk.showScanScreen();
    kiosk.showVerdict(uitest::verdictFor(core::Reason::Admitted));
    ASSERT_EQ(restarted.count(), 1);
    kiosk.tapVerdict(); // 6 s left < 10 s: extended to 10 s from now
    EXPECT_EQ(kiosk.screen(), QStringLiteral("verdict"));
    EXPECT_EQ(kiosk.verdictMs(), 10000);
    EXPECT_EQ(restarted.count(), 2);
    kiosk.showVerdict(uitest::verdictFor(core::Reason::WrongDay));
    kiosk.tapVerdict(); // 20 s left: a touch never shortens
    EXPECT_EQ(kiosk.verdictMs(), 20000);
    EXPECT_EQ(restarted.count(), 3);
    EXPECT_EQ(kiosk.family(), QStringLiteral("reject"));
    kiosk.showVerdict(uitest::verdictFor(core::Reason::TooEarlyWait));
    EXPECT_EQ(kiosk.family(), QStringLiteral("wait")) << "waiting a little has its own family";

    app::KioskController staff(configFor(core::KioskMode::Staff));
    staff.showScanScreen();
    staff.showVerdict(uitest::verdictFor(core::Reason::Admitted));
    staff.tapVerdict();
    EXPECT_EQ(staff.screen(), QStringLiteral("scan"));
}

TEST(KioskController, ReturnsToScanningWhenTheVerdictTimeRunsOut)
{
    app::KioskController kiosk(configFor(core::KioskMode::SelfService));
    QSignalSpy dismissed(&kiosk, &app::KioskController::verdictDismissed);
    kiosk.showScanScreen();
    kiosk.showVerdict(uitest::verdictFor(core::Reason::TooEarly));
    EXPECT_TRUE(kiosk.verdictTimerActive());
    kiosk.idleTimeout(); // the idle time does not cut a verdict short
    EXPECT_EQ(kiosk.screen(), QStringLiteral("verdict"));
    kiosk.dismissVerdict();
    EXPECT_EQ(kiosk.screen(), QStringLiteral("scan"));
    EXPECT_EQ(dismissed.count(), 1);
}

TEST(KioskController, AsksForTheBookingsLanguageOnlyAtSelfServiceKiosks)
{
    auto verdict = uitest::verdictFor(core::Reason::Admitted);
    verdict.appointment->language = "uk";
    app::KioskController self(configFor(core::KioskMode::SelfService));
    QSignalSpy selfAsked(&self, &app::KioskController::verdictLanguageRequested);
    self.showScanScreen();
    self.showVerdict(verdict);
    ASSERT_EQ(selfAsked.count(), 1);
    EXPECT_EQ(selfAsked.front().front().toString(), QStringLiteral("uk"));
    app::KioskController staff(configFor(core::KioskMode::Staff));
    QSignalSpy staffAsked(&staff, &app::KioskController::verdictLanguageRequested);
    staff.showScanScreen();
    staff.showVerdict(verdict);
    EXPECT_EQ(staffAsked.count(), 0);
}

TEST(LanguageController, KeepsTheCurrentLanguageForAnUnknownCode)
{
    app::LanguageController language(QStringLiteral("de"));
    language.setLanguage(QStringLiteral("xx"));
    EXPECT_EQ(language.language(), QStringLiteral("de"));
    language.setLanguage(QStringLiteral("ar"));
    EXPECT_TRUE(language.rightToLeft());
}

TEST(LanguageController, FallsBackToGermanForAnUnknownDefault)
{
    app::LanguageController language(QStringLiteral("klingon"));
    EXPECT_EQ(language.language(), QStringLiteral("de"));
}

TEST(LanguageController, ReturnsToTheChosenLanguageAfterAVerdictInTheBookingsLanguage)
{
    app::LanguageController language(QStringLiteral("de"));
    language.setLanguage(QStringLiteral("fr"));
    language.showVerdictIn(QStringLiteral("ru"));
    EXPECT_EQ(language.language(), QStringLiteral("ru"));
    language.endVerdict();
    EXPECT_EQ(language.language(), QStringLiteral("fr"));
    language.resetToDefault();
    EXPECT_EQ(language.language(), QStringLiteral("de"));
}

TEST(LookupController, NamesTheFirstProblemInTheForm)
{
    uitest::ScriptedLookup backend;
    app::LookupController lookup(&backend, manualClock());
    lookup.search(QStringLiteral(" M "), QStringLiteral("07.03.1950"));
    EXPECT_EQ(lookup.inputProblem(), QStringLiteral("name-missing"));
    lookup.search(QStringLiteral("Müller"), QStringLiteral("31.02.1950"));
    EXPECT_EQ(lookup.inputProblem(), QStringLiteral("date-invalid"));
    lookup.search(QStringLiteral("Müller"), QStringLiteral("01.01.2999"));
    EXPECT_EQ(lookup.inputProblem(), QStringLiteral("date-future"));
    lookup.search(QStringLiteral("Müller"), QStringLiteral("'; DROP TABLE x; --"));
    EXPECT_EQ(lookup.inputProblem(), QStringLiteral("date-invalid"));
    EXPECT_EQ(lookup.state(), QStringLiteral("form"));
}

TEST(LookupController, ShowsTheOneHitMasked)
{
    uitest::ScriptedLookup backend;
    backend.appointments = {uitest::annaMueller()};
    app::LookupController lookup(&backend, manualClock());
    lookup.search(QStringLiteral("müller"), QStringLiteral("7.3.1950"));
    ASSERT_EQ(lookup.state(), QStringLiteral("found"));
    EXPECT_EQ(lookup.hitGivenName(), QStringLiteral("Anna"));
    EXPECT_EQ(lookup.hitFamilyInitial(), QStringLiteral("M"));
    EXPECT_EQ(lookup.hitBirthYear(), QStringLiteral("1950"));
    EXPECT_EQ(lookup.hitTime(), QStringLiteral("10:30"));
}

TEST(LookupController, TreatsTwoHitsAsNoneSoNobodyBrowsesOthers)
{
    uitest::ScriptedLookup backend;
    auto twin = uitest::annaMueller();
    twin.id = 8;
    twin.givenName = "Hans";
    backend.appointments = {uitest::annaMueller(), twin};
    app::LookupController lookup(&backend, manualClock());
    lookup.search(QStringLiteral("Müller"), QStringLiteral("07.03.1950"));
    EXPECT_EQ(lookup.state(), QStringLiteral("not-found"));
    EXPECT_EQ(lookup.hitGivenName(), QString());
}

TEST(LookupController, ShowsTheWaitTheStoreThreadImposes)
{
    uitest::ScriptedLookup backend;
    app::LookupController lookup(&backend, manualClock());
    for (int i = 0; i < 3; ++i) {
        lookup.reset(); // a new session changes nothing: the guard is on the store thread
        lookup.search(QStringLiteral("Schmidt"), QStringLiteral("01.01.1960"));
        EXPECT_EQ(lookup.state(), QStringLiteral("not-found"));
    }
    lookup.reset();
    lookup.search(QStringLiteral("Schmidt"), QStringLiteral("01.01.1960"));
    EXPECT_EQ(lookup.state(), QStringLiteral("wait"));
    EXPECT_EQ(lookup.waitSeconds(), 30);
}

TEST(LookupController, SendsAHitToTheDeskWhenThePolicyAsksForNoSecondFactor)
{
    uitest::ScriptedLookup backend;
    backend.appointments = {uitest::annaMueller()};
    backend.confirm = core::SelfServiceConfirm::Desk;
    app::LookupController lookup(&backend, manualClock());
    QSignalSpy verdicts(&lookup, &app::LookupController::verdictReady);
    lookup.search(QStringLiteral("Müller"), QStringLiteral("07.03.1950"));
    EXPECT_EQ(lookup.state(), QStringLiteral("admit-at-desk")) << "a tap alone admits nobody";
    EXPECT_EQ(lookup.hitGivenName(), QStringLiteral("Anna"));
    lookup.confirm();
    lookup.submitFactor(QStringLiteral("66111"));
    EXPECT_EQ(verdicts.count(), 0);
    EXPECT_TRUE(backend.factors.empty()) << "nothing asked the store to admit";
}

TEST(LookupController, AdmitsAHitOnlyThroughTheSecondFactor)
{
    uitest::ScriptedLookup backend;
    backend.appointments = {uitest::annaMueller()};
    app::LookupController lookup(&backend, manualClock());
    QSignalSpy verdicts(&lookup, &app::LookupController::verdictReady);
    lookup.search(QStringLiteral("Müller"), QStringLiteral("07.03.1950"));
    ASSERT_EQ(lookup.state(), QStringLiteral("found"));
    EXPECT_EQ(lookup.secondFactor(), app::LookupController::SecondFactor::PostalCode);
    lookup.submitFactor(QStringLiteral("66111"));
    EXPECT_TRUE(backend.factors.empty()) << "\"Yes, that is me\" comes first";
    lookup.confirm();
    ASSERT_EQ(lookup.state(), QStringLiteral("factor"));
    lookup.submitFactor(QStringLiteral("66113"));
    EXPECT_EQ(lookup.state(), QStringLiteral("admit-at-desk")) << "a wrong factor goes to the desk";
    EXPECT_EQ(verdicts.count(), 0);

    lookup.startOver();
    lookup.search(QStringLiteral("Müller"), QStringLiteral("07.03.1950"));
    lookup.confirm();
    lookup.submitFactor(QStringLiteral(" 66111 "));
    ASSERT_EQ(verdicts.count(), 1);
    EXPECT_EQ(backend.factors.back(), "66111");
    EXPECT_EQ(lookup.state(), QStringLiteral("form"));
}

TEST(LookupController, OpensATicketWhenNothingIsFound)
{
    uitest::ScriptedLookup backend;
    backend.appointments = {uitest::annaMueller()};
    app::LookupController lookup(&backend, manualClock());
    lookup.search(QStringLiteral("Schmidt"), QStringLiteral("01.01.1960"));
    lookup.requestTicket();
    EXPECT_EQ(lookup.state(), QStringLiteral("ticket"));
    EXPECT_EQ(lookup.ticketNumber(), QStringLiteral("K-42"));
}

TEST(LookupController, SaysUnavailableWithoutABackEnd)
{
    app::LookupController lookup(nullptr, manualClock());
    lookup.search(QStringLiteral("Müller"), QStringLiteral("07.03.1950"));
    EXPECT_EQ(lookup.state(), QStringLiteral("unavailable"));
}

TEST(StaffSearchController, WantsTwoCharactersBeforeSearching)
{
    uitest::ScriptedLookup backend;
    backend.appointments = {uitest::annaMueller()};
    app::StaffSearchController search(&backend);
    search.search(QStringLiteral(" M "));
    EXPECT_EQ(search.problem(), QStringLiteral("query-short"));
    search.search(QStringLiteral("4K7T"));
    EXPECT_EQ(search.state(), QStringLiteral("results"));
    ASSERT_EQ(search.results().size(), 1);
    EXPECT_EQ(search.results().front().toMap().value(QStringLiteral("birthDate")).toString(),
        QStringLiteral("07.03.1950"));
}

TEST(StaffSearchController, OpensAClearingCaseFromTheSearchWithTheQueryAsItsStart)
{
    uitest::ScriptedLookup backend;
    backend.appointments = {uitest::annaMueller()};
    app::StaffSearchController search(&backend);
    search.startCase();
    EXPECT_EQ(search.state(), QStringLiteral("case-form")) << "also before any search";
    search.cancelCase();
    EXPECT_EQ(search.state(), QStringLiteral("idle"));
    search.search(QStringLiteral("Hans Peter Schmitt 01.02.1955 SB1-XXXX-1234"));
    ASSERT_EQ(search.state(), QStringLiteral("empty"));
    search.startCase();
    const QVariantMap draft = search.caseDraft();
    EXPECT_EQ(draft.value(QStringLiteral("givenName")).toString(), QStringLiteral("Hans Peter"));
    EXPECT_EQ(draft.value(QStringLiteral("familyName")).toString(), QStringLiteral("Schmitt"));
    EXPECT_EQ(draft.value(QStringLiteral("birthDate")).toString(), QStringLiteral("01.02.1955"));
    search.openCase(QStringLiteral(" Hans  Peter "), QStringLiteral("Schmitt"), QStringLiteral("01.02.1955"),
        QStringLiteral("hp@example.org"), QStringLiteral("portal failed"));
    ASSERT_EQ(search.state(), QStringLiteral("case-opened"));
    EXPECT_EQ(search.ticket(), QStringLiteral("K-42"));
    ASSERT_EQ(backend.cases.size(), 1u);
    EXPECT_EQ(backend.cases.front().givenName, "Hans Peter");
    EXPECT_EQ(backend.cases.front().contact, "hp@example.org");
    search.openCase(QStringLiteral("x"), QStringLiteral("y"), {}, {}, {});
    EXPECT_EQ(backend.cases.size(), 1u) << "an opened case is not opened twice";
    search.cancelCase();
    EXPECT_EQ(search.state(), QStringLiteral("empty"));
    backend.unavailable = true;
    search.startCase();
    search.openCase({}, QStringLiteral("Schmitt"), QStringLiteral("01.02.1955"), {}, {});
    EXPECT_EQ(search.state(), QStringLiteral("case-form"));
    EXPECT_EQ(search.problem(), QStringLiteral("case-failed"));
}

TEST(StaffSearchController, ChecksInOnlyAfterTheIdCheck)
{
    uitest::ScriptedLookup backend;
    backend.appointments = {uitest::annaMueller()};
    app::StaffSearchController search(&backend);
    search.search(QStringLiteral("Anna"));
    search.checkIn(7, false);
    EXPECT_EQ(search.problem(), QStringLiteral("id-not-checked"));
    EXPECT_TRUE(backend.admitted.empty());
    QSignalSpy verdicts(&search, &app::StaffSearchController::verdictReady);
    search.checkIn(7, true);
    ASSERT_EQ(backend.admitted.size(), 1u);
    ASSERT_EQ(verdicts.count(), 1);
    EXPECT_EQ(search.state(), QStringLiteral("results")) << "the rows stay for the way back";
}

TEST(StaffSearchController, ShowsDaySlotAndStatusInEveryRow)
{
    uitest::ScriptedLookup backend;
    backend.appointments = {uitest::annaMueller()};
    backend.status = core::SearchStatus::CheckedIn;
    app::StaffSearchController search(&backend);
    search.search(QStringLiteral("Anna"));
    ASSERT_EQ(search.results().size(), 1);
    const auto row = search.results().front().toMap();
    EXPECT_EQ(row.value(QStringLiteral("day")).toString(), QStringLiteral("30.11.2026"));
    EXPECT_EQ(row.value(QStringLiteral("slot")).toString(), QStringLiteral("10:30"));
    EXPECT_EQ(
        row.value(QStringLiteral("status")).toInt(), int(app::StaffSearchController::RowStatus::CheckedIn));
    EXPECT_EQ(row.value(QStringLiteral("checkedInKiosk")).toString(), QStringLiteral("sb-02"));
    EXPECT_FALSE(row.value(QStringLiteral("checkedInAt")).toString().isEmpty());
    EXPECT_TRUE(row.value(QStringLiteral("annullable")).toBool());
    EXPECT_EQ(row.value(QStringLiteral("maskedName")).toString(), QStringLiteral("A. M."));
}

TEST(StaffSearchController, OverridesWithAFixedReasonAndABoundedNote)
{
    uitest::ScriptedLookup backend;
    backend.appointments = {uitest::annaMueller()};
    app::StaffSearchController search(&backend);
    QSignalSpy verdicts(&search, &app::StaffSearchController::verdictReady);
    search.overrideAdmit(7, 99, QString());
    EXPECT_TRUE(backend.overridden.empty()) << "not a reason key";
    search.overrideAdmit(
        7, int(app::StaffSearchController::OverrideChoice::LateAccepted), QString(500, u'x'));
    ASSERT_EQ(backend.overridden.size(), 1u);
    EXPECT_EQ(backend.overridden.front().second, core::OverrideReason::LateAccepted);
    ASSERT_EQ(verdicts.count(), 1);
    EXPECT_EQ(verdicts.front().at(0).value<core::Verdict>().reason, core::Reason::AdmittedByStaff);
}

TEST(StaffSearchController, AnnulsWithAFixedReasonAndSaysSo)
{
    uitest::ScriptedLookup backend;
    backend.appointments = {uitest::annaMueller()};
    app::StaffSearchController search(&backend);
    QSignalSpy annulled(&search, &app::StaffSearchController::checkInAnnulled);
    search.annul(QStringLiteral("0190-checkin"), int(app::StaffSearchController::AnnulChoice::WrongPerson));
    ASSERT_EQ(backend.annulled.size(), 1u);
    EXPECT_EQ(backend.annulled.front().second, core::AnnulReason::WrongPerson);
    EXPECT_EQ(annulled.count(), 1);
}

TEST(StaffSearchController, HidesNamesAfterAWhileOrShowsThemOnlyWhileHeld)
{
    uitest::ScriptedLookup backend;
    backend.appointments = {uitest::annaMueller()};
    app::StaffSearchController briefly(&backend, {core::NamePrivacy::Briefly, 10});
    briefly.search(QStringLiteral("Anna"));
    EXPECT_TRUE(briefly.namesShown());
    briefly.hideNames(); // the name timer ran out
    EXPECT_FALSE(briefly.namesShown());
    briefly.reveal(7);
    EXPECT_EQ(briefly.revealedId(), 0) << "press-and-hold is the other setting";
    briefly.search(QStringLiteral("Anna"));
    EXPECT_TRUE(briefly.namesShown()) << "a new search shows its names again";

    app::StaffSearchController onHold(&backend, {core::NamePrivacy::OnHold, 10});
    onHold.search(QStringLiteral("Anna"));
    EXPECT_FALSE(onHold.namesShown());
    onHold.reveal(7);
    EXPECT_EQ(onHold.revealedId(), 7);
    onHold.conceal();
    EXPECT_EQ(onHold.revealedId(), 0);

    app::StaffSearchController shown(&backend, {core::NamePrivacy::Shown, 10});
    shown.search(QStringLiteral("Anna"));
    EXPECT_TRUE(shown.namesShown());
}

TEST(KioskController, KeepsAStaffRejectUntilStaffActAndReturnsToTheSearch)
{
    app::KioskController kiosk(configFor(core::KioskMode::Staff));
    kiosk.showScanScreen();
    kiosk.openSearch();
    kiosk.showSearchVerdict(uitest::verdictFor(core::Reason::TooLate));
    EXPECT_EQ(kiosk.screen(), QStringLiteral("verdict"));
    EXPECT_TRUE(kiosk.verdictStays());
    EXPECT_FALSE(kiosk.verdictTimerActive()) << "a staff reject does not time out";
    kiosk.tapVerdict();
    EXPECT_EQ(kiosk.screen(), QStringLiteral("verdict")) << "a stray tap does not drop it";
    EXPECT_EQ(
        kiosk.overrideChoices(), QVariantList{int(app::StaffSearchController::OverrideChoice::LateAccepted)});
    EXPECT_EQ(kiosk.birthDate(), QStringLiteral("07.03.1950"));
    kiosk.showVerdict(uitest::verdictFor(core::Reason::AdmittedByStaff));
    EXPECT_FALSE(kiosk.verdictStays());
    EXPECT_TRUE(kiosk.verdictTimerActive());
    kiosk.dismissVerdict();
    EXPECT_EQ(kiosk.screen(), QStringLiteral("search")) << "back to the search, not to scanning";
}

TEST(KioskController, GivesStaffTheDetailAsValuesAndCitizensNoBirthDate)
{
    app::KioskController staff(configFor(core::KioskMode::Staff));
    staff.showScanScreen();
    staff.showVerdict(uitest::verdictFor(core::Reason::ExpiredKey));
    EXPECT_EQ(staff.detail(), app::KioskController::Detail::KeyNotValidNow);
    EXPECT_EQ(staff.detailKeyId(), 2);
    EXPECT_FALSE(staff.detailValidFrom().isEmpty());
    EXPECT_TRUE(staff.overrideChoices().isEmpty()) << "a key problem is not overridable";

    app::KioskController citizen(configFor(core::KioskMode::SelfService));
    citizen.showScanScreen();
    citizen.showVerdict(uitest::verdictFor(core::Reason::TooLate));
    EXPECT_TRUE(citizen.birthDate().isEmpty());
    EXPECT_TRUE(citizen.personName().isEmpty());
    EXPECT_TRUE(citizen.overrideChoices().isEmpty());
    EXPECT_FALSE(citizen.verdictStays());
    EXPECT_EQ(citizen.initials(), QStringLiteral("A. M."));
}

TEST(SoundCues, WritesTwoPlayableWaveFiles)
{
    checkin::testing::TempDir dir;
    const auto cues = app::writeCueFiles(QString::fromStdString(dir.path().string()));
    for (const QString &url : {cues.passUrl, cues.rejectUrl}) {
        QFile file(QUrl(url).toLocalFile());
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << url.toStdString();
        const QByteArray header = file.read(44);
        EXPECT_TRUE(header.startsWith("RIFF"));
        EXPECT_EQ(header.mid(8, 8), QByteArray("WAVEfmt "));
        EXPECT_GT(file.size(), 10000);
    }
}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
