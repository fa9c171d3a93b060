/*
 * select.c - budgeted, redundancy-aware sentence selection; see select.h.
 */
#include "select.h"

#include <math.h>
#include <string.h>

#include "text.h"
#include "hash.h"

void select_params_default(select_params *p)
{
    /* Tuned on DUC 2003 at 100 words (make eval); see docs/evaluation.md. */
    p->lambda = 1.0;
    p->cost_power = 0.3;
    p->max_cosine = 0.3;
}

/* ---- budgets -------------------------------------------------------- */

int select_budget_valid(const brief_budget *b)
{
    if (!(b->value >= 0) || b->value > 1e15) return 0;
    switch (b->unit) {
    case BRIEF_BUDGET_RATIO: return b->value > 0 && b->value <= 1;
    case BRIEF_BUDGET_SENTENCES:
    case BRIEF_BUDGET_WORDS:
    case BRIEF_BUDGET_CHARS:
    case BRIEF_BUDGET_BYTES: return 1;
    }
    return 0; /* a value brief.h does not name */
}

double select_budget_cost(brief_budget_unit unit, const char *text, size_t len, size_t words)
{
    switch (unit) {
    case BRIEF_BUDGET_SENTENCES: return 1;
    case BRIEF_BUDGET_WORDS:
    case BRIEF_BUDGET_RATIO: return (double)words;
    case BRIEF_BUDGET_CHARS: return (double)text_count_chars(text, len) + 1;
    case BRIEF_BUDGET_BYTES: return (double)len + 1;
    }
    return 1;
}

double select_budget_capacity(const brief_budget *b, size_t total_words)
{
    switch (b->unit) {
    case BRIEF_BUDGET_RATIO: return floor(b->value * (double)total_words);
    case BRIEF_BUDGET_CHARS:
    case BRIEF_BUDGET_BYTES: return b->value + 1;
    case BRIEF_BUDGET_SENTENCES:
    case BRIEF_BUDGET_WORDS: break;
    }
    return b->value;
}

/* ---- bigram concepts ------------------------------------------------ */

/* The second half of a unigram concept's key: no term has this id. */
#define UNIGRAM 0xFFFFFFFFu

/* Content words count as concepts too, at a tenth of a bigram's weight:
 * on DUC 2003 this added 0.3 ROUGE-1 and 0.1 ROUGE-2 (0.3 of a bigram's
 * weight already lost ROUGE-2; docs/evaluation.md). */
#define UNIGRAM_WEIGHT 0.1

/* What the concept map keeps per concept id while concepts are counted.
 * The last unit counted is the unit of the last sentence that listed it. */
typedef struct pairrec {
    uint64_t key;      /* (a << 32) | b, or (a << 32) | UNIGRAM */
    uint32_t sent;     /* the last sentence that listed it, UINT32_MAX: none */
    uint32_t freq;     /* units holding it */
} pairrec;

/* Concept key -> id, ids in order of first appearance.  The slots hold
 * id + 1 (0 = empty) and are kept at most half full; both arrays grow with
 * the concepts met, so the map costs what the text's distinct concepts
 * need, not what its tokens could at worst hold (a 10 MB article has 1.7
 * million tokens but 280,000 concepts). */
typedef struct pairmap {
    const brief_allocator *a;
    uint32_t *slot;
    size_t mask;
    pairrec *rec;
    size_t count, cap;
} pairmap;

static void pairmap_free(pairmap *m)
{
    mem_free(m->a, m->slot);
    mem_free(m->a, m->rec);
}

/* Doubles the slots (or makes the first 4096), placing every id again.
 * 0 when out of memory (the map stays as it was). */
static int pairmap_rehash(pairmap *m)
{
    size_t size = m->slot ? (m->mask + 1) * 2 : 4096;
    if (size > SIZE_MAX / sizeof *m->slot) return 0;
    uint32_t *slot = mem_malloc(m->a, size * sizeof *slot);
    if (!slot) return 0;
    memset(slot, 0, size * sizeof *slot);
    for (size_t id = 0; id < m->count; id++) {
        size_t i = (size_t)hash_mix64(m->rec[id].key) & (size - 1);
        while (slot[i]) i = (i + 1) & (size - 1);
        slot[i] = (uint32_t)id + 1;
    }
    mem_free(m->a, m->slot);
    m->slot = slot;
    m->mask = size - 1;
    return 1;
}

