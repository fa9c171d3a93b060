/*
 * render.c - stage 11: the output buffer and the helpers every renderer
 * shares (input cleaning, display width, source id lists), and names as
 * lines of text show them (brief_printable_name, for the TSV and the CLI).
 *
 * The buffer grows by doubling inside the arena, in place while it is the
 * arena's newest block; renderers make no other arena allocations while
 * writing, so a render costs time linear in its output.
 */
#include "render.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <utf8proc.h>

#include "text.h"

/* Where p points before the first allocation or after one failed, so the
 * buffer is always a valid empty string. */
static char empty_buf[1];

void rbuf_init(rbuf *b, arena *ar)
{
    b->ar = ar;
    b->p = empty_buf;
    b->len = 0;
    b->cap = 0;
    b->failed = ar == NULL;
}

static int rbuf_reserve(rbuf *b, size_t n)
{
    if (b->failed) return 0;
    if (n < b->cap - b->len) return 1;   /* room for n bytes and the NUL */
    if (n > SIZE_MAX / 2 - b->len - 1) { b->failed = 1; return 0; }
    size_t need = b->len + n + 1;
    size_t cap = b->cap ? b->cap * 2 : 256;
    while (cap < need) cap *= 2;
    char *p = b->cap ? arena_grow(b->ar, b->p, b->cap, cap)
                     : arena_alloc(b->ar, cap);
    if (!p) { b->failed = 1; return 0; }
    if (!b->cap) p[0] = '\0';
    b->p = p;
    b->cap = cap;
    return 1;
}

void rbuf_add(rbuf *b, const char *s, size_t n)
{
    if (!rbuf_reserve(b, n)) return;
    if (n) memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = '\0';
}

void rbuf_puts(rbuf *b, const char *s)
{
    rbuf_add(b, s, strlen(s));
}

void rbuf_repeat(rbuf *b, char c, size_t n)
{
    if (!rbuf_reserve(b, n)) return;
    memset(b->p + b->len, c, n);
    b->len += n;
    b->p[b->len] = '\0';
}

void rbuf_printf(rbuf *b, const char *fmt, ...)
{
    if (b->failed) return;
    char small[128];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) { b->failed = 1; return; }
    if ((size_t)n < sizeof small) { rbuf_add(b, small, (size_t)n); return; }
    if (!rbuf_reserve(b, (size_t)n)) return;
    va_start(ap, fmt);
    vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

brief_status render_status(const rbuf *b)
{
    return b->failed ? BRIEF_ENOMEM : BRIEF_OK;
}

int render_is_control(int32_t cp)
{
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || text_is_bidi_control(cp);
}

const char *brief_printable_name(char *buf, size_t cap, const char *name)
{
    /* mark: where the output may be cut and still have room for "...". */
    size_t len = name ? strlen(name) : 0, used = 0, mark = 0;
    for (size_t i = 0, k; i < len; i += k) {
        int32_t cp;
        char esc[8];
        const char *piece = esc;
        size_t n;
        k = text_decode(name + i, len - i, &cp);
        if (cp < 0x20 || cp == 0x7F) {
            n = (size_t)snprintf(esc, sizeof esc, "?");
        } else if (cp == 0xFFFD && k == 1) { /* a byte that is not UTF-8 */
            n = (size_t)snprintf(esc, sizeof esc, "\\x%02x", (unsigned char)name[i]);
        } else if (render_is_control(cp)) {
            n = (size_t)snprintf(esc, sizeof esc, "\\u%04x", (unsigned)cp);
        } else {
            piece = name + i;
            n = k;
        }
        if (used + n >= cap) {
            used = mark;
            if (cap >= 4) used += (size_t)snprintf(buf + used, 4, "...");
            break;
        }
        memcpy(buf + used, piece, n);
        used += n;
        if (used + 3 < cap) mark = used;
    }
    if (cap) buf[used] = '\0';
    return buf;
}

int render_cp_width(int32_t cp)
{
    int w = utf8proc_charwidth(cp);
    return w < 0 ? 0 : w;
}

