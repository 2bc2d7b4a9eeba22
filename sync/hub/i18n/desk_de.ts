<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Desk</name>
    <message>
        <source>Clearing desk</source>
        <extracomment>the desk&apos;s name in the page header.</extracomment>
        <translation>Klärungsstelle</translation>
    </message>
    <message>
        <source>Deutsch</source>
        <extracomment>switches the page to the other language (shown in that language).</extracomment>
        <translation>English</translation>
    </message>
    <message>
        <source>Search</source>
        <extracomment>link back to the search page.</extracomment>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Day report</source>
        <extracomment>link to the day&apos;s figures.
----------
title of the day&apos;s figures page, followed by center and day.</extracomment>
        <translation>Tagesbericht</translation>
    </message>
    <message>
        <source>Sign out</source>
        <extracomment>ends the desk session.</extracomment>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>open</source>
        <extracomment>a case nobody resolved yet.</extracomment>
        <translation>offen</translation>
    </message>
    <message>
        <source>resolved</source>
        <extracomment>a resolved case.</extracomment>
        <translation>gelöst</translation>
    </message>
    <message>
        <source>Find a case</source>
        <extracomment>heading of the search form.</extracomment>
        <translation>Fall suchen</translation>
    </message>
    <message>
        <source>Ticket number</source>
        <extracomment>label of the ticket number field.</extracomment>
        <translation>Ticketnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>label of the name field (given and family name, any order).</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <extracomment>label of the date of birth field.</extracomment>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Find</source>
        <extracomment>runs the search.</extracomment>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Results</source>
        <extracomment>heading of the search results, with their number.</extracomment>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Open cases</source>
        <extracomment>heading of the list of open cases, with their number.</extracomment>
        <translation>Offene Fälle</translation>
    </message>
    <message>
        <source>No case found. Try another spelling or search by date of birth only.</source>
        <extracomment>the search found no case.</extracomment>
        <translation>Kein Fall gefunden. Name anders schreiben oder nur das Geburtsdatum suchen.</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Opened</source>
        <extracomment>where a case was opened when it was not at a kiosk.</extracomment>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>Zentrum</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>opens one case.</extracomment>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <extracomment>heading of the list of kiosks admitting one appointment twice.</extracomment>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Appointment</source>
        <extracomment>the appointment the case was attached to.</extracomment>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Gescannt</translation>
    </message>
    <message>
        <source>First admitted</source>
        <translation>Zuerst eingelassen</translation>
    </message>
    <message>
        <source>First kiosk</source>
        <translation>Erster Kiosk</translation>
    </message>
    <message>
        <source>Open a case for a caller</source>
        <extracomment>heading of the form that opens a case for a person on the phone.</extracomment>
        <translation>Fall für einen Anruf öffnen</translation>
    </message>
    <message>
        <source>Vaccination center</source>
        <extracomment>label of the vaccination center a new case belongs to.</extracomment>
        <translation>Impfzentrum</translation>
    </message>
    <message>
        <source>Given name</source>
        <extracomment>label of the given name of a new case.</extracomment>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <extracomment>label of the family name of a new case.</extracomment>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Contact (optional)</source>
        <extracomment>label of the contact a caller chooses to give (optional).</extracomment>
        <translation>Kontakt (freiwillig)</translation>
    </message>
    <message>
        <source>What happened?</source>
        <extracomment>label of what the caller says happened.</extracomment>
        <translation>Was ist passiert?</translation>
    </message>
    <message>
        <source>Open case</source>
        <extracomment>opens the case and shows its ticket.</extracomment>
        <translation>Fall öffnen</translation>
    </message>
    <message>
        <source>Case opened</source>
        <extracomment>lines of a case&apos;s history.</extracomment>
        <translation>Fall geöffnet</translation>
    </message>
    <message>
        <source>Appointment attached</source>
        <translation>Termin zugeordnet</translation>
    </message>
    <message>
        <source>Booking confirmed and attached</source>
        <translation>Buchung bestätigt und zugeordnet</translation>
    </message>
    <message>
        <source>Walk-in admitted for</source>
        <translation>Ohne Termin eingelassen für</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Checked in at the entrance</source>
        <translation>Am Eingang eingecheckt</translation>
    </message>
    <message>
        <source>Resolution</source>
        <extracomment>the text the desk wrote when resolving.</extracomment>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>never confirmed</source>
        <extracomment>a booking attempt that was never confirmed.</extracomment>
        <translation>nie bestätigt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>Case </source>
        <extracomment>title of one case&apos;s page, followed by its ticket number.</extracomment>
        <translation>Fall </translation>
    </message>
    <message>
        <source>Details given</source>
        <extracomment>the person&apos;s own details as given at the kiosk (name, date of birth, contact).</extracomment>
        <translation>Angaben</translation>
    </message>
    <message>
        <source>What happened</source>
        <extracomment>what the person says happened.</extracomment>
        <translation>Schilderung</translation>
    </message>
    <message>
        <source>clearing desk</source>
        <extracomment>a step of a case&apos;s history done at the desk (a desk user&apos;s name may follow in brackets).</extracomment>
        <translation>Klärungsstelle</translation>
    </message>
    <message>
        <source>Walk-in on</source>
        <extracomment>the day the person may come without an appointment.</extracomment>
        <translation>Ohne Termin am</translation>
    </message>
    <message>
        <source>History</source>
        <extracomment>heading of a case&apos;s history: who did what, when, from which kiosk.</extracomment>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>Resolution (required)</source>
        <extracomment>the text field every resolution needs.</extracomment>
        <translation>Lösung (Pflichtfeld)</translation>
    </message>
    <message>
        <source>Find and attach an appointment</source>
        <extracomment>heading: find the person&apos;s appointment to attach the case to.</extracomment>
        <translation>Termin suchen und zuordnen</translation>
    </message>
    <message>
        <source>Search appointments</source>
        <extracomment>searches the center&apos;s appointments.</extracomment>
        <translation>Termine suchen</translation>
    </message>
    <message>
        <source>No appointment found.</source>
        <extracomment>no appointment matched.</extracomment>
        <translation>Kein Termin gefunden.</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Confirm and attach</source>
        <translation>Bestätigen und zuordnen</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Zuordnen</translation>
    </message>
    <message>
        <source>Admit as walk-in</source>
        <extracomment>heading: admit the person without an appointment.</extracomment>
        <translation>Ohne Termin einlassen</translation>
    </message>
    <message>
        <source>Admit</source>
        <extracomment>admits the person as a walk-in.</extracomment>
        <translation>Einlassen</translation>
    </message>
    <message>
        <source>Close the case</source>
        <extracomment>heading: close the case without an appointment (e.g. sent to the GP).</extracomment>
        <translation>Fall abschließen</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>closes the case.</extracomment>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>Show</source>
        <extracomment>shows the figures of the chosen center and day.</extracomment>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Booked</source>
        <extracomment>the day&apos;s figures (health authority report).</extracomment>
        <translation>Gebucht</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Erschienen</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Ohne Termin</translation>
    </message>
    <message>
        <source>Confirmed on site</source>
        <translation>Vor Ort bestätigt</translation>
    </message>
    <message>
        <source>Clearing cases opened</source>
        <translation>Klärungsfälle geöffnet</translation>
    </message>
    <message>
        <source>Clearing cases resolved</source>
        <translation>Klärungsfälle gelöst</translation>
    </message>
    <message>
        <source>Download as CSV</source>
        <extracomment>downloads the same figures as a CSV file.</extracomment>
        <translation>Als CSV herunterladen</translation>
    </message>
    <message>
        <source>Clearing desk: sign in</source>
        <extracomment>the desk&apos;s sign-in page title.</extracomment>
        <translation>Klärungsstelle: Anmeldung</translation>
    </message>
    <message>
        <source>Access key</source>
        <extracomment>the label of the desk credential at sign-in.</extracomment>
        <translation>Zugangsschlüssel</translation>
    </message>
    <message>
        <source>Sign in</source>
        <extracomment>signs in.</extracomment>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>There is no such clearing case.</source>
        <extracomment>a case link or form named a case the hub does not have.</extracomment>
        <translation>Diesen Klärungsfall gibt es nicht.</translation>
    </message>
    <message>
        <source>This case is already closed and cannot be changed.</source>
        <extracomment>an action on a case that was already resolved.</extracomment>
        <translation>Dieser Fall ist schon abgeschlossen und kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>There is no such appointment. Please choose the appointment from the search.</source>
        <extracomment>the appointment chosen for a case does not exist (any more).</extracomment>
        <translation>Diesen Termin gibt es nicht. Bitte den Termin über die Suche wählen.</translation>
    </message>
    <message>
        <source>The appointment belongs to another vaccination center than the case.</source>
        <extracomment>the appointment is at another vaccination center than the case.</extracomment>
        <translation>Der Termin gehört zu einem anderen Impfzentrum als der Fall.</translation>
    </message>
    <message>
        <source>The day is not a valid date.</source>
        <extracomment>the walk-in day field does not hold a date.</extracomment>
        <translation>Der Tag ist kein gültiges Datum.</translation>
    </message>
    <message>
        <source>A walk-in can only be admitted from today up to 14 days ahead.</source>
        <extracomment>walk-ins can be admitted from today up to two weeks ahead.</extracomment>
        <translation>Ohne Termin kann nur ab heute und höchstens 14 Tage im Voraus eingelassen werden.</translation>
    </message>
    <message>
        <source>There are no walk-in places left on that day.</source>
        <extracomment>the day&apos;s walk-in places of the center are taken.</extracomment>
        <translation>An diesem Tag sind keine Plätze ohne Termin mehr frei.</translation>
    </message>
    <message>
        <source>Please describe how the case was resolved.</source>
        <extracomment>every resolution needs a short text saying what was done.</extracomment>
        <translation>Bitte kurz beschreiben, wie der Fall gelöst wurde.</translation>
    </message>
    <message>
        <source>A ticket number has ten characters after &quot;K-&quot;, for example K-7F3QM-9ZC2X.</source>
        <extracomment>a ticket has ten characters after &quot;K-&quot;.</extracomment>
        <translation>Eine Ticketnummer hat nach „K-“ zehn Zeichen, zum Beispiel K-7F3QM-9ZC2X.</translation>
    </message>
    <message>
        <source>The ticket number holds a character tickets do not have. Please ask again.</source>
        <extracomment>the ticket holds a character no ticket has.</extracomment>
        <translation>Die Ticketnummer enthält ein Zeichen, das in Tickets nicht vorkommt. Bitte noch einmal erfragen.</translation>
    </message>
    <message>
        <source>The ticket number is not right: a character was misheard or swapped. Please ask for it again, character by character.</source>
        <extracomment>the check character caught a misheard or swapped character.</extracomment>
        <translation>Die Ticketnummer stimmt nicht: ein Zeichen ist falsch verstanden oder vertauscht. Bitte Zeichen für Zeichen noch einmal erfragen.</translation>
    </message>
    <message>
        <source>The date of birth is not a valid date (for example 29.11.1950).</source>
        <extracomment>the date of birth searched for is not a date.</extracomment>
        <translation>Das Geburtsdatum ist kein gültiges Datum (zum Beispiel 29.11.1950).</translation>
    </message>
    <message>
        <source>Please enter a ticket number, a name or a date of birth.</source>
        <extracomment>the search was sent with every field empty.</extracomment>
        <translation>Bitte Ticketnummer, Name oder Geburtsdatum eingeben.</translation>
    </message>
    <message>
        <source>This appointment is cancelled. Please choose another one or admit as a walk-in.</source>
        <extracomment>the chosen appointment was cancelled; a case cannot be attached to it.</extracomment>
        <translation>Dieser Termin ist storniert. Bitte einen anderen Termin wählen oder ohne Termin einlassen.</translation>
    </message>
    <message>
        <source>Please enter the family name (at least two letters).</source>
        <extracomment>a new case needs the family name.</extracomment>
        <translation>Bitte den Nachnamen eingeben (mindestens zwei Buchstaben).</translation>
    </message>
    <message>
        <source>An entry is too long (500 characters at most).</source>
        <extracomment>a field of a new case is longer than the desk keeps.</extracomment>
        <translation>Eine Angabe ist zu lang (höchstens 500 Zeichen).</translation>
    </message>
    <message>
        <source>This vaccination center is not known.</source>
        <extracomment>the chosen vaccination center is not known to the hub.</extracomment>
        <translation>Dieses Impfzentrum ist nicht bekannt.</translation>
    </message>
    <message>
        <source>That could not be saved or read just now. Please try again.</source>
        <extracomment>the hub&apos;s database failed; nothing was changed.</extracomment>
        <translation>Das konnte gerade nicht gespeichert oder gelesen werden. Bitte noch einmal versuchen.</translation>
    </message>
    <message>
        <source>The change could not be saved. Please try again.</source>
        <extracomment>the hub&apos;s database refused the change; nothing was changed.</extracomment>
        <translation>Die Änderung konnte nicht gespeichert werden. Bitte noch einmal versuchen.</translation>
    </message>
    <message>
        <source>This form must be sent from the hub&apos;s own page.</source>
        <extracomment>the desk&apos;s sign-in was posted from another site&apos;s page.</extracomment>
        <translation>Dieses Formular muss von der Seite des Hubs gesendet werden.</translation>
    </message>
    <message>
        <source>Too many wrong tries. Please wait a minute.</source>
        <extracomment>too many wrong credentials from this computer; it must wait a minute.</extracomment>
        <translation>Zu viele falsche Versuche. Bitte eine Minute warten.</translation>
    </message>
    <message>
        <source>The cases cannot be read just now. Please try again later.</source>
        <extracomment>the hub&apos;s database could not be read; the page says so instead of a list.</extracomment>
        <translation>Die Fälle können gerade nicht gelesen werden. Bitte später noch einmal versuchen.</translation>
    </message>
    <message>
        <source>Signed in:</source>
        <extracomment>in the page header: who is signed in (a desk user&apos;s name follows).</extracomment>
        <translation>Angemeldet:</translation>
    </message>
    <message>
        <source>User name</source>
        <extracomment>the label of the desk user&apos;s name at sign-in.</extracomment>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Empty only on a hub without desk users (the shared access key).</source>
        <extracomment>under the user name at sign-in: who may leave it empty.</extracomment>
        <translation>Nur leer lassen, solange der Hub keine Benutzer der Klärungsstelle hat (gemeinsamer Zugangsschlüssel).</translation>
    </message>
    <message>
        <source>Wrong user name or access key.</source>
        <extracomment>the desk user name or the access key typed at sign-in is wrong.</extracomment>
        <translation>Benutzername oder Zugangsschlüssel falsch.</translation>
    </message>
    <message>
        <source>kiosk, no staff sign-in</source>
        <extracomment>a step of a case&apos;s history done at a kiosk (named in the next column) where no staff member was signed in: a self-service kiosk, or an entrance kiosk without staff sign-in.</extracomment>
        <translation>Kiosk, ohne Anmeldung des Personals</translation>
    </message>
</context>
</TS>
