/*
 * cluster.c - stage 9: documents into stories.
 *
 * Method: group-average agglomerative clustering (UPGMA; Manning, Raghavan
 * and Schuetze, "Introduction to Information Retrieval", ch. 17.3) run
 * greedily over a sparse nearest-neighbour graph instead of all pairs:
 *
 *  1. Candidates.  Each document is indexed under its INDEX_TERMS heaviest
 *     terms (weight = its TF-IDF entry), leaving out terms that occur in
 *     more than max(POSTING_MIN, POSTING_SHARE * n) documents: such terms
 *     do not tell stories apart, and their postings are what makes an
 *     inverted index quadratic.  Each document queries the index with the
 *     same terms, scores the documents it meets by the partial dot product,
 *     and keeps its NEIGHBOURS best; their exact cosines (a merge of the
 *     two sorted vectors) are the graph's edges.
 *  2. Merging.  Edges at or above the threshold are taken in descending
 *     order of cosine; the two groups joined by an edge merge when their
 *     group-average similarity passes the threshold.  That average is exact
 *     and cheap: the mean cosine over all cross pairs of unit vectors is
 *     (sum of A's vectors) . (sum of B's vectors) / (|A| |B|), and each
 *     group keeps its sum vector.  Passes repeat until nothing merges (a
 *     failed edge can pass after its groups have changed).
 *
 * Single link would chain a~b~c into one story when a and c are unrelated;
 * the group average needs the whole group to agree, so a later event that
 * shares names with yesterday's story (a new round of talks) stays apart
 * unless its text is about the same thing.
 *
 * Limits: greedy (edges in order, not the globally best pair each step),
 * so it is an approximation of UPGMA; a pair that neither document ranks
 * among its NEIGHBOURS best candidates cannot trigger a merge (it still
 * counts in the average once their groups meet through other edges).
 * Cost: indexing and querying are bounded by n * INDEX_TERMS * posting cap
 * (in practice the heaviest terms are rare, so postings are short); n *
 * NEIGHBOURS vector merges; merging is near-linear in the vector entries.
 * Memory beyond the vectors: ~8 bytes per indexed term (INDEX_TERMS per
 * document), 12 bytes per edge (< NEIGHBOURS per document), a few words per
 * document, the sum vectors of groups with two or more members (bounded by
 * the vector entries), and 12 bytes per term id (document frequencies and
 * posting offsets).
 *
 * Time.  A story's articles are published close together; a later event
 * on the same topic (a new round of talks) comes weeks later and retells
 * the earlier one in its background paragraphs.  So the threshold depends
 * on what the publication days say (topic detection and tracking systems
 * use time the same way, e.g. Yang, Pierce and Carbonell, "A study on
 * retrospective and on-line event detection", SIGIR 1998): groups whose
 * days are all known and within NEAR_DAYS merge at NEAR_THRESHOLD, small
 * groups within a week of a story at STRAGGLER_THRESHOLD, dated groups a
 * month or more apart need FAR_THRESHOLD.  A straggler's join also needs
 * DATED_SPECIFIC of its product on terms few other documents write and
 * no term carrying more than STRAGGLER_TERM_CAP of it (the second stage's
 * checks): at 0.07 a broad subject's vocabulary alone would do.  Without a day, an article is
 * compared on what it leads with (its first 150 content words instead of
 * 400: the event, not the background) at DEFAULT_THRESHOLD.
 *
 * Second stage (cluster_params.topic).  Without days the lead alone
 * leaves a story followed for weeks in pieces: its later articles lead
 * with the day's turn and share little with the first ones' leads.  What
 * ties them is the rest of the text (the background, the same people and
 * places all the way down).  So, after the first stage, two groups of
 * which one has no known day merge when, on a second sparse graph built
 * the same way from whole-text topic vectors (cluster_vectors.h), their
 * group average reaches TOPIC_THRESHOLD, their lead vectors still average
 * TOPIC_LEAD_FLOOR (their leads are on the same thing), and one of them
 * has at most TOPIC_SMALL documents: a fragment joins a story, but two
 * stories that each carry their own lead (a crisis and the later deal
 * between the same two countries, a first and a second round of talks)
 * stay two.  A join also needs event evidence: TOPIC_ANCHORS names
 * (anchor vectors: words written capitalized mid-sentence, so a brewer
 * named Fosters does not meet foster parents) each written by half the
 * members of both groups, and a group average that still passes when no
 * term may add more than TOPIC_TERM_CAP of the threshold (the mass of one
 * story's days is spread over its people, places and subject, that of two
 * stories sharing a word sits on the word), and TOPIC_SPECIFIC of that
 * average carried by terms that few documents beyond the two groups write
 * (at most TOPIC_SPREAD times their size: a broad subject's vocabulary,
 * written all over the day, does not vouch for one event).  Where both
 * groups have an article filed from one place (a wire dateline) that few
 * others of the day were filed from, the topic threshold and the lead
 * floor are lower (PLACE_THRESHOLD, PLACE_LEAD_FLOOR): a story's sidebar
 * leads with its own angle but is filed from where the story happens.
 * Dated pairs are left to the first stage and its days.  The
 * second graph costs what the first does (n * NEIGHBOURS edges over
 * n * INDEX_TERMS postings) plus the topic vectors' entries.
 *
 * Measured limit: on DUC 2003 (dated) B-cubed F1 is .95 (make eval); what
 * is left is mostly where the truth itself overlaps (two pairs of DUC
 * topics share 4 and 5 articles) and four weather forecast pages filed
 * under four different storms.  Without dates F1 is .89 on all 30 (.80
 * with the first stage alone).  On the BBC corpus the second stage joins
 * same-subject articles across its categories (precision against them .982
 * with the first stage alone, .966 with the second, .973 with its anchor
 * and term-cap checks, .981 with the specific-term check).  A later event mixed into a folder of unrelated older news
 * (where its shared names are rare and weigh more) joins its earlier
 * story.
 *
 * MinHash (Broder, "On the resemblance and containment of documents",
 * 1997): h_k(x) = (a_k x + b_k) mod p, p = 2^61 - 1, over the 64-bit FNV-1a
 * hash of each stem, a_k and b_k drawn from splitmix64 with a fixed seed, so
 * signatures are the same on every machine and run.
 */
#include "cluster.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"

/*
 * Tuned with brief daily on DUC 2003 (289 distinct articles in one folder,
 * 30 topics followed for up to three months, dated by their file names;
 * B-cubed F1, make eval), samples/ (undated: 000, 001, 002, 004 one story,
 * 003 - a later round of talks - apart) and the BBC corpus (undated; share
 * of groups crossing its 5 categories as an over-merging check), with the
 * vectors of cluster.h's CLUSTER_* recipe.  Figures in docs/evaluation.md.
 * Dated articles (400 lead words) within NEAR_DAYS of each other merge at
 * NEAR_THRESHOLD, farther apart at FAR_THRESHOLD (the seeds dated two
 * months apart: 003's mean cosine to the others .22).  Undated articles
 * (150 lead words) merge at DEFAULT_THRESHOLD: 003's mean cosine to the
 * other four seeds is .16, theirs to each other .29-.59; DUC without its
 * dates gives F1 .80 at 0.20 and .84 at 0.18, where 003's margin is thin.
 */
#define DEFAULT_THRESHOLD 0.20
#define NEAR_THRESHOLD 0.18
#define FAR_THRESHOLD 0.25
#define NEAR_DAYS 30
/* Heaviest terms indexed per document: 20, 40 and 100 give the same DUC
 * groups; 40 leaves room for longer texts at 320 bytes per document. */
#define INDEX_TERMS 40
/* Neighbours kept per document: 10, 20 and 40 give the same DUC groups;
 * 20 leaves room for large stories. */
#define NEIGHBOURS 20
/* Posting cap: a term in more than 5% of the documents (and more than 100)
 * is not indexed; story-specific terms are far rarer in a day's mix. */
#define POSTING_SHARE 0.05
#define POSTING_MIN 100
/* Postings a document's query may scan: its heaviest terms first, until
 * this many.  The posting cap grows with the day (5% of it), so without a
 * budget each query would cost more as the day grows: quadratic in all.
 * DUC 2003 and the BBC corpus stay under it (40 terms of at most ~110
 * postings). */
#define QUERY_POSTINGS 4096
/* Passes over the edges until no merge; 2-3 suffice in practice. */
#define MAX_PASSES 8

/* Stragglers (days known): a group of at most 3 joins a story of 3 or
 * more within a week at 0.07.  On DUC (groupeval): 0.10 gives F1 .950
 * instead of .958; groups of at most 2 .946, of at most 5 .931 (topics
 * merge); a 14-day window the same groups.  samples/ carry no dates.
 * Then, on the tuning half alone (December 2026; its three dated
 * fragments, a sidebar, a profile and the text of a law, are .072-.086
 * from their stories, filed within the week): 0.08 .964, 0.075 .971,
 * 0.07-0.06 .984 (nothing else joins), 0.05 .987 with a wrong join
 * (precision .993 -> .987); at 0.065, a 3-day window .965, 5 days .970,
 * 7-14 days .984; groups of at most 1 .900, 2-5 .984.  The BBC corpus
 * with every article dated within one month (the case of a day's
 * folder; precision against its 5 categories) chose the upper end:
 * 0.08 .941, 0.07 .939, 0.065 .933. */
