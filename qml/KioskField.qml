// A text field for the on-screen keyboard: no selection handles, no context menu, large text.
import QtQuick
import QtQuick.Controls
import Checkin

TextField {
    implicitHeight: Math.max(Theme.minTouch + 8, contentHeight + topPadding + bottomPadding)
    font.family: Theme.fontFamily
    font.pixelSize: Theme.bodySize * 0.85
    selectByMouse: false
    persistentSelection: false
    horizontalAlignment: LayoutMirroring.enabled ? Text.AlignRight : Text.AlignLeft
    background: Rectangle {
        radius: 8
        color: "white"
        border.color: parent.activeFocus ? Theme.accent : "#888888"
        border.width: parent.activeFocus ? 4 : 2
    }
}
