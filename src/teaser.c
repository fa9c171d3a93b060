/* teaser.c - trailing blocks about something else; see teaser.h. */
#include "teaser.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "hash.h"
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
/* ... and a list of teaser units needs an article of two or more blocks
 * before it (the units' excerpts count as body blocks). */
#define MIN_UNIT_BLOCKS 3

/* A list of teasers at the end of a page, with no footer above it: units
 * of a headline over one short excerpt, each excerpt sharing less than
 * this with the article (a section of the article under its own heading
 * shares its names and subject). */
#define UNIT_OFF_TOPIC 0.15
#define UNIT_MAX_BYTES 400
#define MIN_UNITS 2

/* A teaser's headline: a heading, or a short question or exclamation
 * ("Analysis: Is the boom over?"), which the cleaner takes for a
 * sentence because it ends like one. */
#define HEADLINE_MAX_BYTES 100

static int headline_like(const char *text, const block *b)
{
    if (b->kind == BLOCK_HEADING) return 1;
    if (b->kind != BLOCK_BODY || b->end - b->start > HEADLINE_MAX_BYTES) return 0;
    size_t e = b->end;
    while (e > b->start && text_is_space_byte((unsigned char)text[e - 1])) e--;
    return e > b->start && (text[e - 1] == '?' || text[e - 1] == '!');
}

/* A teaser's excerpt, by its shape: one short block.  An excerpt cut off
 * mid-sentence has no end punctuation and was read as a heading; under a
 * headline it is an excerpt all the same. */
