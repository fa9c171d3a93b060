/*
 * rank.c - TextRank (Mihalcea & Tarau 2004) as personalised PageRank on an
 * implicit cosine-similarity graph; see rank.h for the formulation.
 *
 * With x_i the unit TF-IDF vector of sentence i, S the sum of all x_i and
 * S_d the sum over document d, the weight of edge (i, j) is
 *     w_ij = x_i . x_j * (cross_source if doc i != doc j else 1),  i != j
 * so that
 *     (W q)_i = c x_i.(X^T q) - (c - 1) x_i.(X_d^T q_d) - q_i |x_i|^2
 * and the weighted degree D_i is the same expression with q = 1.  Each
 * power iteration is therefore a handful of sparse passes.
 */
#include "rank.h"

#include <math.h>
#include <string.h>

void rank_params_default(rank_params *p)
{
    /* 0.85 is PageRank's and TextRank's damping.  The cross-source factor
     * was tuned on DUC 2003 (make eval): 1 (plain TextRank) to 3 moved
     * ROUGE little; 2 gives agreement between sources a clear edge. */
    p->damping = 0.85;
    p->cross_source = 2.0;
    p->min_degree = 1.0;
    p->max_iter = 100;
    p->tol = 1e-7;
}

/* Teleport weight of the k-th sentence (from 0) before normalising. */
static double lead_weight(size_t k)
{
    return 1.0 / pow((double)k + 1, RANK_POSITION_DECAY) + RANK_POSITION_FLOOR;
}

void rank_lead_prior(size_t nsents, double *prior)
{
    double share = 0;
    for (size_t k = 0; k < nsents; k++) share += lead_weight(k);
    for (size_t k = 0; k < nsents; k++) prior[k] = lead_weight(k) / share;
}

/* y_i = c x_i.(X^T q) - (c-1) x_i.(X_d^T q_d) - q_i |x_i|^2 for all i. */
static void apply(const svec *v, const uint32_t *doc, size_t n, double c,
                  const double *q, double *y, double *global, double *local)
{
    /* global = X^T q */
    for (size_t i = 0; i < n; i++)
        for (uint32_t k = 0; k < v[i].n; k++)
            global[v[i].term[k]] += q[i] * v[i].w[k];
    for (size_t start = 0; start < n;) {
        size_t end = start;
        while (end < n && doc[end] == doc[start]) end++;
        for (size_t i = start; i < end; i++)
            for (uint32_t k = 0; k < v[i].n; k++)
                local[v[i].term[k]] += q[i] * v[i].w[k];
        for (size_t i = start; i < end; i++) {
            double g = 0, l = 0, self = 0;
            for (uint32_t k = 0; k < v[i].n; k++) {
                g += v[i].w[k] * global[v[i].term[k]];
                l += v[i].w[k] * local[v[i].term[k]];
                self += (double)v[i].w[k] * v[i].w[k];
            }
            double r = c * g - (c - 1) * l - q[i] * self;
            y[i] = r > 0 ? r : 0;
        }
        for (size_t i = start; i < end; i++)
            for (uint32_t k = 0; k < v[i].n; k++) local[v[i].term[k]] = 0;
        start = end;
    }
    for (size_t i = 0; i < n; i++)
        for (uint32_t k = 0; k < v[i].n; k++) global[v[i].term[k]] = 0;
}

brief_status rank_textrank(arena *ar, const svec *vecs, const uint32_t *doc,
                           size_t n, size_t nterms, const double *prior,
                           const rank_params *p, double *score)
{
    if (n == 0) return BRIEF_OK;
    double *tele = arena_alloc(ar, n * sizeof *tele);
    double *deg = arena_alloc(ar, n * sizeof *deg);
    double *q = arena_alloc(ar, n * sizeof *q);
    double *y = arena_alloc(ar, n * sizeof *y);
    double *global = arena_calloc(ar, nterms ? nterms : 1, sizeof *global);
    double *local = arena_calloc(ar, nterms ? nterms : 1, sizeof *local);
    if (!tele || !deg || !q || !y || !global || !local) return BRIEF_ENOMEM;

    double tsum = 0;
    for (size_t i = 0; i < n; i++) tsum += prior ? prior[i] : 0;
    for (size_t i = 0; i < n; i++)
        tele[i] = tsum > 0 ? prior[i] / tsum : 1.0 / (double)n;

    for (size_t i = 0; i < n; i++) q[i] = 1;
    apply(vecs, doc, n, p->cross_source, q, deg, global, local);

    for (size_t i = 0; i < n; i++) score[i] = tele[i];
    for (int it = 0; it < p->max_iter; it++) {
        double dangling = 0;
        for (size_t i = 0; i < n; i++) {
            /* A sentence spreads its mass over its neighbours in proportion
             * to similarity, but a total similarity below p->min_degree
             * does not count as a full edge: the rest goes back to the
             * teleport vector.  Without the floor, two sentences that only
             * share "said" pass all their mass to each other and outrank
             * an unconnected lead (plain PageRank normalises any degree to
             * 1).  A sentence with no neighbour returns all its mass. */
            double dn = deg[i] > p->min_degree ? deg[i] : p->min_degree;
            if (deg[i] > 1e-12) q[i] = score[i] / dn;
            else q[i] = 0;
            dangling += score[i] * (1 - (deg[i] > 1e-12 ? deg[i] / dn : 0));
        }
        apply(vecs, doc, n, p->cross_source, q, y, global, local);
        double sum = 0;
        for (size_t i = 0; i < n; i++) {
            y[i] = (1 - p->damping) * tele[i] + p->damping * (y[i] + dangling * tele[i]);
            sum += y[i];
        }
        double diff = 0;
        for (size_t i = 0; i < n; i++) {
            double s = sum > 0 ? y[i] / sum : tele[i];
            diff += fabs(s - score[i]);
            score[i] = s;
        }
        if (diff < p->tol) break;
    }
    return BRIEF_OK;
}
