/*
 * render_text.c - stage 11: the digest as plain text for a terminal.
 *
 * Wrapped at 72 display columns (utf8proc_charwidth: CJK 2, combining
 * marks 0) with a hanging indent for list items.  Lines break only at
 * white space; a word wider than the line (a URL, a run of CJK without
 * spaces) is broken between code points, never before a zero-width one,
 * so a combining mark stays on its base, nor before CJK closing
 * punctuation (the character before moves down with it).  Source lists
 * "[1, 3]" stay whole when they fit on a line and take the last word down
 * with them rather than sit alone on one.  No trailing spaces; ends with
 * one newline (an empty digest renders as nothing).  Bidirectional text
 * is passed through untouched: reordering is the terminal's job.
 */
#include "render.h"

#include <stdio.h>
#include <string.h>

#include "labels.h"
#include "text.h"

#define WIDTH 72

typedef struct seg {
    const char *s;
    size_t n;
} seg;

typedef struct wrap {
    rbuf *b;
    const char *prefix;  /* written before the first word */
    size_t indent;       /* columns of the prefix and of continuations */
    size_t col;
    size_t maxcol;
    size_t keep;         /* columns that must follow the next word on
                            its line (a source list after the last word) */
    int words;           /* words on the current line */
    int started;         /* the prefix is out */
} wrap;

/* One shown code point of raw bytes s[*i..n), controls skipped; 0 at the
 * end.  Word ranges hold no white space, so none is folded here. */
static int seg_next(const seg *g, size_t *i, int32_t *cp, const char **p,
                    size_t *k)
{
    static const char fffd[] = "\xEF\xBF\xBD";
    while (*i < g->n) {
        size_t len = text_decode(g->s + *i, g->n - *i, cp);
        const char *at = g->s + *i;
        *i += len;
        if (render_is_control(*cp)) continue;
        if (*cp == 0xFFFD && len == 1) { *p = fffd; *k = 3; }
        else { *p = at; *k = len; }
        return 1;
    }
    return 0;
}

static void wrap_begin(wrap *w, rbuf *b, const char *prefix)
{
    w->b = b;
    w->prefix = prefix;
    w->indent = strlen(prefix);   /* prefixes are ASCII */
    w->col = w->indent;
    w->maxcol = 0;
    w->keep = 0;
    w->words = 0;
    w->started = 0;
}

static void wrap_newline(wrap *w)
{
    rbuf_add(w->b, "\n", 1);
    rbuf_repeat(w->b, ' ', w->indent);
    w->col = w->indent;
    w->words = 0;
}

/* Makes room for something `first` columns wide that starts a word:
 * a space on this line, or a new line. */
static void wrap_place(wrap *w, size_t first)
{
    if (!w->started) {
        rbuf_puts(w->b, w->prefix);
        w->started = 1;
    }
    if (!w->words) return;
    if (w->col + 1 + first > WIDTH) {
        wrap_newline(w);
    } else {
        rbuf_add(w->b, " ", 1);
        w->col++;
    }
}

static void wrap_done_word(wrap *w, size_t width)
{
    w->col += width;
    w->words++;
    if (w->col > w->maxcol) w->maxcol = w->col;
}

/* Closing punctuation that CJK line breaking (kinsoku) keeps off the
 * start of a line. */
static int no_break_before(int32_t cp)
{
    switch (cp) {
    case 0x3001: case 0x3002: case 0x3005: case 0x3009: case 0x300B:
    case 0x300D: case 0x300F: case 0x3011: case 0x3015: case 0x2019:
    case 0x201D: case 0x30FC: case 0xFF01: case 0xFF09: case 0xFF0C:
    case 0xFF0E: case 0xFF1A: case 0xFF1B: case 0xFF1F: case 0xFF3D:
    case 0xFF5D:
        return 1;
    default:
        return 0;
    }
}

/* A line break inside a long word before cp.  When cp may not start a
 * line, the character before it (bytes from `last` on, `last_w` columns)
 * moves down with it, unless it is the first of the word or of the line
 * (nothing would be gained, or a space would be left at the end). */
static void carry_break(wrap *w, int32_t cp, size_t word, size_t last,
                        size_t last_w)
{
    char tmp[64];
    size_t n = w->b->len - last;
    if (!no_break_before(cp) || w->b->failed || n > sizeof tmp ||
        last_w == 0 || last <= word || w->col - last_w <= w->indent) {
        wrap_newline(w);
        return;
    }
    memcpy(tmp, w->b->p + last, n);
    w->b->len = last;
    w->b->p[last] = '\0';
    wrap_newline(w);
    rbuf_add(w->b, tmp, n);
    w->col += last_w;
}

