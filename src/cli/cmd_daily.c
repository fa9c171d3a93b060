/* cmd_daily.c - brief daily: the day's articles grouped into stories, one
 * brief per story, biggest first, on standard output or as the files of an
 * output folder (never half-written: brief_outdir). */
#include <time.h>
#include <unistd.h>

#include "commands.h"

typedef struct day {
    session s;
    brief_previous *prev;
    brief_outdir *od;
    brief_grouping *grouping;
    brief_edition *ed;
    const char *ext;
    size_t nstories;
    double t0, t_read, t_group, t_compose;  /* for --times */
} day;

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int cannot_write(const day *d)
{
    const char *in_way = d->od ? brief_outdir_failed(d->od) : NULL;
    return fail(EXIT_OUTPUT, "%s%s%s: cannot write: %s", shown(d->s.o.output), in_way ? "/" : "",
                in_way ? in_way : "", strerror(errno));
}

/* The previous edition, the output folder (a bad -o fails before any
 * work), the day's articles, and their stories. */
static int read_day(day *d)
{
    const options *o = &d->s.o;
    brief_status ps = BRIEF_OK; /* an unreadable one costs only the statuses */
    if (o->previous && (ps = brief_previous_new(NULL, &d->prev)) == BRIEF_OK)
        ps = brief_previous_load(d->prev, o->previous);
    const char *why = d->prev ? shown(brief_previous_errmsg(d->prev)) : "out of memory";
    if (ps == BRIEF_ENOMEM || (ps && o->strict)) return fail(EXIT_NOINPUT, "%s", why);
    if (ps) warn("%s; every story is new", why);
    if (o->output && brief_outdir_open(o->output, &d->od) != BRIEF_OK)
        return fail(EXIT_OUTPUT, "%s: cannot write here: %s", shown(o->output), strerror(errno));
    d->t0 = now_seconds();
    int rc = session_read(&d->s, "reading articles");
    d->t_read = now_seconds();
    if (rc == 0 && brief_story_group(d->s.st, &d->grouping) != BRIEF_OK)
        rc = story_failed(&d->s, BRIEF_EEMPTY);
    d->nstories = brief_grouping_count(d->grouping);
    d->t_group = now_seconds();
    return rc;
}

/* Story g of the grouping into the edition and the folder, unless left
 * out (too few sources, or articles with no sentence). */
static int add_story(day *d, size_t g, const brief_compose_options *co)
{
    const size_t *docs;
    size_t n, nsrc, len = 0;
    brief_grouping_docs(d->grouping, g, &docs, &n, &nsrc);
    progress("composing stories", g + 1, d->nstories);
    if (nsrc < (size_t)d->s.o.min_sources) return 0;
    brief_digest *dg = NULL;
    brief_status s = brief_story_compose_docs(d->s.st, docs, n, co, &dg);
    if (s == BRIEF_EEMPTY) return 0;
    const char *text = NULL, *why = brief_story_errmsg(d->s.st);
    if (s == BRIEF_OK) s = brief_edition_add(d->ed, dg, docs, n, nsrc, &text, &len);
    brief_digest_free(dg);
    if (s != BRIEF_OK) return fail(EXIT_NOINPUT, "%s", shown(why[0] ? why : brief_strerror(s)));
    char name[64];
    snprintf(name, sizeof name, "story-%03zu.%s", brief_edition_count(d->ed), d->ext);
    return d->od && brief_outdir_add(d->od, name, text, len) != BRIEF_OK ? cannot_write(d) : 0;
}

static int compose_day(day *d)
{
    brief_compose_options co;
    compose_options(&d->s.o, &co);
    brief_previous_seen(d->prev, &co.seen, &co.nseen);
    co.seen_sorted = 1; /* as brief_previous gives them */
    d->ext = brief_format_extension(d->s.o.format);
    if (brief_edition_new(NULL, d->s.st, d->s.o.format, d->prev, &d->ed) != BRIEF_OK)
        return fail(EXIT_OUTPUT, "out of memory");
    int rc = 0;
    for (size_t g = 0; g < d->nstories && rc == 0; g++) rc = add_story(d, g, &co);
    /* Nothing to show: no file is written, the previous ones stay. */
    if (rc || brief_edition_count(d->ed)) return rc;
    return fail(EXIT_NOINPUT, "no story could be written: the articles have no sentences");
}

/* The index, into the folder (then every file put in place) or stdout. */
static int write_day(day *d)
{
    const char *text;
    size_t len;
    char name[32];
    snprintf(name, sizeof name, "index.%s", d->ext);
    d->t_compose = now_seconds();
    if (brief_edition_index(d->ed, &text, &len) != BRIEF_OK)
        return fail(EXIT_OUTPUT, "out of memory");
    if (d->od && (brief_outdir_add(d->od, name, text, len) != BRIEF_OK ||
                  brief_outdir_commit(d->od, "story-", d->ext) != BRIEF_OK))
        return cannot_write(d);
    if (!d->od && len && fwrite(text, 1, len, stdout) != len) {
        finish_output(); /* says why */
        return EXIT_OUTPUT;
    }
    int rc = finish_output(), skipped = d->s.skipped;
    if (d->s.o.times)
        fprintf(stderr, "brief: times: read+clean %.3f s (%zu articles), split+tokens+group "
                "%.3f s (%zu stories), compose+render %.3f s, write %.3f s\n",
                d->t_read - d->t0, d->s.added, d->t_group - d->t_read, d->nstories,
                d->t_compose - d->t_group, now_seconds() - d->t_compose);
    if (rc || !skipped || !d->s.o.strict) return rc;
    return fail(EXIT_NOINPUT, "%d input file%s skipped (--strict)", skipped,
                skipped == 1 ? "" : "s");
}

int cmd_daily(int argc, char **argv)
{
    day d = {.prev = NULL};
    int rc = session_open(&d.s, "daily", argc, argv, NULL);
    if (rc >= 0) return rc;
    progress_on = !quiet && isatty(STDERR_FILENO);
    rc = d.s.argc ? read_day(&d)
                  : usage_error("daily: give the folder (or files) of the day's articles");
    if (rc == 0) rc = compose_day(&d);
    if (rc == 0) rc = write_day(&d);
    brief_edition_free(d.ed);
    brief_outdir_free(d.od);
    brief_previous_free(d.prev);
    brief_grouping_free(d.grouping);
    return session_close(&d.s, rc);
}
