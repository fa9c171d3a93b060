/*
 * buffer.h - brief_buffer (brief.h), the output every render appends to:
 * an rbuf (render.h) in an arena of its own, so renderers inside the
 * library write to it as they write a digest.
 */
#ifndef BRIEF_BUFFER_H
#define BRIEF_BUFFER_H

#include "render.h"

struct brief_buffer {
    arena *ar;   /* holds only the bytes of r, so r grows in place */
    rbuf r;
};

/* The allocator the buffer draws from (for a render's scratch memory). */
const brief_allocator *buffer_allocator(const brief_buffer *b);

/* Ends a render that began when the buffer held `start` bytes: when an
 * append failed, the buffer is put back to those bytes and BRIEF_ENOMEM
 * returned; else `status`. */
brief_status buffer_end(brief_buffer *b, size_t start, brief_status status);

#endif
