// The camera preview through the "preview" image provider, refreshed as the controller ticks.
import QtQuick
import Checkin.Backend

Image {
    objectName: "previewImage"
    fillMode: Image.PreserveAspectCrop
    cache: false
    asynchronous: false
    smooth: false
    source: Kiosk.previewSerial > 0 ? "image://preview/" + Kiosk.previewSerial : ""
    // The camera picture is not mirrored for right-to-left languages.
    LayoutMirroring.enabled: false
}
