/* teaser.c - trailing blocks about something else; see teaser.h. */
#include "teaser.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"

/* Cosine below which a trailing paragraph shares too little with the
 * article to be part of it.  On samples/004 with its footer removed, the
 * four teasers (titles and paragraphs) score 0.00-0.056 and the article's
 * own last paragraph 0.30; in DUC 2003, a wire story's closing paragraph
 * can drift as low as 0.017, but alone: */
#define OFF_TOPIC 0.06
/* a tail of other stories has at least a title and a paragraph, usually
 * several, so fewer off-topic blocks than this are kept as the story; and
 * it shows its titles or cut-off excerpts (a block that does not end a
 * sentence), where an article's own closing paragraphs (a run of seven
 * one-line expert quotes scored below 0.06 in one DUC story) all do. */
#define MIN_TAIL 3

static int ends_sentence(const char *text, const block *b)
{
    size_t e = b->end;
    while (e > b->start && text_is_space_byte((unsigned char)text[e - 1])) e--;
    if (e == b->start) return 0;
    unsigned char c = (unsigned char)text[e - 1];
    if (c == '.' || c == '!' || c == '?' || c == '"' || c == '\'' || c == ')') return 1;
    /* ” ’ » and … end sentences too */
    return e - b->start >= 2 && (c == 0x9D || c == 0x99 || c == 0xBB || c == 0xA6);
}
/* Only articles of this many body blocks or more have a tail to judge. */
#define MIN_BLOCKS 4

/* A list of teasers at the end of a page, with no footer above it: units
 * of a headline over one short excerpt, each excerpt sharing less than
 * this with the article (a section of the article under its own heading
 * shares its names and subject). */
#define UNIT_OFF_TOPIC 0.15
#define UNIT_MAX_BYTES 400
#define MIN_UNITS 2

/* Where the trailing run of teaser units starts (headline, then one
 * short off-topic excerpt, a last headline alone allowed), when there are
 * MIN_UNITS or more and the article before them is longer; else nblocks. */
static size_t teaser_units(const block *blocks, size_t nblocks, size_t half, const double *cosv)
{
    size_t i = nblocks, units = 0, start = nblocks, unit_bytes = 0;
    /* Page furniture after the list ("Share", a copyright line). */
    while (i > half && blocks[i - 1].kind == BLOCK_BOILER) i--;
    if (i > half && blocks[i - 1].kind == BLOCK_HEADING) i--;
    while (i >= half + 2) {
        const block *b = &blocks[i - 1], *h = &blocks[i - 2];
        if (b->kind != BLOCK_BODY || h->kind != BLOCK_HEADING || cosv[i - 1] < 0 ||
            cosv[i - 1] >= UNIT_OFF_TOPIC || b->end - b->start > UNIT_MAX_BYTES)
            break;
        units++;
        unit_bytes += (b->end - b->start) + (h->end - h->start);
        i -= 2;
        start = i;
    }
    /* Teasers are appended to an article, which is longer than they are;
     * a live blog or a newsletter is all units. */
    size_t story_bytes = 0;
    for (size_t k = 0; k < start; k++)
        if (blocks[k].kind == BLOCK_BODY) story_bytes += blocks[k].end - blocks[k].start;
    return units >= MIN_UNITS && unit_bytes < story_bytes ? start : nblocks;
}

typedef struct bag {
    uint32_t *ids;
    size_t n, cap;
} bag;

static double weight_of(const vocab *v, const idf_table *idf, uint32_t id)
{
    if (vocab_is_stop(v, id)) return 0;
    if (!idf) return 1;
    const char *s = vocab_string(v, id);
    return vec_idf(idf_count(idf, s, strlen(s)), idf_documents(idf), 0);
}

typedef struct term {
    uint32_t id;
    double w;
} term;

static int by_id(const void *a, const void *b)
{
    uint32_t x = ((const term *)a)->id, y = ((const term *)b)->id;
    return x < y ? -1 : x > y;
}

/* Sorts terms by id and sums the weights of equal ids; returns the new
 * count. */
static size_t aggregate(term *t, size_t n)
{
    if (n == 0) return 0;
    qsort(t, n, sizeof *t, by_id);
    size_t m = 0;
    for (size_t i = 1; i < n; i++) {
        if (t[i].id == t[m].id) t[m].w += t[i].w;
        else t[++m] = t[i];
    }
    return m + 1;
}

