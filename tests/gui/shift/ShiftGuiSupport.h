#pragma once
// GUI tests of the shift screens: answer the modal dialog a button opens (the test schedules the
// answer, then clicks; the dialog's own event loop runs it), and read a message box's text.
#include <QApplication>
#include <QDialog>
#include <QMessageBox>
#include <QPointer>
#include <QTimer>
#include <functional>

namespace pc::testing {

// Calls `answer` with the next modal dialog that appears (polling, up to 5 s), inside its loop.
inline void answerNextDialog(std::function<void(QDialog*)> answer)
{
    auto* timer = new QTimer;
    auto started = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, started, answer] {
        auto* d = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (d && d->isVisible()) {
            timer->stop();
            timer->deleteLater();
            answer(d);
        } else if (++*started > 500) {
            timer->stop();
            timer->deleteLater();
            qWarning("no dialog appeared");
        }
    });
    timer->start(10);
}

// Schedules: close the next message box, keeping its text in *text.
inline void acknowledgeMessage(QString* text)
{
    answerNextDialog([text](QDialog* d) {
        auto* box = qobject_cast<QMessageBox*>(d);
        if (text)
            *text = box ? box->text()
                        : QStringLiteral("(not a message box: %1)")
                              .arg(QString::fromLatin1(d->metaObject()->className()));
        d->accept();
    });
}

} // namespace pc::testing