static void wrap_word(wrap *w, const seg *g, size_t ng)
{
    size_t width = 0, count = 0;
    for (size_t j = 0; j < ng; j++) {
        size_t i = 0, k;
        int32_t cp;
        const char *p;
        while (seg_next(&g[j], &i, &cp, &p, &k)) {
            width += (size_t)render_cp_width(cp);
            count++;
        }
    }
    size_t keep = w->keep;
    w->keep = 0;
    if (!count) return;
    if (width <= WIDTH - w->indent) {
        /* The last word goes down with a source list rather than leave
         * "[2]" alone on a line. */
        wrap_place(w, width + keep <= WIDTH - w->indent ? width + keep : width);
        for (size_t j = 0; j < ng; j++) {
            size_t i = 0, k;
            int32_t cp;
            const char *p;
            while (seg_next(&g[j], &i, &cp, &p, &k)) rbuf_add(w->b, p, k);
        }
        wrap_done_word(w, width);
        return;
    }
    /* Longer than any line: fill this line, then break between code
     * points.  `last` is where the newest visible character (and the
     * marks on it) starts in the buffer, so it can be carried over when
     * the next character may not begin a line. */
    int first = 1;
    size_t word = 0, last = 0, last_w = 0;
    for (size_t j = 0; j < ng; j++) {
        size_t i = 0, k;
        int32_t cp;
        const char *p;
        while (seg_next(&g[j], &i, &cp, &p, &k)) {
            size_t cw = (size_t)render_cp_width(cp);
            if (first) {
                wrap_place(w, cw);
                word = w->b->len;
                first = 0;
            } else if (cw && w->col + cw > WIDTH && w->col > w->indent) {
                carry_break(w, cp, word, last, last_w);
            }
            if (cw) {
                last = w->b->len;
                last_w = cw;
            }
            rbuf_add(w->b, p, k);
            w->col += cw;
            if (w->col > w->maxcol) w->maxcol = w->col;
        }
    }
    w->words++;
}

static void wrap_literal(wrap *w, const char *s)
{
    seg g = {s, strlen(s)};
    wrap_word(w, &g, 1);
}

/* The words of s, `pre` glued to the first and `post` to the last (the
 * glue alone when s shows nothing). */
static void wrap_text(wrap *w, const char *s, const char *pre,
                      const char *post)
{
    seg pg = {pre ? pre : "", pre ? strlen(pre) : 0};
    seg qg = {post ? post : "", post ? strlen(post) : 0};
    size_t len = s ? strlen(s) : 0, i = 0;
    size_t a = 0, e = 0;   /* the word waiting for its successor */
    size_t keep = w->keep;
    w->keep = 0;
    int have = 0, firstword = 1;
    while (i < len) {
        int32_t cp;
        size_t k = text_decode(s + i, len - i, &cp);
        if (text_is_space(cp)) { i += k; continue; }
        size_t start = i;
        int visible = 0;
        while (i < len) {
            k = text_decode(s + i, len - i, &cp);
            if (text_is_space(cp)) break;
            if (!render_is_control(cp)) visible = 1;
            i += k;
        }
        if (!visible) continue;
        if (have) {
            seg g[2] = {pg, {s + a, e - a}};
            if (firstword) wrap_word(w, g, 2);
            else wrap_word(w, g + 1, 1);
            firstword = 0;
        }
        a = start;
        e = i;
        have = 1;
    }
    w->keep = keep;
    if (have) {
        seg g[3] = {pg, {s + a, e - a}, qg};
        if (firstword) wrap_word(w, g, 3);
        else wrap_word(w, g + 1, 2);
    } else if (pg.n || qg.n) {
        seg g[2] = {pg, qg};
        wrap_word(w, g, 2);
    }
}

static size_t digits(size_t v)
{
    size_t n = 1;
    while (v >= 10) { v /= 10; n++; }
    return n;
}

/* Columns of " [1, 3, 4]" when it is kept whole, else 0. */
static size_t ids_keep(const wrap *w, const size_t *ids, size_t n)
{
    if (!ids || !n) return 0;
    size_t width = 2 + 2 * (n - 1);
    for (size_t i = 0; i < n; i++) width += digits(ids[i]);
    return width <= WIDTH - w->indent ? width + 1 : 0;
}

/* "[1, 3, 4]" as one word when it fits on a line, else one word per id. */
static void wrap_ids(wrap *w, const size_t *ids, size_t n)
{
    w->keep = 0;
    if (!ids || !n) return;
    size_t width = 2 + 2 * (n - 1);
    for (size_t i = 0; i < n; i++) width += digits(ids[i]);
    if (width <= WIDTH - w->indent) {
        wrap_place(w, width);
        render_ids(w->b, ids, n);
        wrap_done_word(w, width);
        return;
    }
    for (size_t i = 0; i < n; i++) {
        char tmp[48];
        snprintf(tmp, sizeof tmp, "%s%zu%s", i ? "" : "[", ids[i],
                 i + 1 < n ? "," : "]");
        wrap_literal(w, tmp);
    }
}