/* The id of key, a new one when it is new; UINT32_MAX when out of memory
 * (or past 2^32 - 2 concepts, which no input can reach). */
static uint32_t pair_id(pairmap *m, uint64_t key)
{
    size_t i = (size_t)hash_mix64(key) & m->mask;
    for (;;) {
        uint32_t s = m->slot[i];
        if (!s) break;
        if (m->rec[s - 1].key == key) return s - 1;
        i = (i + 1) & m->mask;
    }
    if (m->count >= UINT32_MAX - 1) return UINT32_MAX;
    if (m->count == m->cap) {
        size_t cap = m->cap ? m->cap * 2 : 4096;
        if (cap > SIZE_MAX / sizeof *m->rec) return UINT32_MAX;
        pairrec *r = mem_realloc(m->a, m->rec, cap * sizeof *r);
        if (!r) return UINT32_MAX;
        m->rec = r;
        m->cap = cap;
    }
    if ((m->count + 1) * 2 > m->mask + 1) {
        if (!pairmap_rehash(m)) return UINT32_MAX;
        i = (size_t)hash_mix64(key) & m->mask;
        while (m->slot[i]) i = (i + 1) & m->mask;
    }
    uint32_t id = (uint32_t)m->count++;
    m->rec[id] = (pairrec){key, UINT32_MAX, 0};
    m->slot[i] = id + 1;
    return id;
}

/* Adds concept key to sentence i's list (unless listed already) and
 * counts it once per unit: the document of a sentence (doc) or, with doc
 * NULL, the sentence.  0 when out of memory. */
static int note(pairmap *m, uint64_t key, uint32_t i, const uint32_t *doc, uint32_t *list,
                uint32_t *w)
{
    uint32_t c = pair_id(m, key);
    if (c == UINT32_MAX) return 0;
    pairrec *r = &m->rec[c];
    uint32_t last = r->sent;
    if (last == i) return 1;
    r->sent = i;
    list[(*w)++] = c;
    if (last == UINT32_MAX || !doc || doc[last] != doc[i]) r->freq++;
    return 1;
}

/* Each sentence's distinct concepts, in order of first appearance: its
 * bigrams (not both stopwords: "of the" says nothing about the story),
 * then its content words, interned in m; each concept counted once per
 * unit (document when multi, else sentence).  A list is made in a reused
 * buffer and kept in ar at its size. */
static brief_status intern_concepts(arena *ar, const vocab *v, uint32_t *const *tokens,
                                    const uint32_t *ntok, const uint32_t *doc, size_t n,
                                    int multi, pairmap *m, concepts *out)
{
    uint32_t *list = NULL;
    size_t listcap = 0;
    for (size_t i = 0; i < n; i++) {
        const uint32_t *tk = tokens[i];
        size_t k = ntok[i] > 1 ? 2 * (size_t)ntok[i] - 1 : ntok[i];
        if (k > listcap) {
            mem_free(m->a, list);
            listcap = k > 256 ? k : 256;
            list = mem_malloc(m->a, listcap * sizeof *list);
            if (!list) return BRIEF_ENOMEM;
        }
        const uint32_t *units = multi ? doc : NULL;
        uint32_t w = 0;
        int ok = 1;
        for (uint32_t t = 0; ok && t + 1 < ntok[i]; t++)
            if (!vocab_is_stop(v, tk[t]) || !vocab_is_stop(v, tk[t + 1]))
                ok = note(m, ((uint64_t)tk[t] << 32) | tk[t + 1], (uint32_t)i, units, list, &w);
        for (uint32_t t = 0; ok && t < ntok[i]; t++)
            if (!vocab_is_stop(v, tk[t]))
                ok = note(m, ((uint64_t)tk[t] << 32) | UNIGRAM, (uint32_t)i, units, list, &w);
        out->ids[i] = ok ? arena_alloc(ar, (w ? w : 1) * sizeof(uint32_t)) : NULL;
        if (!out->ids[i]) {
            mem_free(m->a, list);
            return BRIEF_ENOMEM;
        }
        if (w) memcpy(out->ids[i], list, w * sizeof *list);
        out->n[i] = w;
    }
    mem_free(m->a, list);
    return BRIEF_OK;
}

