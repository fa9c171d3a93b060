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
#include "feed.h"
#include "html_doc.h"
#include "ingest.h"
#include "io.h"
#include "json_write.h"
#include "mail.h"
#include "textkind.h"

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
    pg->author = in.author;
    return BRIEF_OK;
}

static brief_status add_docs(brief_pages *p, const char *name, const char *bytes, size_t len,
                             brief_status s, pages_doc *docs, size_t n, const char *why);

static brief_status add_bytes(brief_pages *p, const char *name, const char *bytes, size_t len,
                              unsigned flags)
{
    if (!p || (!bytes && len)) return BRIEF_EINVAL;
    if (!name) name = "-";
    p->err[0] = '\0';
    if (len > BRIEF_MAX_INPUT_BYTES) return pages_fail(p, BRIEF_ELIMIT, name, NULL);
    if (bytes && ingest_is_binary(bytes, len))
        return pages_fail(p, BRIEF_EBINARY, name, "not a text file (binary data); skipped");
    pages_doc *docs = NULL;
    size_t n = 0;
    const char *why = NULL;
    arena *scratch = arena_new(p->ctx->a);
    char *nm = scratch ? arena_strdup(scratch, name) : NULL;
    if (!nm) {
        arena_free(scratch);
        return pages_fail(p, BRIEF_ENOMEM, name, NULL);
    }
    brief_status s = pages_read(scratch, nm, bytes ? bytes : "", len, flags, &docs, &n, &why);
    s = add_docs(p, name, bytes, len, s, docs, n, why);
    arena_free(scratch);
    return s;
}

/* A copy of pg and its strings in ar; NULL when out of memory. */
static brief_page *keep_page(arena *ar, const brief_page *pg)
{
    brief_page *k = arena_alloc(ar, sizeof *k);
    if (!k) return NULL;
    const char *const from[] = {pg->name,   pg->title, pg->text, pg->source, pg->url,
                                pg->date,   pg->author, pg->lang, pg->warning};
    const char *to[9];
    for (size_t i = 0; i < 9; i++) {
        to[i] = from[i] ? arena_strdup(ar, from[i]) : NULL;
        if (from[i] && !to[i]) return NULL;
    }
    *k = (brief_page){.name = to[0], .title = to[1], .text = to[2], .source = to[3], .url = to[4],
                      .date = to[5], .author = to[6], .lang = to[7], .warning = to[8]};
    return k;
}

/* The documents pages_read gave (status s) added to the list. */
static brief_status add_docs(brief_pages *p, const char *name, const char *bytes, size_t len,
                             brief_status s, pages_doc *docs, size_t n, const char *why)
{
    if (s != BRIEF_OK) return pages_fail(p, s, name, why);
    brief_page **grown = arena_reserve(p->ar, p->pages, sizeof *grown, &p->cap, p->count + n);
    if (!grown) return pages_fail(p, BRIEF_ENOMEM, name, NULL);
    p->pages = grown;
    for (size_t i = 0; i < n; i++) {
        brief_page *pg = &docs[i].page;
        if (!docs[i].text) {
            s = plain_page(p->ar, bytes ? bytes : "", len, pg);
            if (s == BRIEF_EBINARY) return pages_fail(p, s, name, "not a text file (binary data); skipped");
            if (s == BRIEF_EEMPTY) return pages_fail(p, s, name, "no text; skipped");
            if (s != BRIEF_OK) return pages_fail(p, s, name, NULL);
        }
        if (!pg->source && strcmp(name, "-") != 0) pg->source = file_stem(p->ar, pg->name);
        if (!pg->source && strcmp(name, "-") != 0) return pages_fail(p, BRIEF_ENOMEM, name, NULL);
    }
    if (n) docs[0].page.warning = why; /* NULL, or a warning on an OK file */
    /* Only the pages themselves are kept: what extraction needed on the
     * way stays in the arena it was read into, freed with it. */
    for (size_t i = 0; i < n; i++) {
        brief_page *kept = keep_page(p->ar, &docs[i].page);
        if (!kept) return pages_fail(p, BRIEF_ENOMEM, name, NULL);
        p->pages[p->count++] = kept;
    }
    return BRIEF_OK;
}

brief_status brief_pages_add_text(brief_pages *p, const char *name, const char *bytes,
                                  size_t len)
{
    return add_bytes(p, name, bytes, len, 0);
}

brief_status brief_pages_add_file(brief_pages *p, const char *path)
{
    return brief_pages_add_path(p, path, 0);
}

brief_status brief_pages_add_path(brief_pages *p, const char *path, unsigned flags)
{
    if (!p || !path) return BRIEF_EINVAL;
    pages_file f;
    pages_file_read(p->ctx->a, path, flags, &f);
    brief_status s = pages_list_add(p, path, &f);
    pages_file_release(p->ctx->a, &f);
    return s;
}

