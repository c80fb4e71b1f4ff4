#pragma once
// What the GUI tests do as a clerk: find a widget by its object name, press a key where the focus is,
// type into the field that must have the focus — one key event per character, since QTest::keyClicks
// takes Latin-1 only and names and streets are Cyrillic.
#include <QApplication>
#include <QTest>
#include <QWidget>

namespace pc::testing {

template <typename T> T* widgetNamed(const QObject* root, const char* name)
{
    auto* w = root->findChild<T*>(QString::fromLatin1(name));
    if (!w)
        qFatal("widget %s not found", name);
    return w;
}

// To the focused widget; to `fallback` when a closed dialog left no focus behind (offscreen).
inline void pressKey(QWidget* fallback, Qt::Key k, Qt::KeyboardModifiers mods = Qt::NoModifier)
{
    QWidget* target = QApplication::focusWidget();
    QTest::keyClick(target ? target : fallback, k, mods);
}

// target nullptr: each character to whatever has the focus then (the first key into a table cell
// opens its editor, which takes the rest).
inline void typeText(QWidget* target, const QString& text)
{
    for (QChar ch : text)
        QTest::sendKeyEvent(QTest::Click, target ? target : QApplication::focusWidget(), Qt::Key_unknown,
                            QString(ch), Qt::NoModifier);
}

// Waits for the named widget to have the focus (says where it is instead), then types into it.
inline bool typeIntoFocused(const char* name, const QString& text)
{
    const auto focused = [name] {
        return QApplication::focusWidget() &&
               QApplication::focusWidget()->objectName() == QLatin1String(name);
    };
    if (!QTest::qWaitFor(focused, 1000)) {
        qWarning("focus is not in %s but in %s", name,
                 QApplication::focusWidget() ? qPrintable(QApplication::focusWidget()->objectName()) : "-");
        return false;
    }
    typeText(QApplication::focusWidget(), text);
    return true;
}

} // namespace pc::testing
