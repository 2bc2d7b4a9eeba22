// Admission rules: a table of situations and the verdict each must get, against a real cache.
#include "tests/terminal/signedday.h"

#include <fstream>

using namespace checkin;
using namespace checkin::core;

namespace {

class AdmissionRules : public checkin::testing::SignedDay
{
};

struct Case
{
    std::string code;
    Reason expected;
    Family family;
    DetailKind detail = DetailKind::None; ///< what staff are told beyond the reason
    int64_t keyId = 0;
};

} // namespace

TEST_F(AdmissionRules, GivesEachSituationItsOwnVerdictAndDetail)
{
    const std::vector<Case> cases = {
        {"SB1-NOW0-0001", Reason::Admitted, Family::Pass},
        {signedCode(1, 1), Reason::Admitted, Family::Pass},
        {signedCode(kNotYetSynced, 1), Reason::AdmittedNotYetSynced, Family::Pass},
        {"SB1-LATE-0006", Reason::AdmittedLate, Family::Pass},
        {signedCode(2, 1), Reason::WrongDay, Family::Reject},
        {"SB1-TMRW-0002", Reason::WrongDay, Family::Reject},
        {signedCode(3, 1), Reason::WrongCenter, Family::Reject},
        {"SLS-ELSE-0003", Reason::WrongCenter, Family::Reject},
        {signedCode(4, 1), Reason::Cancelled, Family::Reject},
        {"SB1-PEND-0005", Reason::NeverConfirmed, Family::Reject},
        {signedCode(7, 1), Reason::TooLate, Family::Reject},
        {signedCode(8, 1), Reason::TooEarly, Family::Reject},
        {signedCode(9, 1), Reason::TooEarlyWait, Family::Reject},
        {"SB1-UNKN-9999", Reason::NotFound, Family::Reject},
        {"https://example.org/", Reason::NotABookingCode, Family::Reject},
        {"", Reason::NotABookingCode, Family::Reject},
        {"SB1-NOW0-0001'; DROP TABLE appointments;--", Reason::NotABookingCode, Family::Reject},
        {"CK1:NOT-A-REAL-CODE", Reason::InvalidSignature, Family::Reject, DetailKind::CodeDamaged},
        {signedCode(1, 9), Reason::UnknownKey, Family::Reject, DetailKind::KeyUnknown, 9},
        {signedCode(1, 4), Reason::UnknownKey, Family::Reject, DetailKind::KeyNotForCenter, 4},
        {signedCode(1, 2), Reason::ExpiredKey, Family::Reject, DetailKind::KeyNotValidNow, 2},
        {signedCode(1, 3), Reason::RevokedKey, Family::Reject, DetailKind::KeyRevoked, 3},
        {signedCode(kRevokedCode, 1), Reason::CodeRevoked, Family::Reject, DetailKind::CodeWithdrawn, 1},
    };
    for (const auto &c : cases) {
        const Verdict v = decideNow(c.code);
        EXPECT_EQ(v.reason, c.expected)
            << c.code << " got " << reasonKey(v.reason) << " " << detailKey(v.detail.kind);
        EXPECT_EQ(v.family(), c.family) << c.code;
        EXPECT_EQ(v.detail.kind, c.detail) << c.code << " got " << detailKey(v.detail.kind);
        EXPECT_EQ(v.detail.keyId, c.keyId) << c.code;
    }
    const Verdict notValidNow = decideNow(signedCode(1, 2));
    EXPECT_LT(notValidNow.detail.validFromS, notValidNow.detail.validToS);
    EXPECT_EQ(decideNow(signedCode(1, 4)).detail.center, "SB1");
}

TEST_F(AdmissionRules, GivesEveryReasonAndDetailAStableKey)
{
    for (int r = 0; r <= 40; ++r) {
        const std::string key = reasonKey(static_cast<Reason>(r));
        EXPECT_EQ(key.find_first_not_of("abcdefghijklmnopqrstuvwxyz-"), std::string::npos) << key;
    }
    for (int d = 0; d <= static_cast<int>(DetailKind::NoCapacity); ++d)
        EXPECT_STRNE(detailKey(static_cast<DetailKind>(d)), "unknown") << d;
    EXPECT_STREQ(reasonKey(Reason::AdmittedAgain), "admitted-again");
    EXPECT_STREQ(reasonKey(Reason::TooEarlyWait), "too-early-wait");
    EXPECT_STREQ(reasonKey(Reason::CodeRevoked), "code-revoked");
    EXPECT_EQ(familyOf(Reason::AdmittedAgain), Family::Pass);
    EXPECT_EQ(familyOf(Reason::Unreadable), Family::Technical);
}

