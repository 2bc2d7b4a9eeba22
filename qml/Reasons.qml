// The icon of every verdict reason key (terminal/core/verdict.cpp). The citizen's title and next
// step are in C++ (terminal/app/screens/verdicttexts.cpp: shown and spoken), the staff's words in
// StaffTexts.qml. An unknown key gives "" so that the screenshot tests notice a key without an icon.
pragma Singleton
import QtQuick

QtObject {
    function icon(key) {
        switch (key) {
        case "admitted": case "admitted-late": case "admitted-not-yet-synced": case "admitted-again":
        case "admitted-by-staff":
            return "✔"
        case "wrong-day": case "too-early": case "too-early-wait": case "too-late":
            return "◷"
        case "not-a-booking-code": case "not-found": case "wrong-center": case "already-checked-in":
        case "cancelled": case "never-confirmed": case "invalid-signature": case "unknown-key":
        case "expired-key": case "revoked-key": case "code-revoked":
            return "✖"
        case "unreadable": case "store-failure": case "stale-data": case "clock-wrong":
            return "⚠"
        }
        return ""
    }
}