void rscan_init(rscan *sc, const char *s)
{
    sc->s = s ? s : "";
    sc->len = strlen(sc->s);
    sc->i = 0;
    sc->seen = 0;
}

/* The next shown code point from sc->i on, skipping controls; *space is
 * set when white space was passed over to reach it. */
static int scan_raw(rscan *sc, int32_t *cp, size_t *at, size_t *n, int *space)
{
    *space = 0;
    while (sc->i < sc->len) {
        size_t k = text_decode(sc->s + sc->i, sc->len - sc->i, cp);
        size_t pos = sc->i;
        sc->i += k;
        if (text_is_space(*cp)) { *space = 1; continue; }
        if (render_is_control(*cp)) continue;
        *at = pos;
        *n = k;
        return 1;
    }
    return 0;
}

int rscan_next(rscan *sc, int32_t *cp, const char **bytes, size_t *n)
{
    static const char fffd[] = "\xEF\xBF\xBD";
    size_t at, k;
    int space;
    if (!scan_raw(sc, cp, &at, &k, &space)) return 0;
    if (space && sc->seen) {
        /* Give the folded space now and the code point on the next call. */
        sc->i = at;
        *cp = ' ';
        *bytes = " ";
        *n = 1;
        return 1;
    }
    sc->seen = 1;
    if (*cp == 0xFFFD && k == 1) {
        *bytes = fffd;
        *n = 3;
    } else {
        *bytes = sc->s + at;
        *n = k;
    }
    return 1;
}

int render_blank(const char *s)
{
    rscan sc;
    int32_t cp;
    const char *p;
    size_t n;
    rscan_init(&sc, s);
    return !rscan_next(&sc, &cp, &p, &n);
}

const char *render_source_link(const brief_digest *d, size_t id)
{
    if (!d || !d->sources) return NULL;
    const brief_source *s = NULL;
    if (id >= 1 && id <= d->nsources && d->sources[id - 1]->id == id) s = d->sources[id - 1];
    for (size_t i = 0; !s && i < d->nsources; i++)
        if (d->sources[i]->id == id) s = d->sources[i];
    if (!s || !s->url) return NULL;
    const char *u = s->url;
    size_t skip;
    if (strncmp(u, "https://", 8) == 0) skip = 8;
    else if (strncmp(u, "http://", 7) == 0) skip = 7;
    else return NULL;
    if (!u[skip]) return NULL;
    for (const unsigned char *p = (const unsigned char *)u; *p; p++)
        if (*p <= ' ' || *p == 0x7F || *p == '"' || *p == '\'' || *p == '<' || *p == '>' ||
            *p == '`')
            return NULL;
    return u;
}

const char *render_file_label(const char *file)
{
    if (!file || file[0] != '/') return file;
    const char *last = strrchr(file, '/');
    return last[1] ? last + 1 : file;
}

const char *render_outlet(const brief_source *s)
{
    if (!s || !s->name) return NULL;
    if (!s->file) return s->name;
    const char *base = strrchr(s->file, '/');
    base = base ? base + 1 : s->file;
    size_t n = strlen(s->name);
    if (strncmp(base, s->name, n) == 0 && (base[n] == '\0' || base[n] == '.')) return NULL;
    return s->name;
}

const char *render_date_label(const char *date, char buf[11])
{
    if (!date) return NULL;
    for (int i = 0; i < 10; i++) {
        int digit = date[i] >= '0' && date[i] <= '9';
        if ((i == 4 || i == 7) ? date[i] != '-' : !digit) return date;
    }
    if (date[10] != 'T' && date[10] != ' ') return date;
    memcpy(buf, date, 10);
    buf[10] = '\0';
    return buf;
}

void render_ids(rbuf *b, const size_t *ids, size_t n)
{
    if (!n) return;
    rbuf_add(b, "[", 1);
    for (size_t i = 0; i < n; i++)
        rbuf_printf(b, i ? ", %zu" : "%zu", ids[i]);
    rbuf_add(b, "]", 1);
}
