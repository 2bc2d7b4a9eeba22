<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
  <context>
    <name>AccessController</name>
    <message>
      <source>Speech output is on. Hold the QR code of your booking in front of the camera above the screen. If you have no code, the wide button at the bottom of the screen helps you find your booking.</source>
      <extracomment>Spoken when speech output is turned on: where the camera and the buttons are.</extracomment>
      <translation>La synthèse vocale est activée. Tenez le code QR de votre réservation devant la caméra au-dessus de l’écran. Si vous n’avez pas de code, le large bouton en bas de l’écran vous aide à retrouver votre réservation.</translation>
    </message>
  </context>
  <context>
    <name>FiguresScreen</name>
    <message>
      <source>Sync: not configured; check-ins stay on this kiosk.</source>
      <extracomment>Staff figures: no sync configured.</extracomment>
      <translation>Synchronisation : non configurée ; les arrivées enregistrées restent sur cette borne.</translation>
    </message>
    <message>
      <source>Sync: state not available yet.</source>
      <extracomment>Staff figures: sync state not reported yet.</extracomment>
      <translation>Synchronisation : état pas encore disponible.</translation>
    </message>
    <message>
      <source>Sync: %1, last sync %2, %3 check-ins waiting to be sent.</source>
      <extracomment>Staff figures: sync state; %1 online/offline, %2 last sync time, %3 check-ins waiting to be sent.</extracomment>
      <translation>Synchronisation : %1, dernière à %2, %3 arrivées enregistrées en attente d’envoi.</translation>
    </message>
    <message>
      <source>online</source>
      <extracomment>Staff figures: the sync state word inside &quot;Sync: %1, …&quot;: connected to the hub.</extracomment>
      <translation>en ligne</translation>
    </message>
    <message>
      <source>offline</source>
      <extracomment>Staff figures: the sync state word inside &quot;Sync: %1, …&quot;: no connection to the hub.</extracomment>
      <translation>hors ligne</translation>
    </message>
    <message>
      <source>booked today</source>
      <extracomment>Staff figures: confirmed appointments booked for today.</extracomment>
      <translation>réservés aujourd&apos;hui</translation>
    </message>
    <message>
      <source>arrived</source>
      <extracomment>Staff figures: people who arrived (each person once, however often scanned).</extracomment>
      <translation>arrivés</translation>
    </message>
    <message>
      <source>still expected</source>
      <extracomment>Staff figures: booked people whose slot and grace period are not over yet.</extracomment>
      <translation>encore attendus</translation>
    </message>
    <message>
      <source>no-shows</source>
      <extracomment>Staff figures: booked people whose slot and grace period are over.</extracomment>
      <translation>absents</translation>
    </message>
    <message>
      <source>walk-ins</source>
      <extracomment>Staff figures: people admitted today without a booking for today at this center.</extracomment>
      <translation>sans rendez-vous aujourd&apos;hui</translation>
    </message>
    <message>
      <source>confirmed on site</source>
      <extracomment>Staff figures: booking attempts confirmed on site today.</extracomment>
      <translation>confirmés sur place</translation>
    </message>
    <message>
      <source>clearing cases</source>
      <extracomment>Staff figures: clearing cases opened today.</extracomment>
      <translation>dossiers à clarifier</translation>
    </message>
    <message>
      <source>Arrived per hour: %1</source>
      <extracomment>Staff figures: arrivals per hour; %1 is a list like &quot;09:00 12 · 10:00 20&quot;.</extracomment>
      <translation>Arrivés par heure : %1</translation>
    </message>
    <message>
      <source>No-shows by slot hour: %1</source>
      <extracomment>Staff figures: no-shows by the hour of their slot; %1 is a list like &quot;09:00 3 · 10:00 1&quot;.</extracomment>
      <translation>Absents par heure de rendez-vous : %1</translation>
    </message>
  </context>
  <context>
    <name>LookupScreen</name>
    <message>
      <source>Please enter your family name.</source>
      <extracomment>Lookup form error: the family name field is empty or too short.</extracomment>
      <translation>Veuillez saisir votre nom de famille.</translation>
    </message>
    <message>
      <source>Please enter your date of birth as DD.MM.YYYY, for example 07.03.1950.</source>
      <extracomment>Lookup form error: the date of birth cannot be read.</extracomment>
      <translation>Veuillez saisir votre date de naissance au format JJ.MM.AAAA, par exemple 07.03.1950.</translation>
    </message>
    <message>
      <source>This date is in the future. Please check your date of birth.</source>
      <extracomment>Lookup form error: the date of birth lies in the future.</extracomment>
      <translation>Cette date est dans le futur. Veuillez vérifier votre date de naissance.</translation>
    </message>
    <message>
      <source>Find your booking</source>
      <extracomment>Lookup screen title while the person types.</extracomment>
      <translation>Retrouver votre réservation</translation>
    </message>
    <message>
      <source>Is this you?</source>
      <extracomment>Lookup screen title when exactly one booking matched.</extracomment>
      <translation>Est-ce bien vous ?</translation>
    </message>
    <message>
      <source>We could not find your booking</source>
      <extracomment>Lookup screen title when no booking matched.</extracomment>
      <translation>Nous n&apos;avons pas trouvé votre réservation</translation>
    </message>
    <message>
      <source>Please go to the desk</source>
      <extracomment>Lookup screen title when the kiosk cannot search.</extracomment>
      <translation>Veuillez vous rendre au guichet</translation>
    </message>
    <message>
      <source>Family name</source>
      <extracomment>Lookup form: label of the family name field.</extracomment>
      <translation>Nom de famille</translation>
    </message>
    <message>
      <source>Date of birth (DD.MM.YYYY)</source>
      <extracomment>Lookup form: label of the date of birth field, with the expected format.</extracomment>
      <translation>Date de naissance (JJ.MM.AAAA)</translation>
    </message>
    <message>
      <source>%1 %2., born %3, appointment at %4</source>
      <extracomment>Lookup: the one matching booking, masked. %1 given name, %2 initial of the family name, %3 year of birth, %4 appointment time. Example: &quot;Anna M., born 1950, 10:30&quot;.</extracomment>
      <translation>%1 %2., né(e) en %3, rendez-vous à %4</translation>
    </message>
    <message>
      <source>Searching …</source>
      <extracomment>Lookup: shown while searching.</extracomment>
      <translation>Recherche en cours…</translation>
    </message>
    <message>
      <source>This kiosk cannot look up bookings. The staff at the desk will help you.</source>
      <extracomment>Lookup: the kiosk cannot look up bookings.</extracomment>
      <translation>Cette borne ne peut pas rechercher de réservations. Le personnel du guichet vous aidera.</translation>
    </message>
    <message>
      <source>Search</source>
      <extracomment>Lookup form: starts the search.</extracomment>
      <translation>Rechercher</translation>
    </message>
    <message>
      <source>Yes, that is me</source>
      <extracomment>Lookup: the person confirms the shown booking is theirs.</extracomment>
      <translation>Oui, c&apos;est moi</translation>
    </message>
    <message>
      <source>No, that is not me</source>
      <extracomment>Lookup: the shown booking is not theirs: get a number for the desk instead.</extracomment>
      <translation>Non, ce n&apos;est pas moi</translation>
    </message>
    <message>
      <source>Done</source>
      <extracomment>Lookup: back to the scan screen after the number for the desk was shown.</extracomment>
      <translation>Terminé</translation>
    </message>
    <message>
      <source>Back</source>
      <extracomment>Lookup: back to the scan screen.</extracomment>
      <translation>Retour</translation>
    </message>
    <message>
      <source>Please wait %1 s before searching again, or ask the staff at the desk.</source>
      <extracomment>Lookup: too many unsuccessful searches; %1 seconds until the next one.</extracomment>
      <translation>Veuillez attendre %1 s avant une nouvelle recherche, ou demandez au guichet.</translation>
    </message>
    <message>
      <source>To check in, please enter the postal code of your address.</source>
      <extracomment>Lookup: asks for the postal code of the booking&apos;s address before checking in.</extracomment>
      <translation>Pour enregistrer votre arrivée, saisissez le code postal de votre adresse.</translation>
    </message>
    <message>
      <source>To check in, please enter the booking reference from your confirmation.</source>
      <extracomment>Lookup: asks for the booking reference from the confirmation before checking in.</extracomment>
      <translation>Pour enregistrer votre arrivée, saisissez la référence de réservation de votre confirmation.</translation>
    </message>
    <message>
      <source>Please go to the desk with your ID; the staff will check you in.</source>
      <extracomment>Lookup: the person was found, but only the staff at the desk check in without a code.</extracomment>
      <translation>Veuillez vous rendre au guichet avec votre pièce d&apos;identité ; le personnel enregistrera votre arrivée.</translation>
    </message>
    <message>
      <source>Check in</source>
      <extracomment>Lookup: checks in with the postal code or booking reference typed.</extracomment>
      <translation>Enregistrer l&apos;arrivée</translation>
    </message>
    <message>
      <source>Your number for the desk</source>
      <extracomment>Lookup screen title on the clearing ticket: the number the desk resolves (shown on screen; printed only when a printer is there).</extracomment>
      <translation>Votre numéro pour le guichet</translation>
    </message>
    <message>
      <source>Please get a number for the desk. The staff there will help you.</source>
      <extracomment>Lookup: no booking matched; offers a number for the desk (shown on screen, no paper promised).</extracomment>
      <translation>Veuillez prendre un numéro pour le guichet. Le personnel vous y aidera.</translation>
    </message>
    <message>
      <source>Please go to the desk and show this number. The staff will sort out your booking.</source>
      <extracomment>Lookup: where to go with the number.</extracomment>
      <translation>Veuillez vous rendre au guichet et montrer ce numéro. Le personnel s’occupera de votre réservation.</translation>
    </message>
    <message>
      <source>Get a number for the desk</source>
      <extracomment>Lookup: nothing was found: get a number for the desk (shown on screen; no paper promised).</extracomment>
      <translation>Numéro pour le guichet</translation>
    </message>
    <message>
      <source>Printed – print again</source>
      <extracomment>Lookup: the ticket was printed; a tap prints another.</extracomment>
      <translation>Imprimé – imprimer à nouveau</translation>
    </message>
    <message>
      <source>Printing failed – try again</source>
      <extracomment>Lookup: printing the ticket failed; a tap tries again.</extracomment>
      <translation>Échec de l’impression – réessayer</translation>
    </message>
    <message>
      <source>Print this number</source>
      <extracomment>Lookup: prints the number for the desk on paper.</extracomment>
      <translation>Imprimer ce numéro</translation>
    </message>
    <message>
      <source>Take a photo of the code or write down the number. Once the desk has sorted out your booking, the code lets you in here.</source>
      <extracomment>Lookup ticket: under the number and its QR code; the person keeps one of them for the desk and the entrance.</extracomment>
      <translation>Photographiez le code ou notez le numéro. Dès que le guichet aura réglé votre réservation, le code vous permettra d&apos;entrer ici.</translation>
    </message>
  </context>
  <context>
    <name>Main</name>
    <message>
      <source>Check-in</source>
      <extracomment>Window title (seen only by technicians).</extracomment>
      <translation>Enregistrement des arrivées</translation>
    </message>
  </context>
  <context>
    <name>PinScreen</name>
    <message>
      <source>Staff PIN</source>
      <extracomment>PIN screen title.</extracomment>
      <translation>Code PIN du personnel</translation>
    </message>
    <message>
      <source>No staff PIN is set up on this kiosk.</source>
      <extracomment>PIN screen: no staff PIN is configured on this kiosk.</extracomment>
      <translation>Aucun code PIN du personnel n&apos;est configuré sur cette borne.</translation>
    </message>
    <message>
      <source>Too many wrong tries. Try again in %1 s.</source>
      <extracomment>PIN screen: too many wrong PINs; %1 seconds until the next try.</extracomment>
      <translation>Trop d’essais erronés. Réessayez dans %1 s.</translation>
    </message>
    <message>
      <source>Wrong PIN. %1 tries left.</source>
      <extracomment>PIN screen: wrong PIN; %1 tries left before the lockout.</extracomment>
      <translation>Code PIN erroné. Essais restants : %1.</translation>
    </message>
    <message>
      <source>Back</source>
      <extracomment>PIN screen: back to scanning.</extracomment>
      <translation>Retour</translation>
    </message>
  </context>
  <context>
    <name>PrintController</name>
    <message>
      <source>Checked in</source>
      <extracomment>Check-in slip (paper): heading.</extracomment>
      <translation>Arrivée enregistrée</translation>
    </message>
    <message>
      <source>Time: %1</source>
      <extracomment>Check-in slip: %1 is the time of the check-in (HH:mm).
