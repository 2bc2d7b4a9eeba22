// Self-service "I have no code": family name and date of birth, one masked result, or a ticket.
import QtQuick
import QtQuick.VirtualKeyboard
import Checkin
import Checkin.Backend

Rectangle {
    id: root
    objectName: "lookupScreen"
    color: Theme.background

    function problemText(key) {
        //: Lookup form error: the family name field is empty or too short.
        if (key === "name-missing") return qsTr("Please enter your family name.")
        //: Lookup form error: the date of birth cannot be read.
        if (key === "date-invalid") return qsTr("Please enter your date of birth as DD.MM.YYYY, for example 07.03.1950.")
        //: Lookup form error: the date of birth lies in the future.
        if (key === "date-future") return qsTr("This date is in the future. Please check your date of birth.")
        return ""
    }

    Column {
        id: content
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: Theme.margin
        anchors.topMargin: Theme.gap
        spacing: Theme.gap

        BodyText {
            objectName: "lookupTitle"
            width: parent.width
            font.pixelSize: Theme.headingSize
            font.bold: true
            text: {
                switch (Lookup.state) {
                //: Lookup screen title while the person types.
                case "form": case "searching": case "wait": return qsTr("Find your booking")
                //: Lookup screen title when exactly one booking matched.
                case "found": case "admitting": case "admit-at-desk": return qsTr("Is this you?")
                //: Lookup screen title when no booking matched.
                case "not-found": case "ticket-wait": return qsTr("We could not find your booking")
                //: Lookup screen title on the clearing ticket.
                case "ticket": return qsTr("Your ticket number")
                //: Lookup screen title when the kiosk cannot search.
                default: return qsTr("Please go to the desk")
                }
            }
        }

        // The form.
        Column {
            width: parent.width
            spacing: 12
            visible: Lookup.state === "form" || Lookup.state === "searching" || Lookup.state === "wait"
            BodyText {
                width: parent.width
                font.pixelSize: Theme.smallSize
                //: Lookup form: label of the family name field.
                text: qsTr("Family name")
            }
            KioskField {
                id: familyName
                objectName: "familyNameField"
                width: parent.width
                inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                // Debian's Qt 6.4 virtual keyboard ships no qmltypes, so qmllint cannot know this
                // attached property; the keyboard test renders it.
                // qmllint disable
                EnterKeyAction.actionId: EnterKeyAction.Next
                // qmllint enable
                onAccepted: birthDate.forceActiveFocus()
            }
            BodyText {
                width: parent.width
                font.pixelSize: Theme.smallSize
                //: Lookup form: label of the date of birth field, with the expected format.
                text: qsTr("Date of birth (DD.MM.YYYY)")
            }
            KioskField {
                id: birthDate
                objectName: "birthDateField"
                width: parent.width
                inputMethodHints: Qt.ImhPreferNumbers | Qt.ImhNoPredictiveText
                onAccepted: Lookup.search(familyName.text, birthDate.text)
            }
            BodyText {
                objectName: "lookupProblem"
                width: parent.width
                visible: text !== ""
                color: Theme.reject
                font.pixelSize: Theme.smallSize
                text: root.problemText(Lookup.inputProblem)
            }
        }

        // The one masked result.
        BodyText {
            objectName: "lookupHit"
            width: parent.width
            visible: Lookup.state === "found" || Lookup.state === "admitting" || Lookup.state === "admit-at-desk"
            font.pixelSize: Theme.headingSize
            //: Lookup: the one matching booking, masked. %1 given name, %2 initial of the family name, %3 year of birth, %4 appointment time. Example: "Anna M., born 1950, 10:30".
            text: qsTr("%1 %2., born %3, appointment at %4").arg(Lookup.hitGivenName).arg(Lookup.hitFamilyInitial).arg(Lookup.hitBirthYear).arg(Lookup.hitTime)
        }

        BodyText {
            objectName: "lookupMessage"
            width: parent.width
            visible: text !== ""
            text: {
                switch (Lookup.state) {
                //: Lookup: shown while searching.
                case "searching": return qsTr("Searching …")
                //: Lookup: no booking matched; offers a ticket for the desk.
                case "not-found": return qsTr("Please take a ticket. The staff at the desk will help you with it.")
                //: Lookup: the kiosk cannot look up bookings.
                case "unavailable": return qsTr("This kiosk cannot look up bookings. The staff at the desk will help you.")
                //: Lookup: too many unsuccessful searches; %1 seconds until the next one.
                case "wait": return qsTr("Please wait %1 s before searching again, or ask the staff at the desk.").arg(Lookup.waitSeconds)
                //: Lookup: the person was found but this kiosk cannot check them in.
                case "admit-at-desk": return qsTr("Please go to the desk; the staff will check you in.")
                //: Lookup: where to go with the ticket.
                case "ticket": return qsTr("Please go to the information desk and show this number. The staff will sort out your booking.")
                default: return ""
                }
            }
        }

        Text {
            objectName: "ticketNumber"
            anchors.horizontalCenter: parent.horizontalCenter
            visible: Lookup.state === "ticket"
            font.family: Theme.fontFamily
            font.pixelSize: Theme.titleSize * 1.4
            font.bold: true
            color: Theme.text
            text: Lookup.ticketNumber
        }
    }

    Flow {
        id: buttons
        anchors.top: content.bottom
        anchors.topMargin: Theme.gap
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.gap
        KioskButton {
            objectName: "lookupSearch"
            visible: Lookup.state === "form" || Lookup.state === "searching" || Lookup.state === "wait"
            enabled: Lookup.state === "form" || Lookup.state === "wait"
            width: 420
            //: Lookup form: starts the search.
            text: qsTr("Search")
            onClicked: Lookup.search(familyName.text, birthDate.text)
        }
        KioskButton {
            objectName: "lookupConfirm"
            visible: Lookup.state === "found"
            width: 420
            fill: Theme.pass
            //: Lookup: the person confirms the shown booking is theirs.
            text: qsTr("Yes, that is me")
            onClicked: Lookup.confirm()
        }
        KioskButton {
            objectName: "lookupTicket"
            visible: Lookup.state === "found" || Lookup.state === "not-found"
            width: 420
            fill: Theme.reject
            //: Lookup: the shown booking is not theirs, or nothing was found: get a ticket.
            text: Lookup.state === "found" ? qsTr("No, that is not me") : qsTr("Get a ticket")
            onClicked: Lookup.requestTicket()
        }
        KioskButton {
            objectName: "lookupBack"
            width: 420
            fill: "#555555"
            //: Lookup: back to the scan screen.
            text: Lookup.state === "ticket" ? qsTr("Done") : qsTr("Back")
            onClicked: Kiosk.goBack()
        }
    }
}
