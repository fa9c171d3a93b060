/*
 * ingest.c - stage 1: raw bytes to valid, NFC-normalised UTF-8, then front
 * matter and title.
 *
 * Passes, each linear in the input:
 *   1. refuse known binary signatures; find the encoding (BOM, BOM-less
 *      UTF-16 by its NUL pattern, Windows-1252 when the high bytes cannot
 *      be UTF-8) and decode UTF-16 / Windows-1252 to UTF-8;
 *   2. count NULs and control bytes to refuse binary data;
 *   3. repair: invalid UTF-8 becomes U+FFFD per maximal subpart (the
 *      Unicode "best practice" also used by Python and WHATWG, so "ED A0 80"
 *      is three replacements and a truncated "E2 82" one), NUL becomes
 *      U+FFFD, CRLF/CR/FF/VT/U+2028/U+2029/U+0085 become LF; other C0
 *      controls, DEL, C1 controls and the bidi embedding/override/isolate
 *      controls are dropped, so that no output can carry them to a
 *      terminal (U+009B is CSI there); replacements and drops are counted
 *      apart;
 *   4. NFC, line by line, and only for lines holding a code point that NFC
 *      could change (combining marks, canonical decompositions, Hangul
 *      jamo): news text is almost all NFC already, and utf8proc costs
 *      ~10x a plain copy;
 *   5. front matter (`key: value` lines closed by `---`), else the first
 *      line as the title when it reads as a headline: at most 20 words and
 *      200 bytes, no sentence-final punctuation (a short question or
 *      ellipsis only when a blank line follows), more text after it, not
 *      continued in lower case, and not the first line of hard-wrapped
 *      text; boilerplate lines above it ("Advertisement") are passed over.
 *
 * Speed (-O2, 10 MB of BBC articles concatenated): ~5 ms, as the ASCII
 * runs are copied eight bytes at a time and never reach utf8proc.  Text
 * that really is not NFC (decomposed accents on every line) runs at
 * utf8proc's pace, ~20-30 MB/s.
 *
 * Limits: BRIEF_MAX_INPUT_BYTES per document; the decoding buffers take up
 * to 3x the input for Windows-1252 and 1.5x for UTF-16.  Windows-1252 is
 * the only legacy 8-bit encoding recognised; a lone high byte in otherwise
 * ASCII text is read as Windows-1252 (most likely a curly quote or a euro
 * sign), not as broken UTF-8.  Other legacy encodings (Shift-JIS, GBK,
 * KOI8-R) are not detected: they come out as UTF-8 full of U+FFFD, or are
 * refused as binary when more than half their bytes are invalid.
 */
#include "ingest.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "clean.h"
#include "text.h"

typedef struct stats {
    size_t nul;      /* NUL bytes */
    size_t ctrl;     /* C0 controls other than TAB LF CR FF VT, and DEL */
    size_t valid_mb; /* valid multibyte UTF-8 sequences */
    size_t invalid;  /* invalid UTF-8 maximal subparts */
    size_t runs;     /* runs of consecutive bytes >= 0x80 */
    size_t runs1;    /* ... of length one */
    size_t maxrun;
} stats;

