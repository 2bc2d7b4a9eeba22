// Sizes, colours and the minimum touch target, in one place.
pragma Singleton
import QtQuick

QtObject {
    // Colour-blind safe pair (blue/orange family) plus icon plus words: never colour alone.
    readonly property color pass: "#1a7f37"
    readonly property color reject: "#b35900"
    readonly property color technical: "#5b4bb7"
    readonly property color background: "#f5f5f2"
    readonly property color text: "#111111"
    readonly property color textOnColour: "#ffffff"
    readonly property int titleSize: 96
    readonly property int bodySize: 44
    readonly property int smallSize: 28
    // 9 mm at a typical 96-160 dpi kiosk panel; QML checks touch targets against this.
    readonly property int minTouch: 64
    readonly property int margin: 48
}