static brief_status mark(arena *tmp, tok_lang *tl, vocab *v, const idf_table *idf,
                         const char *text, block *blocks, size_t nblocks, size_t *marked)
{
    size_t body = 0;
    for (size_t i = 0; i < nblocks; i++) body += blocks[i].kind == BLOCK_BODY;
    if (body < MIN_BLOCKS) return BRIEF_OK;

    /* Token ids of every body block. */
    bag *bags = arena_calloc(tmp, nblocks, sizeof *bags);
    if (!bags) return BRIEF_ENOMEM;
    size_t total = 0;
    for (size_t i = 0; i < nblocks; i++) {
        if (blocks[i].kind != BLOCK_BODY && blocks[i].kind != BLOCK_BULLET) continue;
        brief_status s = tok_text(tl, v, tmp, text + blocks[i].start,
                                  blocks[i].end - blocks[i].start, &bags[i].ids, &bags[i].n,
                                  &bags[i].cap);
        if (s != BRIEF_OK) return s;
        total += bags[i].n;
    }

    /* The first half of the body is the reference; the tail is judged
     * against it, last block first.  Vectors are sorted (id, weight)
     * arrays, so the cost follows the article, not the vocabulary. */
    size_t half = 0, seen = 0;
    for (size_t i = 0; i < nblocks; i++)
        if (blocks[i].kind == BLOCK_BODY && ++seen == (body + 1) / 2) {
            half = i + 1;
            break;
        }
    term *ref = arena_alloc(tmp, (total ? total : 1) * sizeof *ref);
    term *cur = arena_alloc(tmp, (total ? total : 1) * sizeof *cur);
    if (!ref || !cur) return BRIEF_ENOMEM;
    size_t nref = 0;
    for (size_t i = 0; i < half; i++)
        for (size_t k = 0; k < bags[i].n; k++) {
            double w = weight_of(v, idf, bags[i].ids[k]);
            if (w > 0) ref[nref++] = (term){bags[i].ids[k], w};
        }
    nref = aggregate(ref, nref);
    double nr = 0;
    for (size_t k = 0; k < nref; k++) nr += ref[k].w * ref[k].w;

    double *cosv = arena_alloc(tmp, nblocks * sizeof *cosv);
    if (!cosv) return BRIEF_ENOMEM;
    for (size_t i = half; i < nblocks; i++) {
        cosv[i] = -1; /* not judged: a heading, boilerplate, stopwords only */
        if (blocks[i].kind != BLOCK_BODY && blocks[i].kind != BLOCK_BULLET) continue;
        size_t nc = 0;
        for (size_t k = 0; k < bags[i].n; k++) {
            double w = weight_of(v, idf, bags[i].ids[k]);
            if (w > 0) cur[nc++] = (term){bags[i].ids[k], w};
        }
        nc = aggregate(cur, nc);
        if (nc == 0) continue;
        double dot = 0, nb = 0;
        size_t a = 0;
        for (size_t k = 0; k < nc; k++) {
            nb += cur[k].w * cur[k].w;
            while (a < nref && ref[a].id < cur[k].id) a++;
            if (a < nref && ref[a].id == cur[k].id) dot += cur[k].w * ref[a].w;
        }
        cosv[i] = nr > 0 ? dot / sqrt(nb * nr) : 0;
    }
    size_t end = nblocks;
    for (size_t i = nblocks; i-- > half;) {
        if (cosv[i] < 0) continue;
        if (cosv[i] >= OFF_TOPIC) break;
        end = i;
    }
    size_t units = teaser_units(blocks, nblocks, half, cosv);
    if (units < end) end = units;
    /* The title of the first teaser stands just above its excerpt. */
    while (end < nblocks && end > half &&
           (blocks[end - 1].kind == BLOCK_HEADING || blocks[end - 1].kind == BLOCK_BOILER))
        end--;
    size_t tail = 0, open = 0;
    for (size_t i = end; i < nblocks; i++) {
        tail += blocks[i].kind == BLOCK_BODY || blocks[i].kind == BLOCK_HEADING;
        open += (blocks[i].kind == BLOCK_BODY || blocks[i].kind == BLOCK_HEADING) &&
                !ends_sentence(text, &blocks[i]);
    }
    if (tail < MIN_TAIL || open == 0) return BRIEF_OK;
    /* Blocks from `end` on, headings included, are not the story. */
    for (size_t i = end; i < nblocks; i++)
        if (blocks[i].kind == BLOCK_BODY || blocks[i].kind == BLOCK_HEADING ||
            blocks[i].kind == BLOCK_BULLET) {
            blocks[i].kind = BLOCK_BOILER;
            (*marked)++;
        }
    return BRIEF_OK;
}

brief_status teaser_mark(arena *ar, tok_lang *tl, vocab *v, const idf_table *idf,
                         const char *text, block *blocks, size_t nblocks, size_t *marked)
{
    *marked = 0;
    /* Everything but the block kinds is scratch. */
    arena *tmp = arena_new(arena_allocator(ar));
    if (!tmp) return BRIEF_ENOMEM;
    brief_status s = mark(tmp, tl, v, idf, text, blocks, nblocks, marked);
    arena_free(tmp);
    return s;
}