brief_status pages_list_add(brief_pages *p, const char *path, pages_file *f)
{
    p->err[0] = '\0';
    const char *shown = strcmp(path, "-") == 0 ? "(stdin)" : path;
    brief_status s = f->read;
    if (s == BRIEF_EIO) {
        pages_fail(p, s, shown, strerror(f->err));
        errno = f->err;
        return s;
    }
    if (s != BRIEF_OK) return pages_fail(p, s, shown, NULL);
    if (ingest_is_binary(f->bytes, f->len))
        return pages_fail(p, BRIEF_EBINARY, path, "not a text file (binary data); skipped");
    return add_docs(p, path, f->bytes, f->len, f->parsed, f->docs, f->n, f->why);
}

void pages_file_read(const brief_allocator *a, const char *path, unsigned flags, pages_file *f)
{
    memset(f, 0, sizeof *f);
    f->read = read_path(a, path, BRIEF_MAX_INPUT_BYTES, &f->bytes, &f->len);
    f->err = f->read == BRIEF_EIO ? errno : 0;
    if (f->read != BRIEF_OK) return;
    f->ar = arena_new(a);
    /* the documents are named by a copy: they may outlive the path */
    char *name = f->ar ? arena_strdup(f->ar, path) : NULL;
    f->parsed = name ? pages_read(f->ar, name, f->bytes, f->len, flags, &f->docs, &f->n, &f->why)
                     : BRIEF_ENOMEM;
}

