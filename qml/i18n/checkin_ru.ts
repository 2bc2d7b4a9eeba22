<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
  <context>
    <name>FiguresScreen</name>
    <message>
      <source>expected today</source>
      <translation>ожидается сегодня</translation>
    </message>
    <message>
      <source>admitted here</source>
      <translation>пропущено здесь</translation>
    </message>
    <message>
      <source>still to come</source>
      <translation>ещё придут</translation>
    </message>
    <message>
      <source>turned away here</source>
      <translation>отказано здесь</translation>
    </message>
    <message>
      <source>Admitted per hour: %1</source>
      <extracomment>Staff figures: arrivals per hour; %1 is a list like "09:00 12 · 10:00 20".</extracomment>
      <translation>Пропущено по часам: %1</translation>
    </message>
    <message>
      <source>Counts from this kiosk since it started. No-shows by hour and the center's totals are not available on this kiosk yet.</source>
      <extracomment>Staff figures: the counts cover this kiosk only; no-shows need the center's data.</extracomment>
      <translation>Данные этого киоска с момента запуска. Неявки по часам и итоги центра на этом киоске пока недоступны.</translation>
    </message>
    <message>
      <source>Sync: not configured; check-ins stay on this kiosk.</source>
      <extracomment>Staff figures: no sync configured.</extracomment>
      <translation>Синхронизация: не настроена; отметки остаются на этом киоске.</translation>
    </message>
    <message>
      <source>Sync: state not available yet.</source>
      <extracomment>Staff figures: sync state not reported yet.</extracomment>
      <translation>Синхронизация: состояние пока неизвестно.</translation>
    </message>
    <message>
      <source>Sync: %1, last sync %2, %3 check-ins waiting to be sent.</source>
      <extracomment>Staff figures: sync state; %1 online/offline, %2 last sync time, %3 check-ins waiting to be sent.</extracomment>
      <translation>Синхронизация: %1, последняя в %2, ждут отправки: %3.</translation>
    </message>
    <message>
      <source>online</source>
      <translation>в сети</translation>
    </message>
    <message>
      <source>offline</source>
      <translation>не в сети</translation>
    </message>
    <message>
      <source>Open clearing cases: not available on this kiosk yet.</source>
      <extracomment>Staff figures: the list of open clearing cases is not available on this kiosk yet.</extracomment>
      <translation>Открытые случаи для проверки: на этом киоске пока недоступны.</translation>
    </message>
  </context>
  <context>
    <name>LookupScreen</name>
    <message>
      <source>Please enter your family name.</source>
      <extracomment>Lookup form error: the family name field is empty or too short.</extracomment>
      <translation>Пожалуйста, введите фамилию.</translation>
    </message>
    <message>
      <source>Please enter your date of birth as DD.MM.YYYY, for example 07.03.1950.</source>
      <extracomment>Lookup form error: the date of birth cannot be read.</extracomment>
      <translation>Введите дату рождения в виде ДД.ММ.ГГГГ, например 07.03.1950.</translation>
    </message>
    <message>
      <source>This date is in the future. Please check your date of birth.</source>
      <extracomment>Lookup form error: the date of birth lies in the future.</extracomment>
      <translation>Эта дата ещё не наступила. Проверьте дату рождения.</translation>
    </message>
    <message>
      <source>Find your booking</source>
      <extracomment>Lookup screen title while the person types.</extracomment>
      <translation>Найти вашу запись</translation>
    </message>
    <message>
      <source>Is this you?</source>
      <extracomment>Lookup screen title when exactly one booking matched.</extracomment>
      <translation>Это вы?</translation>
    </message>
    <message>
      <source>We could not find your booking</source>
      <extracomment>Lookup screen title when no booking matched.</extracomment>
      <translation>Мы не нашли вашу запись</translation>
    </message>
    <message>
      <source>Your ticket number</source>
      <extracomment>Lookup screen title on the clearing ticket.</extracomment>
      <translation>Ваш номер талона</translation>
    </message>
    <message>
      <source>Please go to the desk</source>
      <extracomment>Lookup screen title when the kiosk cannot search.</extracomment>
      <translation>Пожалуйста, подойдите к стойке</translation>
    </message>
    <message>
      <source>Family name</source>
      <extracomment>Lookup form: label of the family name field.</extracomment>
      <translation>Фамилия</translation>
    </message>
    <message>
      <source>Date of birth (DD.MM.YYYY)</source>
      <extracomment>Lookup form: label of the date of birth field, with the expected format.</extracomment>
      <translation>Дата рождения (ДД.ММ.ГГГГ)</translation>
    </message>
    <message>
      <source>%1 %2., born %3, appointment at %4</source>
      <extracomment>Lookup: the one matching booking, masked. %1 given name, %2 initial of the family name, %3 year of birth, %4 appointment time. Example: "Anna M., born 1950, 10:30".</extracomment>
      <translation>%1 %2., %3 г. р., запись на %4</translation>
    </message>
    <message>
      <source>Searching …</source>
      <extracomment>Lookup: shown while searching.</extracomment>
      <translation>Идёт поиск…</translation>
    </message>
    <message>
      <source>Please take a ticket. The staff at the desk will help you with it.</source>
      <extracomment>Lookup: no booking matched; offers a ticket for the desk.</extracomment>
      <translation>Возьмите, пожалуйста, талон. Сотрудники у стойки вам помогут.</translation>
    </message>
    <message>
      <source>This kiosk cannot look up bookings. The staff at the desk will help you.</source>
      <extracomment>Lookup: the kiosk cannot look up bookings.</extracomment>
      <translation>Этот киоск не может искать записи. Сотрудники у стойки вам помогут.</translation>
    </message>
    <message>
      <source>Please go to the information desk and show this number. The staff will sort out your booking.</source>
      <extracomment>Lookup: where to go with the ticket.</extracomment>
      <translation>Подойдите к справочной и покажите этот номер. Сотрудники разберутся с вашей записью.</translation>
    </message>
    <message>
      <source>Search</source>
      <extracomment>Lookup form: starts the search.</extracomment>
      <translation>Найти</translation>
    </message>
    <message>
      <source>Yes, that is me</source>
      <extracomment>Lookup: the person confirms the shown booking is theirs.</extracomment>
      <translation>Да, это я</translation>
    </message>
    <message>
      <source>No, that is not me</source>
      <extracomment>Lookup: the shown booking is not theirs, or nothing was found: get a ticket.</extracomment>
      <translation>Нет, это не я</translation>
    </message>
    <message>
      <source>Get a ticket</source>
      <translation>Взять талон</translation>
    </message>
    <message>
      <source>Done</source>
      <extracomment>Lookup: back to the scan screen.</extracomment>
      <translation>Готово</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Назад</translation>
    </message>
    <message>
      <source>Please wait %1 s before searching again, or ask the staff at the desk.</source>
      <extracomment>Lookup: too many unsuccessful searches; %1 seconds until the next one.</extracomment>
      <translation>Подождите %1 с перед новым поиском или обратитесь к стойке.</translation>
    </message>
    <message>
      <source>Please go to the desk; the staff will check you in.</source>
      <extracomment>Lookup: the person was found but this kiosk cannot check them in.</extracomment>
      <translation>Подойдите к стойке: сотрудники вас отметят.</translation>
    </message>
  </context>
  <context>
    <name>Main</name>
    <message>
      <source>Check-in</source>
      <extracomment>Window title (seen only by technicians).</extracomment>
      <translation>Регистрация</translation>
    </message>
  </context>
  <context>
    <name>PinScreen</name>
    <message>
      <source>Staff PIN</source>
      <extracomment>PIN screen title.</extracomment>
      <translation>PIN-код персонала</translation>
    </message>
    <message>
      <source>No staff PIN is set up on this kiosk.</source>
      <extracomment>PIN screen: no staff PIN is configured on this kiosk.</extracomment>
      <translation>На этом киоске не задан PIN-код персонала.</translation>
    </message>
    <message>
      <source>Too many wrong tries. Try again in %1 s.</source>
      <extracomment>PIN screen: too many wrong PINs; %1 seconds until the next try.</extracomment>
      <translation>Слишком много неверных попыток. Повторите через %1 с.</translation>
    </message>
    <message>
      <source>Wrong PIN. %1 tries left.</source>
      <extracomment>PIN screen: wrong PIN; %1 tries left before the lockout.</extracomment>
      <translation>Неверный PIN. Осталось попыток: %1.</translation>
    </message>
    <message>
      <source>Back</source>
      <extracomment>PIN screen: back to scanning.</extracomment>
      <translation>Назад</translation>
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
      <translation>Добро пожаловать – проходите</translation>
    </message>
    <message>
      <source>This is not a booking code</source>
      <extracomment>Verdict title: the scanned QR code is something else (a link, a payment code).</extracomment>
      <translation>Это не код записи</translation>
    </message>
    <message>
      <source>Booking not found</source>
      <extracomment>Verdict title: the booking is not in the kiosk's list.</extracomment>
      <translation>Запись не найдена</translation>
    </message>
    <message>
      <source>Your appointment is on another day</source>
      <extracomment>Verdict title: the appointment is on another day.</extracomment>
      <translation>Ваша запись на другой день</translation>
    </message>
    <message>
      <source>Booked at another center</source>
      <extracomment>Verdict title: the appointment is at another vaccination center.</extracomment>
      <translation>Запись в другой центр</translation>
    </message>
    <message>
      <source>Too early</source>
      <extracomment>Verdict title: the person came too early.</extracomment>
      <translation>Слишком рано</translation>
    </message>
    <message>
      <source>Appointment time has passed</source>
      <extracomment>Verdict title: the appointment time has passed.</extracomment>
      <translation>Время записи прошло</translation>
    </message>
    <message>
      <source>Code already used</source>
      <extracomment>Verdict title: the code was used for a check-in before.</extracomment>
      <translation>Код уже использован</translation>
    </message>
    <message>
      <source>Booking cancelled</source>
      <extracomment>Verdict title: the booking was cancelled.</extracomment>
      <translation>Запись отменена</translation>
    </message>
    <message>
      <source>Booking not completed</source>
      <extracomment>Verdict title: the booking was started but never completed.</extracomment>
      <translation>Запись не завершена</translation>
    </message>
    <message>
      <source>Code cannot be verified</source>
      <extracomment>Verdict title: the code's signature does not match (forged or damaged).
