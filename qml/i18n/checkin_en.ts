<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>AccessController</name>
    <message>
      <source>Speech output is on. Hold the QR code of your booking in front of the camera above the screen. If you have no code, the wide button at the bottom of the screen helps you find your booking.</source>
      <extracomment>Spoken when speech output is turned on: where the camera and the buttons are.</extracomment>
      <translation>Speech output is on. Hold the QR code of your booking in front of the camera above the screen. If you have no code, the wide button at the bottom of the screen helps you find your booking.</translation>
    </message>
  </context>
  <context>
    <name>FiguresScreen</name>
    <message>
      <source>Sync: not configured; check-ins stay on this kiosk.</source>
      <extracomment>Staff figures: no sync configured.</extracomment>
      <translation>Sync: not configured; check-ins stay on this kiosk.</translation>
    </message>
    <message>
      <source>Sync: state not available yet.</source>
      <extracomment>Staff figures: sync state not reported yet.</extracomment>
      <translation>Sync: state not available yet.</translation>
    </message>
    <message>
      <source>Sync: %1, last sync %2, %3 check-ins waiting to be sent.</source>
      <extracomment>Staff figures: sync state; %1 online/offline, %2 last sync time, %3 check-ins waiting to be sent.</extracomment>
      <translation>Sync: %1, last sync %2, %3 check-ins waiting to be sent.</translation>
    </message>
    <message>
      <source>online</source>
      <extracomment>Staff figures: the sync state word inside &quot;Sync: %1, …&quot;: connected to the hub.</extracomment>
      <translation>online</translation>
    </message>
    <message>
      <source>offline</source>
      <extracomment>Staff figures: the sync state word inside &quot;Sync: %1, …&quot;: no connection to the hub.</extracomment>
      <translation>offline</translation>
    </message>
    <message>
      <source>booked today</source>
      <extracomment>Staff figures: confirmed appointments booked for today.</extracomment>
      <translation>booked today</translation>
    </message>
    <message>
      <source>arrived</source>
      <extracomment>Staff figures: people who arrived (each person once, however often scanned).</extracomment>
      <translation>arrived</translation>
    </message>
    <message>
      <source>still expected</source>
      <extracomment>Staff figures: booked people whose slot and grace period are not over yet.</extracomment>
      <translation>still expected</translation>
    </message>
    <message>
      <source>no-shows</source>
      <extracomment>Staff figures: booked people whose slot and grace period are over.</extracomment>
      <translation>no-shows</translation>
    </message>
    <message>
      <source>walk-ins</source>
      <extracomment>Staff figures: people admitted today without a booking for today at this center.</extracomment>
      <translation>walk-ins</translation>
    </message>
    <message>
      <source>confirmed on site</source>
      <extracomment>Staff figures: booking attempts confirmed on site today.</extracomment>
      <translation>confirmed on site</translation>
    </message>
    <message>
      <source>clearing cases</source>
      <extracomment>Staff figures: clearing cases opened today.</extracomment>
      <translation>clearing cases</translation>
    </message>
    <message>
      <source>Arrived per hour: %1</source>
      <extracomment>Staff figures: arrivals per hour; %1 is a list like &quot;09:00 12 · 10:00 20&quot;.</extracomment>
      <translation>Arrived per hour: %1</translation>
    </message>
    <message>
      <source>No-shows by slot hour: %1</source>
      <extracomment>Staff figures: no-shows by the hour of their slot; %1 is a list like &quot;09:00 3 · 10:00 1&quot;.</extracomment>
      <translation>No-shows by slot hour: %1</translation>
    </message>
  </context>
  <context>
    <name>LookupScreen</name>
    <message>
      <source>Please enter your family name.</source>
      <extracomment>Lookup form error: the family name field is empty or too short.</extracomment>
      <translation>Please enter your family name.</translation>
    </message>
    <message>
      <source>Please enter your date of birth as DD.MM.YYYY, for example 07.03.1950.</source>
      <extracomment>Lookup form error: the date of birth cannot be read.</extracomment>
      <translation>Please enter your date of birth as DD.MM.YYYY, for example 07.03.1950.</translation>
    </message>
    <message>
      <source>This date is in the future. Please check your date of birth.</source>
      <extracomment>Lookup form error: the date of birth lies in the future.</extracomment>
      <translation>This date is in the future. Please check your date of birth.</translation>
    </message>
    <message>
      <source>Find your booking</source>
      <extracomment>Lookup screen title while the person types.</extracomment>
      <translation>Find your booking</translation>
    </message>
    <message>
      <source>Is this you?</source>
      <extracomment>Lookup screen title when exactly one booking matched.</extracomment>
      <translation>Is this you?</translation>
    </message>
    <message>
      <source>We could not find your booking</source>
      <extracomment>Lookup screen title when no booking matched.</extracomment>
      <translation>We could not find your booking</translation>
    </message>
    <message>
      <source>Please go to the desk</source>
      <extracomment>Lookup screen title when the kiosk cannot search.</extracomment>
      <translation>Please go to the desk</translation>
    </message>
    <message>
      <source>Family name</source>
      <extracomment>Lookup form: label of the family name field.</extracomment>
      <translation>Family name</translation>
    </message>
    <message>
      <source>Date of birth (DD.MM.YYYY)</source>
      <extracomment>Lookup form: label of the date of birth field, with the expected format.</extracomment>
      <translation>Date of birth (DD.MM.YYYY)</translation>
    </message>
    <message>
      <source>%1 %2., born %3, appointment at %4</source>
      <extracomment>Lookup: the one matching booking, masked. %1 given name, %2 initial of the family name, %3 year of birth, %4 appointment time. Example: &quot;Anna M., born 1950, 10:30&quot;.</extracomment>
      <translation>%1 %2., born %3, appointment at %4</translation>
    </message>
    <message>
      <source>Searching …</source>
      <extracomment>Lookup: shown while searching.</extracomment>
      <translation>Searching …</translation>
    </message>
    <message>
      <source>This kiosk cannot look up bookings. The staff at the desk will help you.</source>
      <extracomment>Lookup: the kiosk cannot look up bookings.</extracomment>
      <translation>This kiosk cannot look up bookings. The staff at the desk will help you.</translation>
    </message>
    <message>
      <source>Search</source>
      <extracomment>Lookup form: starts the search.</extracomment>
      <translation>Search</translation>
    </message>
    <message>
      <source>Yes, that is me</source>
      <extracomment>Lookup: the person confirms the shown booking is theirs.</extracomment>
      <translation>Yes, that is me</translation>
    </message>
    <message>
      <source>No, that is not me</source>
      <extracomment>Lookup: the shown booking is not theirs: get a number for the desk instead.</extracomment>
      <translation>No, that is not me</translation>
    </message>
    <message>
      <source>Done</source>
      <extracomment>Lookup: back to the scan screen after the number for the desk was shown.</extracomment>
      <translation>Done</translation>
    </message>
    <message>
      <source>Back</source>
      <extracomment>Lookup: back to the scan screen.</extracomment>
      <translation>Back</translation>
    </message>
    <message>
      <source>Please wait %1 s before searching again, or ask the staff at the desk.</source>
      <extracomment>Lookup: too many unsuccessful searches; %1 seconds until the next one.</extracomment>
      <translation>Please wait %1 s before searching again, or ask the staff at the desk.</translation>
    </message>
    <message>
      <source>To check in, please enter the postal code of your address.</source>
      <extracomment>Lookup: asks for the postal code of the booking&apos;s address before checking in.</extracomment>
      <translation>To check in, please enter the postal code of your address.</translation>
    </message>
    <message>
      <source>To check in, please enter the booking reference from your confirmation.</source>
      <extracomment>Lookup: asks for the booking reference from the confirmation before checking in.</extracomment>
      <translation>To check in, please enter the booking reference from your confirmation.</translation>
    </message>
    <message>
      <source>Please go to the desk with your ID; the staff will check you in.</source>
      <extracomment>Lookup: the person was found, but only the staff at the desk check in without a code.</extracomment>
      <translation>Please go to the desk with your ID; the staff will check you in.</translation>
    </message>
    <message>
      <source>Check in</source>
      <extracomment>Lookup: checks in with the postal code or booking reference typed.</extracomment>
      <translation>Check in</translation>
    </message>
    <message>
      <source>Your number for the desk</source>
      <extracomment>Lookup screen title on the clearing ticket: the number the desk resolves (shown on screen; printed only when a printer is there).</extracomment>
      <translation>Your number for the desk</translation>
    </message>
    <message>
      <source>Please get a number for the desk. The staff there will help you.</source>
      <extracomment>Lookup: no booking matched; offers a number for the desk (shown on screen, no paper promised).</extracomment>
      <translation>Please get a number for the desk. The staff there will help you.</translation>
    </message>
    <message>
      <source>Please go to the desk and show this number. The staff will sort out your booking.</source>
      <extracomment>Lookup: where to go with the number.</extracomment>
      <translation>Please go to the desk and show this number. The staff will sort out your booking.</translation>
    </message>
    <message>
      <source>Get a number for the desk</source>
      <extracomment>Lookup: nothing was found: get a number for the desk (shown on screen; no paper promised).</extracomment>
      <translation>Get a number for the desk</translation>
    </message>
    <message>
      <source>Printed – print again</source>
      <extracomment>Lookup: the ticket was printed; a tap prints another.</extracomment>
      <translation>Printed – print again</translation>
    </message>
    <message>
      <source>Printing failed – try again</source>
      <extracomment>Lookup: printing the ticket failed; a tap tries again.</extracomment>
      <translation>Printing failed – try again</translation>
    </message>
    <message>
      <source>Print this number</source>
      <extracomment>Lookup: prints the number for the desk on paper.</extracomment>
      <translation>Print this number</translation>
    </message>
    <message>
      <source>Take a photo of the code or write down the number. Once the desk has sorted out your booking, the code lets you in here.</source>
      <extracomment>Lookup ticket: under the number and its QR code; the person keeps one of them for the desk and the entrance.</extracomment>
      <translation>Take a photo of the code or write down the number. Once the desk has sorted out your booking, the code lets you in here.</translation>
    </message>
  </context>
  <context>
    <name>Main</name>
    <message>
      <source>Check-in</source>
      <extracomment>Window title (seen only by technicians).</extracomment>
      <translation>Check-in</translation>
    </message>
  </context>
  <context>
    <name>PinScreen</name>
    <message>
      <source>Staff PIN</source>
      <extracomment>PIN screen title.</extracomment>
      <translation>Staff PIN</translation>
    </message>
    <message>
      <source>No staff PIN is set up on this kiosk.</source>
      <extracomment>PIN screen: no staff PIN is configured on this kiosk.</extracomment>
      <translation>No staff PIN is set up on this kiosk.</translation>
    </message>
    <message>
      <source>Too many wrong tries. Try again in %1 s.</source>
      <extracomment>PIN screen: too many wrong PINs; %1 seconds until the next try.</extracomment>
      <translation>Too many wrong tries. Try again in %1 s.</translation>
    </message>
    <message>
      <source>Wrong PIN. %1 tries left.</source>
      <extracomment>PIN screen: wrong PIN; %1 tries left before the lockout.</extracomment>
      <translation>Wrong PIN. %1 tries left.</translation>
    </message>
    <message>
      <source>Back</source>
      <extracomment>PIN screen: back to scanning.</extracomment>
      <translation>Back</translation>
    </message>
  </context>
  <context>
    <name>PrintController</name>
    <message>
      <source>Checked in</source>
      <extracomment>Check-in slip (paper): heading.</extracomment>
      <translation>Checked in</translation>
    </message>
    <message>
      <source>Time: %1</source>
      <extracomment>Check-in slip: %1 is the time of the check-in (HH:mm).
