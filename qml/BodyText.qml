// Body text: wraps inside its width and never selects.
import QtQuick
import Checkin

Text {
    textFormat: Text.PlainText
    font.family: Theme.fontFamily
    font.pixelSize: Theme.bodySize
    color: Theme.text
    wrapMode: Text.WordWrap
    horizontalAlignment: Text.AlignLeft
}
