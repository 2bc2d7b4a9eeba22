// The staff half of the verdict screen: what happened, who (with the date of birth to compare with
// the ID card), what to check and do, the detail in words, and the staff actions.
import QtQuick
import Checkin
import Checkin.Backend

Item {
    id: root
    readonly property color ink: Theme.verdictInk(Kiosk.family)

    Column {
        id: words
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: Theme.margin
        anchors.topMargin: Theme.gap
        spacing: 12
        Row {
            width: parent.width
            spacing: Theme.gap
            Text {
                textFormat: Text.PlainText
                id: icon
                objectName: "verdictIcon"
                font.family: Theme.fontFamily
                font.pixelSize: Theme.headingSize * 1.4
                color: root.ink
                text: Reasons.icon(Kiosk.reason)
            }
            Text {
                textFormat: Text.PlainText
                objectName: "verdictTitle"
                width: parent.width - icon.width - Theme.gap
                anchors.verticalCenter: icon.verticalCenter
                wrapMode: Text.WordWrap
                font.family: Theme.fontFamily
                font.pixelSize: Theme.headingSize
                font.bold: true
                color: root.ink
                text: StaffTexts.title(Kiosk.reason)
            }
        }
        Text {
            objectName: "verdictInitials"
            width: parent.width
            visible: text !== ""
            wrapMode: Text.WordWrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.headingSize * 0.8
            color: root.ink
            textFormat: Text.PlainText
            text: Kiosk.personName
        }
        Text {
            objectName: "verdictBooking"
            width: parent.width
            visible: Kiosk.birthDate !== "" || Kiosk.slotDay !== ""
            wrapMode: Text.WordWrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize * 0.8
            color: root.ink
            textFormat: Text.PlainText
            text: (Kiosk.birthDate !== ""
                   //: Staff verdict: the date of birth to compare with the ID card; %1 is DD.MM.YYYY.
                   ? qsTr("born %1").arg(Kiosk.birthDate) + "  ·  " : "")
                  //: Staff verdict: the booked day and time; %1 DD.MM.YYYY, %2 HH:mm.
                  + (Kiosk.slotDay !== "" ? qsTr("booked %1 at %2").arg(Kiosk.slotDay).arg(Kiosk.slotTime) : "")
        }
        Text {
            textFormat: Text.PlainText
            objectName: "verdictDetail"
            width: parent.width
            wrapMode: Text.WordWrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.smallSize * 1.1
            color: root.ink
            text: StaffTexts.step(Kiosk.reason)
        }
        Text {
            textFormat: Text.PlainText
            objectName: "verdictStaffDetail"
            width: parent.width
            visible: text !== ""
            wrapMode: Text.WordWrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.smallSize
            color: root.ink
            text: {
                const sep = "  ·  "
                let out = String(StaffTexts.detail())
                //: Staff verdict: %1 the time (HH:mm) and %2 the kiosk of the earlier check-in.
                if (Kiosk.previousKiosk !== "") out += (out === "" ? "" : sep) + qsTr("Earlier check-in at %1 by kiosk %2").arg(Kiosk.previousTime).arg(Kiosk.previousKiosk)
                //: Staff verdict: the other center's name; %1 is the name.
                if (Kiosk.reason === "wrong-center" && Kiosk.rightCenterName !== "") out += (out === "" ? "" : sep) + qsTr("Booked at: %1").arg(Kiosk.rightCenterName)
                //: Staff verdict: %1 is the time the person may go in (HH:mm).
                if (Kiosk.comeBackAt !== "") out += (out === "" ? "" : sep) + qsTr("Admitted from %1").arg(Kiosk.comeBackAt)
                return out
            }
        }
    }

    Flow {
        id: actions
        objectName: "verdictActions"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.gap
        anchors.bottomMargin: Theme.gap + 10
        spacing: 12
        KioskField {
            id: note
            objectName: "overrideNote"
            visible: Kiosk.overrideChoices.length > 0
            width: Math.min(actions.width, 520)
            maximumLength: 120
            font.pixelSize: Theme.smallSize
            //: Staff verdict: placeholder of the optional note to an override.
            placeholderText: qsTr("Note (optional)")
        }
        Repeater {
            model: Kiosk.overrideChoices
            KioskButton {
                required property int modelData
                objectName: "override-" + modelData
                fill: Theme.accent
                font.pixelSize: Theme.smallSize
                //: Staff verdict: admit against the rules, with the reason shown; %1 is the reason.
                text: qsTr("Admit: %1").arg(StaffTexts.overrideReason(modelData))
                // Qt 6.4's linter knows no qint64 property type (appointmentId); the flow test covers it.
                // qmllint disable
                onClicked: StaffSearch.overrideAdmit(Kiosk.appointmentId, modelData, note.text)
                // qmllint enable
            }
        }
        Repeater {
            model: Kiosk.annullable ? [StaffSearch.ScannedByMistake, StaffSearch.WrongPerson] : []
            KioskButton {
                required property int modelData
                objectName: "annul-" + modelData
                fill: Theme.neutralButton
                font.pixelSize: Theme.smallSize
                //: Staff verdict: annul the check-in just made; %1 is the reason.
                text: qsTr("Annul: %1").arg(StaffTexts.annulReason(modelData))
                onClicked: StaffSearch.annul(Kiosk.checkInId, modelData)
            }
        }
        KioskButton {
            objectName: "verdictSearch"
            visible: Kiosk.verdictStays
            fill: Theme.accent
            font.pixelSize: Theme.smallSize
            //: Staff verdict: open the search by name and date of birth.
            text: qsTr("Search")
            onClicked: Kiosk.openSearch()
        }
        KioskButton {
            objectName: "verdictNext"
            fill: "#333333"
            font.pixelSize: Theme.smallSize
            //: Staff verdict: done with this person, back to scanning or to the search.
            text: qsTr("Next")
            onClicked: Kiosk.dismissVerdict()
        }
    }
}
