#pragma once

#include <QByteArray>
#include <QString>

namespace ps {

// How a request checks the server and proves who it is. Verification is on unless a
// caller explicitly sets `insecure` (and then the UI must say so).
struct TlsOptions {
    QString caFile;            // extra trust anchors from a PEM file
    QByteArray caPem;          // or from memory (kubeconfig certificate-authority-data)
    QByteArray clientCertPem;  // client certificate, from memory only
    QByteArray clientKeyPem;   // its private key, from memory only
    bool insecure = false;     // skip peer and host verification
};

} // namespace ps
