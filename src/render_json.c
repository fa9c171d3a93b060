/*
 * render_json.c - stage 11: the digest as JSON, the schema of
 * docs/DESIGN.md's contract:
 *
 *   {"headline", "lead",
 *    "key_points": [{"text", "sources": [id...], "score"}],
 *    "quotes": [{"text", "speaker", "sources": [id...], "role"}],
 *    "sources": [{"id", "title", "file", "name"}],
 *    "headline_source", "lead_source", "language"}
 *
 * A file name that is not valid UTF-8 gets "file_bytes", its exact form
 * (json_write.h), after "file".
 *
 * Contract keys come first, in contract order; the rest are extras.  NULL
 * strings, a headline_source/lead_source of 0 and a non-finite score are
 * null; scores have 6 significant digits.  Written with the one JSON
 * writer (json_write.h: strings as they are, controls escaped, invalid
 * UTF-8 repaired); two-space indent, one trailing newline.
 */
#include "render.h"

#include "json_write.h"

/* An id, or null for 0 ("none"). */
static void put_id(jw *w, const char *key, size_t id)
{
    jw_key(w, key);
    if (id) jw_uint(w, id);
    else jw_null(w);
}

static void put_ids(jw *w, const size_t *ids, size_t n)
{
    jw_key(w, "sources");
    jw_array(w);
    for (size_t i = 0; ids && i < n; i++) jw_uint(w, ids[i]);
    jw_end(w);
}

static void put_points(jw *w, const brief_digest *d)
{
    jw_key(w, "key_points");
    jw_array(w);
    for (size_t i = 0; d->points && i < d->npoints; i++) {
        const brief_point *pt = d->points[i];
        jw_object(w);
        jw_kstring(w, "text", pt->text);
        put_ids(w, pt->sources, pt->nsources);
        jw_key(w, "score");
        jw_real(w, pt->score, 6);
        jw_end(w);
    }
    jw_end(w);
}

static void put_quotes(jw *w, const brief_digest *d)
{
    jw_key(w, "quotes");
    jw_array(w);
    for (size_t i = 0; d->quotes && i < d->nquotes; i++) {
        const brief_quote *q = d->quotes[i];
        jw_object(w);
        jw_kstring(w, "text", q->text);
        jw_kstring(w, "speaker", q->speaker);
        put_ids(w, q->sources, q->nsources);
        jw_kstring(w, "role", q->role);
        jw_end(w);
    }
    jw_end(w);
}

static void put_sources(jw *w, const brief_digest *d)
{
    jw_key(w, "sources");
    jw_array(w);
    for (size_t i = 0; d->sources && i < d->nsources; i++) {
        const brief_source *s = d->sources[i];
        jw_object(w);
        jw_kuint(w, "id", s->id);
        jw_kstring(w, "title", s->title);
        jw_kfile(w, s->file);
        jw_kstring(w, "name", s->name);
        jw_kstring(w, "url", s->url);
        jw_kstring(w, "date", s->date);
        jw_kstring(w, "author", s->author);
        jw_end(w);
    }
    jw_end(w);
}

brief_status render_json_members(const brief_digest *d, jw *w)
{
    if (!d || !w) return BRIEF_EINVAL;
    jw_kstring(w, "headline", d->headline);
    jw_kstring(w, "lead", d->lead);
    put_points(w, d);
    put_quotes(w, d);
    put_sources(w, d);
    put_id(w, "headline_source", d->headline_source);
    put_id(w, "lead_source", d->lead_source);
    jw_kstring(w, "language", d->language);
    return jw_status(w);
}

brief_status render_json(const brief_digest *d, rbuf *b)
{
    if (!d || !b) return BRIEF_EINVAL;
    jw w;
    jw_init(&w, b, 2);
    jw_object(&w);
    render_json_members(d, &w);
    jw_end(&w);
    rbuf_add(b, "\n", 1);
    return jw_status(&w);
}