----------
Clearing ticket: %1 is the time it was printed (HH:mm).</extracomment>
      <translation>Heure : %1</translation>
    </message>
    <message>
      <source>Initials: %1</source>
      <extracomment>Check-in slip: %1 are the person&apos;s initials, for example &quot;A. M.&quot;.</extracomment>
      <translation>Initiales : %1</translation>
    </message>
    <message>
      <source>Appointment: %1</source>
      <extracomment>Check-in slip: %1 is the appointment time (HH:mm).</extracomment>
      <translation>Rendez-vous : %1</translation>
    </message>
    <message>
      <source>Next: the waiting area. Please keep this slip.</source>
      <extracomment>Check-in slip: where to go next.</extracomment>
      <translation>Ensuite : la salle d’attente. Veuillez garder ce ticket.</translation>
    </message>
    <message>
      <source>Your queue number:</source>
      <extracomment>Check-in slip: label above the queue number.</extracomment>
      <translation>Votre numéro d’attente :</translation>
    </message>
    <message>
      <source>Ticket for the desk</source>
      <extracomment>Clearing ticket (paper): heading.</extracomment>
      <translation>Numéro pour le guichet</translation>
    </message>
    <message>
      <source>Please show this ticket at the desk. The staff will sort out your booking.</source>
      <extracomment>Clearing ticket: what to do with it.</extracomment>
      <translation>Veuillez montrer ce ticket au guichet. Le personnel s’occupera de votre réservation.</translation>
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
      <translation>Bienvenue – vous pouvez entrer</translation>
    </message>
    <message>
      <source>This is not a booking code</source>
      <extracomment>Verdict title: the scanned QR code is something else (a link, a payment code).</extracomment>
      <translation>Ce n&apos;est pas un code de réservation</translation>
    </message>
    <message>
      <source>Booking not found</source>
      <extracomment>Verdict title: the booking is not in the kiosk&apos;s list.</extracomment>
      <translation>Réservation introuvable</translation>
    </message>
    <message>
      <source>Your appointment is on another day</source>
      <extracomment>Verdict title: the appointment is on another day.</extracomment>
      <translation>Votre rendez-vous est un autre jour</translation>
    </message>
    <message>
      <source>Booked at another center</source>
      <extracomment>Verdict title: the appointment is at another vaccination center.</extracomment>
      <translation>Réservé dans un autre centre</translation>
    </message>
    <message>
      <source>Too early</source>
      <extracomment>Verdict title: the person came too early.</extracomment>
      <translation>Trop tôt</translation>
    </message>
    <message>
      <source>Appointment time has passed</source>
      <extracomment>Verdict title: the appointment time has passed.</extracomment>
      <translation>L&apos;heure du rendez-vous est passée</translation>
    </message>
    <message>
      <source>Code already used</source>
      <extracomment>Verdict title: the code was used for a check-in before.</extracomment>
      <translation>Code déjà utilisé</translation>
    </message>
    <message>
      <source>Booking cancelled</source>
      <extracomment>Verdict title: the booking was cancelled.</extracomment>
      <translation>Réservation annulée</translation>
    </message>
    <message>
      <source>Booking not completed</source>
      <extracomment>Verdict title: the booking was started but never completed.</extracomment>
      <translation>Réservation non finalisée</translation>
    </message>
    <message>
      <source>Code cannot be verified</source>
      <extracomment>Verdict title: the code&apos;s signature does not match (forged or damaged).