/* Straggler joins on specific terms (December 2026): at least 0.4 of the
 * join's lead-vector product on terms in at most TOPIC_SPREAD times as
 * many documents as the two groups (the bound of these figures; since
 * then STRAGGLER_SPREAD's, below).  A fully dated day's folder (the BBC
 * corpus dated within one month, precision against its categories: .940,
 * 600 groups; without stragglers .977) meets 0.07 by a broad subject's
 * vocabulary; a story's sidebar or profile shares its own names and
 * turns.  groupeval dated, tuning half / all 30 / BBC month: share 0.4
 * .984 / .960 / .957 (747 groups); 0.5 .984 / .952 / .962; 0.6 .984 /
 * .939 / .970; 0.8 .984 / .935 / .977.  The same check on near joins too
 * (else the far threshold), share 0.6: .984 / .930 / .978 (0.7: tuning
 * .978, BBC .982); falling back to 0.20 or 0.22 instead of the far
 * threshold: all 30 .939 / .930.  Refused joins let their documents join
 * other groups first, which all 30 (the two halves' topics together)
 * pays for. */
#define DATED_SPECIFIC 0.4
/* And no one term may add more than 0.4 of a straggler's 0.07 (the same
 * check as the second stage's TOPIC_TERM_CAP): one shared word, however
 * rare, is not a story.  Tuning / all 30 / BBC month: 0.2 .977 / .955 /
 * .969; 0.3 .984 / .957 / .964; 0.4 .984 / .960 / .961; 0.5 .984 / .960 /
 * .960. */
#define STRAGGLER_TERM_CAP 0.4
/* Which terms count as specific for a straggler (December 2026): those in
 * at most the story's documents plus 10 per straggler document, instead of
 * TOPIC_SPREAD x both groups' sizes.  A story that grew to 20 or 30
 * articles of a broad subject (mobile phones, markets) allowed 4 x 31
 * documents per term, so the subject's whole vocabulary was specific
 * and the story took in every article of the subject written that week,
 * each join a larger target.  A sidebar's shared names and turns are the
 * story's own: written in the story, and in few documents beside it.
 * groupeval dated, DUC tuning half / all 30 / BBC month (tuning articles):
 * before .984 / .960 / .966 (762 groups); spread 6 .984 / .920 / .972;
 * 7 .984 / .950 / .969; 8 .984 / .960 / .971; 9 .984 / .960 / .968; 10
 * .984 / .960 / .970 (889 groups); 12 .984 / .960 / .970; 16 .984 / .960
 * / .966.  10 keeps two steps from where all 30 falls.  With it (at 8),
 * the same check on near joins (else the far threshold; the bound the
 * larger group plus N per document of the smaller) still costs all 30:
 * share 0.4, N 4 / 8: .984 / .925 / .976, .984 / .933 / .972; share
 * 0.6, N 4: .936 / .917 / .984. */
#define STRAGGLER_SPREAD 10

#define STRAGGLER_SIZE 3
#define STRAGGLER_THRESHOLD 0.07
#define STRAGGLER_DAYS 7

/* The second stage (pairs with a day unknown), measured with groupeval
 * on the tuning half of DUC 2003 without dates (B-cubed F1; the first
 * stage alone .728), then checked on the BBC corpus (precision against its
 * categories) and samples/.  Without the size limit: topic threshold 0.10
 * with no lead floor .876 (a crisis and the later deal between the same
 * two countries merge), lead floor 0.08 .884, 0.10 .890, 0.12 .847; topic
 * threshold 0.12 .865.  Size limit (the smaller group at most K
 * documents): K 1 .796, 2 .874, 3 .902, 4-8 .922 (the two events stay
 * apart).  With K 5: lead floor 0.08 .918, 0 .909, topic threshold 0.08
 * .922 but 003 of samples/ joins the others (its topic average to them
 * is 0.09-0.095: a thin margin under 0.10); 0.12 .895.  A cohesion ratio (a group
 * takes in only what is at least R times as close as its members are to
 * each other, on topic or on lead vectors) lost recall at every setting
 * (R 0.3 .860 / .866, 0.5 .821 / .801), so it is off (0). */
#define TOPIC_THRESHOLD 0.10
#define TOPIC_COHESION 0
#define TOPIC_LEAD_FLOOR 0.10
#define TOPIC_LEAD_COHESION 0
#define TOPIC_SMALL 5
/* Measured and not kept (December 2026, issue 11; groupeval, DUC 2003
 * undated F1 tuning / held-out / all 30, BBC undated precision and
 * groups, samples/).  Margin joins after the second stage (a single
 * article or a pair the stage left alone joins the story of 3 or more
 * whose topic average is at least 0.07 and 1.5 times that of its
 * next-best candidate group, the lead average at least 0.05, anchors and
 * term checks as above; a day with no second candidate joins nothing):
 * tuning .922 -> .953 (ratio 1.2-1.5, threshold 0.065-0.07, lead floor
 * 0-0.07 alike), held-out .937 -> .937 (not one join), all 30 .890 ->
 * .907 with precision .926 -> .917, BBC .981 (1,092 -> 1,090 groups),
 * samples/ apart; brief daily tuning .903 -> .946, held-out .937.  The
 * lead floor taken on longer leads (250 / 400 words of the dated
 * recipe) .906 / .900, on shorter ones (60 / 100) .881 / .897.  Topic
 * vectors without their first 50-300 words (the background without the
 * day's angle) .884-.895.  Topic vectors with the background IDF prior
 * .922, but 003 joins the seeds.  The size limit off or at 10 on the
 * held-out half: .937 (the same groups; on tuning .890, the crisis and
 * the deal merge).  The second stage for dated pairs too (within 3-30
 * days, with its thresholds or at 0.08 / lead 0.07): DUC tuning dated
 * .984 unchanged, all 30 dated .960 -> .950 (a wrong join, recall
 * unchanged); margin joins for dated groups within 7-30 days: no
 * change. */
/* Event evidence (groupeval, tuning half undated, then BBC precision
 * against its categories and groups; before: .922, .966 / 750).  Every
 * join the tuning half makes there shares 4 anchors or more, so anchors
 * 2-4 keep .922 (BBC .969 / 828, .975 / 886, .977 / 942 without the term
 * cap), 5 .901, 6 .872 (BBC .980); brief daily's sentence vectors lose a
 * tuning join at 3 (.903 -> .898), hence 2.  Half of each group's members
 * (share 0.7: tuning .879).  The cap on one term's part, 0.2 of the
 * threshold: the same tuning groups, BBC .966 -> .970 alone, with 2
 * anchors .973 / 857 (with 4 anchors: no cap .977, 0.5 .977, 0.3 .978,
 * 0.2 .979).
 * Case-sensitive topic vectors (a name's stem apart from the plain word's)
 * lost tuning recall (.889) and were not kept. */
#define TOPIC_ANCHORS 2
#define TOPIC_ANCHOR_SHARE 0.5
#define TOPIC_TERM_CAP 0.2
/* Specific terms (groupeval, tuning half undated, then BBC precision and
 * groups; before: .922, .973 / 857): at least 0.4 of a join's topic
 * product on terms in at most 4 times as many documents as the two
 * groups.  Spread 4: share 0.1-0.5 keep .922 (the tuning joins' lowest
 * share is .57, the next .80), BBC .976 / 889, .977 / 974, .979 / 1,047,
 * .981 / 1,092 (0.4), .980 / 1,136 (0.5).  Spread 2: share 0.2-0.4 lose a
 * tuning join (.918; BBC .980-.982); spread 1: .918 at 0.1, .866 at 0.2.
 * Spread 3, share 0.4: .922, BBC .982 / 1,118. */
#define TOPIC_SPECIFIC 0.4
#define TOPIC_SPREAD 4
/* Datelines (December 2026, issue 11).  A wire article opens with the
 * place it was filed from ("BANGKOK, Thailand (AP) _"); a story's days
 * are filed from where it happens, so two groups with members filed from
 * one place that few other articles of the day were filed from join at a
 * lower topic threshold and lead floor (every other check kept).  On the
 * DUC tuning half, pairs of articles both datelined: 193 of 493 within a
 * story share the place, 101 of 6,888 across stories (most of them
 * WASHINGTON).  groupeval, tuning half undated (before .922): topic
 * threshold 0.06-0.09 with lead floor 0-0.08 all .940 (a sidebar and a
 * pair of the same story's city join), lead floor 0.09 .929; slack (the
 * day's other articles from that place) 0-5 .940, no bound .910 (the IMF
 * talks and Congress's budget fight, both from Washington).  BBC and
 * samples/ carry no datelines: unchanged.  Two lone articles filed from
 * one place join this way too (they never join in the second stage
 * otherwise): DUC tuning pairs among BBC articles (20 folders each), seeds
 * 1000 / 2000 / 3000: F1 .963 / .962 / .957 -> .966 / .964 / .961,
 * precision unchanged; random BBC folders (no datelines) unchanged.
 * A place counts only while at most PLACE_SHARE of the day was filed
 * from it: samples/ with one dateline put before every seed ("GENEVA (AP)
 * _") made 003, the later round of talks (topic .09-.095 from the
 * others), join the four; with the share it stays apart (tuning .940 for
 * shares 0.05-1, .933 at 0.03).  Limit: in a larger day, a later event
 * filed from the same rare place as its story's first days joins more
 * easily than before; nothing but time tells the two apart. */
