/*
 * render_md.c - stage 11: the digest as Markdown (CommonMark/GFM).
 *
 * Every input text is one line (white space folded), so only its first
 * characters can start a block; those are escaped when they would ("#",
 * "-", "+", "=", "1." / "1)"; every "#" in the headline, where a final
 * " #" would vanish as a closing sequence).  Inline, \ ` * _ ~ [ ] < > @ |
 * $ are always escaped ("$" because GitHub reads "$...$" as math), "&"
 * before a letter, digit or "#" (an entity), ":" in "://" and the dot of
 * "www." (GFM's bare autolinks), so article text can never become
 * emphasis, code, math, a link, an image, an autolink or raw HTML.  Not
 * escaped: "!" and "(" (harmless once "[" is), "." and ")" mid-line.
 * Source lists print as "[1, 3]": with every input bracket escaped no link
 * reference definition can exist, so they stay literal.  Lines are not
 * wrapped (a Markdown renderer reflows them).  Limit: ordered-list numbers
 * after the first are the renderer's, so source ids are assumed to run
 * 1, 2, 3... as compose makes them.
 */
#include "render.h"

#include <string.h>

#include "labels.h"

static int is_alnum_ascii(int32_t c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
           (c >= 'A' && c <= 'Z');
}

/* The k-th raw byte after the current code point (0 past the end). */
static int peek(const rscan *sc, size_t k)
{
    return sc->i + k <= sc->len ? (unsigned char)sc->s[sc->i + k - 1] : 0;
}

enum { MD_START = 1, MD_HEADING = 2 };

/* Writes s escaped.  MD_START: it begins a line (block markers count);
 * MD_HEADING: inside an ATX heading. */
static void md_text(rbuf *b, const char *s, int flags)
{
    int start = flags & MD_START;
    rscan sc;
    int32_t cp, prev[3] = {0, 0, 0};
    const char *p;
    size_t n;
    int lead_digits = start;   /* only digits so far at a line start */
    size_t ndigits = 0, pos = 0;
    rscan_init(&sc, s);
    while (rscan_next(&sc, &cp, &p, &n)) {
        int esc = 0;
        switch (cp) {
        case '\\': case '`': case '*': case '_': case '~': case '[':
        case ']': case '<': case '>': case '@': case '|': case '$':
            esc = 1;
            break;
        case '#':
            esc = (start && pos == 0) || (flags & MD_HEADING);
            break;
        case '-': case '+': case '=':
            esc = start && pos == 0;
            break;
        case '.': case ')':
            esc = lead_digits && ndigits > 0;
            /* "www." begins a GFM autolink. */
            if (cp == '.' && (prev[0] | 0x20) == 'w' && (prev[1] | 0x20) == 'w' &&
                (prev[2] | 0x20) == 'w' && pos >= 3)
                esc = 1;
            break;
        case ':':
            esc = peek(&sc, 1) == '/' && peek(&sc, 2) == '/';
            break;
        case '&': {
            int c = peek(&sc, 1);
            esc = is_alnum_ascii(c) || c == '#';
            break;
        }
        default:
            break;
        }
        if (cp >= '0' && cp <= '9') ndigits++;
        else lead_digits = 0;
        if (esc) rbuf_add(b, "\\", 1);
        rbuf_add(b, p, n);
        prev[2] = prev[1];
        prev[1] = prev[0];
        prev[0] = cp;
        pos++;
    }
}

/* A link target inside (...): the characters that would end it or break
 * the line are percent-encoded. */
static void md_url(rbuf *b, const char *u)
{
    for (; *u; u++) {
        if (*u == '(' || *u == ')' || *u == '[' || *u == ']' || *u == '*' || *u == '_')
            rbuf_printf(b, "%%%02X", (unsigned)(unsigned char)*u);
        else rbuf_add(b, u, 1);
    }
}

/* " [1, 3]", each number a link to its source's article when it has one. */
static void md_ids(rbuf *b, const brief_digest *d, const size_t *ids, size_t n)
{
    if (!ids || !n) return;
    rbuf_add(b, " [", 2);
    for (size_t i = 0; i < n; i++) {
        const char *u = render_source_link(d, ids[i]);
        if (i) rbuf_add(b, ", ", 2);
        if (u) {
            rbuf_printf(b, "[%zu](", ids[i]);
            md_url(b, u);
            rbuf_add(b, ")", 1);
        } else {
            rbuf_printf(b, "%zu", ids[i]);
        }
    }
    rbuf_add(b, "]", 1);
}

