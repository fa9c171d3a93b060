/* text.c - UTF-8 helpers; see text.h. */
#include "text.h"

#include <string.h>
#include <utf8proc.h>

extern inline int text_is_space_byte(unsigned char c);
extern inline int text_is_space(int32_t cp);

size_t text_utf8_next(const char *s, size_t len, int32_t *cp)
{
    const unsigned char *u = (const unsigned char *)s;
    unsigned c = u[0];
    if (c < 0x80) {
        *cp = (int32_t)c;
        return 1;
    }
    size_t need;
    uint32_t v;
    unsigned lo = 0x80, hi = 0xBF; /* the second byte's range */
    if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
        v = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        v = c & 0x0F;
        if (c == 0xE0) lo = 0xA0;      /* overlong */
        else if (c == 0xED) hi = 0x9F; /* surrogates */
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        v = c & 0x07;
        if (c == 0xF0) lo = 0x90;      /* overlong */
        else if (c == 0xF4) hi = 0x8F; /* above U+10FFFF */
    } else {
        *cp = -1; /* a continuation byte, C0, C1, F5..FF */
        return 1;
    }
    for (size_t i = 1; i <= need; i++) {
        if (i >= len || u[i] < lo || u[i] > hi) {
            *cp = -1;
            return i;
        }
        lo = 0x80;
        hi = 0xBF;
        v = (v << 6) | (u[i] & 0x3Fu);
    }
    *cp = (int32_t)v;
    return need + 1;
}

size_t text_prev(const char *s, size_t lo, size_t i)
{
    size_t j = i - 1;
    while (j > lo && i - j < 4 && ((unsigned char)s[j] & 0xC0) == 0x80) j--;
    return j;
}

size_t text_decode(const char *s, size_t len, int32_t *cp)
{
    if (len == 0) {
        *cp = 0;
        return 0;
    }
    unsigned char c = (unsigned char)s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    size_t n = text_utf8_next(s, len, cp);
    if (*cp >= 0) return n;
    *cp = 0xFFFD;
    return 1;
}

int text_is_bidi_control(int32_t cp)
{
    return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

int text_is_space_wide(int32_t cp)
{
    switch (cp) {
    case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029:
    case 0x202F: case 0x205F: case 0x3000:
        return 1;
    default:
        return cp >= 0x2000 && cp <= 0x200A;
    }
}

size_t text_space_len(const char *s, size_t len)
{
    if (len == 0) return 0;
    unsigned char c = (unsigned char)s[0];
    if (c < 0x80) return (size_t)text_is_space_byte(c);
    /* Every white space above ASCII starts with one of these bytes. */
    if (c != 0xC2 && c != 0xE1 && c != 0xE2 && c != 0xE3) return 0;
    int32_t cp;
    size_t n = text_utf8_next(s, len, &cp);
    return text_is_space(cp) ? n : 0;
}

size_t text_space_len_before(const char *s, size_t len)
{
    if (len == 0) return 0;
    unsigned char last = (unsigned char)s[len - 1];
    if (last < 0x80) return (size_t)text_is_space_byte(last);
    size_t p = text_prev(s, 0, len);
    return text_space_len(s + p, len - p) == len - p ? len - p : 0;
}

char *text_fold(arena *ar, const char *s, size_t len, size_t *out_len)
{
    char *out = arena_alloc(ar, len + 1);
    if (!out) return NULL;
    size_t o = 0, i = 0;
    int pending = 0;
    while (i < len) {
        int32_t cp;
        size_t n = 1;
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) cp = c;
        else n = text_decode(s + i, len - i, &cp);
        if (text_is_space(cp)) {
            pending = o > 0;
        } else {
            if (pending) out[o++] = ' ';
            pending = 0;
            /* byte by byte: most runs are one ASCII byte, too short for a
             * memcpy call */
            for (size_t k = 0; k < n; k++) out[o++] = s[i + k];
        }
        i += n;
    }
    out[o] = '\0';
    if (out_len) *out_len = o;
    return out;
}

size_t text_count_words(const char *s, size_t len)
{
    size_t words = 0;
    int in = 0;
    for (size_t i = 0; i < len; i++) {
        int sp = text_is_space_byte((unsigned char)s[i]);
        if (!sp && !in) words++;
        in = !sp;
    }
    return words;
}

size_t text_count_chars(const char *s, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++) n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n;
}

size_t text_quote_mark(const char *s, size_t len)
{
    const unsigned char *u = (const unsigned char *)s;
    if (len >= 1 && u[0] == '"') return 1;
    if (len >= 2 && ((u[0] == '`' && u[1] == '`') || (u[0] == '\'' && u[1] == '\''))) return 2;
    if (len >= 3 && u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0x9C || u[2] == 0x9D)) return 3;
    return 0;
}

int text_equal_nocase(const char *a, const char *b)
{
    for (; *a && *b; a++, b++) {
        unsigned char x = (unsigned char)*a, y = (unsigned char)*b;
        if (x >= 'A' && x <= 'Z') x = (unsigned char)(x + 32);
        if (y >= 'A' && y <= 'Z') y = (unsigned char)(y + 32);
        if (x != y) return 0;
    }
    return *a == *b;
}

int text_is_upper(int32_t cp)
{
    utf8proc_category_t k = utf8proc_category(cp);
    return k == UTF8PROC_CATEGORY_LU || k == UTF8PROC_CATEGORY_LT;
}

int text_is_lower(int32_t cp) { return utf8proc_category(cp) == UTF8PROC_CATEGORY_LL; }
