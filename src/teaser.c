/* teaser.c - trailing blocks about something else; see teaser.h. */
#include "teaser.h"

#include <math.h>
#include <string.h>

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
    while (e > b->start && (text[e - 1] == ' ' || text[e - 1] == '\n')) e--;
    if (e == b->start) return 0;
    unsigned char c = (unsigned char)text[e - 1];
    if (c == '.' || c == '!' || c == '?' || c == '"' || c == '\'' || c == ')') return 1;
    /* ” ’ » and … end sentences too */
    return e - b->start >= 2 && (c == 0x9D || c == 0x99 || c == 0xBB || c == 0xA6);
}
/* Only articles of this many body blocks or more have a tail to judge. */
#define MIN_BLOCKS 5

typedef struct bag {
    uint32_t *ids;
    size_t n, cap;
} bag;

static double weight_of(const vocab *v, const idf_table *idf, uint32_t id)
{
    if (vocab_is_stop(v, id)) return 0;
    if (!idf) return 1;
    const char *s = vocab_string(v, id);
    return log((idf_documents(idf) + 1) / (idf_count(idf, s, strlen(s)) + 0.5));
}

brief_status teaser_mark(arena *ar, tok_lang *tl, vocab *v, const idf_table *idf,
                         const char *text, block *blocks, size_t nblocks, size_t *marked)
{
    *marked = 0;
    size_t body = 0;
    for (size_t i = 0; i < nblocks; i++) body += blocks[i].kind == BLOCK_BODY;
    if (body < MIN_BLOCKS) return BRIEF_OK;

    /* Token ids of every body block. */
    bag *bags = arena_calloc(ar, nblocks, sizeof *bags);
    if (!bags) return BRIEF_ENOMEM;
    for (size_t i = 0; i < nblocks; i++) {
        if (blocks[i].kind != BLOCK_BODY && blocks[i].kind != BLOCK_BULLET) continue;
        brief_status s = tok_text(tl, v, ar, text + blocks[i].start,
                                  blocks[i].end - blocks[i].start, &bags[i].ids, &bags[i].n,
                                  &bags[i].cap);
        if (s != BRIEF_OK) return s;
    }
    size_t nv = vocab_size(v);
    double *ref = arena_calloc(ar, nv ? nv : 1, sizeof *ref);
    double *w = arena_calloc(ar, nv ? nv : 1, sizeof *w);
    unsigned char *known = arena_calloc(ar, nv ? nv : 1, 1);
    if (!ref || !w || !known) return BRIEF_ENOMEM;

    /* The first half of the body is the reference; the tail is judged
     * against everything above it, last block first. */
    size_t half = 0, seen = 0;
    for (size_t i = 0; i < nblocks; i++)
        if (blocks[i].kind == BLOCK_BODY && ++seen == (body + 1) / 2) {
            half = i + 1;
            break;
        }
    for (size_t i = 0; i < nblocks; i++)
        for (size_t k = 0; k < bags[i].n; k++) {
            uint32_t id = bags[i].ids[k];
            if (!known[id]) {
                known[id] = 1;
                w[id] = weight_of(v, idf, id);
            }
            if (i < half) ref[id] += w[id];
        }

    double *tmp = arena_calloc(ar, nv ? nv : 1, sizeof *tmp);
    if (!tmp) return BRIEF_ENOMEM;
    double nr = 0;
    for (size_t id = 0; id < nv; id++) nr += ref[id] * ref[id];
    size_t end = nblocks;
    for (size_t i = nblocks; i-- > half;) {
        if (blocks[i].kind == BLOCK_BOILER) continue;
        if (blocks[i].kind == BLOCK_HEADING) continue;
        double dot = 0, nb = 0;
        for (size_t k = 0; k < bags[i].n; k++) tmp[bags[i].ids[k]] += w[bags[i].ids[k]];
        for (size_t k = 0; k < bags[i].n; k++) {
            uint32_t id = bags[i].ids[k];
            if (tmp[id] == 0) continue;
            dot += tmp[id] * ref[id];
            nb += tmp[id] * tmp[id];
            tmp[id] = 0;
        }
        /* A block of stopwords only says nothing either way. */
        if (nb == 0) continue;
        double cos = nr > 0 ? dot / sqrt(nb * nr) : 0;
        if (cos >= OFF_TOPIC) break;
        end = i;
    }
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
