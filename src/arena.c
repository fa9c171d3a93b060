/*
 * arena.c - a bump allocator over a list of chunks.
 *
 * Chunks start at 64 KiB and double up to 8 MiB, so a story of any size
 * costs a logarithmic number of calls to the underlying allocator.  A
 * request of more than an eighth of the chunk size that does not fit gets
 * a chunk of its own, placed behind the current one, which goes on
 * filling: a big array no longer abandons the rest of a chunk (the story
 * of a 10 MB article left 7 MB of its chunks unused).  Every size
 * computation is checked for overflow.
 */
#include "arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define ALIGN 16u
#define FIRST_CHUNK ((size_t)64 << 10)
#define MAX_CHUNK ((size_t)8 << 20)

typedef struct chunk {
    struct chunk *prev;
    size_t size; /* usable bytes after the header */
    size_t used;
} chunk;

struct arena {
    const brief_allocator *a;
    chunk *head;
    size_t next_size;
    size_t total;
    void *last;      /* newest allocation in head, for arena_grow in place */
    size_t last_size;
};

static void *libc_malloc(void *ud, size_t n) { (void)ud; return malloc(n); }
static void *libc_realloc(void *ud, void *p, size_t n) { (void)ud; return realloc(p, n); }
static void libc_free(void *ud, void *p) { (void)ud; free(p); }
static const brief_allocator libc_allocator = {libc_malloc, libc_realloc, libc_free, NULL};

const brief_allocator *mem_default(void) { return &libc_allocator; }

void *mem_malloc(const brief_allocator *a, size_t size)
{
    if (!a) a = &libc_allocator;
    return a->malloc(a->ud, size ? size : 1);
}

void *mem_realloc(const brief_allocator *a, void *p, size_t size)
{
    if (!a) a = &libc_allocator;
    return a->realloc(a->ud, p, size ? size : 1);
}

void mem_free(const brief_allocator *a, void *p)
{
    if (!p) return;
    if (!a) a = &libc_allocator;
    a->free(a->ud, p);
}

#define HEADER (((sizeof(chunk) + ALIGN - 1) / ALIGN) * ALIGN)

arena *arena_new(const brief_allocator *a)
{
    if (!a) a = &libc_allocator;
    arena *ar = a->malloc(a->ud, sizeof *ar);
    if (!ar) return NULL;
    memset(ar, 0, sizeof *ar);
    ar->a = a;
    ar->next_size = FIRST_CHUNK;
    return ar;
}

void arena_free(arena *ar)
{
    if (!ar) return;
    chunk *c = ar->head;
    while (c) {
        chunk *prev = c->prev;
        ar->a->free(ar->a->ud, c);
        c = prev;
    }
    ar->a->free(ar->a->ud, ar);
}

void arena_reset(arena *ar)
{
    chunk *keep = ar->head;
    if (!keep) return;
    chunk *c = keep->prev;
    while (c) {
        chunk *prev = c->prev;
        ar->a->free(ar->a->ud, c);
        c = prev;
    }
    keep->prev = NULL;
    keep->used = 0;
    ar->total = 0;
    ar->last = NULL;
    ar->last_size = 0;
}

const brief_allocator *arena_allocator(const arena *ar) { return ar->a; }

size_t arena_used(const arena *ar) { return ar->total; }

static chunk *new_chunk(arena *ar, size_t need)
{
    size_t size = ar->next_size;
    if (need > size) size = need;
    if (size > SIZE_MAX - HEADER) return NULL;
    chunk *c = ar->a->malloc(ar->a->ud, HEADER + size);
    if (!c) return NULL;
    c->prev = ar->head;
    c->size = size;
    c->used = 0;
    ar->head = c;
    if (ar->next_size < MAX_CHUNK) ar->next_size *= 2;
    return c;
}

/* A chunk for one big request alone, kept behind the head (which stays
 * the chunk being filled, its newest allocation still ar->last). */
