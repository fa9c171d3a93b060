/*
 * textkind.c - whether a plain text reads as an article (see textkind.h).
 * One pass over the lines; bytes are looked at as ASCII, so UTF-8 and the
 * single-byte charsets are judged alike before they are decoded.
 */
#include "textkind.h"

#include <string.h>

#include "text.h"

#define LINK_LINES_MIN 3
#define PROSE_CHECK_LINES_MIN 5
#define PROSE_WORDS_MIN 6
#define UNMARKED_PROSE_WORDS 25

static int starts(const char *s, const char *e, const char *want)
{
    size_t n = strlen(want);
    return (size_t)(e - s) >= n && memcmp(s, want, n) == 0;
}

/* Bytes of the words of [s, e) that hold an address. */
static size_t address_bytes(const char *s, const char *e)
{
    size_t n = 0;
    while (s < e) {
        while (s < e && text_is_space_byte((unsigned char)*s)) s++;
        const char *w = s;
        int address = 0;
        while (s < e && !text_is_space_byte((unsigned char)*s)) {
            if (starts(s, e, "http://") || starts(s, e, "https://") || starts(s, e, "www."))
                address = 1;
            s++;
        }
        if (address) n += (size_t)(s - w);
    }
    return n;
}

/* A sentence mark that ends something: . ! ? or an ellipsis, then the end
 * of the line, a space, a closing quote or bracket. */
static int has_sentence_mark(const char *s, const char *e)
{
    for (const char *p = s; p < e; p++) {
        size_t mark = 0;
        if (*p == '.' || *p == '!' || *p == '?') mark = 1;
        else if (starts(p, e, "\xE2\x80\xA6")) mark = 3;
        if (!mark) continue;
        const char *q = p + mark;
        if (q == e) return 1;
        unsigned char c = (unsigned char)*q;
        if (text_is_space_byte(c) || c == '"' || c == '\'' || c == ')' || c >= 0x80) return 1;
    }
    return 0;
}

static size_t word_count(const char *s, const char *e)
{
    size_t n = 0;
    int in = 0;
    for (; s < e; s++) {
        int sp = text_is_space_byte((unsigned char)*s);
        if (!sp && !in) n++;
        in = !sp;
    }
    return n;
}

/* Where the body starts: after front matter (a `---` line, `key: value`
 * lines, a `---` line), else at 0. */
static size_t body_start(const char *t, size_t len)
{
    if (len < 4 || memcmp(t, "---\n", 4) != 0) return 0;
    for (size_t p = 4; p < len;) {
        const char *nl = memchr(t + p, '\n', len - p);
        size_t end = nl ? (size_t)(nl - t) : len;
        if (end - p == 3 && memcmp(t + p, "---", 3) == 0) return nl ? end + 1 : len;
        if (!nl) break;
        p = end + 1;
    }
    return 0;
}

const char *textkind_not_article(const char *text, size_t len)
{
    if (!text) return NULL;
    /* UTF-16 (a BOM, or the NUL halves of ASCII) is not judged by bytes. */
    if (len >= 2 && ((unsigned char)text[0] == 0xFF || (unsigned char)text[0] == 0xFE)) return NULL;
    if (memchr(text, '\0', len < 4096 ? len : 4096)) return NULL;
    size_t lines = 0, links = 0, prose = 0;
    for (size_t p = body_start(text, len); p < len;) {
        const char *s = text + p;
        const char *nl = memchr(s, '\n', len - p);
        const char *e = nl ? nl : text + len;
        p = (size_t)(e - text) + 1;
        while (s < e && text_is_space_byte((unsigned char)*s)) s++;
        while (e > s && text_is_space_byte((unsigned char)e[-1])) e--;
        if (s == e) continue;
        lines++;
        if (2 * address_bytes(s, e) >= (size_t)(e - s)) {
            links++;
            continue;
        }
        size_t words = word_count(s, e);
        if (words >= UNMARKED_PROSE_WORDS || (words >= PROSE_WORDS_MIN && has_sentence_mark(s, e)))
            prose++;
    }
    if (links >= LINK_LINES_MIN && 2 * links >= lines)
        return "a list of links, not an article; skipped";
    if (lines >= PROSE_CHECK_LINES_MIN && prose == 0)
        return "no sentences of prose (a list or an index?), not an article; skipped";
    return NULL;
}
