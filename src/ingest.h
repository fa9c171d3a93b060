/*
 * ingest.h - stage 1: raw bytes to valid, NFC-normalised UTF-8 text.
 *
 * What it does, in order:
 *   - refuses binary data (NUL-heavy or mostly non-text bytes: images,
 *     archives, executables) with BRIEF_EBINARY;
 *   - decodes UTF-16 (with a BOM) and, when the bytes are not UTF-8 but
 *     read as Latin-1/Windows-1252 text, decodes that (reported through
 *     `encoding`);
 *   - removes a UTF-8 BOM; turns CRLF and lone CR into LF;
 *   - replaces every invalid UTF-8 sequence (overlong forms, surrogates,
 *     truncated sequences, stray continuation bytes, 0xFE/0xFF) and every
 *     NUL by U+FFFD, counting them in `repaired`;
 *   - drops the other C0 controls (all but TAB and LF), DEL, the C1
 *     controls and the bidi embedding/override/isolate controls, counting
 *     them in `controls`: none of them can then reach a terminal through
 *     any output;
 *   - normalises to NFC (utf8proc);
 *   - reads optional front matter: lines `key: value` (title, source, url,
 *     date, author; others ignored) up to a line `---`, at the very start;
 *   - otherwise takes a first line that reads as a headline (short, no
 *     sentence-final punctuation, followed by a blank line or more text)
 *     as the title; a first line that is a sentence stays body text.
 */
#ifndef BRIEF_INGEST_H
#define BRIEF_INGEST_H

#include <stddef.h>

#include "arena.h"
#include "brief.h"

typedef struct ingest_doc {
    char *text;          /* decoded text, NUL-terminated, arena-owned */
    size_t len;          /* bytes in text */
    size_t body_start;   /* offset where body text begins (after front
                            matter and title line) */
    size_t title_start;  /* title line span in text (0,0 when none or from */
    size_t title_end;    /*   front matter) */
    const char *title;   /* whitespace-folded title, or NULL */
    const char *source;  /* front matter, or NULL */
    const char *url;     /* front matter, or NULL */
    const char *date;    /* front matter, or NULL */
    const char *author;  /* front matter, or NULL */
    size_t repaired;     /* invalid sequences and NULs replaced by U+FFFD */
    const char *encoding;/* static: "utf-8", "utf-16le", "utf-16be", "latin-1" */
    size_t controls;     /* control characters dropped (C0, DEL, C1, bidi) */
} ingest_doc;

/*
 * Decodes `bytes` into `out`; everything is allocated from `ar`.
 * Errors: BRIEF_EBINARY, BRIEF_ELIMIT (len > BRIEF_MAX_INPUT_BYTES),
 * BRIEF_ENOMEM.  Empty or whitespace-only input is BRIEF_OK with len 0 or
 * only whitespace.  Cost: linear in len.
 */
brief_status ingest_bytes(arena *ar, const char *bytes, size_t len,
                          ingest_doc *out);

/* 1 when ingest_bytes would refuse bytes as binary (a known binary
 * signature, NULs and control bytes, mostly invalid UTF-8): what other
 * readers of outside bytes (pages.c, before parsing HTML) test first. */
int ingest_is_binary(const char *bytes, size_t len);

#endif
