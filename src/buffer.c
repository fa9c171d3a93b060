/*
 * buffer.c - brief_buffer: the growable output of every render (brief.h,
 * buffer.h).  The bytes live in an arena that holds nothing else, so they
 * grow in place until a chunk is full; clearing keeps the newest chunk.
 */
#include "buffer.h"

brief_status brief_buffer_new(const brief_allocator *a, brief_buffer **out)
{
    if (!out) return BRIEF_EINVAL;
    *out = NULL;
    if (!a) a = mem_default();
    brief_buffer *b = mem_malloc(a, sizeof *b);
    if (!b) return BRIEF_ENOMEM;
    b->ar = arena_new(a);
    if (!b->ar) {
        mem_free(a, b);
        return BRIEF_ENOMEM;
    }
    rbuf_init(&b->r, b->ar);
    *out = b;
    return BRIEF_OK;
}

const char *brief_buffer_data(const brief_buffer *b) { return b ? b->r.p : ""; }

size_t brief_buffer_len(const brief_buffer *b) { return b ? b->r.len : 0; }

brief_status brief_buffer_append(brief_buffer *b, const char *bytes, size_t len)
{
    if (!b || (!bytes && len)) return BRIEF_EINVAL;
    size_t start = b->r.len;
    rbuf_add(&b->r, bytes, len);
    return buffer_end(b, start, BRIEF_OK);
}

void brief_buffer_clear(brief_buffer *b)
{
    if (!b) return;
    arena_reset(b->ar);
    rbuf_init(&b->r, b->ar);
}

void brief_buffer_free(brief_buffer *b)
{
    if (!b) return;
    const brief_allocator *a = arena_allocator(b->ar);
    arena_free(b->ar);
    mem_free(a, b);
}

const brief_allocator *buffer_allocator(const brief_buffer *b)
{
    return arena_allocator(b->ar);
}

brief_status buffer_end(brief_buffer *b, size_t start, brief_status status)
{
    if (!b->r.failed && status == BRIEF_OK) return BRIEF_OK;
    int failed = b->r.failed;
    b->r.failed = 0;
    if (b->r.cap) {
        b->r.len = start;
        b->r.p[start] = '\0';
    }
    return failed ? BRIEF_ENOMEM : status;
}
