// Demo data generator. Names are common given and family names of people living in Saarland.
#include "terminal/demo/demodata.h"

#include "terminal/codes/bookingcode.h"
#include "terminal/codes/keylist.h"
#include "terminal/core/localtime.h"

#include <algorithm>
#include <array>
#include <random>

namespace checkin::core::demo {

namespace {

constexpr std::array kGiven = {"Anna", "Maria", "Ursula", "Monika", "Petra", "Sabine", "Hans", "Peter",
    "Klaus", "Jürgen", "Wolfgang", "Günter", "Helga", "Renate", "Gisela", "Ingrid", "Jörg", "Björn", "Sören",
    "Mehmet", "Ayşe", "Fatma", "Mustafa", "Emine", "Hüseyin", "Ahmad", "Fatima", "Mohammed", "Leyla", "Omar",
    "Katarzyna", "Małgorzata", "Piotr", "Krzysztof", "Agnieszka", "Olena", "Oksana", "Andrii", "Dmytro",
    "Iryna", "Lena", "Lukas"};
constexpr std::array kFamily = {"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner",
    "Becker", "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder",
    "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Groß", "Weiß", "Jung", "Hahn",
    "Lorenz", "Kraus", "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Al-Hassan", "Haddad", "Nasser",
    "Kowalski", "Wiśniewski", "Nowak", "Wójcik", "Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko",
    "Melnyk", "Quint"};
constexpr std::array kPostal = {"66111", "66113", "66115", "66117", "66119", "66121", "66123", "66125",
    "66127", "66129", "66130", "66131", "66132", "66133", "66740", "66763", "66280", "66287", "66292",
    "66299", "66333", "66346", "66359", "66386"};

std::string nextDay(const std::string &day)
{
    int y = 0, m = 0, d = 0;
    std::sscanf(day.c_str(), "%d-%d-%d", &y, &m, &d);
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    const int inMonth = m == 2 && leap ? 29 : kDays[m - 1];
    if (++d > inMonth) {
        d = 1;
        if (++m > 12) {
            m = 1;
            ++y;
        }
    }
    char out[32];
    std::snprintf(out, sizeof out, "%04d-%02d-%02d", y, m, d);
    return out;
}

} // namespace

std::string bookingRef(const std::string &centerId, uint64_t n)
{
    // No 0/O, 1/I: the reference is read aloud at the desk.
    static constexpr char kAlphabet[] = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    uint64_t x = n * 0x9E3779B97F4A7C15ULL + 0x632BE59BD9B4E019ULL;
    std::string out = centerId + "-";
    for (int i = 0; i < 8; ++i) {
        if (i == 4)
            out += '-';
        out += kAlphabet[x % 32];
        x /= 32;
    }
    return out;
}

SigningKey demoRootKey()
{
    return SigningKey::fromPassphrase("checkin demo root key");
}

SigningKey demoCodeKey(uint16_t id)
{
    return SigningKey::fromPassphrase("checkin demo code key " + std::to_string(id));
}

DataSet generate(const std::string &centerId, const std::string &day, int count, int nowMinute, uint32_t seed)
{
    std::mt19937 rng(seed);
    auto pick = [&](const auto &list) { return std::string(list[rng() % list.size()]); };
    DataSet set;
    int64_t id = 1000;
    auto add
        = [&](const std::string &d, const std::string &center, int slot, cache::AppointmentStatus status) {
              cache::Appointment a;
              a.id = ++id;
              a.bookingRef = bookingRef(center, static_cast<uint64_t>(a.id) + seed * 1000003ULL);
              a.centerId = center;
              a.day = d;
              a.slotStart = slot;
              a.slotEnd = slot + 5;
              a.status = status;
              a.givenName = pick(kGiven);
              a.familyName = pick(kFamily);
              char birth[32];
              std::snprintf(birth, sizeof birth, "%04d-%02d-%02d", 1930 + static_cast<int>(rng() % 75),
                  1 + static_cast<int>(rng() % 12), 1 + static_cast<int>(rng() % 28));
              a.birthDate = birth;
              a.postalCode = pick(kPostal);
              a.version = 1;
              set.appointments.push_back({a, a.bookingRef});
              return a;
          };
    for (int i = 0; i < count; ++i)
        add(day, centerId, 8 * 60 + (i * 5) % (10 * 60), cache::AppointmentStatus::Confirmed);

    // Keys: 1 signs today's codes, 2 expired yesterday, 9 is not in the list at all.
    const int64_t dayStartS = std::chrono::duration_cast<std::chrono::seconds>(
        fromLocal(day, 0).value_or(std::chrono::system_clock::time_point{}).time_since_epoch())
                                  .count();
    const int64_t dayS = 24 * 3600;
    KeyEntry current{1, demoCodeKey(1).publicKey(), dayStartS - 30 * dayS, dayStartS + 60 * dayS, false, {}};
    KeyEntry expired{2, demoCodeKey(2).publicKey(), dayStartS - 90 * dayS, dayStartS - dayS, false, {}};
    const KeyList keys(1, dayStartS + 7 * dayS, {current, expired}, {});
    set.keyListText = keys.sign(demoRootKey());
    set.rootPublicKey = demoRootKey().publicKey();
    auto sign = [&](const cache::Appointment &a, uint16_t keyId) {
        const BookingClaims claims{keyId, a.id, a.centerId, a.day, a.slotStart, a.slotEnd};
        return bookingcode::issue(claims, demoCodeKey(keyId)).value_or(std::string());
    };

    // The scripted arrivals: people whose slot is now, and the cases the entrance must handle.
    const int slotNow = nowMinute - nowMinute % 5;
    auto onTimeAppointment
        = [&]() { return add(day, centerId, slotNow, cache::AppointmentStatus::Confirmed); };
    auto onTime = [&]() { return sign(onTimeAppointment(), 1); };
    const std::string first = onTime();
    set.arrivals.push_back({first, "admitted", "booked for now, signed code on a phone"});
    set.arrivals.push_back(
        {onTimeAppointment().bookingRef, "admitted", "booked for now, reference printed by the old portal"});
    set.arrivals.push_back({first, "admitted-again", "the first person holds the code up once more"});
    set.arrivals.push_back(
        {sign(add(nextDay(day), centerId, 10 * 60 + 30, cache::AppointmentStatus::Confirmed), 1), "wrong-day",
            "came a day early"});
    std::string forged = onTime();
    // Someone edited the code: one character in the middle changed; the signature no longer matches.
    forged[40] = forged[40] == 'A' ? 'B' : 'A';
    set.arrivals.push_back({forged, "invalid-signature", "a code altered by hand"});
    set.arrivals.push_back({sign(onTimeAppointment(), 2), "expired-key", "a code signed with a retired key"});
    set.arrivals.push_back(
        {sign(onTimeAppointment(), 9), "unknown-key", "a code signed with a key nobody knows"});
    set.arrivals.push_back({"https://example.org/pay?id=4711", "not-a-booking-code", "a payment QR code"});
    set.arrivals.push_back({bookingRef(centerId, 999999), "not-found", "a code this center does not know"});
    const auto earlier = onTimeAppointment();
    cache::CheckIn entered;
    entered.appointmentId = earlier.id;
    entered.kioskId = "sb-02";
    entered.outcome = 0;
    entered.reason = 0;
    entered.scannedAtMs = unixMs(
        fromLocal(day, std::max(0, nowMinute - 20)).value_or(std::chrono::system_clock::time_point{}));
    set.earlierCheckIns.push_back(entered);
    set.arrivals.push_back(
        {sign(earlier, 1), "already-checked-in", "checked in at the other entrance 20 minutes ago"});
    set.arrivals.push_back({sign(add(day, centerId, slotNow, cache::AppointmentStatus::Cancelled), 1),
        "cancelled", "booking was cancelled"});
    set.arrivals.push_back({onTime(), "admitted", "booked for now"});
    return set;
}

} // namespace checkin::core::demo
