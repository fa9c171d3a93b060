/*
 * jsonl.c - one line of --jsonl mode (brief.h): the line is parsed with
 * jansson, its article(s) become a story of their own, and the result is
 * written as one compact JSON line by the one writer (json_write.h), the
 * line's id first, echoed value by value.
 */
#include <string.h>

#include <jansson.h>

#include "buffer.h"
#include "extract.h"
#include "html_doc.h"
#include "pages.h"
#include "story.h"
#include "json_write.h"

/* A line being answered: the parsed input, its story, the result line
 * being written, and why there is no result (NULL while there is one). */
typedef struct job {
    brief_buffer *out;
    json_t *obj;
    brief_story *st;
    jw w;
    const char *why;
    size_t prefix; /* bytes of front matter before the line's text */
} job;

/* Writes a value read by jansson again, as it was read. */
static void echo(jw *w, json_t *v)
{
    const char *key;
    json_t *item;
    size_t i;
    switch (json_typeof(v)) {
    case JSON_OBJECT:
        jw_object(w);
        json_object_foreach(v, key, item) {
            jw_key(w, key);
            echo(w, item);
        }
        jw_end(w);
        break;
    case JSON_ARRAY:
        jw_array(w);
        json_array_foreach(v, i, item) echo(w, item);
        jw_end(w);
        break;
    case JSON_STRING: jw_string(w, json_string_value(v)); break;
    case JSON_INTEGER: jw_int(w, json_integer_value(v)); break;
    case JSON_REAL: jw_real(w, json_real_value(v), 17); break;
    case JSON_TRUE: jw_bool(w, 1); break;
    case JSON_FALSE: jw_bool(w, 0); break;
    default: jw_null(w); break;
    }
}

/* One line of a front-matter value: line breaks become spaces. */
static void put_value(rbuf *r, const char *key, const char *value)
{
    if (!value) return;
    rbuf_puts(r, key);
    for (const char *p = value; *p; p++) rbuf_add(r, *p == '\n' || *p == '\r' ? " " : p, 1);
    rbuf_add(r, "\n", 1);
}

/* The string member `key` of a, or else `fallback`. */
static const char *member(json_t *a, const char *key, const char *fallback)
{
    const char *v = json_string_value(json_object_get(a, key));
    return v && *v ? v : fallback;
}

/* Adds one {"title", "text", "source", "url", "date", "author"} article as
 * a document; the metadata travels as front matter so ingest treats it as
 * such.  A "text" that is a web page (CMS exports often hold the HTML
 * body) is read as one: its article, with the page's own metadata where
 * the line gives none.  *prefix: the bytes put before the text. */
static brief_status add_article(brief_story *st, const char *name, json_t *a, arena *ar,
                                size_t *prefix)
{
    json_t *tv = json_object_get(a, "text");
    const char *text = json_string_value(tv);
    if (!text) return BRIEF_EINVAL;
    size_t text_len = json_string_length(tv);
    arena_reset(ar);
    brief_page page = {.name = name, .text = text};
    if (html_sniff(NULL, text, text_len)) {
        extract_page ex;
        brief_status s = extract_html(ar, text, text_len, &ex);
        if (s == BRIEF_EEMPTY) return story_fail(st, s, name, PAGES_NO_ARTICLE);
        if (s != BRIEF_OK) return story_fail(st, s, name, NULL);
        page = (brief_page){.name = name, .title = ex.title, .text = ex.text, .source = ex.source,
                            .url = ex.url, .date = ex.date, .author = ex.author};
    }
    const char *meta[5][2] = {
        {"title: ", member(a, "title", page.title)},   {"source: ", member(a, "source", page.source)},
        {"url: ", member(a, "url", page.url)},         {"date: ", member(a, "date", page.date)},
        {"author: ", member(a, "author", page.author)},
    };
    rbuf r;
    rbuf_init(&r, ar);
    int any = 0;
    for (int i = 0; i < 5; i++) any |= meta[i][1] != NULL;
    if (any) {
        for (int i = 0; i < 5; i++) put_value(&r, meta[i][0], meta[i][1]);
        rbuf_puts(&r, "---\n");
    }
    *prefix = r.len;
    rbuf_puts(&r, page.text);
    if (r.failed) return BRIEF_ENOMEM;
    return brief_story_add_text(st, name, r.p, r.len);
}