#define PLACE_THRESHOLD 0.08
#define PLACE_LEAD_FLOOR 0.06
#define PLACE_SLACK 2
#define PLACE_SHARE 0.25

void cluster_params_default(cluster_params *p)
{
    p->threshold = DEFAULT_THRESHOLD;
    p->index_terms = INDEX_TERMS;
    p->neighbours = NEIGHBOURS;
    p->day = NULL;
    p->near_threshold = NEAR_THRESHOLD;
    p->far_threshold = FAR_THRESHOLD;
    p->near_days = NEAR_DAYS;
    p->straggler_size = STRAGGLER_SIZE;
    p->straggler_threshold = STRAGGLER_THRESHOLD;
    p->straggler_days = STRAGGLER_DAYS;
    p->dated_specific = DATED_SPECIFIC;
    p->straggler_term_cap = STRAGGLER_TERM_CAP;
    p->straggler_spread = STRAGGLER_SPREAD;
    p->topic = NULL;
    p->topic_terms = 0;
    p->topic_threshold = TOPIC_THRESHOLD;
    p->topic_cohesion = TOPIC_COHESION;
    p->topic_lead_floor = TOPIC_LEAD_FLOOR;
    p->topic_lead_cohesion = TOPIC_LEAD_COHESION;
    p->topic_small = TOPIC_SMALL;
    p->anchor = NULL;
    p->topic_anchors = TOPIC_ANCHORS;
    p->topic_anchor_share = TOPIC_ANCHOR_SHARE;
    p->topic_term_cap = TOPIC_TERM_CAP;
    p->topic_specific = TOPIC_SPECIFIC;
    p->topic_spread = TOPIC_SPREAD;
    p->place = NULL;
    p->place_threshold = PLACE_THRESHOLD;
    p->place_lead_floor = PLACE_LEAD_FLOOR;
    p->place_slack = PLACE_SLACK;
    p->place_share = PLACE_SHARE;
}

/* ---- candidate neighbours -------------------------------------------- */

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

typedef struct edge {
    uint32_t a, b;
    float sim;
    /* The two groups (roots and versions) this edge last failed to merge:
     * while neither changes, the group average cannot change either. */
    uint32_t ra, rb, va, vb;
} edge;

static int edge_desc(const void *x, const void *y)
{
    const edge *p = x, *q = y;
    if (p->sim != q->sim) return p->sim > q->sim ? -1 : 1;
    if (p->a != q->a) return p->a < q->a ? -1 : 1;
    return p->b < q->b ? -1 : p->b > q->b;
}

typedef struct wterm {
    uint32_t term;
    float w;
} wterm;

static int wterm_desc(const void *x, const void *y)
{
    const wterm *p = x, *q = y;
    if (p->w != q->w) return p->w > q->w ? -1 : 1;
    return p->term < q->term ? -1 : p->term > q->term;
}

typedef struct cand {
    uint32_t doc;
    float score;
} cand;

static int cand_desc(const void *x, const void *y)
{
    const cand *p = x, *q = y;
    if (p->score != q->score) return p->score > q->score ? -1 : 1;
    return p->doc < q->doc ? -1 : p->doc > q->doc;
}

/* Moves the k first elements of base[0..n) in cmp's order (a total
 * order, so the set is the one a full sort gives) to the front, in no
 * particular order: quickselect with a median-of-three pivot.  Sorting
 * every candidate cost a quarter of a 20,000-article day, and sorting a
 * whole-text vector three times per document a quarter of the second
 * stage.  Elements are at most 16 bytes (cand, wterm). */
static void select_first(void *base, size_t n, size_t size, size_t k,
                         int (*cmp)(const void *, const void *))
{
    unsigned char *e = base, tmp[16];
#define AT(i) (e + (i) * size)
#define SWAP(i, j) (memcpy(tmp, AT(i), size), memcpy(AT(i), AT(j), size), memcpy(AT(j), tmp, size))
    size_t lo = 0, hi = n;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2, last = hi - 1;
        if (cmp(AT(mid), AT(lo)) < 0) SWAP(mid, lo);
        if (cmp(AT(last), AT(lo)) < 0) SWAP(last, lo);
        if (cmp(AT(mid), AT(last)) < 0) SWAP(mid, last);
        /* the pivot stays at last until the partition is done */
        size_t store = lo;
        for (size_t i = lo; i < last; i++)
            if (cmp(AT(i), AT(last)) < 0) {
                SWAP(i, store);
                store++;
            }
        SWAP(last, store);
        if (store == k || store + 1 == k) break;
        if (store > k) hi = store;
        else lo = store + 1;
    }
#undef SWAP
#undef AT
}

_Static_assert(sizeof(cand) <= 16 && sizeof(wterm) <= 16, "select_first's swap buffer");

/* The k best candidates (cand_desc order) at the front, sorted. */
static void top_candidates(cand *c, size_t n, size_t k)
{
    select_first(c, n, sizeof *c, k, cand_desc);
    qsort(c, k, sizeof *c, cand_desc);
}

/* The indexed terms of v: its `limit` heaviest among terms whose document
 * frequency is at most cap (written to sel, returns the count). */
static size_t select_terms(const svec *v, const uint32_t *df, uint32_t cap, size_t limit,
                           wterm *sel)
{
    size_t k = 0;
    for (uint32_t i = 0; i < v->n; i++)
        if (df[v->term[i]] >= 2 && df[v->term[i]] <= cap) {
            sel[k].term = v->term[i];
            sel[k++].w = v->w[i];
        }
    if (k > limit) {
        select_first(sel, k, sizeof *sel, limit, wterm_desc);
        k = limit;
    }
    return k;
}

/* The inverted index of the documents' heaviest terms (compressed sparse
 * columns: the postings of term t are post[start[t]..start[t + 1])). */
typedef struct term_index {
    uint32_t *df;       /* per term: documents whose vector has it */
    uint32_t *start;
    wterm *post;        /* (document, weight) */
    uint32_t cap;       /* terms in more documents are not indexed */
    size_t limit;       /* terms indexed per document */
    wterm *sel;         /* scratch: one document's selected terms */
} term_index;

/* Document frequencies and the posting cap; scratch for select_terms. */
static brief_status count_terms(arena *ar, const svec *vecs, size_t n, size_t nterms,
                                term_index *ix)
{
    ix->df = arena_calloc(ar, nterms ? nterms : 1, sizeof *ix->df);
    ix->start = arena_calloc(ar, nterms + 1, sizeof *ix->start);
    if (!ix->df || !ix->start) return BRIEF_ENOMEM;
    size_t maxlen = 0;
    for (size_t i = 0; i < n; i++) {
        for (uint32_t k = 0; k < vecs[i].n; k++) {
            /* A caller passing the vocabulary size with headline parts
             * (ids up to 2 * nterms) would index out of bounds. */
            if (vecs[i].term[k] >= nterms) return BRIEF_EINVAL;
            ix->df[vecs[i].term[k]]++;
        }
        if (vecs[i].n > maxlen) maxlen = vecs[i].n;
    }
    double capd = POSTING_SHARE * (double)n;
    ix->cap = capd > POSTING_MIN ? (uint32_t)capd : POSTING_MIN;
    ix->sel = arena_alloc(ar, (maxlen ? maxlen : 1) * sizeof *ix->sel);
    return ix->sel ? BRIEF_OK : BRIEF_ENOMEM;
}

/* Postings: counted, then filled. */
static brief_status build_index(arena *ar, const svec *vecs, size_t n, size_t nterms,
                                const cluster_params *p, term_index *ix)
{
    ix->limit = p->index_terms ? p->index_terms : 1;
    brief_status s = count_terms(ar, vecs, n, nterms, ix);
    if (s != BRIEF_OK) return s;
    size_t total = 0;
    for (size_t i = 0; i < n; i++) {
        size_t k = select_terms(&vecs[i], ix->df, ix->cap, ix->limit, ix->sel);
        for (size_t j = 0; j < k; j++) ix->start[ix->sel[j].term + 1]++;
        total += k;
    }
    for (size_t t = 0; t < nterms; t++) ix->start[t + 1] += ix->start[t];
    ix->post = arena_alloc(ar, (total ? total : 1) * sizeof *ix->post);
    uint32_t *fill = arena_alloc(ar, (nterms ? nterms : 1) * sizeof *fill);
    if (!ix->post || !fill) return BRIEF_ENOMEM;
    memcpy(fill, ix->start, (nterms ? nterms : 1) * sizeof *fill);
    for (size_t i = 0; i < n; i++) {
        size_t k = select_terms(&vecs[i], ix->df, ix->cap, ix->limit, ix->sel);
        for (size_t j = 0; j < k; j++) {
            ix->post[fill[ix->sel[j].term]].term = (uint32_t)i;
            ix->post[fill[ix->sel[j].term]++].w = ix->sel[j].w;
        }
    }
    return BRIEF_OK;
}

