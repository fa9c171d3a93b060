/*
 * jsonl.c - one line of --jsonl mode (brief.h): the line is parsed with
 * jansson, its article(s) become a story of their own, and the result is
 * written as one compact JSON line by the one writer (json_write.h), the
 * line's id first, echoed value by value.
 */
#include <string.h>

#include <jansson.h>

#include "buffer.h"
#include "json_write.h"

/* A line being answered: the parsed input, its story, the result line
 * being written, and why there is no result (NULL while there is one). */
typedef struct job {
    brief_buffer *out;
    json_t *obj;
    brief_story *st;
    jw w;
    const char *why;
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

/* Adds one {"title", "text", "source"} article as a document; the title and
 * source travel as front matter so ingest treats them as metadata. */
static brief_status add_article(brief_story *st, const char *name, json_t *a, arena *ar)
{
    const char *text = json_string_value(json_object_get(a, "text"));
    const char *title = json_string_value(json_object_get(a, "title"));
    const char *source = json_string_value(json_object_get(a, "source"));
    if (!text) return BRIEF_EINVAL;
    rbuf r;
    arena_reset(ar);
    rbuf_init(&r, ar);
    if (title || source) {
        put_value(&r, "title: ", title);
        put_value(&r, "source: ", source);
        rbuf_puts(&r, "---\n");
    }
    rbuf_puts(&r, text);
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
        json_array_foreach(list, i, a) if (s == BRIEF_OK) s = add_article(j->st, name, a, ar);
    } else {
        s = add_article(j->st, name, j->obj, ar);
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

static void put_sentences(jw *w, const brief_summary *sum)
{
    jw_key(w, "sentences");
    jw_array(w);
    for (size_t i = 0; i < brief_summary_count(sum); i++) {
        const brief_sentence *x = brief_summary_sentence(sum, i);
        jw_object(w);
        jw_kstring(w, "text", x->text);
        jw_kuint(w, "start", x->start);
        jw_kuint(w, "end", x->end);
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
        put_sentences(&j.w, sum);
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
