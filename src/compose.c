/*
 * compose.c - the brief of one story; see compose.h for the method.
 *
 * Limits: "the same fact" is judged by TF-IDF cosine, so two sources that
 * tell a fact in entirely different words count as two facts (but for
 * running figures, read from the words around a number), and the
 * sides of a story are approximated by choosing different speakers.
 */
#include "compose.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "neutral.h"
#include "quote_groups.h"
#include "text.h"

/* Two sentences of different sources with this cosine or more tell the same
 * fact, and the point lists both sources.  On the seed articles, 0.3 joined
 * sentences that only share the story's names (Trump, Putin, ceasefire),
 * 0.5 missed paraphrases; 0.45 lies between. */
#define SAME_FACT 0.45
/* A candidate this close to a chosen point or the lead says nothing new
 * (the summary's redundancy cap, select.c). */
#define REDUNDANT 0.3
/* A candidate whose words other than names are this much (by weight) in a
 * sentence shown already tells nothing new.  On the DUC 2003 tuning half,
 * 0.3, 0.4 and 0.5 lost point coverage (R-2 at 100 words .08845 -> .07503,
 * .08288, .08424); 0.6 keeps it and removes redundant pairs (tuning pairs
 * at 0.5: 4 -> 2; held-out at 0.3: 11 -> 9, without names 15 -> 13); 0.7
 * changes nothing on the tuning half.  Both directions (a candidate
 * holding a shown point) dropped two core facts of the seed brief. */
#define TOLD_ALREADY 0.6
/* Each further source carrying a fact multiplies its weight by this much
 * more: three sources make a fact twice as strong as one. */
#define SUPPORT_BONUS 0.5
/* A source's next point counts this much less for each point it supplied. */
#define SOURCE_DECAY 0.7
/* Key points shorter or longer than this read badly out of context. */
#define MIN_POINT_WORDS 6
#define MAX_POINT_WORDS 60
/* Below this share of the best fact's weight, a fact is not a key point
 * (once the minimum number of points is reached). */
#define WEAK_FACT 0.2
/* Two sentences that share only names are about the same people, not the
 * same fact ("X endorsed the plan", "X accused Moscow of stalling"): the
 * words that are not names must give at least this much of the cosine. */
#define SAME_FACT_WORDS 0.05
/* Postings longer than this (terms in a large share of all sentences) add
 * little to a cosine and would make the neighbour search quadratic. */
#define MAX_POSTING 4096