----------
Clearing ticket: %1 is the time it was printed (HH:mm).</extracomment>
      <translation>Time: %1</translation>
    </message>
    <message>
      <source>Initials: %1</source>
      <extracomment>Check-in slip: %1 are the person&apos;s initials, for example &quot;A. M.&quot;.</extracomment>
      <translation>Initials: %1</translation>
    </message>
    <message>
      <source>Appointment: %1</source>
      <extracomment>Check-in slip: %1 is the appointment time (HH:mm).</extracomment>
      <translation>Appointment: %1</translation>
    </message>
    <message>
      <source>Next: the waiting area. Please keep this slip.</source>
      <extracomment>Check-in slip: where to go next.</extracomment>
      <translation>Next: the waiting area. Please keep this slip.</translation>
    </message>
    <message>
      <source>Your queue number:</source>
      <extracomment>Check-in slip: label above the queue number.</extracomment>
      <translation>Your queue number:</translation>
    </message>
    <message>
      <source>Ticket for the desk</source>
      <extracomment>Clearing ticket (paper): heading.</extracomment>
      <translation>Ticket for the desk</translation>
    </message>
    <message>
      <source>Please show this ticket at the desk. The staff will sort out your booking.</source>
      <extracomment>Clearing ticket: what to do with it.</extracomment>
      <translation>Please show this ticket at the desk. The staff will sort out your booking.</translation>
    </message>
  </context>
  <context>
    <name>Reasons</name>
    <message>
      <source>Welcome – please go ahead</source>
      <extracomment>Verdict title: the person may enter.
