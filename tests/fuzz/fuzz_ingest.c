/*
 * fuzz_ingest.c - libFuzzer target: raw bytes through ingest_bytes, then
 * clean_blocks on the decoded text.  See docs/fuzzing.md.
 */
#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "clean.h"
#include "ingest.h"

#define FUZZ_MAX_INPUT ((size_t)64 << 10)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > FUZZ_MAX_INPUT) size = FUZZ_MAX_INPUT;
    arena *ar = arena_new(NULL);
    if (!ar) return 0;
    ingest_doc d;
    if (ingest_bytes(ar, (const char *)data, size, &d) == BRIEF_OK) {
        block *blocks = NULL;
        size_t n = 0;
        if (clean_blocks(ar, d.text, d.len, d.body_start, d.title, &blocks, &n) ==
            BRIEF_OK) {
            /* Touch every span so an out-of-range offset is caught. */
            volatile unsigned char sink = 0;
            for (size_t i = 0; i < n; i++)
                for (size_t j = blocks[i].start; j < blocks[i].end && j < d.len; j++)
                    sink ^= (unsigned char)d.text[j];
            (void)sink;
        }
    }
    arena_free(ar);
    return 0;
}