void brief_compose_options_init(brief_compose_options *o)
{
    o->size = sizeof *o;
    o->min_points = 4;
    o->max_points = 6;
    o->max_quotes = 4;
    o->seen = NULL;
    o->nseen = 0;
    o->seen_sorted = 0;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* 1 if s is among the sorted texts. */
static int seen_before(const char *const *sorted, size_t n, const char *s)
{
    return n && bsearch(&s, sorted, n, sizeof *sorted, cmp_str) != NULL;
}

/* The quoted words as shown, for comparing with an earlier brief. */
static char *quote_text(arena *ar, const char *s);

typedef struct posting {
    uint32_t sent;
    float w;
} posting;

typedef struct neighbours {
    uint32_t *sent;   /* sentences of other documents telling the same fact */
    uint32_t n;
    uint32_t nsources;/* distinct documents, its own included */
} neighbours;

typedef struct ctx {
    const compose_input *in;
    arena *out, *tmp;
    neighbours *nb;
    double *weight;   /* fact weight of each sentence */
    unsigned char *candidate;
    unsigned char *taken; /* shown, or the same fact as one shown */
    size_t *shown;    /* sentences shown so far (lead and points) */
    size_t nshown;
    const char *const *seen; /* texts of an earlier brief, sorted */
    size_t nseen;
    uint32_t *uses;   /* points supplied, per document */
    uint32_t *stamp;  /* per document, for counting distinct sources */
    uint32_t stamp_now;
} ctx;

static int is_name(const compose_input *in, uint32_t t)
{
    return in->name_term && t < in->nterms && in->name_term[t];
}

/* What sentences a and b share, in one walk over their sorted terms. */
typedef struct shared_terms {
    double dot;        /* their cosine (the vectors are unit length) */
    double dot_words;  /* its part on words that are not names */
    double own_words;  /* a's squared weights on the shared words that are not names */
    int names;         /* name terms shared */
} shared_terms;

static shared_terms share(const compose_input *in, size_t a, size_t b)
{
    const svec *x = in->s[a].vec, *y = in->s[b].vec;
    shared_terms sh = {0, 0, 0, 0};
    for (uint32_t i = 0, j = 0; i < x->n && j < y->n;) {
        if (x->term[i] == y->term[j]) {
            double p = (double)x->w[i] * y->w[j];
            sh.dot += p;
            if (is_name(in, x->term[i])) {
                sh.names++;
            } else {
                sh.dot_words += p;
                sh.own_words += (double)x->w[i] * x->w[i];
            }
            i++;
            j++;
        } else if (x->term[i] < y->term[j]) {
            i++;
        } else {
            j++;
        }
    }
    return sh;
}

/* The cosine of sentences a and b as a judge of the same fact: 0 when the
 * words they share are nearly all names (SAME_FACT_WORDS). */
static double fact_cosine(const compose_input *in, size_t a, size_t b)
{
    shared_terms sh = share(in, a, b);
    return sh.dot_words < SAME_FACT_WORDS ? 0 : sh.dot;
}

/* 1 when sentences a and b share a name term. */
static int share_name(const compose_input *in, size_t a, size_t b)
{
    return share(in, a, b).names > 0;
}

/* Two figures for one counted thing of one place or event are one running
 * figure, told at two hours ("killed at least 74", "at least 129 died").
 * The shared name keeps apart the tolls of two storms, or of an earlier
 * disaster recalled; without it, DUC 2003 point coverage fell (R-2 at 100
 * words, tuning .08785 -> .08645, held-out .08294 -> .07581). */
static int same_figure(const ctx *c, size_t a, size_t b)
{
    return (c->in->s[a].counted & c->in->s[b].counted) && share_name(c->in, a, b);
}

/* Inverted index over all sentences; then, for each candidate, the
 * sentences of other documents whose cosine reaches SAME_FACT or that give
 * the same running figure (same_figure: they share a name, so a posting
 * finds them). */
static brief_status find_neighbours(ctx *c)
{
    const compose_input *in = c->in;
    for (size_t i = 0; i < in->n; i++) c->nb[i].nsources = 1;
    /* One document has no other to tell its facts: every posting would be
     * read and passed over, for each sentence. */
    if (in->ndocs <= 1) return BRIEF_OK;
    size_t nt = in->nterms ? in->nterms : 1;
    uint32_t *count = arena_calloc(c->tmp, nt, sizeof *count);
    if (!count) return BRIEF_ENOMEM;
    for (size_t i = 0; i < in->n; i++)
        for (uint32_t k = 0; k < in->s[i].vec->n; k++) count[in->s[i].vec->term[k]]++;
    posting **post = arena_alloc(c->tmp, nt * sizeof *post);
    uint32_t *fill = arena_calloc(c->tmp, nt, sizeof *fill);
    if (!post || !fill) return BRIEF_ENOMEM;
    for (size_t t = 0; t < nt; t++) {
        post[t] = count[t] && count[t] <= MAX_POSTING
                      ? arena_alloc(c->tmp, count[t] * sizeof **post)
                      : NULL;
        if (count[t] && count[t] <= MAX_POSTING && !post[t]) return BRIEF_ENOMEM;
    }
    for (size_t i = 0; i < in->n; i++)
        for (uint32_t k = 0; k < in->s[i].vec->n; k++) {
            uint32_t t = in->s[i].vec->term[k];
            if (post[t]) post[t][fill[t]++] = (posting){(uint32_t)i, in->s[i].vec->w[k]};
        }

    double *dot = arena_calloc(c->tmp, in->n ? in->n : 1, sizeof *dot);
    double *words = arena_calloc(c->tmp, in->n ? in->n : 1, sizeof *words);
    uint32_t *touched = arena_alloc(c->tmp, (in->n ? in->n : 1) * sizeof *touched);
    if (!dot || !words || !touched) return BRIEF_ENOMEM;
    for (size_t i = 0; i < in->n; i++) {
        neighbours *nb = &c->nb[i];
        if (!c->candidate[i]) continue;
        const svec *v = in->s[i].vec;
        size_t nt_touched = 0;
        for (uint32_t k = 0; k < v->n; k++) {
            uint32_t t = v->term[k];
            if (!post[t]) continue;
            for (uint32_t p = 0; p < fill[t]; p++) {
                uint32_t j = post[t][p].sent;
                if (in->s[j].doc == in->s[i].doc) continue;
                if (dot[j] == 0) touched[nt_touched++] = j;
                double x = (double)v->w[k] * post[t][p].w;
                dot[j] += x;
                if (!is_name(in, t)) words[j] += x;
            }
        }
        uint32_t same = 0;
        for (size_t k = 0; k < nt_touched; k++) {
            uint32_t j = touched[k];
            if (words[j] < SAME_FACT_WORDS) dot[j] = -1; /* names only */
            same += dot[j] >= SAME_FACT || same_figure(c, i, j);
        }
        nb->sent = arena_alloc(c->tmp, (same ? same : 1) * sizeof *nb->sent);
        if (!nb->sent) return BRIEF_ENOMEM;
        c->stamp_now++;
        c->stamp[in->s[i].doc] = c->stamp_now;
        for (size_t k = 0; k < nt_touched; k++) {
            uint32_t j = touched[k];
            if (dot[j] >= SAME_FACT || same_figure(c, i, j)) {
                nb->sent[nb->n++] = j;
                if (c->stamp[in->s[j].doc] != c->stamp_now) {
                    c->stamp[in->s[j].doc] = c->stamp_now;
                    nb->nsources++;
                }
            }
            dot[j] = 0;
            words[j] = 0;
        }
    }
    return BRIEF_OK;
}

static double effective(const ctx *c, size_t i)
{
    return c->weight[i] * pow(SOURCE_DECAY, (double)c->uses[c->in->s[i].doc]);
}

/* Marks i and every sentence telling the same fact as taken. */
static void take(ctx *c, size_t i)
{
    c->taken[i] = 1;
    for (uint32_t k = 0; k < c->nb[i].n; k++) c->taken[c->nb[i].sent[k]] = 1;
    /* Candidates of i's own document that are its near-duplicates. */
    for (size_t j = 0; j < c->in->n; j++)
        if (!c->taken[j] && c->candidate[j] && c->in->s[j].doc == c->in->s[i].doc &&
            fact_cosine(c->in, i, j) >= SAME_FACT)
            c->taken[j] = 1;
}

/* The sources carrying fact i, ascending, 1-based. */
static brief_status fact_sources(ctx *c, size_t i, const size_t **out, size_t *n)
{
    const compose_input *in = c->in;
    size_t *src = arena_alloc(c->out, (c->nb[i].nsources + 1) * sizeof *src);
    if (!src) return BRIEF_ENOMEM;
    c->stamp_now++;
    size_t k = 0;
    c->stamp[in->s[i].doc] = c->stamp_now;
    src[k++] = (size_t)in->s[i].doc + 1;
    for (uint32_t m = 0; m < c->nb[i].n; m++) {
        uint32_t d = in->s[c->nb[i].sent[m]].doc;
        if (c->stamp[d] != c->stamp_now) {
            c->stamp[d] = c->stamp_now;
            src[k++] = (size_t)d + 1;
        }
    }
    for (size_t a = 1; a < k; a++)
        for (size_t b = a; b > 0 && src[b - 1] > src[b]; b--) {
            size_t t = src[b];
            src[b] = src[b - 1];
            src[b - 1] = t;
        }
    *out = src;
    *n = k;
    return BRIEF_OK;
}

/* 1 when the sorted vector v holds term t. */
static int holds(const svec *v, uint32_t t)
{
    uint32_t lo = 0, hi = v->n;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (v->term[mid] == t) return 1;
        if (v->term[mid] < t) lo = mid + 1;
        else hi = mid;
    }
    return 0;
}

