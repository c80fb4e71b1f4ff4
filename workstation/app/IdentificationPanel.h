#pragma once
// How the recipient proves who they are at hand-over, one page each (Ctrl+1/2/3): an identity
// document (type from the accepted list, number, issue date), a power of attorney with the
// representative's document, or a one-time SMS code (send with Ctrl+S, type it, Enter checks it).
// Document numbers are shown masked as soon as they are entered: the screen faces the public.
#include "services/issuing/IssuingService.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;

namespace pc::app {

class IdentificationPanel : public QWidget {
    Q_OBJECT
public:
    enum class Method { IdDocument, PowerOfAttorney, SmsCode };

    explicit IdentificationPanel(QWidget* parent = nullptr);

    Method method() const;
    void setMethod(Method method); // and puts the cursor in its first field
    void focusFirst();
    // What the clerk entered, checked with the domain's rules as of `today`; on an error the cursor
    // goes to the field at fault.
    Result<services::Identification> identification(QDate today);
    void setSmsStatus(const QString& text, bool error);
    QString smsCode() const;
    void clear();
    void setToday(QDate today) { m_today = today; } // the office's date, for issue dates

signals:
    void sendCodeRequested();
    void codeEntered(const QString& code);
    // Enter on the last field of a page: the identification is complete.
    void completed();

private:
    QWidget* buildIdPage();
    QWidget* buildPoaPage();
    QWidget* buildSmsPage();
    void showChecked(QLineEdit* number, QLabel* masked, const Result<issuing::CheckedIdDocument>& checked);
    Result<issuing::IdDocumentInput> document(QComboBox* type, QLineEdit* number, QLineEdit* issued);

    QTabWidget* m_pages = nullptr;
    QComboBox* m_docType = nullptr;
    QLineEdit* m_docNumber = nullptr;
    QLineEdit* m_docIssued = nullptr;
    QLabel* m_docMasked = nullptr;
    QLineEdit* m_poaNumber = nullptr;
    QLineEdit* m_poaIssued = nullptr;
    QLineEdit* m_poaValidUntil = nullptr;
    QLineEdit* m_poaIssuedBy = nullptr;
    QComboBox* m_repType = nullptr;
    QLineEdit* m_repNumber = nullptr;
    QLineEdit* m_repIssued = nullptr;
    QLabel* m_repMasked = nullptr;
    QLineEdit* m_smsCode = nullptr;
    QLabel* m_smsStatus = nullptr;
    QDate m_today = QDate::currentDate();
};

// "25.03.2015", "25032015" or "2015-03-25"; an invalid QDate otherwise.
QDate parseTypedDate(const QString& text);

} // namespace pc::app
