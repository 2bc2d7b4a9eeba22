// Admission rules: a table of situations and the verdict each must get, against a real cache.
#include "tests/terminal/signedday.h"

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
    std::string staffTextHas; ///< a fact the staff line must name
};

} // namespace

TEST_F(AdmissionRules, GivesEachSituationItsOwnVerdictAndText)
{
    const std::vector<Case> cases = {
        {"SB1-NOW0-0001", Reason::Admitted, Family::Pass, "anna Müller"},
        {signedCode(1, 1), Reason::Admitted, Family::Pass, "2026-11-29 10:30"},
        {signedCode(kNotYetSynced, 1), Reason::AdmittedNotYetSynced, Family::Pass, "after the last sync"},
        {"SB1-LATE-0006", Reason::AdmittedLate, Family::Pass, "grace"},
        {signedCode(2, 1), Reason::WrongDay, Family::Reject, "2026-11-30 10:30"},
        {"SB1-TMRW-0002", Reason::WrongDay, Family::Reject, "2026-11-30 10:30"},
        {signedCode(3, 1), Reason::WrongCenter, Family::Reject, "Impfzentrum Saarlouis"},
        {"SLS-ELSE-0003", Reason::WrongCenter, Family::Reject, "Impfzentrum Saarlouis"},
        {signedCode(4, 1), Reason::Cancelled, Family::Reject, "cancelled"},
        {"SB1-PEND-0005", Reason::NeverConfirmed, Family::Reject, "desk"},
        {signedCode(7, 1), Reason::TooLate, Family::Reject, "desk"},
        {signedCode(8, 1), Reason::TooEarly, Family::Reject, "come back at 14:30"},
        {signedCode(9, 1), Reason::TooEarlyWait, Family::Reject, "from 10:30"},
        {"SB1-UNKN-9999", Reason::NotFound, Family::Reject, "name and date of birth"},
        {"https://example.org/", Reason::NotABookingCode, Family::Reject, "ask for the booking code"},
        {"", Reason::NotABookingCode, Family::Reject, "Not a booking code"},
        {"SB1-NOW0-0001'; DROP TABLE appointments;--", Reason::NotABookingCode, Family::Reject, ""},
        {"CK1:NOT-A-REAL-CODE", Reason::InvalidSignature, Family::Reject, "do not admit"},
        {signedCode(1, 9), Reason::UnknownKey, Family::Reject, "key 9"},
        {signedCode(1, 4), Reason::UnknownKey, Family::Reject, "may not sign codes for SB1"},
        {signedCode(1, 2), Reason::ExpiredKey, Family::Reject, "key 2"},
        {signedCode(1, 3), Reason::RevokedKey, Family::Reject, "key 3"},
        {signedCode(kRevokedCode, 1), Reason::CodeRevoked, Family::Reject, "withdrawn"},
    };
    for (const auto &c : cases) {
        const Verdict v = decideNow(c.code);
        EXPECT_EQ(v.reason, c.expected) << c.code << " got " << reasonKey(v.reason) << " " << v.detail;
        EXPECT_EQ(v.family(), c.family) << c.code;
        EXPECT_NE(staffText(v).find(c.staffTextHas), std::string::npos)
            << c.code << ": \"" << staffText(v) << "\" lacks \"" << c.staffTextHas << "\"";
    }
}

TEST_F(AdmissionRules, GivesEveryReasonAStableKeyAndAStaffText)
{
    for (int r = 0; r <= 40; ++r) {
        const auto reason = static_cast<Reason>(r);
        const std::string key = reasonKey(reason);
        if (key == "unknown")
            continue;
        Verdict v;
        v.reason = reason;
        EXPECT_FALSE(staffText(v).empty()) << key;
        EXPECT_EQ(staffText(v).find("Unknown outcome"), std::string::npos) << key;
    }
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
    EXPECT_EQ(decideNow("SB1-NOW0-0001").initials(), "A. M.");
    EXPECT_EQ(decideNow(signedCode(kNotYetSynced, 1)).initials(), ". .") << "a code carries no names";
}

TEST_F(AdmissionRules, IsATechnicalProblemWhenTheClockIsOffOrTheDataIsForAnotherDay)
{
    trust.clockCheck = ClockCheck{unixMs(clock.now()) - 3 * 60 * 1000, unixMs(clock.now())};
    Verdict v = decideNow(signedCode(1, 1));
    EXPECT_EQ(v.reason, Reason::ClockWrong);
    EXPECT_NE(staffText(v).find("180 s"), std::string::npos) << staffText(v);
    EXPECT_EQ(decideNow("https://example.org/").reason, Reason::NotABookingCode) << "still not ours";
    trust.clockCheck = ClockCheck{unixMs(clock.now()) - 90 * 1000, unixMs(clock.now())};
    EXPECT_EQ(decideNow(signedCode(1, 1)).reason, Reason::Admitted) << "90 s is inside the 120 s bound";

    trust.cacheDay = "2026-11-28";
    v = decideNow("SB1-NOW0-0001");
    EXPECT_EQ(v.reason, Reason::StaleData);
    EXPECT_NE(v.detail.find("2026-11-28"), std::string::npos);
}