/* 1 when sentence a can stand for what definite sentence i refers to: it
 * holds one of the words of i's subject, or comes just before i's opening
 * clause. */
static int antecedent(const compose_input *in, size_t i, size_t a)
{
    /* An opening clause ("After the meeting,") points at one event: the
     * one its article told just before, not any meeting. */
    if (in->s[i].definite == 2)
        return in->s[a].doc == in->s[i].doc && in->s[a].index + 1 == in->s[i].index;
    for (uint32_t k = 0; k < in->s[i].nref; k++)
        if (holds(in->s[a].vec, in->s[i].ref[k])) return 1;
    return 0;
}

/* 1 when sentence i can be shown after what is shown now: it names what
 * it is about, or a shown sentence introduced it. */
static int anchored(const ctx *c, size_t i)
{
    if (!c->in->s[i].definite) return 1;
    for (size_t k = 0; k < c->nshown; k++)
        if (antecedent(c->in, i, c->shown[k])) return 1;
    return 0;
}

/* The share of sentence a's weight on words that are not names (its squared
 * TF-IDF weights, so rare words count most) that sentence b holds too.  A
 * short sentence can be wholly inside a long one and still have a cosine
 * below REDUNDANT with it, the long one's other words making up the norm. */
static double told_in(const compose_input *in, size_t a, size_t b)
{
    const svec *x = in->s[a].vec;
    double all = 0;
    for (uint32_t i = 0; i < x->n; i++)
        if (!is_name(in, x->term[i])) all += (double)x->w[i] * x->w[i];
    return all > 0 ? share(in, a, b).own_words / all : 0;
}

/* 1 when candidate i says nothing the lead and the points shown have not:
 * close to one of them, the same running figure, or its own words mostly
 * told in one already.  Only that direction: a candidate holding all of a
 * shown point says more than it. */
static int redundant(const ctx *c, size_t i)
{
    for (size_t k = 0; k < c->nshown; k++)
        if (fact_cosine(c->in, i, c->shown[k]) >= REDUNDANT || same_figure(c, i, c->shown[k]) ||
            told_in(c->in, i, c->shown[k]) >= TOLD_ALREADY)
            return 1;
    return 0;
}

/* The best untaken candidate by effective weight, or SIZE_MAX.  Redundant
 * candidates are marked taken as they are met. */
static size_t best_candidate(ctx *c)
{
    size_t best = SIZE_MAX;
    double bw = 0;
    for (size_t i = 0; i < c->in->n; i++) {
        if (!c->candidate[i] || c->taken[i]) continue;
        if (redundant(c, i)) {
            c->taken[i] = 1;
            continue;
        }
        /* Not yet: it may be shown once its antecedent is. */
        if (!anchored(c, i)) continue;
        double w = effective(c, i);
        if (w > bw) {
            bw = w;
            best = i;
        }
    }
    return best;
}

/* Among the candidates telling the same fact as i, the one from the least
 * used source (ties: the higher weight). */
static size_t representative(const ctx *c, size_t i)
{
    size_t best = i;
    for (uint32_t k = 0; k < c->nb[i].n; k++) {
        size_t j = c->nb[i].sent[k];
        if (!c->candidate[j] || c->taken[j] || redundant(c, j) || !anchored(c, j)) continue;
        uint32_t uj = c->uses[c->in->s[j].doc], ub = c->uses[c->in->s[best].doc];
        if (uj < ub || (uj == ub && c->weight[j] > c->weight[best])) best = j;
    }
    return best;
}

