// SlipPrinter: QPdfWriter renders, libcups sends one IPP Print-Job, all on the "printer" thread.
#include "terminal/app/services/slipprinter.h"

#include "terminal/app/services/ticketcode.h"

#include <QBuffer>
#include <QFontMetrics>
#include <QMetaObject>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryFile>
#include <cups/cups.h>

namespace checkin::app {

namespace {

struct SendResult
{
    int jobId = 0;
    QString problem; ///< empty when the printer accepted the job
};

ipp_t *printJobRequest(const QByteArray &uri, const QString &jobName)
{
    ipp_t *request = ippNewRequest(IPP_OP_PRINT_JOB);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr, uri.constData());
    ippAddString(
        request, IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", nullptr, "checkin-terminal");
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_NAME, "job-name", nullptr, jobName.toUtf8().constData());
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_MIMETYPE, "document-format", nullptr, "application/pdf");
    return request;
}

// A printer that is still printing the last slip answers "busy": the slip waits for it this long.
constexpr int kBusyTries = 20;
constexpr unsigned long kBusyWaitMs = 500;

// One Print-Job request with the PDF as its document; the printer's answer decides. Runs on the
// "printer" thread, so waiting for a busy printer blocks nobody.
SendResult sendJob(const QString &uri, const QString &jobName, const QByteArray &pdf)
{
    char scheme[32], user[256], host[256], resource[1024];
    int port = 0;
    const QByteArray u = uri.toUtf8();
    if (httpSeparateURI(HTTP_URI_CODING_ALL, u.constData(), scheme, sizeof scheme, user, sizeof user, host,
            sizeof host, &port, resource, sizeof resource)
        < HTTP_URI_STATUS_OK)
        return {0, QStringLiteral("not a printer address: %1").arg(uri)};
    // cupsDoIORequest sends the document from a file and handles what a bare send does not (an
    // upgrade to TLS, an authentication retry, by rewinding the file); with cupsSendRequest and
    // cupsWriteRequestData the printer kept a PDF cut short by a few hundred bytes.
    QTemporaryFile document;
    if (!document.open() || document.write(pdf) != pdf.size() || !document.flush())
        return {0, QStringLiteral("cannot write the slip to a temporary file")};
    const http_encryption_t encryption
        = qstrcmp(scheme, "ipps") == 0 ? HTTP_ENCRYPTION_ALWAYS : HTTP_ENCRYPTION_IF_REQUESTED;
    http_t *http = httpConnect2(host, port, nullptr, AF_UNSPEC, encryption, 1, 15000, nullptr);
    if (!http)
        return {0, QStringLiteral("printer not reachable at %1:%2").arg(QString::fromUtf8(host)).arg(port)};
    SendResult result;
    for (int attempt = 1;; ++attempt) {
        // cupsDoIORequest frees the request.
        ipp_t *response = cupsDoIORequest(
            http, printJobRequest(u, jobName), resource, static_cast<int>(document.handle()), -1);
        const ipp_status_t status = response ? ippGetStatusCode(response) : cupsLastError();
        if (status == IPP_STATUS_ERROR_BUSY && attempt < kBusyTries) {
            ippDelete(response);
            QThread::msleep(kBusyWaitMs);
            continue;
        }
        if (!response || status > IPP_STATUS_OK_CONFLICTING)
            result.problem = QStringLiteral("the printer refused the job: %1")
                                 .arg(QString::fromUtf8(cupsLastErrorString()));
        else if (ipp_attribute_t *id = ippFindAttribute(response, "job-id", IPP_TAG_INTEGER))
            result.jobId = ippGetInteger(id, 0);
        ippDelete(response);
        break;
    }
    httpClose(http);
    return result;
}

} // namespace

SlipPrinter::SlipPrinter(const QString &uri, QObject *parent)
    : QObject(parent)
    , m_uri(uri)
{
    m_thread.setObjectName(QStringLiteral("printer"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

SlipPrinter::~SlipPrinter()
{
    m_thread.quit();
    m_thread.wait();
}

QByteArray SlipPrinter::renderPdf(const Slip &slip)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A6));
    writer.setPageMargins(QMarginsF(6, 6, 6, 6), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(slip.jobName);
    QPainter painter(&writer);
    const QRect page = painter.viewport();
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(page.width() / 14);
    font.setBold(true);
    painter.setFont(font);
    QRect area = page;
    QRect used;
    painter.drawText(area, Qt::AlignLeft | Qt::TextWordWrap, slip.heading, &used);
    area.setTop(used.bottom() + page.width() / 20);
    font.setBold(false);
    font.setPixelSize(page.width() / 20);
    painter.setFont(font);
    for (const QString &line : slip.lines) {
        painter.drawText(area, Qt::AlignLeft | Qt::TextWordWrap, line, &used);
        area.setTop(used.bottom() + page.width() / 60);
    }
    if (!slip.bigNumber.isEmpty()) {
        font.setBold(true);
        // As large as a quarter of the width, smaller when a long ticket number would not fit.
        font.setPixelSize(page.width() / 4);
        const int wide = QFontMetrics(font).horizontalAdvance(slip.bigNumber);
        if (wide > page.width())
            font.setPixelSize(std::max(1, page.width() / 4 * page.width() / wide));
        painter.setFont(font);
        painter.drawText(area, Qt::AlignHCenter | Qt::AlignTop, slip.bigNumber, &used);
        area.setTop(used.bottom() + page.width() / 20);
    }
    if (const QImage code = ticketCodeImage(slip.code, page.width() / 2); !code.isNull()) {
        const int side = std::min(page.width() / 2, area.height());
        const QRect target(area.left() + (area.width() - side) / 2, area.top(), side, side);
        painter.drawImage(target, code);
    }
    painter.end();
    return bytes;
}

void SlipPrinter::print(const Slip &slip)
{
    if (!configured()) {
        emit printFailed(QStringLiteral("no printer configured"));
        return;
    }
    QMetaObject::invokeMethod(m_worker, [this, slip, uri = m_uri] {
        const SendResult result = sendJob(uri, slip.jobName, renderPdf(slip));
        QMetaObject::invokeMethod(this, [this, result] {
            if (result.problem.isEmpty())
                emit printed(result.jobId);
            else
                emit printFailed(result.problem);
        });
    });
}

} // namespace checkin::app
