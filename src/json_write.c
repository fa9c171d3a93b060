/* json_write.c - the one JSON writer; see json_write.h. */
#include "json_write.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "text.h"

enum { HAS_ELEMENT = 1, IS_ARRAY = 2 };

void jw_init(jw *w, rbuf *b, unsigned indent)
{
    w->b = b;
    w->indent = indent;
    w->depth = 0;
    w->after_key = 0;
    w->too_deep = 0;
    w->level[0] = 0;
}

/* A line break and the indentation of `depth` (nothing when compact). */
static void newline(jw *w, size_t depth)
{
    if (!w->indent) return;
    rbuf_add(w->b, "\n", 1);
    rbuf_repeat(w->b, ' ', depth * w->indent);
}

/* What comes before a member or an element: nothing after a key, else the
 * separator from the one before and the line break. */
static void before_item(jw *w)
{
    if (w->after_key) {
        w->after_key = 0;
        return;
    }
    if (w->depth == 0) return;
    if (w->level[w->depth] & HAS_ELEMENT) rbuf_add(w->b, ",", 1);
    w->level[w->depth] |= HAS_ELEMENT;
    newline(w, w->depth);
}

/* The only place where a C string becomes a JSON string.  Readable form
 * (exact 0): a byte that is not part of valid UTF-8 becomes U+FFFD.  Exact
 * form (exact 1): it becomes the four characters \xHH and a backslash
 * becomes two, so jw_bytes_decode gives back every byte. */
static void put_string(rbuf *b, const char *s, int exact)
{
    static const char hex[] = "0123456789ABCDEF";
    size_t len = strlen(s), i = 0, plain = 0;
    rbuf_add(b, "\"", 1);
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        int32_t cp = c;
        size_t k = c < 0x80 ? 1 : text_decode(s + i, len - i, &cp);
        int bad = cp == 0xFFFD && k == 1;
        if (!bad && c != '"' && c != '\\' && c >= 0x20) { i += k; continue; }
        rbuf_add(b, s + plain, i - plain);
        if (bad && exact) {
            char x[6] = {'\\', '\\', 'x', hex[c >> 4], hex[c & 15]};
            rbuf_add(b, x, 5);
        } else if (bad) rbuf_add(b, "\xEF\xBF\xBD", 3);
        else if (c == '\\' && exact) rbuf_add(b, "\\\\\\\\", 4);
        else if (c == '"' || c == '\\') { rbuf_add(b, "\\", 1); rbuf_add(b, s + i, 1); }
        else if (c == '\b') rbuf_add(b, "\\b", 2);
        else if (c == '\f') rbuf_add(b, "\\f", 2);
        else if (c == '\n') rbuf_add(b, "\\n", 2);
        else if (c == '\r') rbuf_add(b, "\\r", 2);
        else if (c == '\t') rbuf_add(b, "\\t", 2);
        else {
            char u[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            rbuf_add(b, u, sizeof u);
        }
        i += k;
        plain = i;
    }
    rbuf_add(b, s + plain, len - plain);
    rbuf_add(b, "\"", 1);
}

int jw_lossless(const char *s)
{
    size_t len = strlen(s);
    for (size_t i = 0; i < len;) {
        int32_t cp = (unsigned char)s[i];
        size_t k = cp < 0x80 ? 1 : text_decode(s + i, len - i, &cp);
        if (cp == 0xFFFD && k == 1) return 0;
        i += k;
    }
    return 1;
}

