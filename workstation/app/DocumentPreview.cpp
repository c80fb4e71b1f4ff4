#include "DocumentPreview.h"

#include "forms/render/Renderer.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace pc::app {

DocumentPreview::DocumentPreview(forms::layout::Document document, QWidget* parent)
    : QDialog(parent), m_doc(std::move(document))
{
    setWindowTitle(tr("Preview: %1").arg(m_doc.title));
    m_view = new QLabel(this);
    m_view->setAlignment(Qt::AlignCenter);
    m_view->setBackgroundRole(QPalette::Dark);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_view);
    scroll->setWidgetResizable(true);
    scroll->setAlignment(Qt::AlignCenter);

    m_prev = new QPushButton(tr("◀ Previous page"), this);
    m_next = new QPushButton(tr("Next page ▶"), this);
    m_pageLabel = new QLabel(this);
    m_zoom = new QComboBox(this);
    m_zoom->setAccessibleName(tr("Zoom"));
    // Raster resolutions: 100 dpi ≈ life size on a typical counter screen, 203 = the label printer.
    for (int dpi : {75, 100, 150, 203, 300})
        m_zoom->addItem(tr("%1 dpi").arg(dpi), dpi);
    m_zoom->setCurrentIndex(1);
    connect(m_prev, &QPushButton::clicked, this, [this] { showPage(m_page - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { showPage(m_page + 1); });
    connect(m_zoom, &QComboBox::currentIndexChanged, this,
            [this](int index) { setDpi(m_zoom->itemData(index).toInt()); });

    auto* nav = new QHBoxLayout;
    nav->addWidget(m_prev);
    nav->addWidget(m_pageLabel);
    nav->addWidget(m_next);
    nav->addStretch();
    nav->addWidget(m_zoom);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(nav);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    resize(760, 900);
    render();
}

void DocumentPreview::showPage(int page)
{
    if (page < 0 || page >= pageCount() || page == m_page)
        return;
    m_page = page;
    render();
}

void DocumentPreview::setDpi(int dpi)
{
    if (dpi == m_dpi || dpi < 50 || dpi > 600)
        return;
    m_dpi = dpi;
    render();
}

void DocumentPreview::render()
{
    m_image = forms::render::renderPageImage(m_doc, m_page, m_dpi);
    m_view->setPixmap(QPixmap::fromImage(m_image));
    m_pageLabel->setText(tr("Page %1 of %2").arg(m_page + 1).arg(std::max(1, pageCount())));
    m_prev->setEnabled(m_page > 0);
    m_next->setEnabled(m_page + 1 < pageCount());
}

} // namespace pc::app