TEST_F(AdmissionRules, RejectsAppointmentOnAnotherDayWithItsDate)
{
    const Verdict v = decideNow(signedCode(2, 1));
    ASSERT_EQ(v.reason, Reason::WrongDay);
    ASSERT_TRUE(v.appointment);
    EXPECT_EQ(v.appointment->day, "2026-11-30");
    EXPECT_EQ(formatMinute(v.appointment->slotStart), "10:30");
}

TEST_F(AdmissionRules, NamesTheRightCenter)
{
    const Verdict v = decideNow(signedCode(3, 1));
    EXPECT_EQ(v.rightCenterName, "Impfzentrum Saarlouis");
}

TEST_F(AdmissionRules, TellsAnEarlyPersonWhenToComeBack)
{
    const Verdict v = decideNow("SB1-AFTN-0008");
    EXPECT_EQ(v.reason, Reason::TooEarly);
    EXPECT_EQ(formatMinute(v.comeBackAtMinute), "14:30");
}

TEST_F(AdmissionRules, AsksASlightlyEarlyPersonToWaitUntilTheWindowOpens)
{
    const Verdict v = decideNow(signedCode(9, 1));
    EXPECT_EQ(v.reason, Reason::TooEarlyWait);
    EXPECT_EQ(formatMinute(v.comeBackAtMinute), "10:30");
    policy.earlyWaitMinutes = 0;
    EXPECT_EQ(decideNow(signedCode(9, 1)).reason, Reason::TooEarly);
}

TEST_F(AdmissionRules, SendsLatePeopleToTheDeskWhenPolicySaysSo)
{
    EXPECT_EQ(decideNow(signedCode(6, 1)).reason, Reason::AdmittedLate);
    policy.latePolicy = LatePolicy::Desk;
    EXPECT_EQ(decideNow(signedCode(6, 1)).reason, Reason::TooLate);
}

TEST_F(AdmissionRules, ShowsOnlyInitialsToTheCitizen)
{
    EXPECT_EQ(initials(*decideNow("SB1-NOW0-0001").appointment), "A. M.");
    EXPECT_EQ(initials(*decideNow(signedCode(kNotYetSynced, 1)).appointment), ". .")
        << "a code carries no names";
    const cache::Appointment m = masked(*decideNow("SB1-NOW0-0001").appointment);
    EXPECT_EQ(m.familyName, "M");
    EXPECT_LE(m.birthDate.size(), 4U) << "the year only";
    EXPECT_TRUE(m.postalCode.empty() && m.bookingRef.empty()) << "no second factor leaves the store";
}

TEST_F(AdmissionRules, IsATechnicalProblemWhenTheClockIsOffOrTheDataIsForAnotherDay)
{
    trust.clockCheck = ClockCheck{unixMs(clock.now()) - 3 * 60 * 1000, unixMs(clock.now())};
    Verdict v = decideNow(signedCode(1, 1));
    EXPECT_EQ(v.reason, Reason::ClockWrong);
    EXPECT_EQ(v.detail.kind, DetailKind::ClockSkew);
    EXPECT_EQ(v.detail.skewSeconds, 180);
    EXPECT_EQ(decideNow("https://example.org/").reason, Reason::NotABookingCode) << "still not ours";
    trust.clockCheck = ClockCheck{unixMs(clock.now()) - 90 * 1000, unixMs(clock.now())};
    EXPECT_EQ(decideNow(signedCode(1, 1)).reason, Reason::Admitted) << "90 s is inside the 120 s bound";

    trust.cacheDay = "2026-11-28";
    v = decideNow("SB1-NOW0-0001");
    EXPECT_EQ(v.reason, Reason::StaleData);
    EXPECT_EQ(v.detail.kind, DetailKind::ListForOtherDay);
    EXPECT_EQ(v.detail.day, "2026-11-28");
}

TEST_F(AdmissionRules, SendsSignedCodesToStaffWithoutAValidKeyList)
{
    trust.keys.reset();
    trust.keysProblem = "no key list received yet";
    Verdict v = decideNow(signedCode(1, 1));
    EXPECT_EQ(v.reason, Reason::StaleData);
    EXPECT_EQ(v.detail.kind, DetailKind::NoKeyList);
    EXPECT_EQ(v.detail.message, "no key list received yet") << "for the log";
    EXPECT_EQ(decideNow("SB1-NOW0-0001").reason, Reason::Admitted) << "legacy lookups need no keys";

    trust.keys = KeyList::parse(keyListText, rootKey().publicKey()).value();
    clock.advance(std::chrono::hours(24 * 3));
    v = decideNow(signedCode(1, 1));
    EXPECT_EQ(v.reason, Reason::StaleData) << "an expired key list never silently accepts";
    EXPECT_EQ(v.detail.kind, DetailKind::KeyListExpired);
    EXPECT_EQ(v.detail.keyListVersion, 7);
}