static void *own_chunk(arena *ar, size_t rounded)
{
    if (rounded > SIZE_MAX - HEADER) return NULL;
    chunk *c = ar->a->malloc(ar->a->ud, HEADER + rounded);
    if (!c) return NULL;
    c->size = rounded;
    c->used = rounded;
    if (ar->head) {
        c->prev = ar->head->prev;
        ar->head->prev = c;
    } else {
        c->prev = NULL;
        ar->head = c;
    }
    ar->total += rounded;
    return (char *)c + HEADER;
}

void *arena_alloc(arena *ar, size_t size)
{
    if (size > SIZE_MAX - ALIGN) return NULL;
    size_t rounded = (size + ALIGN - 1) & ~(size_t)(ALIGN - 1);
    if (rounded == 0) rounded = ALIGN;
    chunk *c = ar->head;
    if (!c || c->size - c->used < rounded) {
        if (rounded > ar->next_size / 8) return own_chunk(ar, rounded);
        c = new_chunk(ar, rounded);
        if (!c) return NULL;
    }
    void *p = (char *)c + HEADER + c->used;
    c->used += rounded;
    ar->total += rounded;
    ar->last = p;
    ar->last_size = rounded;
    return p;
}

void *arena_calloc(arena *ar, size_t n, size_t size)
{
    if (size && n > SIZE_MAX / size) return NULL;
    void *p = arena_alloc(ar, n * size);
    if (p) memset(p, 0, n * size);
    return p;
}

void *arena_grow(arena *ar, void *p, size_t old_size, size_t new_size)
{
    if (!p) return arena_alloc(ar, new_size);
    if (new_size <= old_size) return p;
    if (p == ar->last && new_size <= SIZE_MAX - ALIGN) {
        chunk *c = ar->head;
        size_t rounded = (new_size + ALIGN - 1) & ~(size_t)(ALIGN - 1);
        size_t start = (size_t)((char *)p - ((char *)c + HEADER));
        if (rounded <= c->size - start) {
            c->used = start + rounded;
            ar->total += rounded - ar->last_size;
            ar->last_size = rounded;
            return p;
        }
    }
    void *q = arena_alloc(ar, new_size);
    if (!q) return NULL;
    memcpy(q, p, old_size);
    return q;
}

void arena_shrink(arena *ar, void *p, size_t new_size)
{
    if (!p || p != ar->last || new_size > SIZE_MAX - ALIGN) return;
    size_t rounded = (new_size + ALIGN - 1) & ~(size_t)(ALIGN - 1);
    if (rounded == 0) rounded = ALIGN; /* the pointer stays unique */
    if (rounded >= ar->last_size) return;
    chunk *c = ar->head;
    c->used -= ar->last_size - rounded;
    ar->total -= ar->last_size - rounded;
    ar->last_size = rounded;
}

void *arena_reserve(arena *ar, void *p, size_t elem, size_t *cap, size_t need)
{
    if (need <= *cap) return p;
    size_t ncap = *cap ? *cap : 8;
    while (ncap < need) {
        if (ncap > SIZE_MAX / 2) return NULL;
        ncap *= 2;
    }
    if (elem && ncap > SIZE_MAX / elem) return NULL;
    void *q = arena_grow(ar, p, *cap * elem, ncap * elem);
    if (!q) return NULL;
    *cap = ncap;
    return q;
}

int arena_reserve_at(arena *ar, void *slot, size_t elem, size_t *cap, size_t need)
{
    void *p;
    memcpy(&p, slot, sizeof p);
    void *q = arena_reserve(ar, p, elem, cap, need);
    if (!q) return 0;
    memcpy(slot, &q, sizeof q);
    return 1;
}

char *arena_strndup(arena *ar, const char *s, size_t len)
{
    if (len == SIZE_MAX) return NULL;
    char *p = arena_alloc(ar, len + 1);
    if (!p) return NULL;
    if (len) memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

char *arena_strdup(arena *ar, const char *s) { return arena_strndup(ar, s, strlen(s)); }
