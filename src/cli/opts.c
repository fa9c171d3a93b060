/* opts.c - option parsing and --help; see opts.h. */
#include "opts.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"

static const char usage_text[] =
    "usage: brief COMMAND [OPTIONS] [PATH...]\n\n"
    "Extractive summaries of news articles: every sentence printed stands\n"
    "verbatim in an input.  PATH is a file, a folder (its text files), or -\n"
    "for standard input (the default).  Text, web pages, feeds (RSS, Atom;\n"
    "each item an article) and mail (.eml) are read, recognised by content.\n\n"
    "commands:\n"
    "  summarize   the sentences that best sum up all inputs, in reading order\n"
    "  split       the body sentences of each input, one per line\n"
    "  extract     what brief reads of each input: a web page's article (title,\n"
    "              then the body paragraph by paragraph), each item of a feed,\n"
    "              a mail's message, a text file's title and body\n"
    "  story       a brief of several articles on one story: headline, lead,\n"
    "              key points with their sources, attributed quotes\n"
    "  quotes      every direct quote with its speaker\n"
    "  daily       a folder of the day's articles: grouped into stories, one\n"
    "              brief per story, biggest stories first\n"
    "  idf         build a background IDF table from a collection of articles\n"
    "  sketch      a MinHash signature per article, one JSON line each, with\n"
    "              LSH band keys for grouping stories at scale\n\n"
    "summarize options:\n"
    "  -n, --sentences N   at most N sentences (default 5)\n"
    "      --words N       at most N words\n"
    "      --chars N       at most N characters\n"
    "      --bytes N       at most N bytes of UTF-8\n"
    "      --ratio R       at most the fraction R (0-1] of the input's words\n\n"
    "story options:\n"
    "  -p, --points N      at most N key points (default 6)\n"
    "      --min-points N  at least N key points when the story has them (4)\n"
    "      --quotes N      at most N quotes (default 4)\n\n"
    "daily options (and the story options):\n"
    "  -o, --output DIR    write DIR/index.EXT and DIR/story-NNN.EXT (EXT from\n"
    "                      --format: txt, md, html, json) instead of stdout\n"
    "      --previous FILE an earlier --format json output: leave out what it\n"
    "                      reported and mark stories new or updated\n"
    "      --min-sources N leave out stories carried by fewer sources (1)\n"
    "      --strict        exit 2 when any input file was skipped (also extract)\n"
    "      --times         print the time each stage took on standard error\n\n"
    "summarize and story:\n"
    "      --jsonl         read one article per line, {\"id\", \"title\", \"text\",\n"
    "                      \"source\", \"url\", \"date\", \"author\"} (for story also\n"
    "                      {\"id\", \"articles\": [...]}), and write one JSON\n"
    "                      result per line\n\n"
    "common options:\n"
    "  -f, --format FMT    text (default) or json; story and daily also md and\n"
    "                      html;\n"
    "                      quotes also tsv\n"
    "  -l, --lang NAME     language: auto (default) or a Snowball name\n"
    "                      (english, german, french, ...; --lang list shows all)\n"
    "      --idf FILE      IDF table from 'brief idf' instead of the shipped one\n"
    "      --include GLOB  from folders, read only files matching GLOB (repeatable)\n"
    "      --exclude GLOB  from folders, pass over files and folders matching GLOB\n"
    "      --jobs N        read and parse files on N threads (default 0: one per\n"
    "                      core)\n"
    "  -q, --quiet         no warnings on standard error\n"
    "  -h, --help          this help\n"
    "      --version       the version\n\n"
    "sketch options:\n"
    "      --hashes N      signature length (default 64)\n"
    "      --bands B       LSH bands (default 16; must divide --hashes)\n\n"
    "idf options:\n"
    "  -o, --output FILE   write the table to FILE (default: standard output)\n"
    "      --lines         each line of each file is one document\n"
    "      --min-docs N    leave out stems seen in fewer than N documents (2)\n\n"
    "exit status: 0 success, 1 usage error, 2 no usable input,\n"
    "3 output could not be written.  See brief(1).\n";

int show_help(void) { fputs(usage_text, stdout); return finish_output(); }

int show_version(void) { printf("brief %s\n", brief_version_string()); return finish_output(); }

enum { OPT_WORDS = 256, OPT_CHARS, OPT_BYTES, OPT_RATIO, OPT_IDF, OPT_VERSION, OPT_LINES,
       OPT_MINDOCS, OPT_MINPOINTS, OPT_QUOTES, OPT_PREVIOUS, OPT_MINSOURCES, OPT_STRICT,
       OPT_JSONL, OPT_HASHES, OPT_BANDS, OPT_TIMES, OPT_INCLUDE, OPT_EXCLUDE,
       OPT_JOBS };

