/*
 * fuzz_split.c - libFuzzer target: ingest, clean, then split_sentences with
 * the language picked by the first byte (english, german, french, porter).
 * See docs/fuzzing.md.
 */
#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "clean.h"
#include "ingest.h"
#include "split.h"

#define FUZZ_MAX_INPUT ((size_t)64 << 10)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const langs[4] = {"english", "german", "french", "porter"};
/* Loaded once and kept for the process (reachable, so not a leak). */
static split_lang *sls[4];
static int loaded[4];

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1) return 0;
    unsigned li = data[0] & 3u;
    data++, size--;
    if (size > FUZZ_MAX_INPUT) size = FUZZ_MAX_INPUT;
    if (!loaded[li]) {
        if (split_lang_new(NULL, langs[li], &sls[li]) != BRIEF_OK) sls[li] = NULL;
        loaded[li] = 1;
    }
    if (!sls[li]) return 0;
    arena *ar = arena_new(NULL);
    if (!ar) return 0;
    ingest_doc d;
    block *blocks = NULL;
    size_t nb = 0;
    span *spans = NULL;
    size_t ns = 0;
    if (ingest_bytes(ar, (const char *)data, size, &d) == BRIEF_OK &&
        clean_blocks(ar, d.text, d.len, d.body_start, d.title, &blocks, &nb) == BRIEF_OK &&
        split_sentences(ar, sls[li], d.text, blocks, nb, &spans, &ns) == BRIEF_OK) {
        volatile unsigned char sink = 0;
        for (size_t i = 0; i < ns; i++) {
            if (spans[i].start > spans[i].end || spans[i].end > d.len)
                __builtin_trap(); /* a span outside the text */
            for (size_t j = spans[i].start; j < spans[i].end; j++)
                sink ^= (unsigned char)d.text[j];
        }
        (void)sink;
    }
    arena_free(ar);
    return 0;
}
