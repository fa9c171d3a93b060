/*
 * fuzz_pages.c - libFuzzer target: pages_read, what one file holds (a
 * feed's items, a mail, a page, a text), on the raw bytes under a name
 * chosen by the first byte (.xml, .eml, .html, .txt: the name is a hint
 * for pages only, so the others must agree).  Checks what pages.h
 * promises and abort()s when it does not hold: BRIEF_OK gives documents,
 * each with a name and, unless it is a text file's, front matter text
 * that holds its body; a feed item's name is the file's with "#k", k
 * rising.  See docs/fuzzing.md.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "pages.h"

#define FUZZ_MAX_INPUT ((size_t)64 << 10)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0) return 0;
    if (size > FUZZ_MAX_INPUT) size = FUZZ_MAX_INPUT;
    static const char *const names[] = {"in.xml", "in.eml", "in.html", "in.txt"};
    const char *name = names[data[0] & 3];
    arena *ar = arena_new(NULL);
    if (!ar) return 0;
    pages_doc *docs;
    size_t n;
    const char *why;
    /* bit 2 of the first byte: as a file found in a folder */
    unsigned flags = (data[0] & 4) ? BRIEF_ADD_FOUND : 0;
    brief_status st = pages_read(ar, name, (const char *)data + 1, size - 1, flags, &docs, &n, &why);
    if (st == BRIEF_OK) {
        if (n == 0) abort();
        size_t last = 0;
        for (size_t i = 0; i < n; i++) {
            const pages_doc *d = &docs[i];
            if (!d->page.name) abort();
            if (!d->text) {
                if (n != 1 || strcmp(d->page.name, name) != 0) abort();
                continue;
            }
            if (strlen(d->text) != d->text_len || strncmp(d->text, "---\n", 4) != 0) abort();
            if (!d->page.text || !strstr(d->text, d->page.text)) abort();
            if (strcmp(d->page.name, name) != 0) {
                size_t k = strlen(name);
                if (strncmp(d->page.name, name, k) != 0 || d->page.name[k] != '#') abort();
                size_t item = strtoul(d->page.name + k + 1, NULL, 10);
                if (item <= last) abort();
                last = item;
            }
        }
    } else if (st == BRIEF_ENOMEM) {
    } else if (!why) {
        abort();
    }
    arena_free(ar);
    return 0;
}