/* Strict unsigned parse: digits only, no sign, no junk, no overflow. */
/* One --include or --exclude pattern. */
static int add_glob(options *o, const char *opt, const char *pattern, int exclude)
{
    if (!pattern || !*pattern) return usage_error("%s: a pattern is required", opt);
    if (o->nglobs == OPTS_MAX_GLOBS)
        return usage_error("%s: at most %d patterns", opt, OPTS_MAX_GLOBS);
    o->globs[o->nglobs] = pattern;
    o->glob_exclude[o->nglobs++] = exclude;
    return 0;
}

static int parse_count(const char *opt, const char *s, double *out)
{
    if (!s || !*s) return usage_error("%s: a number is required", opt);
    for (const char *p = s; *p; p++)
        if (*p < '0' || *p > '9')
            return usage_error("%s: '%s' is not a whole number >= 0", opt, shown(s));
    errno = 0;
    unsigned long long v = strtoull(s, NULL, 10);
    if (errno == ERANGE || v > 1000000000000ULL)
        return usage_error("%s: '%s' is too large", opt, shown(s));
    *out = (double)v;
    return 0;
}

/* -n, --words, --chars, --bytes, --ratio: only one of them. */
static int set_budget(options *o, brief_budget_unit unit, const char *opt, const char *s)
{
    if (o->budget_set) return usage_error("%s: only one length option may be given", opt);
    o->budget_set = 1;
    o->budget.unit = unit;
    if (unit != BRIEF_BUDGET_RATIO) return parse_count(opt, s, &o->budget.value);
    char *end;
    errno = 0;
    double v = s && *s ? strtod(s, &end) : -1;
    if (!s || !*s || *end || errno || !(v > 0 && v <= 1))
        return usage_error("--ratio: '%s' is not a number in (0, 1]", s ? shown(s) : "");
    o->budget.value = v;
    return 0;
}

#define R(name, val) {name, required_argument, NULL, val}
#define N(name, val) {name, no_argument, NULL, val}
static const struct option long_opts[] = {
    R("sentences", 'n'), R("words", OPT_WORDS), R("chars", OPT_CHARS), R("bytes", OPT_BYTES),
    R("ratio", OPT_RATIO), R("format", 'f'), R("lang", 'l'), R("idf", OPT_IDF), R("output", 'o'),
    N("lines", OPT_LINES), R("min-docs", OPT_MINDOCS), R("points", 'p'),
    R("min-points", OPT_MINPOINTS), R("quotes", OPT_QUOTES), R("previous", OPT_PREVIOUS),
    R("min-sources", OPT_MINSOURCES), N("strict", OPT_STRICT), N("jsonl", OPT_JSONL),
    R("include", OPT_INCLUDE), R("exclude", OPT_EXCLUDE), R("hashes", OPT_HASHES), R("bands", OPT_BANDS), N("times", OPT_TIMES), N("quiet", 'q'),
    R("jobs", OPT_JOBS),
    N("help", 'h'), N("version", OPT_VERSION), {NULL, 0, NULL, 0},
};

/* Which options a command takes (daily takes story's). */
typedef struct command { int summarize, idf, daily, story, quotes, sketch, extract; } command;

/* -f; tsv is kept apart, as json or text given after it never undid it. */
static int set_format(options *o, const command *c, const char *arg, int *tsv)
{
    if (strcmp(arg, "json") == 0) o->format = BRIEF_FORMAT_JSON;
    else if (strcmp(arg, "text") == 0) o->format = BRIEF_FORMAT_TEXT;
    else if (c->story && (strcmp(arg, "md") == 0 || strcmp(arg, "markdown") == 0))
        o->format = BRIEF_FORMAT_MARKDOWN;
    else if (c->story && strcmp(arg, "html") == 0) o->format = BRIEF_FORMAT_HTML;
    else if (c->quotes && strcmp(arg, "tsv") == 0) *tsv = 1;
    else
        return usage_error("--format: '%s' is not one of: %s", shown(arg),
                           c->story ? "text, md, html, json"
                           : c->quotes ? "text, tsv, json" : "text, json");
    return 0;
}

#define SET(allowed, field, value) ((allowed) ? ((field) = (value), 0) : -2)

/* One option: 0 to go on, -2 when the command has no such option, else
 * an exit code. */
