#pragma once
// Loads the translation for the system locale (Russian ships with the program; English is the
// source language) into the application.
class QCoreApplication;

namespace pc {

// Returns the language actually installed ("ru", or "en" when none matched).
const char* installTranslations(QCoreApplication& app);

} // namespace pc
