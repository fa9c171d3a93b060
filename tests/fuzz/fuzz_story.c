/*
 * fuzz_story.c - libFuzzer target for the public API (include/brief.h).
 *
 * The first 6 bytes choose the options, masked to valid values:
 *   [0] budget unit (bits 0-2, mod 5), language auto/english (bit 3),
 *       number of documents 1-3 (bits 4-5), pass a "seen" text (bit 6)
 *   [1] budget value (a count 1-64, or a ratio (v+1)/256)
 *   [2] min_points (bits 0-2), max_points = min + bits 3-5
 *   [3] max_quotes (bits 0-2)
 *   [4],[5] where the rest is cut into documents
 * The rest is cut into 1-3 documents and run through add_text, summarize,
 * compose + render in every format, quotes, group + compose_docs of the
 * first group.  Every status is only checked for not crashing; everything
 * is freed.  See docs/fuzzing.md.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "brief.h"

#define FUZZ_MAX_INPUT ((size_t)64 << 10)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* One context per language, made once and kept (reachable, not a leak). */
static brief_ctx *ctxs[2];
static int made[2];

static volatile size_t sink;

static void touch(const char *s)
{
    for (; s && *s; s++) sink += (unsigned char)*s;
}

static void touch_digest(brief_digest *d)
{
    if (!d) return;
    touch(d->headline);
    touch(d->lead);
    touch(d->language);
    for (size_t i = 0; i < d->npoints; i++) {
        touch(d->points[i]->text);
        for (size_t k = 0; k < d->points[i]->nsources; k++) sink += d->points[i]->sources[k];
    }
    for (size_t i = 0; i < d->nquotes; i++) {
        touch(d->quotes[i]->text);
        touch(d->quotes[i]->speaker);
        touch(d->quotes[i]->role);
        for (size_t k = 0; k < d->quotes[i]->nsources; k++) sink += d->quotes[i]->sources[k];
    }
    for (size_t i = 0; i < d->nsources; i++) {
        touch(d->sources[i]->title);
        touch(d->sources[i]->name);
        touch(d->sources[i]->file);
    }
    static const brief_format fmts[4] = {BRIEF_FORMAT_TEXT, BRIEF_FORMAT_MARKDOWN,
                                         BRIEF_FORMAT_HTML, BRIEF_FORMAT_JSON};
    for (int f = 0; f < 4; f++) {
        const char *out = NULL;
        size_t len = 0;
        if (brief_digest_render(d, fmts[f], &out, &len) == BRIEF_OK && out) {
            if (out[len] != '\0') __builtin_trap(); /* not NUL-terminated */
            for (size_t i = 0; i < len; i++) sink += (unsigned char)out[i];
        }
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 6) return 0;
    uint8_t o[6];
    memcpy(o, data, 6);
    data += 6, size -= 6;
    if (size > FUZZ_MAX_INPUT) size = FUZZ_MAX_INPUT;

    int li = (o[0] >> 3) & 1;
    if (!made[li]) {
        made[li] = 1;
        brief_config cfg;
        brief_config_init(&cfg);
        cfg.language = li ? "english" : "auto";
        if (brief_ctx_new(&cfg, &ctxs[li]) != BRIEF_OK) ctxs[li] = NULL;
    }
    brief_ctx *ctx = ctxs[li];
    if (!ctx) return 0;

    brief_budget b;
    b.unit = (brief_budget_unit)((o[0] & 7u) % 5u);
    b.value = b.unit == BRIEF_BUDGET_RATIO ? (o[1] + 1) / 256.0 : (double)(o[1] % 64u + 1);

    brief_compose_options co;
    brief_compose_options_init(&co);
    co.min_points = o[2] & 7u;
    co.max_points = co.min_points + ((o[2] >> 3) & 7u);
    co.max_quotes = o[3] & 7u;

    /* Cut the input into 1-3 documents. */
    size_t ndocs = ((o[0] >> 4) & 3u) % 3u + 1;
    size_t cuts[4] = {0, size, size, size};
    if (ndocs >= 2) cuts[1] = size ? o[4] * size / 255 : 0;
    if (ndocs == 3) {
        cuts[2] = cuts[1] + (size - cuts[1]) * o[5] / 255;
        cuts[3] = size;
    }
    static const char *const names[3] = {"one.txt", "two.txt", "three.txt"};

    brief_story *st = NULL;
    if (brief_story_new(ctx, &st) != BRIEF_OK) return 0;
    for (size_t i = 0; i < ndocs; i++) {
        brief_status s = brief_story_add_text(st, names[i], (const char *)data + cuts[i],
                                              cuts[i + 1] - cuts[i]);
        if (s != BRIEF_OK) touch(brief_story_errmsg(st));
    }
    touch(brief_story_language(st));
    for (size_t i = 0; i < brief_story_doc_count(st); i++) {
        const brief_doc_info *info = brief_story_doc(st, i);
        if (info) {
            touch(info->title);
            touch(info->source);
            touch(info->encoding);
        }
        const brief_sentence *const *ss = NULL;
        size_t ns = 0;
        if (brief_story_sentences(st, i, &ss, &ns) == BRIEF_OK)
            for (size_t k = 0; k < ns; k++) touch(ss[k]->text);
        uint32_t sig[16];
        (void)brief_story_sketch(st, i, sig, 16);
    }

    brief_summary *sum = NULL;
    if (brief_story_summarize(st, &b, &sum) == BRIEF_OK) {
        for (size_t i = 0; i < brief_summary_count(sum); i++)
            touch(brief_summary_sentence(sum, i)->text);
    }
    /* Optionally mark the first summary sentence as already reported. */
    const char *seen[1];
    if ((o[0] & 0x40u) && sum && brief_summary_count(sum) > 0) {
        seen[0] = brief_summary_sentence(sum, 0)->text;
        co.seen = seen;
        co.nseen = 1;
    }

    brief_digest *d = NULL;
    if (brief_story_compose(st, &co, &d) == BRIEF_OK) touch_digest(d);
    brief_digest_free(d);

    const brief_quote *const *q = NULL;
    size_t nq = 0;
    if (brief_story_quotes(st, &q, &nq) == BRIEF_OK)
        for (size_t i = 0; i < nq; i++) {
            touch(q[i]->text);
            touch(q[i]->speaker);
        }

    brief_grouping *grouping = NULL;
    if (brief_story_group(st, &grouping) == BRIEF_OK && brief_grouping_count(grouping) > 0) {
        const size_t *gd = NULL;
        size_t ngd = 0, nsrc = 0;
        if (brief_grouping_docs(grouping, 0, &gd, &ngd, &nsrc) == BRIEF_OK) {
            brief_digest *d2 = NULL;
            if (brief_story_compose_docs(st, gd, ngd, &co, &d2) == BRIEF_OK) touch_digest(d2);
            brief_digest_free(d2);
        }
    }
    brief_grouping_free(grouping);

    brief_summary_free(sum);
    brief_story_free(st);
    return 0;
}