----------
Verdict title: the code was signed with a key the kiosk does not know.</extracomment>
      <translation>Code impossible à vérifier</translation>
    </message>
    <message>
      <source>Code no longer valid</source>
      <extracomment>Verdict title: this code was withdrawn (a new one was issued or it was misused).
----------
Verdict title: the code was signed with an expired key.
----------
Verdict title: the code was signed with a withdrawn key.</extracomment>
      <translation>Ce code n&apos;est plus valable</translation>
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
      <translation>Veuillez vous adresser au personnel</translation>
    </message>
    <message>
      <source>Your appointment: %1. Please go to the waiting area.</source>
      <extracomment>Verdict next step: admitted; %1 is the appointment time (HH:mm).
----------
Verdict next step: admitted; the booking was made after the last update of the kiosk.
----------
Verdict next step: staff admitted the person by an override; %1 is the appointment time.</extracomment>
      <translation>Votre rendez-vous : %1. Veuillez vous rendre dans la salle d&apos;attente.</translation>
    </message>
    <message>
      <source>Your appointment was at %1. You are late, but you can still go ahead.</source>
      <extracomment>Verdict next step: admitted although late; %1 is the appointment time.</extracomment>
      <translation>Votre rendez-vous était à %1. Vous êtes en retard, mais vous pouvez entrer.</translation>
    </message>
    <message>
      <source>Please show the QR code from your booking confirmation, or ask the staff at the desk.</source>
      <extracomment>Verdict next step: not a booking code.</extracomment>
      <translation>Veuillez montrer le code QR de votre confirmation de réservation, ou demandez au guichet.</translation>
    </message>
    <message>
      <source>The staff at the desk will look up your booking with your name and date of birth.</source>
      <extracomment>Verdict next step: the booking is unknown here.</extracomment>
      <translation>Le personnel du guichet recherchera votre réservation avec votre nom et votre date de naissance.</translation>
    </message>
    <message>
      <source>Your appointment is on %1 at %2. Please come back then.</source>
      <extracomment>Verdict next step: appointment on another day; %1 is the date, %2 the time.</extracomment>
      <translation>Votre rendez-vous est le %1 à %2. Veuillez revenir à ce moment-là.</translation>
    </message>
    <message>
      <source>Your appointment is at another vaccination center. The staff at the desk will tell you where.</source>
      <extracomment>Verdict next step: appointment at another vaccination center.</extracomment>
      <translation>Votre rendez-vous est dans un autre centre de vaccination. Le personnel du guichet vous indiquera lequel.</translation>
    </message>
    <message>
      <source>Please come back at %1.</source>
      <extracomment>Verdict next step: too early; %1 is the time from which they are admitted.</extracomment>
      <translation>Veuillez revenir à %1.</translation>
    </message>
    <message>
      <source>Please go to the desk; the staff will find a new time for you.</source>
      <extracomment>Verdict next step: too late.</extracomment>
      <translation>Veuillez vous rendre au guichet ; le personnel vous trouvera un nouvel horaire.</translation>
    </message>
    <message>
      <source>This code was used today at %1. If this was not you, please go to the desk.</source>
      <extracomment>Verdict next step: code already used; %1 is the time of the earlier check-in.</extracomment>
      <translation>Ce code a été utilisé aujourd&apos;hui à %1. Si ce n&apos;était pas vous, veuillez vous rendre au guichet.</translation>
    </message>
    <message>
      <source>Please go to the desk. The staff will help you book a new appointment.</source>
      <extracomment>Verdict next step: booking cancelled.</extracomment>
      <translation>Veuillez vous rendre au guichet. Le personnel vous aidera à prendre un nouveau rendez-vous.</translation>
    </message>
    <message>
      <source>Please go to the desk; the staff can complete your booking now.</source>
      <extracomment>Verdict next step: booking not completed.</extracomment>
      <translation>Veuillez vous rendre au guichet ; le personnel peut finaliser votre réservation maintenant.</translation>
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
      <translation>Veuillez vous rendre au guichet avec votre pièce d&apos;identité. Le personnel vérifiera votre réservation.</translation>
    </message>
    <message>
      <source>The code could not be read. Please try again or go to the desk.</source>
      <extracomment>Verdict next step: the code could not be read.</extracomment>
      <translation>Le code n&apos;a pas pu être lu. Veuillez réessayer ou vous rendre au guichet.</translation>
    </message>
    <message>
      <source>This kiosk has a technical problem. The staff at the desk will help you.</source>
      <extracomment>Verdict next step: the kiosk could not save the check-in.</extracomment>
      <translation>Cette borne a un problème technique. Le personnel du guichet vous aidera.</translation>
    </message>
    <message>
      <source>This kiosk&apos;s appointment list is out of date. The staff at the desk will help you.</source>
      <extracomment>Verdict next step: the kiosk&apos;s data is out of date.</extracomment>
      <translation>La liste des rendez-vous de cette borne est obsolète. Le personnel du guichet vous aidera.</translation>
    </message>
    <message>
      <source>This kiosk&apos;s clock is wrong. The staff at the desk will help you.</source>
      <extracomment>Verdict next step: the kiosk&apos;s clock is wrong.</extracomment>
      <translation>L&apos;horloge de cette borne est erronée. Le personnel du guichet vous aidera.</translation>
    </message>
    <message>
      <source>A little early</source>
      <extracomment>Verdict title: a little early; the person may wait inside.</extracomment>
      <translation>Un peu en avance</translation>
    </message>
    <message>
      <source>You are already checked in. Please go to the waiting area.</source>
      <extracomment>Verdict next step: already admitted here moments ago; shown again, nothing stored twice.</extracomment>
      <translation>Votre arrivée est déjà enregistrée. Veuillez vous rendre dans la salle d&apos;attente.</translation>
    </message>
    <message>
      <source>Please wait in the waiting area until %1.</source>
      <extracomment>Verdict next step: slightly early; %1 is the time they will be called.</extracomment>
      <translation>Veuillez patienter dans la salle d&apos;attente jusqu&apos;à %1.</translation>
    </message>
    <message>
      <source>This code was replaced or withdrawn. Please go to the desk with your ID.</source>
      <extracomment>Verdict next step: the code was withdrawn.</extracomment>
      <translation>Ce code a été remplacé ou retiré. Veuillez vous rendre au guichet avec votre pièce d&apos;identité.</translation>
    </message>
  </context>
  <context>
    <name>ScanScreen</name>
    <message>
      <source>Please hold your booking QR code in front of the camera</source>
      <extracomment>Scan screen instruction to the citizen.</extracomment>
      <translation>Veuillez présenter le code QR de votre réservation devant la caméra</translation>
    </message>
    <message>
      <source>I have no code</source>
      <extracomment>Self-service: opens the lookup by name and date of birth.</extracomment>
      <translation>Je n&apos;ai pas de code</translation>
    </message>
    <message>
      <source>Search booking</source>
      <extracomment>Staff: opens the search by name, date of birth or booking reference.</extracomment>
      <translation>Chercher une réservation</translation>
    </message>
    <message>
      <source>Staff area</source>
      <extracomment>Staff: opens the PIN-protected staff area.</extracomment>
      <translation>Espace réservé au personnel</translation>
    </message>
    <message>
      <source>Speech off</source>
      <extracomment>Accessibility button while speech output is on: turns it off.</extracomment>
      <translation>Voix désactivée</translation>
    </message>
    <message>
      <source>Read aloud</source>
      <extracomment>Accessibility button: turns speech output on (plugging in headphones does too).</extracomment>
      <translation>Lire à voix haute</translation>
    </message>
    <message>
      <source>Larger text</source>
      <extracomment>Accessibility button: larger text on every screen.</extracomment>
      <translation>Texte plus grand</translation>
    </message>
    <message>
      <source>More contrast</source>
      <extracomment>Accessibility button: higher contrast (black on white).</extracomment>
      <translation>Plus de contraste</translation>
    </message>
    <message>
      <source>Controls lower</source>
      <extracomment>Accessibility button: moves every control to the lower part of the screen (reach from a wheelchair).</extracomment>
      <translation>Boutons plus bas</translation>
    </message>
  </context>
  <context>
    <name>SearchScreen</name>
    <message>
      <source>Type at least two characters.</source>
      <extracomment>Staff search error: the query is too short.</extracomment>
      <translation>Saisissez au moins deux caractères.</translation>
    </message>
    <message>
      <source>Check the person&apos;s ID first and tick the box.</source>
      <extracomment>Staff search error: check-in needs the ID check first.</extracomment>
      <translation>Vérifiez d&apos;abord la pièce d&apos;identité et cochez la case.</translation>
    </message>
    <message>
      <source>Name, date of birth or booking reference</source>
      <extracomment>Staff search field placeholder.</extracomment>
      <translation>Nom, date de naissance ou référence</translation>
    </message>
    <message>
      <source>Search</source>
      <extracomment>Staff search: starts the search.</extracomment>
      <translation>Rechercher</translation>
    </message>
    <message>
      <source>Back</source>
      <extracomment>Staff search: back to scanning.</extracomment>
      <translation>Retour</translation>
    </message>
    <message>
      <source>Searching …</source>
      <extracomment>Staff search: searching.</extracomment>
      <translation>Recherche en cours…</translation>
    </message>
    <message>
      <source>No booking matches.</source>
      <extracomment>Staff search: nothing matched.</extracomment>
      <translation>Aucune réservation ne correspond.</translation>
    </message>
    <message>
      <source>The search failed. Please try again or call the technician.</source>
      <extracomment>Staff search: the store failed.</extracomment>
      <translation>La recherche a échoué. Réessayez ou appelez le technicien.</translation>
    </message>
    <message>
      <source>ID checked</source>
      <extracomment>Staff: confirms the person&apos;s ID matches the booking.</extracomment>
      <translation>Identité vérifiée</translation>
    </message>
    <message>
      <source>Check in</source>
      <extracomment>Staff: check in the selected booking.</extracomment>
      <translation>Enregistrer l’arrivée</translation>
    </message>
    <message>
      <source>Bookings found: %1</source>
      <extracomment>Staff search: how many bookings matched; %1 is the number.</extracomment>
      <translation>Réservations trouvées : %1</translation>
    </message>
    <message>
      <source>The check-in failed. Please try again or call the technician.</source>
      <extracomment>Staff search: the check-in could not be stored.</extracomment>
      <translation>L’enregistrement de l’arrivée a échoué. Réessayez ou appelez le technicien.</translation>
    </message>
    <message>
      <source>Check-in from the search is not available on this kiosk.</source>
      <extracomment>Staff search: this kiosk cannot check people in from the search (a self-service kiosk).</extracomment>
      <translation>L&apos;enregistrement depuis la recherche n&apos;est pas possible sur cette borne.</translation>
    </message>
    <message>
      <source>The check-in can no longer be annulled.</source>
      <extracomment>Staff search: the annulment was refused (too late, or not an admission).</extracomment>
      <translation>L&apos;arrivée ne peut plus être annulée.</translation>
    </message>
    <message>
      <source>Search is not available: the local database is not open.</source>
      <extracomment>Staff search: the kiosk cannot search (its database is not open).</extracomment>
      <translation>Recherche indisponible : la base de données locale n&apos;est pas ouverte.</translation>
    </message>
    <message>
      <source>%1 · born %2</source>
      <extracomment>Staff search result row: %1 name, %2 date of birth.</extracomment>
      <translation>%1 · né(e) le %2</translation>
    </message>
    <message>
      <source>%1 %2 · %3 · %4</source>
      <extracomment>Staff search result row, after the person: %1 day (DD.MM.YYYY), %2 time, %3 booking reference, %4 status.</extracomment>
      <translation>%1 %2 · %3 · %4</translation>
    </message>
    <message>
      <source>Annul: %1</source>
      <extracomment>Staff search: annul the selected check-in; %1 is the reason.</extracomment>
      <translation>Annuler : %1</translation>
    </message>
    <message>
      <source>Enter the person&apos;s family name.</source>
      <extracomment>Clearing case form error: the family name is empty or a single letter.</extracomment>
      <translation>Saisissez le nom de famille de la personne.</translation>
    </message>
    <message>
      <source>Enter a real date of birth, for example 07.03.1950.</source>
      <extracomment>Clearing case form error: the date of birth is not a real date or lies in the future.</extracomment>
      <translation>Saisissez une date de naissance valide, par exemple 07.03.1950.</translation>
    </message>
    <message>
      <source>One of the fields is too long. Please shorten it.</source>
      <extracomment>Clearing case form error: one of the fields is longer than the desk can take.</extracomment>
      <translation>Un des champs est trop long. Veuillez le raccourcir.</translation>
    </message>
    <message>
      <source>The case could not be opened. Please try again or call the technician.</source>
      <extracomment>Clearing case form error: the case could not be stored on this kiosk.</extracomment>
      <translation>Le dossier n&apos;a pas pu être ouvert. Réessayez ou appelez le technicien.</translation>
    </message>
    <message>
      <source>Open a clearing case</source>
      <extracomment>Staff search: opens a clearing case for a person whose booking is not found.</extracomment>
      <translation>Ouvrir un dossier de clarification</translation>
    </message>
    <message>
      <source>Clearing case: the central desk resolves it and the person is then admitted here.</source>
      <extracomment>Clearing case form: what it is for, above the fields.</extracomment>
      <translation>Dossier de clarification : le bureau central le traite, puis la personne est admise ici.</translation>
    </message>
    <message>
      <source>Opening the case …</source>
      <extracomment>Clearing case form: the case is being stored.</extracomment>
      <translation>Ouverture du dossier …</translation>
    </message>
    <message>
      <source>Given name</source>
      <extracomment>Clearing case form: label of the given name field.</extracomment>
      <translation>Prénom</translation>
    </message>
    <message>
      <source>Family name (required)</source>
      <extracomment>Clearing case form: label of the family name field (required).</extracomment>
      <translation>Nom de famille (obligatoire)</translation>
    </message>
    <message>
      <source>Date of birth, DD.MM.YYYY (required)</source>
      <extracomment>Clearing case form: label of the date of birth field (required), with its format.</extracomment>
      <translation>Date de naissance, JJ.MM.AAAA (obligatoire)</translation>
    </message>
    <message>
      <source>Phone or e-mail, if the person wants to give one</source>
      <extracomment>Clearing case form: label of the contact field; only what the person wants to give.</extracomment>
      <translation>Téléphone ou e-mail, si la personne souhaite en donner un</translation>
    </message>
    <message>
      <source>What happened (for example: booked online, never got a code)</source>
      <extracomment>Clearing case form: label of the field for what the person says happened.</extracomment>
      <translation>Ce qui s&apos;est passé (par exemple : réservé en ligne, jamais reçu de code)</translation>
    </message>
    <message>
      <source>Open case</source>
      <extracomment>Clearing case form: stores the case and shows its ticket number.</extracomment>
      <translation>Ouvrir le dossier</translation>
    </message>
    <message>
      <source>Cancel</source>
      <extracomment>Clearing case form: back to the search without opening a case.</extracomment>
      <translation>Annuler</translation>
    </message>
    <message>
      <source>Clearing case opened</source>
      <extracomment>Clearing case opened: heading above the ticket number.</extracomment>
      <translation>Dossier de clarification ouvert</translation>
    </message>
    <message>
      <source>Give the person this number, or let them photograph the code. The central desk resolves the case; then the person is admitted here by the code, the number or a search.</source>
      <extracomment>Clearing case opened: what to tell the person.</extracomment>
      <translation>Donnez ce numéro à la personne ou laissez-la photographier le code. Le bureau central traite le dossier ; la personne est ensuite admise ici avec le code, le numéro ou par une recherche.</translation>
    </message>
    <message>
      <source>Done</source>
      <extracomment>Clearing case opened: back to the search.</extracomment>
      <translation>Terminé</translation>
    </message>
    <message>
      <source>Printed – print again</source>
      <extracomment>Clearing case opened: the ticket was printed; a tap prints another.</extracomment>
      <translation>Imprimé – imprimer à nouveau</translation>
    </message>
    <message>
      <source>Printing failed – try again</source>
      <extracomment>Clearing case opened: printing the ticket failed; a tap tries again.</extracomment>
      <translation>Échec de l’impression – réessayer</translation>
    </message>
    <message>
      <source>Print this number</source>
      <extracomment>Clearing case opened: prints the ticket (number and code) for the person.</extracomment>
      <translation>Imprimer ce numéro</translation>
    </message>
  </context>
  <context>
    <name>SetupScreen</name>
    <message>
      <source>⚙ This kiosk needs to be set up</source>
      <extracomment>Setup screen title shown when the kiosk is not configured; for technicians.</extracomment>
      <translation>⚙ Cette borne doit être configurée</translation>
    </message>
  </context>
  <context>
    <name>StaffNav</name>
    <message>
      <source>Today</source>
      <extracomment>Staff area tab: today&apos;s figures, sync and clearing cases.</extracomment>
      <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
      <source>Technician</source>
      <extracomment>Staff area tab: the technician page.</extracomment>
      <translation>Technicien</translation>
    </message>
    <message>
      <source>Lock and leave</source>
      <extracomment>Staff area: leave and lock.</extracomment>
      <translation>Verrouiller et quitter</translation>
    </message>
  </context>
  <context>
    <name>StaffTexts</name>
    <message>
      <source>Admitted</source>
      <extracomment>Staff verdict title: admitted by the rules.</extracomment>
      <translation>Admis</translation>
    </message>
    <message>
      <source>Admitted, late within the grace period</source>
      <extracomment>Staff verdict title: admitted inside the grace period after the slot.</extracomment>
      <translation>Admis, en retard dans le délai de tolérance</translation>
    </message>
    <message>
      <source>Admitted, booking newer than the local list</source>
      <extracomment>Staff verdict title: admitted on a valid signed code that is not yet in the local list.</extracomment>
      <translation>Admis, réservation plus récente que la liste locale</translation>
    </message>
    <message>
      <source>Already admitted here moments ago</source>
      <extracomment>Staff verdict title: the same code again at this kiosk right after its admission.</extracomment>
      <translation>Déjà admis ici à l&apos;instant</translation>
    </message>
    <message>
      <source>Admitted by staff override</source>
      <extracomment>Staff verdict title: admitted by a staff override.</extracomment>
      <translation>Admis par dérogation du personnel</translation>
    </message>
    <message>
      <source>A little early: may wait inside</source>
      <extracomment>Staff verdict title: a little early; the person may wait inside.</extracomment>
      <translation>Un peu en avance : peut attendre à l&apos;intérieur</translation>
    </message>
    <message>
      <source>Code withdrawn</source>
      <extracomment>Staff verdict title: the code was withdrawn in the key list.</extracomment>
      <translation>Code retiré</translation>
    </message>
    <message>
      <source>Not a booking code</source>
      <extracomment>Staff verdict title: some other QR code (a link, a payment code).</extracomment>
      <translation>Pas un code de réservation</translation>
    </message>
    <message>
      <source>Booking not in the local list</source>
      <extracomment>Staff verdict title: the booking is not in the local list.</extracomment>
      <translation>Réservation absente de la liste locale</translation>
    </message>
    <message>
      <source>Booked for another day</source>
      <extracomment>Staff verdict title: booked for another day.</extracomment>
      <translation>Réservé pour un autre jour</translation>
    </message>
    <message>
      <source>Booked at another center</source>
      <extracomment>Staff verdict title: booked at another center.</extracomment>
      <translation>Réservé dans un autre centre</translation>
    </message>
    <message>
      <source>Too early</source>
      <extracomment>Staff verdict title: too early for the slot.</extracomment>
      <translation>Trop tôt</translation>
    </message>
    <message>
      <source>Too late</source>
      <extracomment>Staff verdict title: later than the grace period.</extracomment>
      <translation>Trop tard</translation>
    </message>
    <message>
      <source>Already checked in</source>
      <extracomment>Staff verdict title: this booking was checked in before.</extracomment>
      <translation>Arrivée déjà enregistrée</translation>
    </message>
    <message>
      <source>Booking cancelled</source>
      <extracomment>Staff verdict title: the booking was cancelled.</extracomment>
      <translation>Réservation annulée</translation>
    </message>
    <message>
      <source>Booking never confirmed</source>
      <extracomment>Staff verdict title: a booking attempt that was never confirmed.</extracomment>
      <translation>Réservation jamais confirmée</translation>
    </message>
    <message>
      <source>Code forged or damaged</source>
      <extracomment>Staff verdict title: the code&apos;s signature does not verify.</extracomment>
      <translation>Code falsifié ou endommagé</translation>
    </message>
    <message>
      <source>Code signed with an unknown key</source>
      <extracomment>Staff verdict title: signed with a key the kiosk does not know.</extracomment>
      <translation>Code signé avec une clé inconnue</translation>
    </message>
    <message>
      <source>Code signed with an expired key</source>
      <extracomment>Staff verdict title: signed with a key outside its validity.</extracomment>
      <translation>Code signé avec une clé expirée</translation>
    </message>
    <message>
      <source>Code signed with a withdrawn key</source>
      <extracomment>Staff verdict title: signed with a withdrawn key.</extracomment>
      <translation>Code signé avec une clé retirée</translation>
    </message>
    <message>
      <source>Code unreadable</source>
      <extracomment>Staff verdict title: the code could not be read.</extracomment>
      <translation>Code illisible</translation>
    </message>
    <message>
      <source>Technical problem: database</source>
      <extracomment>Staff verdict title: the local database failed.</extracomment>
      <translation>Problème technique : base de données</translation>
    </message>
    <message>
      <source>Technical problem: data out of date</source>
      <extracomment>Staff verdict title: the local data is out of date.</extracomment>
      <translation>Problème technique : données périmées</translation>
    </message>
    <message>
      <source>Technical problem: clock wrong</source>
      <extracomment>Staff verdict title: the kiosk clock is wrong.</extracomment>
      <translation>Problème technique : heure fausse</translation>
    </message>
    <message>
      <source>Compare the date of birth with the ID card, then send the person to the waiting area.</source>
      <extracomment>Staff verdict: what to do after an admission.</extracomment>
      <translation>Comparez la date de naissance avec la pièce d&apos;identité, puis envoyez la personne en salle d&apos;attente.</translation>
    </message>
    <message>
      <source>Compare the date of birth with the ID card; the person is late but within the grace period.</source>
      <extracomment>Staff verdict: what to do after a late admission.</extracomment>
      <translation>Comparez la date de naissance avec la pièce d&apos;identité ; la personne est en retard mais dans le délai de tolérance.</translation>
    </message>
    <message>
      <source>Stored with your override reason. Send the person to the waiting area.</source>
      <extracomment>Staff verdict: what to do after an override.</extracomment>
      <translation>Enregistré avec votre motif de dérogation. Envoyez la personne en salle d&apos;attente.</translation>
    </message>
    <message>
      <source>Let the person wait inside until the time shown, or admit now with an override.</source>
      <extracomment>Staff verdict: slightly early.</extracomment>
      <translation>Laissez la personne attendre à l&apos;intérieur jusqu&apos;à l&apos;heure indiquée, ou admettez-la maintenant par dérogation.</translation>
    </message>
    <message>
      <source>Ask for the QR code of the booking confirmation, or search by name.</source>
      <extracomment>Staff verdict: not a booking code.</extracomment>
      <translation>Demandez le code QR de la confirmation de réservation, ou recherchez par nom.</translation>
    </message>
    <message>
      <source>Do not admit on this code. Check the ID and search the booking by name and date of birth.</source>
      <extracomment>Staff verdict: unknown booking, or a code that cannot be trusted.</extracomment>
      <translation>N&apos;admettez pas sur ce code. Vérifiez l&apos;identité et recherchez la réservation par nom et date de naissance.</translation>
    </message>
    <message>
      <source>Tell the person the booked day, or admit today with an override if the center has room.</source>
      <extracomment>Staff verdict: wrong day.</extracomment>
      <translation>Indiquez à la personne le jour réservé, ou admettez-la aujourd&apos;hui par dérogation s&apos;il y a de la place.</translation>
    </message>
    <message>
      <source>Tell the person which center the booking is for, or admit here with an override.</source>
      <extracomment>Staff verdict: wrong center.</extracomment>
      <translation>Indiquez à la personne le centre réservé, ou admettez-la ici par dérogation.</translation>
    </message>
    <message>
      <source>Ask the person to come back at the time shown, or admit now with an override.</source>
      <extracomment>Staff verdict: too early.</extracomment>
      <translation>Demandez à la personne de revenir à l&apos;heure indiquée, ou admettez-la maintenant par dérogation.</translation>
    </message>
    <message>
      <source>Find a new time with the person, or admit now with an override.</source>
      <extracomment>Staff verdict: too late.</extracomment>
      <translation>Trouvez un nouvel horaire avec la personne, ou admettez-la maintenant par dérogation.</translation>
    </message>
    <message>
      <source>Check the ID: if this is the booked person, the earlier check-in may have been someone else. Search to see it.</source>
      <extracomment>Staff verdict: already checked in.</extracomment>
      <translation>Vérifiez l&apos;identité : s&apos;il s&apos;agit de la personne réservée, l&apos;arrivée précédente était peut-être quelqu&apos;un d&apos;autre. La recherche l&apos;affiche.</translation>
    </message>
    <message>
      <source>Help the person book a new appointment; a cancelled booking cannot be admitted.</source>
      <extracomment>Staff verdict: cancelled.</extracomment>
      <translation>Aidez la personne à prendre un nouveau rendez-vous ; une réservation annulée ne peut pas être admise.</translation>
    </message>
    <message>
      <source>Search the booking and check the person in: the kiosk confirms it when today&apos;s capacity allows.</source>
      <extracomment>Staff verdict: never confirmed.</extracomment>
      <translation>Recherchez la réservation et enregistrez l&apos;arrivée : la borne la confirme si la capacité du jour le permet.</translation>
    </message>
    <message>
      <source>Ask the person to hold the code flat and still, or search by name.</source>
      <extracomment>Staff verdict: unreadable.</extracomment>
      <translation>Demandez à la personne de tenir le code à plat et immobile, ou recherchez par nom.</translation>
    </message>
    <message>
      <source>Nothing can be stored. Write arrivals down on paper and call the technician.</source>
      <extracomment>Staff verdict: database failure.</extracomment>
      <translation>Rien ne peut être enregistré. Notez les arrivées sur papier et appelez le technicien.</translation>
    </message>
    <message>
      <source>Confirm bookings by the ID and the central system, and check the sync on the technician page.</source>
      <extracomment>Staff verdict: stale data.</extracomment>
      <translation>Confirmez les réservations par la pièce d&apos;identité et le système central, et vérifiez la synchronisation sur la page technique.</translation>
    </message>
    <message>
      <source>Time rules cannot be applied. Call the technician to fix the kiosk clock.</source>
      <extracomment>Staff verdict: wrong clock.</extracomment>
      <translation>Les règles horaires ne s&apos;appliquent pas. Appelez le technicien pour régler l&apos;horloge de la borne.</translation>
    </message>
    <message>
      <source>The code is incomplete or altered.</source>
      <extracomment>Staff verdict detail: the code&apos;s text is cut or altered.</extracomment>
      <translation>Le code est incomplet ou modifié.</translation>
    </message>
    <message>
      <source>The signature does not match key %1.</source>
      <extracomment>Staff verdict detail: the signature does not match; %1 is the key number.</extracomment>
      <translation>La signature ne correspond pas à la clé %1.</translation>
    </message>
    <message>
      <source>This kiosk has no valid key list yet.</source>
      <extracomment>Staff verdict detail: no key list on this kiosk.</extracomment>
      <translation>Cette borne n&apos;a pas encore de liste de clés valide.</translation>
    </message>
    <message>
      <source>The kiosk&apos;s key list has expired.</source>
      <extracomment>Staff verdict detail: the key list has expired.</extracomment>
      <translation>La liste de clés de la borne a expiré.</translation>
    </message>
    <message>
      <source>Key %1 is not in the key list.</source>
      <extracomment>Staff verdict detail: the key is not in the key list; %1 is the key number.</extracomment>
      <translation>La clé %1 n&apos;est pas dans la liste de clés.</translation>
    </message>
    <message>
      <source>Key %1 was withdrawn.</source>
      <extracomment>Staff verdict detail: the key was withdrawn; %1 is the key number.</extracomment>
      <translation>La clé %1 a été retirée.</translation>
    </message>
    <message>
      <source>Key %1 is valid from %2 to %3 only.</source>
      <extracomment>Staff verdict detail: %1 key number, %2 and %3 the dates (DD.MM.YYYY) the key is valid.</extracomment>
      <translation>La clé %1 n&apos;est valable que du %2 au %3.</translation>
    </message>
    <message>
      <source>Key %1 may not sign codes for center %2.</source>
      <extracomment>Staff verdict detail: %1 key number, %2 the center code the code names.</extracomment>
      <translation>La clé %1 ne peut pas signer de codes pour le centre %2.</translation>
    </message>
    <message>
      <source>This code was replaced by a new one.</source>
      <extracomment>Staff verdict detail: this one code was withdrawn (a new one was issued).</extracomment>
      <translation>Ce code a été remplacé par un nouveau.</translation>
    </message>
    <message>
      <source>The kiosk clock differs from the central system by %1 s.</source>
      <extracomment>Staff verdict detail: %1 is how many seconds the kiosk clock differs from the hub&apos;s.</extracomment>
      <translation>L&apos;horloge de la borne diffère de %1 s du système central.</translation>
    </message>
    <message>
      <source>The local appointment list is for %1.</source>
      <extracomment>Staff verdict detail: %1 is the day (DD.MM.YYYY) the local appointment list is for.</extracomment>
      <translation>La liste locale des rendez-vous est celle du %1.</translation>
    </message>
    <message>
      <source>The local database refused to store the decision.</source>
      <extracomment>Staff verdict detail: the database refused to store.</extracomment>
      <translation>La base de données locale a refusé d&apos;enregistrer la décision.</translation>
    </message>
    <message>
      <source>No capacity left today: open a clearing case.</source>
      <extracomment>Staff verdict detail: no capacity left to confirm a booking attempt.</extracomment>
      <translation>Plus de capacité aujourd&apos;hui : ouvrez un dossier à clarifier.</translation>
    </message>
    <message>
      <source>Late, admitted anyway</source>
      <extracomment>Staff override reason: the center takes the late person anyway.</extracomment>
      <translation>En retard, admis quand même</translation>
    </message>
    <message>
      <source>Early, there is room now</source>
      <extracomment>Staff override reason: the center has room now.</extracomment>
      <translation>En avance, il y a de la place</translation>
    </message>
    <message>
      <source>Other day, taken today</source>
      <extracomment>Staff override reason: booked for another day, taken today.</extracomment>
      <translation>Autre jour, accueilli aujourd&apos;hui</translation>
    </message>
    <message>
      <source>Other center, taken here</source>
      <extracomment>Staff override reason: booked at another center, taken here.</extracomment>
      <translation>Autre centre, accueilli ici</translation>
    </message>
    <message>
      <source>Scanned by mistake</source>
      <extracomment>Staff annulment reason: the code was scanned by mistake.</extracomment>
      <translation>Scanné par erreur</translation>
    </message>
    <message>
      <source>Not the booked person</source>
      <extracomment>Staff annulment reason: the ID shows it is not the booked person.</extracomment>
      <translation>Pas la personne réservée</translation>
    </message>
    <message>
      <source>confirmed</source>
      <extracomment>Staff search row status: a confirmed booking.</extracomment>
      <translation>confirmée</translation>
    </message>
    <message>
      <source>never confirmed</source>
      <extracomment>Staff search row status: a booking attempt that was never confirmed.</extracomment>
      <translation>jamais confirmée</translation>
    </message>
    <message>
      <source>checked in at %1 by kiosk %2</source>
      <extracomment>Staff search row status: %1 time (HH:mm), %2 the kiosk that checked the person in.</extracomment>
      <translation>arrivée enregistrée à %1 par la borne %2</translation>
    </message>
    <message>
      <source>cancelled</source>
      <extracomment>Staff search row status: the booking was cancelled.</extracomment>
      <translation>annulée</translation>
    </message>
    <message>
      <source>other center</source>
      <extracomment>Staff search row status: booked at another center.</extracomment>
      <translation>autre centre</translation>
    </message>
    <message>
      <source>Camera starting</source>
      <extracomment>Camera state: opening the camera.</extracomment>
      <translation>Caméra en démarrage</translation>
    </message>
    <message>
      <source>Camera running</source>
      <extracomment>Camera state: frames arrive.</extracomment>
      <translation>Caméra en marche</translation>
    </message>
    <message>
      <source>Camera not available, retrying</source>
      <extracomment>Camera state: no usable frames; the kiosk retries.</extracomment>
      <translation>Caméra indisponible, nouvel essai</translation>
    </message>
    <message>
      <source>Camera video ended</source>
      <extracomment>Camera state: the video file or image sequence played to its end (demo or test camera).</extracomment>
      <translation>Vidéo de la caméra terminée</translation>
    </message>
    <message>
      <source>Testing the connection …</source>
      <extracomment>Sync test: running.</extracomment>
      <translation>Test de la connexion …</translation>
    </message>
    <message>
      <source>Reached the central system in %1 ms; this kiosk is accepted. Clock difference: %2 s.</source>
      <extracomment>Sync test result: %1 round trip in milliseconds, %2 clock difference in seconds.</extracomment>
      <translation>Système central atteint en %1 ms ; cette borne est acceptée. Écart d&apos;horloge : %2 s.</translation>
    </message>
    <message>
      <source>Nothing answers at the sync address. Check the network and sync.url.</source>
      <extracomment>Sync test result: nothing answers.</extracomment>
      <translation>Rien ne répond à l&apos;adresse de synchronisation. Vérifiez le réseau et sync.url.</translation>
    </message>
    <message>
      <source>The central system did not answer in time. Check the network.</source>
      <extracomment>Sync test result: timeout.</extracomment>
      <translation>Le système central n&apos;a pas répondu à temps. Vérifiez le réseau.</translation>
    </message>
    <message>
      <source>The central system&apos;s certificate is not trusted. Check the certificate settings.</source>
      <extracomment>Sync test result: TLS problem.</extracomment>
      <translation>Le certificat du système central n&apos;est pas reconnu. Vérifiez les réglages du certificat.</translation>
    </message>
    <message>
      <source>The central system refused this kiosk&apos;s token. Check the token file.</source>
      <extracomment>Sync test result: token refused.</extracomment>
      <translation>Le système central a refusé le jeton de cette borne. Vérifiez le fichier du jeton.</translation>
    </message>
    <message>
      <source>Something answered, but not as the central system. Check sync.url.</source>
      <extracomment>Sync test result: an error answer.</extracomment>
      <translation>Quelque chose a répondu, mais pas le système central. Vérifiez sync.url.</translation>
    </message>
    <message>
      <source>appointments current</source>
      <extracomment>Sync data state: current.</extracomment>
      <translation>rendez-vous à jour</translation>
    </message>
    <message>
      <source>appointments out of date</source>
      <extracomment>Sync data state: not updated for a while.</extracomment>
      <translation>rendez-vous périmés</translation>
    </message>
    <message>
      <source>appointments of another day</source>
      <extracomment>Sync data state: for another day.</extracomment>
      <translation>rendez-vous d&apos;un autre jour</translation>
    </message>
    <message>
      <source>appointments never downloaded</source>
      <extracomment>Sync data state: never downloaded.</extracomment>
      <translation>rendez-vous jamais téléchargés</translation>
    </message>
  </context>
  <context>
    <name>StaffVerdict</name>
    <message>
      <source>born %1</source>
      <extracomment>Staff verdict: the date of birth to compare with the ID card; %1 is DD.MM.YYYY.</extracomment>
      <translation>né(e) le %1</translation>
    </message>
    <message>
      <source>booked %1 at %2</source>
      <extracomment>Staff verdict: the booked day and time; %1 DD.MM.YYYY, %2 HH:mm.</extracomment>
      <translation>réservé le %1 à %2</translation>
    </message>
    <message>
      <source>Earlier check-in at %1 by kiosk %2</source>
      <extracomment>Staff verdict: %1 the time (HH:mm) and %2 the kiosk of the earlier check-in.</extracomment>
      <translation>Arrivée précédente à %1 par la borne %2</translation>
    </message>
    <message>
      <source>Booked at: %1</source>
      <extracomment>Staff verdict: the other center&apos;s name; %1 is the name.</extracomment>
      <translation>Réservé à : %1</translation>
    </message>
    <message>
      <source>Admitted from %1</source>
      <extracomment>Staff verdict: %1 is the time the person may go in (HH:mm).</extracomment>
      <translation>Admis à partir de %1</translation>
    </message>
    <message>
      <source>Note (optional)</source>
      <extracomment>Staff verdict: placeholder of the optional note to an override.</extracomment>
      <translation>Remarque (facultative)</translation>
    </message>
    <message>
      <source>Admit: %1</source>
      <extracomment>Staff verdict: admit against the rules, with the reason shown; %1 is the reason.</extracomment>
      <translation>Admettre : %1</translation>
    </message>
    <message>
      <source>Annul: %1</source>
      <extracomment>Staff verdict: annul the check-in just made; %1 is the reason.</extracomment>
      <translation>Annuler : %1</translation>
    </message>
    <message>
      <source>Search</source>
      <extracomment>Staff verdict: open the search by name and date of birth.</extracomment>
      <translation>Rechercher</translation>
    </message>
    <message>
      <source>Next</source>
      <extracomment>Staff verdict: done with this person, back to scanning or to the search.</extracomment>
      <translation>Suivant</translation>
    </message>
  </context>
  <context>
    <name>StatusStrip</name>
    <message>
      <source>Offline mode</source>
      <extracomment>Status strip: this kiosk works only with its local data (no sync configured).</extracomment>
      <translation>Mode hors ligne</translation>
    </message>
    <message>
      <source>⚠ Data out of date (last sync %1)</source>
      <extracomment>Status strip warning: the appointment list is old; %1 is the time of the last sync.</extracomment>
      <translation>⚠ Données obsolètes (dernière synchro %1)</translation>
    </message>
    <message>
      <source>Online, last sync %1</source>
      <extracomment>Status strip: connected; %1 is the time of the last sync.</extracomment>
      <translation>En ligne, dernière synchro %1</translation>
    </message>
    <message>
      <source>⚠ Camera not available</source>
      <extracomment>Status strip: the camera cannot be read; staff must check it.</extracomment>
      <translation>⚠ Caméra indisponible</translation>
    </message>
    <message>
      <source>Camera ready</source>
      <extracomment>Status strip: the camera works.</extracomment>
      <translation>Caméra prête</translation>
    </message>
    <message>
      <source>Connecting to the central system …</source>
      <extracomment>Status strip: sync configured, the first exchange with the central system is under way.</extracomment>
      <translation>Connexion au système central …</translation>
    </message>
    <message>
      <source>⚠ Offline since %1, %2 waiting</source>
      <extracomment>Status strip warning: no connection to the central system; %1 is the time since when, %2 the check-ins waiting to be sent.</extracomment>
      <translation>⚠ Hors ligne depuis %1, %2 en attente</translation>
    </message>
    <message>
      <source>⚠ Appointment list is from another day</source>
      <extracomment>Status strip warning: the appointment list on this kiosk is for another day.</extracomment>
      <translation>⚠ La liste des rendez-vous date d’un autre jour</translation>
    </message>
  </context>
  <context>
    <name>TechnicianScreen</name>
    <message>
      <source>Test sync</source>
      <extracomment>Technician: tests the connection to the central system.</extracomment>
      <translation>Tester la synchro</translation>
    </message>
    <message>
      <source>Version: %1</source>
      <extracomment>Technician: program version.</extracomment>
      <translation>Version : %1</translation>
    </message>
    <message>
      <source>Free disk space: %1</source>
      <extracomment>Technician: free disk space of the data directory.</extracomment>
      <translation>Espace disque libre : %1</translation>
    </message>
    <message>
      <source>Database size: %1</source>
      <extracomment>Technician: size of the database file.</extracomment>
      <translation>Taille de la base : %1</translation>
    </message>
    <message>
      <source>Database: %1</source>
      <extracomment>Technician: database state (technical text).</extracomment>
      <translation>Base de données : %1</translation>
    </message>
    <message>
      <source>online</source>
      <extracomment>Technician: the sync reached the hub at its last exchange.</extracomment>
      <translation>en ligne</translation>
    </message>
    <message>
      <source>offline</source>
      <extracomment>Technician: the sync did not reach the hub at its last exchange.</extracomment>
      <translation>hors ligne</translation>
    </message>
    <message>
      <source>%1 · %2 frames/s decoded · %3 codes in the last minute</source>
      <extracomment>Technician: camera state, frames decoded per second and codes read in the last minute; %1 state, %2 frames per second, %3 codes.</extracomment>
      <translation>%1 · %2 images/s analysées · %3 codes dans la dernière minute</translation>
    </message>
    <message>
      <source>No sync address is configured (sync.url); this kiosk works from its own data.</source>
      <extracomment>Technician: no hub address is configured, so there is nothing to test.</extracomment>
      <translation>Aucune adresse de synchronisation (sync.url) ; cette borne travaille avec ses propres données.</translation>
    </message>
    <message>
      <source>Kiosk: %1</source>
      <extracomment>Technician: the kiosk&apos;s id (kiosk.id in the config).</extracomment>
      <translation>Borne : %1</translation>
    </message>
    <message>
      <source>Sync: %1, last complete %2, %3 waiting to be sent, %4</source>
      <extracomment>Technician: sync state; %1 online or offline, %2 the last complete sync, %3 items waiting, %4 the data state.</extracomment>
      <translation>Synchronisation : %1, dernière complète %2, %3 en attente d&apos;envoi, %4</translation>
    </message>
    <message>
      <source>Sync: not configured</source>
      <extracomment>Technician: no hub configured.</extracomment>
      <translation>Synchronisation : non configurée</translation>
    </message>
  </context>
  <context>
    <name>VerdictScreen</name>
    <message>
      <source>Slip printed – print again</source>
      <extracomment>Verdict screen: the check-in slip was printed; a tap prints another.</extracomment>
      <translation>Ticket imprimé – imprimer à nouveau</translation>
    </message>
    <message>
      <source>Printing failed – try again</source>
      <extracomment>Verdict screen: printing failed; a tap tries again.</extracomment>
      <translation>Échec de l’impression – réessayer</translation>
    </message>
    <message>
      <source>Print slip</source>
      <extracomment>Verdict screen: prints a check-in slip (time, initials, appointment, queue number).</extracomment>
      <translation>Imprimer un ticket</translation>
    </message>
    <message>
      <source>Done</source>
      <extracomment>Verdict screen: closes the verdict and goes back to the start (a touch elsewhere keeps it longer).</extracomment>
      <translation>Terminé</translation>
    </message>
  </context>
</TS>
