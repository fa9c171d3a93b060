/*
 * summary.c - brief_story_summarize and the summary object (brief.h):
 * the story's sentences ranked (story_rank.c), each costed against the
 * budget and checked for standing alone, the best set chosen (select.c).
 *
 * Memory: ranking and selection use a scratch arena freed before
 * returning; the summary has its own arena (the sentence texts are
 * copied), so it may outlive the story.
 */
#include <stdlib.h>
#include <string.h>

#include "select.h"
#include "standalone.h"
#include "story_rank.h"
#include "text.h"

struct brief_summary {
    const brief_allocator *a;
    arena *ar;
    brief_sentence *s;
    size_t n;
};

size_t brief_summary_count(const brief_summary *sum) { return sum ? sum->n : 0; }

const brief_sentence *brief_summary_sentence(const brief_summary *sum, size_t i)
{
    return sum && i < sum->n ? &sum->s[i] : NULL;
}

void brief_summary_free(brief_summary *sum)
{
    if (!sum) return;
    const brief_allocator *a = sum->a;
    arena_free(sum->ar);
    mem_free(a, sum);
}

static int by_reading_order(const void *a, const void *b)
{
    const brief_sentence *x = a, *y = b;
    if (x->doc != y->doc) return x->doc < y->doc ? -1 : 1;
    return x->index < y->index ? -1 : x->index > y->index;
}

/* How far back, in sentences of its article, the event an opening clause
 * refers to may be told: "During the talks," speaks of talks the sentence
 * or two before it told, not of a call twenty sentences up. */
#define EVENT_BACK 3

/* "During the call, Lavrov said": an opening clause on one particular
 * event the article told just before (standalone_definite).  In a summary
 * the sentence stands apart from its article, so it needs a sentence
 * telling that event shown before it.  *need gets the description's
 * content words, in the ranking's term ids, and in need->from the first
 * of the EVENT_BACK sentences of the same article before sentence i.
 * Other sentences need nothing; a definite subject ("The minister said")
 * is left to stand: on DUC 2003 passing those over cost 0.5 ROUGE-1.
 * Only while the ranking holds the map. */
static brief_status event_told_before(brief_story *st, arena *ar, const ranking *rk, size_t i,
                                      const char *t, size_t len, select_need *need)
{
    memset(need, 0, sizeof *need);
    size_t np, nplen;
    if (standalone_definite(st->lang->alone, t, len, &np, &nplen) != STANDALONE_DEFINITE_CLAUSE)
        return BRIEF_OK;
    need->from = i;
    while (need->from > 0 && i - need->from < EVENT_BACK && rk->docid[need->from - 1] == rk->docid[i])
        need->from--;
    uint32_t *ids = NULL;
    size_t n = 0, cap = 0;
    brief_status s = tok_text(st->lang->tok, st->vocab, ar, t + np, nplen, &ids, &n, &cap);
    if (s == BRIEF_OK && n) s = ranking_vector(st, ar, rk, ids, n, &need->terms);
    return s;
}

/* The choice for selection: each sentence's cost under the budget and
 * whether it can stand alone, and the capacity.  Arrays in ar. */
static brief_status cost_sentences(brief_story *st, arena *ar, const ranking *rk,
                                   const brief_budget *budget, select_input *in)
{
    double *cost = arena_alloc(ar, rk->n * sizeof *cost);
    unsigned char *usable = arena_alloc(ar, rk->n);
    uint32_t *need_of = arena_alloc(ar, rk->n * sizeof *need_of);
    select_need *needs = NULL;
    size_t nneeds = 0, cap = 0;
    if (!cost || !usable || !need_of) return BRIEF_ENOMEM;
    for (size_t i = 0; i < rk->n; i++) {
        const char *t = rk->sent[i]->text;
        size_t len = strlen(t);
        size_t words = text_count_words(t, len);
        usable[i] = standalone_check(st->lang->alone, t, len, rk->flags[i], words) ==
                    STANDALONE_OK;
        select_need need;
        brief_status s = event_told_before(st, ar, rk, i, t, len, &need);
        if (s != BRIEF_OK) return s;
        need_of[i] = UINT32_MAX;
        if (need.terms.n) {
            if (!ARENA_PUSH(ar, needs, nneeds, cap)) return BRIEF_ENOMEM;
            needs[nneeds - 1] = need;
            need_of[i] = (uint32_t)(nneeds - 1);
        }
        cost[i] = select_budget_cost(budget->unit, t, len, words);
    }
    in->n = rk->n;
    in->cost = cost;
    in->rank = rk->score;
    in->usable = usable;
    in->vecs = rk->vecs;
    in->needs = needs;
    in->need_of = need_of;
    in->budget = select_budget_capacity(budget, rk->total_words);
    return BRIEF_OK;
}

