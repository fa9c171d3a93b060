/*
 * pages.c - brief_pages (brief.h): what brief reads of each file, for
 * `brief extract`; and pages_as_text, the article of a page as the text
 * every other command reads (pages.h).
 */
#include "pages.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "buffer.h"
#include "ctx.h"
#include "html_doc.h"
#include "ingest.h"
#include "io.h"
#include "json_write.h"

struct brief_pages {
    brief_ctx *ctx;
    arena *ar;
    brief_page **pages;
    size_t count, cap;
    char err[512];
};

static brief_status pages_fail(brief_pages *p, brief_status s, const char *name, const char *why)
{
    snprintf(p->err, sizeof p->err, "%.255s: %s", name ? name : "(input)",
             why ? why : brief_strerror(s));
    return s;
}

brief_status brief_pages_new(brief_ctx *ctx, brief_pages **out)
{
    if (!out) return BRIEF_EINVAL;
    *out = NULL;
    if (!ctx) return BRIEF_EINVAL;
    brief_pages *p = mem_malloc(ctx->a, sizeof *p);
    if (!p) return BRIEF_ENOMEM;
    memset(p, 0, sizeof *p);
    p->ctx = ctx;
    p->ar = arena_new(ctx->a);
    if (!p->ar) {
        mem_free(ctx->a, p);
        return BRIEF_ENOMEM;
    }
    *out = p;
    return BRIEF_OK;
}

void brief_pages_free(brief_pages *p)
{
    if (!p) return;
    arena_free(p->ar);
    mem_free(p->ctx->a, p);
}

const char *brief_pages_errmsg(const brief_pages *p) { return p ? p->err : ""; }
size_t brief_pages_count(const brief_pages *p) { return p ? p->count : 0; }

const brief_page *brief_pages_get(const brief_pages *p, size_t i)
{
    return p && i < p->count ? p->pages[i] : NULL;
}

/* "dir/a.txt" -> "a" */
static char *file_stem(arena *ar, const char *name)
{
    const char *base = strrchr(name, '/');
    base = base ? base + 1 : name;
    const char *dot = strrchr(base, '.');
    size_t len = dot && dot != base ? (size_t)(dot - base) : strlen(base);
    return arena_strndup(ar, base, len);
}

/* A text file as ingest reads it: title, body, front matter. */
static brief_status plain_page(arena *ar, const char *bytes, size_t len, brief_page *pg)
{
    ingest_doc in;
    brief_status s = ingest_bytes(ar, bytes, len, &in);
    if (s != BRIEF_OK) return s;
    size_t b = in.body_start, e = in.len;
    while (b < e && (in.text[b] == '\n' || in.text[b] == ' ' || in.text[b] == '\t')) b++;
    while (e > b && (in.text[e - 1] == '\n' || in.text[e - 1] == ' ' || in.text[e - 1] == '\t')) e--;
    pg->text = arena_strndup(ar, in.text + b, e - b);
    if (!pg->text) return BRIEF_ENOMEM;
    if (e == b) return BRIEF_EEMPTY;
    pg->title = in.title;
    pg->source = in.source;
    pg->url = in.url;
    pg->date = in.date;
    return BRIEF_OK;
}

brief_status brief_pages_add_text(brief_pages *p, const char *name, const char *bytes,
                                  size_t len)
{
    if (!p || (!bytes && len)) return BRIEF_EINVAL;
    if (!name) name = "-";
    p->err[0] = '\0';
    if (len > BRIEF_MAX_INPUT_BYTES) return pages_fail(p, BRIEF_ELIMIT, name, NULL);
    if (p->count == p->cap) {
        brief_page **grown = arena_reserve(p->ar, p->pages, sizeof *grown, &p->cap, p->count + 1);
        if (!grown) return pages_fail(p, BRIEF_ENOMEM, name, NULL);
        p->pages = grown;
    }
    brief_page *pg = arena_calloc(p->ar, 1, sizeof *pg);
    char *nm = arena_strdup(p->ar, name);
    if (!pg || !nm) return pages_fail(p, BRIEF_ENOMEM, name, NULL);
    pg->name = nm;
    brief_status s;
    if (bytes && ingest_is_binary(bytes, len))
        return pages_fail(p, BRIEF_EBINARY, name, "not a text file (binary data); skipped");
    if (html_sniff(name, bytes, len)) {
        extract_page ex;
        s = extract_html(p->ar, bytes ? bytes : "", len, &ex);
        if (s == BRIEF_EEMPTY) return pages_fail(p, s, name, PAGES_NO_ARTICLE);
        if (s == BRIEF_ELIMIT) return pages_fail(p, s, name, "elements nested too deep; skipped");
        if (s != BRIEF_OK) return pages_fail(p, s, name, NULL);
        pg->title = ex.title;
        pg->text = ex.text;
        pg->source = ex.source;
        pg->url = ex.url;
        pg->date = ex.date;
        pg->author = ex.author;
        pg->lang = ex.lang;
    } else {
        s = plain_page(p->ar, bytes ? bytes : "", len, pg);
        if (s == BRIEF_EBINARY) return pages_fail(p, s, name, "not a text file (binary data); skipped");
        if (s == BRIEF_EEMPTY) return pages_fail(p, s, name, "no text; skipped");
        if (s != BRIEF_OK) return pages_fail(p, s, name, NULL);
    }
    if (!pg->source && strcmp(name, "-") != 0) pg->source = file_stem(p->ar, name);
    p->pages[p->count++] = pg;
    return BRIEF_OK;
}

