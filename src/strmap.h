/*
 * strmap.h - the library's string -> uint32 map.
 *
 * Open addressing with linear probing over a table of (hash, entry
 * number) slots, at most half full; the entries themselves (key pointer,
 * length, value) sit in a dense array in insertion order.  So an entry's
 * number is a stable id (the vocabulary's stem ids are entry numbers),
 * iterating is a plain loop over 0..strmap_count() in the order keys came
 * in, independent of the hash, and a probe touches 8-byte slots only
 * until a hash matches.
 *
 * Memory comes from one of three places, chosen at init:
 *   - strmap_init: an allocator (NULL: the C library's); strmap_free
 *     releases it;
 *   - strmap_init_arena: an arena; it goes with the arena (strmap_free is
 *     a no-op), and tables outgrown stay in the arena until then, so
 *     strmap_reserve first when the size is known;
 *   - strmap_init_fixed: arrays the caller provides (static storage for a
 *     table built once per process); nothing is allocated, and a put that
 *     needs more room fails.
 * Keys are borrowed: the bytes must stay put as long as the map, unless
 * `keys` (an arena) is given at init, in which case every new key is
 * copied there, NUL-terminated, before it is stored.
 *
 * Limits: keys up to UINT32_MAX bytes, at most UINT32_MAX - 1 entries.
 * Not thread-safe for writing; lookups on a map no one writes to are.
 */
#ifndef BRIEF_STRMAP_H
#define BRIEF_STRMAP_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "brief.h"

/* What find and put return for "no such key" and "out of memory". */
#define STRMAP_NONE UINT32_MAX

typedef struct strmap_slot {
    uint32_t hash;   /* strmap_hash of the key */
    uint32_t entry;  /* entry number + 1; 0: empty */
} strmap_slot;

typedef struct strmap_entry {
    const char *key; /* borrowed, or the copy in `keys` */
    uint32_t len;
    uint32_t value;  /* 0 when put adds the key */
} strmap_entry;

/* Fields are private to strmap.c; the struct is public so that a map can
 * be a member or a static, with no allocation of its own. */
typedef struct strmap {
    const brief_allocator *a; /* allocator-backed */
    arena *ar;                /* arena-backed when not NULL */
    arena *keys;              /* copies of new keys; NULL: borrowed */
    int fixed;                /* caller storage: never grows */
    strmap_slot *slot;
    size_t mask;              /* slots - 1; 0 before the first table */
    strmap_entry *e;
    size_t n, cap;
} strmap;

/* An empty map; none of these allocates. */
void strmap_init(strmap *m, const brief_allocator *a, arena *keys);
void strmap_init_arena(strmap *m, arena *ar, arena *keys);
/* Over `nslots` slots (a power of two, at least 2) and `nentries`
 * entries (at most nslots / 2 are used), both owned by the caller. */
void strmap_init_fixed(strmap *m, strmap_slot *slots, size_t nslots,
                       strmap_entry *entries, size_t nentries, arena *keys);
/* Releases what an allocator-backed map allocated (not the key copies,
 * which belong to `keys`); the map is then empty and reusable. */
void strmap_free(strmap *m);

/* Room for `n` entries in all, so that no put up to then grows the
 * tables.  1 on success, 0 when out of memory (the map is unchanged). */
int strmap_reserve(strmap *m, size_t n);

/* The hash put and find use, for callers that keep it to skip hashing a
 * key twice (the tokenizer caches each stem's). */
uint32_t strmap_hash(const char *key, size_t len);

/* The entry number of key[0..len), or STRMAP_NONE. */
uint32_t strmap_find(const strmap *m, const char *key, size_t len);
uint32_t strmap_find_hashed(const strmap *m, const char *key, size_t len,
                            uint32_t hash);

/* The entry number of key[0..len), adding it (value 0) when new; *added
 * (may be NULL) says which.  STRMAP_NONE when out of memory or out of
 * room, the map unchanged. */
uint32_t strmap_put(strmap *m, const char *key, size_t len, int *added);
uint32_t strmap_put_hashed(strmap *m, const char *key, size_t len,
                           uint32_t hash, int *added);

/* Entries 0 .. strmap_count() - 1, in insertion order.  These four are
 * inline (strmap.c holds their external definitions): the vocabulary
 * answers "is id a stopword" for every token of every sentence. */
inline size_t strmap_count(const strmap *m) { return m->n; }
/* The key of entry i < strmap_count() (NUL-terminated when copied);
 * *len (may be NULL) receives its length. */
inline const char *strmap_key(const strmap *m, uint32_t i, size_t *len)
{
    if (len) *len = m->e[i].len;
    return m->e[i].key;
}
/* The value of entry i < strmap_count(), to read or to set. */
inline uint32_t strmap_get(const strmap *m, uint32_t i) { return m->e[i].value; }
inline uint32_t *strmap_value(strmap *m, uint32_t i) { return &m->e[i].value; }

#endif