----------
Verdict title: admitted although after the appointment time.
----------
Verdict title: admitted; the booking is newer than the kiosk&apos;s data.
----------
Verdict title: the same person was just admitted at this kiosk and scanned again.
----------
Verdict title: staff admitted the person although the rules did not (an override).</extracomment>
      <translation>Welcome – please go ahead</translation>
    </message>
    <message>
      <source>This is not a booking code</source>
      <extracomment>Verdict title: the scanned QR code is something else (a link, a payment code).</extracomment>
      <translation>This is not a booking code</translation>
    </message>
    <message>
      <source>Booking not found</source>
      <extracomment>Verdict title: the booking is not in the kiosk&apos;s list.</extracomment>
      <translation>Booking not found</translation>
    </message>
    <message>
      <source>Your appointment is on another day</source>
      <extracomment>Verdict title: the appointment is on another day.</extracomment>
      <translation>Your appointment is on another day</translation>
    </message>
    <message>
      <source>Booked at another center</source>
      <extracomment>Verdict title: the appointment is at another vaccination center.</extracomment>
      <translation>Booked at another center</translation>
    </message>
    <message>
      <source>Too early</source>
      <extracomment>Verdict title: the person came too early.</extracomment>
      <translation>Too early</translation>
    </message>
    <message>
      <source>Appointment time has passed</source>
      <extracomment>Verdict title: the appointment time has passed.</extracomment>
      <translation>Appointment time has passed</translation>
    </message>
    <message>
      <source>Code already used</source>
      <extracomment>Verdict title: the code was used for a check-in before.</extracomment>
      <translation>Code already used</translation>
    </message>
    <message>
      <source>Booking cancelled</source>
      <extracomment>Verdict title: the booking was cancelled.</extracomment>
      <translation>Booking cancelled</translation>
    </message>
    <message>
      <source>Booking not completed</source>
      <extracomment>Verdict title: the booking was started but never completed.</extracomment>
      <translation>Booking not completed</translation>
    </message>
    <message>
      <source>Code cannot be verified</source>
      <extracomment>Verdict title: the code&apos;s signature does not match (forged or damaged).
----------
Verdict title: the code was signed with a key the kiosk does not know.</extracomment>
      <translation>Code cannot be verified</translation>
    </message>
    <message>
      <source>Code no longer valid</source>
      <extracomment>Verdict title: this code was withdrawn (a new one was issued or it was misused).
----------
Verdict title: the code was signed with an expired key.
----------
Verdict title: the code was signed with a withdrawn key.</extracomment>
      <translation>Code no longer valid</translation>
    </message>
    <message>
      <source>Please see the staff</source>
      <extracomment>Verdict title: technical problem reading the code.
----------
Verdict title: the kiosk could not save the check-in.
----------
Verdict title: the kiosk&apos;s appointment list is out of date.
----------
Verdict title: the kiosk&apos;s clock is wrong.</extracomment>
      <translation>Please see the staff</translation>
    </message>
    <message>
      <source>Your appointment: %1. Please go to the waiting area.</source>
      <extracomment>Verdict next step: admitted; %1 is the appointment time (HH:mm).
----------
Verdict next step: admitted; the booking was made after the last update of the kiosk.
----------
Verdict next step: staff admitted the person by an override; %1 is the appointment time.</extracomment>
      <translation>Your appointment: %1. Please go to the waiting area.</translation>
    </message>
    <message>
      <source>Your appointment was at %1. You are late, but you can still go ahead.</source>
      <extracomment>Verdict next step: admitted although late; %1 is the appointment time.</extracomment>
      <translation>Your appointment was at %1. You are late, but you can still go ahead.</translation>
    </message>
    <message>
      <source>Please show the QR code from your booking confirmation, or ask the staff at the desk.</source>
      <extracomment>Verdict next step: not a booking code.</extracomment>
      <translation>Please show the QR code from your booking confirmation, or ask the staff at the desk.</translation>
    </message>
    <message>
      <source>The staff at the desk will look up your booking with your name and date of birth.</source>
      <extracomment>Verdict next step: the booking is unknown here.</extracomment>
      <translation>The staff at the desk will look up your booking with your name and date of birth.</translation>
    </message>
    <message>
      <source>Your appointment is on %1 at %2. Please come back then.</source>
      <extracomment>Verdict next step: appointment on another day; %1 is the date, %2 the time.</extracomment>
      <translation>Your appointment is on %1 at %2. Please come back then.</translation>
    </message>
    <message>
      <source>Your appointment is at another vaccination center. The staff at the desk will tell you where.</source>
      <extracomment>Verdict next step: appointment at another vaccination center.</extracomment>
      <translation>Your appointment is at another vaccination center. The staff at the desk will tell you where.</translation>
    </message>
    <message>
      <source>Please come back at %1.</source>
      <extracomment>Verdict next step: too early; %1 is the time from which they are admitted.</extracomment>
      <translation>Please come back at %1.</translation>
    </message>
    <message>
      <source>Please go to the desk; the staff will find a new time for you.</source>
      <extracomment>Verdict next step: too late.</extracomment>
      <translation>Please go to the desk; the staff will find a new time for you.</translation>
    </message>
    <message>
      <source>This code was used today at %1. If this was not you, please go to the desk.</source>
      <extracomment>Verdict next step: code already used; %1 is the time of the earlier check-in.</extracomment>
      <translation>This code was used today at %1. If this was not you, please go to the desk.</translation>
    </message>
    <message>
      <source>Please go to the desk. The staff will help you book a new appointment.</source>
      <extracomment>Verdict next step: booking cancelled.</extracomment>
      <translation>Please go to the desk. The staff will help you book a new appointment.</translation>
    </message>
    <message>
      <source>Please go to the desk; the staff can complete your booking now.</source>
      <extracomment>Verdict next step: booking not completed.</extracomment>
      <translation>Please go to the desk; the staff can complete your booking now.</translation>
    </message>
    <message>
      <source>Please go to the desk with your ID. The staff will check your booking.</source>
      <extracomment>Verdict next step: the code cannot be verified.