/* Weights by frequency: a concept must recur to be one, in two documents
 * of a small cluster, three of a larger one (Gillick & Favre used three
 * of ten); content words at UNIGRAM_WEIGHT.  Concepts of weight 0 leave
 * the sentences' lists. */
static void weigh_concepts(const pairmap *m, uint32_t minfreq, size_t n, concepts *out)
{
    for (size_t c = 0; c < out->count; c++) {
        const pairrec *r = &m->rec[c];
        out->weight[c] = r->freq >= minfreq ? r->freq : 0;
        if ((r->key & 0xFFFFFFFFu) == UNIGRAM) out->weight[c] *= UNIGRAM_WEIGHT;
    }
    for (size_t i = 0; i < n; i++) {
        uint32_t w = 0;
        for (uint32_t t = 0; t < out->n[i]; t++)
            if (out->weight[out->ids[i][t]] > 0) out->ids[i][w++] = out->ids[i][t];
        out->n[i] = w;
    }
}

brief_status select_concepts(arena *ar, const vocab *v, uint32_t *const *tokens,
                             const uint32_t *ntok, const uint32_t *doc, size_t n,
                             concepts *out)
{
    memset(out, 0, sizeof *out);
    size_t ndocs = 0;
    int multi = 0;
    for (size_t i = 0; i < n; i++) {
        if (doc[i] != doc[0]) multi = 1;
        if (i == 0 || doc[i] != doc[i - 1]) ndocs++;
    }
    pairmap m = {arena_allocator(ar), NULL, 0, NULL, 0, 0};
    brief_status s = BRIEF_ENOMEM;
    out->ids = arena_alloc(ar, (n ? n : 1) * sizeof *out->ids);
    out->n = arena_calloc(ar, n ? n : 1, sizeof *out->n);
    if (!out->ids || !out->n || !pairmap_rehash(&m)) goto done;
    if ((s = intern_concepts(ar, v, tokens, ntok, doc, n, multi, &m, out)) != BRIEF_OK) goto done;
    size_t nc = m.count;
    out->weight = arena_alloc(ar, (nc ? nc : 1) * sizeof *out->weight);
    if (!out->weight) {
        s = BRIEF_ENOMEM;
        goto done;
    }
    out->count = nc;
    weigh_concepts(&m, multi ? (ndocs >= 6 ? 3 : 2) : 2, n, out);
done:
    pairmap_free(&m);
    return s;
}

/* ---- selection ------------------------------------------------------ */

typedef struct state {
    const select_input *in;
    const select_params *p;
    uint32_t *covered;   /* per concept: chosen sentences covering it */
    double cnorm, rnorm; /* normalisers of the two terms of F */
    size_t *chosen;
    size_t nchosen;
    unsigned char *in_set;
    double used;
    int no_needs; /* nothing else could be given: needs waived */
    struct heap_item *heap, *wait; /* greedy's, n each, reused by each run */
} state;

static double coverage_gain(const state *s, size_t i)
{
    const concepts *c = s->in->con;
    if (!c) return 0;
    double g = 0;
    for (uint32_t t = 0; t < c->n[i]; t++)
        if (!s->covered[c->ids[i][t]]) g += c->weight[c->ids[i][t]];
    return g;
}

static double gain(const state *s, size_t i)
{
    return coverage_gain(s, i) / s->cnorm + s->p->lambda * s->in->rank[i] / s->rnorm;
}

/* The gain of sentence i on its own, as if nothing were chosen. */
static double alone_gain(const state *s, size_t i)
{
    const concepts *c = s->in->con;
    double g = 0;
    if (c)
        for (uint32_t t = 0; t < c->n[i]; t++) g += c->weight[c->ids[i][t]];
    return g / s->cnorm + s->p->lambda * s->in->rank[i] / s->rnorm;
}