/* Wire leads run 20-45 words; the shorter ones read as headlines. */
#define HEADLINE_WORDS 25

static char *copy(arena *ar, const char *s)
{
    return s ? arena_strdup(ar, s) : NULL;
}

/* A trailing " | Section" or " - Site" names where a title was published,
 * not the story; it is left out when what remains reads as a headline. */
static char *headline_of(arena *ar, const char *title)
{
    size_t len = strlen(title);
    const char *cut = NULL;
    for (const char *p = title; (p = strstr(p, " | ")) != NULL; p += 3) cut = p;
    if (cut) {
        size_t words = 1;
        for (const char *p = title; p < cut; p++) words += *p == ' ';
        if (words >= 3) len = (size_t)(cut - title);
    }
    return arena_strndup(ar, title, len);
}

static brief_status choose_headline(ctx *c, brief_digest *d, size_t lead)
{
    const compose_input *in = c->in;
    size_t nt = in->nterms ? in->nterms : 1;
    double *centroid = arena_calloc(c->tmp, nt, sizeof *centroid);
    if (!centroid) return BRIEF_ENOMEM;
    for (size_t i = 0; i < in->n; i++)
        for (uint32_t k = 0; k < in->s[i].vec->n; k++)
            centroid[in->s[i].vec->term[k]] += in->s[i].score * in->s[i].vec->w[k];
    size_t best = SIZE_MAX;
    double bs = -1;
    for (size_t di = 0; di < in->ndocs; di++) {
        const compose_doc *doc = &in->docs[di];
        if (!doc->title || !doc->title_vec) continue;
        double s = 0;
        for (uint32_t k = 0; k < doc->title_vec->n; k++)
            s += centroid[doc->title_vec->term[k]] * doc->title_vec->w[k];
        /* Loaded, questioning or exclaiming titles are not the brief's
         * voice: they come last. */
        if (doc->title_neutral & (NEUTRAL_LOADED | NEUTRAL_FIRST)) s *= 0.3;
        if (strchr(doc->title, '?') || strchr(doc->title, '!')) s *= 0.5;
        if (s > bs) {
            bs = s;
            best = di;
        }
    }
    if (best != SIZE_MAX) {
        d->headline = headline_of(c->out, in->docs[best].title);
        d->headline_source = best + 1;
    } else {
        d->headline = copy(c->out, lead != SIZE_MAX ? in->s[lead].text : in->s[0].text);
        d->headline_source = 0;
    }
    return d->headline ? BRIEF_OK : BRIEF_ENOMEM;
}

/* ---- quotes ----------------------------------------------------------- */

/* The quoted words without the comma that hands over to the attribution
 * ("…in contact," the ministry said): still verbatim, and reads whole. */
static char *quote_text(arena *ar, const char *s)
{
    size_t n = strlen(s);
    while (n > 0 && (s[n - 1] == ',' || s[n - 1] == ' ')) n--;
    return arena_strndup(ar, s, n);
}

/* A quote from a side already heard counts this much: on the seeds, four
 * quotes then come from the US, Russia, the UK and Ukraine rather than
 * two from one government. */
#define SAME_SIDE 0.6

/* Two roles name the same side when their first words agree ("US envoy",
 * "US President"; "Russian President", "Russian Foreign Minister"). */
static int same_side(const char *a, const char *b)
{
    size_t i = 0;
    while (a[i] && a[i] != ' ' && b[i] && b[i] != ' ' && a[i] == b[i]) i++;
    return i > 0 && (a[i] == ' ' || a[i] == '\0') && (b[i] == ' ' || b[i] == '\0');
}

static size_t word_count(const char *s)
{
    size_t n = 0;
    for (int in = 0; *s; s++) {
        int w = *s != ' ';
        n += w && !in;
        in = w;
    }
    return n;
}

/* Quotes are grouped when they render one statement; a group is shown by
 * its strongest full quote with a speaker (of a readable length, weighted
 * by the TextRank score of its sentence), and lists every source that
 * carries the statement, partial or unattributed renderings included. */
/* The quotes of a story in groups: the same words told by several
 * sources, each with the one quote shown for it and its weight. */
typedef struct quote_groups {
    size_t *group;       /* per quote: the first quote of its group */
    size_t *shown;       /* per group leader: the quote shown, or SIZE_MAX */
    double *w;           /* per group leader: the weight of that quote */
    unsigned char *used; /* per group leader: already chosen */
    size_t *sources;     /* per group leader: the documents carrying it */
} quote_groups;

/* The (group, document) of a quote, to count each group's documents once. */
typedef struct group_doc {
    size_t group;
    uint32_t doc;
} group_doc;

static int by_group_doc(const void *pa, const void *pb)
{
    const group_doc *a = pa, *b = pb;
    if (a->group != b->group) return a->group < b->group ? -1 : 1;
    return a->doc < b->doc ? -1 : a->doc > b->doc;
}

/* qg->sources of every leader: the distinct documents of its quotes,
 * counted once, for group_weight asks for them on every choice. */