/* Per-query scratch: an accumulator per document, reset through the
 * touched list, so each query costs its postings, not n. */
typedef struct query_state {
    float *acc;
    uint32_t *touched;
    cand *cs;
} query_state;

/* Document i's best candidates (at most nb) by the partial dot product of
 * its heaviest terms, into q->cs; returns how many. */
static size_t query(const term_index *ix, const svec *vecs, size_t i, size_t nb, query_state *q)
{
    size_t k = select_terms(&vecs[i], ix->df, ix->cap, ix->limit, ix->sel);
    if (k > 1) qsort(ix->sel, k, sizeof *ix->sel, wterm_desc);
    size_t nt = 0, scanned = 0;
    for (size_t j = 0; j < k && scanned < QUERY_POSTINGS; j++) {
        uint32_t t = ix->sel[j].term;
        scanned += ix->start[t + 1] - ix->start[t];
        for (uint32_t x = ix->start[t]; x < ix->start[t + 1]; x++) {
            uint32_t d = ix->post[x].term;
            if (d == i) continue;
            if (q->acc[d] == 0) q->touched[nt++] = d;
            q->acc[d] += ix->sel[j].w * ix->post[x].w;
        }
    }
    for (size_t x = 0; x < nt; x++) {
        q->cs[x].doc = q->touched[x];
        q->cs[x].score = q->acc[q->touched[x]];
        q->acc[q->touched[x]] = 0;
    }
    if (nt <= nb) return nt;
    top_candidates(q->cs, nt, nb);
    return nb;
}

/* The lowest similarity any merge can accept. */
static double merge_floor(const cluster_params *p)
{
    double floor = p->threshold;
    if (p->day && p->near_threshold < floor) floor = p->near_threshold;
    if (p->day && p->far_threshold < floor) floor = p->far_threshold;
    if (p->day && p->straggler_threshold < floor) floor = p->straggler_threshold;
    return floor;
}

/* A growing edge list.  Edges live outside the arena: growing them there
 * would leave every outgrown copy behind. */
typedef struct edge_list {
    const brief_allocator *al;
    edge *e;
    size_t n, cap;
} edge_list;

static brief_status add_edge(edge_list *l, uint32_t a, uint32_t b, double sim)
{
    if (l->n == l->cap) {
        size_t nc = l->cap ? l->cap * 2 : 1024;
        edge *ge = mem_realloc(l->al, l->e, nc * sizeof *l->e);
        if (!ge) return BRIEF_ENOMEM;
        l->e = ge;
        l->cap = nc;
    }
    edge *x = &l->e[l->n++];
    x->a = a < b ? a : b;
    x->b = a < b ? b : a;
    x->sim = (float)sim;
    return BRIEF_OK;
}

/* Sorts by descending cosine and drops the pairs found from both sides
 * (adjacent after the sort: same similarity, same ends); returns the
 * count left. */
static size_t sort_edges(edge *e, size_t ne)
{
    if (ne) qsort(e, ne, sizeof *e, edge_desc);
    size_t u = 0;
    for (size_t x = 0; x < ne; x++)
        if (u == 0 || e[x].a != e[u - 1].a || e[x].b != e[u - 1].b) e[u++] = e[x];
    return u;
}

/* Builds the edge list: for each document its best candidates by the
 * partial dot product over indexed terms, with exact cosines at or above
 * the threshold; each pair once (a < b), by descending cosine.  *out is
 * from the arena's allocator: the caller frees it with mem_free. */
static brief_status build_edges(arena *ar, const svec *vecs, size_t n, size_t nterms,
                                const cluster_params *p, edge **out, size_t *nout)
{
    *out = NULL;
    *nout = 0;
    size_t nb = p->neighbours ? p->neighbours : 1;
    term_index ix;
    brief_status s = build_index(ar, vecs, n, nterms, p, &ix);
    if (s != BRIEF_OK) return s;
    query_state q;
    q.acc = arena_calloc(ar, n ? n : 1, sizeof *q.acc);
    q.touched = arena_alloc(ar, (n ? n : 1) * sizeof *q.touched);
    q.cs = arena_alloc(ar, (n ? n : 1) * sizeof *q.cs);
    if (!q.acc || !q.touched || !q.cs) return BRIEF_ENOMEM;
    edge_list l = {arena_allocator(ar), NULL, 0, 0};
    double floor = merge_floor(p);
    for (size_t i = 0; i < n; i++) {
        size_t keep = query(&ix, vecs, i, nb, &q);
        for (size_t x = 0; x < keep; x++) {
            double sim = vec_cosine(&vecs[i], &vecs[q.cs[x].doc]);
            if (sim < floor) continue;
            if (add_edge(&l, (uint32_t)i, q.cs[x].doc, sim) != BRIEF_OK) {
                mem_free(l.al, l.e);
                return BRIEF_ENOMEM;
            }
        }
    }
    *nout = sort_edges(l.e, l.n);
    *out = l.e;
    return BRIEF_OK;
}

/* ---- group-average merging ------------------------------------------- */

typedef struct group {
    uint32_t parent;   /* union-find */
    uint32_t size;     /* documents, valid at roots */
    uint32_t nsum;     /* entries of the sum vector, 0 = the document's own */
    uint32_t *term;    /* sum of the members' unit vectors (roots of size >= 2) */
    float *w;
    int32_t first, last; /* publication days of the members (roots), or
                            CLUSTER_NO_DAY when any is unknown */
    uint32_t version;  /* merges into this root so far */
    double sq;         /* squared length of the sum vector (roots) */
} group;

static uint32_t find(group *g, uint32_t x)
{
    while (g[x].parent != x) {
        g[x].parent = g[g[x].parent].parent;
        x = g[x].parent;
    }
    return x;
}

/* The sum vector of root r. */
static void sum_of(const group *g, const svec *vecs, uint32_t r, const uint32_t **term,
                   const float **w, uint32_t *n)
{
    if (g[r].size >= 2) {
        *term = g[r].term;
        *w = g[r].w;
        *n = g[r].nsum;
    } else {
        *term = vecs[r].term;
        *w = vecs[r].w;
        *n = vecs[r].n;
    }
}

/* Dot product of two sorted sparse vectors: the smaller one probes the
 * larger by galloping binary search when their sizes differ a lot. */
static double sparse_dot(const uint32_t *ta, const float *wa, uint32_t na, const uint32_t *tb,
                         const float *wb, uint32_t nb, double cap)
{
    if (na > nb) {
        const uint32_t *tt = ta; ta = tb; tb = tt;
        const float *ww = wa; wa = wb; wb = ww;
        uint32_t nn = na; na = nb; nb = nn;
    }
    double s = 0;
    if ((size_t)na * 8 < nb) {
        uint32_t lo = 0;
        for (uint32_t i = 0; i < na && lo < nb; i++) {
            uint32_t l = lo, h = nb;
            while (l < h) {
                uint32_t mid = l + (h - l) / 2;
                if (tb[mid] < ta[i]) l = mid + 1; else h = mid;
            }
            if (l < nb && tb[l] == ta[i]) s += fmin((double)wa[i] * wb[l], cap);
            lo = l;
        }
        return s;
    }
    uint32_t i = 0, j = 0;
    while (i < na && j < nb) {
        if (ta[i] < tb[j]) i++;
        else if (ta[i] > tb[j]) j++;
        else s += fmin((double)wa[i++] * wb[j++], cap);
    }
    return s;
}

/* Merges root b into root a (sum vectors added). */
static brief_status merge(arena *ar, group *g, const svec *vecs, uint32_t a, uint32_t b)
{
    const uint32_t *ta, *tb;
    const float *wa, *wb;
    uint32_t na, nb;
    sum_of(g, vecs, a, &ta, &wa, &na);
    sum_of(g, vecs, b, &tb, &wb, &nb);
    size_t cap = (size_t)na + nb;
    const brief_allocator *al = arena_allocator(ar);
    uint32_t *t = mem_malloc(al, (cap ? cap : 1) * sizeof *t);
    float *w = mem_malloc(al, (cap ? cap : 1) * sizeof *w);
    if (!t || !w) {
        mem_free(al, t);
        mem_free(al, w);
        return BRIEF_ENOMEM;
    }
    uint32_t i = 0, j = 0, k = 0;
    double sq = 0;
    while (i < na || j < nb) {
        if (j >= nb || (i < na && ta[i] < tb[j])) { t[k] = ta[i]; w[k] = wa[i++]; }
        else if (i >= na || tb[j] < ta[i]) { t[k] = tb[j]; w[k] = wb[j++]; }
        else { t[k] = ta[i]; w[k] = wa[i++] + wb[j++]; }
        sq += (double)w[k] * w[k];
        k++;
    }
    /* Old sums are freed at once, so live sums never hold more entries
     * than the vectors of their members. */
    if (g[a].size >= 2) { mem_free(al, g[a].term); mem_free(al, g[a].w); }
    if (g[b].size >= 2) { mem_free(al, g[b].term); mem_free(al, g[b].w); }
    g[b].term = NULL;
    g[b].w = NULL;
    g[b].parent = a;
    g[a].size += g[b].size;
    g[a].version++;
    g[a].term = t;
    g[a].w = w;
    g[a].nsum = k;
    g[a].sq = sq;
    return BRIEF_OK;
}