static double ratio(const state *s, size_t i, double g)
{
    double c = s->in->cost[i];
    return g / pow(c > 0 ? c : 1, s->p->cost_power);
}

static int redundant(const state *s, size_t i, size_t except)
{
    for (size_t k = 0; k < s->nchosen; k++) {
        size_t j = s->chosen[k];
        if (j == except) continue;
        if (vec_cosine(&s->in->vecs[i], &s->in->vecs[j]) > s->p->max_cosine) return 1;
    }
    return 0;
}

/* Does v hold one of need's terms?  Both ascending. */
static int holds_any(const svec *v, const svec *need)
{
    for (uint32_t a = 0, b = 0; a < v->n && b < need->n;) {
        if (v->term[a] == need->term[b]) return 1;
        if (v->term[a] < need->term[b]) a++;
        else b++;
    }
    return 0;
}

/* What sentence i needs told before it, NULL: nothing. */
static const select_need *need_at(const select_input *in, size_t i)
{
    return in->need_of && in->need_of[i] != UINT32_MAX ? &in->needs[in->need_of[i]] : NULL;
}

/* Is what sentence i needs told by a chosen sentence just before it
 * (other than pick `except`)? */
static int needs_met(const state *s, size_t i, size_t except)
{
    const select_need *need = s->no_needs ? NULL : need_at(s->in, i);
    if (!need || need->terms.n == 0) return 1;
    for (size_t k = 0; k < s->nchosen; k++) {
        size_t j = s->chosen[k];
        if (j != except && j >= need->from && j < i && holds_any(&s->in->vecs[j], &need->terms))
            return 1;
    }
    return 0;
}

/* Would every pick still have what it needs without pick j? */
static int needs_met_without(const state *s, size_t j)
{
    for (size_t k = 0; k < s->nchosen; k++)
        if (s->chosen[k] != j && !needs_met(s, s->chosen[k], j)) return 0;
    return 1;
}

static void add(state *s, size_t i)
{
    const concepts *c = s->in->con;
    if (c)
        for (uint32_t t = 0; t < c->n[i]; t++) s->covered[c->ids[i][t]]++;
    s->chosen[s->nchosen++] = i;
    s->in_set[i] = 1;
    s->used += s->in->cost[i];
}

static void drop(state *s, size_t k)
{
    size_t i = s->chosen[k];
    const concepts *c = s->in->con;
    if (c)
        for (uint32_t t = 0; t < c->n[i]; t++) s->covered[c->ids[i][t]]--;
    memmove(s->chosen + k, s->chosen + k + 1, (s->nchosen - k - 1) * sizeof *s->chosen);
    s->nchosen--;
    s->in_set[i] = 0;
    s->used -= s->in->cost[i];
}

/* Puts sentence i back at position k of the picks (drop's inverse). */
static void put_back(state *s, size_t k, size_t i)
{
    const concepts *c = s->in->con;
    if (c)
        for (uint32_t t = 0; t < c->n[i]; t++) s->covered[c->ids[i][t]]++;
    memmove(s->chosen + k + 1, s->chosen + k, (s->nchosen - k) * sizeof *s->chosen);
    s->chosen[k] = i;
    s->nchosen++;
    s->in_set[i] = 1;
    s->used += s->in->cost[i];
}

/* Max-heap of (bound, index) for lazy greedy. */
typedef struct heap_item {
    double key;
    size_t idx;
} heap_item;

static void heap_push(heap_item *h, size_t *n, heap_item it)
{
    size_t i = (*n)++;
    while (i > 0) {
        size_t parent = (i - 1) / 2;
        if (h[parent].key >= it.key) break;
        h[i] = h[parent];
        i = parent;
    }
    h[i] = it;
}