/* The story of the line's article, or of each of its "articles" when
 * `articles` is allowed. */
static brief_status add_articles(job *j, const char *name, int articles)
{
    arena *ar = arena_new(buffer_allocator(j->out));
    if (!ar) return BRIEF_ENOMEM;
    json_t *list = json_object_get(j->obj, "articles");
    brief_status s = BRIEF_OK;
    if (articles && json_is_array(list)) {
        size_t i;
        json_t *a;
        json_array_foreach(list, i, a) if (s == BRIEF_OK) s = add_article(j->st, name, a, ar, &j->prefix);
    } else {
        s = add_article(j->st, name, j->obj, ar, &j->prefix);
    }
    arena_free(ar);
    return s;
}

/* Parses the line, writes {"id": ..., and makes the story; j->why says
 * when that failed. */
static void start(job *j, brief_ctx *ctx, const char *line, size_t len, const char *name,
                  int articles)
{
    j->obj = json_loadb(line, len, 0, NULL);
    json_t *id = j->obj ? json_object_get(j->obj, "id") : NULL;
    jw_init(&j->w, &j->out->r, 0);
    jw_object(&j->w);
    jw_key(&j->w, "id");
    if (id) echo(&j->w, id);
    else jw_null(&j->w);
    if (!j->obj || !json_is_object(j->obj)) {
        j->why = "not a JSON object";
        return;
    }
    if (brief_story_new(ctx, &j->st) != BRIEF_OK) {
        j->why = "out of memory";
        return;
    }
    brief_status s = add_articles(j, name, articles);
    if (s == BRIEF_EINVAL) j->why = "no \"text\" string";
    else if (s != BRIEF_OK) j->why = brief_story_errmsg(j->st);
}

/* Closes the line (with its "error" when there is no result). */
static brief_status finish(job *j, size_t start_len, int *failed)
{
    if (j->why) jw_kstring(&j->w, "error", j->why);
    jw_end(&j->w);
    rbuf_add(&j->out->r, "\n", 1);
    if (failed) *failed = j->why != NULL;
    brief_status s = buffer_end(j->out, start_len, jw_status(&j->w));
    brief_story_free(j->st);
    json_decref(j->obj);
    return s;
}

/* Offsets count from the start of the line's "text" (of the article, for
 * a page), not from the front matter put before it. */
static void put_sentences(jw *w, const brief_summary *sum, size_t prefix)
{
    jw_key(w, "sentences");
    jw_array(w);
    for (size_t i = 0; i < brief_summary_count(sum); i++) {
        const brief_sentence *x = brief_summary_sentence(sum, i);
        jw_object(w);
        jw_kstring(w, "text", x->text);
        jw_kuint(w, "start", x->start >= prefix ? x->start - prefix : 0);
        jw_kuint(w, "end", x->end >= prefix ? x->end - prefix : 0);
        jw_kuint(w, "rank", x->rank);
        jw_end(w);
    }
    jw_end(w);
}

brief_status brief_jsonl_summarize(brief_buffer *out, brief_ctx *ctx, const char *line,
                                   size_t len, const char *name, const brief_budget *budget,
                                   int *failed)
{
    if (!out || !ctx || !line || !name || !budget) return BRIEF_EINVAL;
    job j = {.out = out};
    size_t start_len = out->r.len;
    start(&j, ctx, line, len, name, 0);
    brief_summary *sum = NULL;
    if (!j.why && brief_story_summarize(j.st, budget, &sum) == BRIEF_OK)
        put_sentences(&j.w, sum, j.prefix);
    else if (!j.why)
        j.why = brief_story_errmsg(j.st);
    brief_summary_free(sum);
    return finish(&j, start_len, failed);
}

brief_status brief_jsonl_compose(brief_buffer *out, brief_ctx *ctx, const char *line,
                                 size_t len, const char *name,
                                 const brief_compose_options *opts, int *failed)
{
    if (!out || !ctx || !line || !name) return BRIEF_EINVAL;
    job j = {.out = out};
    size_t start_len = out->r.len;
    start(&j, ctx, line, len, name, 1);
    brief_digest *d = NULL;
    if (!j.why && brief_story_compose(j.st, opts, &d) == BRIEF_OK)
        render_json_members(d, &j.w);
    else if (!j.why)
        j.why = brief_story_errmsg(j.st);
    brief_digest_free(d);
    return finish(&j, start_len, failed);
}