TEST_F(AdmissionRules, StoresTheCheckInBeforePassAndRejectsTheSecondScan)
{
    CheckInService service(*store, policy, clock);
    const Verdict first = service.handleScan("SB1-NOW0-0001");
    ASSERT_EQ(first.family(), Family::Pass);
    ASSERT_TRUE(first.recorded);
    EXPECT_EQ(store->admittedCheckIn(1).value()->id, first.recorded->id);

    clock.advance(std::chrono::minutes(5));
    const Verdict second = service.handleScan("SB1-NOW0-0001");
    EXPECT_EQ(second.reason, Reason::AlreadyCheckedIn);
    ASSERT_TRUE(second.previous);
    EXPECT_EQ(second.previous->id, first.recorded->id);
    EXPECT_EQ(second.previous->kioskId, "demo-01");
    EXPECT_EQ(toLocal(std::chrono::system_clock::time_point(
                          std::chrono::milliseconds(second.previous->scannedAtMs)))
                  .minuteOfDay,
        10 * 60 + 25);
    EXPECT_EQ(store->checkIns().value().size(), 2U) << "the rejected second scan is logged too";
}

TEST_F(AdmissionRules, ShowsAnAdmissionAgainWhenTheSameCodeIsHeldUpMomentsLater)
{
    policy.keyListFile = dir.file("keys.txt");
    CheckInService service(*store, policy, clock);
    ASSERT_TRUE(service.installKeyList(keyListText));
    const std::string code = signedCode(1, 1);
    ASSERT_EQ(service.handleScan(code).reason, Reason::Admitted);
    clock.advance(std::chrono::seconds(30));
    const Verdict again = service.handleScan(code);
    EXPECT_EQ(again.reason, Reason::AdmittedAgain);
    EXPECT_EQ(again.family(), Family::Pass);
    ASSERT_TRUE(again.recorded);
    EXPECT_NE(store->admittedCheckIn(1).value()->id, again.recorded->id) << "no second admitting row";

    Policy otherKiosk = policy;
    otherKiosk.kioskId = "sb-02";
    EXPECT_EQ(decide(code, *store, otherKiosk, clock, service.trust()).reason, Reason::AlreadyCheckedIn);
}

TEST_F(AdmissionRules, NeverPassesWhenTheCheckInCannotBeStored)
{
    CheckInService service(*store, policy, clock);
    // A read-only connection makes every write fail, as a read-only file system would.
    ASSERT_TRUE(store->database().exec("PRAGMA query_only=1"));
    const Verdict v = service.handleScan("SB1-NOW0-0001");
    EXPECT_EQ(v.reason, Reason::StoreFailure);
    EXPECT_EQ(v.family(), Family::Technical);
    EXPECT_FALSE(v.recorded);
}

TEST_F(AdmissionRules, IsATechnicalProblemWhenTheCacheCannotBeRead)
{
    ASSERT_TRUE(store->database().exec("DROP TABLE appointments"));
    EXPECT_EQ(decideNow(signedCode(1, 1)).reason, Reason::StoreFailure);
    EXPECT_EQ(decideNow("SB1-NOW0-0001").reason, Reason::StoreFailure);
}

TEST_F(AdmissionRules, LetsStaffAnnulOnlyWithAnOperatorAndInsideTheWindow)
{
    CheckInService service(*store, policy, clock);
    const Verdict v = service.handleScan("SB1-NOW0-0001");
    ASSERT_TRUE(v.recorded);
    const auto &row = *v.recorded;
    const auto now = clock.now();
    EXPECT_EQ(CheckInService::checkAnnulment(row, "", policy, now), AnnulRefusal::NoOperator);
    EXPECT_EQ(CheckInService::checkAnnulment(row, "op-7", policy, now), std::nullopt);
    EXPECT_EQ(
        CheckInService::checkAnnulment(row, "op-7", policy, now + std::chrono::minutes(15)), std::nullopt);
    EXPECT_EQ(CheckInService::checkAnnulment(row, "op-7", policy, now + std::chrono::minutes(16)),
        AnnulRefusal::WindowOver);
    const Verdict rejected = service.handleScan("SB1-TMRW-0002");
    ASSERT_TRUE(rejected.recorded);
    EXPECT_EQ(CheckInService::checkAnnulment(*rejected.recorded, "op-7", policy, now),
        AnnulRefusal::NotAnAdmission);
}

