/*
 * fuzz_feed.c - libFuzzer target: feed_detect and feed_parse of the raw
 * bytes.  Checks what feed.h promises and abort()s when it does not
 * hold: BRIEF_OK only for a feed kind, with its items' strings whole
 * (body_len the body's length; expat gives no NUL), every date already in
 * datenorm's form (normalising it again changes nothing), every item with
 * a title or a body and the feed's title as its source; feed_detect
 * agrees with the kind parsed.  See docs/fuzzing.md.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "datenorm.h"
#include "feed.h"

#define FUZZ_MAX_INPUT ((size_t)64 << 10)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_date(const char *d)
{
    if (!d) return;
    char again[DATENORM_MAX];
    if (!datenorm(d, strlen(d), again) || strcmp(again, d) != 0) abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > FUZZ_MAX_INPUT) size = FUZZ_MAX_INPUT;
    arena *ar = arena_new(NULL);
    if (!ar) return 0;
    const char *bytes = (const char *)data;
    feed f;
    brief_status st = feed_parse(ar, bytes, size, &f);
    if (st == BRIEF_OK) {
        if (f.kind == FEED_NONE) abort();
        if (feed_detect(ar, bytes, size) != f.kind) abort();
        for (size_t i = 0; i < f.n; i++) {
            const article *a = &f.items[i];
            if (!a->title && !a->body) abort();
            if (a->body && strlen(a->body) != a->body_len) abort();
            if (a->source != f.title) abort();
            if (a->title && !*a->title) abort();
            check_date(a->date);
            volatile size_t sink = 0;
            if (a->url) sink += strlen(a->url);
            if (a->author) sink += strlen(a->author);
            if (a->id) sink += strlen(a->id);
            (void)sink;
        }
    } else if (st == BRIEF_EFORMAT) {
        if (f.n != 0 || !f.error) abort();
    } else if (st != BRIEF_ENOMEM) {
        abort();
    }
    arena_free(ar);
    return 0;
}
