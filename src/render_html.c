/*
 * render_html.c - stage 11: the digest as an HTML fragment for email.
 *
 * One <article dir="auto"> (so a right-to-left story reads right to left)
 * holding only <h1> <p> <h2> <ul> <ol> <li> <blockquote> and <a href>:
 * no scripts, styles, images, classes or event attributes, nothing
 * fetched.  Every input text is escaped (& < > " ') after the cleaning all
 * renderers share, so no input byte can open a tag, an attribute or an
 * entity.  The only links are to the sources' own http(s) addresses
 * (render_source_link); file names are shown as text, never linked.
 */
#include "render.h"

#include <string.h>

#include "labels.h"

static void html_text(rbuf *b, const char *s)
{
    rscan sc;
    int32_t cp;
    const char *p;
    size_t n;
    rscan_init(&sc, s);
    while (rscan_next(&sc, &cp, &p, &n)) {
        switch (cp) {
        case '&': rbuf_add(b, "&amp;", 5); break;
        case '<': rbuf_add(b, "&lt;", 4); break;
        case '>': rbuf_add(b, "&gt;", 4); break;
        case '"': rbuf_add(b, "&quot;", 6); break;
        case '\'': rbuf_add(b, "&#39;", 5); break;
        default: rbuf_add(b, p, n); break;
        }
    }
}

static void html_heading(rbuf *b, const char *title)
{
    rbuf_puts(b, "<h2>");
    html_text(b, title);
    rbuf_puts(b, "</h2>\n");
}

static void html_link_open(rbuf *b, const char *url)
{
    rbuf_puts(b, "<a href=\"");
    html_text(b, url);
    rbuf_puts(b, "\">");
}

/* "[1, 3]", each number a link to its source's article when it has one. */
static void html_ids_bare(rbuf *b, const brief_digest *d, const size_t *ids, size_t n)
{
    if (!ids || !n) return;
    rbuf_add(b, "[", 1);
    for (size_t i = 0; i < n; i++) {
        const char *u = render_source_link(d, ids[i]);
        if (i) rbuf_add(b, ", ", 2);
        if (u) html_link_open(b, u);
        rbuf_printf(b, "%zu", ids[i]);
        if (u) rbuf_puts(b, "</a>");
    }
    rbuf_add(b, "]", 1);
}

static void html_ids(rbuf *b, const brief_digest *d, const size_t *ids, size_t n)
{
    if (!ids || !n) return;
    rbuf_add(b, " ", 1);
    html_ids_bare(b, d, ids, n);
}

brief_status render_html(const brief_digest *d, rbuf *b)
{
    if (!d || !b) return BRIEF_EINVAL;
    labels lb;
    labels_load(&lb, d->language);
    rbuf_puts(b, "<article dir=\"auto\">\n");

    if (!render_blank(d->headline)) {
        rbuf_puts(b, "<h1>");
        html_text(b, d->headline);
        rbuf_puts(b, "</h1>\n");
    }
    if (!render_blank(d->lead)) {
        rbuf_puts(b, "<p>");
        html_text(b, d->lead);
        rbuf_puts(b, "</p>\n");
    }
    if (d->npoints && d->points) {
        html_heading(b, lb.text[LABEL_KEY_POINTS]);
        rbuf_puts(b, "<ul>\n");
        for (size_t i = 0; i < d->npoints; i++) {
            const brief_point *pt = d->points[i];
            rbuf_puts(b, "<li>");
            html_text(b, pt->text);
            html_ids(b, d, pt->sources, pt->nsources);
            rbuf_puts(b, "</li>\n");
        }
        rbuf_puts(b, "</ul>\n");
    }
    if (d->nquotes && d->quotes) {
        html_heading(b, lb.text[LABEL_QUOTES]);
        for (size_t i = 0; i < d->nquotes; i++) {
            const brief_quote *q = d->quotes[i];
            int has_speaker = !render_blank(q->speaker);
            int has_role = !render_blank(q->role);
            rbuf_puts(b, "<blockquote>\n<p>\u201C");
            html_text(b, q->text);
            rbuf_puts(b, "\u201D</p>\n<p>");
            if (has_speaker || has_role) rbuf_puts(b, "\u2014 ");
            if (has_speaker) html_text(b, q->speaker);
            if (has_speaker && has_role) rbuf_add(b, ", ", 2);
            if (has_role) html_text(b, q->role);
            if (q->sources && q->nsources) {
                if (has_speaker || has_role) html_ids(b, d, q->sources, q->nsources);
                else html_ids_bare(b, d, q->sources, q->nsources);
            }
            rbuf_puts(b, "</p>\n</blockquote>\n");
        }
    }
    if (d->nsources && d->sources) {
        html_heading(b, lb.text[LABEL_SOURCES]);
        rbuf_puts(b, "<ol>\n");
        for (size_t i = 0; i < d->nsources; i++) {
            const brief_source *s = d->sources[i];
            /* value keeps the number right when ids have gaps. */
            if (s->id != i + 1) rbuf_printf(b, "<li value=\"%zu\">", s->id);
            else rbuf_puts(b, "<li>");
            const char *link = render_source_link(d, s->id);
            const char *outlet = render_outlet(s);
            int have = 0, named = 0; /* named: something after the title */
            /* The first thing shown (the title, else the outlet) links to
             * the article. */
            if (!render_blank(s->title)) {
                if (link) html_link_open(b, link);
                html_text(b, s->title);
                if (link) rbuf_puts(b, "</a>");
                have = 1;
            }
            if (!render_blank(outlet) &&
                !(have && strcmp(s->title, outlet) == 0)) {
                if (have) rbuf_puts(b, " \u2014 ");
                if (link && !have) html_link_open(b, link);
                html_text(b, outlet);
                if (link && !have) rbuf_puts(b, "</a>");
                have = named = 1;
            }
            char day[11];
            const char *by[2] = {s->author, render_date_label(s->date, day)};
            for (int k = 0; k < 2; k++) {
                if (render_blank(by[k])) continue;
                if (have) rbuf_puts(b, named ? ", " : " \u2014 ");
                html_text(b, by[k]);
                have = named = 1;
            }
            const char *file = render_file_label(s->file);
            if (!render_blank(file) && !(have && link)) {
                if (have) rbuf_puts(b, " (");
                html_text(b, file);
                if (have) rbuf_add(b, ")", 1);
            }
            rbuf_puts(b, "</li>\n");
        }
        rbuf_puts(b, "</ol>\n");
    }
    rbuf_puts(b, "</article>\n");
    return render_status(b);
}
