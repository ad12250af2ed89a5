// reuseFreedHeapMemory: after it, a block far above glibc's mmap threshold comes from the heap,
// not from its own mmap(), and freeing it leaves the heap as large as before (so the next training
// step reuses the pages instead of faulting in fresh ones). VLMWB_HEAP_REUSE=0 leaves malloc alone.
#include "vlmwb/heap_reuse.h"

#include <QtTest>

#include <cstdlib>
#include <cstring>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace {

constexpr std::size_t blockBytes = 96u << 20; // three times glibc's largest mmap threshold (32 MB)

// Keeps the compiler from eliding a malloc / free pair whose memory is never read.
void *volatile keptBlock = nullptr;

void *allocateTouched()
{
    void *block = std::malloc(blockBytes);
    if (block)
        std::memset(block, 1, blockBytes);
    keptBlock = block;
    return block;
}

} // namespace

class TestHeapReuse : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
#if !defined(__GLIBC__) || defined(__SANITIZE_ADDRESS__)
        QSKIP("Needs glibc's own malloc (a sanitizer runtime replaces it).");
#endif
    }

    // Runs first: until reuseFreedHeapMemory succeeds, glibc keeps its defaults.
    void switchedOffByTheEnvironment()
    {
#if defined(__GLIBC__)
        qputenv("VLMWB_HEAP_REUSE", "0");
        QVERIFY(!vlmwb::inference::reuseFreedHeapMemory());
        qunsetenv("VLMWB_HEAP_REUSE");
        void *block = allocateTouched();
        QVERIFY(block);
        // glibc's default: a block this large is a chunk of its own, mapped with mmap().
        QVERIFY(std::size_t(mallinfo2().hblkhd) >= blockBytes);
        std::free(block);
        QVERIFY(std::size_t(mallinfo2().hblkhd) < blockBytes);
#endif
    }

    void largeBlocksComeFromTheHeapAndStayThere()
    {
#if defined(__GLIBC__)
        QVERIFY(vlmwb::inference::reuseFreedHeapMemory());
        const std::size_t mappedBefore = mallinfo2().hblkhd;
        void *block = allocateTouched();
        QVERIFY(block);
        QCOMPARE(std::size_t(mallinfo2().hblkhd), mappedBefore); // no new mmap()ed chunk
        QVERIFY(std::size_t(mallinfo2().arena) >= blockBytes);
        std::free(block);
        // Not trimmed: the freed block stays in the heap, free for the next allocation.
        QVERIFY(std::size_t(mallinfo2().arena) >= blockBytes);
        QVERIFY(std::size_t(mallinfo2().fordblks) >= blockBytes);
        void *again = allocateTouched();
        QVERIFY(again);
        QVERIFY(std::size_t(mallinfo2().arena) < 2 * blockBytes); // reused, not grown by another block
        std::free(again);
#endif
    }
};

QTEST_APPLESS_MAIN(TestHeapReuse)
#include "tst_heap_reuse.moc"
