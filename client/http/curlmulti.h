#pragma once

#include <QHash>
#include <QObject>
#include <QTimer>

#include <curl/curl.h>

#include <functional>

class QSocketNotifier;

namespace ps {

// A libcurl multi handle driven by the Qt event loop of the thread it lives in: libcurl
// says which sockets to watch (CURLMOPT_SOCKETFUNCTION → QSocketNotifier) and when to call
// it back (CURLMOPT_TIMERFUNCTION → a single-shot QTimer); nothing ever waits.
//
// Callbacks registered with add() run outside libcurl (after curl_multi_socket_action has
// returned), so they may add or remove transfers.
class CurlMulti : public QObject
{
    Q_OBJECT

public:
    struct Transfer {
        std::function<void()> progressed;          // data arrived since the last call
        std::function<void(CURLcode)> completed;   // the transfer ended; it is removed already
    };

    explicit CurlMulti(QObject *parent = nullptr);
    ~CurlMulti() override;

    void add(CURL *easy, Transfer transfer);
    // Stops a transfer; its `completed` is not called. Safe for unknown handles.
    void remove(CURL *easy);
    int activeTransfers() const { return int(m_transfers.size()); }

private:
    struct Watch {
        QSocketNotifier *read = nullptr;
        QSocketNotifier *write = nullptr;
    };

    static int onSocket(CURL *easy, curl_socket_t socket, int what, void *self, void *socketData);
    static int onTimer(CURLM *multi, long timeoutMs, void *self);
    void watch(curl_socket_t socket, int what);
    void unwatch(curl_socket_t socket);
    void act(curl_socket_t socket, int eventMask);
    void dispatch();

    CURLM *m_multi = nullptr;
    QTimer m_timer;
    QHash<curl_socket_t, Watch> m_watches;
    QHash<CURL *, Transfer> m_transfers;
};

} // namespace ps
