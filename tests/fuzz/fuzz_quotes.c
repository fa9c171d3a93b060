/*
 * fuzz_quotes.c - libFuzzer target: ingest, clean, split and quotes_find on
 * two documents made by cutting the input in two (the cut point comes from
 * the first two bytes), then quotes_canonicalize over both.
 * See docs/fuzzing.md.
 */
#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "clean.h"
#include "ingest.h"
#include "quotes.h"
#include "split.h"

#define FUZZ_MAX_INPUT ((size_t)64 << 10)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static split_lang *sl;
static quotes_lang *ql;
static int loaded;

static void check_quotes(const quotes_doc *q, size_t len)
{
    volatile size_t sink = 0;
    for (size_t i = 0; i < q->nquotes; i++) {
        if (q->quotes[i].start > q->quotes[i].end || q->quotes[i].end > len)
            __builtin_trap(); /* a quote outside the text */
        for (const char *p = q->quotes[i].text; p && *p; p++) sink += (unsigned char)*p;
        for (const char *p = q->quotes[i].speaker; p && *p; p++) sink += (unsigned char)*p;
        for (const char *p = q->quotes[i].role; p && *p; p++) sink += (unsigned char)*p;
    }
    for (size_t i = 0; i < q->npeople; i++)
        for (const char *p = q->people[i].name; p && *p; p++) sink += (unsigned char)*p;
    (void)sink;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2) return 0;
    size_t cut = ((size_t)data[0] << 8) | data[1];
    data += 2, size -= 2;
    if (size > FUZZ_MAX_INPUT) size = FUZZ_MAX_INPUT;
    cut = size ? cut % (size + 1) : 0;
    if (!loaded) {
        loaded = 1;
        if (split_lang_new(NULL, "english", &sl) != BRIEF_OK) sl = NULL;
        if (quotes_lang_new(NULL, "english", &ql) != BRIEF_OK) ql = NULL;
    }
    if (!sl || !ql) return 0;
    arena *ar = arena_new(NULL);
    if (!ar) return 0;
    const char *part[2] = {(const char *)data, (const char *)data + cut};
    size_t plen[2] = {cut, size - cut};
    quotes_doc qd[2];
    size_t dlen[2];
    size_t nd = 0;
    for (int k = 0; k < 2; k++) {
        ingest_doc d;
        block *blocks = NULL;
        size_t nb = 0;
        span *spans = NULL;
        size_t ns = 0;
        if (ingest_bytes(ar, part[k], plen[k], &d) != BRIEF_OK) continue;
        if (clean_blocks(ar, d.text, d.len, d.body_start, d.title, &blocks, &nb) != BRIEF_OK)
            continue;
        if (split_sentences(ar, sl, d.text, blocks, nb, &spans, &ns) != BRIEF_OK) continue;
        if (quotes_find(ar, ql, d.text, blocks, nb, spans, ns, &qd[nd]) != BRIEF_OK) continue;
        check_quotes(&qd[nd], d.len);
        dlen[nd] = d.len;
        nd++;
    }
    if (nd > 0 && quotes_canonicalize(ar, qd, nd) == BRIEF_OK)
        for (size_t k = 0; k < nd; k++) check_quotes(&qd[k], dlen[k]);
    arena_free(ar);
    return 0;
}
