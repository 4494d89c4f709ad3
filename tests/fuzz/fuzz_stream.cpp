// Streamed bodies as servers send them, cut into chunks at places the input chooses: the
// SSE parser (Argo watch and logs) and the line splitter under it.
#include "fuzzinput.h"
#include "linesplitter.h"
#include "sseparser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte picks the chunk size; the rest is the body.
    const qsizetype chunk = 1 + data[0] % 64;
    const QByteArray body = psfuzz::bytes(data + 1, size - 1);
    ps::SseParser sse;
    ps::LineSplitter lines(256);
    for (qsizetype at = 0; at < body.size(); at += chunk) {
        const QByteArray piece = body.mid(at, chunk);
        (void)sse.feed(piece);
        QList<qsizetype> cut;
        for (const QByteArray &line : lines.feed(piece, &cut))
            if (line.size() > lines.maxLineBytes() || line.contains('\n'))
                __builtin_trap();
        if (lines.pendingBytes() > lines.maxLineBytes())
            __builtin_trap();
    }
    sse.reset();
    (void)lines.takeRest();
    return 0;
}
