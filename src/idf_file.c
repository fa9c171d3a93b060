/*
 * idf_file.c - brief_idf_builder_add_file (brief.h): the documents of one
 * file for an IDF table, the whole file or each of its lines, added with
 * brief_idf_builder_add.
 *
 * The read buffer comes from the C library's allocator: the builder's
 * context, and so its allocator, is private to api.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "brief.h"

/* Each line of more than its line break is a document; the first that
 * cannot be added ends the file. */
static brief_status add_lines(brief_idf_builder *b, FILE *f)
{
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    brief_status s = BRIEF_OK;
    while (s == BRIEF_OK && (n = getline(&line, &cap, f)) > 0)
        if (n > 1) s = brief_idf_builder_add(b, line, (size_t)n);
    free(line);
    return s;
}

/* The whole file: its first BRIEF_MAX_INPUT_BYTES, or as much as memory
 * allows once the first 64 KiB are read; a read error ends it. */
static brief_status add_whole(brief_idf_builder *b, FILE *f)
{
    size_t cap = (size_t)1 << 16, len = 0, got;
    char *buf = malloc(cap), *more;
    if (!buf) return BRIEF_ENOMEM;
    while ((got = fread(buf + len, 1, cap - len, f)) > 0) {
        if ((len += got) < cap) continue;
        if (cap >= BRIEF_MAX_INPUT_BYTES || !(more = realloc(buf, cap * 2))) break;
        buf = more;
        cap *= 2;
    }
    brief_status s = brief_idf_builder_add(b, buf, len);
    free(buf);
    return s;
}

brief_status brief_idf_builder_add_file(brief_idf_builder *b, const char *path, int per_line)
{
    if (!b || !path) return BRIEF_EINVAL;
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f) return BRIEF_EIO;
    brief_status s = per_line ? add_lines(b, f) : add_whole(b, f);
    if (f != stdin) fclose(f);
    return s;
}