/* The group-average cosine two groups need to merge: the threshold when a
 * day is unknown; for dated groups the near or far threshold by the gap
 * between them, or, after the first pass, the straggler threshold for a
 * straggler close in time to a story. */
static double threshold_for(const cluster_params *p, const group *a, const group *b, int pass,
                            int stage, int *straggler)
{
    *straggler = 0;
    if (stage == 2) {
        /* Dated groups were judged by their days in the first stage. */
        if (p->day && a->first != CLUSTER_NO_DAY && b->first != CLUSTER_NO_DAY) return INFINITY;
        if (p->topic_small && a->size > p->topic_small && b->size > p->topic_small)
            return INFINITY;
        /* The second stage lets a story found in the leads take in the
         * fragments that tell it further down; two lone articles have no
         * such story, and in a day of varied news two that share a subject
         * are mostly two events (15 random folders of 40 BBC articles: 49
         * of 60 groups were such pairs and the chains they seed, nearly
         * all two events; DUC 2003 unchanged but one tuning pair). */
        if (a->size == 1 && b->size == 1) return INFINITY;
        return p->topic_threshold;
    }
    if (!p->day || a->first == CLUSTER_NO_DAY || b->first == CLUSTER_NO_DAY) return p->threshold;
    int64_t gap = a->first > b->last   ? (int64_t)a->first - b->last
                  : b->first > a->last ? (int64_t)b->first - a->last
                                       : 0;
    const group *small = a->size <= b->size ? a : b, *big = small == a ? b : a;
    if (pass > 0 && small->size <= p->straggler_size && big->size >= 3 &&
        gap <= p->straggler_days && p->straggler_threshold < p->near_threshold) {
        *straggler = 1;
        return p->straggler_threshold;
    }
    return gap <= p->near_days ? p->near_threshold : p->far_threshold;
}

/* Every document its own group, its day its group's span. */
static void init_groups(group *g, size_t n, const cluster_params *p)
{
    for (size_t i = 0; i < n; i++) {
        g[i].parent = (uint32_t)i;
        g[i].size = 1;
        g[i].nsum = 0;
        g[i].term = NULL;
        g[i].w = NULL;
        g[i].first = g[i].last = p->day ? p->day[i] : CLUSTER_NO_DAY;
        g[i].version = 0;
        g[i].sq = 1;
    }
}

/* The mean cosine over all cross pairs of groups a and b (roots); sim is
 * the edge's, exact when both are single documents. */
static double group_average(group *g, const svec *vecs, uint32_t a, uint32_t b, double sim)
{
    if (g[a].size == 1 && g[b].size == 1) return sim;
    const uint32_t *ta, *tb;
    const float *wa, *wb;
    uint32_t na, nb;
    sum_of(g, vecs, a, &ta, &wa, &na);
    sum_of(g, vecs, b, &tb, &wb, &nb);
    return sparse_dot(ta, wa, na, tb, wb, nb, INFINITY) / ((double)g[a].size * g[b].size);
}

/* The group average of a and b with each term's part of the dot product
 * capped at `share` of what the threshold `need` asks for: the mass of a
 * join must come from several terms, not one word the two share. */
static double capped_average(group *g, const svec *vecs, uint32_t a, uint32_t b, double need,
                             double share)
{
    const uint32_t *ta, *tb;
    const float *wa, *wb;
    uint32_t na, nb;
    sum_of(g, vecs, a, &ta, &wa, &na);
    sum_of(g, vecs, b, &tb, &wb, &nb);
    double pairs = (double)g[a].size * g[b].size;
    return sparse_dot(ta, wa, na, tb, wb, nb, share * need * pairs) / pairs;
}

/* Merges b into a (roots; the larger absorbs the smaller: fewer copies),
 * their days' span joined. */
static brief_status join(arena *ar, group *g, const svec *vecs, uint32_t a, uint32_t b)
{
    if (g[a].size < g[b].size) { uint32_t t = a; a = b; b = t; }
    if (g[a].first == CLUSTER_NO_DAY || g[b].first == CLUSTER_NO_DAY) {
        g[a].first = g[a].last = CLUSTER_NO_DAY;
    } else {
        if (g[b].first < g[a].first) g[a].first = g[b].first;
        if (g[b].last > g[a].last) g[a].last = g[b].last;
    }
    return merge(ar, g, vecs, a, b);
}

/* One pass over the edges, in order; *merged counts the merges. */
/* The mean cosine over the distinct pairs of root r's members (r has two
 * or more). */
static double inner_average(const group *r)
{
    double n = r->size;
    return (r->sq - n) / (n * (n - 1));
}

/* A check of cohesion: the group average ga of a and b is at least ratio
 * times each one's own inner average. */
static int cohesive(double ratio, const group *a, const group *b, double ga)
{
    if (a->size >= 2 && ga < ratio * inner_average(a)) return 0;
    if (b->size >= 2 && ga < ratio * inner_average(b)) return 0;
    return 1;
}

/* What the second stage checks beside the topic vectors: the first-stage
 * groups and their lead vectors, and the anchor groups and their anchor
 * vectors (both kept merged alongside). */
typedef struct lead_check {
    group *g;
    const svec *vecs;
    group *an;          /* the anchor groups (merged alongside), or NULL */
    const svec *avecs;  /* anchor vectors, common anchors left out */
    const uint32_t *tdf; /* per topic term: documents whose topic vector has it */
    /* Member lists of the groups (by root; NULL without datelines) and
     * the day's dateline places, sorted, for their counts. */
    uint32_t *mnext, *mhead, *mtail;
    uint64_t *places;
    size_t nplaces, ndocs;
} lead_check;

/* The share of the topic dot product of groups a and b (roots; each
 * term's part capped at capv, as in capped_average) carried by terms that
 * at most lim documents of the day contain: what the two groups share
 * and few others do.  One event's articles share its own
 * people, places and turns; two stories of one broad subject (markets,
 * a government, a sport) share the subject's vocabulary, which much of
 * the day writes too. */
static double specific_share(group *g, const svec *vecs, const uint32_t *df, uint32_t a, uint32_t b,
                             double capv, double lim)
{
    const uint32_t *ta, *tb;
    const float *wa, *wb;
    uint32_t na, nb;
    sum_of(g, vecs, a, &ta, &wa, &na);
    sum_of(g, vecs, b, &tb, &wb, &nb);
    double all = 0, spec = 0;
    uint32_t i = 0, j = 0;
    while (i < na && j < nb) {
        if (ta[i] < tb[j]) i++;
        else if (ta[i] > tb[j]) j++;
        else {
            double c = fmin((double)wa[i] * wb[j], capv);
            all += c;
            if (df[ta[i]] <= lim) spec += c;
            i++; j++;
        }
    }
    return all > 0 ? spec / all : 0;
}

/* The second stage's checks on the terms of a join of roots a and b
 * whose topic average passed `need`: no one term carries it
 * (topic_term_cap), and enough of it is carried by terms specific to
 * the two groups (topic_specific, topic_spread). */
static int topic_terms_agree(group *g, const svec *vecs, const lead_check *lc,
                             const cluster_params *p, uint32_t a, uint32_t b, double need)
{
    if (p->topic_term_cap > 0 && capped_average(g, vecs, a, b, need, p->topic_term_cap) < need)
        return 0;
    if (p->topic_specific <= 0 || !lc->tdf) return 1;
    double capv = p->topic_term_cap > 0 ? p->topic_term_cap * need : INFINITY;
    capv *= (double)g[a].size * g[b].size;
    double lim = p->topic_spread * (g[a].size + g[b].size);
    return specific_share(g, vecs, lc->tdf, a, b, capv, lim) >= p->topic_specific;
}

/* The group average of the lead vectors of the groups of documents a and
 * b (any members). */
static int lead_agrees(lead_check *lc, const cluster_params *p, uint32_t a, uint32_t b,
                       double floor)
{
    uint32_t ra = find(lc->g, a), rb = find(lc->g, b);
    double sim = lc->g[ra].size == 1 && lc->g[rb].size == 1
                     ? vec_cosine(&lc->vecs[ra], &lc->vecs[rb])
                     : 0;
    double ga = group_average(lc->g, lc->vecs, ra, rb, sim);
    return ga >= floor && cohesive(p->topic_lead_cohesion, &lc->g[ra], &lc->g[rb], ga);
}

/* Whether the groups of documents a and b share topic_anchors anchors,
 * each written by topic_anchor_share of the members of both (the anchor
 * sums count, per anchor, the members that write it). */
