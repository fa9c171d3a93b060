/*
 * quote_map.h - a small string -> uint32 hash map in an arena, private to
 * the quotes stage (quote_*.c, quotes.c).  Moved here unchanged from
 * quotes.c; a shared string map will replace it.
 *
 * Keys are borrowed (they must outlive the map); a zeroed hmap is empty.
 * Open addressing with linear probing, at most half full.
 */
#ifndef BRIEF_QUOTE_MAP_H
#define BRIEF_QUOTE_MAP_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"

typedef struct hmap {
    const char **key;
    size_t *klen;
    uint32_t *val;
    size_t cap, n;
} hmap;

/* The value slot of s[0..n), or NULL when absent. */
uint32_t *hmap_get(const hmap *m, const char *s, size_t n);
/* The value slot for s (created as 0 when new; the key must outlive the
 * map); NULL when out of memory.  The tables grow in ar. */
uint32_t *hmap_put(arena *ar, hmap *m, const char *s, size_t n);

#endif