----------
Verdict title: the code was signed with a key the kiosk does not know.</extracomment>
      <translation>Код не удаётся проверить</translation>
    </message>
    <message>
      <source>Code no longer valid</source>
      <extracomment>Verdict title: this code was withdrawn (a new one was issued or it was misused).
----------
Verdict title: the code was signed with an expired key.
----------
Verdict title: the code was signed with a withdrawn key.</extracomment>
      <translation>Код больше не действителен</translation>
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
      <translation>Обратитесь, пожалуйста, к персоналу</translation>
    </message>
    <message>
      <source>Your appointment: %1. Please go to the waiting area.</source>
      <extracomment>Verdict next step: admitted; %1 is the appointment time (HH:mm).
----------
Verdict next step: admitted; the booking was made after the last update of the kiosk.</extracomment>
      <translation>Ваша запись: %1. Пройдите, пожалуйста, в зону ожидания.</translation>
    </message>
    <message>
      <source>Your appointment was at %1. You are late, but you can still go ahead.</source>
      <extracomment>Verdict next step: admitted although late; %1 is the appointment time.</extracomment>
      <translation>Ваша запись была на %1. Вы опоздали, но можете пройти.</translation>
    </message>
    <message>
      <source>Please show the QR code from your booking confirmation, or ask the staff at the desk.</source>
      <extracomment>Verdict next step: not a booking code.</extracomment>
      <translation>Покажите QR-код из подтверждения записи или обратитесь к стойке.</translation>
    </message>
    <message>
      <source>The staff at the desk will look up your booking with your name and date of birth.</source>
      <extracomment>Verdict next step: the booking is unknown here.</extracomment>
      <translation>Сотрудники у стойки найдут вашу запись по имени и дате рождения.</translation>
    </message>
    <message>
      <source>Your appointment is on %1 at %2. Please come back then.</source>
      <extracomment>Verdict next step: appointment on another day; %1 is the date, %2 the time.</extracomment>
      <translation>Ваша запись на %1 в %2. Пожалуйста, приходите в это время.</translation>
    </message>
    <message>
      <source>Your appointment is at another vaccination center. The staff at the desk will tell you where.</source>
      <extracomment>Verdict next step: appointment at another vaccination center.</extracomment>
      <translation>Ваша запись в другой прививочный центр. Сотрудники у стойки подскажут, куда идти.</translation>
    </message>
    <message>
      <source>Please come back at %1.</source>
      <extracomment>Verdict next step: too early; %1 is the time from which they are admitted.</extracomment>
      <translation>Пожалуйста, приходите в %1.</translation>
    </message>
    <message>
      <source>Please go to the desk; the staff will find a new time for you.</source>
      <extracomment>Verdict next step: too late.</extracomment>
      <translation>Подойдите к стойке: сотрудники подберут вам новое время.</translation>
    </message>
    <message>
      <source>This code was used today at %1. If this was not you, please go to the desk.</source>
      <extracomment>Verdict next step: code already used; %1 is the time of the earlier check-in.</extracomment>
      <translation>Этот код уже использован сегодня в %1. Если это были не вы, подойдите к стойке.</translation>
    </message>
    <message>
      <source>Please go to the desk. The staff will help you book a new appointment.</source>
      <extracomment>Verdict next step: booking cancelled.</extracomment>
      <translation>Подойдите к стойке. Сотрудники помогут записаться заново.</translation>
    </message>
    <message>
      <source>Please go to the desk; the staff can complete your booking now.</source>
      <extracomment>Verdict next step: booking not completed.</extracomment>
      <translation>Подойдите к стойке: сотрудники могут завершить вашу запись прямо сейчас.</translation>
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
      <translation>Подойдите к стойке с документом, удостоверяющим личность. Сотрудники проверят вашу запись.</translation>
    </message>
    <message>
      <source>The code could not be read. Please try again or go to the desk.</source>
      <extracomment>Verdict next step: the code could not be read.</extracomment>
      <translation>Код не удалось прочитать. Попробуйте ещё раз или подойдите к стойке.</translation>
    </message>
    <message>
      <source>This kiosk has a technical problem. The staff at the desk will help you.</source>
      <extracomment>Verdict next step: the kiosk could not save the check-in.</extracomment>
      <translation>В этом киоске техническая неполадка. Сотрудники у стойки вам помогут.</translation>
    </message>
    <message>
      <source>This kiosk's appointment list is out of date. The staff at the desk will help you.</source>
      <extracomment>Verdict next step: the kiosk's data is out of date.</extracomment>
      <translation>Список записей на этом киоске устарел. Сотрудники у стойки вам помогут.</translation>
    </message>
    <message>
      <source>This kiosk's clock is wrong. The staff at the desk will help you.</source>
      <extracomment>Verdict next step: the kiosk's clock is wrong.</extracomment>
      <translation>Часы этого киоска показывают неверное время. Сотрудники у стойки вам помогут.</translation>
    </message>
    <message>
      <source>A little early</source>
      <extracomment>Verdict title: a little early; the person may wait inside.</extracomment>
      <translation>Немного рано</translation>
    </message>
    <message>
      <source>You are already checked in. Please go to the waiting area.</source>
      <extracomment>Verdict next step: already admitted here moments ago; shown again, nothing stored twice.</extracomment>
      <translation>Вы уже отмечены. Пройдите, пожалуйста, в зону ожидания.</translation>
    </message>
    <message>
      <source>Please wait in the waiting area until %1.</source>
      <extracomment>Verdict next step: slightly early; %1 is the time they will be called.</extracomment>
      <translation>Пожалуйста, подождите в зоне ожидания до %1.</translation>
    </message>
    <message>
      <source>This code was replaced or withdrawn. Please go to the desk with your ID.</source>
      <extracomment>Verdict next step: the code was withdrawn.</extracomment>
      <translation>Этот код заменён или отозван. Подойдите к стойке с документом, удостоверяющим личность.</translation>
    </message>
  </context>
  <context>
    <name>ScanScreen</name>
    <message>
      <source>Please hold your booking QR code in front of the camera</source>
      <extracomment>Scan screen instruction to the citizen.</extracomment>
      <translation>Поднесите QR-код вашей записи к камере</translation>
    </message>
    <message>
      <source>I have no code</source>
      <extracomment>Self-service: opens the lookup by name and date of birth.</extracomment>
      <translation>У меня нет кода</translation>
    </message>
    <message>
      <source>Search booking</source>
      <extracomment>Staff: opens the search by name, date of birth or booking reference.</extracomment>
      <translation>Найти запись</translation>
    </message>
    <message>
      <source>Staff area</source>
      <extracomment>Staff: opens the PIN-protected staff area.</extracomment>
      <translation>Для персонала</translation>
    </message>
  </context>
  <context>
    <name>SearchScreen</name>
    <message>
      <source>Type at least two characters.</source>
      <extracomment>Staff search error: the query is too short.</extracomment>
      <translation>Введите не менее двух символов.</translation>
    </message>
    <message>
      <source>Check the person's ID first and tick the box.</source>
      <extracomment>Staff search error: check-in needs the ID check first.</extracomment>
      <translation>Сначала проверьте документ и поставьте отметку.</translation>
    </message>
    <message>
      <source>An override needs a reason.</source>
      <extracomment>Staff search error: an override needs a reason.</extracomment>
      <translation>Для исключения нужна причина.</translation>
    </message>
    <message>
      <source>Name, date of birth or booking reference</source>
      <extracomment>Staff search field placeholder.</extracomment>
      <translation>Имя, дата рождения или номер записи</translation>
    </message>
    <message>
      <source>Search</source>
      <extracomment>Staff search: starts the search.</extracomment>
      <translation>Найти</translation>
    </message>
    <message>
      <source>Back</source>
      <extracomment>Staff search: back to scanning.</extracomment>
      <translation>Назад</translation>
    </message>
    <message>
      <source>Searching …</source>
      <extracomment>Staff search: searching.</extracomment>
      <translation>Идёт поиск…</translation>
    </message>
    <message>
      <source>No booking matches.</source>
      <extracomment>Staff search: nothing matched.</extracomment>
      <translation>Подходящих записей нет.</translation>
    </message>
    <message>
      <source>The search failed. Please try again or call the technician.</source>
      <extracomment>Staff search: the store failed.</extracomment>
      <translation>Поиск не удался. Повторите или вызовите техника.</translation>
    </message>
    <message>
      <source>Search is not available on this kiosk yet.</source>
      <extracomment>Staff search: the kiosk has no search back end yet.</extracomment>
      <translation>Поиск на этом киоске пока недоступен.</translation>
    </message>
    <message>
      <source>%1 · born %2 · %3 · %4</source>
      <extracomment>Staff search result row: %1 name, %2 date of birth, %3 booking reference, %4 appointment time.</extracomment>
      <translation>%1 · род. %2 · %3 · %4</translation>
    </message>
    <message>
      <source>ID checked</source>
      <extracomment>Staff: confirms the person's ID matches the booking.</extracomment>
      <translation>Документ проверен</translation>
    </message>
    <message>
      <source>Check in</source>
      <extracomment>Staff: check in the selected booking.</extracomment>
      <translation>Отметить приход</translation>
    </message>
    <message>
      <source>Reason for the override</source>
      <extracomment>Staff: placeholder of the mandatory override reason.</extracomment>
      <translation>Причина исключения</translation>
    </message>
    <message>
      <source>Admit anyway</source>
      <extracomment>Staff: admit despite a reject verdict, with the reason typed beside it.</extracomment>
      <translation>Всё равно пропустить</translation>
    </message>
    <message>
      <source>Bookings found: %1</source>
      <extracomment>Staff search: how many bookings matched; %1 is the number.</extracomment>
      <translation>Найдено записей: %1</translation>
    </message>
    <message>
      <source>Check-in from the search is not available on this kiosk yet.</source>
      <extracomment>Staff search: checking in from a search result needs the resolution flow, not on this kiosk yet.</extracomment>
      <translation>Отметка из поиска на этом киоске пока недоступна.</translation>
    </message>
    <message>
      <source>The check-in failed. Please try again or call the technician.</source>
      <extracomment>Staff search: the check-in could not be stored.</extracomment>
      <translation>Отметка не удалась. Повторите или вызовите техника.</translation>
    </message>
  </context>
  <context>
    <name>SetupScreen</name>
    <message>
      <source>⚙ This kiosk needs to be set up</source>
      <extracomment>Setup screen title shown when the kiosk is not configured; for technicians.</extracomment>
      <translation>⚙ Этот киоск нужно настроить</translation>
    </message>
  </context>
  <context>
    <name>StaffNav</name>
    <message>
      <source>Today</source>
      <extracomment>Staff area tab: today's figures, sync and clearing cases.</extracomment>
      <translation>Сегодня</translation>
    </message>
    <message>
      <source>Technician</source>
      <extracomment>Staff area tab: the technician page.</extracomment>
      <translation>Техник</translation>
    </message>
    <message>
      <source>Lock and leave</source>
      <extracomment>Staff area: leave and lock.</extracomment>
      <translation>Закрыть и выйти</translation>
    </message>
  </context>
  <context>
    <name>StatusStrip</name>
    <message>
      <source>Offline mode</source>
      <extracomment>Status strip: this kiosk works only with its local data (no sync configured).</extracomment>
      <translation>Автономный режим</translation>
    </message>
    <message>
      <source>Sync state unknown</source>
      <extracomment>Status strip: sync configured but its state is not known yet.</extracomment>
      <translation>Состояние синхронизации неизвестно</translation>
    </message>
    <message>
      <source>⚠ Data out of date (last sync %1)</source>
      <extracomment>Status strip warning: the appointment list is old; %1 is the time of the last sync.</extracomment>
      <translation>⚠ Данные устарели (последняя синхр. %1)</translation>
    </message>
    <message>
      <source>⚠ Offline</source>
      <extracomment>Status strip warning: no connection to the central system.</extracomment>
      <translation>⚠ Нет связи</translation>
    </message>
    <message>
      <source>Online, last sync %1</source>
      <extracomment>Status strip: connected; %1 is the time of the last sync.</extracomment>
      <translation>В сети, последняя синхр. %1</translation>
    </message>
    <message>
      <source>⚠ Camera not available</source>
      <extracomment>Status strip: the camera cannot be read; staff must check it.</extracomment>
      <translation>⚠ Камера недоступна</translation>
    </message>
    <message>
      <source>Camera ready</source>
      <extracomment>Status strip: the camera works.</extracomment>
      <translation>Камера готова</translation>
    </message>
  </context>
  <context>
    <name>TechnicianScreen</name>
    <message>
      <source>Camera: %1, %2 codes per minute</source>
      <extracomment>Technician: camera state and decoded codes in the last minute; %1 state, %2 count.</extracomment>
      <translation>Камера: %1, кодов в минуту: %2</translation>
    </message>
    <message>
      <source>Test sync</source>
      <extracomment>Technician: tests the connection to the central system.</extracomment>
      <translation>Проверить синхронизацию</translation>
    </message>
    <message>
      <source>The sync test is not available on this kiosk yet.</source>
      <extracomment>Technician: the sync test needs the sync service, which this kiosk does not have yet.</extracomment>
      <translation>Проверка синхронизации на этом киоске пока недоступна.</translation>
    </message>
    <message>
      <source>Version: %1</source>
      <extracomment>Technician: program version.</extracomment>
      <translation>Версия: %1</translation>
    </message>
    <message>
      <source>Free disk space: %1</source>
      <extracomment>Technician: free disk space of the data directory.</extracomment>
      <translation>Свободно на диске: %1</translation>
    </message>
    <message>
      <source>Database size: %1</source>
      <extracomment>Technician: size of the database file.</extracomment>
      <translation>Размер базы данных: %1</translation>
    </message>
    <message>
      <source>Database: %1</source>
      <extracomment>Technician: database state (technical text).</extracomment>
      <translation>База данных: %1</translation>
    </message>
  </context>
  <context>
    <name>VerdictScreen</name>
    <message>
      <source>Earlier check-in at kiosk %1</source>
      <extracomment>Staff detail on a verdict: the kiosk that recorded the earlier check-in.</extracomment>
      <translation>Предыдущая отметка на киоске %1</translation>
    </message>
  </context>
</TS>