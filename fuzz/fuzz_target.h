// What every fuzz target shares. Each fuzz/fuzz_<target>.cpp defines one feed function that takes
// arbitrary bytes to a parser's entry point and checks what comes back; the same functions serve
// two callers, so a crasher found by libFuzzer is replayed by the normal test suite unchanged:
//   - scripts/build-fuzzers.sh compiles one file with VLMWB_LIBFUZZER defined, which turns
//     VLMWB_FUZZ_TARGET into libFuzzer's LLVMFuzzerTestOneInput;
//   - tests/core/tst_fuzz_regressions.cpp links all of them and calls each feed function on every
//     file under tests/fuzz/corpus/<target>/ and tests/fuzz/crashers/<target>/.
// A parser may refuse an input (that is what it is for); a feed function swallows the parser's own
// documented error, so anything that escapes it — another exception, a broken invariant — is a bug.
#pragma once

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>

namespace vlmwb::fuzz {

// Thrown when a parser returned but what it returned breaks a promise of its header. Under libFuzzer
// the uncaught exception aborts, so the input is saved as a crash.
class BrokenInvariant : public std::logic_error
{
public:
    using std::logic_error::logic_error;
};

inline void require(bool holds, const std::string &promise)
{
    if (!holds)
        throw BrokenInvariant(promise);
}

// One feed function per target; the target's name is its corpus folder's name.
void feedLexiconCsv(const std::uint8_t *data, std::size_t size);   // lexicon_csv
void feedRxNormRrf(const std::uint8_t *data, std::size_t size);    // rxnorm_rrf
void feedDoseParser(const std::uint8_t *data, std::size_t size);   // dose_parser
void feedImageDecode(const std::uint8_t *data, std::size_t size);  // image_decode
void feedSafetensors(const std::uint8_t *data, std::size_t size);  // safetensors_header
void feedModelConfig(const std::uint8_t *data, std::size_t size);  // model_config
void feedTokenizer(const std::uint8_t *data, std::size_t size);    // tokenizer_decode

} // namespace vlmwb::fuzz

#ifdef VLMWB_LIBFUZZER
#define VLMWB_FUZZ_TARGET(feed)                                                                    \
    extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)             \
    {                                                                                              \
        feed(data, size);                                                                          \
        return 0;                                                                                  \
    }
#else
#define VLMWB_FUZZ_TARGET(feed)
#endif
