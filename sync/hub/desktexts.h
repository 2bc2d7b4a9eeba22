// The clearing desk's texts. The code holds English, each text marked for lupdate with
// QT_TRANSLATE_NOOP("Desk", ...) and a `//:` comment for the translator; the German comes from
// sync/hub/i18n/desk_de.ts, the kiosk's translation workflow (`cmake --build build --target
// update_translations`, then Qt Linguist). The build compiles the .ts file into a table
// (desktexts.cmake), so the hub itself stays free of Qt.
#pragma once

#include <cstddef>
#include <string>

#ifndef QT_TRANSLATE_NOOP
/// lupdate's marker: the text, unchanged (Qt's own definition where Qt is included).
#define QT_TRANSLATE_NOOP(context, text) text
#endif

namespace checkin::sync {

enum class DeskLanguage { German, English };
/// "en" is English; anything else is German (the staff's language).
DeskLanguage deskLanguage(const std::string &code);

/// `english` (a text marked with QT_TRANSLATE_NOOP("Desk", ...)) in `language`; a text the .ts
/// file has no finished translation for stays English.
const char *deskText(DeskLanguage language, const char *english);

/// How many marked texts desk_de.ts translates, and how many it leaves unfinished (the build's
/// table of the .ts file; a test wants none unfinished).
size_t deskTextsTranslated();
size_t deskTextsUnfinished();

} // namespace checkin::sync
