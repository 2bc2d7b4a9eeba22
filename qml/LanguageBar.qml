// The language buttons: each language named in itself.
import QtQuick
import Checkin
import Checkin.Backend

Flow {
    spacing: 12
    Repeater {
        model: Language.languages
        KioskButton {
            required property var modelData
            objectName: "language-" + modelData.code
            text: modelData.name
            font.pixelSize: Theme.smallSize
            fill: Language.language === modelData.code ? Theme.accent : "#dddddd"
            ink: Language.language === modelData.code ? Theme.textOnColour : Theme.text
            onClicked: Language.setLanguage(modelData.code)
        }
    }
}
