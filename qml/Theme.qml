// Sizes, colours and the minimum touch target, in one place.
pragma Singleton
import QtQuick

QtObject {
    // Colour-blind safe pair (green/orange differ in lightness too) plus icon plus words: never colour alone.
    readonly property color pass: "#1a7f37"
    readonly property color reject: "#b35900"
    readonly property color technical: "#5b4bb7"
    readonly property color background: "#f5f5f2"
    readonly property color panel: "#ffffff"
    readonly property color text: "#111111"
    readonly property color muted: "#555555"
    readonly property color accent: "#0b5cad"
    readonly property color warning: "#ffb000"
    readonly property color strip: "#222222"
    readonly property color textOnColour: "#ffffff"
    readonly property string fontFamily: "DejaVu Sans"
    readonly property int titleSize: 96
    readonly property int headingSize: 48
    readonly property int bodySize: 40
    readonly property int buttonSize: 30
    readonly property int smallSize: 26
    // 9 mm: 64 px is at least 9 mm on panels up to 180 dpi (kiosk panels are 96-160 dpi). The
    // screenshot tests check every button, field and tap area against it.
    readonly property int minTouch: 64
    readonly property int margin: 48
    readonly property int gap: 24
}