TEST_F(AdmissionRules, KeepsTheKeyListAcrossRestartsAndRefusesARollback)
{
    policy.keyListFile = dir.file("keys.txt");
    {
        CheckInService service(*store, policy, clock);
        EXPECT_EQ(decide(signedCode(1, 1), *store, policy, clock, service.trust()).reason, Reason::StaleData);
        ASSERT_TRUE(service.installKeyList(keyListText));
        auto same = service.installKeyList(keyListText);
        ASSERT_FALSE(same);
        EXPECT_EQ(same.error().kind, KeyListErrorKind::Rollback);
        const KeyList older(6, trust.keys->expiresS(), trust.keys->keys(), {});
        auto rolledBack = service.installKeyList(older.sign(rootKey()));
        ASSERT_FALSE(rolledBack);
        EXPECT_EQ(rolledBack.error().kind, KeyListErrorKind::Rollback);
        const KeyList foreign(8, trust.keys->expiresS(), trust.keys->keys(), {});
        auto forged = service.installKeyList(foreign.sign(codeKey(1)));
        ASSERT_FALSE(forged);
        EXPECT_EQ(forged.error().kind, KeyListErrorKind::BadSignature);
    }
    CheckInService restarted(*store, policy, clock);
    ASSERT_TRUE(restarted.trust().keys);
    EXPECT_EQ(restarted.trust().keys->version(), 7);
    EXPECT_EQ(decide(signedCode(1, 1), *store, policy, clock, restarted.trust()).reason, Reason::Admitted);
}

TEST_F(AdmissionRules, AnnulsWithOperatorAndReasonAndWritesTheAuditLog)
{
    CheckInService service(*store, policy, clock);
    const Verdict v = service.handleScan("SB1-NOW0-0001");
    ASSERT_TRUE(v.recorded);
    EXPECT_EQ(service.annul(v.recorded->id, "", AnnulReason::WrongPerson).error(), AnnulRefusal::NoOperator);
    EXPECT_EQ(
        service.annul("no-such-id", "op-7", AnnulReason::ScannedByMistake).error(), AnnulRefusal::NotFound);
    EXPECT_EQ(service.annul("no-such-id", "op-7", AnnulReason::WrongPerson).error(), AnnulRefusal::NotFound);
    clock.advance(std::chrono::minutes(3));
    ASSERT_TRUE(service.annul(v.recorded->id, "op-7", AnnulReason::WrongPerson));
    EXPECT_EQ(service.annul(v.recorded->id, "op-7", AnnulReason::WrongPerson).error(),
        AnnulRefusal::NotAnAdmission);

    const auto row = store->checkInLog().find(v.recorded->id).value();
    ASSERT_TRUE(row && row->annulledAtMs);
    EXPECT_EQ(row->annulledBy, "op-7");
    EXPECT_EQ(row->annulReason, "wrong-person") << "a fixed key, no free text";
    EXPECT_FALSE(store->admittedCheckIn(1).value()) << "an annulled admission no longer counts";
    EXPECT_EQ(service.handleScan("SB1-NOW0-0001").reason, Reason::Admitted)
        << "the person can check in again";

    const auto audit = store->auditEntries().value();
    ASSERT_EQ(audit.size(), 4U) << "three refusals with an operator and one annulment";
    EXPECT_EQ(audit.back().action, cache::AuditAction::Annulment);
    EXPECT_EQ(audit.back().outcome, cache::AuditOutcome::Refused);
    EXPECT_EQ(audit[2].outcome, cache::AuditOutcome::Done);
    EXPECT_EQ(audit[2].operatorId, "op-7");
    EXPECT_EQ(audit[2].subject, "checkin:" + v.recorded->id);
}

TEST_F(AdmissionRules, RefusesAnAnnulmentAfterTheWindow)
{
    CheckInService service(*store, policy, clock);
    const Verdict v = service.handleScan("SB1-NOW0-0001");
    ASSERT_TRUE(v.recorded);
    clock.advance(std::chrono::minutes(16));
    EXPECT_EQ(service.annul(v.recorded->id, "op-7", AnnulReason::ScannedByMistake).error(),
        AnnulRefusal::WindowOver);
    EXPECT_TRUE(store->admittedCheckIn(1).value());
}

TEST_F(AdmissionRules, InstallsAProvisionedKeyListAndRefusesATamperedStoredOne)
{
    policy.keyListFile = dir.file("provisioned.txt");
    {
        std::ofstream out(policy.keyListFile);
        out << keyListText;
    }
    {
        CheckInService service(*store, policy, clock);
        ASSERT_TRUE(service.trust().keys);
        EXPECT_EQ(service.trust().keys->version(), 7);
    }
    // Someone edits the stored list while the kiosk is off: it is verified again at start.
    std::string tampered = keyListText;
    tampered.replace(tampered.find("version 7"), 9, "version 8");
    ASSERT_TRUE(store->saveKeyList(8, tampered));
    policy.keyListFile.clear();
    CheckInService restarted(*store, policy, clock);
    EXPECT_FALSE(restarted.trust().keys);
    EXPECT_NE(restarted.trust().keysProblem.find("refused"), std::string::npos)
        << restarted.trust().keysProblem;
    EXPECT_EQ(decide(signedCode(1, 1), *store, policy, clock, restarted.trust()).reason, Reason::StaleData);
}
