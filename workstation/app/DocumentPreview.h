#pragma once
// Shows a built document as the PNG renderer draws it, page by page, before or after printing: the
// same layout every printer language renders, so what is previewed is what prints.
#include "forms/layout/Layout.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QComboBox;

namespace pc::app {

class DocumentPreview : public QDialog {
    Q_OBJECT
public:
    explicit DocumentPreview(forms::layout::Document document, QWidget* parent = nullptr);

    int pageCount() const { return static_cast<int>(m_doc.pages.size()); }
    int currentPage() const { return m_page; }
    int dpi() const { return m_dpi; }
    const QImage& pageImage() const { return m_image; } // the page on screen
    void showPage(int page);
    void setDpi(int dpi); // zoom: the raster resolution of the preview

private:
    void render();

    forms::layout::Document m_doc;
    int m_page = 0;
    int m_dpi = 100;
    QImage m_image;
    QLabel* m_view = nullptr;
    QLabel* m_pageLabel = nullptr;
    QPushButton* m_prev = nullptr;
    QPushButton* m_next = nullptr;
    QComboBox* m_zoom = nullptr;
};

} // namespace pc::app
