/* cmd_daily.c - brief daily: a folder of the day's articles grouped into
 * stories, one brief per story, biggest first, on standard output or as
 * the files of an output folder (never half-written: brief_outdir). */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "commands.h"
#include "diag.h"

typedef struct day {
    session s;
    brief_previous *prev;
    brief_outdir *od;
    brief_grouping *grouping;
    brief_edition *ed;
    const char *ext;
    size_t added, nstories;
    double t0, t_read, t_group, t_compose;
    int progress_on;    /* standard error is a terminal, not --quiet */
} day;

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void progress(const day *d, const char *what, size_t done, size_t total)
{
    if (!d->progress_on) return;
    int width = 30, filled = total ? (int)((double)done / (double)total * width) : width;
    fprintf(stderr, "\rbrief: %-18s [", what);
    for (int i = 0; i < width; i++) fputc(i < filled ? '#' : ' ', stderr);
    fprintf(stderr, "] %zu/%zu", done, total);
    if (done == total) fputc('\n', stderr);
    fflush(stderr);
}

static int cannot_write(const day *d)
{
    msg("%s: cannot write: %s", shown(d->s.o.output), strerror(errno));
    return EXIT_OUTPUT;
}

/* The previous edition and the output folder (a bad -o fails before any
 * work), then the day's articles. */
static int read_day(day *d)
{
    const options *o = &d->s.o;
    if (o->previous && (brief_previous_new(NULL, &d->prev) != BRIEF_OK ||
                        brief_previous_load(d->prev, o->previous) != BRIEF_OK)) {
        msg("%s", shown(d->prev ? brief_previous_errmsg(d->prev) : "out of memory"));
        return EXIT_NOINPUT;
    }
    if (o->output && brief_outdir_open(o->output, &d->od) != BRIEF_OK) {
        msg("%s: cannot write here: %s", shown(o->output), strerror(errno));
        return EXIT_OUTPUT;
    }
    if (brief_story_new(d->s.ctx, &d->s.st) != BRIEF_OK ||
        gather(d->s.argc, d->s.argv, &d->s.paths, &d->s.skipped) != 0) {
        msg("out of memory");
        return EXIT_NOINPUT;
    }
    d->t0 = now_seconds();
    size_t n = d->s.paths.n;
    for (size_t i = 0; i < n; i++) {
        d->added += load(d->s.st, &d->s.paths, i, i + 1, &d->s.skipped);
        if (i % 64 == 63 || i + 1 == n) progress(d, "reading articles", i + 1, n);
    }
    if (d->added == 0) {
        msg("no usable input");
        return EXIT_NOINPUT;
    }
    d->t_read = now_seconds();
    return 0;
}

/* Story g of the grouping into the edition (and its file); 0 also when
 * it is left out. */
static int add_story(day *d, size_t g, const brief_compose_options *co)
{
    const size_t *docs;
    size_t n, nsrc;
    brief_grouping_docs(d->grouping, g, &docs, &n, &nsrc);
    progress(d, "composing stories", g + 1, d->nstories);
    if (nsrc < (size_t)d->s.o.min_sources) return 0;
    brief_digest *dg = NULL;
    brief_status s = brief_story_compose_docs(d->s.st, docs, n, co, &dg);
    if (s == BRIEF_EEMPTY) return 0; /* a story of articles with no sentence */
    const char *text = NULL;
    size_t len = 0;
    if (s == BRIEF_OK) s = brief_edition_add(d->ed, dg, docs, n, nsrc, &text, &len);
    brief_digest_free(dg);
    if (s != BRIEF_OK) {
        const char *why = brief_story_errmsg(d->s.st);
        msg("%s", shown(why[0] ? why : brief_strerror(s)));
        return EXIT_NOINPUT;
    }
    char name[64];
    snprintf(name, sizeof name, "story-%03zu.%s", brief_edition_count(d->ed), d->ext);
    if (d->od && brief_outdir_add(d->od, name, text, len) != BRIEF_OK) return cannot_write(d);
    return 0;
}

static int compose_day(day *d)
{
    if (brief_story_group(d->s.st, &d->grouping) != BRIEF_OK) {
        msg("%s", shown(brief_story_errmsg(d->s.st)));
        return EXIT_NOINPUT;
    }
    d->nstories = brief_grouping_count(d->grouping);
    d->t_group = now_seconds();
    brief_compose_options co;
    compose_options(&d->s.o, &co);
    brief_previous_seen(d->prev, &co.seen, &co.nseen);
    d->ext = brief_format_extension(d->s.o.format);
    if (brief_edition_new(NULL, d->s.st, d->s.o.format, d->prev, &d->ed) != BRIEF_OK) {
        msg("out of memory");
        return EXIT_OUTPUT;
    }
    int rc = 0;
    for (size_t g = 0; g < d->nstories && rc == 0; g++) rc = add_story(d, g, &co);
    if (rc == 0 && brief_edition_count(d->ed) == 0) {
        /* Nothing to show: no file is written, the previous ones stay. */
        msg("no story could be written: the articles have no sentences");
        rc = EXIT_NOINPUT;
    }
    return rc;
}

/* The index, to the folder (then every file put in place) or stdout. */
static int write_day(day *d)
{
    d->t_compose = now_seconds();
    const char *text;
    size_t len;
    if (brief_edition_index(d->ed, &text, &len) != BRIEF_OK) {
        msg("out of memory");
        return EXIT_OUTPUT;
    }
    char name[32];
    snprintf(name, sizeof name, "index.%s", d->ext);
    if (d->od && (brief_outdir_add(d->od, name, text, len) != BRIEF_OK ||
                  brief_outdir_commit(d->od, "story-", d->ext) != BRIEF_OK))
        return cannot_write(d);
    if (!d->od && len && fwrite(text, 1, len, stdout) != len) {
        int rc = finish_output();
        return rc ? rc : EXIT_OUTPUT;
    }
    int rc = finish_output();
    if (d->s.o.times)
        fprintf(stderr,
                "brief: times: read+clean %.3f s (%zu articles), split+tokens+group %.3f s (%zu stories), "
                "compose+render %.3f s, write %.3f s\n",
                d->t_read - d->t0, d->added, d->t_group - d->t_read, d->nstories,
                d->t_compose - d->t_group, now_seconds() - d->t_compose);
    int skipped = d->s.skipped;
    if (rc == 0 && skipped && d->s.o.strict) {
        msg("%d input file%s skipped (--strict)", skipped, skipped == 1 ? "" : "s");
        rc = EXIT_NOINPUT;
    }
    return rc;
}

int cmd_daily(int argc, char **argv)
{
    day d = {.prev = NULL};
    int rc = session_open(&d.s, "daily", argc, argv, NULL);
    if (rc >= 0) return rc;
    d.progress_on = !quiet && isatty(STDERR_FILENO);
    if (d.s.argc == 0) rc = usage_error("daily: give the folder (or files) of the day's articles");
    if (rc <= 0) rc = read_day(&d);
    if (rc == 0) rc = compose_day(&d);
    if (rc == 0) rc = write_day(&d);
    brief_edition_free(d.ed);
    brief_outdir_free(d.od);
    brief_previous_free(d.prev);
    brief_grouping_free(d.grouping);
    return session_close(&d.s, rc);
}
