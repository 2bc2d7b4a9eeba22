<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>FiguresScreen</name>
    <message>
      <source>expected today</source>
      <translation>expected today</translation>
    </message>
    <message>
      <source>admitted here</source>
      <translation>admitted here</translation>
    </message>
    <message>
      <source>still to come</source>
      <translation>still to come</translation>
    </message>
    <message>
      <source>turned away here</source>
      <translation>turned away here</translation>
    </message>
    <message>
      <source>Admitted per hour: %1</source>
      <extracomment>Staff figures: arrivals per hour; %1 is a list like "09:00 12 · 10:00 20".</extracomment>
      <translation>Admitted per hour: %1</translation>
    </message>
    <message>
      <source>Counts from this kiosk since it started. No-shows by hour and the center's totals are not available on this kiosk yet.</source>
      <extracomment>Staff figures: the counts cover this kiosk only; no-shows need the center's data.</extracomment>
      <translation>Counts from this kiosk since it started. No-shows by hour and the center's totals are not available on this kiosk yet.</translation>
    </message>
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
      <translation>online</translation>
    </message>
    <message>
      <source>offline</source>
      <translation>offline</translation>
    </message>
    <message>
      <source>Open clearing cases: not available on this kiosk yet.</source>
      <extracomment>Staff figures: the list of open clearing cases is not available on this kiosk yet.</extracomment>
      <translation>Open clearing cases: not available on this kiosk yet.</translation>
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
      <source>Your ticket number</source>
      <extracomment>Lookup screen title on the clearing ticket.</extracomment>
      <translation>Your ticket number</translation>
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
      <extracomment>Lookup: the one matching booking, masked. %1 given name, %2 initial of the family name, %3 year of birth, %4 appointment time. Example: "Anna M., born 1950, 10:30".</extracomment>
      <translation>%1 %2., born %3, appointment at %4</translation>
    </message>
    <message>
      <source>Searching …</source>
      <extracomment>Lookup: shown while searching.</extracomment>
      <translation>Searching …</translation>
    </message>
    <message>
      <source>Please take a ticket. The staff at the desk will help you with it.</source>
      <extracomment>Lookup: no booking matched; offers a ticket for the desk.</extracomment>
      <translation>Please take a ticket. The staff at the desk will help you with it.</translation>
    </message>
    <message>
      <source>This kiosk cannot look up bookings. The staff at the desk will help you.</source>
      <extracomment>Lookup: the kiosk cannot look up bookings.</extracomment>
      <translation>This kiosk cannot look up bookings. The staff at the desk will help you.</translation>
    </message>
    <message>
      <source>Please go to the information desk and show this number. The staff will sort out your booking.</source>
      <extracomment>Lookup: where to go with the ticket.</extracomment>
      <translation>Please go to the information desk and show this number. The staff will sort out your booking.</translation>
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
      <extracomment>Lookup: the shown booking is not theirs, or nothing was found: get a ticket.</extracomment>
      <translation>No, that is not me</translation>
    </message>
    <message>
      <source>Get a ticket</source>
      <translation>Get a ticket</translation>
    </message>
    <message>
      <source>Done</source>
      <extracomment>Lookup: back to the scan screen.</extracomment>
      <translation>Done</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Back</translation>
    </message>
    <message>
      <source>Please wait %1 s before searching again, or ask the staff at the desk.</source>
      <extracomment>Lookup: too many unsuccessful searches; %1 seconds until the next one.</extracomment>
      <translation>Please wait %1 s before searching again, or ask the staff at the desk.</translation>
    </message>
    <message>
      <source>Please go to the desk; the staff will check you in.</source>
      <extracomment>Lookup: the person was found but this kiosk cannot check them in.</extracomment>
      <translation>Please go to the desk; the staff will check you in.</translation>
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
    <name>Reasons</name>
    <message>
      <source>Welcome – please go ahead</source>
      <extracomment>Verdict title: the person may enter.
----------
Verdict title: admitted although after the appointment time.
----------
Verdict title: admitted; the booking is newer than the kiosk's data.
----------
Verdict title: the same person was just admitted at this kiosk and scanned again.</extracomment>
      <translation>Welcome – please go ahead</translation>
    </message>
    <message>
      <source>This is not a booking code</source>
      <extracomment>Verdict title: the scanned QR code is something else (a link, a payment code).</extracomment>
      <translation>This is not a booking code</translation>
    </message>
    <message>
      <source>Booking not found</source>
      <extracomment>Verdict title: the booking is not in the kiosk's list.</extracomment>
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
      <extracomment>Verdict title: the code's signature does not match (forged or damaged).
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
Verdict title: the kiosk's appointment list is out of date.
----------
Verdict title: the kiosk's clock is wrong.</extracomment>
      <translation>Please see the staff</translation>
    </message>
    <message>
      <source>Your appointment: %1. Please go to the waiting area.</source>
      <extracomment>Verdict next step: admitted; %1 is the appointment time (HH:mm).