static heap_item heap_pop(heap_item *h, size_t *n)
{
    heap_item top = h[0];
    heap_item last = h[--*n];
    size_t i = 0;
    for (;;) {
        size_t l = 2 * i + 1, r = l + 1, m = i;
        double key = last.key;
        if (l < *n && h[l].key > key) { m = l; key = h[l].key; }
        if (r < *n && h[r].key > key) m = r;
        if (m == i) break;
        h[i] = h[m];
        i = m;
    }
    if (*n) h[i] = last;
    return top;
}

/* Lazy greedy (Minoux 1978): a stale bound is an upper bound because F is
 * submodular, so an item whose fresh ratio still tops the heap is the
 * true best.  An item whose needs no pick meets yet waits aside until the
 * next pick, which may meet them. */
static void greedy(state *s, int only_usable)
{
    const select_input *in = s->in;
    heap_item *h = s->heap, *wait = s->wait;
    size_t hn = 0, wn = 0;
    for (size_t i = 0; i < in->n; i++) {
        if (s->in_set[i] || (only_usable && !in->usable[i])) continue;
        if (in->cost[i] > in->budget - s->used + 1e-9) continue;
        heap_push(h, &hn, (heap_item){ratio(s, i, gain(s, i)), i});
    }
    while (hn) {
        heap_item top = heap_pop(h, &hn);
        size_t i = top.idx;
        if (in->cost[i] > in->budget - s->used + 1e-9) continue;
        double fresh = ratio(s, i, gain(s, i));
        if (hn && fresh < h[0].key - 1e-12) {
            heap_push(h, &hn, (heap_item){fresh, i});
            continue;
        }
        if (fresh <= 0 || redundant(s, i, SIZE_MAX)) continue;
        if (!needs_met(s, i, SIZE_MAX)) {
            wait[wn++] = (heap_item){fresh, i};
            continue;
        }
        add(s, i);
        while (wn) heap_push(h, &hn, wait[--wn]);
    }
}

static double objective(const state *s)
{
    double f = 0;
    const concepts *c = s->in->con;
    if (c)
        for (size_t k = 0; k < c->count; k++)
            if (s->covered[k]) f += c->weight[k];
    f /= s->cnorm;
    for (size_t k = 0; k < s->nchosen; k++)
        f += s->p->lambda * s->in->rank[s->chosen[k]] / s->rnorm;
    return f;
}

/* What F loses when pick j leaves: the concepts only j covers, and its
 * share of the TextRank term. */
static double own_value(const state *s, size_t j)
{
    const concepts *c = s->in->con;
    double g = 0;
    if (c)
        for (uint32_t t = 0; t < c->n[j]; t++)
            if (s->covered[c->ids[j][t]] == 1) g += c->weight[c->ids[j][t]];
    return g / s->cnorm + s->p->lambda * s->in->rank[j] / s->rnorm;
}

/* Is there a sentence not chosen, longer than pick j by at most the room? */
static int longer_fits(const state *s, int only_usable, size_t j, double room)
{
    const select_input *in = s->in;
    for (size_t i = 0; i < in->n; i++) {
        if (s->in_set[i] || (only_usable && !in->usable[i])) continue;
        double extra = in->cost[i] - in->cost[j];
        if (extra > 1e-9 && extra <= room + 1e-9) return 1;
    }
    return 0;
}

/* The best trade of one pick for a longer sentence that still fits and
 * leaves F no lower: the pick's place *from among the picks and the
 * sentence *to, or SIZE_MAX when there is none.  The trade that spends
 * most of the room wins, then the larger F. */
static void best_trade(state *s, int only_usable, size_t *from, size_t *to)
{
    const select_input *in = s->in;
    double room = in->budget - s->used, f0 = objective(s), best_extra = 0, best_f = 0;
    *from = *to = SIZE_MAX;
    for (size_t k = 0; k < s->nchosen; k++) {
        size_t j = s->chosen[k];
        if (!longer_fits(s, only_usable, j, room) || !needs_met_without(s, j)) continue;
        double fj = f0 - own_value(s, j);
        drop(s, k);
        for (size_t i = 0; i < in->n; i++) {
            if (s->in_set[i] || i == j || (only_usable && !in->usable[i])) continue;
            double extra = in->cost[i] - in->cost[j];
            if (extra <= 1e-9 || extra > room + 1e-9 || extra < best_extra - 1e-9) continue;
            double f = fj + gain(s, i);
            if (f < f0 - 1e-12) continue;
            if (extra < best_extra + 1e-9 && f <= best_f) continue;
            if (redundant(s, i, SIZE_MAX) || !needs_met(s, i, SIZE_MAX)) continue;
            best_extra = extra;
            best_f = f;
            *from = k;
            *to = i;
        }
        put_back(s, k, j);
    }
}