static int anchors_agree(lead_check *lc, const cluster_params *p, uint32_t a, uint32_t b)
{
    if (!lc->an) return 1;
    uint32_t ra = find(lc->an, a), rb = find(lc->an, b);
    const uint32_t *ta, *tb;
    const float *wa, *wb;
    uint32_t na, nb;
    sum_of(lc->an, lc->avecs, ra, &ta, &wa, &na);
    sum_of(lc->an, lc->avecs, rb, &tb, &wb, &nb);
    double need_a = ceil(p->topic_anchor_share * lc->an[ra].size - 1e-9);
    double need_b = ceil(p->topic_anchor_share * lc->an[rb].size - 1e-9);
    if (need_a < 1) need_a = 1;
    if (need_b < 1) need_b = 1;
    unsigned shared = 0;
    for (uint32_t i = 0, j = 0; i < na && j < nb && shared < p->topic_anchors;) {
        if (ta[i] < tb[j]) i++;
        else if (ta[i] > tb[j]) j++;
        else shared += wa[i++] >= need_a && wb[j++] >= need_b;
    }
    return shared >= p->topic_anchors;
}

static brief_status join(arena *ar, group *g, const svec *vecs, uint32_t a, uint32_t b);

/* Whether a first-stage straggler join of roots a and b (at the
 * straggler threshold, `need`) rests on too little to vouch for one
 * event: its group average falls below need when no term may add
 * more than straggler_term_cap of it, or less than dated_specific of its
 * dot product (each term's part capped at topic_term_cap of need) is on
 * terms that at most the story's documents and straggler_spread per
 * document of the straggler contain (df: per term, documents with it).
 * The story's own size is no allowance factor: a story of 30 made every
 * word of its subject "specific" when the bound was 4 x (30 + 1). */
static int dated_unspecific(group *g, const svec *vecs, const uint32_t *df,
                            const cluster_params *p, uint32_t a, uint32_t b, double need)
{
    if (!df || p->dated_specific <= 0) return 0;
    if (p->straggler_term_cap > 0 &&
        capped_average(g, vecs, a, b, need, p->straggler_term_cap) < need)
        return 1;
    double capv = p->topic_term_cap > 0 ? p->topic_term_cap * need : INFINITY;
    capv *= (double)g[a].size * g[b].size;
    double story = g[a].size > g[b].size ? g[a].size : g[b].size;
    double straggler = g[a].size > g[b].size ? g[b].size : g[a].size;
    double lim = story + p->straggler_spread * straggler;
    return specific_share(g, vecs, df, a, b, capv, lim) < p->dated_specific;
}

/* Documents of the day filed from place h (lc->places sorted). */
static size_t place_count(const lead_check *lc, uint64_t h)
{
    size_t lo = 0, hi = lc->nplaces;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (lc->places[mid] < h) lo = mid + 1; else hi = mid;
    }
    size_t k = lo;
    while (k < lc->nplaces && lc->places[k] == h) k++;
    return k - lo;
}

/* Members of root r's group filed from place h. */
static size_t members_from(const lead_check *lc, const cluster_params *p, uint32_t r, uint64_t h)
{
    size_t k = 0;
    for (uint32_t x = lc->mhead[r]; x != UINT32_MAX; x = lc->mnext[x]) k += p->place[x] == h;
    return k;
}

/* Whether groups a and b (roots) each have a member filed from one place
 * that at most place_slack documents of the day beyond the two groups
 * were filed from, and at most place_share of the day: a place many
 * stories are filed from (a capital) says nothing of one, nor one that
 * much of the day was filed from (a small folder of one city's news). */
static int places_agree(const group *g, const lead_check *lc, const cluster_params *p,
                        uint32_t a, uint32_t b)
{
    /* The smaller group's places (at most topic_small documents: the
     * second stage's pairs), each counted in both groups. */
    if (g[a].size > g[b].size) { uint32_t t = a; a = b; b = t; }
    for (uint32_t x = lc->mhead[a]; x != UINT32_MAX; x = lc->mnext[x]) {
        uint64_t h = p->place[x];
        if (!h) continue;
        size_t in_b = members_from(lc, p, b, h);
        if (!in_b) continue;
        size_t inside = members_from(lc, p, a, h) + in_b;
        size_t from = place_count(lc, h);
        if ((double)(from - inside) <= p->place_slack &&
            (double)from <= p->place_share * (double)lc->ndocs)
            return 1;
    }
    return 0;
}

/* Whether roots a and b (a candidate pair through an edge of cosine sim)
 * may merge: *ga their group average (0 when refused by the threshold
 * alone). */
static int may_merge(group *g, const svec *vecs, const cluster_params *p, int pass, int stage,
                     lead_check *lc, const uint32_t *df, uint32_t a, uint32_t b, double sim,
                     double *ga_out)
{
    int straggler;
    double need = threshold_for(p, &g[a], &g[b], pass, stage, &straggler);
    double ga = need <= 1 ? group_average(g, vecs, a, b, sim) : 0;
    *ga_out = ga;
    double floor = p->topic_lead_floor;
    for (int by_place = 0; by_place < 2; by_place++) {
        if (by_place) {
            /* Refused: once more at the dateline thresholds when the two
             * groups were filed from one place few others were.  Two lone
             * articles too: a place is the evidence of one event that a
             * story the leads found would otherwise give. */
            int lone = stage == 2 && g[a].size == 1 && g[b].size == 1 &&
                       !(p->day && g[a].first != CLUSTER_NO_DAY && g[b].first != CLUSTER_NO_DAY);
            if (stage != 2 || !lc || !lc->mnext || (need > 1 && !lone) ||
                (need <= 1 && ga < p->place_threshold) ||
                (need <= 1 && p->place_threshold >= need && p->place_lead_floor >= floor) ||
                !places_agree(g, lc, p, a, b))
                return 0;
            if (need > 1) {
                need = p->place_threshold;
                ga = group_average(g, vecs, a, b, sim);
            }
            if (p->place_threshold < need) need = p->place_threshold;
            if (p->place_lead_floor < floor) floor = p->place_lead_floor;
        }
        if (!(ga < need || (stage == 2 && !cohesive(p->topic_cohesion, &g[a], &g[b], ga)) ||
              (lc && (!lead_agrees(lc, p, a, b, floor) || !anchors_agree(lc, p, a, b))) ||
              (stage == 2 && !topic_terms_agree(g, vecs, lc, p, a, b, need)) ||
              (straggler && dated_unspecific(g, vecs, df, p, a, b, need))))
            return 1;
    }
    return 0;
}

/* Joins roots a and b, and their groups in lc alongside. */
static brief_status join_all(arena *ar, group *g, const svec *vecs, lead_check *lc, uint32_t a,
                             uint32_t b)
{
    brief_status s = join(ar, g, vecs, a, b);
    if (s == BRIEF_OK && lc && lc->mnext) {
        uint32_t r = find(g, a), o = r == a ? b : a;
        lc->mnext[lc->mtail[r]] = lc->mhead[o];
        lc->mtail[r] = lc->mtail[o];
    }
    if (s == BRIEF_OK && lc) s = join(ar, lc->g, lc->vecs, find(lc->g, a), find(lc->g, b));
    if (s == BRIEF_OK && lc && lc->an)
        s = join(ar, lc->an, lc->avecs, find(lc->an, a), find(lc->an, b));
    return s;
}

static brief_status merge_pass(arena *ar, group *g, const svec *vecs, edge *e, size_t ne,
                               const cluster_params *p, int pass, int stage, lead_check *lc,
                               const uint32_t *df, size_t *merged)
{
    *merged = 0;
    for (size_t x = 0; x < ne; x++) {
        uint32_t a = find(g, e[x].a), b = find(g, e[x].b);
        if (a == b) continue;
        /* Re-examining an edge between two large, unchanged groups cost a
         * sum-vector product per pass: quadratic in the size of stories of
         * many near-copies. */
        if (e[x].ra == a && e[x].rb == b && e[x].va == g[a].version &&
            e[x].vb == g[b].version && !(p->day && pass == 1))
            continue;
        /* The threshold first (in may_merge): the second stage refuses
         * most pairs by their days or sizes alone, before a product of sum
         * vectors. */
        double ga;
        if (!may_merge(g, vecs, p, pass, stage, lc, df, a, b, e[x].sim, &ga)) {
            e[x].ra = a;
            e[x].rb = b;
            e[x].va = g[a].version;
            e[x].vb = g[b].version;
            continue;
        }
        brief_status s = join_all(ar, g, vecs, lc, a, b);
        if (s != BRIEF_OK) return s;
        (*merged)++;
    }
    return BRIEF_OK;
}

/* Passes until nothing merges (a failed edge can pass after its groups
 * have changed). */
static brief_status merge_groups(arena *ar, group *g, const svec *vecs, edge *e, size_t ne,
                                 const cluster_params *p, int stage, lead_check *lc,
                                 const uint32_t *df)
{
    for (size_t x = 0; x < ne; x++) e[x].ra = UINT32_MAX;
    for (int pass = 0; pass < MAX_PASSES; pass++) {
        size_t merged = 0;
        brief_status s = merge_pass(ar, g, vecs, e, ne, p, pass, stage, lc, df, &merged);
        if (s != BRIEF_OK) return s;
        if (!merged) break;
    }
    return BRIEF_OK;
}

