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

TEST(LookupController, CoolsDownAfterRepeatedMissesEvenAcrossSessions)
{
    uitest::ScriptedLookup backend;
    auto clock = manualClock();
    app::LookupController lookup(&backend, clock);
    for (int i = 0; i < 3; ++i) {
        lookup.reset(); // a new session does not reset the guard
        lookup.search(QStringLiteral("Schmidt"), QStringLiteral("01.01.1960"));
        EXPECT_EQ(lookup.state(), QStringLiteral("not-found"));
    }
    lookup.reset();
    lookup.search(QStringLiteral("Schmidt"), QStringLiteral("01.01.1960"));
    EXPECT_EQ(lookup.state(), QStringLiteral("wait"));
    EXPECT_EQ(lookup.waitSeconds(), 30);
    clock->advance(30s);
    lookup.search(QStringLiteral("Schmidt"), QStringLiteral("01.01.1960"));
    EXPECT_EQ(lookup.state(), QStringLiteral("not-found"));
}

TEST(LookupController, SendsThePersonToTheDeskWhenTheKioskCannotAdmitByLookup)
{
    uitest::ScriptedLookup backend;
    backend.appointments = {uitest::annaMueller()};
    backend.admitUnavailable = true;
    app::LookupController lookup(&backend, manualClock());
    QSignalSpy verdicts(&lookup, &app::LookupController::verdictReady);
    lookup.search(QStringLiteral("Müller"), QStringLiteral("07.03.1950"));
    lookup.confirm();
    EXPECT_EQ(lookup.state(), QStringLiteral("admit-at-desk"));
    EXPECT_EQ(verdicts.count(), 0);
}

TEST(LookupController, AdmitsTheConfirmedHitAndOpensATicketOtherwise)
{
    uitest::ScriptedLookup backend;
    backend.appointments = {uitest::annaMueller()};
    app::LookupController lookup(&backend, manualClock());
    QSignalSpy verdicts(&lookup, &app::LookupController::verdictReady);
    lookup.search(QStringLiteral("Müller"), QStringLiteral("07.03.1950"));
    lookup.confirm();
    ASSERT_EQ(verdicts.count(), 1);
    ASSERT_EQ(backend.admitted.size(), 1u);
    EXPECT_EQ(backend.admitted.front().first, 7);
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

TEST(StaffSearchController, ChecksInOnlyAfterTheIdCheck)
{
    uitest::ScriptedLookup backend;
    backend.appointments = {uitest::annaMueller()};
    app::StaffSearchController search(&backend);
    search.search(QStringLiteral("Anna"));
    search.checkIn(7, false);
    EXPECT_EQ(search.problem(), QStringLiteral("id-not-checked"));
    EXPECT_TRUE(backend.admitted.empty());
    search.checkIn(7, true);
    ASSERT_EQ(backend.admitted.size(), 1u);
    EXPECT_EQ(backend.admitted.front().second, "");
}

TEST(StaffSearchController, OverridesOnlyWithAReasonAndStoresIt)
{
    uitest::ScriptedLookup backend;
    backend.appointments = {uitest::annaMueller()};
    app::StaffSearchController search(&backend);
    search.overrideAdmit(7, QStringLiteral("   ok "));
    EXPECT_EQ(search.problem(), QStringLiteral("reason-missing"));
    EXPECT_TRUE(backend.admitted.empty());
    search.overrideAdmit(7, QStringLiteral("came a day early, doctor agreed"));
    ASSERT_EQ(backend.admitted.size(), 1u);
    EXPECT_EQ(backend.admitted.front().second, "came a day early, doctor agreed");
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
