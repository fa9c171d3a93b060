/*
 * json_write.h - the library's one JSON writer.  Every JSON output (digests,
 * summaries, sentence and quote lists, sketches, a day's edition, --jsonl
 * result lines) is written through it, and jw_string is the only place
 * where a C string becomes a JSON string.
 *
 * It streams: values are appended to an rbuf as they are written, nothing
 * is built first.  The layout is the one jansson gives with
 * JSON_PRESERVE_ORDER, so output stays byte for byte what it was when
 * jansson wrote it:
 *   pretty (indent > 0): every member and element on a line of its own,
 *     "key": value, empty containers as [] and {};
 *   compact (indent 0): no white space at all.
 * Strings: '"', '\\' and controls below U+0020 escaped (\n, \t, ...,
 * \u001B), everything else as it is; invalid UTF-8 is repaired, every byte
 * that text_decode (text.h) rejects becoming U+FFFD, so a file name of any
 * bytes still gives valid JSON.  For such a name jw_bytes writes, beside
 * that readable form, an exact one: every rejected byte as the four
 * characters \xHH (upper-case hex) and every backslash doubled, the rest as
 * jw_string writes it; jw_bytes_decode reads it back.  Numbers are printed
 * as jansson prints them.
 *
 * Misuse (a value where a key is due, closing more than was opened,
 * nesting deeper than JW_MAX_DEPTH) is not checked beyond the depth: the
 * callers are the library's renderers.
 */
#ifndef BRIEF_JSON_WRITE_H
#define BRIEF_JSON_WRITE_H

#include "render.h"

/* Deeper than jansson's parser goes (2048), so any value read back from
 * JSON can be written again. */
#define JW_MAX_DEPTH 2100

typedef struct jw {
    rbuf *b;
    unsigned indent;    /* spaces per level; 0 for compact */
    size_t depth;       /* containers open */
    int after_key;      /* a key was written, its value comes next */
    int too_deep;
    /* Per open container: bit 0 it has an element, bit 1 it is an array. */
    unsigned char level[JW_MAX_DEPTH + 1];
} jw;

/* Starts writing into b (borrowed); the writer holds no allocation. */
void jw_init(jw *w, rbuf *b, unsigned indent);

void jw_object(jw *w);   /* { */
void jw_array(jw *w);    /* [ */
void jw_end(jw *w);      /* closes the innermost container */
void jw_key(jw *w, const char *key);

/* A string, or null for NULL. */
void jw_string(jw *w, const char *s);
/* The exact form of s (see above), or null for NULL. */
void jw_bytes(jw *w, const char *s);
/* 1 when s is valid UTF-8, so that jw_string writes it unchanged and no
 * exact form is needed. */
int jw_lossless(const char *s);
/* The exact form s (a string read back from JSON) decoded into out, which
 * holds strlen(s) + 1 bytes: its length, out NUL-terminated; SIZE_MAX when
 * s is not an exact form (a backslash followed by neither a backslash nor
 * x and two hex digits, or \x00). */
size_t jw_bytes_decode(const char *s, char *out);
void jw_int(jw *w, long long v);
void jw_uint(jw *w, unsigned long long v);
/* With `digits` significant digits (jansson's JSON_REAL_PRECISION; 17 is
 * its default); null when v is not finite. */
void jw_real(jw *w, double v, int digits);
void jw_bool(jw *w, int v);
void jw_null(jw *w);

/* Shorthands for a member: key, then the value. */
void jw_kstring(jw *w, const char *key, const char *s);
void jw_kuint(jw *w, const char *key, unsigned long long v);
/* "file": name and, when name is not valid UTF-8, "file_bytes": its exact
 * form. */
void jw_kfile(jw *w, const char *name);

/* BRIEF_OK, BRIEF_ENOMEM when the buffer failed, BRIEF_ELIMIT when the
 * nesting was too deep. */
brief_status jw_status(const jw *w);

#endif