/* Frees the sum vectors of the groups that have one. */
static void free_sums(const brief_allocator *al, group *g, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (g[i].parent == i && g[i].size >= 2) {
            mem_free(al, g[i].term);
            mem_free(al, g[i].w);
        }
}

/* Story numbers in order of first appearance; returns their count, or
 * SIZE_MAX when out of memory. */
static size_t number_stories(arena *ar, group *g, size_t n, uint32_t *story)
{
    uint32_t *num = arena_alloc(ar, n * sizeof *num);
    if (!num) return SIZE_MAX;
    memset(num, 0xff, n * sizeof *num);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t r = find(g, (uint32_t)i);
        if (num[r] == UINT32_MAX) num[r] = (uint32_t)k++;
        story[i] = num[r];
    }
    return k;
}

/* The topic sum vectors of the first stage's groups: per root of two or
 * more, its members' topic vectors added up through a dense accumulator
 * (each member's entries once, the touched terms sorted per group). */
static brief_status topic_sums(arena *ar, group *t, const group *g1, size_t n, const svec *v,
                               size_t nterms)
{
    uint32_t *next = arena_alloc(ar, n * sizeof *next), *head = arena_alloc(ar, n * sizeof *head);
    float *acc = arena_calloc(ar, nterms ? nterms : 1, sizeof *acc);
    size_t maxn = 0;
    for (size_t i = 0; i < n; i++) maxn += v[i].n;
    uint32_t *touched = arena_alloc(ar, (maxn ? maxn : 1) * sizeof *touched);
    if (!next || !head || !acc || !touched) return BRIEF_ENOMEM;
    memset(head, 0xff, n * sizeof *head);
    for (size_t i = n; i-- > 0;) {
        next[i] = head[t[i].parent];
        head[t[i].parent] = (uint32_t)i;
    }
    const brief_allocator *al = arena_allocator(ar);
    for (size_t r = 0; r < n; r++) {
        if (t[r].parent != r || g1[r].size < 2) continue;
        size_t nt = 0;
        for (uint32_t i = head[r]; i != UINT32_MAX; i = next[i])
            for (uint32_t k = 0; k < v[i].n; k++) {
                if (acc[v[i].term[k]] == 0) touched[nt++] = v[i].term[k];
                acc[v[i].term[k]] += v[i].w[k];
            }
        qsort(touched, nt, sizeof *touched, cmp_u32);
        t[r].term = mem_malloc(al, (nt ? nt : 1) * sizeof *t[r].term);
        t[r].w = mem_malloc(al, (nt ? nt : 1) * sizeof *t[r].w);
        if (!t[r].term || !t[r].w) {
            mem_free(al, t[r].term);
            mem_free(al, t[r].w);
            t[r].term = NULL;
            t[r].w = NULL;
            return BRIEF_ENOMEM;
        }
        double sq = 0;
        for (size_t k = 0; k < nt; k++) {
            t[r].term[k] = touched[k];
            t[r].w[k] = acc[touched[k]];
            acc[touched[k]] = 0;
            sq += (double)t[r].w[k] * t[r].w[k];
        }
        t[r].nsum = (uint32_t)nt;
        t[r].size = g1[r].size;
        t[r].sq = sq;
    }
    return BRIEF_OK;
}

/* The anchor groups for the second stage: the first stage's groups (as
 * in t, before any merge) over the anchor vectors, anchors in more
 * documents than the posting cap left out (too common to vouch for an
 * event; the same cap as the candidate index). */
static brief_status anchor_groups(arena *ar, const group *t, const group *g1, size_t n,
                                  const cluster_params *p, lead_check *lc)
{
    size_t nterms = p->topic_terms;
    uint32_t *df = arena_calloc(ar, nterms ? nterms : 1, sizeof *df);
    svec *av = arena_alloc(ar, n * sizeof *av);
    group *an = arena_alloc(ar, n * sizeof *an);
    if (!df || !av || !an) return BRIEF_ENOMEM;
    for (size_t i = 0; i < n; i++)
        for (uint32_t k = 0; k < p->anchor[i].n; k++) {
            if (p->anchor[i].term[k] >= nterms) return BRIEF_EINVAL;
            df[p->anchor[i].term[k]]++;
        }
    double capd = POSTING_SHARE * (double)n;
    uint32_t cap = capd > POSTING_MIN ? (uint32_t)capd : POSTING_MIN;
    for (size_t i = 0; i < n; i++) {
        const svec *a = &p->anchor[i];
        av[i].term = arena_alloc(ar, (a->n ? a->n : 1) * sizeof *av[i].term);
        av[i].w = arena_alloc(ar, (a->n ? a->n : 1) * sizeof *av[i].w);
        if (!av[i].term || !av[i].w) return BRIEF_ENOMEM;
        av[i].n = 0;
        for (uint32_t k = 0; k < a->n; k++)
            if (df[a->term[k]] <= cap) {
                av[i].term[av[i].n] = a->term[k];
                av[i].w[av[i].n++] = 1;
            }
        an[i] = t[i];
        an[i].term = NULL;
        an[i].w = NULL;
        an[i].nsum = 0;
    }
    lc->an = an;
    lc->avecs = av;
    return topic_sums(ar, an, g1, n, av, nterms);
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* The member lists of the groups of t (before any merge) and the day's
 * dateline places, sorted. */
static brief_status member_lists(arena *ar, const group *t, size_t n, const cluster_params *p,
                                 lead_check *lc)
{
    lc->mnext = arena_alloc(ar, n * sizeof *lc->mnext);
    lc->mhead = arena_alloc(ar, n * sizeof *lc->mhead);
    lc->mtail = arena_alloc(ar, n * sizeof *lc->mtail);
    lc->places = arena_alloc(ar, n * sizeof *lc->places);
    if (!lc->mnext || !lc->mhead || !lc->mtail || !lc->places) return BRIEF_ENOMEM;
    memset(lc->mhead, 0xff, n * sizeof *lc->mhead);
    lc->nplaces = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t r = t[i].parent; /* the first stage's root: a root of t */
        lc->mnext[i] = UINT32_MAX;
        if (lc->mhead[r] == UINT32_MAX) lc->mhead[r] = (uint32_t)i;
        else lc->mnext[lc->mtail[r]] = (uint32_t)i;
        lc->mtail[r] = (uint32_t)i;
        if (p->place[i]) lc->places[lc->nplaces++] = p->place[i];
    }
    qsort(lc->places, lc->nplaces, sizeof *lc->places, cmp_u64);
    return BRIEF_OK;
}

/* The second stage: the first stage's groups (*g) merged by their topic
 * vectors (cluster_params.topic); *g is replaced by the merged groups. */
static brief_status merge_topics(arena *ar, group **g, const svec *vecs, size_t n,
                                 const cluster_params *p)
{
    cluster_params tp = *p;
    tp.threshold = p->topic_threshold;
    /* merge_floor: the topic threshold alone, or the datelines' lower one */
    int places = 0;
    for (size_t i = 0; p->place && i < n && !places; i++) places = p->place[i] != 0;
    if (places && p->place_threshold < tp.threshold) tp.threshold = p->place_threshold;
    tp.day = NULL;
    edge *e;
    size_t ne;
    brief_status s = build_edges(ar, p->topic, n, p->topic_terms, &tp, &e, &ne);
    if (s != BRIEF_OK) return s;
    const brief_allocator *al = arena_allocator(ar);
    group *t = arena_alloc(ar, n * sizeof *t);
    if (!t) { mem_free(al, e); return BRIEF_ENOMEM; }
    group *g1 = *g;
    for (size_t i = 0; i < n; i++) {
        uint32_t r = find(g1, (uint32_t)i);
        t[i] = (group){r, 1, 0, NULL, NULL, g1[r].first, g1[r].last, 0, 1};
    }
    for (size_t i = 0; i < n; i++) {
        double sq = 0;
        for (uint32_t k = 0; k < p->topic[i].n; k++) sq += (double)p->topic[i].w[k] * p->topic[i].w[k];
        t[i].sq = sq;
    }
    s = topic_sums(ar, t, g1, n, p->topic, p->topic_terms);
    /* Term ids were checked against topic_terms by build_edges. */
    uint32_t *tdf = arena_calloc(ar, p->topic_terms ? p->topic_terms : 1, sizeof *tdf);
    if (!tdf) s = BRIEF_ENOMEM;
    for (size_t i = 0; tdf && i < n; i++)
        for (uint32_t k = 0; k < p->topic[i].n; k++) tdf[p->topic[i].term[k]]++;
    lead_check lc = {g1, vecs, NULL, NULL, tdf, NULL, NULL, NULL, NULL, 0, n};
    if (s == BRIEF_OK && p->anchor) s = anchor_groups(ar, t, g1, n, p, &lc);
    if (s == BRIEF_OK && places) s = member_lists(ar, t, n, p, &lc);
    if (s == BRIEF_OK) s = merge_groups(ar, t, p->topic, e, ne, p, 2, &lc, NULL);
    mem_free(al, e);
    free_sums(al, t, n);
    if (lc.an) free_sums(al, lc.an, n);
    *g = t;
    return s;
}