----------
Verdict next step: signed with an unknown key.
----------
Verdict next step: signed with an expired key.
----------
Verdict next step: signed with a withdrawn key.</extracomment>
      <translation>Please go to the desk with your ID. The staff will check your booking.</translation>
    </message>
    <message>
      <source>The code could not be read. Please try again or go to the desk.</source>
      <extracomment>Verdict next step: the code could not be read.</extracomment>
      <translation>The code could not be read. Please try again or go to the desk.</translation>
    </message>
    <message>
      <source>This kiosk has a technical problem. The staff at the desk will help you.</source>
      <extracomment>Verdict next step: the kiosk could not save the check-in.</extracomment>
      <translation>This kiosk has a technical problem. The staff at the desk will help you.</translation>
    </message>
    <message>
      <source>This kiosk&apos;s appointment list is out of date. The staff at the desk will help you.</source>
      <extracomment>Verdict next step: the kiosk&apos;s data is out of date.</extracomment>
      <translation>This kiosk&apos;s appointment list is out of date. The staff at the desk will help you.</translation>
    </message>
    <message>
      <source>This kiosk&apos;s clock is wrong. The staff at the desk will help you.</source>
      <extracomment>Verdict next step: the kiosk&apos;s clock is wrong.</extracomment>
      <translation>This kiosk&apos;s clock is wrong. The staff at the desk will help you.</translation>
    </message>
    <message>
      <source>A little early</source>
      <extracomment>Verdict title: a little early; the person may wait inside.</extracomment>
      <translation>A little early</translation>
    </message>
    <message>
      <source>You are already checked in. Please go to the waiting area.</source>
      <extracomment>Verdict next step: already admitted here moments ago; shown again, nothing stored twice.</extracomment>
      <translation>You are already checked in. Please go to the waiting area.</translation>
    </message>
    <message>
      <source>Please wait in the waiting area until %1.</source>
      <extracomment>Verdict next step: slightly early; %1 is the time they will be called.</extracomment>
      <translation>Please wait in the waiting area until %1.</translation>
    </message>
    <message>
      <source>This code was replaced or withdrawn. Please go to the desk with your ID.</source>
      <extracomment>Verdict next step: the code was withdrawn.</extracomment>
      <translation>This code was replaced or withdrawn. Please go to the desk with your ID.</translation>
    </message>
  </context>
  <context>
    <name>ScanScreen</name>
    <message>
      <source>Please hold your booking QR code in front of the camera</source>
      <extracomment>Scan screen instruction to the citizen.</extracomment>
      <translation>Please hold your booking QR code in front of the camera</translation>
    </message>
    <message>
      <source>I have no code</source>
      <extracomment>Self-service: opens the lookup by name and date of birth.</extracomment>
      <translation>I have no code</translation>
    </message>
    <message>
      <source>Search booking</source>
      <extracomment>Staff: opens the search by name, date of birth or booking reference.</extracomment>
      <translation>Search booking</translation>
    </message>
    <message>
      <source>Staff area</source>
      <extracomment>Staff: opens the PIN-protected staff area.</extracomment>
      <translation>Staff area</translation>
    </message>
    <message>
      <source>Speech off</source>
      <extracomment>Accessibility button while speech output is on: turns it off.</extracomment>
      <translation>Speech off</translation>
    </message>
    <message>
      <source>Read aloud</source>
      <extracomment>Accessibility button: turns speech output on (plugging in headphones does too).</extracomment>
      <translation>Read aloud</translation>
    </message>
    <message>
      <source>Larger text</source>
      <extracomment>Accessibility button: larger text on every screen.</extracomment>
      <translation>Larger text</translation>
    </message>
    <message>
      <source>More contrast</source>
      <extracomment>Accessibility button: higher contrast (black on white).</extracomment>
      <translation>More contrast</translation>
    </message>
    <message>
      <source>Controls lower</source>
      <extracomment>Accessibility button: moves every control to the lower part of the screen (reach from a wheelchair).</extracomment>
      <translation>Controls lower</translation>
    </message>
  </context>
  <context>
    <name>SearchScreen</name>
    <message>
      <source>Type at least two characters.</source>
      <extracomment>Staff search error: the query is too short.</extracomment>
      <translation>Type at least two characters.</translation>
    </message>
    <message>
      <source>Check the person&apos;s ID first and tick the box.</source>
      <extracomment>Staff search error: check-in needs the ID check first.</extracomment>
      <translation>Check the person&apos;s ID first and tick the box.</translation>
    </message>
    <message>
      <source>Name, date of birth or booking reference</source>
      <extracomment>Staff search field placeholder.</extracomment>
      <translation>Name, date of birth or booking reference</translation>
    </message>
    <message>
      <source>Search</source>
      <extracomment>Staff search: starts the search.</extracomment>
      <translation>Search</translation>
    </message>
    <message>
      <source>Back</source>
      <extracomment>Staff search: back to scanning.</extracomment>
      <translation>Back</translation>
    </message>
    <message>
      <source>Searching …</source>
      <extracomment>Staff search: searching.</extracomment>
      <translation>Searching …</translation>
    </message>
    <message>
      <source>No booking matches.</source>
      <extracomment>Staff search: nothing matched.</extracomment>
      <translation>No booking matches.</translation>
    </message>
    <message>
      <source>The search failed. Please try again or call the technician.</source>
      <extracomment>Staff search: the store failed.</extracomment>
      <translation>The search failed. Please try again or call the technician.</translation>
    </message>
    <message>
      <source>ID checked</source>
      <extracomment>Staff: confirms the person&apos;s ID matches the booking.</extracomment>
      <translation>ID checked</translation>
    </message>
    <message>
      <source>Check in</source>
      <extracomment>Staff: check in the selected booking.</extracomment>
      <translation>Check in</translation>
    </message>
    <message>
      <source>Bookings found: %1</source>
      <extracomment>Staff search: how many bookings matched; %1 is the number.</extracomment>
      <translation>Bookings found: %1</translation>
    </message>
    <message>
      <source>The check-in failed. Please try again or call the technician.</source>
      <extracomment>Staff search: the check-in could not be stored.</extracomment>
      <translation>The check-in failed. Please try again or call the technician.</translation>
    </message>
    <message>
      <source>Check-in from the search is not available on this kiosk.</source>
      <extracomment>Staff search: this kiosk cannot check people in from the search (a self-service kiosk).</extracomment>
      <translation>Check-in from the search is not available on this kiosk.</translation>
    </message>
    <message>
      <source>The check-in can no longer be annulled.</source>
      <extracomment>Staff search: the annulment was refused (too late, or not an admission).</extracomment>
      <translation>The check-in can no longer be annulled.</translation>
    </message>
    <message>
      <source>Search is not available: the local database is not open.</source>
      <extracomment>Staff search: the kiosk cannot search (its database is not open).</extracomment>
      <translation>Search is not available: the local database is not open.</translation>
    </message>
    <message>
      <source>%1 · born %2</source>
      <extracomment>Staff search result row: %1 name, %2 date of birth.</extracomment>
      <translation>%1 · born %2</translation>
    </message>
    <message>
      <source>%1 %2 · %3 · %4</source>
      <extracomment>Staff search result row, after the person: %1 day (DD.MM.YYYY), %2 time, %3 booking reference, %4 status.</extracomment>
      <translation>%1 %2 · %3 · %4</translation>
    </message>
    <message>
      <source>Annul: %1</source>
      <extracomment>Staff search: annul the selected check-in; %1 is the reason.</extracomment>
      <translation>Annul: %1</translation>
    </message>
    <message>
      <source>Enter the person&apos;s family name.</source>
      <extracomment>Clearing case form error: the family name is empty or a single letter.</extracomment>
      <translation>Enter the person&apos;s family name.</translation>
    </message>
    <message>
      <source>Enter a real date of birth, for example 07.03.1950.</source>
      <extracomment>Clearing case form error: the date of birth is not a real date or lies in the future.</extracomment>
      <translation>Enter a real date of birth, for example 07.03.1950.</translation>
    </message>
    <message>
      <source>One of the fields is too long. Please shorten it.</source>
      <extracomment>Clearing case form error: one of the fields is longer than the desk can take.</extracomment>
      <translation>One of the fields is too long. Please shorten it.</translation>
    </message>
    <message>
      <source>The case could not be opened. Please try again or call the technician.</source>
      <extracomment>Clearing case form error: the case could not be stored on this kiosk.</extracomment>
      <translation>The case could not be opened. Please try again or call the technician.</translation>
    </message>
    <message>
      <source>Open a clearing case</source>
      <extracomment>Staff search: opens a clearing case for a person whose booking is not found.</extracomment>
      <translation>Open a clearing case</translation>
    </message>
    <message>
      <source>Clearing case: the central desk resolves it and the person is then admitted here.</source>
      <extracomment>Clearing case form: what it is for, above the fields.</extracomment>
      <translation>Clearing case: the central desk resolves it and the person is then admitted here.</translation>
    </message>
    <message>
      <source>Opening the case …</source>
      <extracomment>Clearing case form: the case is being stored.</extracomment>
      <translation>Opening the case …</translation>
    </message>
    <message>
      <source>Given name</source>
      <extracomment>Clearing case form: label of the given name field.</extracomment>
      <translation>Given name</translation>
    </message>
    <message>
      <source>Family name (required)</source>
      <extracomment>Clearing case form: label of the family name field (required).</extracomment>
      <translation>Family name (required)</translation>
    </message>
    <message>
      <source>Date of birth, DD.MM.YYYY (required)</source>
      <extracomment>Clearing case form: label of the date of birth field (required), with its format.</extracomment>
      <translation>Date of birth, DD.MM.YYYY (required)</translation>
    </message>
    <message>
      <source>Phone or e-mail, if the person wants to give one</source>
      <extracomment>Clearing case form: label of the contact field; only what the person wants to give.</extracomment>
      <translation>Phone or e-mail, if the person wants to give one</translation>
    </message>
    <message>
      <source>What happened (for example: booked online, never got a code)</source>
      <extracomment>Clearing case form: label of the field for what the person says happened.</extracomment>
      <translation>What happened (for example: booked online, never got a code)</translation>
    </message>
    <message>
      <source>Open case</source>
      <extracomment>Clearing case form: stores the case and shows its ticket number.</extracomment>
      <translation>Open case</translation>
    </message>
    <message>
      <source>Cancel</source>
      <extracomment>Clearing case form: back to the search without opening a case.</extracomment>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Clearing case opened</source>
      <extracomment>Clearing case opened: heading above the ticket number.</extracomment>
      <translation>Clearing case opened</translation>
    </message>
    <message>
      <source>Give the person this number, or let them photograph the code. The central desk resolves the case; then the person is admitted here by the code, the number or a search.</source>
      <extracomment>Clearing case opened: what to tell the person.</extracomment>
      <translation>Give the person this number, or let them photograph the code. The central desk resolves the case; then the person is admitted here by the code, the number or a search.</translation>
    </message>
    <message>
      <source>Done</source>
      <extracomment>Clearing case opened: back to the search.</extracomment>
      <translation>Done</translation>
    </message>
    <message>
      <source>Printed – print again</source>
      <extracomment>Clearing case opened: the ticket was printed; a tap prints another.</extracomment>
      <translation>Printed – print again</translation>
    </message>
    <message>
      <source>Printing failed – try again</source>
      <extracomment>Clearing case opened: printing the ticket failed; a tap tries again.</extracomment>
      <translation>Printing failed – try again</translation>
    </message>
    <message>
      <source>Print this number</source>
      <extracomment>Clearing case opened: prints the ticket (number and code) for the person.</extracomment>
      <translation>Print this number</translation>
    </message>
  </context>
  <context>
    <name>SetupScreen</name>
    <message>
      <source>⚙ This kiosk needs to be set up</source>
      <extracomment>Setup screen title shown when the kiosk is not configured; for technicians.</extracomment>
      <translation>⚙ This kiosk needs to be set up</translation>
    </message>
  </context>
  <context>
    <name>StaffNav</name>
    <message>
      <source>Today</source>
      <extracomment>Staff area tab: today&apos;s figures, sync and clearing cases.</extracomment>
      <translation>Today</translation>
    </message>
    <message>
      <source>Technician</source>
      <extracomment>Staff area tab: the technician page.</extracomment>
      <translation>Technician</translation>
    </message>
    <message>
      <source>Lock and leave</source>
      <extracomment>Staff area: leave and lock.</extracomment>
      <translation>Lock and leave</translation>
    </message>
  </context>
  <context>
    <name>StaffTexts</name>
    <message>
      <source>Admitted</source>
      <extracomment>Staff verdict title: admitted by the rules.</extracomment>
      <translation>Admitted</translation>
    </message>
    <message>
      <source>Admitted, late within the grace period</source>
      <extracomment>Staff verdict title: admitted inside the grace period after the slot.</extracomment>
      <translation>Admitted, late within the grace period</translation>
    </message>
    <message>
      <source>Admitted, booking newer than the local list</source>
      <extracomment>Staff verdict title: admitted on a valid signed code that is not yet in the local list.</extracomment>
      <translation>Admitted, booking newer than the local list</translation>
    </message>
    <message>
      <source>Already admitted here moments ago</source>
      <extracomment>Staff verdict title: the same code again at this kiosk right after its admission.</extracomment>
      <translation>Already admitted here moments ago</translation>
    </message>
    <message>
      <source>Admitted by staff override</source>
      <extracomment>Staff verdict title: admitted by a staff override.</extracomment>
      <translation>Admitted by staff override</translation>
    </message>
    <message>
      <source>A little early: may wait inside</source>
      <extracomment>Staff verdict title: a little early; the person may wait inside.</extracomment>
      <translation>A little early: may wait inside</translation>
    </message>
    <message>
      <source>Code withdrawn</source>
      <extracomment>Staff verdict title: the code was withdrawn in the key list.</extracomment>
      <translation>Code withdrawn</translation>
    </message>
    <message>
      <source>Not a booking code</source>
      <extracomment>Staff verdict title: some other QR code (a link, a payment code).</extracomment>
      <translation>Not a booking code</translation>
    </message>
    <message>
      <source>Booking not in the local list</source>
      <extracomment>Staff verdict title: the booking is not in the local list.</extracomment>
      <translation>Booking not in the local list</translation>
    </message>
    <message>
      <source>Booked for another day</source>
      <extracomment>Staff verdict title: booked for another day.</extracomment>
      <translation>Booked for another day</translation>
    </message>
    <message>
      <source>Booked at another center</source>
      <extracomment>Staff verdict title: booked at another center.</extracomment>
      <translation>Booked at another center</translation>
    </message>
    <message>
      <source>Too early</source>
      <extracomment>Staff verdict title: too early for the slot.</extracomment>
      <translation>Too early</translation>
    </message>
    <message>
      <source>Too late</source>
      <extracomment>Staff verdict title: later than the grace period.</extracomment>
      <translation>Too late</translation>
    </message>
    <message>
      <source>Already checked in</source>
      <extracomment>Staff verdict title: this booking was checked in before.</extracomment>
      <translation>Already checked in</translation>
    </message>
    <message>
      <source>Booking cancelled</source>
      <extracomment>Staff verdict title: the booking was cancelled.</extracomment>
      <translation>Booking cancelled</translation>
    </message>
    <message>
      <source>Booking never confirmed</source>
      <extracomment>Staff verdict title: a booking attempt that was never confirmed.</extracomment>
      <translation>Booking never confirmed</translation>
    </message>
    <message>
      <source>Code forged or damaged</source>
      <extracomment>Staff verdict title: the code&apos;s signature does not verify.</extracomment>
      <translation>Code forged or damaged</translation>
    </message>
    <message>
      <source>Code signed with an unknown key</source>
      <extracomment>Staff verdict title: signed with a key the kiosk does not know.</extracomment>
      <translation>Code signed with an unknown key</translation>
    </message>
    <message>
      <source>Code signed with an expired key</source>
      <extracomment>Staff verdict title: signed with a key outside its validity.</extracomment>
      <translation>Code signed with an expired key</translation>
    </message>
    <message>
      <source>Code signed with a withdrawn key</source>
      <extracomment>Staff verdict title: signed with a withdrawn key.</extracomment>
      <translation>Code signed with a withdrawn key</translation>
    </message>
    <message>
      <source>Code unreadable</source>
      <extracomment>Staff verdict title: the code could not be read.</extracomment>
      <translation>Code unreadable</translation>
    </message>
    <message>
      <source>Technical problem: database</source>
      <extracomment>Staff verdict title: the local database failed.</extracomment>
      <translation>Technical problem: database</translation>
    </message>
    <message>
      <source>Technical problem: data out of date</source>
      <extracomment>Staff verdict title: the local data is out of date.</extracomment>
      <translation>Technical problem: data out of date</translation>
    </message>
    <message>
      <source>Technical problem: clock wrong</source>
      <extracomment>Staff verdict title: the kiosk clock is wrong.</extracomment>
      <translation>Technical problem: clock wrong</translation>
    </message>
    <message>
      <source>Compare the date of birth with the ID card, then send the person to the waiting area.</source>
      <extracomment>Staff verdict: what to do after an admission.</extracomment>
      <translation>Compare the date of birth with the ID card, then send the person to the waiting area.</translation>
    </message>
    <message>
      <source>Compare the date of birth with the ID card; the person is late but within the grace period.</source>
      <extracomment>Staff verdict: what to do after a late admission.</extracomment>
      <translation>Compare the date of birth with the ID card; the person is late but within the grace period.</translation>
    </message>
    <message>
      <source>Stored with your override reason. Send the person to the waiting area.</source>
      <extracomment>Staff verdict: what to do after an override.</extracomment>
      <translation>Stored with your override reason. Send the person to the waiting area.</translation>
    </message>
    <message>
      <source>Let the person wait inside until the time shown, or admit now with an override.</source>
      <extracomment>Staff verdict: slightly early.</extracomment>
      <translation>Let the person wait inside until the time shown, or admit now with an override.</translation>
    </message>
    <message>
      <source>Ask for the QR code of the booking confirmation, or search by name.</source>
      <extracomment>Staff verdict: not a booking code.</extracomment>
      <translation>Ask for the QR code of the booking confirmation, or search by name.</translation>
    </message>
    <message>
      <source>Do not admit on this code. Check the ID and search the booking by name and date of birth.</source>
      <extracomment>Staff verdict: unknown booking, or a code that cannot be trusted.</extracomment>
      <translation>Do not admit on this code. Check the ID and search the booking by name and date of birth.</translation>
    </message>
    <message>
      <source>Tell the person the booked day, or admit today with an override if the center has room.</source>
      <extracomment>Staff verdict: wrong day.</extracomment>
      <translation>Tell the person the booked day, or admit today with an override if the center has room.</translation>
    </message>
    <message>
      <source>Tell the person which center the booking is for, or admit here with an override.</source>
      <extracomment>Staff verdict: wrong center.</extracomment>
      <translation>Tell the person which center the booking is for, or admit here with an override.</translation>
    </message>
    <message>
      <source>Ask the person to come back at the time shown, or admit now with an override.</source>
      <extracomment>Staff verdict: too early.</extracomment>
      <translation>Ask the person to come back at the time shown, or admit now with an override.</translation>
    </message>
    <message>
      <source>Find a new time with the person, or admit now with an override.</source>
      <extracomment>Staff verdict: too late.</extracomment>
      <translation>Find a new time with the person, or admit now with an override.</translation>
    </message>
    <message>
      <source>Check the ID: if this is the booked person, the earlier check-in may have been someone else. Search to see it.</source>
      <extracomment>Staff verdict: already checked in.</extracomment>
      <translation>Check the ID: if this is the booked person, the earlier check-in may have been someone else. Search to see it.</translation>
    </message>
    <message>
      <source>Help the person book a new appointment; a cancelled booking cannot be admitted.</source>
      <extracomment>Staff verdict: cancelled.</extracomment>
      <translation>Help the person book a new appointment; a cancelled booking cannot be admitted.</translation>
    </message>
    <message>
      <source>Search the booking and check the person in: the kiosk confirms it when today&apos;s capacity allows.</source>
      <extracomment>Staff verdict: never confirmed.</extracomment>
      <translation>Search the booking and check the person in: the kiosk confirms it when today&apos;s capacity allows.</translation>
    </message>
    <message>
      <source>Ask the person to hold the code flat and still, or search by name.</source>
      <extracomment>Staff verdict: unreadable.</extracomment>
      <translation>Ask the person to hold the code flat and still, or search by name.</translation>
    </message>
    <message>
      <source>Nothing can be stored. Write arrivals down on paper and call the technician.</source>
      <extracomment>Staff verdict: database failure.</extracomment>
      <translation>Nothing can be stored. Write arrivals down on paper and call the technician.</translation>
    </message>
    <message>
      <source>Confirm bookings by the ID and the central system, and check the sync on the technician page.</source>
      <extracomment>Staff verdict: stale data.</extracomment>
      <translation>Confirm bookings by the ID and the central system, and check the sync on the technician page.</translation>
    </message>
    <message>
      <source>Time rules cannot be applied. Call the technician to fix the kiosk clock.</source>
      <extracomment>Staff verdict: wrong clock.</extracomment>
      <translation>Time rules cannot be applied. Call the technician to fix the kiosk clock.</translation>
    </message>
    <message>
      <source>The code is incomplete or altered.</source>
      <extracomment>Staff verdict detail: the code&apos;s text is cut or altered.</extracomment>
      <translation>The code is incomplete or altered.</translation>
    </message>
    <message>
      <source>The signature does not match key %1.</source>
      <extracomment>Staff verdict detail: the signature does not match; %1 is the key number.</extracomment>
      <translation>The signature does not match key %1.</translation>
    </message>
    <message>
      <source>This kiosk has no valid key list yet.</source>
      <extracomment>Staff verdict detail: no key list on this kiosk.</extracomment>
      <translation>This kiosk has no valid key list yet.</translation>
    </message>
    <message>
      <source>The kiosk&apos;s key list has expired.</source>
      <extracomment>Staff verdict detail: the key list has expired.</extracomment>
      <translation>The kiosk&apos;s key list has expired.</translation>
    </message>
    <message>
      <source>Key %1 is not in the key list.</source>
      <extracomment>Staff verdict detail: the key is not in the key list; %1 is the key number.</extracomment>
      <translation>Key %1 is not in the key list.</translation>
    </message>
    <message>
      <source>Key %1 was withdrawn.</source>
      <extracomment>Staff verdict detail: the key was withdrawn; %1 is the key number.</extracomment>
      <translation>Key %1 was withdrawn.</translation>
    </message>
    <message>
      <source>Key %1 is valid from %2 to %3 only.</source>
      <extracomment>Staff verdict detail: %1 key number, %2 and %3 the dates (DD.MM.YYYY) the key is valid.</extracomment>
      <translation>Key %1 is valid from %2 to %3 only.</translation>
    </message>
    <message>
      <source>Key %1 may not sign codes for center %2.</source>
      <extracomment>Staff verdict detail: %1 key number, %2 the center code the code names.</extracomment>
      <translation>Key %1 may not sign codes for center %2.</translation>
    </message>
    <message>
      <source>This code was replaced by a new one.</source>
      <extracomment>Staff verdict detail: this one code was withdrawn (a new one was issued).</extracomment>
      <translation>This code was replaced by a new one.</translation>
    </message>
    <message>
      <source>The kiosk clock differs from the central system by %1 s.</source>
      <extracomment>Staff verdict detail: %1 is how many seconds the kiosk clock differs from the hub&apos;s.</extracomment>
      <translation>The kiosk clock differs from the central system by %1 s.</translation>
    </message>
    <message>
      <source>The local appointment list is for %1.</source>
      <extracomment>Staff verdict detail: %1 is the day (DD.MM.YYYY) the local appointment list is for.</extracomment>
      <translation>The local appointment list is for %1.</translation>
    </message>
    <message>
      <source>The local database refused to store the decision.</source>
      <extracomment>Staff verdict detail: the database refused to store.</extracomment>
      <translation>The local database refused to store the decision.</translation>
    </message>
    <message>
      <source>No capacity left today: open a clearing case.</source>
      <extracomment>Staff verdict detail: no capacity left to confirm a booking attempt.</extracomment>
      <translation>No capacity left today: open a clearing case.</translation>
    </message>
    <message>
      <source>Late, admitted anyway</source>
      <extracomment>Staff override reason: the center takes the late person anyway.</extracomment>
      <translation>Late, admitted anyway</translation>
    </message>
    <message>
      <source>Early, there is room now</source>
      <extracomment>Staff override reason: the center has room now.</extracomment>
      <translation>Early, there is room now</translation>
    </message>
    <message>
      <source>Other day, taken today</source>
      <extracomment>Staff override reason: booked for another day, taken today.</extracomment>
      <translation>Other day, taken today</translation>
    </message>
    <message>
      <source>Other center, taken here</source>
      <extracomment>Staff override reason: booked at another center, taken here.</extracomment>
      <translation>Other center, taken here</translation>
    </message>
    <message>
      <source>Scanned by mistake</source>
      <extracomment>Staff annulment reason: the code was scanned by mistake.</extracomment>
      <translation>Scanned by mistake</translation>
    </message>
    <message>
      <source>Not the booked person</source>
      <extracomment>Staff annulment reason: the ID shows it is not the booked person.</extracomment>
      <translation>Not the booked person</translation>
    </message>
    <message>
      <source>confirmed</source>
      <extracomment>Staff search row status: a confirmed booking.</extracomment>
      <translation>confirmed</translation>
    </message>
    <message>
      <source>never confirmed</source>
      <extracomment>Staff search row status: a booking attempt that was never confirmed.</extracomment>
      <translation>never confirmed</translation>
    </message>
    <message>
      <source>checked in at %1 by kiosk %2</source>
      <extracomment>Staff search row status: %1 time (HH:mm), %2 the kiosk that checked the person in.</extracomment>
      <translation>checked in at %1 by kiosk %2</translation>
    </message>
    <message>
      <source>cancelled</source>
      <extracomment>Staff search row status: the booking was cancelled.</extracomment>
      <translation>cancelled</translation>
    </message>
    <message>
      <source>other center</source>
      <extracomment>Staff search row status: booked at another center.</extracomment>
      <translation>other center</translation>
    </message>
    <message>
      <source>Camera starting</source>
      <extracomment>Camera state: opening the camera.</extracomment>
      <translation>Camera starting</translation>
    </message>
    <message>
      <source>Camera running</source>
      <extracomment>Camera state: frames arrive.</extracomment>
      <translation>Camera running</translation>
    </message>
    <message>
      <source>Camera not available, retrying</source>
      <extracomment>Camera state: no usable frames; the kiosk retries.</extracomment>
      <translation>Camera not available, retrying</translation>
    </message>
    <message>
      <source>Camera video ended</source>
      <extracomment>Camera state: the video file or image sequence played to its end (demo or test camera).</extracomment>
      <translation>Camera video ended</translation>
    </message>
    <message>
      <source>Testing the connection …</source>
      <extracomment>Sync test: running.</extracomment>
      <translation>Testing the connection …</translation>
    </message>
    <message>
      <source>Reached the central system in %1 ms; this kiosk is accepted. Clock difference: %2 s.</source>
      <extracomment>Sync test result: %1 round trip in milliseconds, %2 clock difference in seconds.</extracomment>
      <translation>Reached the central system in %1 ms; this kiosk is accepted. Clock difference: %2 s.</translation>
    </message>
    <message>
      <source>Nothing answers at the sync address. Check the network and sync.url.</source>
      <extracomment>Sync test result: nothing answers.</extracomment>
      <translation>Nothing answers at the sync address. Check the network and sync.url.</translation>
    </message>
    <message>
      <source>The central system did not answer in time. Check the network.</source>
      <extracomment>Sync test result: timeout.</extracomment>
      <translation>The central system did not answer in time. Check the network.</translation>
    </message>
    <message>
      <source>The central system&apos;s certificate is not trusted. Check the certificate settings.</source>
      <extracomment>Sync test result: TLS problem.</extracomment>
      <translation>The central system&apos;s certificate is not trusted. Check the certificate settings.</translation>
    </message>
    <message>
      <source>The central system refused this kiosk&apos;s token. Check the token file.</source>
      <extracomment>Sync test result: token refused.</extracomment>
      <translation>The central system refused this kiosk&apos;s token. Check the token file.</translation>
    </message>
    <message>
      <source>Something answered, but not as the central system. Check sync.url.</source>
      <extracomment>Sync test result: an error answer.</extracomment>
      <translation>Something answered, but not as the central system. Check sync.url.</translation>
    </message>
    <message>
      <source>appointments current</source>
      <extracomment>Sync data state: current.</extracomment>
      <translation>appointments current</translation>
    </message>
    <message>
      <source>appointments out of date</source>
      <extracomment>Sync data state: not updated for a while.</extracomment>
      <translation>appointments out of date</translation>
    </message>
    <message>
      <source>appointments of another day</source>
      <extracomment>Sync data state: for another day.</extracomment>
      <translation>appointments of another day</translation>
    </message>
    <message>
      <source>appointments never downloaded</source>
      <extracomment>Sync data state: never downloaded.</extracomment>
      <translation>appointments never downloaded</translation>
    </message>
  </context>
  <context>
    <name>StaffVerdict</name>
    <message>
      <source>born %1</source>
      <extracomment>Staff verdict: the date of birth to compare with the ID card; %1 is DD.MM.YYYY.</extracomment>
      <translation>born %1</translation>
    </message>
    <message>
      <source>booked %1 at %2</source>
      <extracomment>Staff verdict: the booked day and time; %1 DD.MM.YYYY, %2 HH:mm.</extracomment>
      <translation>booked %1 at %2</translation>
    </message>
    <message>
      <source>Earlier check-in at %1 by kiosk %2</source>
      <extracomment>Staff verdict: %1 the time (HH:mm) and %2 the kiosk of the earlier check-in.</extracomment>
      <translation>Earlier check-in at %1 by kiosk %2</translation>
    </message>
    <message>
      <source>Booked at: %1</source>
      <extracomment>Staff verdict: the other center&apos;s name; %1 is the name.</extracomment>
      <translation>Booked at: %1</translation>
    </message>
    <message>
      <source>Admitted from %1</source>
      <extracomment>Staff verdict: %1 is the time the person may go in (HH:mm).</extracomment>
      <translation>Admitted from %1</translation>
    </message>
    <message>
      <source>Note (optional)</source>
      <extracomment>Staff verdict: placeholder of the optional note to an override.</extracomment>
      <translation>Note (optional)</translation>
    </message>
    <message>
      <source>Admit: %1</source>
      <extracomment>Staff verdict: admit against the rules, with the reason shown; %1 is the reason.</extracomment>
      <translation>Admit: %1</translation>
    </message>
    <message>
      <source>Annul: %1</source>
      <extracomment>Staff verdict: annul the check-in just made; %1 is the reason.</extracomment>
      <translation>Annul: %1</translation>
    </message>
    <message>
      <source>Search</source>
      <extracomment>Staff verdict: open the search by name and date of birth.</extracomment>
      <translation>Search</translation>
    </message>
    <message>
      <source>Next</source>
      <extracomment>Staff verdict: done with this person, back to scanning or to the search.</extracomment>
      <translation>Next</translation>
    </message>
  </context>
  <context>
    <name>StatusStrip</name>
    <message>
      <source>Offline mode</source>
      <extracomment>Status strip: this kiosk works only with its local data (no sync configured).</extracomment>
      <translation>Offline mode</translation>
    </message>
    <message>
      <source>⚠ Data out of date (last sync %1)</source>
      <extracomment>Status strip warning: the appointment list is old; %1 is the time of the last sync.</extracomment>
      <translation>⚠ Data out of date (last sync %1)</translation>
    </message>
    <message>
      <source>Online, last sync %1</source>
      <extracomment>Status strip: connected; %1 is the time of the last sync.</extracomment>
      <translation>Online, last sync %1</translation>
    </message>
    <message>
      <source>⚠ Camera not available</source>
      <extracomment>Status strip: the camera cannot be read; staff must check it.</extracomment>
      <translation>⚠ Camera not available</translation>
    </message>
    <message>
      <source>Camera ready</source>
      <extracomment>Status strip: the camera works.</extracomment>
      <translation>Camera ready</translation>
    </message>
    <message>
      <source>Connecting to the central system …</source>
      <extracomment>Status strip: sync configured, the first exchange with the central system is under way.</extracomment>
      <translation>Connecting to the central system …</translation>
    </message>
    <message>
      <source>⚠ Offline since %1, %2 waiting</source>
      <extracomment>Status strip warning: no connection to the central system; %1 is the time since when, %2 the check-ins waiting to be sent.</extracomment>
      <translation>⚠ Offline since %1, %2 waiting</translation>
    </message>
    <message>
      <source>⚠ Appointment list is from another day</source>
      <extracomment>Status strip warning: the appointment list on this kiosk is for another day.</extracomment>
      <translation>⚠ Appointment list is from another day</translation>
    </message>
  </context>
  <context>
    <name>TechnicianScreen</name>
    <message>
      <source>Test sync</source>
      <extracomment>Technician: tests the connection to the central system.</extracomment>
      <translation>Test sync</translation>
    </message>
    <message>
      <source>Version: %1</source>
      <extracomment>Technician: program version.</extracomment>
      <translation>Version: %1</translation>
    </message>
    <message>
      <source>Free disk space: %1</source>
      <extracomment>Technician: free disk space of the data directory.</extracomment>
      <translation>Free disk space: %1</translation>
    </message>
    <message>
      <source>Database size: %1</source>
      <extracomment>Technician: size of the database file.</extracomment>
      <translation>Database size: %1</translation>
    </message>
    <message>
      <source>Database: %1</source>
      <extracomment>Technician: database state (technical text).</extracomment>
      <translation>Database: %1</translation>
    </message>
    <message>
      <source>online</source>
      <extracomment>Technician: the sync reached the hub at its last exchange.</extracomment>
      <translation>online</translation>
    </message>
    <message>
      <source>offline</source>
      <extracomment>Technician: the sync did not reach the hub at its last exchange.</extracomment>
      <translation>offline</translation>
    </message>
    <message>
      <source>%1 · %2 frames/s decoded · %3 codes in the last minute</source>
      <extracomment>Technician: camera state, frames decoded per second and codes read in the last minute; %1 state, %2 frames per second, %3 codes.</extracomment>
      <translation>%1 · %2 frames/s decoded · %3 codes in the last minute</translation>
    </message>
    <message>
      <source>No sync address is configured (sync.url); this kiosk works from its own data.</source>
      <extracomment>Technician: no hub address is configured, so there is nothing to test.</extracomment>
      <translation>No sync address is configured (sync.url); this kiosk works from its own data.</translation>
    </message>
    <message>
      <source>Kiosk: %1</source>
      <extracomment>Technician: the kiosk&apos;s id (kiosk.id in the config).</extracomment>
      <translation>Kiosk: %1</translation>
    </message>
    <message>
      <source>Sync: %1, last complete %2, %3 waiting to be sent, %4</source>
      <extracomment>Technician: sync state; %1 online or offline, %2 the last complete sync, %3 items waiting, %4 the data state.</extracomment>
      <translation>Sync: %1, last complete %2, %3 waiting to be sent, %4</translation>
    </message>
    <message>
      <source>Sync: not configured</source>
      <extracomment>Technician: no hub configured.</extracomment>
      <translation>Sync: not configured</translation>
    </message>
  </context>
  <context>
    <name>VerdictScreen</name>
    <message>
      <source>Slip printed – print again</source>
      <extracomment>Verdict screen: the check-in slip was printed; a tap prints another.</extracomment>
      <translation>Slip printed – print again</translation>
    </message>
    <message>
      <source>Printing failed – try again</source>
      <extracomment>Verdict screen: printing failed; a tap tries again.</extracomment>
      <translation>Printing failed – try again</translation>
    </message>
    <message>
      <source>Print slip</source>
      <extracomment>Verdict screen: prints a check-in slip (time, initials, appointment, queue number).</extracomment>
      <translation>Print slip</translation>
    </message>
    <message>
      <source>Done</source>
      <extracomment>Verdict screen: closes the verdict and goes back to the start (a touch elsewhere keeps it longer).</extracomment>
      <translation>Done</translation>
    </message>
  </context>
</TS>