static size_t put_utf8(char *o, uint32_t cp)
{
    unsigned char *u = (unsigned char *)o;
    if (cp < 0x80) {
        u[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        u[0] = (unsigned char)(0xC0 | (cp >> 6));
        u[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        u[0] = (unsigned char)(0xE0 | (cp >> 12));
        u[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        u[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    u[0] = (unsigned char)(0xF0 | (cp >> 18));
    u[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    u[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    u[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

static int is_bad_ctrl(unsigned c)
{
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' &&
            c != '\v') || c == 0x7F;
}

/* Length of the run of "plain" bytes at s - printable ASCII, TAB and LF,
 * which every pass copies or skips unchanged - checked eight bytes at a
 * time: most news text is such runs, and this keeps the per-byte passes
 * at well under a millisecond per megabyte. */
static size_t plain_run(const unsigned char *s, size_t n)
{
    const uint64_t ones = 0x0101010101010101u, high = 0x8080808080808080u;
    size_t i = 0;
    for (;;) {
        while (i + 8 <= n) {
            uint64_t x;
            memcpy(&x, s + i, 8);
            uint64_t below = (x - ones * 0x20) & ~x; /* a byte < 0x20 */
            uint64_t y = x ^ (ones * 0x7F);
            uint64_t del = (y - ones) & ~y;           /* a byte == 0x7F */
            if ((x | below | del) & high) break;
            i += 8;
        }
        if (i >= n) return n;
        unsigned c = s[i];
        if ((c >= 0x20 && c < 0x7F) || c == '\n' || c == '\t') i++;
        else return i;
    }
}

static void scan(const unsigned char *s, size_t n, stats *st)
{
    memset(st, 0, sizeof *st);
    size_t run = 0;
    size_t i = 0;
    while (i < n) {
        unsigned c = s[i];
        if (((c >= 0x20 && c < 0x7F) || c == '\n' || c == '\t') && !run) {
            i += plain_run(s + i, n - i);
            continue;
        }
        if (c < 0x80) {
            if (run) {
                st->runs++;
                if (run == 1) st->runs1++;
                if (run > st->maxrun) st->maxrun = run;
                run = 0;
            }
            if (c == 0) st->nul++;
            else if (c < 0x20 || c == 0x7F) st->ctrl += (size_t)is_bad_ctrl(c);
            i++;
            continue;
        }
        int32_t cp;
        size_t k = text_utf8_next((const char *)s + i, n - i, &cp);
        if (cp >= 0) st->valid_mb++;
        else st->invalid++;
        run += k;
        i += k;
    }
    if (run) {
        st->runs++;
        if (run == 1) st->runs1++;
        if (run > st->maxrun) st->maxrun = run;
    }
}

/* Signatures of common binary formats, so that short binary files are
 * refused even when their statistics look harmless. */
static int binary_magic(const unsigned char *s, size_t n)
{
    static const struct {
        const char *m;
        size_t n;
    } sig[] = {
        {"\x89PNG\r\n\x1a\n", 8}, {"GIF87a", 6},       {"GIF89a", 6},
        {"\xff\xd8\xff", 3},      {"\x1f\x8b", 2},     {"PK\x03\x04", 4},
        {"\x7f" "ELF", 4},        {"%PDF-", 5},        {"\xfd" "7zXZ\0", 6},
        {"\x28\xb5\x2f\xfd", 4},  {"BZh", 3},          {"7z\xbc\xaf\x27\x1c", 6},
        {"\xca\xfe\xba\xbe", 4},  {"\xcf\xfa\xed\xfe", 4}, {"RIFF", 4},
        {"OggS", 4},              {"ID3", 3},          {"\0\0\1\0", 4},
    };
    for (size_t i = 0; i < sizeof sig / sizeof sig[0]; i++) {
        if (n >= sig[i].n && memcmp(s, sig[i].m, sig[i].n) == 0) {
            /* "BZh" and "RIFF" are also plain words: need a binary byte. */
            if (sig[i].m[0] == 'B' && !(n > 3 && s[3] >= '1' && s[3] <= '9'))
                continue;
            /* RIFF is followed by a length and the form type. */
            if (sig[i].m[0] == 'R' && !(n >= 12 && (memcmp(s + 8, "WAVE", 4) == 0 ||
                                                    memcmp(s + 8, "AVI ", 4) == 0 ||
                                                    memcmp(s + 8, "WEBP", 4) == 0)))
                continue;
            if (sig[i].m[0] == 'I' && !(n > 3 && s[3] < 0x10)) continue;
            return 1;
        }
    }
    return 0;
}

/*
 * Not text: more than 5% NULs and control bytes (random bytes give ~11%,
 * text close to 0; a handful of stray NULs in a page of text stays under
 * it), or more than half the bytes invalid as UTF-8.
 */
static int looks_binary(const stats *st, size_t n)
{
    size_t bad = st->nul + st->ctrl;
    if (bad >= 4 && bad > n / 20) return 1;
    if (st->invalid > 8 && st->invalid > n / 2) return 1;
    return 0;
}

/* BOM-less UTF-16: in the first 4 KiB, at least 40% of the code units have
 * a NUL high byte (ASCII text in UTF-16) and almost none a NUL low byte. */
static const char *utf16_guess(const unsigned char *s, size_t n)
{
    size_t m = n < 4096 ? n : 4096;
    m &= ~(size_t)1;
    if (m < 8) return NULL;
    size_t z_even = 0, z_odd = 0;
    for (size_t i = 0; i < m; i += 2) {
        z_even += s[i] == 0;
        z_odd += s[i + 1] == 0;
    }
    size_t units = m / 2;
    if (z_odd * 10 >= units * 4 && z_even * 20 < units) return "utf-16le";
    if (z_even * 10 >= units * 4 && z_odd * 20 < units) return "utf-16be";
    return NULL;
}

static brief_status decode_utf16(arena *ar, const unsigned char *s, size_t n,
                                 int be, char **out, size_t *olen,
                                 size_t *repaired)
{
    /* A 2-byte unit gives at most 3 bytes; a 4-byte pair gives 4. */
    size_t cap = n / 2 * 3 + 4;
    char *o = arena_alloc(ar, cap);
    if (!o) return BRIEF_ENOMEM;
    size_t k = 0, i = 0;
    while (i + 1 < n) {
        uint32_t u = be ? (uint32_t)(s[i] << 8 | s[i + 1])
                        : (uint32_t)(s[i + 1] << 8 | s[i]);
        i += 2;
        if (u >= 0xD800 && u <= 0xDBFF && i + 1 < n) {
            uint32_t u2 = be ? (uint32_t)(s[i] << 8 | s[i + 1])
                             : (uint32_t)(s[i + 1] << 8 | s[i]);
            if (u2 >= 0xDC00 && u2 <= 0xDFFF) {
                i += 2;
                k += put_utf8(o + k, 0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00));
                continue;
            }
        }
        if (u >= 0xD800 && u <= 0xDFFF) {
            u = 0xFFFD;
            (*repaired)++;
        }
        k += put_utf8(o + k, u);
    }
    if (i < n) { /* odd trailing byte */
        k += put_utf8(o + k, 0xFFFD);
        (*repaired)++;
    }
    *out = o;
    *olen = k;
    return BRIEF_OK;
}

/* Windows-1252 0x80..0x9F; 0 marks the five undefined bytes. */
static const uint16_t cp1252[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

static brief_status decode_1252(arena *ar, const unsigned char *s, size_t n,
                                char **out, size_t *olen, size_t *repaired)
{
    if (n > (SIZE_MAX - 1) / 3) return BRIEF_ELIMIT;
    char *o = arena_alloc(ar, n * 3 + 1);
    if (!o) return BRIEF_ENOMEM;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned c = s[i];
        if (c < 0x80) {
            size_t r = plain_run(s + i, n - i);
            if (r == 0) r = 1; /* a control byte: pass 3 deals with it */
            memcpy(o + k, s + i, r);
            k += r;
            i += r - 1;
            continue;
        }
        uint32_t cp = c >= 0xA0 ? c : cp1252[c - 0x80];
        if (!cp) {
            cp = 0xFFFD;
            (*repaired)++;
        }
        k += put_utf8(o + k, cp);
    }
    *out = o;
    *olen = k;
    return BRIEF_OK;
}

/* Could NFC change text holding this code point (>= U+0300)?  Errs on the
 * side of yes: a "yes" only costs a call to utf8proc for that line. */
static int nfc_sensitive(uint32_t cp)
{
    if ((cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0xA960 && cp <= 0xA97F) ||
        (cp >= 0xD7B0 && cp <= 0xD7FF) || (cp >= 0xAC00 && cp <= 0xD7A3))
        return 1; /* Hangul composes algorithmically */
    const utf8proc_property_t *p = utf8proc_get_property((utf8proc_int32_t)cp);
    return p->combining_class != 0 || p->comp_exclusion ||
           (p->decomp_seqindex != UINT16_MAX && p->decomp_type == 0) ||
           (p->comb_index != UINT16_MAX && p->comb_index >= 0x8000);
}

/* Pass 3: repair into a fresh buffer; *need_nfc tells whether pass 4 has
 * anything to do. */
static brief_status repair(arena *ar, const unsigned char *s, size_t n,
                           const stats *st, char **out, size_t *olen,
                           size_t *repaired, size_t *controls, int *need_nfc)
{
    /* Each replacement turns >= 1 byte into 3; everything else shrinks or
     * keeps its size. */
    size_t extra = st->invalid + st->nul;
    if (extra > (SIZE_MAX - n - 1) / 2) return BRIEF_ELIMIT;
    char *o = arena_alloc(ar, n + 2 * extra + 1);
    if (!o) return BRIEF_ENOMEM;
    size_t k = 0, i = 0;
    int nfc = 0;
    while (i < n) {
        unsigned c = s[i];
        if ((c >= 0x20 && c < 0x7F) || c == '\n' || c == '\t') {
            size_t r = plain_run(s + i, n - i);
            memcpy(o + k, s + i, r);
            k += r;
            i += r;
            continue;
        }
        if (c < 0x80) {
            i++;
            if (c == '\n' || c == '\t') {
                o[k++] = (char)c;
            } else if (c == '\r') {
                o[k++] = '\n';
                if (i < n && s[i] == '\n') i++;
            } else if (c == '\f' || c == '\v') {
                o[k++] = '\n';
            } else if (c == 0) {
                k += put_utf8(o + k, 0xFFFD);
                (*repaired)++;
            } else {
                (*controls)++; /* other C0 control or DEL: dropped */
            }
            continue;
        }
        int32_t cp;
        size_t r = text_utf8_next((const char *)s + i, n - i, &cp);
        if (cp < 0) { /* one U+FFFD per maximal subpart */
            k += put_utf8(o + k, 0xFFFD);
            (*repaired)++;
            i += r;
            continue;
        }
        if (cp == 0x2028 || cp == 0x2029 || cp == 0x85) {
            o[k++] = '\n';
        } else if (cp <= 0x9F || text_is_bidi_control(cp)) {
            (*controls)++; /* C1 control (cp >= 0x80 here) or bidi: dropped */
        } else {
            memcpy(o + k, s + i, r);
            k += r;
            if (cp >= 0x300 && !nfc) nfc = nfc_sensitive((uint32_t)cp);
        }
        i += r;
    }
    o[k] = '\0';
    *out = o;
    *olen = k;
    *need_nfc = nfc;
    return BRIEF_OK;
}

static int line_needs_nfc(const unsigned char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (s[i] < 0xCC) continue; /* lead bytes below 0xCC are < U+0300 */
        int32_t cp;
        size_t r = text_utf8_next((const char *)s + i, n - i, &cp);
        if (cp < 0) continue;
        if (nfc_sensitive((uint32_t)cp)) return 1;
        i += r - 1;
    }
    return 0;
}

static brief_status append(arena *ar, char **o, size_t *k, size_t *cap,
                           const char *s, size_t n)
{
    if (*k + n + 1 < *k) return BRIEF_ELIMIT;
    char *p = arena_reserve(ar, *o, 1, cap, *k + n + 1);
    if (!p) return BRIEF_ENOMEM;
    *o = p;
    memcpy(*o + *k, s, n);
    *k += n;
    return BRIEF_OK;
}

/* Pass 4. */
static brief_status nfc_lines(arena *ar, const char *s, size_t n, char **out,
                              size_t *olen)
{
    char *o = NULL;
    size_t k = 0, cap = 0;
    size_t i = 0;
    brief_status rc = BRIEF_OK;
    /* The buffer grows only where NFC lengthens text (rare singletons). */
    if (!(o = arena_reserve(ar, o, 1, &cap, n + n / 16 + 16))) return BRIEF_ENOMEM;
    while (i < n) {
        const char *nl = memchr(s + i, '\n', n - i);
        size_t e = nl ? (size_t)(nl - s) + 1 : n;
        const char *line = s + i;
        size_t ln = e - i;
        if (!line_needs_nfc((const unsigned char *)line, ln)) {
            rc = append(ar, &o, &k, &cap, line, ln);
        } else {
            utf8proc_uint8_t *m = NULL;
            utf8proc_ssize_t r = utf8proc_map((const utf8proc_uint8_t *)line,
                                              (utf8proc_ssize_t)ln, &m,
                                              UTF8PROC_STABLE | UTF8PROC_COMPOSE);
            if (r < 0) {
                free(m);
                if (r == UTF8PROC_ERROR_NOMEM) return BRIEF_ENOMEM;
                rc = append(ar, &o, &k, &cap, line, ln); /* keep as is */
            } else {
                rc = append(ar, &o, &k, &cap, (const char *)m, (size_t)r);
                free(m);
            }
        }
        if (rc != BRIEF_OK) return rc;
        i = e;
    }
    o[k] = '\0';
    *out = o;
    *olen = k;
    return BRIEF_OK;
}

/* ---- front matter and title ---------------------------------------- */

/* White space inside a line (a line holds no LF; ingested text no CR, VT
 * or FF). */
static int is_sp(char c) { return text_is_space_byte((unsigned char)c); }

/* The line starting at p: content [*ls, *le) trimmed, next line at *next. */
static void get_line(const char *t, size_t len, size_t p, size_t *ls,
                     size_t *le, size_t *next)
{
    const char *nl = memchr(t + p, '\n', len - p);
    size_t e = nl ? (size_t)(nl - t) : len;
    *next = nl ? e + 1 : len;
    size_t s = p;
    while (s < e && is_sp(t[s])) s++;
    while (e > s && is_sp(t[e - 1])) e--;
    *ls = s;
    *le = e;
}

/* A copy of s[0..n) with whitespace runs folded to one space. */
static char *fold_dup(arena *ar, const char *s, size_t n)
{
    char *o = arena_alloc(ar, n + 1);
    if (!o) return NULL;
    size_t k = 0;
    int sp = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (text_is_space_byte((unsigned char)c)) {
            sp = k > 0;
            continue;
        }
        if (sp) o[k++] = ' ';
        sp = 0;
        o[k++] = c;
    }
    o[k] = '\0';
    return o;
}

static int key_is(const char *k, size_t n, const char *want)
{
    size_t wn = strlen(want);
    if (n != wn) return 0;
    for (size_t i = 0; i < n; i++) {
        char c = k[i];
        if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
        if (c != want[i]) return 0;
    }
    return 1;
}

static int is_dashes(const char *t, size_t s, size_t e)
{
    return e - s == 3 && memcmp(t + s, "---", 3) == 0;
}

/* Front matter at the very start; returns 1 and fills *out when found. */
static brief_status front_matter(arena *ar, ingest_doc *d, int *found)
{
    const char *t = d->text;
    size_t len = d->len, p = 0, ls, le, next;
    const char *val[5] = {NULL, NULL, NULL, NULL, NULL};
    size_t vlen[5] = {0, 0, 0, 0, 0};
    static const char *const keys[5] = {"title", "source", "url", "date", "author"};
    int opened = 0, nkeys = 0;
    *found = 0;
    if (len == 0) return BRIEF_OK;
    get_line(t, len, 0, &ls, &le, &next);
    if (is_dashes(t, ls, le)) {
        opened = 1;
        p = next;
    }
    /* 64 lines is far more than any real header and bounds the cost. */
    for (int lines = 0; lines < 64 && p < len; lines++) {
        get_line(t, len, p, &ls, &le, &next);
        if (is_dashes(t, ls, le)) {
            if (nkeys == 0 && !opened) return BRIEF_OK;
            for (int i = 0; i < 5; i++) {
                if (!val[i]) continue;
                char *v = fold_dup(ar, val[i], vlen[i]);
                if (!v) return BRIEF_ENOMEM;
                size_t vn = strlen(v);
                if (vn >= 2 && (v[0] == '"' || v[0] == '\'') && v[vn - 1] == v[0]) {
                    memmove(v, v + 1, vn - 2);
                    v[vn - 2] = '\0';
                }
                if (!*v) continue;
                if (i == 0) d->title = v;
                else if (i == 1) d->source = v;
                else if (i == 2) d->url = v;
                else if (i == 3) d->date = v;
                else d->author = v;
            }
            d->body_start = next;
            *found = 1;
            return BRIEF_OK;
        }
        if (ls == le) {
            if (!opened) return BRIEF_OK;
            p = next;
            continue;
        }
        size_t k = ls;
        while (k < le && ((t[k] >= 'a' && t[k] <= 'z') || (t[k] >= 'A' && t[k] <= 'Z') ||
                          (t[k] >= '0' && t[k] <= '9') || t[k] == '_' || t[k] == '-'))
            k++;
        if (k == ls || k >= le || t[k] != ':') return BRIEF_OK;
        nkeys++;
        size_t vs = k + 1;
        while (vs < le && is_sp(t[vs])) vs++;
        for (int i = 0; i < 5; i++) {
            if (key_is(t + ls, k - ls, keys[i])) {
                val[i] = t + vs;
                vlen[i] = le - vs;
            }
        }
        p = next;
    }
    return BRIEF_OK;
}

/* Where a headline may end but a sentence may not. */
static int ends_like_sentence(const char *s, size_t n, int *question)
{
    *question = 0;
    size_t e = n;
    /* Step back over closing quotes and brackets (ASCII and U+2019/201D/00BB). */
    for (;;) {
        if (e >= 1 && (s[e - 1] == '"' || s[e - 1] == '\'' || s[e - 1] == ')')) {
            e--;
        } else if (e >= 3 && (unsigned char)s[e - 3] == 0xE2 &&
                   (unsigned char)s[e - 2] == 0x80 &&
                   ((unsigned char)s[e - 1] == 0x99 || (unsigned char)s[e - 1] == 0x9D)) {
            e -= 3;
        } else if (e >= 2 && (unsigned char)s[e - 2] == 0xC2 &&
                   (unsigned char)s[e - 1] == 0xBB) {
            e -= 2;
        } else {
            break;
        }
    }
    if (e == 0) return 0;
    char c = s[e - 1];
    if (c == '?') {
        *question = 1;
        return 1;
    }
    if (c == '.' || c == '!' || c == ';' || c == ',' || c == ':') return 1;
    if (e >= 3 && (unsigned char)s[e - 3] == 0xE2 && (unsigned char)s[e - 2] == 0x80 &&
        (unsigned char)s[e - 1] == 0xA6)
        return 1; /* ellipsis */
    return 0;
}

/* "Rivals of the £400 Apple...", "'My memories of Marley...'" */
static int ellipsis(const char *s, size_t n)
{
    while (n && (s[n - 1] == '\'' || s[n - 1] == '"')) n--;
    return (n >= 3 && memcmp(s + n - 3, "...", 3) == 0) ||
           (n >= 3 && memcmp(s + n - 3, "\xE2\x80\xA6", 3) == 0);
}

/* Limits of a headline: BBC titles run to 12 words / 70 bytes, web titles
 * with a "| Section" tail to ~18 words; wire leads are 25+ words. */
#define TITLE_MAX_WORDS 20
#define TITLE_MAX_BYTES 200
/* A question or an ellipsis ends a headline only when short and set off
 * by a blank line (BBC: "Could Yukos be a blessing in disguise?"). */
#define TITLE_QUESTION_WORDS 12

/* Hard-wrapped text (the next 20 lines mostly 40-100 bytes, none over
 * 110): there a first line running straight into the next is the start of
 * a paragraph, and a title would be set off by a blank line. */
static int looks_wrapped(const char *t, size_t len, size_t p)
{
    size_t lines = 0, mid = 0, ls, le, next;
    while (p < len && lines < 20) {
        get_line(t, len, p, &ls, &le, &next);
        p = next;
        if (ls == le) continue;
        lines++;
        if (le - ls > 110) return 0;
        if (le - ls >= 40) mid++;
    }
    return lines >= 3 && mid * 10 >= lines * 6;
}

static brief_status find_title(arena *ar, ingest_doc *d)
{
    const char *t = d->text;
    size_t len = d->len, p = d->body_start, ls = 0, le = 0, next = 0;
    /* Page furniture above a headline ("#image_title", "Advertisement")
     * is passed over; five lines is more than the samples ever carry. */
    for (int skipped = 0; p < len;) {
        get_line(t, len, p, &ls, &le, &next);
        if (ls < le) {
            if (skipped >= 5 || !clean_is_boilerplate(t + ls, le - ls)) break;
            skipped++;
        }
        p = next;
    }
    if (p >= len) return BRIEF_OK;
    size_t n = le - ls, words = text_count_words(t + ls, n);
    if (n > TITLE_MAX_BYTES || words > TITLE_MAX_WORDS) return BRIEF_OK;
    int question;
    int sentence = ends_like_sentence(t + ls, n, &question);
    /* What follows: a blank line, a continuation, or nothing. */
    size_t nls, nle, nn;
    int blank_after = 0, more = 0;
    size_t q = next;
    if (q < len) {
        get_line(t, len, q, &nls, &nle, &nn);
        if (nls == nle) blank_after = 1;
        else if (t[nls] >= 'a' && t[nls] <= 'z') return BRIEF_OK; /* wrapped sentence */
    }
    for (; q < len; q++) {
        if (!text_is_space_byte((unsigned char)t[q])) {
            more = 1;
            break;
        }
    }
    if (!more) return BRIEF_OK;
    if (!blank_after && looks_wrapped(t, len, next)) return BRIEF_OK;
    if (sentence && !((question || ellipsis(t + ls, n)) && blank_after &&
                      words <= TITLE_QUESTION_WORDS))
        return BRIEF_OK;
    if (!d->title) {
        char *title = fold_dup(ar, t + ls, n);
        if (!title) return BRIEF_ENOMEM;
        d->title = title;
    }
    d->title_start = ls;
    d->title_end = le;
    d->body_start = next;
    return BRIEF_OK;
}

int ingest_is_binary(const char *bytes, size_t len)
{
    const unsigned char *s = (const unsigned char *)bytes;
    if (len >= 2 && ((s[0] == 0xFF && s[1] == 0xFE) || (s[0] == 0xFE && s[1] == 0xFF))) return 0;
    if (binary_magic(s, len)) return 1;
    if (utf16_guess(s, len)) return 0;
    stats st;
    scan(s, len, &st);
    return looks_binary(&st, len);
}

brief_status ingest_bytes(arena *ar, const char *bytes, size_t len,
                          ingest_doc *out)
{
    if (!ar || !out || (!bytes && len)) return BRIEF_EINVAL;
    memset(out, 0, sizeof *out);
    if (len > BRIEF_MAX_INPUT_BYTES) return BRIEF_ELIMIT;
    const unsigned char *s = (const unsigned char *)(bytes ? bytes : "");
    size_t n = len, repaired = 0;
    const char *enc = "utf-8";
    const char *utf16 = NULL;
    brief_status rc;

    if (n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF) {
        s += 3;
        n -= 3;
    } else if (n >= 2 && s[0] == 0xFF && s[1] == 0xFE) {
        utf16 = "utf-16le";
        s += 2;
        n -= 2;
    } else if (n >= 2 && s[0] == 0xFE && s[1] == 0xFF) {
        utf16 = "utf-16be";
        s += 2;
        n -= 2;
    } else if (binary_magic(s, n)) {
        return BRIEF_EBINARY;
    } else {
        utf16 = utf16_guess(s, n);
    }

    const unsigned char *src = s;
    size_t sn = n;
    stats st;
    if (utf16) {
        char *dec;
        rc = decode_utf16(ar, s, n, strcmp(utf16, "utf-16be") == 0, &dec, &sn,
                          &repaired);
        if (rc != BRIEF_OK) return rc;
        src = (const unsigned char *)dec;
        enc = utf16;
        scan(src, sn, &st);
    } else {
        scan(s, n, &st);
        /* Windows-1252 when the high bytes are not UTF-8: no (or next to
         * no) valid sequence, and mostly isolated high bytes (accented
         * letters between ASCII ones), not the runs broken UTF-8 leaves. */
        if (st.invalid > 0 && st.valid_mb * 16 < st.invalid &&
            st.runs1 * 2 >= st.runs && st.maxrun <= 3 && !looks_binary(&st, n)) {
            char *dec;
            rc = decode_1252(ar, s, n, &dec, &sn, &repaired);
            if (rc != BRIEF_OK) return rc;
            src = (const unsigned char *)dec;
            enc = "latin-1";
            /* Same NULs and controls; no invalid sequences any more. */
            st.invalid = 0;
        }
    }
    if (looks_binary(&st, sn)) return BRIEF_EBINARY;

    char *text;
    size_t tlen;
    int need_nfc;
    size_t controls = 0;
    rc = repair(ar, src, sn, &st, &text, &tlen, &repaired, &controls, &need_nfc);
    if (rc != BRIEF_OK) return rc;
    if (need_nfc) {
        rc = nfc_lines(ar, text, tlen, &text, &tlen);
        if (rc != BRIEF_OK) return rc;
    }
    out->text = text;
    out->len = tlen;
    out->repaired = repaired;
    out->controls = controls;
    out->encoding = enc;

    int found;
    rc = front_matter(ar, out, &found);
    if (rc != BRIEF_OK) return rc;
    if (!out->title) rc = find_title(ar, out);
    return rc;
}
