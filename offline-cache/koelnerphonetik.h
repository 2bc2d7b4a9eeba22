// Kölner Phonetik: a German sound-alike code for names (Meier = Mayer = Maier = Meyer -> "67").
#pragma once

#include <string>
#include <string_view>

namespace checkin::cache {

/// The Kölner Phonetik code (Postel 1969) of one ASCII-folded, lower-case word (see
/// NameFolder::ascii); other characters are skipped. Empty for an empty word.
std::string koelnerPhonetik(std::string_view asciiWord);

} // namespace checkin::cache
