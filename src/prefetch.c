/*
 * prefetch.c - brief_prefetch (brief.h): the files of a path list read and
 * parsed ahead of their use, on worker threads.
 *
 * Parsing a web page is most of what reading a folder of them costs, and
 * each file is parsed on its own (pages_file_read touches only its own
 * arena and the allocator), so workers take files in order, a bounded
 * window ahead of the caller, while the caller adds them to its story or
 * page list one by one in path order: the result and every message are
 * the same as reading them one after another.  With one thread there are
 * no workers: each file is read when it is asked for.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ctx.h"
#include "pages.h"
#include "story.h"

/* Files read ahead per thread: enough to keep every worker busy while the
 * caller adds a slow one, few enough that memory stays a few files. */
#define PREFETCH_AHEAD_PER_THREAD 4
#define PREFETCH_MAX_THREADS 16

typedef struct slot {
    pages_file f;
    int done;   /* f is read (under the lock) */
    int taken;  /* handed to the caller, or passed over by it */
} slot;

struct brief_prefetch {
    brief_ctx *ctx;
    const brief_paths *paths;
    size_t n;
    slot *slots;
    size_t next;     /* the next file a worker claims */
    size_t consumed; /* files below this were handed out or passed over */
    size_t window;   /* files claimed at most this far ahead of consumed */
    int stop;
    pthread_mutex_t mu;
    pthread_cond_t ready; /* a file is done */
    pthread_cond_t room;  /* consumed moved, or stop */
    pthread_t *threads;
    unsigned nthreads;    /* workers started */
};

static unsigned flags_of(const brief_prefetch *pf, size_t i)
{
    return brief_paths_found(pf->paths, i) ? BRIEF_ADD_FOUND : 0;
}

static void *worker(void *arg)
{
    brief_prefetch *pf = arg;
    pthread_mutex_lock(&pf->mu);
    for (;;) {
        while (!pf->stop && pf->next < pf->n && pf->next >= pf->consumed + pf->window)
            pthread_cond_wait(&pf->room, &pf->mu);
        if (pf->stop || pf->next >= pf->n) break;
        size_t i = pf->next++;
        pthread_mutex_unlock(&pf->mu);
        pages_file f;
        pages_file_read(pf->ctx->a, brief_paths_get(pf->paths, i), flags_of(pf, i), &f);
        pthread_mutex_lock(&pf->mu);
        pf->slots[i].f = f;
        pf->slots[i].done = 1;
        pthread_cond_broadcast(&pf->ready);
    }
    pthread_mutex_unlock(&pf->mu);
    return NULL;
}

unsigned brief_prefetch_threads_default(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    if (n < 1) return 1;
    return n > PREFETCH_MAX_THREADS ? PREFETCH_MAX_THREADS : (unsigned)n;
}

brief_status brief_prefetch_new(brief_ctx *ctx, const brief_paths *paths, unsigned threads,
                                brief_prefetch **out)
{
    if (!out) return BRIEF_EINVAL;
    *out = NULL;
    if (!ctx || !paths) return BRIEF_EINVAL;
    if (threads == 0) threads = brief_prefetch_threads_default();
    if (threads > PREFETCH_MAX_THREADS) threads = PREFETCH_MAX_THREADS;
    brief_prefetch *pf = mem_malloc(ctx->a, sizeof *pf);
    if (!pf) return BRIEF_ENOMEM;
    memset(pf, 0, sizeof *pf);
    pf->ctx = ctx;
    pf->paths = paths;
    pf->n = brief_paths_count(paths);
    pf->window = (size_t)threads * PREFETCH_AHEAD_PER_THREAD;
    pf->slots = mem_malloc(ctx->a, (pf->n ? pf->n : 1) * sizeof *pf->slots);
    pf->threads = mem_malloc(ctx->a, threads * sizeof *pf->threads);
    if (!pf->slots || !pf->threads) {
        mem_free(ctx->a, pf->slots);
        mem_free(ctx->a, pf->threads);
        mem_free(ctx->a, pf);
        return BRIEF_ENOMEM;
    }
    memset(pf->slots, 0, (pf->n ? pf->n : 1) * sizeof *pf->slots);
    pthread_mutex_init(&pf->mu, NULL);
    pthread_cond_init(&pf->ready, NULL);
    pthread_cond_init(&pf->room, NULL);
    /* One thread: the caller reads each file itself, when it asks.  A
     * worker that cannot be started leaves the rest to those that were
     * (or to the caller). */
    if (threads > 1 && pf->n > 1)
        for (unsigned t = 0; t < threads; t++) {
            if (pthread_create(&pf->threads[pf->nthreads], NULL, worker, pf) != 0) break;
            pf->nthreads++;
        }
    *out = pf;
    return BRIEF_OK;
}

