// The staff PIN pad; the controller counts the tries and decides the lockout.
import QtQuick
import Checkin
import Checkin.Backend

Rectangle {
    objectName: "pinScreen"
    color: Theme.background

    Column {
        anchors.centerIn: parent
        spacing: 16
        width: 3 * 140 + 2 * 16

        BodyText {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: Theme.headingSize * 0.7
            font.bold: true
            //: PIN screen title.
            text: qsTr("Staff PIN")
        }
        Text {
            textFormat: Text.PlainText
            objectName: "pinDots"
            anchors.horizontalCenter: parent.horizontalCenter
            font.family: Theme.fontFamily
            font.pixelSize: Theme.headingSize
            color: Theme.text
            text: "●".repeat(Pin.enteredLength) + "○".repeat(Math.max(0, 4 - Pin.enteredLength))
        }
        BodyText {
            objectName: "pinMessage"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: Theme.smallSize
            color: Pin.lockedOut || Pin.lastWrong ? Theme.problem : Theme.muted
            text: !Pin.configured
                  //: PIN screen: no staff PIN is configured on this kiosk.
                  ? qsTr("No staff PIN is set up on this kiosk.")
                  : Pin.lockedOut
                    //: PIN screen: too many wrong PINs; %1 seconds until the next try.
                    ? qsTr("Too many wrong tries. Try again in %1 s.").arg(Pin.lockoutSeconds)
                    : Pin.lastWrong
                      //: PIN screen: wrong PIN; %1 tries left before the lockout.
                      ? qsTr("Wrong PIN. %1 tries left.").arg(Pin.triesLeft)
                      : " "
        }
        Grid {
            columns: 3
            spacing: 16
            // The digit pad keeps its telephone order in right-to-left languages too.
            LayoutMirroring.enabled: false
            Repeater {
                model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK"]
                KioskButton {
                    required property int index
                    required property string modelData
                    objectName: "pin-" + index
                    width: 140
                    height: 76
                    enabled: !Pin.lockedOut && Pin.configured
                    font.pixelSize: Theme.headingSize * 0.7
                    fill: modelData === "OK" ? Theme.pass : modelData === "⌫" ? Theme.neutralButton : Theme.accent
                    ink: modelData === "OK" ? Theme.passInk : Theme.textOnColour
                    text: modelData
                    onClicked: {
                        if (modelData === "OK") Pin.submit()
                        else if (modelData === "⌫") Pin.removeDigit()
                        else Pin.appendDigit(parseInt(modelData))
                    }
                }
            }
        }
        KioskButton {
            objectName: "pinBack"
            width: parent.width
            fill: Theme.neutralButton
            //: PIN screen: back to scanning.
            text: qsTr("Back")
            onClicked: Kiosk.goBack()
        }
    }
}
