/*
 * quote_map.h - how the quotes stage reads the library's string map
 * (strmap.h): its word and name tables are strmaps in an arena with
 * borrowed keys, and the stage's code works on value slots.  A slot
 * pointer is valid until the next put into the same map.
 */
#ifndef BRIEF_QUOTE_MAP_H
#define BRIEF_QUOTE_MAP_H

#include <stddef.h>
#include <stdint.h>

#include "strmap.h"

/* The value slot of s[0..n), or NULL when absent. */
uint32_t *qmap_get(const strmap *m, const char *s, size_t n);
/* The value slot for s (created as 0 when new; the key must outlive the
 * map); NULL when out of memory. */
uint32_t *qmap_put(strmap *m, const char *s, size_t n);

#endif
