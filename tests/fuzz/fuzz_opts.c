/*
 * fuzz_opts.c - libFuzzer target for the command line's option parsing
 * (parse_options, src/cli/opts.c), linked with the CLI's opts.c and
 * diag.c but not main.c.
 *
 * The input is cut at every NUL or newline into arguments (at most 64).
 * The first picks the command, as main.c would see it: its own text when
 * that is a command's name, else the command its first byte picks.  The
 * arguments are parsed twice, each time from a fresh copy (the first one
 * freed before the second parse), as a program that parses two command
 * lines would.  Checked, with abort():
 *   - parse_options returns -1 (go on), 0 (--help, --version, --lang list)
 *     or 1 (usage error), and never exits;
 *   - both parses give the same result: getopt's state does not leak from
 *     one to the next;
 *   - after -1: optind is within the arguments; every option set is one
 *     the command takes; the values are in their ranges (a format the
 *     command writes, one length option, counts and --ratio in range,
 *     --hashes a multiple of --bands, min_points <= points); every string
 *     option points into the arguments.
 * --help prints to standard output and errors to standard error: run it
 * with -close_fd_mask=3 (make fuzz-opts does).  See docs/fuzzing.md.
 */
#include <getopt.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "opts.h"

#define MAX_ARGS 64

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const commands[] = {"summarize", "split", "story", "quotes",
                                       "idf",       "daily", "sketch"};
#define NCOMMANDS (sizeof commands / sizeof commands[0])

/* What one parse gave, with each string option as where it points:
 * -1 NULL, -2 the built-in default, else argument * 65536 + offset. */
typedef struct result {
    int rc, optind, quiet;
    options o;
    long lang, idf, output, previous;
} result;

static long where(const char *p, char **argv, int argc, const char *dflt)
{
    if (!p) return -1;
    for (int i = 0; i < argc; i++) {
        size_t n = strlen(argv[i]);
        if (p >= argv[i] && p <= argv[i] + n) return (long)i * 65536 + (long)(p - argv[i]);
    }
    if (dflt && strcmp(p, dflt) == 0) return -2;
    abort(); /* points neither into the arguments nor at its default */
}

/* The arguments: args[0] the command, then the pieces of the input after
 * the first; each malloc'ed, so a pointer kept into them is caught. */
static int make_argv(const char *cmd, const uint8_t *data, size_t size, size_t start,
                     char **argv)
{
    int argc = 0;
    argv[argc++] = strdup(cmd);
    for (size_t i = start; i <= size && argc < MAX_ARGS; ) {
        size_t j = i;
        while (j < size && data[j] != 0 && data[j] != '\n') j++;
        if (i == size) break;
        char *a = malloc(j - i + 1);
        if (!a) break;
        memcpy(a, data + i, j - i);
        a[j - i] = '\0';
        argv[argc++] = a;
        i = j + 1;
    }
    argv[argc] = NULL;
    return argc;
}

static void free_argv(char **argv, int argc)
{
    for (int i = 0; i < argc; i++) free(argv[i]);
}

static void parse(const char *cmd, const uint8_t *data, size_t size, size_t start, result *r)
{
    char *argv[MAX_ARGS + 1], *copy[MAX_ARGS + 1];
    int argc = make_argv(cmd, data, size, start, argv);
    /* getopt_long reorders argv; the copy keeps every string to free. */
    memcpy(copy, argv, sizeof argv);
    quiet = 0;
    optind = 0;
    r->rc = parse_options(cmd, argc, argv, &r->o);
    r->optind = optind;
    r->quiet = quiet;
    if (r->rc == -1 && (optind < 1 || optind > argc)) abort();
    r->lang = where(r->o.lang, argv, argc, "auto");
    r->idf = where(r->o.idf, argv, argc, NULL);
    r->output = where(r->o.output, argv, argc, NULL);
    r->previous = where(r->o.previous, argv, argc, NULL);
    r->o.lang = r->o.idf = r->o.output = r->o.previous = NULL;
    free_argv(copy, argc);
}

/* Field by field: the options struct has padding. */
static int same(const result *a, const result *b)
{
    const options *x = &a->o, *y = &b->o;
    return a->rc == b->rc && a->optind == b->optind && a->quiet == b->quiet &&
           a->lang == b->lang && a->idf == b->idf && a->output == b->output &&
           a->previous == b->previous && x->budget.unit == y->budget.unit &&
           x->budget.value == y->budget.value && x->budget_set == y->budget_set &&
           x->format == y->format && x->points == y->points &&
           x->min_points == y->min_points && x->quotes == y->quotes &&
           x->min_sources == y->min_sources && x->hashes == y->hashes && x->bands == y->bands &&
           x->min_docs == y->min_docs && x->strict == y->strict && x->jsonl == y->jsonl &&
           x->times == y->times && x->lines == y->lines;
}

static int is(const char *cmd, const char *name) { return strcmp(cmd, name) == 0; }

/* What the options of a parse that went on may hold for command cmd. */
static void check(const char *cmd, const result *r)
{
    const options *o = &r->o;
    int story = is(cmd, "story") || is(cmd, "daily"), daily = is(cmd, "daily");
    int summarize = is(cmd, "summarize"), idf = is(cmd, "idf"), sketch = is(cmd, "sketch");
    int ok = 1;
    switch (o->format) {
    case BRIEF_FORMAT_TEXT: break;
    case BRIEF_FORMAT_JSON: ok &= !idf; break;
    case BRIEF_FORMAT_MARKDOWN: case BRIEF_FORMAT_HTML: ok &= story; break;
    case BRIEF_FORMAT_TSV: ok &= is(cmd, "quotes"); break;
    default: ok = 0;
    }
    if (o->budget_set) {
        ok &= summarize;
        if (o->budget.unit == BRIEF_BUDGET_RATIO) ok &= o->budget.value > 0 && o->budget.value <= 1;
        else ok &= (unsigned)o->budget.unit <= BRIEF_BUDGET_RATIO && o->budget.value >= 0 &&
                   o->budget.value <= 1e12;
    } else {
        ok &= o->budget.unit == BRIEF_BUDGET_SENTENCES && o->budget.value == 5;
    }
    ok &= (r->output == -1 || idf || daily) && (r->previous == -1 || daily);
    ok &= (!o->strict && !o->times && o->min_sources == 1) || daily;
    ok &= !o->jsonl || summarize || is(cmd, "story");
    ok &= (!o->lines && o->min_docs == 2) || idf;
    ok &= (o->points == 6 && o->min_points == 4 && o->quotes == 4) || story;
    ok &= (o->hashes == 64 && o->bands == 16) || sketch;
    if (story) ok &= o->points <= 1000 && o->quotes <= 1000 && o->min_points <= o->points;
    if (sketch) ok &= o->hashes >= 1 && o->hashes <= 4096 && o->bands >= 1 &&
                      (size_t)o->hashes % (size_t)o->bands == 0;
    if (!ok) abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0) return 0;
    size_t end = 0;
    while (end < size && data[end] != 0 && data[end] != '\n') end++;
    const char *cmd = commands[data[0] % NCOMMANDS];
    for (size_t i = 0; i < NCOMMANDS; i++)
        if (strlen(commands[i]) == end && memcmp(commands[i], data, end) == 0) cmd = commands[i];

    result a, b;
    parse(cmd, data, size, end + 1, &a);
    parse(cmd, data, size, end + 1, &b);
    if (a.rc != -1 && a.rc != 0 && a.rc != EXIT_USAGE) abort();
    if (!same(&a, &b)) abort(); /* the second parse saw the first */
    if (a.rc == -1) check(cmd, &a);
    return 0;
}
