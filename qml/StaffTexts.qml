// Staff-facing words: the staff verdict (what happened, what to check, what to do), its detail,
// override and annulment reasons, search row status, camera and sync states. Translated; the values
// come from the controllers as enums and reason keys.
pragma Singleton
import QtQuick
import Checkin.Backend

QtObject {
    // What happened, for staff.
    function title(key) {
        switch (key) {
        //: Staff verdict title: admitted by the rules.
        case "admitted": return qsTr("Admitted")
        //: Staff verdict title: admitted inside the grace period after the slot.
        case "admitted-late": return qsTr("Admitted, late within the grace period")
        //: Staff verdict title: admitted on a valid signed code that is not yet in the local list.
        case "admitted-not-yet-synced": return qsTr("Admitted, booking newer than the local list")
        //: Staff verdict title: the same code again at this kiosk right after its admission.
        case "admitted-again": return qsTr("Already admitted here moments ago")
        //: Staff verdict title: admitted by a staff override.
        case "admitted-by-staff": return qsTr("Admitted by staff override")
        //: Staff verdict title: a little early; the person may wait inside.
        case "too-early-wait": return qsTr("A little early: may wait inside")
        //: Staff verdict title: the code was withdrawn in the key list.
        case "code-revoked": return qsTr("Code withdrawn")
        //: Staff verdict title: some other QR code (a link, a payment code).
        case "not-a-booking-code": return qsTr("Not a booking code")
        //: Staff verdict title: the booking is not in the local list.
        case "not-found": return qsTr("Booking not in the local list")
        //: Staff verdict title: booked for another day.
        case "wrong-day": return qsTr("Booked for another day")
        //: Staff verdict title: booked at another center.
        case "wrong-center": return qsTr("Booked at another center")
        //: Staff verdict title: too early for the slot.
        case "too-early": return qsTr("Too early")
        //: Staff verdict title: later than the grace period.
        case "too-late": return qsTr("Too late")
        //: Staff verdict title: this booking was checked in before.
        case "already-checked-in": return qsTr("Already checked in")
        //: Staff verdict title: the booking was cancelled.
        case "cancelled": return qsTr("Booking cancelled")
        //: Staff verdict title: a booking attempt that was never confirmed.
        case "never-confirmed": return qsTr("Booking never confirmed")
        //: Staff verdict title: the code's signature does not verify.
        case "invalid-signature": return qsTr("Code forged or damaged")
        //: Staff verdict title: signed with a key the kiosk does not know.
        case "unknown-key": return qsTr("Code signed with an unknown key")
        //: Staff verdict title: signed with a key outside its validity.
        case "expired-key": return qsTr("Code signed with an expired key")
        //: Staff verdict title: signed with a withdrawn key.
        case "revoked-key": return qsTr("Code signed with a withdrawn key")
        //: Staff verdict title: the code could not be read.
        case "unreadable": return qsTr("Code unreadable")
        //: Staff verdict title: the local database failed.
        case "store-failure": return qsTr("Technical problem: database")
        //: Staff verdict title: the local data is out of date.
        case "stale-data": return qsTr("Technical problem: data out of date")
        //: Staff verdict title: the kiosk clock is wrong.
        case "clock-wrong": return qsTr("Technical problem: clock wrong")
        }
        return ""
    }

    // What staff check, and what they do.
    function step(key) {
        switch (key) {
        //: Staff verdict: what to do after an admission.
        case "admitted": case "admitted-not-yet-synced": case "admitted-again":
            return qsTr("Compare the date of birth with the ID card, then send the person to the waiting area.")
        //: Staff verdict: what to do after a late admission.
        case "admitted-late": return qsTr("Compare the date of birth with the ID card; the person is late but within the grace period.")
        //: Staff verdict: what to do after an override.
        case "admitted-by-staff": return qsTr("Stored with your override reason. Send the person to the waiting area.")
        //: Staff verdict: slightly early.
        case "too-early-wait": return qsTr("Let the person wait inside until the time shown, or admit now with an override.")
        //: Staff verdict: not a booking code.
        case "not-a-booking-code": return qsTr("Ask for the QR code of the booking confirmation, or search by name.")
        //: Staff verdict: unknown booking, or a code that cannot be trusted.
        case "not-found": case "code-revoked": case "invalid-signature": case "unknown-key": case "expired-key": case "revoked-key":
            return qsTr("Do not admit on this code. Check the ID and search the booking by name and date of birth.")
        //: Staff verdict: wrong day.
        case "wrong-day": return qsTr("Tell the person the booked day, or admit today with an override if the center has room.")
        //: Staff verdict: wrong center.
        case "wrong-center": return qsTr("Tell the person which center the booking is for, or admit here with an override.")
        //: Staff verdict: too early.
        case "too-early": return qsTr("Ask the person to come back at the time shown, or admit now with an override.")
        //: Staff verdict: too late.
        case "too-late": return qsTr("Find a new time with the person, or admit now with an override.")
        //: Staff verdict: already checked in.
        case "already-checked-in": return qsTr("Check the ID: if this is the booked person, the earlier check-in may have been someone else. Search to see it.")
        //: Staff verdict: cancelled.
        case "cancelled": return qsTr("Help the person book a new appointment; a cancelled booking cannot be admitted.")
        //: Staff verdict: never confirmed.
        case "never-confirmed": return qsTr("Search the booking and check the person in: the kiosk confirms it when today's capacity allows.")
        //: Staff verdict: unreadable.
        case "unreadable": return qsTr("Ask the person to hold the code flat and still, or search by name.")
        //: Staff verdict: database failure.
        case "store-failure": return qsTr("Nothing can be stored. Write arrivals down on paper and call the technician.")
        //: Staff verdict: stale data.
        case "stale-data": return qsTr("Confirm bookings by the ID and the central system, and check the sync on the technician page.")
        //: Staff verdict: wrong clock.
        case "clock-wrong": return qsTr("Time rules cannot be applied. Call the technician to fix the kiosk clock.")
        }
        return ""
    }

    // The detail of a verdict, in words.
    function detail() {
        switch (Kiosk.detail) {
        //: Staff verdict detail: the code's text is cut or altered.
        case Kiosk.CodeDamaged: return qsTr("The code is incomplete or altered.")
        //: Staff verdict detail: the signature does not match; %1 is the key number.
        case Kiosk.SignatureMismatch: return qsTr("The signature does not match key %1.").arg(Kiosk.detailKeyId)
        //: Staff verdict detail: no key list on this kiosk.
        case Kiosk.NoKeyList: return qsTr("This kiosk has no valid key list yet.")
        //: Staff verdict detail: the key list has expired.
        case Kiosk.KeyListExpired: return qsTr("The kiosk's key list has expired.")
        //: Staff verdict detail: the key is not in the key list; %1 is the key number.
        case Kiosk.KeyUnknown: return qsTr("Key %1 is not in the key list.").arg(Kiosk.detailKeyId)
        //: Staff verdict detail: the key was withdrawn; %1 is the key number.
        case Kiosk.KeyRevoked: return qsTr("Key %1 was withdrawn.").arg(Kiosk.detailKeyId)
        //: Staff verdict detail: %1 key number, %2 and %3 the dates (DD.MM.YYYY) the key is valid.
        case Kiosk.KeyNotValidNow: return qsTr("Key %1 is valid from %2 to %3 only.").arg(Kiosk.detailKeyId).arg(Kiosk.detailValidFrom).arg(Kiosk.detailValidTo)
        //: Staff verdict detail: %1 key number, %2 the center code the code names.
        case Kiosk.KeyNotForCenter: return qsTr("Key %1 may not sign codes for center %2.").arg(Kiosk.detailKeyId).arg(Kiosk.detailCenter)
        //: Staff verdict detail: this one code was withdrawn (a new one was issued).
        case Kiosk.CodeWithdrawn: return qsTr("This code was replaced by a new one.")
        //: Staff verdict detail: %1 is how many seconds the kiosk clock differs from the hub's.
        case Kiosk.ClockSkew: return qsTr("The kiosk clock differs from the central system by %1 s.").arg(Kiosk.detailSkewSeconds)
        //: Staff verdict detail: %1 is the day (DD.MM.YYYY) the local appointment list is for.
        case Kiosk.ListForOtherDay: return qsTr("The local appointment list is for %1.").arg(Kiosk.detailDay)
        //: Staff verdict detail: the database refused to store.
        case Kiosk.StoreFailed: return qsTr("The local database refused to store the decision.")
        //: Staff verdict detail: no capacity left to confirm a booking attempt.
        case Kiosk.NoCapacity: return qsTr("No capacity left today: open a clearing case.")
        }
        return ""
    }

    function overrideReason(choice) {
        switch (choice) {
        //: Staff override reason: the center takes the late person anyway.
        case StaffSearch.LateAccepted: return qsTr("Late, admitted anyway")
        //: Staff override reason: the center has room now.
        case StaffSearch.EarlyAccepted: return qsTr("Early, there is room now")
        //: Staff override reason: booked for another day, taken today.
        case StaffSearch.OtherDayAccepted: return qsTr("Other day, taken today")
        //: Staff override reason: booked at another center, taken here.
        case StaffSearch.OtherCenterAccepted: return qsTr("Other center, taken here")
        }
        return ""
    }

    function annulReason(choice) {
        switch (choice) {
        //: Staff annulment reason: the code was scanned by mistake.
        case StaffSearch.ScannedByMistake: return qsTr("Scanned by mistake")
        //: Staff annulment reason: the ID shows it is not the booked person.
        case StaffSearch.WrongPerson: return qsTr("Not the booked person")
        }
        return ""
    }

    // The status of a search row.
    function rowStatus(row) {
        switch (row.status) {
        //: Staff search row status: a confirmed booking.
        case StaffSearch.Confirmed: return qsTr("confirmed")
        //: Staff search row status: a booking attempt that was never confirmed.
        case StaffSearch.NeverConfirmed: return qsTr("never confirmed")
        //: Staff search row status: %1 time (HH:mm), %2 the kiosk that checked the person in.
        case StaffSearch.CheckedIn: return qsTr("checked in at %1 by kiosk %2").arg(row.checkedInAt).arg(row.checkedInKiosk)
        //: Staff search row status: the booking was cancelled.
        case StaffSearch.Cancelled: return qsTr("cancelled")
        //: Staff search row status: booked at another center.
        case StaffSearch.OtherCenter: return qsTr("other center")
        }
        return ""
    }

    function camera(state) {
        switch (state) {
        //: Camera state: opening the camera.
        case Kiosk.CameraStarting: return qsTr("Camera starting")
        //: Camera state: frames arrive.
        case Kiosk.CameraRunning: return qsTr("Camera running")
        //: Camera state: no usable frames; the kiosk retries.
        case Kiosk.CameraLost: return qsTr("Camera not available, retrying")
        //: Camera state: the video file or image sequence played to its end (demo or test camera).
        case Kiosk.CameraEnded: return qsTr("Camera video ended")
        }
        return ""
    }

    function syncTest(state) {
        switch (state) {
        //: Sync test: running.
        case Technician.TestRunning: return qsTr("Testing the connection …")
        //: Sync test result: %1 round trip in milliseconds, %2 clock difference in seconds.
        case Technician.TestReached: return qsTr("Reached the central system in %1 ms; this kiosk is accepted. Clock difference: %2 s.").arg(Technician.syncTestRoundTripMs).arg(Technician.syncTestClockOffsetSeconds)
        //: Sync test result: nothing answers.
        case Technician.TestUnreachable: return qsTr("Nothing answers at the sync address. Check the network and sync.url.")
        //: Sync test result: timeout.
        case Technician.TestTimeout: return qsTr("The central system did not answer in time. Check the network.")
        //: Sync test result: TLS problem.
        case Technician.TestTlsFailed: return qsTr("The central system's certificate is not trusted. Check the certificate settings.")
        //: Sync test result: token refused.
        case Technician.TestUnauthorized: return qsTr("The central system refused this kiosk's token. Check the token file.")
        //: Sync test result: an error answer.
        case Technician.TestHubError: return qsTr("Something answered, but not as the central system. Check sync.url.")
        }
        return ""
    }

    function dataState(state) {
        switch (state) {
        //: Sync data state: current.
        case Technician.DataFresh: return qsTr("appointments current")
        //: Sync data state: not updated for a while.
        case Technician.DataStale: return qsTr("appointments out of date")
        //: Sync data state: for another day.
        case Technician.DataOtherDay: return qsTr("appointments of another day")
        //: Sync data state: never downloaded.
        case Technician.DataNeverSynced: return qsTr("appointments never downloaded")
        }
        return ""
    }
}