/* Greedy by gain per cost^p often ends a few words short of the budget:
 * the last pick was a short sentence, and the longer one beside it no
 * longer fit.  A pick traded for a longer sentence that fits the room,
 * when F does not fall, tells the same amount or more in the words the
 * budget allows (on DUC 2003, 98.5 -> 99 words a summary).  Each trade
 * spends more of the room, so a budget in words or bytes sees at most as
 * many trades as the room has units; a budget in sentences sees none. */
static void fill_room(state *s, int only_usable)
{
    for (;;) {
        size_t from, to;
        best_trade(s, only_usable, &from, &to);
        if (to == SIZE_MAX) return;
        drop(s, from);
        add(s, to);
    }
}

brief_status select_sentences(arena *ar, const select_input *in,
                              const select_params *p, size_t **chosen,
                              size_t *nchosen)
{
    *chosen = NULL;
    *nchosen = 0;
    state s = {0};
    s.in = in;
    s.p = p;
    s.chosen = arena_alloc(ar, (in->n + 1) * sizeof *s.chosen);
    s.in_set = arena_calloc(ar, in->n ? in->n : 1, 1);
    s.covered = in->con ? arena_calloc(ar, in->con->count ? in->con->count : 1,
                                       sizeof *s.covered)
                        : NULL;
    s.heap = arena_alloc(ar, (in->n ? in->n : 1) * sizeof *s.heap);
    s.wait = arena_alloc(ar, (in->n ? in->n : 1) * sizeof *s.wait);
    if (!s.chosen || !s.in_set || (in->con && !s.covered) || !s.heap || !s.wait)
        return BRIEF_ENOMEM;
    if (in->n == 0) { *chosen = s.chosen; return BRIEF_OK; }

    s.cnorm = 1e-12;
    s.rnorm = 1e-12;
    for (size_t i = 0; i < in->n; i++) {
        double g = coverage_gain(&s, i); /* nothing covered yet */
        if (g > s.cnorm) s.cnorm = g;
        if (in->rank[i] > s.rnorm) s.rnorm = in->rank[i];
    }

    int only_usable = 0;
    for (size_t i = 0; i < in->n; i++)
        if (in->usable[i] && in->cost[i] <= in->budget + 1e-9) { only_usable = 1; break; }

    greedy(&s, only_usable);

    /* The ratio rule alone can be arbitrarily bad for a knapsack; the best
     * single sentence that fits bounds it (Khuller, Moss & Naor 1999). */
    size_t best1 = SIZE_MAX;
    double best1_g = -1;
    for (size_t i = 0; i < in->n; i++) {
        if (only_usable && !in->usable[i]) continue;
        if (in->cost[i] > in->budget + 1e-9) continue;
        const select_need *need = need_at(in, i);
        if (need && need->terms.n && !s.no_needs) continue; /* never alone */
        double g = alone_gain(&s, i);
        if (g > best1_g) { best1_g = g; best1 = i; }
    }
    if (best1 != SIZE_MAX && best1_g > objective(&s)) {
        while (s.nchosen) drop(&s, s.nchosen - 1);
        add(&s, best1);
        greedy(&s, only_usable);
    }

    /* An input whose only sentences that fit need others before them
     * still gets a summary. */
    if (s.nchosen == 0 && in->need_of) {
        s.no_needs = 1;
        greedy(&s, only_usable);
    }
    fill_room(&s, only_usable);
    *chosen = s.chosen;
    *nchosen = s.nchosen;
    return BRIEF_OK;
}