static brief_status count_group_sources(ctx *c, quote_groups *qg)
{
    size_t nq = c->in->nq;
    group_doc *gd = arena_alloc(c->tmp, (nq + 1) * sizeof *gd);
    qg->sources = arena_calloc(c->tmp, nq + 1, sizeof *qg->sources);
    if (!gd || !qg->sources) return BRIEF_ENOMEM;
    for (size_t i = 0; i < nq; i++) gd[i] = (group_doc){qg->group[i], c->in->q[i].doc};
    qsort(gd, nq, sizeof *gd, by_group_doc);
    for (size_t i = 0; i < nq; i++)
        if (i == 0 || gd[i].group != gd[i - 1].group || gd[i].doc != gd[i - 1].doc)
            qg->sources[gd[i].group]++;
    return BRIEF_OK;
}

/* Each quote joins the first earlier group it matches (quote_groups.h). */
static brief_status group_quotes(ctx *c, quote_groups *qg)
{
    size_t nq = c->in->nq;
    const char **text = arena_alloc(c->tmp, (nq + 1) * sizeof *text);
    size_t *words = arena_alloc(c->tmp, (nq + 1) * sizeof *words);
    qg->group = arena_alloc(c->tmp, (nq + 1) * sizeof *qg->group);
    qg->shown = arena_alloc(c->tmp, (nq + 1) * sizeof *qg->shown);
    qg->w = arena_calloc(c->tmp, nq + 1, sizeof *qg->w);
    qg->used = arena_calloc(c->tmp, nq + 1, 1);
    if (!text || !words || !qg->group || !qg->shown || !qg->w || !qg->used) return BRIEF_ENOMEM;
    for (size_t i = 0; i < nq; i++) {
        text[i] = c->in->q[i].text;
        words[i] = c->in->q[i].words;
        qg->shown[i] = SIZE_MAX;
    }
    brief_status st = quote_groups_find(c->tmp, text, words, nq, qg->group);
    return st == BRIEF_OK ? count_group_sources(c, qg) : st;
}

/* Per group, the quote to show: full, attributed, of a quote's length, not
 * reported before, the strongest. */
static brief_status pick_shown(ctx *c, quote_groups *qg)
{
    for (size_t i = 0; i < c->in->nq; i++) {
        const compose_quote *q = &c->in->q[i];
        if (!q->speaker || q->partial || q->words < 5 || q->words > 80) continue;
        if (c->nseen) {
            char *shown_text = quote_text(c->tmp, q->text);
            if (!shown_text) return BRIEF_ENOMEM;
            if (seen_before(c->seen, c->nseen, shown_text)) continue;
        }
        /* Quotes of 10 words or more read best; shorter ones say little. */
        double len = q->words < 10 ? (double)q->words / 10 : 1;
        double qw = q->score * len;
        size_t g = qg->group[i];
        if (qw > qg->w[g] || qg->shown[g] == SIZE_MAX) {
            qg->w[g] = qw;
            qg->shown[g] = i;
        }
    }
    return BRIEF_OK;
}

/* The weight of group g: its quote's, more with every source carrying it,
 * less when a side already quoted speaks again.  Sides: a speaker whose
 * role starts like one already quoted ("Russian President", "Russian
 * Foreign Minister") speaks for the same side; the other sides are heard
 * first. */
static double group_weight(ctx *c, const quote_groups *qg, size_t g, const char *const *side,
                           size_t k)
{
    const compose_input *in = c->in;
    double sw = qg->w[g] * (1 + SUPPORT_BONUS * (double)(qg->sources[g] - 1));
    const char *role = in->q[qg->shown[g]].role;
    for (size_t m = 0; role && m < k; m++)
        if (side[m] && same_side(side[m], role)) return sw * SAME_SIDE;
    return sw;
}

/* The fullest role any source gives the speaker: more words win ("UK
 * Prime Minister" over "Prime Minister"); at equal length the quote's own
 * role stays ("US envoy", not "special envoy"). */
static const char *fullest_role(const compose_input *in, const compose_quote *q)
{
    const char *role = q->role;
    for (size_t i = 0; i < in->nq; i++)
        if (in->q[i].role && in->q[i].speaker && text_equal_nocase(in->q[i].speaker, q->speaker) &&
            (!role || word_count(in->q[i].role) > word_count(role)))
            role = in->q[i].role;
    return role;
}

/* Quote bq shows group g: its text, speaker, fullest role and sources. */
static brief_status fill_quote(ctx *c, const quote_groups *qg, size_t g, brief_quote *bq)
{
    const compose_input *in = c->in;
    const compose_quote *q = &in->q[qg->shown[g]];
    bq->text = quote_text(c->out, q->text);
    bq->speaker = copy(c->out, q->speaker);
    const char *role = fullest_role(in, q);
    bq->role = copy(c->out, role);
    bq->doc = q->doc;
    bq->start = q->start;
    bq->end = q->end;
    size_t *src = arena_alloc(c->out, in->ndocs * sizeof *src);
    if (!bq->text || !bq->speaker || (role && !bq->role) || !src) return BRIEF_ENOMEM;
    size_t ns = 0;
    for (size_t di = 0; di < in->ndocs; di++)
        for (size_t i = g; i < in->nq; i++)
            if (qg->group[i] == g && in->q[i].doc == di) {
                src[ns++] = di + 1;
                break;
            }
    bq->sources = src;
    bq->nsources = ns;
    return BRIEF_OK;
}

