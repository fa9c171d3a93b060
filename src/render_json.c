/*
 * render_json.c - stage 11: the digest as JSON (jansson), the schema of
 * docs/DESIGN.md's contract:
 *
 *   {"headline", "lead",
 *    "key_points": [{"text", "sources": [id...], "score"}],
 *    "quotes": [{"text", "speaker", "sources": [id...], "role"}],
 *    "sources": [{"id", "title", "file", "name"}],
 *    "headline_source", "lead_source", "language"}
 *
 * Contract keys come first, in contract order; the rest are extras.  NULL
 * strings, a headline_source/lead_source of 0 and a non-finite score are
 * null.  Strings are kept as they are (jansson escapes controls); a string
 * jansson refuses (invalid UTF-8, which the pipeline should never let
 * through) is repaired with U+FFFD.  The tree is built with jansson's
 * allocator (malloc) and streamed into the rbuf; two-space indent, one
 * trailing newline.
 */
#include "render.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "text.h"

static json_t *jstr(const char *s)
{
    if (!s) return json_null();
    json_t *v = json_string(s);
    if (v) return v;
    /* Invalid UTF-8 (or out of memory): every bad byte becomes U+FFFD. */
    size_t len = strlen(s);
    if (len > (SIZE_MAX - 1) / 3) return NULL;
    char *fixed = malloc(len * 3 + 1);
    if (!fixed) return NULL;
    size_t o = 0, i = 0;
    while (i < len) {
        int32_t cp;
        size_t k = text_decode(s + i, len - i, &cp);
        if (cp == 0xFFFD && k == 1) {
            memcpy(fixed + o, "\xEF\xBF\xBD", 3);
            o += 3;
        } else {
            memcpy(fixed + o, s + i, k);
            o += k;
        }
        i += k;
    }
    fixed[o] = '\0';
    v = json_string(fixed);
    free(fixed);
    return v;
}

/* An id, or null for 0 ("none"). */
static json_t *jid(size_t id)
{
    return id ? json_integer((json_int_t)id) : json_null();
}

/* Sets key to v (taking it); 0 when v is NULL or the set failed. */
static int put(json_t *obj, const char *key, json_t *v)
{
    if (!v) return 0;
    return json_object_set_new(obj, key, v) == 0;
}

static int push(json_t *arr, json_t *v)
{
    if (!v) return 0;
    return json_array_append_new(arr, v) == 0;
}

static json_t *jids(const size_t *ids, size_t n)
{
    json_t *a = json_array();
    if (!a) return NULL;
    for (size_t i = 0; ids && i < n; i++)
        if (!push(a, json_integer((json_int_t)ids[i]))) {
            json_decref(a);
            return NULL;
        }
    return a;
}

static json_t *build(const brief_digest *d)
{
    json_t *root = json_object();
    json_t *points = json_array(), *quotes = json_array(),
           *sources = json_array();
    int ok = root && points && quotes && sources;
    ok = ok && put(root, "headline", jstr(d->headline));
    ok = ok && put(root, "lead", jstr(d->lead));

    for (size_t i = 0; ok && d->points && i < d->npoints; i++) {
        const brief_point *pt = d->points[i];
        json_t *o = json_object();
        ok = push(points, o);
        ok = ok && put(o, "text", jstr(pt->text));
        ok = ok && put(o, "sources", jids(pt->sources, pt->nsources));
        ok = ok && put(o, "score", isfinite(pt->score) ? json_real(pt->score)
                                                      : json_null());
    }
    ok = ok && put(root, "key_points", json_incref(points));

    for (size_t i = 0; ok && d->quotes && i < d->nquotes; i++) {
        const brief_quote *q = d->quotes[i];
        json_t *o = json_object();
        ok = push(quotes, o);
        ok = ok && put(o, "text", jstr(q->text));
        ok = ok && put(o, "speaker", jstr(q->speaker));
        ok = ok && put(o, "sources", jids(q->sources, q->nsources));
        ok = ok && put(o, "role", jstr(q->role));
    }
    ok = ok && put(root, "quotes", json_incref(quotes));

    for (size_t i = 0; ok && d->sources && i < d->nsources; i++) {
        const brief_source *s = d->sources[i];
        json_t *o = json_object();
        ok = push(sources, o);
        ok = ok && put(o, "id", json_integer((json_int_t)s->id));
        ok = ok && put(o, "title", jstr(s->title));
        ok = ok && put(o, "file", jstr(s->file));
        ok = ok && put(o, "name", jstr(s->name));
    }
    ok = ok && put(root, "sources", json_incref(sources));

    ok = ok && put(root, "headline_source", jid(d->headline_source));
    ok = ok && put(root, "lead_source", jid(d->lead_source));
    ok = ok && put(root, "language", jstr(d->language));

    json_decref(points);
    json_decref(quotes);
    json_decref(sources);
    if (!ok) {
        json_decref(root);
        return NULL;
    }
    return root;
}

static int dump_cb(const char *buf, size_t size, void *data)
{
    rbuf *b = data;
    rbuf_add(b, buf, size);
    return b->failed ? -1 : 0;
}

brief_status render_json(const brief_digest *d, rbuf *b)
{
    if (!d || !b) return BRIEF_EINVAL;
    json_t *root = build(d);
    if (!root) return BRIEF_ENOMEM;
    int rc = json_dump_callback(root, dump_cb, b,
                                JSON_INDENT(2) | JSON_PRESERVE_ORDER |
                                    JSON_REAL_PRECISION(6));
    json_decref(root);
    if (rc != 0) return BRIEF_ENOMEM;
    rbuf_add(b, "\n", 1);
    return render_status(b);
}