brief_status brief_pages_add_file(brief_pages *p, const char *path)
{
    if (!p || !path) return BRIEF_EINVAL;
    char *bytes = NULL;
    size_t len = 0;
    brief_status s = read_path(p->ctx->a, path, BRIEF_MAX_INPUT_BYTES, &bytes, &len);
    const char *shown = strcmp(path, "-") == 0 ? "(stdin)" : path;
    if (s == BRIEF_EIO) {
        int e = errno;
        pages_fail(p, s, shown, strerror(e));
        errno = e;
        return s;
    }
    if (s != BRIEF_OK) return pages_fail(p, s, shown, NULL);
    s = brief_pages_add_text(p, path, bytes, len);
    mem_free(p->ctx->a, bytes);
    return s;
}

brief_status brief_render_pages(brief_buffer *out, const brief_pages *p, brief_format fmt)
{
    if (!out || !p) return BRIEF_EINVAL;
    if (fmt != BRIEF_FORMAT_TEXT && fmt != BRIEF_FORMAT_JSON) return BRIEF_EINVAL;
    size_t start = out->r.len;
    if (fmt == BRIEF_FORMAT_TEXT) {
        for (size_t i = 0; i < p->count; i++) {
            const brief_page *pg = p->pages[i];
            if (i) rbuf_add(&out->r, "\n", 1);
            if (pg->title) {
                rbuf_puts(&out->r, pg->title);
                rbuf_add(&out->r, "\n\n", 2);
            }
            rbuf_puts(&out->r, pg->text);
            rbuf_add(&out->r, "\n", 1);
        }
        return buffer_end(out, start, BRIEF_OK);
    }
    jw w;
    jw_init(&w, &out->r, 2);
    jw_array(&w);
    for (size_t i = 0; i < p->count; i++) {
        const brief_page *pg = p->pages[i];
        jw_object(&w);
        jw_kfile(&w, pg->name);
        jw_kstring(&w, "title", pg->title);
        jw_kstring(&w, "text", pg->text);
        jw_kstring(&w, "source", pg->source);
        jw_kstring(&w, "url", pg->url);
        jw_kstring(&w, "date", pg->date);
        jw_kstring(&w, "author", pg->author);
        jw_kstring(&w, "lang", pg->lang);
        jw_end(&w);
    }
    jw_end(&w);
    rbuf_add(&out->r, "\n", 1);
    return buffer_end(out, start, BRIEF_OK);
}

/* A front-matter value: one line (the extractor folded white space). */
static void put_key(rbuf *b, const char *key, const char *v)
{
    if (!v || !*v) return;
    rbuf_puts(b, key);
    rbuf_puts(b, ": ");
    for (const char *c = v; *c; c++) rbuf_add(b, *c == '\n' ? " " : c, 1);
    rbuf_add(b, "\n", 1);
}

brief_status pages_as_text(arena *ar, const char *name, const char *bytes, size_t len,
                           int *is_html, char **text, size_t *text_len)
{
    *is_html = 0;
    *text = NULL;
    *text_len = 0;
    /* Binary bytes go to ingest, which refuses them. */
    if (!html_sniff(name, bytes, len) || ingest_is_binary(bytes, len)) return BRIEF_OK;
    *is_html = 1;
    extract_page ex;
    brief_status s = extract_html(ar, bytes, len, &ex);
    if (s != BRIEF_OK) return s;
    rbuf b;
    rbuf_init(&b, ar);
    rbuf_puts(&b, "---\n");
    put_key(&b, "title", ex.title);
    put_key(&b, "source", ex.source);
    put_key(&b, "url", ex.url);
    put_key(&b, "date", ex.date);
    rbuf_puts(&b, "---\n\n");
    rbuf_add(&b, ex.text, ex.text_len);
    rbuf_add(&b, "\n", 1);
    if (b.failed) return BRIEF_ENOMEM;
    *text = b.p;
    *text_len = b.len;
    return BRIEF_OK;
}
