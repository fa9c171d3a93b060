/* strmap.c - string -> uint32 map; see strmap.h. */
#include "strmap.h"

#include <string.h>

#include "hash.h"

#define FIRST_SLOTS 16
#define FIRST_ENTRIES 8

extern inline size_t strmap_count(const strmap *m);
extern inline const char *strmap_key(const strmap *m, uint32_t i, size_t *len);
extern inline uint32_t strmap_get(const strmap *m, uint32_t i);
extern inline uint32_t *strmap_value(strmap *m, uint32_t i);

void strmap_init(strmap *m, const brief_allocator *a, arena *keys)
{
    memset(m, 0, sizeof *m);
    m->a = a;
    m->keys = keys;
}

void strmap_init_arena(strmap *m, arena *ar, arena *keys)
{
    strmap_init(m, NULL, keys);
    m->ar = ar;
}

void strmap_init_fixed(strmap *m, strmap_slot *slots, size_t nslots,
                       strmap_entry *entries, size_t nentries, arena *keys)
{
    strmap_init(m, NULL, keys);
    m->fixed = 1;
    memset(slots, 0, nslots * sizeof *slots);
    m->slot = slots;
    m->mask = nslots - 1;
    m->e = entries;
    m->cap = nentries < nslots / 2 ? nentries : nslots / 2;
}

void strmap_free(strmap *m)
{
    if (!m->ar && !m->fixed) {
        mem_free(m->a, m->slot);
        mem_free(m->a, m->e);
    }
    m->slot = NULL;
    m->mask = 0;
    m->e = NULL;
    m->n = m->cap = 0;
}

uint32_t strmap_hash(const char *key, size_t len)
{
    return hash_to32(hash_bytes(key, len));
}

/* A new slot table of `size` slots (a power of two) holding every entry. */
static int rehash(strmap *m, size_t size)
{
    if (size - 1 > UINT32_MAX || size > SIZE_MAX / sizeof *m->slot) return 0;
    strmap_slot *s = m->ar ? arena_alloc(m->ar, size * sizeof *s)
                           : mem_malloc(m->a, size * sizeof *s);
    if (!s) return 0;
    memset(s, 0, size * sizeof *s);
    for (size_t k = 0; m->slot && k <= m->mask; k++) {
        if (!m->slot[k].entry) continue;
        size_t i = m->slot[k].hash & (size - 1);
        while (s[i].entry) i = (i + 1) & (size - 1);
        s[i] = m->slot[k];
    }
    if (!m->ar) mem_free(m->a, m->slot);
    m->slot = s;
    m->mask = size - 1;
    return 1;
}

static int resize_entries(strmap *m, size_t cap)
{
    if (cap > SIZE_MAX / sizeof *m->e) return 0;
    strmap_entry *e = m->ar ? arena_grow(m->ar, m->e, m->cap * sizeof *e, cap * sizeof *e)
                            : mem_realloc(m->a, m->e, cap * sizeof *e);
    if (!e) return 0;
    m->e = e;
    m->cap = cap;
    return 1;
}

int strmap_reserve(strmap *m, size_t n)
{
    if (n > UINT32_MAX - 1) return 0;
    if (n > m->cap && (m->fixed || !resize_entries(m, n))) return 0;
    size_t size = m->slot ? m->mask + 1 : FIRST_SLOTS;
    while (size / 2 < n) size *= 2;
    if (!m->slot || size > m->mask + 1) return !m->fixed && rehash(m, size);
    return 1;
}

/* Room for one more entry, doubling what is full. */
static int make_room(strmap *m)
{
    if (m->n >= UINT32_MAX - 1) return 0;
    if (m->n == m->cap &&
        (m->fixed || !resize_entries(m, m->cap ? m->cap * 2 : FIRST_ENTRIES)))
        return 0;
    if (!m->slot) return rehash(m, FIRST_SLOTS);
    if ((m->n + 1) * 2 > m->mask + 1) return !m->fixed && rehash(m, (m->mask + 1) * 2);
    return 1;
}

uint32_t strmap_find_hashed(const strmap *m, const char *key, size_t len, uint32_t hash)
{
    if (!m->slot) return STRMAP_NONE;
    for (size_t i = hash & m->mask;; i = (i + 1) & m->mask) {
        const strmap_slot *s = &m->slot[i];
        if (!s->entry) return STRMAP_NONE;
        if (s->hash != hash) continue;
        const strmap_entry *e = &m->e[s->entry - 1];
        if (e->len == len && (len == 0 || memcmp(e->key, key, len) == 0)) return s->entry - 1;
    }
}

uint32_t strmap_find(const strmap *m, const char *key, size_t len)
{
    return strmap_find_hashed(m, key, len, strmap_hash(key, len));
}

uint32_t strmap_put_hashed(strmap *m, const char *key, size_t len, uint32_t hash,
                           int *added)
{
    if (added) *added = 0;
    uint32_t found = strmap_find_hashed(m, key, len, hash);
    if (found != STRMAP_NONE) return found;
    if (len > UINT32_MAX || !make_room(m)) return STRMAP_NONE;
    if (m->keys && !(key = arena_strndup(m->keys, key, len))) return STRMAP_NONE;
    uint32_t id = (uint32_t)m->n++;
    m->e[id] = (strmap_entry){key, (uint32_t)len, 0};
    size_t i = hash & m->mask;
    while (m->slot[i].entry) i = (i + 1) & m->mask;
    m->slot[i] = (strmap_slot){hash, id + 1};
    if (added) *added = 1;
    return id;
}

uint32_t strmap_put(strmap *m, const char *key, size_t len, int *added)
{
    return strmap_put_hashed(m, key, len, strmap_hash(key, len), added);
}