static int one_option(int opt, const command *c, options *o, int *tsv)
{
    const char *a = optarg;
    switch (opt) {
    case 'n': return c->summarize ? set_budget(o, BRIEF_BUDGET_SENTENCES, "-n", a) : -2;
    case OPT_WORDS: return c->summarize ? set_budget(o, BRIEF_BUDGET_WORDS, "--words", a) : -2;
    case OPT_CHARS: return c->summarize ? set_budget(o, BRIEF_BUDGET_CHARS, "--chars", a) : -2;
    case OPT_BYTES: return c->summarize ? set_budget(o, BRIEF_BUDGET_BYTES, "--bytes", a) : -2;
    case OPT_RATIO: return c->summarize ? set_budget(o, BRIEF_BUDGET_RATIO, "--ratio", a) : -2;
    case 'f': return c->idf ? -2 : set_format(o, c, a, tsv);
    case 'l': return SET(1, o->lang, a);
    case OPT_IDF: return SET(1, o->idf, a);
    case 'q': return SET(1, quiet, 1);
    case 'o': return SET(c->idf || c->daily, o->output, a);
    case OPT_PREVIOUS: return SET(c->daily, o->previous, a);
    case OPT_STRICT: return SET(c->daily || c->extract, o->strict, 1);
    case OPT_TIMES: return SET(c->daily, o->times, 1);
    case OPT_INCLUDE: return add_glob(o, "--include", a, 0);
    case OPT_EXCLUDE: return add_glob(o, "--exclude", a, 1);
    case OPT_JOBS: return parse_count("--jobs", a, &o->jobs);
    case OPT_JSONL: return SET(c->summarize || (c->story && !c->daily), o->jsonl, 1);
    case OPT_LINES: return SET(c->idf, o->lines, 1);
    case OPT_MINSOURCES: return c->daily ? parse_count("--min-sources", a, &o->min_sources) : -2;
    case OPT_HASHES: return c->sketch ? parse_count("--hashes", a, &o->hashes) : -2;
    case OPT_BANDS: return c->sketch ? parse_count("--bands", a, &o->bands) : -2;
    case OPT_MINDOCS: return c->idf ? parse_count("--min-docs", a, &o->min_docs) : -2;
    case 'p': return c->story ? parse_count("--points", a, &o->points) : -2;
    case OPT_MINPOINTS: return c->story ? parse_count("--min-points", a, &o->min_points) : -2;
    case OPT_QUOTES: return c->story ? parse_count("--quotes", a, &o->quotes) : -2;
    default: return -2;
    }
}

int parse_options(const char *cmd, int argc, char **argv, options *o)
{
    *o = (options){.budget = {BRIEF_BUDGET_SENTENCES, 5}, .format = BRIEF_FORMAT_TEXT,
                   .lang = "auto", .min_docs = 2, .points = 6, .min_points = 4, .quotes = 4,
                   .min_sources = 1, .hashes = 64, .bands = 16};
    command c = {.summarize = strcmp(cmd, "summarize") == 0, .idf = strcmp(cmd, "idf") == 0,
                 .daily = strcmp(cmd, "daily") == 0, .quotes = strcmp(cmd, "quotes") == 0,
                 .sketch = strcmp(cmd, "sketch") == 0, .extract = strcmp(cmd, "extract") == 0};
    c.story = strcmp(cmd, "story") == 0 || c.daily;
    int opt, tsv = 0;
    optind = 0; /* not 1: forget the cluster (-hq) an earlier parse left half-read */
    opterr = 0;
    while ((opt = getopt_long(argc, argv, ":n:f:l:o:p:qh", long_opts, NULL)) != -1) {
        const char *arg = argv[optind - 1];
        if (opt == 'l' && strcmp(optarg, "list") == 0) {
            for (const char *const *l = brief_languages(); *l; l++) printf("%s\n", *l);
            return finish_output();
        }
        if (opt == 'h') return show_help();
        if (opt == OPT_VERSION) return show_version();
        if (opt == ':') return usage_error("%s: a value is required", shown(arg));
        if (opt == '?') return usage_error("unknown option '%s'", shown(arg));
        int r = one_option(opt, &c, o, &tsv);
        if (r == -2) return usage_error("%s: not an option of '%s'", shown(arg), cmd);
        if (r) return r;
    }
    if (tsv && o->format == BRIEF_FORMAT_TEXT) o->format = BRIEF_FORMAT_TSV;
    if (c.sketch && (o->hashes < 1 || o->hashes > 4096 || o->bands < 1 ||
                     (size_t)o->hashes % (size_t)o->bands != 0))
        return usage_error("--hashes must be 1-4096 and a multiple of --bands");
    if (o->jobs > 16) return usage_error("--jobs takes at most 16");
    if (c.story && (o->points > 1000 || o->quotes > 1000))
        return usage_error("--points and --quotes take at most 1000");
    if (c.story && o->min_points > o->points) o->min_points = o->points;
    return -1;
}

int open_ctx(const options *o, brief_ctx **ctx)
{
    brief_config cfg;
    brief_config_init(&cfg);
    cfg.language = o->lang;
    cfg.idf_path = o->idf;
    brief_status s = brief_ctx_new(&cfg, ctx);
    if (s == BRIEF_ELANG)
        return usage_error("--lang: '%s' is not a known language (try --lang list)",
                           shown(o->lang));
    if (s == BRIEF_EIO)
        return fail(EXIT_NOINPUT, "%s: cannot read IDF table: %s", shown(o->idf), strerror(errno));
    if (s == BRIEF_EFORMAT)
        return fail(EXIT_NOINPUT, "%s: not an IDF table written by 'brief idf'", shown(o->idf));
    return s == BRIEF_OK ? 0 : fail(EXIT_NOINPUT, "%s", brief_strerror(s));
}

void compose_options(const options *o, brief_compose_options *co)
{
    brief_compose_options_init(co);
    co->max_points = (size_t)o->points;
    co->min_points = (size_t)o->min_points;
    co->max_quotes = (size_t)o->quotes;
}
