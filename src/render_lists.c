/*
 * render_lists.c - the outputs that are lists of what a story holds: a
 * summary's sentences, every body sentence (split), the quotes, a
 * document's MinHash sketch (brief.h, "Output").  Text is printed as the
 * library gives it (sentences are folded, so one per line); JSON goes
 * through the one writer (json_write.h), with the layout the brief
 * command has always printed.
 */
#include <stdio.h>
#include <string.h>

#include "buffer.h"
#include "json_write.h"
#include "hash.h"
#include "labels.h"

static const char *doc_file(const brief_story *st, size_t doc)
{
    const brief_doc_info *info = brief_story_doc(st, doc);
    return info ? info->name : "";
}

/* A sentence object; a summary's carries its rank and score too. */
static void put_sentence(jw *w, const brief_story *st, const brief_sentence *s,
                         int ranked)
{
    jw_object(w);
    jw_kstring(w, "text", s->text);
    jw_kfile(w, doc_file(st, s->doc));
    jw_kuint(w, "doc", s->doc + 1);
    jw_kuint(w, "index", s->index);
    jw_kuint(w, "start", s->start);
    jw_kuint(w, "end", s->end);
    if (ranked) {
        jw_kuint(w, "rank", s->rank);
        jw_key(w, "score");
        jw_real(w, s->score, 17);
    }
    jw_end(w);
}

static void put_documents(jw *w, const brief_story *st)
{
    jw_key(w, "documents");
    jw_array(w);
    for (size_t i = 0; i < brief_story_doc_count(st); i++) {
        const brief_doc_info *info = brief_story_doc(st, i);
        jw_object(w);
        jw_kuint(w, "id", i + 1);
        jw_kfile(w, info->name);
        jw_kstring(w, "title", info->title);
        jw_kstring(w, "source", info->source);
        jw_end(w);
    }
    jw_end(w);
}

static void summary_json(rbuf *r, brief_story *st, const brief_summary *sum,
                         const brief_budget *budget)
{
    static const char *const units[] = {"sentences", "words", "chars", "bytes", "ratio"};
    jw w;
    jw_init(&w, r, 2);
    jw_object(&w);
    jw_kstring(&w, "language", brief_story_language(st));
    jw_key(&w, "budget");
    jw_object(&w);
    jw_kstring(&w, "unit", (unsigned)budget->unit < 5 ? units[budget->unit] : NULL);
    jw_key(&w, "value");
    jw_real(&w, budget->value, 17);
    jw_end(&w);
    put_documents(&w, st);
    jw_key(&w, "sentences");
    jw_array(&w);
    for (size_t i = 0; i < brief_summary_count(sum); i++)
        put_sentence(&w, st, brief_summary_sentence(sum, i), 1);
    jw_end(&w);
    jw_end(&w);
    rbuf_add(r, "\n", 1);
}

brief_status brief_render_summary(brief_buffer *out, brief_story *story,
                                  const brief_summary *sum, const brief_budget *budget,
                                  brief_format fmt)
{
    if (!out || !story || !sum || !budget) return BRIEF_EINVAL;
    if (fmt != BRIEF_FORMAT_TEXT && fmt != BRIEF_FORMAT_JSON) return BRIEF_EINVAL;
    size_t start = out->r.len;
    if (fmt == BRIEF_FORMAT_JSON) {
        summary_json(&out->r, story, sum, budget);
    } else {
        for (size_t i = 0; i < brief_summary_count(sum); i++) {
            rbuf_puts(&out->r, brief_summary_sentence(sum, i)->text);
            rbuf_add(&out->r, "\n", 1);
        }
    }
    return buffer_end(out, start, BRIEF_OK);
}

brief_status brief_render_sentences(brief_buffer *out, brief_story *story,
                                    brief_format fmt)
{
    if (!out || !story) return BRIEF_EINVAL;
    if (fmt != BRIEF_FORMAT_TEXT && fmt != BRIEF_FORMAT_JSON) return BRIEF_EINVAL;
    size_t start = out->r.len;
    brief_status s = BRIEF_OK;
    jw w;
    jw_init(&w, &out->r, 2);
    if (fmt == BRIEF_FORMAT_JSON) jw_array(&w);
    for (size_t d = 0; s == BRIEF_OK && d < brief_story_doc_count(story); d++) {
        const brief_sentence *const *sent;
        size_t n;
        s = brief_story_sentences(story, d, &sent, &n);
        for (size_t i = 0; s == BRIEF_OK && i < n; i++) {
            if (fmt == BRIEF_FORMAT_JSON) {
                put_sentence(&w, story, sent[i], 0);
            } else {
                rbuf_puts(&out->r, sent[i]->text);
                rbuf_add(&out->r, "\n", 1);
            }
        }
    }
    if (fmt == BRIEF_FORMAT_JSON) {
        jw_end(&w);
        rbuf_add(&out->r, "\n", 1);
    }
    return buffer_end(out, start, s);
}

/* A file name as the TSV shows it: on its line, harmless on a terminal,
 * as the brief command shows names. */
static void put_shown_name(rbuf *r, const char *name)
{
    char buf[1024];
    rbuf_puts(r, brief_printable_name(buf, sizeof buf, name));
}