/* Chooses the sentences: bigram concepts, then the budgeted selection.
 * Gives the ranking's map back once the concepts are counted. */
static brief_status choose(brief_story *st, arena *ar, ranking *rk, select_input *in,
                           size_t **chosen, size_t *nchosen)
{
    concepts con;
    brief_status s = select_concepts(ar, st->vocab, rk->tok, rk->ntok, rk->docid, rk->n, &con);
    ranking_release(st, rk);
    if (s != BRIEF_OK) return s;
    in->con = &con;
    select_params sp;
    select_params_default(&sp);
    s = select_sentences(ar, in, &sp, chosen, nchosen);
    in->con = NULL; /* con ends here */
    return s;
}

/* The summary of the chosen sentences, copied, with their scores and
 * ranks among all, in reading order. */
static brief_status new_summary(const brief_story *st, const ranking *rk, const size_t *chosen,
                                size_t nchosen, brief_summary **out)
{
    brief_summary *sum = mem_malloc(st->ctx->a, sizeof *sum);
    if (!sum) return BRIEF_ENOMEM;
    memset(sum, 0, sizeof *sum);
    sum->a = st->ctx->a;
    *out = sum;
    sum->ar = arena_new(st->ctx->a);
    if (!sum->ar) return BRIEF_ENOMEM;
    sum->s = arena_calloc(sum->ar, nchosen ? nchosen : 1, sizeof *sum->s);
    if (!sum->s) return BRIEF_ENOMEM;
    for (size_t c = 0; c < nchosen; c++) {
        size_t i = chosen[c];
        brief_sentence *o = &sum->s[c];
        *o = *rk->sent[i];
        o->text = arena_strdup(sum->ar, rk->sent[i]->text);
        if (!o->text) return BRIEF_ENOMEM;
        o->score = rk->score[i];
        size_t better = 0;
        for (size_t j = 0; j < rk->n; j++) better += rk->score[j] > rk->score[i];
        o->rank = better + 1;
    }
    sum->n = nchosen;
    qsort(sum->s, sum->n, sizeof *sum->s, by_reading_order);
    return BRIEF_OK;
}

brief_status brief_story_summarize(brief_story *st, const brief_budget *budget,
                                   brief_summary **out)
{
    if (!out) return BRIEF_EINVAL;
    *out = NULL;
    if (!st || !budget) return BRIEF_EINVAL;
    st->err[0] = '\0';
    if (!select_budget_valid(budget))
        return story_fail(st, BRIEF_EINVAL, "budget", "must be a number >= 0 (a ratio at most 1)");
    arena *ar = arena_new(st->ctx->a);
    if (!ar) return story_fail(st, BRIEF_ENOMEM, "summarize", NULL);
    ranking rk;
    brief_status s = story_rank(st, ar, "summarize", NULL, 0, &rk);
    if (s != BRIEF_OK) {
        arena_free(ar);
        return s;
    }
    select_input in;
    size_t *chosen = NULL, nchosen = 0;
    brief_summary *sum = NULL;
    s = cost_sentences(st, ar, &rk, budget, &in);
    if (s == BRIEF_OK) s = choose(st, ar, &rk, &in, &chosen, &nchosen);
    else ranking_release(st, &rk);
    if (s == BRIEF_OK) s = new_summary(st, &rk, chosen, nchosen, &sum);
    arena_free(ar);
    if (s != BRIEF_OK) {
        brief_summary_free(sum);
        return story_fail(st, s, "summarize", NULL);
    }
    *out = sum;
    return BRIEF_OK;
}