static int hex_value(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

size_t jw_bytes_decode(const char *s, char *out)
{
    size_t n = 0;
    for (size_t i = 0; s[i]; i++) {
        if (s[i] != '\\') {
            out[n++] = s[i];
            continue;
        }
        if (s[i + 1] == '\\') {
            out[n++] = '\\';
            i++;
            continue;
        }
        int hi = s[i + 1] == 'x' ? hex_value(s[i + 2]) : -1;
        int lo = hi >= 0 ? hex_value(s[i + 3]) : -1;
        if (lo < 0 || (hi | lo) == 0) return SIZE_MAX; /* not the exact form; or a NUL */
        out[n++] = (char)(hi << 4 | lo);
        i += 3;
    }
    out[n] = '\0';
    return n;
}

static void open_container(jw *w, char mark, unsigned char kind)
{
    before_item(w);
    rbuf_add(w->b, &mark, 1);
    if (w->depth == JW_MAX_DEPTH) {
        w->too_deep = 1;
        return;
    }
    w->level[++w->depth] = kind;
}

void jw_object(jw *w) { open_container(w, '{', 0); }
void jw_array(jw *w) { open_container(w, '[', IS_ARRAY); }

void jw_end(jw *w)
{
    if (w->depth == 0) return;
    unsigned char lv = w->level[w->depth--];
    if (lv & HAS_ELEMENT) newline(w, w->depth);
    rbuf_add(w->b, lv & IS_ARRAY ? "]" : "}", 1);
}

void jw_key(jw *w, const char *key)
{
    before_item(w);
    put_string(w->b, key, 0);
    rbuf_add(w->b, ": ", w->indent ? 2 : 1);
    w->after_key = 1;
}

void jw_string(jw *w, const char *s)
{
    if (!s) {
        jw_null(w);
        return;
    }
    before_item(w);
    put_string(w->b, s, 0);
}

void jw_bytes(jw *w, const char *s)
{
    if (!s) {
        jw_null(w);
        return;
    }
    before_item(w);
    put_string(w->b, s, 1);
}

void jw_int(jw *w, long long v)
{
    before_item(w);
    rbuf_printf(w->b, "%lld", v);
}

void jw_uint(jw *w, unsigned long long v)
{
    before_item(w);
    rbuf_printf(w->b, "%llu", v);
}

/* As jansson's jsonp_dtostr: "%.*g", the decimal point of any locale as
 * '.', ".0" when it would read as an integer, no '+' or leading zeros in
 * the exponent. */
static void put_real(rbuf *b, double v, int digits)
{
    char s[64];
    int n = snprintf(s, sizeof s - 3, "%.*g", digits, v);
    if (n < 0 || (size_t)n >= sizeof s - 3) { b->failed = 1; return; }
    for (int i = 0; i < n; i++)
        if (s[i] != '-' && s[i] != '+' && s[i] != 'e' && (s[i] < '0' || s[i] > '9')) s[i] = '.';
    if (!strchr(s, '.') && !strchr(s, 'e')) memcpy(s + n, ".0", 3);
    char *exp = strchr(s, 'e');
    if (exp) {
        char *start = exp + 1, *end = exp + 2;
        if (*start == '-') start++;
        while (*end == '0') end++;
        memmove(start, end, strlen(end) + 1);
    }
    rbuf_puts(b, s);
}

void jw_real(jw *w, double v, int digits)
{
    if (!isfinite(v)) {
        jw_null(w);
        return;
    }
    before_item(w);
    put_real(w->b, v, digits);
}

void jw_bool(jw *w, int v)
{
    before_item(w);
    rbuf_puts(w->b, v ? "true" : "false");
}

void jw_null(jw *w)
{
    before_item(w);
    rbuf_add(w->b, "null", 4);
}

void jw_kstring(jw *w, const char *key, const char *s)
{
    jw_key(w, key);
    jw_string(w, s);
}

void jw_kuint(jw *w, const char *key, unsigned long long v)
{
    jw_key(w, key);
    jw_uint(w, v);
}

void jw_kfile(jw *w, const char *name)
{
    jw_kstring(w, "file", name);
    if (name && !jw_lossless(name)) {
        jw_key(w, "file_bytes");
        jw_bytes(w, name);
    }
}

brief_status jw_status(const jw *w)
{
    if (w->b->failed) return BRIEF_ENOMEM;
    return w->too_deep ? BRIEF_ELIMIT : BRIEF_OK;
}