TEST_F(AdmissionRules, SendsSignedCodesToStaffWithoutAValidKeyList)
{
    trust.keys.reset();
    trust.keysProblem = "no key list received yet";
    Verdict v = decideNow(signedCode(1, 1));
    EXPECT_EQ(v.reason, Reason::StaleData);
    EXPECT_NE(v.detail.find("no key list received yet"), std::string::npos);
    EXPECT_EQ(decideNow("SB1-NOW0-0001").reason, Reason::Admitted) << "legacy lookups need no keys";

    trust.keys = KeyList::parse(keyListText, rootKey().publicKey()).value();
    clock.advance(std::chrono::hours(24 * 3));
    v = decideNow(signedCode(1, 1));
    EXPECT_EQ(v.reason, Reason::StaleData) << "an expired key list never silently accepts";
    EXPECT_NE(v.detail.find("expired"), std::string::npos);
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
    EXPECT_NE(staffText(second).find("at 10:25 on 2026-11-29, kiosk demo-01"), std::string::npos)
        << staffText(second);
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

TEST_F(AdmissionRules, LetsStaffAnnulOnlyWithOperatorReasonAndInsideTheWindow)
{
    CheckInService service(*store, policy, clock);
    const Verdict v = service.handleScan("SB1-NOW0-0001");
    ASSERT_TRUE(v.recorded);
    const auto &row = *v.recorded;
    const auto now = clock.now();
    EXPECT_EQ(CheckInService::checkAnnulment(row, "", "wrong person", policy, now), AnnulRefusal::NoOperator);
    EXPECT_EQ(CheckInService::checkAnnulment(row, "op-7", "  ", policy, now), AnnulRefusal::NoReason);
    EXPECT_EQ(CheckInService::checkAnnulment(row, "op-7", "wrong person", policy, now), std::nullopt);
    EXPECT_EQ(
        CheckInService::checkAnnulment(row, "op-7", "wrong person", policy, now + std::chrono::minutes(15)),
        std::nullopt);
    EXPECT_EQ(
        CheckInService::checkAnnulment(row, "op-7", "wrong person", policy, now + std::chrono::minutes(16)),
        AnnulRefusal::WindowOver);
    const Verdict rejected = service.handleScan("SB1-TMRW-0002");
    ASSERT_TRUE(rejected.recorded);
    EXPECT_EQ(CheckInService::checkAnnulment(*rejected.recorded, "op-7", "x", policy, now),
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
    EXPECT_EQ(service.annul(v.recorded->id, "", "wrong person").error(), AnnulRefusal::NoOperator);
    EXPECT_EQ(service.annul(v.recorded->id, "op-7", "").error(), AnnulRefusal::NoReason);
    EXPECT_EQ(service.annul("no-such-id", "op-7", "typo").error(), AnnulRefusal::NotFound);
    clock.advance(std::chrono::minutes(3));
    ASSERT_TRUE(service.annul(v.recorded->id, "op-7", "scanned the partner's code"));
    EXPECT_EQ(service.annul(v.recorded->id, "op-7", "again").error(), AnnulRefusal::NotAnAdmission);

    const auto row = store->checkInLog().find(v.recorded->id).value();
    ASSERT_TRUE(row && row->annulledAtMs);
    EXPECT_EQ(row->annulledBy, "op-7");
    EXPECT_EQ(row->annulReason, "scanned the partner's code");
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
    EXPECT_EQ(service.annul(v.recorded->id, "op-7", "too late").error(), AnnulRefusal::WindowOver);
    EXPECT_TRUE(store->admittedCheckIn(1).value());
}

TEST_F(AdmissionRules, AdmitsByOverrideOnlyWithAnOperatorAndAuditsIt)
{
    CheckInService service(*store, policy, clock);
    const Verdict late = service.handleScan(signedCode(7, 1));
    ASSERT_EQ(late.reason, Reason::TooLate);
    EXPECT_EQ(
        service.admitByOverride(late, "", OverrideReason::LateAccepted).error(), OverrideRefusal::NoOperator);
    auto admitted = service.admitByOverride(late, "op-7", OverrideReason::LateAccepted);
    ASSERT_TRUE(admitted);
    EXPECT_EQ(admitted->reason, Reason::AdmittedByStaff);
    EXPECT_EQ(admitted->family(), Family::Pass);
    ASSERT_TRUE(admitted->recorded);
    EXPECT_EQ(store->admittedCheckIn(7).value()->id, admitted->recorded->id) << "stored before the PASS";
    EXPECT_EQ(admitted->recorded->method, cache::CheckInMethod::Manual);
    EXPECT_NE(staffText(*admitted).find("op-7"), std::string::npos);
    EXPECT_EQ(service.admitByOverride(late, "op-7", OverrideReason::LateAccepted).error(),
        OverrideRefusal::AlreadyAdmitted);
    EXPECT_EQ(
        service.admitByOverride(decideNow("https://example.org/"), "op-7", OverrideReason::IdentityChecked)
            .error(),
        OverrideRefusal::NoAppointment);

    const auto audit = store->auditEntries().value();
    ASSERT_EQ(audit.size(), 3U);
    EXPECT_EQ(audit[0].action, cache::AuditAction::Override);
    EXPECT_EQ(audit[0].outcome, cache::AuditOutcome::Done);
    EXPECT_EQ(audit[0].subject, "appointment:7 reason:late-accepted overrides:too-late");
    EXPECT_EQ(audit[1].outcome, cache::AuditOutcome::Refused);
}
