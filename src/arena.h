/*
 * arena.h - region allocation: everything a story builds is allocated from
 * one arena and released at once by arena_free.
 */
#ifndef BRIEF_ARENA_H
#define BRIEF_ARENA_H

#include <stddef.h>

#include "brief.h"

typedef struct arena arena;

/* Allocator used when the caller gives none: the C library's. */
const brief_allocator *mem_default(void);
/* Thin wrappers over an allocator (NULL means mem_default()). */
void *mem_malloc(const brief_allocator *a, size_t size);
void *mem_realloc(const brief_allocator *a, void *p, size_t size);
void mem_free(const brief_allocator *a, void *p);

/* A new empty arena drawing chunks from `a` (borrowed; must outlive the
 * arena).  NULL when out of memory. */
arena *arena_new(const brief_allocator *a);
/* Frees every chunk; NULL is a no-op. */
void arena_free(arena *ar);
/* Forgets every allocation, keeping the chunk being filled for reuse:
 * a scratch arena reset between documents costs one chunk, not one per
 * document.  Pointers into the arena become invalid. */
void arena_reset(arena *ar);
const brief_allocator *arena_allocator(const arena *ar);

/* size bytes aligned for any type; NULL when out of memory or size
 * overflows.  A zero size returns a valid unique pointer. */
void *arena_alloc(arena *ar, size_t size);
/* n*size zeroed bytes; NULL on overflow or out of memory. */
void *arena_calloc(arena *ar, size_t n, size_t size);
/* Grows an allocation made by this arena from old_size to new_size bytes,
 * in place when it is the newest allocation, else by copying.  NULL on
 * failure (the old block stays valid). */
void *arena_grow(arena *ar, void *p, size_t old_size, size_t new_size);
/* Shrinks an allocation made by this arena to new_size bytes (<= its
 * size): when it is the newest allocation, the bytes after new_size go
 * back to the arena for the next ones; otherwise nothing changes.  For an
 * array allocated for the worst case and filled to less. */
void arena_shrink(arena *ar, void *p, size_t new_size);
/* A NUL-terminated copy of s[0..len). */
char *arena_strndup(arena *ar, const char *s, size_t len);
char *arena_strdup(arena *ar, const char *s);
/* Bytes handed out so far (for benchmarks and limits). */
size_t arena_used(const arena *ar);

/*
 * A growable array in an arena.  Usage:
 *     uint32_t *v = NULL; size_t n = 0, cap = 0;
 *     if (!ARENA_PUSH(ar, v, n, cap)) goto fail;   // then v[n-1] is new
 * On failure v, n and cap are left as they were.
 */
void *arena_reserve(arena *ar, void *p, size_t elem, size_t *cap, size_t need);
/* As arena_reserve, for the array pointer stored at `slot` (the address of
 * a pointer variable); the pointer is replaced only on success.  1 on
 * success, 0 when out of memory. */
int arena_reserve_at(arena *ar, void *slot, size_t elem, size_t *cap, size_t need);
#define ARENA_PUSH(ar, v, n, cap)                                              \
    (((n) < (cap) ||                                                           \
      arena_reserve_at((ar), &(v), sizeof *(v), &(cap), (n) + 1))              \
         ? (++(n), 1)                                                          \
         : 0)

#endif