void pages_file_release(const brief_allocator *a, pages_file *f)
{
    arena_free(f->ar);
    mem_free(a, f->bytes);
    memset(f, 0, sizeof *f);
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

/* The document as ingest reads it: front matter, then the body. */
static brief_status with_front_matter(arena *ar, pages_doc *d)
{
    const brief_page *pg = &d->page;
    rbuf b;
    rbuf_init(&b, ar);
    rbuf_puts(&b, "---\n");
    put_key(&b, "title", pg->title);
    put_key(&b, "source", pg->source);
    put_key(&b, "url", pg->url);
    put_key(&b, "date", pg->date);
    put_key(&b, "author", pg->author);
    rbuf_puts(&b, "---\n\n");
    rbuf_puts(&b, pg->text);
    rbuf_add(&b, "\n", 1);
    if (b.failed) return BRIEF_ENOMEM;
    d->text = b.p;
    d->text_len = b.len;
    return BRIEF_OK;
}

static brief_status html_page(arena *ar, const char *name, const char *bytes, size_t len,
                              pages_doc *d, const char **why)
{
    extract_page ex;
    brief_status s = extract_html(ar, bytes, len, &ex);
    if (s == BRIEF_EEMPTY) *why = PAGES_NO_ARTICLE;
    if (s == BRIEF_ELIMIT) *why = "elements nested too deep; skipped";
    if (s != BRIEF_OK) return s;
    d->page = (brief_page){.name = name, .title = ex.title, .text = ex.text, .source = ex.source,
                           .url = ex.url, .date = ex.date, .author = ex.author, .lang = ex.lang};
    /* As for a text file, the user hears of bytes that were not what the
     * page said, or said nothing about. */
    char msg[160];
    if (ex.repaired)
        snprintf(msg, sizeof msg, "replaced %zu invalid byte sequence%s with U+FFFD", ex.repaired,
                 ex.repaired == 1 ? "" : "s");
    if (ex.guessed) snprintf(msg, sizeof msg, "no charset declared and not UTF-8; read as windows-1252");
    if (ex.repaired || ex.guessed) {
        *why = arena_strdup(ar, msg);
        if (!*why) return BRIEF_ENOMEM;
    }
    return with_front_matter(ar, d);
}

/* Text with its ends trimmed, in ar. */
static char *trimmed(arena *ar, const char *s, size_t n)
{
    size_t b = 0;
    while (b < n && (s[b] == '\n' || s[b] == ' ' || s[b] == '\t')) b++;
    while (n > b && (s[n - 1] == '\n' || s[n - 1] == ' ' || s[n - 1] == '\t')) n--;
    return arena_strndup(ar, s + b, n - b);
}

/*
 * The body of a feed item or a mail message as paragraphs, into d->page.
 * HTML goes through the page extractor: the parser already made it UTF-8,
 * so it is given with a UTF-8 byte-order mark, which comes first in the
 * encoding sniffing order (a <meta charset> inside it must not make it
 * be read again), and a short body is kept (the feed chose it as the
 * item's article; the 200-byte floor is for pages without one).  Plain
 * text is read by ingest (NFC, line ends, control characters), whole: its
 * first line is no headline, the article has its own title.
 */
static brief_status article_body(arena *ar, const article *a, brief_page *pg)
{
    pg->text = "";
    if (!a->body || !a->body_len) return BRIEF_OK;
    if (a->body_is_html) {
        char *u = arena_alloc(ar, a->body_len + 3);
        if (!u) return BRIEF_ENOMEM;
        memcpy(u, "\xEF\xBB\xBF", 3);
        memcpy(u + 3, a->body, a->body_len);
        extract_page ex;
        brief_status s = extract_html(ar, u, a->body_len + 3, &ex);
        if (s != BRIEF_OK && s != BRIEF_EEMPTY) return s;
        pg->text = ex.text;
        pg->lang = ex.lang;
        return BRIEF_OK;
    }
    ingest_doc in;
    brief_status s = ingest_bytes(ar, a->body, a->body_len, &in);
    if (s == BRIEF_EBINARY) return BRIEF_OK;
    if (s != BRIEF_OK) return s;
    pg->text = trimmed(ar, in.text, in.len);
    return pg->text ? BRIEF_OK : BRIEF_ENOMEM;
}

/* One article (feed item, mail) as a document named name; BRIEF_EEMPTY
 * when its body gives no text. */
static brief_status article_doc(arena *ar, const char *name, const article *a, pages_doc *d)
{
    d->page = (brief_page){.name = name, .title = a->title, .source = a->source,
                           .url = a->url, .date = a->date, .author = a->author};
    brief_status s = article_body(ar, a, &d->page);
    if (s != BRIEF_OK) return s;
    if (!*d->page.text) return BRIEF_EEMPTY;
    return with_front_matter(ar, d);
}

/* A feed: one document per item with text, "NAME#k" for its k-th item. */
static brief_status feed_docs(arena *ar, const char *name, const char *bytes, size_t len,
                              pages_doc **docs, size_t *n, const char **why)
{
    feed f;
    brief_status s = feed_parse(ar, bytes, len, &f);
    if (s == BRIEF_EFORMAT) {
        char msg[320];
        snprintf(msg, sizeof msg, "not a well-formed feed (%.200s); skipped",
                 f.error ? f.error : "no feed element");
        *why = arena_strdup(ar, msg);
        if (!*why) return BRIEF_ENOMEM;
    }
    if (s != BRIEF_OK) return s;
    *docs = arena_calloc(ar, f.n ? f.n : 1, sizeof **docs);
    if (!*docs) return BRIEF_ENOMEM;
    for (size_t i = 0; i < f.n; i++) {
        size_t nl = strlen(name);
        char *item = arena_alloc(ar, nl + 24);
        if (!item) return BRIEF_ENOMEM;
        snprintf(item, nl + 24, "%s#%zu", name, i + 1);
        s = article_doc(ar, item, &f.items[i], &(*docs)[*n]);
        if (s == BRIEF_ENOMEM) return s;
        if (s == BRIEF_OK) (*n)++;
    }
    if (*n && f.error) {
        /* The items before the break are kept, and the user told. */
        char msg[320];
        if (*n == 1)
            snprintf(msg, sizeof msg, "feed broken off (%.200s); the item before it was read", f.error);
        else
            snprintf(msg, sizeof msg, "feed broken off (%.200s); the %zu items before it were read",
                     f.error, *n);
        *why = arena_strdup(ar, msg);
        if (!*why) return BRIEF_ENOMEM;
    }
    if (*n) return BRIEF_OK;
    *why = "no item of the feed has any text; skipped";
    return BRIEF_EEMPTY;
}

static brief_status mail_doc(arena *ar, const char *name, const char *bytes, size_t len,
                             pages_doc *d, const char **why)
{
    article a;
    brief_status s = mail_parse(ar, bytes, len, &a);
    if (s == BRIEF_EFORMAT) *why = "not a readable mail message; skipped";
    if (s != BRIEF_OK) return s;
    s = article_doc(ar, name, &a, d);
    if (s == BRIEF_EEMPTY) *why = "no text in the message; skipped";
    if (s == BRIEF_ELIMIT) *why = "elements nested too deep; skipped";
    return s;
}

brief_status pages_read(arena *ar, const char *name, const char *bytes, size_t len,
                        unsigned flags, pages_doc **docs, size_t *n, const char **why)
{
    *docs = NULL;
    *n = 0;
    *why = NULL;
    pages_doc *d = arena_calloc(ar, 1, sizeof *d);
    if (!d) return BRIEF_ENOMEM;
    d->page.name = name;
    brief_status s = BRIEF_OK;
    /* Binary bytes go to ingest, which refuses them. */
    if (ingest_is_binary(bytes, len)) {
    } else if (feed_detect(ar, bytes, len) != FEED_NONE) {
        return feed_docs(ar, name, bytes, len, docs, n, why);
    } else if (mail_detect(bytes, len)) {
        s = mail_doc(ar, name, bytes, len, d, why);
    } else if (html_sniff(name, bytes, len)) {
        s = html_page(ar, name, bytes, len, d, why);
    } else if ((flags & BRIEF_ADD_FOUND) && (*why = textkind_not_article(bytes, len)) != NULL) {
        return BRIEF_EEMPTY;
    }
    if (s != BRIEF_OK) return s;
    *docs = d;
    *n = 1;
    return BRIEF_OK;
}