/* The strongest group not chosen yet, or SIZE_MAX. */
static size_t best_group(ctx *c, const quote_groups *qg, const char *const *side, size_t k)
{
    size_t best = SIZE_MAX;
    double bw = -1;
    for (size_t g = 0; g < c->in->nq; g++) {
        if (qg->group[g] != g || qg->used[g] || qg->shown[g] == SIZE_MAX) continue;
        double sw = group_weight(c, qg, g, side, k);
        if (sw > bw) {
            bw = sw;
            best = g;
        }
    }
    return best;
}

/* At most max_quotes quotes, one per speaker, the strongest groups first. */
static brief_status choose_quotes(ctx *c, const brief_compose_options *o, brief_digest *d)
{
    if (c->in->nq == 0 || o->max_quotes == 0) return BRIEF_OK;
    quote_groups qg;
    brief_status st = group_quotes(c, &qg);
    if (st == BRIEF_OK) st = pick_shown(c, &qg);
    if (st != BRIEF_OK) return st;
    brief_quote *out = arena_calloc(c->out, o->max_quotes, sizeof *out);
    /* The role each shown quote came with: the side it speaks for. */
    const char **side = arena_calloc(c->tmp, o->max_quotes, sizeof *side);
    if (!out || !side) return BRIEF_ENOMEM;
    size_t k = 0, best;
    while (k < o->max_quotes && (best = best_group(c, &qg, side, k)) != SIZE_MAX) {
        qg.used[best] = 1;
        const compose_quote *q = &c->in->q[qg.shown[best]];
        int dup = 0;
        for (size_t m = 0; m < k; m++) dup |= text_equal_nocase(out[m].speaker, q->speaker);
        if (dup) continue;
        side[k] = q->role;
        if ((st = fill_quote(c, &qg, best, &out[k])) != BRIEF_OK) return st;
        k++;
    }
    const brief_quote **outp = arena_alloc(c->out, (k ? k : 1) * sizeof *outp);
    if (!outp) return BRIEF_ENOMEM;
    for (size_t i = 0; i < k; i++) outp[i] = &out[i];
    d->quotes = outp;
    d->nquotes = k;
    return BRIEF_OK;
}

/* ---- the digest ------------------------------------------------------- */

/* The weight of fact i for the lead and the headline: a claim counts
 * less than a fact told as a fact. */
static double told_as_fact(const ctx *c, size_t i)
{
    return c->weight[i] * (c->in->s[i].neutral & NEUTRAL_CLAIM ? 0.8 : 1);
}

/* The lead is read first: a sentence that refers back to something
 * unseen cannot be it. */
static double lead_weight(const ctx *c, size_t i)
{
    return c->in->s[i].definite ? 0 : told_as_fact(c, i);
}

/* Makes sentence i the lead (replacing any earlier choice) and marks its
 * fact as shown. */
static brief_status show_lead(ctx *c, brief_digest *d, arena *out_ar, size_t i)
{
    d->lead = copy(out_ar, c->in->s[i].text);
    if (!d->lead) return BRIEF_ENOMEM;
    d->lead_source = (size_t)c->in->s[i].doc + 1;
    take(c, i);
    c->shown[c->nshown++] = i;
    c->uses[c->in->s[i].doc]++;
    return BRIEF_OK;
}

/* The scratch arrays of one composition. */
static brief_status ctx_init(ctx *c, arena *out_ar, arena *scratch, const compose_input *in,
                             const brief_compose_options *o)
{
    memset(c, 0, sizeof *c);
    c->in = in;
    c->out = out_ar;
    c->tmp = scratch;
    size_t n = in->n, nd = in->ndocs ? in->ndocs : 1;
    c->nb = arena_calloc(scratch, n, sizeof *c->nb);
    c->weight = arena_calloc(scratch, n, sizeof *c->weight);
    c->candidate = arena_calloc(scratch, n, 1);
    c->taken = arena_calloc(scratch, n, 1);
    c->uses = arena_calloc(scratch, nd, sizeof *c->uses);
    c->stamp = arena_calloc(scratch, nd, sizeof *c->stamp);
    /* the lead, a second lead for untitled stories, and the points */
    c->shown = arena_alloc(scratch, (o->max_points + 2) * sizeof *c->shown);
    if (!c->shown || !c->nb || !c->weight || !c->candidate || !c->taken || !c->uses || !c->stamp)
        return BRIEF_ENOMEM;
    /* What an earlier brief reported, sorted for lookup: once by the
     * caller for a whole day, else here for this story. */
    if (o->nseen && o->seen_sorted) {
        c->seen = o->seen;
        c->nseen = o->nseen;
    } else if (o->nseen) {
        const char **seen = arena_alloc(scratch, o->nseen * sizeof *seen);
        if (!seen) return BRIEF_ENOMEM;
        memcpy(seen, o->seen, o->nseen * sizeof *seen);
        qsort(seen, o->nseen, sizeof *seen, cmp_str);
        c->seen = seen;
        c->nseen = o->nseen;
    }
    return BRIEF_OK;
}

/* Sentences that may be shown: not reported before, readable alone, not
 * loaded or in the first person, of a key point's length.  A story of
 * fragments and questions still gets a brief: then every sentence not
 * reported before may.  0 when every sentence was reported before. */
