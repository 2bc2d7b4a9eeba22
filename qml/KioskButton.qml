// A button at least one touch target in size, with a label that wraps instead of overflowing.
import QtQuick
import QtQuick.Controls
import Checkin

Button {
    id: control
    property color fill: Theme.accent
    property color ink: Theme.textOnColour
    implicitHeight: Math.max(Theme.minTouch, implicitContentHeight + topPadding + bottomPadding)
    implicitWidth: Math.max(Theme.minTouch * 2, implicitContentWidth + leftPadding + rightPadding)
    padding: 16
    focusPolicy: Qt.NoFocus
    font.family: Theme.fontFamily
    font.pixelSize: Theme.buttonSize
    contentItem: Text {
        textFormat: Text.PlainText
        text: control.text
        font: control.font
        color: control.enabled ? control.ink : "#dddddd"
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.WordWrap
        maximumLineCount: 2
        elide: Text.ElideRight
    }
    background: Rectangle {
        radius: 12
        color: control.enabled ? (control.down ? Qt.darker(control.fill, 1.3) : control.fill) : "#888888"
    }
}
