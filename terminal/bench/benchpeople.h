// Generated people for `checkinctl bench cache`: German, Turkish, Arabic, Polish and Ukrainian names,
// and the misspelt queries staff type for them.
#pragma once

#include <cstdint>
#include <random>
#include <string>

namespace checkin::ctl {

struct BenchPerson
{
    std::string givenName;
    std::string familyName;
    std::string birthDate; ///< ISO 8601
    /// How the person's names are spelt on a passport in Latin letters when the booking holds
    /// another script or spelling (Шевченко -> Shevchenko, Müller -> Mueller); empty when the same.
    std::string givenLatin;
    std::string familyLatin;
};

/// Draws people with the mix of origins of a German vaccination center (roughly 60 % German
/// names, the rest Turkish, Arabic, Polish and Ukrainian; a third of the Ukrainian bookings in
/// Cyrillic), deterministic for a seed.
class BenchPeople
{
public:
    explicit BenchPeople(uint32_t seed);
    BenchPerson next();

    enum class Misspelling { Typo, MissingDiacritics, Swapped, Transliterated };
    /// The name as staff might type it for `p` (given and family in one field), with one misspelling.
    std::string misspell(const BenchPerson &p, Misspelling kind);
    /// The date of birth in one of the common written forms, picked at random.
    std::string writtenBirthDate(const std::string &iso);

private:
    std::mt19937 m_random;
};

} // namespace checkin::ctl