void brief_prefetch_free(brief_prefetch *pf)
{
    if (!pf) return;
    pthread_mutex_lock(&pf->mu);
    pf->stop = 1;
    pthread_cond_broadcast(&pf->room);
    pthread_mutex_unlock(&pf->mu);
    for (unsigned t = 0; t < pf->nthreads; t++) pthread_join(pf->threads[t], NULL);
    for (size_t i = 0; i < pf->n; i++)
        if (pf->slots[i].done) pages_file_release(pf->ctx->a, &pf->slots[i].f);
    pthread_cond_destroy(&pf->room);
    pthread_cond_destroy(&pf->ready);
    pthread_mutex_destroy(&pf->mu);
    const brief_allocator *a = pf->ctx->a;
    mem_free(a, pf->threads);
    mem_free(a, pf->slots);
    mem_free(a, pf);
}

/* File i, read: by a worker (waiting for it) or now, by the caller.  Files
 * are asked for in increasing order (the callers check: only the caller
 * writes consumed, under the lock); those passed over count as used. */
static pages_file *take(brief_prefetch *pf, size_t i)
{
    slot *s = &pf->slots[i];
    pthread_mutex_lock(&pf->mu);
    if (pf->consumed < i) pf->consumed = i;
    pthread_cond_broadcast(&pf->room);
    int mine = 0;
    if (!s->done && (pf->nthreads == 0 || i >= pf->next)) {
        /* no worker has it: read it here (and let no worker claim it) */
        if (i >= pf->next) pf->next = i + 1;
        mine = 1;
    }
    while (!mine && !s->done) pthread_cond_wait(&pf->ready, &pf->mu);
    pthread_mutex_unlock(&pf->mu);
    if (mine) {
        pages_file f;
        pages_file_read(pf->ctx->a, brief_paths_get(pf->paths, i), flags_of(pf, i), &f);
        pthread_mutex_lock(&pf->mu);
        s->f = f;
        s->done = 1;
        pthread_mutex_unlock(&pf->mu);
    }
    s->taken = 1;
    return &s->f;
}

/* Frees file i once added, and makes room for the workers. */
static void give_back(brief_prefetch *pf, size_t i)
{
    pthread_mutex_lock(&pf->mu);
    pages_file_release(pf->ctx->a, &pf->slots[i].f);
    pf->slots[i].done = 0;
    if (pf->consumed < i + 1) pf->consumed = i + 1;
    pthread_cond_broadcast(&pf->room);
    pthread_mutex_unlock(&pf->mu);
}

brief_status brief_story_add_prefetched(brief_story *st, brief_prefetch *pf, size_t i)
{
    if (!st || !pf || i >= pf->n || i < pf->consumed || pf->slots[i].taken) return BRIEF_EINVAL;
    brief_status s = story_add_read(st, brief_paths_get(pf->paths, i), take(pf, i));
    give_back(pf, i);
    return s;
}

brief_status brief_pages_add_prefetched(brief_pages *p, brief_prefetch *pf, size_t i)
{
    if (!p || !pf || i >= pf->n || i < pf->consumed || pf->slots[i].taken) return BRIEF_EINVAL;
    brief_status s = pages_list_add(p, brief_paths_get(pf->paths, i), take(pf, i));
    give_back(pf, i);
    return s;
}