static void wrap_end(wrap *w)
{
    if (!w->started) {
        /* Nothing to show: the marker alone, without its space. */
        size_t n = strlen(w->prefix);
        while (n && w->prefix[n - 1] == ' ') n--;
        rbuf_add(w->b, w->prefix, n);
    }
    rbuf_add(w->b, "\n", 1);
}

/* A blank line between sections, and the section's title. */
static void section(rbuf *b, int *any, const char *title)
{
    if (*any) rbuf_add(b, "\n", 1);
    *any = 1;
    if (title) {
        rbuf_puts(b, title);
        rbuf_add(b, "\n", 1);
    }
}

static int same_text(const char *a, const char *b)
{
    return a && b && strcmp(a, b) == 0;
}

brief_status render_text(const brief_digest *d, rbuf *b)
{
    if (!d || !b) return BRIEF_EINVAL;
    wrap w;
    int any = 0;
    labels lb;
    labels_load(&lb, d->language);

    if (!render_blank(d->headline)) {
        section(b, &any, NULL);
        wrap_begin(&w, b, "");
        wrap_text(&w, d->headline, NULL, NULL);
        wrap_end(&w);
        rbuf_repeat(b, '=', w.maxcol ? w.maxcol : 3);
        rbuf_add(b, "\n", 1);
    }
    if (!render_blank(d->lead)) {
        section(b, &any, NULL);
        wrap_begin(&w, b, "");
        wrap_text(&w, d->lead, NULL, NULL);
        wrap_end(&w);
    }
    if (d->npoints && d->points) {
        section(b, &any, lb.text[LABEL_KEY_POINTS]);
        for (size_t i = 0; i < d->npoints; i++) {
            const brief_point *pt = d->points[i];
            wrap_begin(&w, b, "- ");
            w.keep = ids_keep(&w, pt->sources, pt->nsources);
            wrap_text(&w, pt->text, NULL, NULL);
            wrap_ids(&w, pt->sources, pt->nsources);
            wrap_end(&w);
        }
    }
    if (d->nquotes && d->quotes) {
        section(b, &any, lb.text[LABEL_QUOTES]);
        for (size_t i = 0; i < d->nquotes; i++) {
            const brief_quote *q = d->quotes[i];
            int has_speaker = !render_blank(q->speaker);
            int has_role = !render_blank(q->role);
            size_t keep;
            wrap_begin(&w, b, "- ");
            keep = ids_keep(&w, q->sources, q->nsources);
            w.keep = has_speaker || has_role ? 0 : keep;
            wrap_text(&w, q->text, "\u201C", "\u201D");
            if (has_speaker || has_role) wrap_literal(&w, "\u2014");
            w.keep = has_role ? 0 : keep;
            if (has_speaker)
                wrap_text(&w, q->speaker, NULL, has_role ? "," : NULL);
            w.keep = keep;
            if (has_role) wrap_text(&w, q->role, NULL, NULL);
            w.keep = 0;
            wrap_ids(&w, q->sources, q->nsources);
            wrap_end(&w);
        }
    }
    if (d->nsources && d->sources) {
        section(b, &any, lb.text[LABEL_SOURCES]);
        for (size_t i = 0; i < d->nsources; i++) {
            const brief_source *s = d->sources[i];
            char prefix[32];
            snprintf(prefix, sizeof prefix, "%zu. ", s->id);
            wrap_begin(&w, b, prefix);
            int have = 0;
            if (!render_blank(s->title)) {
                wrap_text(&w, s->title, NULL, NULL);
                have = 1;
            }
            /* The outlet, byline and date follow the title after a dash,
             * separated by commas. */
            const char *more[3];
            size_t nmore = 0;
            const char *outlet = render_outlet(s);
            if (!render_blank(outlet) && !(have && same_text(s->title, outlet)))
                more[nmore++] = outlet;
            if (!render_blank(s->author)) more[nmore++] = s->author;
            char day[11];
            if (!render_blank(s->date)) more[nmore++] = render_date_label(s->date, day);
            if (have && nmore) wrap_literal(&w, "\u2014");
            for (size_t k = 0; k < nmore; k++)
                wrap_text(&w, more[k], NULL, k + 1 < nmore ? "," : NULL);
            have |= nmore > 0;
            const char *link = render_source_link(d, s->id);
            const char *file = render_file_label(s->file);
            if (link) wrap_text(&w, link, have ? "<" : NULL, have ? ">" : NULL);
            else if (!render_blank(file))
                wrap_text(&w, file, have ? "(" : NULL, have ? ")" : NULL);
            wrap_end(&w);
        }
    }
    return render_status(b);
}