static int mark_candidates(ctx *c)
{
    const compose_input *in = c->in;
    int any = 0;
    for (size_t i = 0; i < in->n; i++) {
        const compose_sentence *s = &in->s[i];
        c->candidate[i] = !seen_before(c->seen, c->nseen, s->text) && s->usable &&
                          !(s->neutral & (NEUTRAL_LOADED | NEUTRAL_FIRST)) &&
                          s->words >= MIN_POINT_WORDS && s->words <= MAX_POINT_WORDS &&
                          s->vec->n > 0;
        any |= c->candidate[i];
    }
    if (!any)
        for (size_t i = 0; i < in->n; i++)
            any |= c->candidate[i] = !seen_before(c->seen, c->nseen, in->s[i].text);
    return any;
}

/* The candidate weighing most by `weigh`, or SIZE_MAX; with openings_only,
 * among the first sentences of articles. */
static size_t strongest(const ctx *c, int openings_only, double (*weigh)(const ctx *, size_t))
{
    size_t best = SIZE_MAX;
    double bw = 0;
    for (size_t i = 0; i < c->in->n; i++) {
        if (!c->candidate[i] || (openings_only && c->in->s[i].index != 0)) continue;
        double w = weigh(c, i);
        if (w > bw) {
            bw = w;
            best = i;
        }
    }
    return best;
}

/* A headline is read at a glance: words beyond HEADLINE_WORDS count
 * against an opening sentence in proportion. */
static double as_headline(const ctx *c, size_t i)
{
    double w = told_as_fact(c, i);
    size_t words = c->in->s[i].words;
    return words > HEADLINE_WORDS ? w / ((double)words / HEADLINE_WORDS) : w;
}

/*
 * With no title to choose from (wire copy), the headline is the strongest
 * opening sentence of an article: a news lead is written to be read first
 * and alone, where a sentence from further down leans on what came before
 * it ("those attacks").  When that is the lead itself, the next fact
 * becomes the lead, so the brief does not open by saying the same
 * sentence twice.  *from receives the sentence the headline comes from.
 */
static brief_status untitled_headline(ctx *c, brief_digest *d, size_t lead, size_t *from)
{
    const compose_input *in = c->in;
    *from = lead;
    for (size_t di = 0; di < in->ndocs; di++)
        if (in->docs[di].title && in->docs[di].title_vec) return BRIEF_OK;
    size_t opening = strongest(c, 1, as_headline);
    if (opening != SIZE_MAX && opening != lead && !c->taken[opening]) {
        *from = opening;
        take(c, opening);
        c->shown[c->nshown++] = opening;
        return BRIEF_OK;
    }
    size_t second = best_candidate(c);
    return second == SIZE_MAX ? BRIEF_OK : show_lead(c, d, c->out, second);
}

/* Point p tells fact i through its representative r. */
static brief_status fill_point(ctx *c, size_t i, size_t r, brief_point *p)
{
    const compose_sentence *s = &c->in->s[r];
    p->text = copy(c->out, s->text);
    if (!p->text) return BRIEF_ENOMEM;
    p->doc = s->doc;
    p->start = s->start;
    p->end = s->end;
    p->score = c->weight[i];
    /* The fact's sources: those of i and of r (the same fact). */
    return fact_sources(c, c->nb[r].nsources >= c->nb[i].nsources ? r : i, &p->sources,
                        &p->nsources);
}

/* Facts first, then claims; within each, the stronger first (insertion
 * sort: there are a handful). */
static void order_points(const ctx *c, brief_point *pts, size_t *order, size_t np)
{
    for (size_t a = 1; a < np; a++)
        for (size_t b = a; b > 0; b--) {
            int cb = (c->in->s[order[b]].neutral & NEUTRAL_CLAIM) != 0;
            int ca = (c->in->s[order[b - 1]].neutral & NEUTRAL_CLAIM) != 0;
            if (ca < cb || (ca == cb && pts[b - 1].score >= pts[b].score)) break;
            brief_point t = pts[b];
            pts[b] = pts[b - 1];
            pts[b - 1] = t;
            size_t u = order[b];
            order[b] = order[b - 1];
            order[b - 1] = u;
        }
}

/* A point that refers back (definite) comes after the first point that
 * introduced what it refers to, when nothing shown before the points
 * (shown[0..nbefore): the lead, an untitled story's headline) did.  Each
 * point moves at most once, so two points that refer to each other stay. */
static void keep_antecedents_first(const ctx *c, brief_point *pts, size_t *order, size_t np,
                                   size_t nbefore)
{
    const compose_input *in = c->in;
    unsigned char *moved = arena_calloc(c->tmp, np ? np : 1, 1);
    if (!moved) return; /* the order stays as ranked */
    for (size_t p = 0; p < np; p++) {
        size_t i = order[p];
        if (!in->s[i].definite || moved[p]) continue;
        int before = 0;
        for (size_t k = 0; k < nbefore && !before; k++) before = antecedent(in, i, c->shown[k]);
        for (size_t q = 0; q < p && !before; q++) before = antecedent(in, i, order[q]);
        if (before) continue;
        size_t a = p + 1;
        while (a < np && !antecedent(in, i, order[a])) a++;
        if (a == np) continue;
        /* Point p goes to just after point a. */
        brief_point t = pts[p];
        memmove(&pts[p], &pts[p + 1], (a - p) * sizeof *pts);
        pts[a] = t;
        memmove(&order[p], &order[p + 1], (a - p) * sizeof *order);
        order[a] = i;
        memmove(&moved[p], &moved[p + 1], a - p);
        moved[a] = 1;
        p--;
    }
}

