/*
 * render.h - stage 11: a composed digest as text, Markdown, HTML or JSON.
 *
 * Each renderer appends to a growable buffer in an arena.  Text is wrapped
 * at 72 columns (by display width: utf8proc's charwidth); Markdown escapes
 * the characters that would turn input text into markup; HTML escapes all
 * input text and uses only inline-safe markup with no scripts, styles or
 * external resources, so the fragment pastes into an email; JSON is written
 * with the library's one JSON writer (json_write.h) in the schema of
 * docs/DESIGN.md.
 *
 * Text, Markdown and HTML show input text cleaned the same way: white space
 * runs folded to one space and trimmed, C0/C1 control characters and DEL
 * dropped (an escape sequence can never reach a terminal), invalid UTF-8
 * shown as U+FFFD.  JSON keeps the strings as they are (the writer escapes
 * controls and repairs invalid UTF-8).
 */
#ifndef BRIEF_RENDER_H
#define BRIEF_RENDER_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "brief.h"

#if defined(__GNUC__)
#define RENDER_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define RENDER_PRINTF(f, a)
#endif

/* A growable byte buffer in an arena, always NUL-terminated. */
typedef struct rbuf {
    arena *ar;
    char *p;
    size_t len, cap;
    int failed;   /* an allocation failed; further appends are ignored */
} rbuf;

void rbuf_init(rbuf *b, arena *ar);
void rbuf_add(rbuf *b, const char *s, size_t n);
void rbuf_puts(rbuf *b, const char *s);
void rbuf_printf(rbuf *b, const char *fmt, ...) RENDER_PRINTF(2, 3);
/* n copies of the byte c. */
void rbuf_repeat(rbuf *b, char c, size_t n);

/* Each returns BRIEF_OK, BRIEF_ENOMEM (b->failed) or BRIEF_EINVAL (a
 * NULL argument); the result is in b.  Sections with nothing in them are
 * left out. */
brief_status render_text(const brief_digest *d, rbuf *b);
brief_status render_markdown(const brief_digest *d, rbuf *b);
brief_status render_html(const brief_digest *d, rbuf *b);
brief_status render_json(const brief_digest *d, rbuf *b);
/* The members of the digest's JSON object, written into an object the
 * caller has opened (json_write.h): a day's edition and --jsonl add their
 * own members before or after them. */
struct jw;
brief_status render_json_members(const brief_digest *d, struct jw *w);

/* ---- helpers shared by the renderers (render.c) ---- */

/*
 * Walks input text as the renderers show it: white space folded and
 * trimmed, controls dropped, invalid bytes as U+FFFD.  Each call to
 * rscan_next gives one code point and its UTF-8 bytes (a folded space is
 * " "); 0 at the end.  NULL text is empty.
 */
typedef struct rscan {
    const char *s;
    size_t len, i;
    int seen;     /* a code point has been given */
} rscan;

void rscan_init(rscan *sc, const char *s);
int rscan_next(rscan *sc, int32_t *cp, const char **bytes, size_t *n);
/* 1 when text shows as nothing (NULL, blank or only controls). */
int render_blank(const char *s);

/* 1 for C0 and C1 controls, DEL and the bidi controls (white space is
 * tested first): ingested text holds none, but names (a source from a
 * file name) may. */
int render_is_control(int32_t cp);
/* Display columns of a code point: 0 for combining marks, 2 for wide. */
int render_cp_width(int32_t cp);
/* "[1, 3, 4]"; nothing when n == 0. */
void render_ids(rbuf *b, const size_t *ids, size_t n);
/* The address source `id` may be linked to: its url when that is an
 * absolute http or https URL without white space, controls or quote
 * marks; else NULL (a "javascript:" or relative address is never a
 * link). */
const char *render_source_link(const brief_digest *d, size_t id);
/* A file name as the readable outputs show it: the last component of an
 * absolute path (the folders of the machine that ran brief are nobody
 * else's business), a relative path as given. */
const char *render_file_label(const char *file);
/* The outlet a readable source entry shows: s->name, unless it is only
 * the stem of the file's name (what a document without a source is
 * called), which would show a file name twice ("a1f3 (in/a1f3.txt)"). */
const char *render_outlet(const brief_source *s);
/* A date as the readable outputs show it: the day of an ISO 8601 stamp
 * ("2030-05-14T07:40:00+02:00" shows as "2030-05-14", copied into buf),
 * any other form as given.  JSON keeps the stamp whole. */
const char *render_date_label(const char *date, char buf[11]);
/* The status of a finished render. */
brief_status render_status(const rbuf *b);

#endif
