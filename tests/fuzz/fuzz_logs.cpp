// Logs as tasks print them: the line indexer (fed in pieces) and the ANSI colour parser.
#include "ansitext.h"
#include "fuzzinput.h"
#include "logindex.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ps::LogIndex index;
    const char *bytes = reinterpret_cast<const char *>(data);
    const size_t half = size / 2;
    index.appendBytes(bytes, qint64(half), false);
    index.appendBytes(bytes + half, qint64(size - half), true);
    for (qint64 line = 0; line < index.lineCount(); ++line)
        if (index.lineStart(line) > index.lineEnd(line) || index.lineEnd(line) > qint64(size))
            __builtin_trap();
    const QString text = psfuzz::text(data, size);
    (void)ps::AnsiText::parse(text);
    (void)ps::AnsiText::strip(text);
    return 0;
}
