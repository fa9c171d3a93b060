/*
 * fuzz_extract.c - libFuzzer target: bytes as a web page through
 * extract_html (encoding, gumbo, JSON-LD through jansson, scoring, the
 * output walk), every string it returns read to its end; and the same
 * bytes (NULs and all, bounded by their length) as running text for
 * datenorm_find.  See docs/fuzzing.md.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "arena.h"
#include "datenorm.h"
#include "extract.h"

#define FUZZ_MAX_INPUT ((size_t)64 << 10)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > FUZZ_MAX_INPUT) size = FUZZ_MAX_INPUT;
    char day[DATENORM_MAX];
    size_t at = 0;
    if (datenorm_find((const char *)data, size, day, &at) && (at >= size || strlen(day) != 10))
        __builtin_trap();
    arena *ar = arena_new(NULL);
    if (!ar) return 0;
    extract_page p;
    brief_status s = extract_html(ar, (const char *)data, size, &p);
    if (s == BRIEF_OK || s == BRIEF_EEMPTY) {
        volatile size_t sink = strlen(p.text);
        const char *f[] = {p.title, p.source, p.url, p.date, p.author, p.lang};
        for (size_t i = 0; i < sizeof f / sizeof f[0]; i++)
            if (f[i]) sink += strlen(f[i]);
        (void)sink;
    }
    arena_free(ar);
    return 0;
}
