/* quote_map.c - the quotes stage's string -> uint32 map; see quote_map.h. */
#include "quote_map.h"

#include <string.h>

static uint64_t hash_bytes(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
    return h;
}

uint32_t *hmap_get(const hmap *m, const char *s, size_t n)
{
    if (!m->cap) return NULL;
    size_t i = (size_t)hash_bytes(s, n) & (m->cap - 1);
    while (m->key[i]) {
        if (m->klen[i] == n && memcmp(m->key[i], s, n) == 0) return &m->val[i];
        i = (i + 1) & (m->cap - 1);
    }
    return NULL;
}

uint32_t *hmap_put(arena *ar, hmap *m, const char *s, size_t n)
{
    uint32_t *v = hmap_get(m, s, n);
    if (v) return v;
    if ((m->n + 1) * 2 > m->cap) {
        size_t nc = m->cap ? m->cap * 2 : 64;
        const char **k = arena_calloc(ar, nc, sizeof *k);
        size_t *kl = arena_alloc(ar, nc * sizeof *kl);
        uint32_t *vv = arena_alloc(ar, nc * sizeof *vv);
        if (!k || !kl || !vv) return NULL;
        for (size_t i = 0; i < m->cap; i++) {
            if (!m->key[i]) continue;
            size_t j = (size_t)hash_bytes(m->key[i], m->klen[i]) & (nc - 1);
            while (k[j]) j = (j + 1) & (nc - 1);
            k[j] = m->key[i];
            kl[j] = m->klen[i];
            vv[j] = m->val[i];
        }
        m->key = k;
        m->klen = kl;
        m->val = vv;
        m->cap = nc;
    }
    size_t i = (size_t)hash_bytes(s, n) & (m->cap - 1);
    while (m->key[i]) i = (i + 1) & (m->cap - 1);
    m->key[i] = s;
    m->klen[i] = n;
    m->val[i] = 0;
    m->n++;
    return &m->val[i];
}