/* The key points: the strongest facts left, until max_points or, past
 * min_points, until they grow weak next to the first. */
static brief_status choose_points(ctx *c, const brief_compose_options *o, brief_digest *d)
{
    size_t maxp = o->max_points;
    brief_point *pts = arena_calloc(c->out, maxp ? maxp : 1, sizeof *pts);
    size_t *order = arena_alloc(c->tmp, (maxp ? maxp : 1) * sizeof *order);
    if (!pts || !order) return BRIEF_ENOMEM;
    size_t np = 0, nbefore = c->nshown;
    double top = 0;
    while (np < maxp) {
        size_t i = best_candidate(c);
        if (i == SIZE_MAX) break;
        if (np == 0) top = c->weight[i];
        if (np >= o->min_points && c->weight[i] < WEAK_FACT * top) break;
        size_t r = representative(c, i);
        brief_status st = fill_point(c, i, r, &pts[np]);
        if (st != BRIEF_OK) return st;
        order[np] = r;
        take(c, i);
        take(c, r);
        c->shown[c->nshown++] = r;
        c->uses[c->in->s[r].doc]++;
        np++;
    }
    order_points(c, pts, order, np);
    keep_antecedents_first(c, pts, order, np, nbefore);
    const brief_point **ptp = arena_alloc(c->out, (np ? np : 1) * sizeof *ptp);
    if (!ptp) return BRIEF_ENOMEM;
    for (size_t i = 0; i < np; i++) ptp[i] = &pts[i];
    d->points = ptp;
    d->npoints = np;
    return BRIEF_OK;
}

/* The numbered sources and the language. */
static brief_status list_sources(ctx *c, brief_digest *d)
{
    const compose_input *in = c->in;
    size_t nd = in->ndocs ? in->ndocs : 1;
    brief_source *src = arena_calloc(c->out, nd, sizeof *src);
    const brief_source **srcp = arena_alloc(c->out, nd * sizeof *srcp);
    if (!src || !srcp) return BRIEF_ENOMEM;
    for (size_t di = 0; di < in->ndocs; di++) {
        srcp[di] = &src[di];
        src[di].id = di + 1;
        src[di].title = copy(c->out, in->docs[di].title);
        src[di].name = copy(c->out, in->docs[di].name);
        src[di].file = copy(c->out, in->docs[di].file);
        src[di].url = copy(c->out, in->docs[di].url);
        src[di].date = copy(c->out, in->docs[di].date);
        src[di].author = copy(c->out, in->docs[di].author);
        if ((in->docs[di].title && !src[di].title) || !src[di].name || !src[di].file ||
            (in->docs[di].url && !src[di].url) || (in->docs[di].date && !src[di].date) ||
            (in->docs[di].author && !src[di].author))
            return BRIEF_ENOMEM;
    }
    d->sources = srcp;
    d->nsources = in->ndocs;
    d->language = copy(c->out, in->language);
    return d->language ? BRIEF_OK : BRIEF_ENOMEM;
}

brief_status compose_digest(arena *out_ar, arena *scratch, const compose_input *in,
                            const brief_compose_options *o, brief_digest *d)
{
    memset(d, 0, sizeof *d);
    if (in->n == 0) return BRIEF_EEMPTY;
    ctx c;
    brief_status st = ctx_init(&c, out_ar, scratch, in, o);
    if (st != BRIEF_OK) return st;
    /* A story told in full before keeps its lead, so it can be listed as
     * unchanged, and shows nothing else again. */
    int fresh = mark_candidates(&c);
    if (!fresh) memset(c.candidate, 1, in->n * sizeof *c.candidate);
    if ((st = find_neighbours(&c)) != BRIEF_OK) return st;
    for (size_t i = 0; i < in->n; i++)
        c.weight[i] = in->s[i].score * (1 + SUPPORT_BONUS * (double)(c.nb[i].nsources - 1));
    /* The lead: the strongest fact, told as a fact. */
    size_t lead = strongest(&c, 0, lead_weight);
    if (lead == SIZE_MAX) lead = strongest(&c, 0, told_as_fact);
    if (lead == SIZE_MAX) return BRIEF_EEMPTY;
    if ((st = show_lead(&c, d, out_ar, lead)) != BRIEF_OK) return st;
    size_t headline_from;
    if ((st = untitled_headline(&c, d, lead, &headline_from)) != BRIEF_OK) return st;
    if (!fresh) memset(c.candidate, 0, in->n * sizeof *c.candidate);
    if ((st = choose_points(&c, o, d)) != BRIEF_OK) return st;
    if ((st = choose_headline(&c, d, headline_from)) != BRIEF_OK) return st;
    if ((st = choose_quotes(&c, o, d)) != BRIEF_OK) return st;
    return list_sources(&c, d);
}
