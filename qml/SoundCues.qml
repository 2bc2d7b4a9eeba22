// The pass and reject cues, played when a verdict appears (the files come from the controller).
import QtQuick
import QtMultimedia
import Checkin.Backend

Item {
    SoundEffect { id: passCue; source: Kiosk.passSound }
    SoundEffect { id: rejectCue; source: Kiosk.rejectSound }
    Connections {
        target: Kiosk
        function onVerdictChanged() {
            if (Kiosk.family === "pass") passCue.play()
            else rejectCue.play()
        }
    }
}