----------
Verdict next step: admitted; the booking was made after the last update of the kiosk.</extracomment>
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
      <source>This kiosk's appointment list is out of date. The staff at the desk will help you.</source>
      <extracomment>Verdict next step: the kiosk's data is out of date.</extracomment>
      <translation>This kiosk's appointment list is out of date. The staff at the desk will help you.</translation>
    </message>
    <message>
      <source>This kiosk's clock is wrong. The staff at the desk will help you.</source>
      <extracomment>Verdict next step: the kiosk's clock is wrong.</extracomment>
      <translation>This kiosk's clock is wrong. The staff at the desk will help you.</translation>
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
  </context>
  <context>
    <name>SearchScreen</name>
    <message>
      <source>Type at least two characters.</source>
      <extracomment>Staff search error: the query is too short.</extracomment>
      <translation>Type at least two characters.</translation>
    </message>
    <message>
      <source>Check the person's ID first and tick the box.</source>
      <extracomment>Staff search error: check-in needs the ID check first.</extracomment>
      <translation>Check the person's ID first and tick the box.</translation>
    </message>
    <message>
      <source>An override needs a reason.</source>
      <extracomment>Staff search error: an override needs a reason.</extracomment>
      <translation>An override needs a reason.</translation>
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
      <source>Search is not available on this kiosk yet.</source>
      <extracomment>Staff search: the kiosk has no search back end yet.</extracomment>
      <translation>Search is not available on this kiosk yet.</translation>
    </message>
    <message>
      <source>%1 · born %2 · %3 · %4</source>
      <extracomment>Staff search result row: %1 name, %2 date of birth, %3 booking reference, %4 appointment time.</extracomment>
      <translation>%1 · born %2 · %3 · %4</translation>
    </message>
    <message>
      <source>ID checked</source>
      <extracomment>Staff: confirms the person's ID matches the booking.</extracomment>
      <translation>ID checked</translation>
    </message>
    <message>
      <source>Check in</source>
      <extracomment>Staff: check in the selected booking.</extracomment>
      <translation>Check in</translation>
    </message>
    <message>
      <source>Reason for the override</source>
      <extracomment>Staff: placeholder of the mandatory override reason.</extracomment>
      <translation>Reason for the override</translation>
    </message>
    <message>
      <source>Admit anyway</source>
      <extracomment>Staff: admit despite a reject verdict, with the reason typed beside it.</extracomment>
      <translation>Admit anyway</translation>
    </message>
    <message>
      <source>Bookings found: %1</source>
      <extracomment>Staff search: how many bookings matched; %1 is the number.</extracomment>
      <translation>Bookings found: %1</translation>
    </message>
    <message>
      <source>Check-in from the search is not available on this kiosk yet.</source>
      <extracomment>Staff search: checking in from a search result needs the resolution flow, not on this kiosk yet.</extracomment>
      <translation>Check-in from the search is not available on this kiosk yet.</translation>
    </message>
    <message>
      <source>The check-in failed. Please try again or call the technician.</source>
      <extracomment>Staff search: the check-in could not be stored.</extracomment>
      <translation>The check-in failed. Please try again or call the technician.</translation>
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
      <extracomment>Staff area tab: today's figures, sync and clearing cases.</extracomment>
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
    <name>StatusStrip</name>
    <message>
      <source>Offline mode</source>
      <extracomment>Status strip: this kiosk works only with its local data (no sync configured).</extracomment>
      <translation>Offline mode</translation>
    </message>
    <message>
      <source>Sync state unknown</source>
      <extracomment>Status strip: sync configured but its state is not known yet.</extracomment>
      <translation>Sync state unknown</translation>
    </message>
    <message>
      <source>⚠ Data out of date (last sync %1)</source>
      <extracomment>Status strip warning: the appointment list is old; %1 is the time of the last sync.</extracomment>
      <translation>⚠ Data out of date (last sync %1)</translation>
    </message>
    <message>
      <source>⚠ Offline</source>
      <extracomment>Status strip warning: no connection to the central system.</extracomment>
      <translation>⚠ Offline</translation>
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
  </context>
  <context>
    <name>TechnicianScreen</name>
    <message>
      <source>Camera: %1, %2 codes per minute</source>
      <extracomment>Technician: camera state and decoded codes in the last minute; %1 state, %2 count.</extracomment>
      <translation>Camera: %1, %2 codes per minute</translation>
    </message>
    <message>
      <source>Test sync</source>
      <extracomment>Technician: tests the connection to the central system.</extracomment>
      <translation>Test sync</translation>
    </message>
    <message>
      <source>The sync test is not available on this kiosk yet.</source>
      <extracomment>Technician: the sync test needs the sync service, which this kiosk does not have yet.</extracomment>
      <translation>The sync test is not available on this kiosk yet.</translation>
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
  </context>
  <context>
    <name>VerdictScreen</name>
    <message>
      <source>Earlier check-in at kiosk %1</source>
      <extracomment>Staff detail on a verdict: the kiosk that recorded the earlier check-in.</extracomment>
      <translation>Earlier check-in at kiosk %1</translation>
    </message>
  </context>
</TS>