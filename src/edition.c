/*
 * edition.c - brief_edition (brief.h): a day's briefs, each as a file of
 * its own and all of them in one index.  Text, Markdown and HTML stories
 * are the digest as brief_digest_render gives it; a JSON story is written
 * directly (the digest's members, then id, source_count, files,
 * files_bytes when a name needs it, status), once at the top level for its
 * file and once inside the index's "stories" array, which is streamed as
 * stories come.
 */
#include "buffer.h"
#include "json_write.h"

struct brief_edition {
    const brief_allocator *a;
    const brief_story *story;
    brief_format fmt;
    const brief_previous *prev;
    brief_buffer *index;
    brief_buffer *file;   /* the last story added */
    size_t count;
    int finished;         /* brief_edition_index was called */
    int broken;           /* an add failed */
    jw w;                 /* JSON: the index, inside "stories": [ */
};

void brief_edition_free(brief_edition *ed)
{
    if (!ed) return;
    brief_buffer_free(ed->index);
    brief_buffer_free(ed->file);
    mem_free(ed->a, ed);
}

brief_status brief_edition_new(const brief_allocator *a, const brief_story *story,
                               brief_format fmt, const brief_previous *prev,
                               brief_edition **out)
{
    if (!out) return BRIEF_EINVAL;
    *out = NULL;
    if (!story || (unsigned)fmt > BRIEF_FORMAT_JSON) return BRIEF_EINVAL;
    if (!a) a = mem_default();
    brief_edition *ed = mem_malloc(a, sizeof *ed);
    if (!ed) return BRIEF_ENOMEM;
    *ed = (brief_edition){.a = a, .story = story, .fmt = fmt, .prev = prev};
    if (brief_buffer_new(a, &ed->index) != BRIEF_OK ||
        brief_buffer_new(a, &ed->file) != BRIEF_OK) {
        brief_edition_free(ed);
        return BRIEF_ENOMEM;
    }
    rbuf *r = &ed->index->r;
    if (fmt == BRIEF_FORMAT_JSON) {
        jw_init(&ed->w, r, 2);
        jw_object(&ed->w);
        jw_key(&ed->w, "stories");
        jw_array(&ed->w);
    } else if (fmt == BRIEF_FORMAT_HTML) {
        rbuf_puts(r, "<div class=\"brief-daily\">\n");
    }
    if (r->failed) {
        brief_edition_free(ed);
        return BRIEF_ENOMEM;
    }
    *out = ed;
    return BRIEF_OK;
}

static const char *doc_name(const brief_story *story, size_t doc)
{
    const brief_doc_info *info = brief_story_doc(story, doc);
    return info ? info->name : "";
}

/* "files", the names as read; with exact, "files_bytes", the exact form
 * of each (json_write.h), only when some name is not valid UTF-8 and so
 * is not given exactly by "files". */
static void put_files(jw *w, const brief_story *story, const size_t *docs, size_t ndocs,
                      int exact)
{
    size_t k = 0;
    while (exact && k < ndocs && jw_lossless(doc_name(story, docs[k]))) k++;
    if (exact && k == ndocs) return;
    jw_key(w, exact ? "files_bytes" : "files");
    jw_array(w);
    for (k = 0; k < ndocs; k++) {
        if (exact) jw_bytes(w, doc_name(story, docs[k]));
        else jw_string(w, doc_name(story, docs[k]));
    }
    jw_end(w);
}

static void story_object(jw *w, const brief_edition *ed, const brief_digest *d,
                         const size_t *docs, size_t ndocs, size_t nsources,
                         const char *status)
{
    jw_object(w);
    render_json_members(d, w);
    jw_kuint(w, "id", ed->count + 1);
    jw_kuint(w, "source_count", nsources);
    put_files(w, ed->story, docs, ndocs, 0);
    put_files(w, ed->story, docs, ndocs, 1);
    if (status) jw_kstring(w, "status", status);
    jw_end(w);
}

static brief_status add_json(brief_edition *ed, const brief_digest *d, const size_t *docs,
                             size_t ndocs, size_t nsources, const char *status)
{
    jw one;
    jw_init(&one, &ed->file->r, 2);
    story_object(&one, ed, d, docs, ndocs, nsources, status);
    story_object(&ed->w, ed, d, docs, ndocs, nsources, status);
    brief_status s = jw_status(&one);
    return s != BRIEF_OK ? s : jw_status(&ed->w);
}

static brief_status add_rendered(brief_edition *ed, brief_digest *d, const char *status)
{
    const char *text;
    size_t len;
    brief_status s = brief_digest_render(d, ed->fmt, &text, &len);
    if (s != BRIEF_OK) return s;
    rbuf *r = &ed->index->r;
    int html = ed->fmt == BRIEF_FORMAT_HTML, md = ed->fmt == BRIEF_FORMAT_MARKDOWN;
    if (ed->count) rbuf_puts(r, html ? "<hr>\n" : md ? "\n---\n\n" : "\n\n");
    if (status)
        rbuf_printf(r, html ? "<p><strong>%s</strong></p>\n" : md ? "*%s*\n\n" : "[%s]\n",
                    status);
    rbuf_add(r, text, len);
    rbuf_add(&ed->file->r, text, len);
    return r->failed || ed->file->r.failed ? BRIEF_ENOMEM : BRIEF_OK;
}

brief_status brief_edition_add(brief_edition *ed, brief_digest *d, const size_t *docs,
                               size_t ndocs, size_t nsources, const char **text,
                               size_t *len)
{
    if (!ed || !d || (!docs && ndocs) || !text || ed->finished || ed->broken)
        return BRIEF_EINVAL;
    const char *status =
        ed->prev ? brief_previous_status(ed->prev, ed->story, docs, ndocs, d) : NULL;
    brief_buffer_clear(ed->file);
    brief_status s = ed->fmt == BRIEF_FORMAT_JSON
                         ? add_json(ed, d, docs, ndocs, nsources, status)
                         : add_rendered(ed, d, status);
    if (s != BRIEF_OK) {
        ed->broken = 1;
        return s;
    }
    ed->count++;
    *text = brief_buffer_data(ed->file);
    if (len) *len = brief_buffer_len(ed->file);
    return BRIEF_OK;
}

size_t brief_edition_count(const brief_edition *ed) { return ed ? ed->count : 0; }

brief_status brief_edition_index(brief_edition *ed, const char **text, size_t *len)
{
    if (!ed || !text || ed->broken) return BRIEF_EINVAL;
    rbuf *r = &ed->index->r;
    if (!ed->finished && ed->fmt == BRIEF_FORMAT_JSON) {
        jw_end(&ed->w);
        jw_end(&ed->w);
        rbuf_add(r, "\n", 1);
    } else if (!ed->finished && ed->fmt == BRIEF_FORMAT_HTML) {
        rbuf_puts(r, "</div>\n");
    }
    ed->finished = 1;
    if (r->failed) return BRIEF_ENOMEM;
    *text = brief_buffer_data(ed->index);
    if (len) *len = brief_buffer_len(ed->index);
    return BRIEF_OK;
}