/* Whether any document's day is unknown: the second stage judges only
 * pairs with one, so a fully dated day skips it. */
static int some_undated(const cluster_params *p, size_t n)
{
    if (!p->day) return 1;
    for (size_t i = 0; i < n; i++)
        if (p->day[i] == CLUSTER_NO_DAY) return 1;
    return 0;
}

brief_status cluster_documents(arena *ar, const svec *vecs, size_t n, size_t nterms,
                               const cluster_params *p, uint32_t *story, size_t *nstories)
{
    *nstories = 0;
    if (n == 0) return BRIEF_OK;
    if (n >= UINT32_MAX) return BRIEF_ELIMIT;
    cluster_params def;
    if (!p) {
        cluster_params_default(&def);
        p = &def;
    }
    edge *e;
    size_t ne;
    brief_status s = build_edges(ar, vecs, n, nterms, p, &e, &ne);
    if (s != BRIEF_OK) return s;
    const brief_allocator *al = arena_allocator(ar);
    group *g = arena_alloc(ar, n * sizeof *g);
    if (!g) { mem_free(al, e); return BRIEF_ENOMEM; }
    init_groups(g, n, p);
    /* Document frequencies of the vectors' terms, for the dated joins'
     * specific-terms check (term ids were checked by build_edges). */
    uint32_t *df = NULL;
    if (p->day && p->dated_specific > 0) {
        df = arena_calloc(ar, nterms ? nterms : 1, sizeof *df);
        if (!df) { mem_free(al, e); return BRIEF_ENOMEM; }
        for (size_t i = 0; i < n; i++)
            for (uint32_t k = 0; k < vecs[i].n; k++) df[vecs[i].term[k]]++;
    }
    s = merge_groups(ar, g, vecs, e, ne, p, 1, NULL, df);
    mem_free(al, e);
    if (s == BRIEF_OK && p->topic && some_undated(p, n)) {
        group *g1 = g;
        s = merge_topics(ar, &g, vecs, n, p);
        free_sums(al, g1, n);
    } else {
        free_sums(al, g, n);
    }
    if (s != BRIEF_OK) return s;
    size_t k = number_stories(ar, g, n, story);
    if (k == SIZE_MAX) return BRIEF_ENOMEM;
    *nstories = k;
    return BRIEF_OK;
}

/* ---- publication days ---------------------------------------------- */

/* Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm). */
static int32_t days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    int era = (y >= 0 ? y : y - 399) / 400;
    int yoe = y - era * 400;
    int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return (int32_t)(era * 146097 + doe - 719468);
}

int32_t cluster_day_in(const char *s)
{
    if (!s) return CLUSTER_NO_DAY;
    for (const char *p = s; *p; p++) {
        if (!(p[0] == '1' && p[1] == '9') && !(p[0] == '2' && p[1] == '0')) continue;
        if (p > s && p[-1] >= '0' && p[-1] <= '9') continue;
        int v[8], k = 0;
        const char *q = p;
        int dashed = 0;
        while (k < 8 && *q) {
            if (*q >= '0' && *q <= '9') v[k++] = *q - '0';
            else if (*q == '-' && (k == 4 || k == 6)) dashed++;
            else break;
            q++;
        }
        if (k < 8 || (dashed != 0 && dashed != 2) || (*q >= '0' && *q <= '9')) continue;
        int y = v[0] * 1000 + v[1] * 100 + v[2] * 10 + v[3];
        int m = v[4] * 10 + v[5], d = v[6] * 10 + v[7];
        if (m >= 1 && m <= 12 && d >= 1 && d <= 31) return days_from_civil(y, m, d);
    }
    return CLUSTER_NO_DAY;
}

int32_t cluster_doc_day(const char *date, const char *path)
{
    int32_t day = cluster_day_in(date);
    if (day != CLUSTER_NO_DAY) return day;
    const char *base = strrchr(path, '/');
    return cluster_day_in(base ? base + 1 : path);
}

/* ---- ranking stories ------------------------------------------------ */

typedef struct story_order {
    size_t story, nsources, ndocs, first;
} story_order;

static int by_story_rank(const void *a, const void *b)
{
    const story_order *x = a, *y = b;
    if (x->nsources != y->nsources) return x->nsources > y->nsources ? -1 : 1;
    if (x->ndocs != y->ndocs) return x->ndocs > y->ndocs ? -1 : 1;
    return x->first < y->first ? -1 : x->first > y->first;
}

/* Each story's size and first document; its member list, allocated in
 * keep, still empty (ndocs 0 in members[k]). */
static brief_status story_sizes(arena *keep, size_t n, const uint32_t *story, size_t nstories,
                                story_order *r, cluster_story *members)
{
    for (size_t k = 0; k < nstories; k++) r[k].first = SIZE_MAX;
    for (size_t di = 0; di < n; di++) {
        story_order *x = &r[story[di]];
        x->story = story[di];
        if (x->first == SIZE_MAX) x->first = di;
        x->ndocs++;
    }
    for (size_t k = 0; k < nstories; k++) {
        members[k].docs = arena_alloc(keep, r[k].ndocs * sizeof *members[k].docs);
        if (!members[k].docs) return BRIEF_ENOMEM;
    }
    return BRIEF_OK;
}

/* Fills the member lists in input order; a document counts as a new
 * source when no earlier document of its story has its source name. */
static void story_members(const char *const *source, size_t n, const uint32_t *story,
                          story_order *r, cluster_story *members)
{
    for (size_t di = 0; di < n; di++) {
        cluster_story *m = &members[story[di]];
        size_t fresh = 1;
        for (size_t j = 0; j < m->ndocs && fresh; j++)
            fresh = !text_equal_nocase(source[m->docs[j]], source[di]);
        r[story[di]].nsources += fresh;
        m->docs[m->ndocs++] = di;
    }
}

brief_status cluster_rank_stories(arena *ar, arena *keep, const char *const *source, size_t n,
                                  const uint32_t *story, size_t nstories, cluster_story *out)
{
    story_order *r = arena_calloc(ar, nstories ? nstories : 1, sizeof *r);
    cluster_story *members = arena_calloc(ar, nstories ? nstories : 1, sizeof *members);
    if (!r || !members) return BRIEF_ENOMEM;
    if (story_sizes(keep, n, story, nstories, r, members) != BRIEF_OK) return BRIEF_ENOMEM;
    story_members(source, n, story, r, members);
    qsort(r, nstories, sizeof *r, by_story_rank);
    for (size_t k = 0; k < nstories; k++) {
        out[k].docs = members[r[k].story].docs;
        out[k].ndocs = r[k].ndocs;
        out[k].nsources = r[k].nsources;
    }
    return BRIEF_OK;
}

/* ---- MinHash ------------------------------------------------------- */

#define MERSENNE61 ((1ULL << 61) - 1)

/* a * b mod 2^61 - 1 for a, b < 2^61, without 128-bit integers: split
 * into 32-bit halves and fold with 2^61 = 1 (mod p). */
static uint64_t mulmod61(uint64_t a, uint64_t b)
{
    uint64_t ah = a >> 32, al = a & 0xffffffffULL, bh = b >> 32, bl = b & 0xffffffffULL;
    uint64_t lo = al * bl;            /* < 2^64 */
    uint64_t mid = ah * bl + al * bh; /* < 2^62 */
    uint64_t hi = ah * bh;            /* < 2^58; times 2^64 = 8 (mod p) */
    /* mid * 2^32 = (mid >> 29) * 2^61 + (mid mod 2^29) * 2^32. */
    uint64_t r = (lo & MERSENNE61) + (lo >> 61) + (hi << 3) + (mid >> 29) +
                 ((mid & ((1ULL << 29) - 1)) << 32);
    r = (r & MERSENNE61) + (r >> 61);
    r = (r & MERSENNE61) + (r >> 61);
    return r >= MERSENNE61 ? r - MERSENNE61 : r;
}

static uint64_t splitmix64(uint64_t *state)
{
    uint64_t z = (*state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

/* Fixed seed: signatures must match across runs and machines. */
#define MINHASH_SEED 0x6272696566ULL /* "brief" */

void cluster_minhash(const uint64_t *hashes, size_t n, uint32_t *sig, size_t nhash)
{
    uint64_t state = MINHASH_SEED;
    for (size_t k = 0; k < nhash; k++) {
        uint64_t a = splitmix64(&state) % (MERSENNE61 - 1) + 1;
        uint64_t b = splitmix64(&state) % MERSENNE61;
        uint32_t best = UINT32_MAX;
        for (size_t i = 0; i < n; i++) {
            uint64_t x = hashes[i] % MERSENNE61;
            uint64_t h = mulmod61(a, x) + b;
            if (h >= MERSENNE61) h -= MERSENNE61;
            /* The top 32 of the 61 bits: uniform enough, and a collision
             * of two different minima is a 2^-32 event. */
            uint32_t v = (uint32_t)(h >> 29);
            if (v < best) best = v;
        }
        sig[k] = best;
    }
}