static int excerpt_shape(const block *b)
{
    return (b->kind == BLOCK_BODY || b->kind == BLOCK_HEADING) &&
           b->end - b->start <= UNIT_MAX_BYTES;
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

/* A term id and how often the reference holds it. */
typedef struct idcount {
    uint32_t id, n;
} idcount;

static int by_count_id(const void *a, const void *b)
{
    uint32_t x = ((const idcount *)a)->id, y = ((const idcount *)b)->id;
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

/* Cosines of blocks against a reference made of some body blocks; vectors
 * are sorted (id, weight) arrays, so the cost follows the article, not
 * the vocabulary.  The reference is most of the article: its ids are
 * counted in a table (id + 1 and count per slot, at most half full) that
 * grows with its distinct terms, and only those become terms; cur holds a
 * judged pair of blocks. */
typedef struct judge {
    const vocab *v;
    const idf_table *idf;
    const block *blocks;
    const bag *bags;
    arena *ar;
    idcount *slot;
    size_t mask, used;
    term *ref, *cur;
    size_t nref;
    double norm;
} judge;

/* Counts one more id; 0 when out of memory. */
static int count_id(judge *j, uint32_t id)
{
    if ((j->used + 1) * 2 > j->mask + 1) {
        size_t size = (j->mask + 1) * 2;
        idcount *t = arena_calloc(j->ar, size, sizeof *t);
        if (!t) return 0;
        for (size_t k = 0; k <= j->mask; k++) {
            if (!j->slot[k].id) continue;
            size_t i = (size_t)hash_mix64(j->slot[k].id) & (size - 1);
            while (t[i].id) i = (i + 1) & (size - 1);
            t[i] = j->slot[k];
        }
        j->slot = t;
        j->mask = size - 1;
    }
    size_t i = (size_t)hash_mix64(id + 1u) & j->mask;
    while (j->slot[i].id && j->slot[i].id != id + 1) i = (i + 1) & j->mask;
    if (!j->slot[i].id) {
        j->slot[i].id = id + 1;
        j->used++;
    }
    j->slot[i].n++;
    return 1;
}

/* The reference: the body blocks of blocks[0..to).  A term's weight
 * depends on its id alone, so each distinct id's weight is summed as many
 * times as the id occurs, as the weights of a sorted list of terms would
 * be.  Errors: BRIEF_ENOMEM. */
static brief_status judge_reference(judge *j, size_t to)
{
    if (!j->slot) {
        j->mask = 255;
        j->slot = arena_calloc(j->ar, j->mask + 1, sizeof *j->slot);
        if (!j->slot) return BRIEF_ENOMEM;
    } else {
        memset(j->slot, 0, (j->mask + 1) * sizeof *j->slot);
    }
    j->used = 0;
    for (size_t i = 0; i < to; i++) {
        if (j->blocks[i].kind != BLOCK_BODY && j->blocks[i].kind != BLOCK_BULLET) continue;
        for (size_t k = 0; k < j->bags[i].n; k++)
            if (!count_id(j, j->bags[i].ids[k])) return BRIEF_ENOMEM;
    }
    /* The distinct ids, ascending, packed at the front of the table. */
    idcount *ids = j->slot;
    size_t distinct = 0;
    for (size_t k = 0; k <= j->mask; k++)
        if (j->slot[k].id) ids[distinct++] = (idcount){j->slot[k].id - 1, j->slot[k].n};
    qsort(ids, distinct, sizeof *ids, by_count_id);
    j->ref = arena_alloc(j->ar, (distinct ? distinct : 1) * sizeof *j->ref);
    if (!j->ref) return BRIEF_ENOMEM;
    j->nref = 0;
    for (size_t k = 0; k < distinct; k++) {
        double w = weight_of(j->v, j->idf, ids[k].id);
        if (w > 0) {
            double sum = w;
            for (uint32_t r = 1; r < ids[k].n; r++) sum += w;
            j->ref[j->nref++] = (term){ids[k].id, sum};
        }
    }
    j->norm = 0;
    for (size_t k = 0; k < j->nref; k++) j->norm += j->ref[k].w * j->ref[k].w;
    return BRIEF_OK;
}

/* The cosine of blocks[from..to) together with the reference; -1 when
 * they have no weighted word. */
static double judge_cosine(judge *j, size_t from, size_t to)
{
    size_t nc = 0;
    for (size_t i = from; i < to; i++)
        for (size_t k = 0; k < j->bags[i].n; k++) {
            double w = weight_of(j->v, j->idf, j->bags[i].ids[k]);
            if (w > 0) j->cur[nc++] = (term){j->bags[i].ids[k], w};
        }
    nc = aggregate(j->cur, nc);
    if (nc == 0) return -1;
    double dot = 0, nb = 0;
    size_t a = 0;
    for (size_t k = 0; k < nc; k++) {
        nb += j->cur[k].w * j->cur[k].w;
        while (a < j->nref && j->ref[a].id < j->cur[k].id) a++;
        if (a < j->nref && j->ref[a].id == j->cur[k].id) dot += j->cur[k].w * j->ref[a].w;
    }
    return j->norm > 0 ? dot / sqrt(nb * j->norm) : 0;
}

/* A trailing run of body blocks, each sharing less than OFF_TOPIC with
 * the first half of the article: *out gets where it starts, else nblocks.
 * Headings are not judged: a section title is too short to say what it is
 * about. */
static brief_status off_topic_run(judge *j, size_t nblocks, size_t body, size_t *out)
{
    size_t half = 0, seen = 0;
    for (size_t i = 0; i < nblocks; i++)
        if (j->blocks[i].kind == BLOCK_BODY && ++seen == (body + 1) / 2) {
            half = i + 1;
            break;
        }
    brief_status s = judge_reference(j, half);
    if (s != BRIEF_OK) return s;
    size_t end = nblocks;
    for (size_t i = nblocks; i-- > half;) {
        if (j->blocks[i].kind != BLOCK_BODY && j->blocks[i].kind != BLOCK_BULLET) continue;
        double c = judge_cosine(j, i, i + 1);
        if (c < 0) continue;
        if (c >= OFF_TOPIC) break;
        end = i;
    }
    *out = end;
    return BRIEF_OK;
}

/* A trailing list of teaser units (a headline over one short excerpt, a
 * last headline alone allowed): first found by its shape, then each
 * excerpt judged against all of the article above the list, so that the
 * list itself never dilutes the reference.  *out gets where the run of
 * MIN_UNITS or more off-topic units starts, else nblocks. */
static brief_status teaser_units(judge *j, const char *text, size_t nblocks, size_t *out)
{
    const block *bl = j->blocks;
    *out = nblocks;
    size_t i = nblocks;
    /* Page furniture after the list ("Share", a copyright line). */
    while (i > 0 && bl[i - 1].kind == BLOCK_BOILER) i--;
    if (i >= 2 && bl[i - 1].kind == BLOCK_HEADING && !headline_like(text, &bl[i - 2])) i--;
    size_t last = i, shape = i;
    while (shape >= 2 && excerpt_shape(&bl[shape - 1]) && headline_like(text, &bl[shape - 2]))
        shape -= 2;
    if ((last - shape) / 2 < MIN_UNITS) return BRIEF_OK;
    size_t story_bytes = 0;
    for (size_t k = 0; k < shape; k++)
        if (bl[k].kind == BLOCK_BODY) story_bytes += bl[k].end - bl[k].start;
    if (story_bytes == 0) return BRIEF_OK;
    brief_status s = judge_reference(j, shape);
    if (s != BRIEF_OK) return s;
    size_t units = 0, unit_bytes = 0, start = nblocks;
    for (i = last; i >= shape + 2; i -= 2) {
        double c = judge_cosine(j, i - 2, i);
        if (c < 0 || c >= UNIT_OFF_TOPIC) break;
        units++;
        unit_bytes += (bl[i - 1].end - bl[i - 1].start) + (bl[i - 2].end - bl[i - 2].start);
        start = i - 2;
    }
    /* Teasers are appended to an article, which is longer than they are;
     * a live blog or a newsletter is all units. */
    if (units >= MIN_UNITS && unit_bytes < story_bytes) *out = start;
    return BRIEF_OK;
}

static brief_status mark(arena *tmp, tok_lang *tl, vocab *v, const idf_table *idf,
                         const char *text, block *blocks, size_t nblocks, size_t *marked)
{
    size_t body = 0;
    for (size_t i = 0; i < nblocks; i++) body += blocks[i].kind == BLOCK_BODY;
    /* A short article is judged only for a list of teaser units: a lone
     * off-topic paragraph closing three is too little to go on. */
    if (body < MIN_UNIT_BLOCKS) return BRIEF_OK;

    /* Token ids of every block that is text. */
    bag *bags = arena_calloc(tmp, nblocks, sizeof *bags);
    if (!bags) return BRIEF_ENOMEM;
    size_t pair = 0;
    for (size_t i = 0; i < nblocks; i++) {
        if (blocks[i].kind != BLOCK_BODY && blocks[i].kind != BLOCK_BULLET &&
            blocks[i].kind != BLOCK_HEADING)
            continue;
        brief_status s = tok_text(tl, v, tmp, text + blocks[i].start,
                                  blocks[i].end - blocks[i].start, &bags[i].ids, &bags[i].n,
                                  &bags[i].cap);
        if (s != BRIEF_OK) return s;
        /* grown in place, as the newest allocation: give back the rest */
        arena_shrink(tmp, bags[i].ids, bags[i].n * sizeof *bags[i].ids);
        bags[i].cap = bags[i].n;
        /* blocks are judged alone or two by two (a unit) */
        size_t two = bags[i].n + (i > 0 ? bags[i - 1].n : 0);
        if (two > pair) pair = two;
    }
    judge j = {v, idf, blocks, bags, tmp, NULL, 0, 0, NULL, NULL, 0, 0};
    j.cur = arena_alloc(tmp, (pair ? pair : 1) * sizeof *j.cur);
    if (!j.cur) return BRIEF_ENOMEM;

    size_t end = nblocks, units;
    brief_status s = BRIEF_OK;
    if (body >= MIN_BLOCKS) s = off_topic_run(&j, nblocks, body, &end);
    if (s == BRIEF_OK) s = teaser_units(&j, text, nblocks, &units);
    if (s != BRIEF_OK) return s;
    if (units < end) end = units;
    /* The title of the first teaser, or of the list, stands above it. */
    while (end < nblocks && end > 0 &&
           (blocks[end - 1].kind == BLOCK_HEADING || blocks[end - 1].kind == BLOCK_BOILER))
        end--;
    size_t tail = 0, open = 0;
    for (size_t i = end; i < nblocks; i++) {
        tail += blocks[i].kind == BLOCK_BODY || blocks[i].kind == BLOCK_HEADING;
        /* a headline is open however it ends ('best ever poll', a
         * question): it is a title, not a sentence of the story */
        open += headline_like(text, &blocks[i]) ||
                (blocks[i].kind == BLOCK_BODY && !ends_sentence(text, &blocks[i]));
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
