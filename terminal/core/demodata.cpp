// Demo data generator. Names are common given and family names of people living in Saarland.
#include "terminal/core/demodata.h"

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

    // The scripted arrivals: people whose slot is now, and the cases the entrance must handle.
    const int slotNow = nowMinute - nowMinute % 5;
    auto onTime = [&]() {
        auto a = add(day, centerId, slotNow, cache::AppointmentStatus::Confirmed);
        return a.bookingRef;
    };
    const std::string first = onTime();
    set.arrivals.push_back({first, "admitted", "booked for now, code on a phone"});
    set.arrivals.push_back({onTime(), "admitted", "booked for now, printed code"});
    set.arrivals.push_back(
        {add(nextDay(day), centerId, 10 * 60 + 30, cache::AppointmentStatus::Confirmed).bookingRef,
            "wrong-day", "came a day early"});
    set.arrivals.push_back({"https://example.org/pay?id=4711", "not-a-booking-code", "a payment QR code"});
    set.arrivals.push_back({bookingRef(centerId, 999999), "not-found", "a code this center does not know"});
    set.arrivals.push_back({first, "already-checked-in", "the first person's code, shown again"});
    set.arrivals.push_back({add(day, centerId, slotNow, cache::AppointmentStatus::Cancelled).bookingRef,
        "cancelled", "booking was cancelled"});
    set.arrivals.push_back({onTime(), "admitted", "booked for now"});
    return set;
}

} // namespace checkin::core::demo