static void quote_line(rbuf *r, const brief_story *st, const brief_quote *q, brief_format fmt,
                       const char *unknown)
{
    if (fmt == BRIEF_FORMAT_TSV) {
        /* Tabs and newlines cannot occur: the text is folded. */
        rbuf_printf(r, "%s\t%s\t", q->text, q->speaker ? q->speaker : "");
        put_shown_name(r, doc_file(st, q->doc));
        rbuf_puts(r, q->partial ? "\tpartial\n" : "\tfull\n");
    } else {
        rbuf_printf(r, "\u201c%s\u201d \u2014 %s\n", q->text,
                    q->speaker ? q->speaker : unknown);
    }
}

static void quote_json(jw *w, const brief_story *st, const brief_quote *q)
{
    jw_object(w);
    jw_kstring(w, "text", q->text);
    jw_kstring(w, "speaker", q->speaker);
    jw_kfile(w, doc_file(st, q->doc));
    jw_kstring(w, "role", q->role);
    jw_key(w, "partial");
    jw_bool(w, q->partial);
    jw_kuint(w, "start", q->start);
    jw_kuint(w, "end", q->end);
    jw_end(w);
}

brief_status brief_render_quotes(brief_buffer *out, brief_story *story, brief_format fmt)
{
    if (!out || !story) return BRIEF_EINVAL;
    if (fmt != BRIEF_FORMAT_TEXT && fmt != BRIEF_FORMAT_TSV && fmt != BRIEF_FORMAT_JSON)
        return BRIEF_EINVAL;
    const brief_quote *const *q;
    size_t n;
    brief_status s = brief_story_quotes(story, &q, &n);
    if (s != BRIEF_OK) return s;
    size_t start = out->r.len;
    labels lb;
    labels_load(&lb, brief_story_language(story));
    jw w;
    jw_init(&w, &out->r, 2);
    if (fmt == BRIEF_FORMAT_JSON) jw_array(&w);
    for (size_t i = 0; i < n; i++) {
        if (fmt == BRIEF_FORMAT_JSON) quote_json(&w, story, q[i]);
        else quote_line(&out->r, story, q[i], fmt, lb.text[LABEL_SPEAKER_UNKNOWN]);
    }
    if (fmt == BRIEF_FORMAT_JSON) {
        jw_end(&w);
        rbuf_add(&out->r, "\n", 1);
    }
    return buffer_end(out, start, BRIEF_OK);
}

/* A band key's hash: 64-bit FNV-1a over the band's rows, each row one
 * 32-bit step (not byte by byte), as the keys have always been made. */
static uint64_t band_hash(const uint32_t *rows, size_t n)
{
    uint64_t h = HASH_BAND_BASIS;
    for (size_t k = 0; k < n; k++) h = hash_fold_u32(h, rows[k]);
    return h;
}

static void sketch_line(rbuf *r, const brief_doc_info *info, const uint32_t *sig,
                        size_t nhash, size_t nbands)
{
    jw w;
    jw_init(&w, r, 0);
    jw_object(&w);
    jw_kfile(&w, info->name);
    jw_kstring(&w, "title", info->title);
    jw_key(&w, "minhash");
    jw_array(&w);
    for (size_t k = 0; k < nhash; k++) jw_uint(&w, sig[k]);
    jw_end(&w);
    /* A band key: the band's number and a hash of its rows; documents
     * sharing any key are candidates for one story (Broder 1997;
     * Leskovec et al., Mining of Massive Datasets, ch. 3). */
    jw_key(&w, "bands");
    jw_array(&w);
    size_t rows = nhash / nbands;
    for (size_t b = 0; b < nbands; b++) {
        char key[48];
        snprintf(key, sizeof key, "%zu:%016llx", b,
                 (unsigned long long)band_hash(sig + b * rows, rows));
        jw_string(&w, key);
    }
    jw_end(&w);
    jw_end(&w);
    rbuf_add(r, "\n", 1);
}

brief_status brief_render_sketch(brief_buffer *out, brief_story *story, size_t doc,
                                 size_t nhash, size_t nbands)
{
    if (!out || !story || !nhash || !nbands || nhash % nbands) return BRIEF_EINVAL;
    const brief_doc_info *info = brief_story_doc(story, doc);
    if (!info) return BRIEF_EINVAL;
    if (nhash > SIZE_MAX / sizeof(uint32_t)) return BRIEF_ENOMEM;
    const brief_allocator *a = buffer_allocator(out);
    uint32_t *sig = mem_malloc(a, nhash * sizeof *sig);
    if (!sig) return BRIEF_ENOMEM;
    brief_status s = brief_story_sketch(story, doc, sig, nhash);
    size_t start = out->r.len;
    if (s == BRIEF_OK) sketch_line(&out->r, info, sig, nhash, nbands);
    mem_free(a, sig);
    return buffer_end(out, start, s);
}

const char *brief_format_extension(brief_format fmt)
{
    switch (fmt) {
    case BRIEF_FORMAT_TEXT: return "txt";
    case BRIEF_FORMAT_MARKDOWN: return "md";
    case BRIEF_FORMAT_HTML: return "html";
    case BRIEF_FORMAT_JSON: return "json";
    case BRIEF_FORMAT_TSV: return "tsv";
    default: return NULL;
    }
}
