// SoundCues: writes the pass and reject cue WAV files the verdict screen plays.
#pragma once

#include <QString>

namespace checkin::app {

struct CueFiles
{
    QString passUrl; ///< file:// URLs; empty when the files could not be written
    QString rejectUrl;
};

/// Synthesizes the two cues (16-bit mono PCM) into `dir`: a rising two-note chime for PASS and
/// a low double tone for REJECT, distinct in pitch and rhythm so neither relies on hearing well
/// in one frequency band. Generated instead of shipped so the repository holds no binaries.
CueFiles writeCueFiles(const QString &dir);

} // namespace checkin::app
