#include "curlmulti.h"

#include <QSocketNotifier>

namespace ps {

namespace {

void retire(QSocketNotifier *notifier)
{
    // It may be the very notifier whose signal is being delivered: disable now, free later.
    if (notifier) {
        notifier->setEnabled(false);
        notifier->deleteLater();
    }
}

} // namespace

CurlMulti::CurlMulti(QObject *parent) : QObject(parent)
{
    static const bool initialised = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
    Q_UNUSED(initialised);
    m_multi = curl_multi_init();
    curl_multi_setopt(m_multi, CURLMOPT_SOCKETFUNCTION, &CurlMulti::onSocket);
    curl_multi_setopt(m_multi, CURLMOPT_SOCKETDATA, this);
    curl_multi_setopt(m_multi, CURLMOPT_TIMERFUNCTION, &CurlMulti::onTimer);
    curl_multi_setopt(m_multi, CURLMOPT_TIMERDATA, this);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { act(CURL_SOCKET_TIMEOUT, 0); });
}

CurlMulti::~CurlMulti()
{
    const auto handles = m_transfers.keys();
    for (CURL *easy : handles)
        curl_multi_remove_handle(m_multi, easy);
    m_transfers.clear();
    curl_multi_cleanup(m_multi);
    for (const auto &w : std::as_const(m_watches)) {
        delete w.read;
        delete w.write;
    }
}

void CurlMulti::add(CURL *easy, Transfer transfer)
{
    m_transfers.insert(easy, std::move(transfer));
    curl_multi_add_handle(m_multi, easy);
}

void CurlMulti::remove(CURL *easy)
{
    if (m_transfers.remove(easy) > 0)
        curl_multi_remove_handle(m_multi, easy);
}

int CurlMulti::onSocket(CURL *, curl_socket_t socket, int what, void *self, void *)
{
    auto *multi = static_cast<CurlMulti *>(self);
    if (what == CURL_POLL_REMOVE)
        multi->unwatch(socket);
    else
        multi->watch(socket, what);
    return 0;
}

int CurlMulti::onTimer(CURLM *, long timeoutMs, void *self)
{
    auto *multi = static_cast<CurlMulti *>(self);
    if (timeoutMs < 0)
        multi->m_timer.stop();
    else
        multi->m_timer.start(int(timeoutMs)); // 0 too: never call libcurl from its own callback
    return 0;
}

void CurlMulti::watch(curl_socket_t socket, int what)
{
    Watch &w = m_watches[socket];
    const bool wantRead = what == CURL_POLL_IN || what == CURL_POLL_INOUT;
    const bool wantWrite = what == CURL_POLL_OUT || what == CURL_POLL_INOUT;
    if (wantRead && !w.read) {
        w.read = new QSocketNotifier(qintptr(socket), QSocketNotifier::Read, this);
        connect(w.read, &QSocketNotifier::activated, this, [this, socket] { act(socket, CURL_CSELECT_IN); });
    } else if (!wantRead && w.read) {
        retire(std::exchange(w.read, nullptr));
    }
    if (wantWrite && !w.write) {
        w.write = new QSocketNotifier(qintptr(socket), QSocketNotifier::Write, this);
        connect(w.write, &QSocketNotifier::activated, this, [this, socket] { act(socket, CURL_CSELECT_OUT); });
    } else if (!wantWrite && w.write) {
        retire(std::exchange(w.write, nullptr));
    }
}

void CurlMulti::unwatch(curl_socket_t socket)
{
    const auto it = m_watches.find(socket);
    if (it == m_watches.end())
        return;
    retire(it->read);
    retire(it->write);
    m_watches.erase(it);
}

void CurlMulti::act(curl_socket_t socket, int eventMask)
{
    int running = 0;
    curl_multi_socket_action(m_multi, socket, eventMask, &running);
    dispatch();
}

void CurlMulti::dispatch()
{
    // Data first, in arrival order per transfer; then the ends. Each callback may remove
    // transfers (its own or others), so look every handle up again before calling it.
    const auto handles = m_transfers.keys();
    for (CURL *easy : handles) {
        const auto it = m_transfers.constFind(easy);
        if (it != m_transfers.constEnd() && it->progressed) {
            auto progressed = it->progressed;
            progressed();
        }
    }
    int queued = 0;
    while (CURLMsg *message = curl_multi_info_read(m_multi, &queued)) {
        if (message->msg != CURLMSG_DONE)
            continue;
        CURL *easy = message->easy_handle;
        const CURLcode result = message->data.result;
        const auto it = m_transfers.find(easy);
        if (it == m_transfers.end())
            continue;
        Transfer transfer = std::move(*it);
        m_transfers.erase(it);
        curl_multi_remove_handle(m_multi, easy);
        if (transfer.progressed)
            transfer.progressed();
        if (transfer.completed)
            transfer.completed(result);
    }
}

} // namespace ps
