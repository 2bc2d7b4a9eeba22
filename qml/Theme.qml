// Sizes, colours and the minimum touch target, in one place; larger text and higher contrast on request.
pragma Singleton
import QtQuick
import Checkin.Backend

QtObject {
    // Verdict families: colour plus icon plus words, never colour alone. Three lightness bands, each
    // at least 3:1 from the next in WCAG contrast, also through protanopia, deuteranopia and
    // tritanopia (tests/ui/colourcheck.cpp checks the rendered screens): REJECT dark, PASS middle,
    // WAIT light. Four bands cannot all be 3:1 apart (21:1 is the whole range), so the staff-desk
    // family shares REJECT's dark band, both mean "go to the desk", and differs in hue and icon.
    readonly property color pass: "#0c8e3d"
    readonly property color passInk: "#000000"
    readonly property color reject: "#440a0d"
    readonly property color rejectInk: "#ffffff"
    readonly property color wait: "#fff27a"
    readonly property color waitInk: "#000000"
    readonly property color staffDesk: "#17225c"
    readonly property color staffDeskInk: "#ffffff"

    function verdictFill(family) {
        switch (family) {
        case "pass": return pass
        case "reject": return reject
        case "wait": return wait
        }
        return staffDesk
    }
    function verdictInk(family) {
        switch (family) {
        case "pass": return passInk
        case "reject": return rejectInk
        case "wait": return waitInk
        }
        return staffDeskInk
    }

    readonly property bool highContrast: Access.highContrast
    readonly property color technical: staffDesk
    readonly property color background: highContrast ? "#ffffff" : "#f5f5f2"
    readonly property color panel: "#ffffff"
    readonly property color text: highContrast ? "#000000" : "#111111"
    readonly property color muted: highContrast ? "#000000" : "#555555"
    readonly property color accent: highContrast ? "#00306b" : "#0b5cad"
    readonly property color neutralButton: highContrast ? "#000000" : "#555555"
    // Form errors: the REJECT colour reads as text on the light background (about 15:1).
    readonly property color problem: reject
    readonly property color warning: "#ffb000"
    readonly property color strip: highContrast ? "#000000" : "#222222"
    readonly property color textOnColour: "#ffffff"
    readonly property int borderWidth: highContrast ? 4 : 0
    readonly property string fontFamily: "DejaVu Sans"

    // Larger text on request: every size grows by a quarter; layouts wrap instead of cutting.
    readonly property real textScale: Access.largeText ? 1.25 : 1.0
    readonly property int titleSize: Math.round(96 * textScale)
    readonly property int headingSize: Math.round(48 * textScale)
    readonly property int bodySize: Math.round(40 * textScale)
    readonly property int buttonSize: Math.round(30 * textScale)
    readonly property int smallSize: Math.round(26 * textScale)
    // 9 mm: 64 px is at least 9 mm on panels up to 180 dpi (kiosk panels are 96-160 dpi). The
    // screenshot tests check every button, field and tap area against it.
    readonly property int minTouch: Access.largeText ? 80 : 64
    readonly property int margin: 48
    readonly property int gap: 24
}