static void md_section(rbuf *b, int *any, const char *title)
{
    if (*any) rbuf_add(b, "\n", 1);
    *any = 1;
    if (title) {
        rbuf_puts(b, "## ");
        md_text(b, title, MD_START | MD_HEADING);
        rbuf_add(b, "\n\n", 2);
    }
}

brief_status render_markdown(const brief_digest *d, rbuf *b)
{
    if (!d || !b) return BRIEF_EINVAL;
    int any = 0;
    labels lb;
    labels_load(&lb, d->language);

    if (!render_blank(d->headline)) {
        md_section(b, &any, NULL);
        rbuf_add(b, "# ", 2);
        md_text(b, d->headline, MD_START | MD_HEADING);
        rbuf_add(b, "\n", 1);
    }
    if (!render_blank(d->lead)) {
        md_section(b, &any, NULL);
        md_text(b, d->lead, MD_START);
        rbuf_add(b, "\n", 1);
    }
    if (d->npoints && d->points) {
        md_section(b, &any, lb.text[LABEL_KEY_POINTS]);
        for (size_t i = 0; i < d->npoints; i++) {
            const brief_point *pt = d->points[i];
            rbuf_add(b, "-", 1);
            if (!render_blank(pt->text)) {
                rbuf_add(b, " ", 1);
                md_text(b, pt->text, MD_START);
            }
            md_ids(b, d, pt->sources, pt->nsources);
            rbuf_add(b, "\n", 1);
        }
    }
    if (d->nquotes && d->quotes) {
        md_section(b, &any, lb.text[LABEL_QUOTES]);
        for (size_t i = 0; i < d->nquotes; i++) {
            const brief_quote *q = d->quotes[i];
            int has_speaker = !render_blank(q->speaker);
            int has_role = !render_blank(q->role);
            /* One blockquote per quote: a blank line between them. */
            if (i) rbuf_add(b, "\n", 1);
            rbuf_puts(b, "> \u201C");
            md_text(b, q->text, 0);
            rbuf_puts(b, "\u201D");
            if (has_speaker || has_role) rbuf_puts(b, " \u2014 ");
            if (has_speaker) md_text(b, q->speaker, 0);
            if (has_speaker && has_role) rbuf_add(b, ", ", 2);
            if (has_role) md_text(b, q->role, 0);
            md_ids(b, d, q->sources, q->nsources);
            rbuf_add(b, "\n", 1);
        }
    }
    if (d->nsources && d->sources) {
        md_section(b, &any, lb.text[LABEL_SOURCES]);
        for (size_t i = 0; i < d->nsources; i++) {
            const brief_source *s = d->sources[i];
            const char *link = render_source_link(d, s->id);
            const char *outlet = render_outlet(s);
            rbuf_printf(b, "%zu.", s->id);
            int have = 0, named = 0; /* named: something after the title */
            /* The first thing shown (the title, else the outlet, else the
             * file) links to the article. */
            if (!render_blank(s->title)) {
                rbuf_puts(b, link ? " [" : " ");
                md_text(b, s->title, link ? 0 : MD_START);
                have = 1;
            } else if (!render_blank(outlet)) {
                rbuf_puts(b, link ? " [" : " ");
            }
            if (have && link) {
                rbuf_add(b, "](", 2);
                md_url(b, link);
                rbuf_add(b, ")", 1);
            }
            if (!render_blank(outlet) &&
                !(have && strcmp(s->title, outlet) == 0)) {
                if (have) rbuf_puts(b, " \u2014 ");
                md_text(b, outlet, have || link ? 0 : MD_START);
                if (!have && link) {
                    rbuf_add(b, "](", 2);
                    md_url(b, link);
                    rbuf_add(b, ")", 1);
                }
                have = 1;
                named = 1;
            }
            char day[11];
            const char *by[2] = {s->author, render_date_label(s->date, day)};
            for (int k = 0; k < 2; k++) {
                if (render_blank(by[k])) continue;
                rbuf_puts(b, !have ? " " : named ? ", " : " \u2014 ");
                md_text(b, by[k], have ? 0 : MD_START);
                have = named = 1;
            }
            const char *file = render_file_label(s->file);
            if (!render_blank(file) && !(have && link)) {
                rbuf_puts(b, have ? " (" : " ");
                md_text(b, file, have ? 0 : MD_START);
                if (have) rbuf_add(b, ")", 1);
            }
            rbuf_add(b, "\n", 1);
        }
    }
    return render_status(b);
}
