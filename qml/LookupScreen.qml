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

    // Normally top down; in the reach layout (wheelchair users) the form sits at the bottom, right
    // above the on-screen keyboard, with its buttons below it.
    Column {
        id: content
        anchors.top: Access.reachLayout ? undefined : parent.top
        anchors.bottom: Access.reachLayout ? buttons.top : undefined
        anchors.bottomMargin: Theme.gap
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
                case "found": case "factor": case "admitting": case "admit-at-desk": return qsTr("Is this you?")
                //: Lookup screen title when no booking matched.
                case "not-found": case "ticket-wait": return qsTr("We could not find your booking")
                //: Lookup screen title on the clearing ticket: the number the desk resolves (shown on screen; printed only when a printer is there).
                case "ticket": return qsTr("Your number for the desk")
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
                color: Theme.problem
                font.pixelSize: Theme.smallSize
                text: root.problemText(Lookup.inputProblem)
            }
        }

        // The one masked result.
        BodyText {
            objectName: "lookupHit"
            width: parent.width
            visible: Lookup.state === "found" || Lookup.state === "factor" || Lookup.state === "admitting" || Lookup.state === "admit-at-desk"
            font.pixelSize: Theme.headingSize
            textFormat: Text.PlainText
            // The name keeps its own direction inside a right-to-left sentence (bidi isolation).
            //: Lookup: the one matching booking, masked. %1 given name, %2 initial of the family name, %3 year of birth, %4 appointment time. Example: "Anna M., born 1950, 10:30".
            text: Language.inReadingDirection(qsTr("%1 %2., born %3, appointment at %4").arg(Language.isolate(Lookup.hitGivenName)).arg(Language.isolate(Lookup.hitFamilyInitial)).arg(Lookup.hitBirthYear).arg(Lookup.hitTime))
        }

        // The second factor the booking holds, when the kiosk asks for one.
        Column {
            width: parent.width
            spacing: 12
            visible: Lookup.state === "factor"
            BodyText {
                objectName: "factorLabel"
                width: parent.width
                font.pixelSize: Theme.smallSize
                text: Lookup.secondFactor === Lookup.PostalCode
                      //: Lookup: asks for the postal code of the booking's address before checking in.
                      ? qsTr("To check in, please enter the postal code of your address.")
                      //: Lookup: asks for the booking reference from the confirmation before checking in.
                      : qsTr("To check in, please enter the booking reference from your confirmation.")
            }
            KioskField {
                id: factor
                objectName: "factorField"
                width: parent.width
                inputMethodHints: Lookup.secondFactor === Lookup.PostalCode ? Qt.ImhPreferNumbers | Qt.ImhNoPredictiveText
                                                                            : Qt.ImhPreferUppercase | Qt.ImhNoPredictiveText
                onAccepted: Lookup.submitFactor(text)
            }
        }

        BodyText {
            objectName: "lookupMessage"
            width: parent.width
            visible: text !== ""
            text: {
                switch (Lookup.state) {
                //: Lookup: shown while searching.
                case "searching": return qsTr("Searching …")
                //: Lookup: no booking matched; offers a number for the desk (shown on screen, no paper promised).
                case "not-found": return qsTr("Please get a number for the desk. The staff there will help you.")
                //: Lookup: the kiosk cannot look up bookings.
                case "unavailable": return qsTr("This kiosk cannot look up bookings. The staff at the desk will help you.")
                //: Lookup: too many unsuccessful searches; %1 seconds until the next one.
                case "wait": return qsTr("Please wait %1 s before searching again, or ask the staff at the desk.").arg(Lookup.waitSeconds)
                //: Lookup: the person was found, but only the staff at the desk check in without a code.
                case "admit-at-desk": return qsTr("Please go to the desk with your ID; the staff will check you in.")
                //: Lookup: where to go with the number.
                case "ticket": return qsTr("Please go to the desk and show this number. The staff will sort out your booking.")
                default: return ""
                }
            }
        }

        // The number to read out and its QR code: scanned at the entrance once the desk resolved
        // the case. Both read left to right in every language.
        Row {
            anchors.horizontalCenter: parent.horizontalCenter
            visible: Lookup.state === "ticket"
            spacing: Theme.gap * 2
            LayoutMirroring.enabled: false
            Text {
                textFormat: Text.PlainText
                objectName: "ticketNumber"
                anchors.verticalCenter: parent.verticalCenter
                font.family: Theme.fontFamily
                font.pixelSize: Theme.titleSize * 1.4
                font.bold: true
                color: Theme.text
                text: Lookup.ticketNumber
            }
            Image {
                objectName: "ticketCode"
                width: 240
                height: 240
                sourceSize.width: 240
                sourceSize.height: 240
                smooth: false
                source: Lookup.ticketNumber !== "" ? "image://ticketcode/" + Lookup.ticketNumber : ""
            }
        }
        BodyText {
            width: parent.width
            visible: Lookup.state === "ticket"
            font.pixelSize: Theme.smallSize
            horizontalAlignment: Text.AlignHCenter
            //: Lookup ticket: under the number and its QR code; the person keeps one of them for the desk and the entrance.
            text: qsTr("Take a photo of the code or write down the number. Once the desk has sorted out your booking, the code lets you in here.")
        }
    }

    Flow {
        id: buttons
        anchors.top: Access.reachLayout ? undefined : content.bottom
        anchors.topMargin: Theme.gap
        anchors.bottom: Access.reachLayout ? parent.bottom : undefined
        anchors.bottomMargin: Theme.gap
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
            ink: Theme.passInk
            //: Lookup: the person confirms the shown booking is theirs.
            text: qsTr("Yes, that is me")
            onClicked: Lookup.confirm()
        }
        KioskButton {
            objectName: "factorSubmit"
            visible: Lookup.state === "factor"
            width: 420
            fill: Theme.pass
            ink: Theme.passInk
            //: Lookup: checks in with the postal code or booking reference typed.
            text: qsTr("Check in")
            onClicked: Lookup.submitFactor(factor.text)
        }
        KioskButton {
            objectName: "lookupTicket"
            visible: Lookup.state === "found" || Lookup.state === "not-found"
            width: 420
            fill: Theme.reject
            text: Lookup.state === "found"
                  //: Lookup: the shown booking is not theirs: get a number for the desk instead.
                  ? qsTr("No, that is not me")
                  //: Lookup: nothing was found: get a number for the desk (shown on screen; no paper promised).
                  : qsTr("Get a number for the desk")
            onClicked: Lookup.requestTicket()
        }
        KioskButton {
            objectName: "lookupPrintTicket"
            // Only with a printer: the number on paper.
            visible: Print.available && Lookup.state === "ticket"
            enabled: Print.state !== "printing"
            width: 420
            text: Print.state === "printed"
                  //: Lookup: the ticket was printed; a tap prints another.
                  ? qsTr("Printed – print again")
                  : Print.state === "failed"
                    //: Lookup: printing the ticket failed; a tap tries again.
                    ? qsTr("Printing failed – try again")
                    //: Lookup: prints the number for the desk on paper.
                    : qsTr("Print this number")
            onClicked: Print.printClearingTicket()
        }
        KioskButton {
            objectName: "lookupBack"
            width: 420
            fill: Theme.neutralButton
            text: Lookup.state === "ticket"
                  //: Lookup: back to the scan screen after the number for the desk was shown.
                  ? qsTr("Done")
                  //: Lookup: back to the scan screen.
                  : qsTr("Back")
            onClicked: Kiosk.goBack()
        }
    }
}
