// BenchPeople: name lists per origin and simple UTF-8-aware misspellings.
#include "terminal/bench/benchpeople.h"

#include <array>
#include <string_view>
#include <utility>
#include <vector>

namespace checkin::ctl {

namespace {

using Names = std::vector<std::string_view>;

const Names kGermanGiven = {"Anna", "Maria", "Ursula", "Monika", "Petra", "Sabine", "Hans", "Peter", "Klaus",
    "Jürgen", "Wolfgang", "Günter", "Helga", "Renate", "Gisela", "Ingrid", "Jörg", "Björn", "Sören", "Lena",
    "Lukas", "Michael", "Thomas", "Andreas", "Stefan", "Christian", "Sebastian", "Katharina", "Julia",
    "Sophie", "Käthe", "Hannelore", "Dieter", "Manfred", "Uwe", "Bärbel", "Elke", "Heike", "Sven", "Lea"};
const Names kGermanFamily = {"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner",
    "Becker", "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder",
    "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Groß", "Weiß", "Jung", "Hahn",
    "Lorenz", "Kraus", "Quint", "Schmitt", "Meier", "Maier", "Mayer", "Köhler", "Jäger", "Böhm", "Günther",
    "Vogel", "Friedrich", "Keller", "Frank", "Berger", "Fuchs", "Lang", "Möller", "Winkler", "Lehmann",
    "Huber", "Kaiser", "Peters", "Scholz", "Ludwig", "Heinrich", "Dietrich", "Brandt", "Engel", "Kühn",
    "Pohl", "Horn", "Sauer", "Wendt", "Thiel", "Busch", "Graf", "Roth", "Beck", "Barth", "Kuhn", "Voß",
    "Stöhr", "Lüdenscheidt", "Straßer"};
const Names kTurkishGiven = {"Mehmet", "Ayşe", "Fatma", "Mustafa", "Emine", "Hüseyin", "Ahmet", "Zeynep",
    "Elif", "Hatice", "İbrahim", "Yusuf", "Özlem", "Gülşen", "Çağla", "Murat", "Serkan", "Büşra", "Kübra",
    "Ömer", "Şükrü", "Tuğba", "Eda", "Burak", "Hakan"};
const Names kTurkishFamily = {"Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Yıldız", "Yıldırım",
    "Aydın", "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan",
    "Şimşek", "Polat", "Korkmaz", "Karataş", "Erdoğan", "Güneş"};
// Arabic names as German registration offices spell them, with the variants people also use.
const std::vector<std::pair<std::string_view, std::string_view>> kArabicGiven = {{"Mohammed", "Muhammad"},
    {"Ahmad", "Ahmed"}, {"Fatima", "Fatma"}, {"Omar", "Umar"}, {"Leyla", "Layla"}, {"Youssef", "Yusuf"},
    {"Mahmoud", "Mahmud"}, {"Khaled", "Khalid"}, {"Aisha", "Aischa"}, {"Hussein", "Husain"},
    {"Mariam", "Maryam"}, {"Rania", "Rania"}, {"Samir", "Sameer"}, {"Nour", "Nur"}, {"Karim", "Kareem"},
    {"Hassan", "Hasan"}, {"Abdullah", "Abdallah"}, {"Zainab", "Zeinab"}};
const std::vector<std::pair<std::string_view, std::string_view>> kArabicFamily = {{"Al-Hassan", "Al Hasan"},
    {"Haddad", "Hadad"}, {"Nasser", "Nasir"}, {"Khoury", "Khouri"}, {"Saleh", "Salih"}, {"Mansour", "Mansur"},
    {"Abdallah", "Abdullah"}, {"Al-Ahmad", "Alahmad"}, {"Ibrahim", "Ibraheem"}, {"Hamdan", "Hamdan"},
    {"Darwish", "Derwisch"}, {"Othman", "Osman"}, {"Youssef", "Yousef"}, {"Qasim", "Kassem"},
    {"Al-Khatib", "Alkhatib"}, {"Suleiman", "Sulaiman"}, {"Jaber", "Gaber"}, {"Barakat", "Barakat"}};
const Names kPolishGiven = {"Katarzyna", "Małgorzata", "Piotr", "Krzysztof", "Agnieszka", "Anna", "Tomasz",
    "Paweł", "Łukasz", "Michał", "Magdalena", "Joanna", "Grzegorz", "Wojciech", "Jakub", "Zofia", "Dorota",
    "Jadwiga", "Stanisław", "Bożena"};
const Names kPolishFamily = {"Kowalski", "Wiśniewski", "Nowak", "Wójcik", "Kowalczyk", "Kamiński",
    "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur",
    "Wojciechowski", "Kwiatkowski", "Krawczyk", "Piotrowski", "Grabowski", "Nowakowski", "Pawłowski",
    "Michalski", "Wiśniewska", "Kowalska", "Zielińska"};
// Ukrainian names in Cyrillic with the Latin spelling of Ukrainian passports.
const std::vector<std::pair<std::string_view, std::string_view>> kUkrainianGiven
    = {{"Олена", "Olena"}, {"Оксана", "Oksana"}, {"Андрій", "Andrii"}, {"Дмитро", "Dmytro"},
        {"Ірина", "Iryna"}, {"Олександр", "Oleksandr"}, {"Наталія", "Nataliia"}, {"Сергій", "Serhii"},
        {"Тетяна", "Tetiana"}, {"Юлія", "Yuliia"}, {"Віктор", "Viktor"}, {"Богдан", "Bohdan"},
        {"Світлана", "Svitlana"}, {"Михайло", "Mykhailo"}, {"Людмила", "Liudmyla"}, {"Петро", "Petro"},
        {"Галина", "Halyna"}, {"Василь", "Vasyl"}};
const std::vector<std::pair<std::string_view, std::string_view>> kUkrainianFamily
    = {{"Шевченко", "Shevchenko"}, {"Коваленко", "Kovalenko"}, {"Бондаренко", "Bondarenko"},
        {"Ткаченко", "Tkachenko"}, {"Мельник", "Melnyk"}, {"Кравченко", "Kravchenko"}, {"Бойко", "Boiko"},
        {"Коваль", "Koval"}, {"Олійник", "Oliinyk"}, {"Шевчук", "Shevchuk"}, {"Поліщук", "Polishchuk"},
        {"Лисенко", "Lysenko"}, {"Марченко", "Marchenko"}, {"Руденко", "Rudenko"}, {"Савченко", "Savchenko"},
        {"Петренко", "Petrenko"}, {"Клименко", "Klymenko"}, {"Павленко", "Pavlenko"}, {"Мороз", "Moroz"},
        {"Гончаренко", "Honcharenko"}};

std::u32string decode(std::string_view s)
{
    std::u32string out;
    for (size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        const size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        char32_t cp = n == 1 ? c : n == 2 ? c & 0x1F : n == 3 ? c & 0x0F : c & 0x07;
        for (size_t k = 1; k < n && i + k < s.size(); ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        out += cp;
        i += n;
    }
    return out;
}

std::string encode(const std::u32string &s)
{
    std::string out;
    for (const char32_t cp : s) {
        if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else if (cp < 0x800) {
            out += static_cast<char>(0xC0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (cp >> 18));
            out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        }
    }
    return out;
}

/// What someone without the keys types: ä -> a (or ae for German names), ş -> s, ł -> l, ...
std::string stripDiacritics(std::string_view name, bool germanSpelling)
{
    static const std::vector<std::pair<std::string_view, std::string_view>> kMap
        = {{"ä", "a"}, {"ö", "o"}, {"ü", "u"}, {"Ä", "A"}, {"Ö", "O"}, {"Ü", "U"}, {"ß", "ss"}, {"ş", "s"},
            {"Ş", "S"}, {"ı", "i"}, {"İ", "I"}, {"ğ", "g"}, {"ç", "c"}, {"Ç", "C"}, {"ł", "l"}, {"Ł", "L"},
            {"ś", "s"}, {"ń", "n"}, {"ó", "o"}, {"ą", "a"}, {"ę", "e"}, {"ż", "z"}, {"ź", "z"}, {"ć", "c"}};
    static const std::vector<std::pair<std::string_view, std::string_view>> kGerman
        = {{"ä", "ae"}, {"ö", "oe"}, {"ü", "ue"}, {"Ä", "Ae"}, {"Ö", "Oe"}, {"Ü", "Ue"}};
    std::string out(name);
    auto apply = [&out](const auto &map) {
        for (const auto &[from, to] : map) {
            size_t at = 0;
            while ((at = out.find(from, at)) != std::string::npos) {
                out.replace(at, from.size(), to);
                at += to.size();
            }
        }
    };
    if (germanSpelling)
        apply(kGerman);
    apply(kMap);
    return out;
}

} // namespace

BenchPeople::BenchPeople(uint32_t seed)
    : m_random(seed)
{ }

BenchPerson BenchPeople::next()
{
    auto pick = [this](const auto &list) -> const auto &
    {
        return list[std::uniform_int_distribution<size_t>(0, list.size() - 1)(m_random)];
    };
    BenchPerson p;
    const int origin = std::uniform_int_distribution<int>(0, 99)(m_random);
    if (origin < 60) {
        p.givenName = pick(kGermanGiven);
        p.familyName = pick(kGermanFamily);
    } else if (origin < 72) {
        p.givenName = pick(kTurkishGiven);
        p.familyName = pick(kTurkishFamily);
    } else if (origin < 82) {
        const auto &g = pick(kArabicGiven);
        const auto &f = pick(kArabicFamily);
        p.givenName = g.first;
        p.familyName = f.first;
        p.givenLatin = g.second;
        p.familyLatin = f.second;
    } else if (origin < 91) {
        p.givenName = pick(kPolishGiven);
        p.familyName = pick(kPolishFamily);
    } else {
        const auto &g = pick(kUkrainianGiven);
        const auto &f = pick(kUkrainianFamily);
        const bool cyrillic = std::uniform_int_distribution<int>(0, 2)(m_random) == 0;
        p.givenName = cyrillic ? g.first : g.second;
        p.familyName = cyrillic ? f.first : f.second;
        if (cyrillic) {
            p.givenLatin = g.second;
            p.familyLatin = f.second;
        }
    }
    const int year = std::uniform_int_distribution<int>(1930, 2008)(m_random);
    const int month = std::uniform_int_distribution<int>(1, 12)(m_random);
    const int day = std::uniform_int_distribution<int>(1, 28)(m_random);
    char iso[32];
    std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", year, month, day);
    p.birthDate = iso;
    return p;
}

std::string BenchPeople::misspell(const BenchPerson &p, Misspelling kind)
{
    switch (kind) {
    case Misspelling::Typo: {
        std::u32string family = decode(p.familyName);
        const size_t at = std::uniform_int_distribution<size_t>(1, family.size() - 1)(m_random);
        switch (std::uniform_int_distribution<int>(0, 3)(m_random)) {
        case 0: // a neighbouring key or a wrong letter
            family[at] = U'a' + static_cast<char32_t>(std::uniform_int_distribution<int>(0, 25)(m_random));
            break;
        case 1: // a letter left out
            family.erase(at, 1);
            break;
        case 2: // a letter doubled
            family.insert(at, 1, family[at]);
            break;
        default: // two letters swapped
            std::swap(family[at - 1], family[at]);
            break;
        }
        return p.givenName + " " + encode(family);
    }
    case Misspelling::MissingDiacritics:
        return stripDiacritics(p.givenName, true) + " " + stripDiacritics(p.familyName, true);
    case Misspelling::Swapped:
        return p.familyName + " " + p.givenName;
    case Misspelling::Transliterated:
        return (p.givenLatin.empty() ? stripDiacritics(p.givenName, true) : p.givenLatin) + " "
            + (p.familyLatin.empty() ? stripDiacritics(p.familyName, true) : p.familyLatin);
    }
    return p.givenName + " " + p.familyName;
}

std::string BenchPeople::writtenBirthDate(const std::string &iso)
{
    const std::string y = iso.substr(0, 4);
    const std::string m = iso.substr(5, 2);
    const std::string d = iso.substr(8, 2);
    switch (std::uniform_int_distribution<int>(0, 3)(m_random)) {
    case 0:
        return d + "." + m + "." + y;
    case 1:
        return d + "/" + m + "/" + y;
    case 2:
        return iso;
    default:
        return d + m + y.substr(2);
    }
}

} // namespace checkin::ctl
