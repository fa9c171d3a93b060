/*
 * main.c - the brief command line: parses options, gathers input files,
 * calls the library, prints.  Exit codes (DESIGN.md): 0 success, 1 usage
 * error, 2 no usable input, 3 output could not be written.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <jansson.h>

#include "brief.h"

enum { EXIT_USAGE = 1, EXIT_NOINPUT = 2, EXIT_OUTPUT = 3 };

static int quiet;

/* A file name as it may be printed: control bytes become '?', so a name
 * cannot move the cursor or forge a line. */
static const char *shown(const char *name)
{
    static char buf[1024];
    size_t i = 0;
    for (; name[i] && i < sizeof buf - 1; i++) {
        unsigned char c = (unsigned char)name[i];
        buf[i] = (char)(c < 0x20 || c == 0x7f ? '?' : c);
    }
    buf[i] = '\0';
    return buf;
}

/* One diagnostic line on stderr: "brief: " + message + tail. */
static void report(const char *fmt, va_list ap, const char *tail)
{
    fputs("brief: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputs(tail, stderr);
}

static void msg(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    report(fmt, ap, "\n");
    va_end(ap);
}

static void warn(const char *fmt, ...)
{
    if (quiet) return;
    va_list ap;
    va_start(ap, fmt);
    report(fmt, ap, "\n");
    va_end(ap);
}

static const char usage_text[] =
    "usage: brief COMMAND [OPTIONS] [PATH...]\n"
    "\n"
    "Extractive summaries of news articles: every sentence printed stands\n"
    "verbatim in an input.  PATH is a file, a folder (its text files), or -\n"
    "for standard input (the default).\n"
    "\n"
    "commands:\n"
    "  summarize   the sentences that best sum up all inputs, in reading order\n"
    "  split       the body sentences of each input, one per line\n"
    "  story       a brief of several articles on one story: headline, lead,\n"
    "              key points with their sources, attributed quotes\n"
    "  quotes      every direct quote with its speaker\n"
    "  daily       a folder of the day's articles: grouped into stories, one\n"
    "              brief per story, biggest stories first\n"
    "  idf         build a background IDF table from a collection of articles\n"
    "  sketch      a MinHash signature per article, one JSON line each, with\n"
    "              LSH band keys for grouping stories at scale\n"
    "\n"
    "summarize options:\n"
    "  -n, --sentences N   at most N sentences (default 5)\n"
    "      --words N       at most N words\n"
    "      --chars N       at most N characters\n"
    "      --bytes N       at most N bytes of UTF-8\n"
    "      --ratio R       at most the fraction R (0-1] of the input's words\n"
    "\n"
    "story options:\n"
    "  -p, --points N      at most N key points (default 6)\n"
    "      --min-points N  at least N key points when the story has them (4)\n"
    "      --quotes N      at most N quotes (default 4)\n"
    "\n"
    "daily options (and the story options):\n"
    "  -o, --output DIR    write DIR/index.EXT and DIR/story-NNN.EXT (EXT from\n"
    "                      --format: txt, md, html, json) instead of stdout\n"
    "      --previous FILE an earlier --format json output: leave out what it\n"
    "                      reported and mark stories new or updated\n"
    "      --min-sources N leave out stories carried by fewer sources (1)\n"
    "      --strict        exit 2 when any input file was skipped\n"
    "      --times         print the time each stage took on standard error\n"
    "\n"
    "summarize and story:\n"
    "      --jsonl         read one article per line, {\"id\", \"title\", \"text\",\n"
    "                      \"source\"} (for story also {\"id\", \"articles\": [...]}),\n"
    "                      and write one JSON result per line\n"
    "\n"
    "common options:\n"
    "  -f, --format FMT    text (default) or json; story and daily also md and\n"
    "                      html;\n"
    "                      quotes also tsv\n"
    "  -l, --lang NAME     language: auto (default) or a Snowball name\n"
    "                      (english, german, french, ...; --lang list shows all)\n"
    "      --idf FILE      IDF table from 'brief idf' instead of the shipped one\n"
    "  -q, --quiet         no warnings on standard error\n"
    "  -h, --help          this help\n"
    "      --version       the version\n"
    "\n"
    "sketch options:\n"
    "      --hashes N      signature length (default 64)\n"
    "      --bands B       LSH bands (default 16; must divide --hashes)\n"
    "\n"
    "idf options:\n"
    "  -o, --output FILE   write the table to FILE (default: standard output)\n"
    "      --lines         each line of each file is one document\n"
    "      --min-docs N    leave out stems seen in fewer than N documents (2)\n"
    "\n"
    "exit status: 0 success, 1 usage error, 2 no usable input,\n"
    "3 output could not be written.  See brief(1).\n";

static int usage_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    report(fmt, ap, "\nTry 'brief --help' for more information.\n");
    va_end(ap);
    return EXIT_USAGE;
}

/* Strict unsigned parse: digits only, no sign, no junk, no overflow. */
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

static int parse_ratio(const char *s, double *out)
{
    char *end;
    errno = 0;
    double v = s && *s ? strtod(s, &end) : -1;
    if (!s || !*s || *end || errno || !(v > 0 && v <= 1))
        return usage_error("--ratio: '%s' is not a number in (0, 1]", s ? shown(s) : "");
    *out = v;
    return 0;
}

/* ---- gathering input files -------------------------------------------- */

typedef struct pathlist {
    char **v;
    size_t n, cap;
} pathlist;

static int push_path(pathlist *l, const char *p)
{
    if (l->n == l->cap) {
        size_t ncap = l->cap ? l->cap * 2 : 16;
        char **nv = realloc(l->v, ncap * sizeof *nv);
        if (!nv) return -1;
        l->v = nv;
        l->cap = ncap;
    }
    if (!(l->v[l->n] = strdup(p))) return -1;
    l->n++;
    return 0;
}

static void free_paths(pathlist *l)
{
    for (size_t i = 0; i < l->n; i++) free(l->v[i]);
    free(l->v);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

typedef struct visited {
    dev_t dev[64];
    ino_t ino[64];
    int n;
} visited;

/* Adds the regular files under dir, sorted by name, recursing into
 * sub-folders; hidden entries, FIFOs, devices and sockets are passed over,
 * and a folder already on the current path (a symlink loop) is not
 * entered again.  Returns -1 on out of memory; unreadable entries are
 * reported and counted in *skipped. */
static int walk(const char *dir, pathlist *out, visited *seen, int *skipped)
{
    struct stat sb;
    if (stat(dir, &sb) != 0) return 0;
    for (int i = 0; i < seen->n; i++)
        if (seen->dev[i] == sb.st_dev && seen->ino[i] == sb.st_ino) return 0;
    if (seen->n == 64) {
        warn("%s: folders nested too deeply; skipped", shown(dir));
        (*skipped)++;
        return 0;
    }
    DIR *d = opendir(dir);
    if (!d) {
        warn("%s: cannot open folder: %s", shown(dir), strerror(errno));
        (*skipped)++;
        return 0;
    }
    seen->dev[seen->n] = sb.st_dev;
    seen->ino[seen->n] = sb.st_ino;
    seen->n++;
    pathlist names = {0};
    struct dirent *e;
    int rc = 0;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.') continue;
        size_t len = strlen(dir) + strlen(e->d_name) + 2;
        char *p = malloc(len);
        if (!p) { rc = -1; break; }
        snprintf(p, len, "%s%s%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/", e->d_name);
        int r = push_path(&names, p);
        free(p);
        if (r) { rc = -1; break; }
    }
    closedir(d);
    if (names.n) qsort(names.v, names.n, sizeof *names.v, cmp_str);
    for (size_t i = 0; rc == 0 && i < names.n; i++) {
        if (stat(names.v[i], &sb) != 0) {
            if (lstat(names.v[i], &sb) == 0 && S_ISLNK(sb.st_mode)) {
                warn("%s: broken or looping link; skipped", shown(names.v[i]));
                (*skipped)++;
            }
            continue;
        }
        if (S_ISDIR(sb.st_mode)) rc = walk(names.v[i], out, seen, skipped);
        else if (S_ISREG(sb.st_mode)) rc = push_path(out, names.v[i]);
        else {
            warn("%s: not a regular file; skipped", shown(names.v[i]));
            (*skipped)++;
        }
    }
    seen->n--;
    free_paths(&names);
    return rc;
}

/* Expands the command-line paths: "-" and files as given, folders into
 * their files.  A path that does not exist is reported and skipped. */
static int gather(int argc, char **argv, pathlist *out, int *skipped)
{
    if (argc == 0) return push_path(out, "-");
    for (int i = 0; i < argc; i++) {
        struct stat sb;
        if (strcmp(argv[i], "-") != 0 && stat(argv[i], &sb) == 0 && S_ISDIR(sb.st_mode)) {
            visited seen = {.n = 0};
            size_t before = out->n;
            if (walk(argv[i], out, &seen, skipped) != 0) return -1;
            if (out->n == before) warn("%s: no files in this folder", shown(argv[i]));
        } else if (push_path(out, argv[i]) != 0) {
            return -1;
        }
    }
    return 0;
}

/* Adds every file to the story; one that cannot be used is reported and
 * skipped.  Returns the number added. */
static size_t load(brief_story *st, const pathlist *paths, int *skipped)
{
    size_t added = 0;
    for (size_t i = 0; i < paths->n; i++) {
        brief_status s = brief_story_add_file(st, paths->v[i]);
        if (s != BRIEF_OK) {
            msg("%s", shown(brief_story_errmsg(st)));
            (*skipped)++;
            if (s == BRIEF_ENOMEM) break;
            continue;
        }
        const brief_doc_info *info = brief_story_doc(st, brief_story_doc_count(st) - 1);
        const char *name = strcmp(paths->v[i], "-") == 0 ? "(stdin)" : shown(paths->v[i]);
        if (info->transcoded) warn("%s: not UTF-8; read as %s", name, info->encoding);
        if (info->repaired)
            warn("%s: replaced %zu invalid byte sequence%s with U+FFFD", name, info->repaired,
                 info->repaired == 1 ? "" : "s");
        added++;
    }
    return added;
}

/* A new story holding every input named by the arguments (stdin when
 * none).  Returns 0, or EXIT_NOINPUT after saying why; *st and *paths are
 * the caller's to free either way. */
static int read_story(brief_ctx *ctx, int argc, char **argv, brief_story **st,
                      pathlist *paths, int *skipped)
{
    if (brief_story_new(ctx, st) != BRIEF_OK || gather(argc, argv, paths, skipped) != 0) {
        msg("out of memory");
        return EXIT_NOINPUT;
    }
    if (load(*st, paths, skipped) == 0) {
        msg("no usable input");
        return EXIT_NOINPUT;
    }
    return 0;
}

/* ---- output ----------------------------------------------------------- */

static int finish_output(void)
{
    if (fflush(stdout) != 0 || ferror(stdout)) {
        msg("cannot write to standard output: %s", strerror(errno ? errno : EIO));
        return EXIT_OUTPUT;
    }
    return 0;
}

static const char *doc_file(brief_story *st, size_t doc)
{
    const brief_doc_info *info = brief_story_doc(st, doc);
    if (!info) return "";
    return strcmp(info->name, "-") == 0 ? "-" : info->name;
}

/* jansson refuses invalid UTF-8; file names may be anything, so they are
 * repaired byte by byte (the text itself is valid by construction). */
static json_t *jstr(const char *s)
{
    if (!s) return json_null();
    json_t *j = json_string(s);
    if (j) return j;
    size_t n = strlen(s);
    char *c = malloc(n * 3 + 1);
    if (!c) return json_null();
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char b = (unsigned char)s[i];
        if (b < 0x80) c[o++] = (char)b;
        else { c[o++] = (char)0xEF; c[o++] = (char)0xBF; c[o++] = (char)0xBD; }
    }
    c[o] = '\0';
    j = json_string(c);
    free(c);
    return j ? j : json_null();
}

static int emit_json(json_t *root)
{
    if (!root) {
        msg("out of memory");
        return EXIT_OUTPUT;
    }
    int r = json_dumpf(root, stdout, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
    json_decref(root);
    if (r != 0 || fputc('\n', stdout) == EOF) {
        msg("cannot write to standard output: %s", strerror(errno ? errno : EIO));
        return EXIT_OUTPUT;
    }
    return 0;
}

static json_t *documents_json(brief_story *st)
{
    json_t *docs = json_array();
    for (size_t i = 0; i < brief_story_doc_count(st); i++) {
        const brief_doc_info *info = brief_story_doc(st, i);
        json_t *d = json_object();
        json_object_set_new(d, "id", json_integer((json_int_t)i + 1));
        json_object_set_new(d, "file", jstr(info->name));
        json_object_set_new(d, "title", jstr(info->title));
        json_object_set_new(d, "source", jstr(info->source));
        json_array_append_new(docs, d);
    }
    return docs;
}

static json_t *sentence_json(brief_story *st, const brief_sentence *s, int ranked)
{
    json_t *o = json_object();
    json_object_set_new(o, "text", jstr(s->text));
    json_object_set_new(o, "file", jstr(doc_file(st, s->doc)));
    json_object_set_new(o, "doc", json_integer((json_int_t)s->doc + 1));
    json_object_set_new(o, "index", json_integer((json_int_t)s->index));
    json_object_set_new(o, "start", json_integer((json_int_t)s->start));
    json_object_set_new(o, "end", json_integer((json_int_t)s->end));
    if (ranked) {
        json_object_set_new(o, "rank", json_integer((json_int_t)s->rank));
        json_object_set_new(o, "score", json_real(s->score));
    }
    return o;
}

/* ---- commands --------------------------------------------------------- */

typedef struct options {
    brief_budget budget;
    int budget_set;
    int json;
    brief_format format;  /* story */
    int tsv;              /* quotes */
    double points, min_points, quotes;
    const char *previous;
    double min_sources;
    int strict;
    int jsonl;
    double hashes, bands;
    int times;
    const char *lang;
    const char *idf;
    const char *output;
    int lines;
    double min_docs;
} options;

enum { OPT_WORDS = 256, OPT_CHARS, OPT_BYTES, OPT_RATIO, OPT_IDF, OPT_VERSION, OPT_LINES,
       OPT_MINDOCS, OPT_MINPOINTS, OPT_QUOTES, OPT_PREVIOUS, OPT_MINSOURCES, OPT_STRICT,
       OPT_JSONL, OPT_HASHES, OPT_BANDS, OPT_TIMES };

static const struct option long_opts[] = {
    {"sentences", required_argument, NULL, 'n'},
    {"words", required_argument, NULL, OPT_WORDS},
    {"chars", required_argument, NULL, OPT_CHARS},
    {"bytes", required_argument, NULL, OPT_BYTES},
    {"ratio", required_argument, NULL, OPT_RATIO},
    {"format", required_argument, NULL, 'f'},
    {"lang", required_argument, NULL, 'l'},
    {"idf", required_argument, NULL, OPT_IDF},
    {"output", required_argument, NULL, 'o'},
    {"lines", no_argument, NULL, OPT_LINES},
    {"min-docs", required_argument, NULL, OPT_MINDOCS},
    {"points", required_argument, NULL, 'p'},
    {"min-points", required_argument, NULL, OPT_MINPOINTS},
    {"quotes", required_argument, NULL, OPT_QUOTES},
    {"previous", required_argument, NULL, OPT_PREVIOUS},
    {"min-sources", required_argument, NULL, OPT_MINSOURCES},
    {"strict", no_argument, NULL, OPT_STRICT},
    {"jsonl", no_argument, NULL, OPT_JSONL},
    {"hashes", required_argument, NULL, OPT_HASHES},
    {"bands", required_argument, NULL, OPT_BANDS},
    {"times", no_argument, NULL, OPT_TIMES},
    {"quiet", no_argument, NULL, 'q'},
    {"help", no_argument, NULL, 'h'},
    {"version", no_argument, NULL, OPT_VERSION},
    {NULL, 0, NULL, 0},
};

static int set_budget(options *o, brief_budget_unit unit, const char *opt, const char *arg)
{
    if (o->budget_set) return usage_error("%s: only one length option may be given", opt);
    o->budget_set = 1;
    o->budget.unit = unit;
    if (unit == BRIEF_BUDGET_RATIO) return parse_ratio(arg, &o->budget.value);
    return parse_count(opt, arg, &o->budget.value);
}

static void list_languages(void)
{
    for (const char *const *l = brief_languages(); *l; l++) printf("%s\n", *l);
}

/* Parses the options of a command; returns -1 to go on, else an exit code. */
static int parse_options(const char *cmd, int argc, char **argv, options *o)
{
    memset(o, 0, sizeof *o);
    o->budget.unit = BRIEF_BUDGET_SENTENCES;
    o->budget.value = 5;
    o->lang = "auto";
    o->min_docs = 2;
    o->points = 6;
    o->min_points = 4;
    o->quotes = 4;
    o->min_sources = 1;
    o->hashes = 64;
    o->bands = 16;
    int is_sketch = strcmp(cmd, "sketch") == 0;
    o->format = BRIEF_FORMAT_TEXT;
    int is_summarize = strcmp(cmd, "summarize") == 0;
    int is_idf = strcmp(cmd, "idf") == 0;
    int is_daily = strcmp(cmd, "daily") == 0;
    int is_story = strcmp(cmd, "story") == 0 || is_daily;
    int is_quotes = strcmp(cmd, "quotes") == 0;
    optind = 1;
    opterr = 0;
    int c;
    while ((c = getopt_long(argc, argv, ":n:f:l:o:p:qh", long_opts, NULL)) != -1) {
        const char *opt = argv[optind - 1];
        int r = 0;
        switch (c) {
        case 'n': r = is_summarize ? set_budget(o, BRIEF_BUDGET_SENTENCES, "-n", optarg) : -2; break;
        case OPT_WORDS: r = is_summarize ? set_budget(o, BRIEF_BUDGET_WORDS, "--words", optarg) : -2; break;
        case OPT_CHARS: r = is_summarize ? set_budget(o, BRIEF_BUDGET_CHARS, "--chars", optarg) : -2; break;
        case OPT_BYTES: r = is_summarize ? set_budget(o, BRIEF_BUDGET_BYTES, "--bytes", optarg) : -2; break;
        case OPT_RATIO: r = is_summarize ? set_budget(o, BRIEF_BUDGET_RATIO, "--ratio", optarg) : -2; break;
        case 'f':
            if (is_idf) { r = -2; break; }
            if (strcmp(optarg, "json") == 0) { o->json = 1; o->format = BRIEF_FORMAT_JSON; }
            else if (strcmp(optarg, "text") == 0) { o->json = 0; o->format = BRIEF_FORMAT_TEXT; }
            else if (is_story && (strcmp(optarg, "md") == 0 || strcmp(optarg, "markdown") == 0))
                o->format = BRIEF_FORMAT_MARKDOWN;
            else if (is_story && strcmp(optarg, "html") == 0) o->format = BRIEF_FORMAT_HTML;
            else if (is_quotes && strcmp(optarg, "tsv") == 0) o->tsv = 1;
            else
                r = usage_error("--format: '%s' is not one of: %s", shown(optarg),
                                is_story ? "text, md, html, json"
                                : is_quotes ? "text, tsv, json" : "text, json");
            break;
        case 'l':
            if (strcmp(optarg, "list") == 0) {
                list_languages();
                return finish_output();
            }
            o->lang = optarg;
            break;
        case OPT_IDF: o->idf = optarg; break;
        case 'o': if (!is_idf && !is_daily) r = -2; else o->output = optarg; break;
        case OPT_PREVIOUS: if (!is_daily) r = -2; else o->previous = optarg; break;
        case OPT_MINSOURCES: r = is_daily ? parse_count("--min-sources", optarg, &o->min_sources) : -2; break;
        case OPT_STRICT: if (!is_daily) r = -2; else o->strict = 1; break;
        case OPT_TIMES: if (!is_daily) r = -2; else o->times = 1; break;
        case OPT_HASHES: r = is_sketch ? parse_count("--hashes", optarg, &o->hashes) : -2; break;
        case OPT_BANDS: r = is_sketch ? parse_count("--bands", optarg, &o->bands) : -2; break;
        case OPT_JSONL: if (!is_summarize && !(is_story && !is_daily)) r = -2; else o->jsonl = 1; break;
        case OPT_LINES: if (!is_idf) r = -2; else o->lines = 1; break;
        case OPT_MINDOCS: r = is_idf ? parse_count("--min-docs", optarg, &o->min_docs) : -2; break;
        case 'p': r = is_story ? parse_count("--points", optarg, &o->points) : -2; break;
        case OPT_MINPOINTS: r = is_story ? parse_count("--min-points", optarg, &o->min_points) : -2; break;
        case OPT_QUOTES: r = is_story ? parse_count("--quotes", optarg, &o->quotes) : -2; break;
        case 'q': quiet = 1; break;
        case 'h': fputs(usage_text, stdout); return finish_output();
        case OPT_VERSION: printf("brief %s\n", brief_version_string()); return finish_output();
        case ':': return usage_error("%s: a value is required", shown(opt));
        default: return usage_error("unknown option '%s'", shown(opt));
        }
        if (r == -2) return usage_error("%s: not an option of '%s'", shown(opt), cmd);
        if (r) return r;
    }
    if (is_sketch && (o->hashes < 1 || o->hashes > 4096 || o->bands < 1 ||
                      (size_t)o->hashes % (size_t)o->bands != 0))
        return usage_error("--hashes must be 1-4096 and a multiple of --bands");
    if (is_story && (o->points > 1000 || o->quotes > 1000))
        return usage_error("--points and --quotes take at most 1000");
    if (is_story && o->min_points > o->points) o->min_points = o->points;
    return -1;
}

static int open_ctx(const options *o, brief_ctx **ctx)
{
    brief_config cfg;
    brief_config_init(&cfg);
    cfg.language = o->lang;
    cfg.idf_path = o->idf;
    brief_status s = brief_ctx_new(&cfg, ctx);
    if (s == BRIEF_ELANG)
        return usage_error("--lang: '%s' is not a known language (try --lang list)", shown(o->lang));
    if (s == BRIEF_EIO) {
        msg("%s: cannot read IDF table: %s", shown(o->idf), strerror(errno));
        return EXIT_NOINPUT;
    }
    if (s == BRIEF_EFORMAT) {
        msg("%s: not an IDF table written by 'brief idf'", shown(o->idf));
        return EXIT_NOINPUT;
    }
    if (s != BRIEF_OK) {
        msg("%s", brief_strerror(s));
        return EXIT_NOINPUT;
    }
    return 0;
}

/* A growable string (the daily index, a JSON line's input). */
typedef struct sbuf {
    char *p;
    size_t len, cap;
    int failed;
} sbuf;

static void sb_add(sbuf *b, const char *s, size_t n)
{
    if (b->failed) return;
    if (b->len + n + 1 > b->cap) {
        size_t ncap = b->cap ? b->cap : 4096;
        while (ncap < b->len + n + 1) ncap *= 2;
        char *np = realloc(b->p, ncap);
        if (!np) { b->failed = 1; return; }
        b->p = np;
        b->cap = ncap;
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = '\0';
}

static void sb_puts(sbuf *b, const char *s) { sb_add(b, s, strlen(s)); }

/* ---- one article (or story) per line ------------------------------------ */

/* Adds one {"title", "text", "source"} article as a document; the title and
 * source travel as front matter so ingest treats them as metadata. */
static brief_status add_json_article(brief_story *st, const char *name, json_t *a)
{
    const char *text = json_string_value(json_object_get(a, "text"));
    const char *title = json_string_value(json_object_get(a, "title"));
    const char *source = json_string_value(json_object_get(a, "source"));
    if (!text) return BRIEF_EINVAL;
    sbuf b = {0};
    if (title || source) {
        const char *keys[2] = {"title: ", "source: "};
        const char *vals[2] = {title, source};
        for (int k = 0; k < 2; k++) {
            if (!vals[k]) continue;
            sb_puts(&b, keys[k]);
            /* A value is one line. */
            for (const char *p = vals[k]; *p; p++) sb_add(&b, *p == '\n' || *p == '\r' ? " " : p, 1);
            sb_puts(&b, "\n");
        }
        sb_puts(&b, "---\n");
    }
    sb_puts(&b, text);
    brief_status s = b.failed ? BRIEF_ENOMEM : brief_story_add_text(st, name, b.p ? b.p : "", b.len);
    free(b.p);
    return s;
}

static int cmd_jsonl(const char *cmd, const options *o, brief_ctx *ctx, int argc, char **argv)
{
    pathlist paths = {0};
    int skipped = 0, rc = 0;
    if (gather(argc, argv, &paths, &skipped) != 0) {
        msg("out of memory");
        return EXIT_NOINPUT;
    }
    char *line = NULL;
    size_t cap = 0, lines = 0, failed = 0;
    for (size_t f = 0; f < paths.n && rc == 0; f++) {
        FILE *in = strcmp(paths.v[f], "-") == 0 ? stdin : fopen(paths.v[f], "rb");
        if (!in) {
            msg("%s: %s", shown(paths.v[f]), strerror(errno));
            skipped++;
            continue;
        }
        ssize_t len;
        while ((len = getline(&line, &cap, in)) > 0 && rc == 0) {
            if (len <= 1) continue;
            lines++;
            json_error_t err;
            json_t *obj = json_loadb(line, (size_t)len, 0, &err);
            json_t *id = obj ? json_object_get(obj, "id") : NULL;
            json_t *res = json_object();
            json_object_set(res, "id", id ? id : json_null());
            brief_story *st = NULL;
            const char *why = NULL;
            if (!obj || !json_is_object(obj)) why = "not a JSON object";
            else if (brief_story_new(ctx, &st) != BRIEF_OK) why = "out of memory";
            else {
                char name[64];
                snprintf(name, sizeof name, "line %zu", lines);
                json_t *arts = json_object_get(obj, "articles");
                brief_status s = BRIEF_OK;
                if (json_is_array(arts) && strcmp(cmd, "story") == 0) {
                    size_t i;
                    json_t *a;
                    json_array_foreach(arts, i, a) if (s == BRIEF_OK) s = add_json_article(st, name, a);
                } else {
                    s = add_json_article(st, name, obj);
                }
                if (s == BRIEF_EINVAL) why = "no \"text\" string";
                else if (s != BRIEF_OK) why = brief_story_errmsg(st);
            }
            if (!why && strcmp(cmd, "story") == 0) {
                brief_compose_options co;
                brief_compose_options_init(&co);
                co.max_points = (size_t)o->points;
                co.min_points = (size_t)o->min_points;
                co.max_quotes = (size_t)o->quotes;
                brief_digest *dg = NULL;
                const char *text;
                size_t tlen;
                if (brief_story_compose(st, &co, &dg) == BRIEF_OK &&
                    brief_digest_render(dg, BRIEF_FORMAT_JSON, &text, &tlen) == BRIEF_OK) {
                    json_t *d = json_loadb(text, tlen, 0, NULL);
                    json_object_update(res, d);
                    json_decref(d);
                } else {
                    why = brief_story_errmsg(st);
                }
                brief_digest_free(dg);
            } else if (!why) {
                brief_summary *sum = NULL;
                if (brief_story_summarize(st, &o->budget, &sum) == BRIEF_OK) {
                    json_t *arr = json_array();
                    for (size_t i = 0; i < brief_summary_count(sum); i++) {
                        const brief_sentence *x = brief_summary_sentence(sum, i);
                        json_t *j = json_object();
                        json_object_set_new(j, "text", jstr(x->text));
                        json_object_set_new(j, "start", json_integer((json_int_t)x->start));
                        json_object_set_new(j, "end", json_integer((json_int_t)x->end));
                        json_object_set_new(j, "rank", json_integer((json_int_t)x->rank));
                        json_array_append_new(arr, j);
                    }
                    json_object_set_new(res, "sentences", arr);
                } else {
                    why = brief_story_errmsg(st);
                }
                brief_summary_free(sum);
            }
            if (why) {
                json_object_set_new(res, "error", jstr(why));
                failed++;
            }
            char *out = json_dumps(res, JSON_COMPACT | JSON_PRESERVE_ORDER);
            if (!out || puts(out) == EOF) rc = EXIT_OUTPUT;
            free(out);
            json_decref(res);
            json_decref(obj);
            brief_story_free(st);
        }
        if (in != stdin) fclose(in);
    }
    free(line);
    free_paths(&paths);
    if (rc == 0) rc = finish_output();
    if (rc == 0 && lines == 0) {
        msg("no input lines");
        rc = EXIT_NOINPUT;
    }
    if (rc == 0 && failed)
        warn("%zu of %zu lines gave no result (see their \"error\")", failed, lines);
    return rc;
}

static int cmd_summarize_or_split(const char *cmd, int argc, char **argv)
{
    options o;
    int r = parse_options(cmd, argc, argv, &o);
    if (r >= 0) return r;
    brief_ctx *ctx = NULL;
    if ((r = open_ctx(&o, &ctx)) != 0) return r;
    if (o.jsonl) {
        r = cmd_jsonl(cmd, &o, ctx, argc - optind, argv + optind);
        brief_ctx_free(ctx);
        return r;
    }
    brief_story *st = NULL;
    pathlist paths = {0};
    int skipped = 0;
    int rc = read_story(ctx, argc - optind, argv + optind, &st, &paths, &skipped);
    if (rc != 0) goto done;

    if (strcmp(cmd, "story") == 0) {
        brief_compose_options co;
        brief_compose_options_init(&co);
        co.max_points = (size_t)o.points;
        co.min_points = (size_t)o.min_points;
        co.max_quotes = (size_t)o.quotes;
        brief_digest *dg = NULL;
        brief_status s = brief_story_compose(st, &co, &dg);
        const char *text = NULL;
        size_t len = 0;
        if (s == BRIEF_OK) s = brief_digest_render(dg, o.format, &text, &len);
        if (s != BRIEF_OK) {
            msg("%s", shown(brief_story_errmsg(st)[0] ? brief_story_errmsg(st) : brief_strerror(s)));
            rc = s == BRIEF_EINVAL ? EXIT_USAGE : EXIT_NOINPUT;
        } else if (fwrite(text, 1, len, stdout) != len) {
            rc = finish_output();
            if (!rc) rc = EXIT_OUTPUT;
        }
        brief_digest_free(dg);
    } else if (strcmp(cmd, "quotes") == 0) {
        const brief_quote *const *q;
        size_t n;
        if (brief_story_quotes(st, &q, &n) != BRIEF_OK) {
            msg("%s", shown(brief_story_errmsg(st)));
            rc = EXIT_NOINPUT;
            goto done;
        }
        json_t *arr = o.json ? json_array() : NULL;
        for (size_t i = 0; i < n; i++) {
            const char *file = doc_file(st, q[i]->doc);
            if (arr) {
                json_t *j = json_object();
                json_object_set_new(j, "text", jstr(q[i]->text));
                json_object_set_new(j, "speaker", jstr(q[i]->speaker));
                json_object_set_new(j, "file", jstr(file));
                json_object_set_new(j, "role", jstr(q[i]->role));
                json_object_set_new(j, "partial", json_boolean(q[i]->partial));
                json_object_set_new(j, "start", json_integer((json_int_t)q[i]->start));
                json_object_set_new(j, "end", json_integer((json_int_t)q[i]->end));
                json_array_append_new(arr, j);
            } else if (o.tsv) {
                /* Tabs and newlines cannot occur: the text is folded. */
                printf("%s\t%s\t%s\t%s\n", q[i]->text, q[i]->speaker ? q[i]->speaker : "",
                       shown(file), q[i]->partial ? "partial" : "full");
            } else {
                printf("\u201c%s\u201d \u2014 %s\n", q[i]->text,
                       q[i]->speaker ? q[i]->speaker : "(speaker unknown)");
            }
        }
        if (arr) rc = emit_json(arr);
    } else if (strcmp(cmd, "split") == 0) {
        json_t *arr = o.json ? json_array() : NULL;
        for (size_t d = 0; d < brief_story_doc_count(st); d++) {
            const brief_sentence *const *s;
            size_t n;
            if (brief_story_sentences(st, d, &s, &n) != BRIEF_OK) {
                msg("%s", shown(brief_story_errmsg(st)));
                rc = EXIT_NOINPUT;
                break;
            }
            for (size_t i = 0; i < n; i++) {
                if (arr) json_array_append_new(arr, sentence_json(st, s[i], 0));
                else printf("%s\n", s[i]->text);
            }
        }
        if (arr) {
            if (rc == 0) rc = emit_json(arr);
            else json_decref(arr);
        }
    } else {
        brief_summary *sum = NULL;
        brief_status s = brief_story_summarize(st, &o.budget, &sum);
        if (s != BRIEF_OK) {
            msg("%s", shown(brief_story_errmsg(st)));
            rc = s == BRIEF_EINVAL ? EXIT_USAGE : EXIT_NOINPUT;
            goto done;
        }
        if (o.json) {
            static const char *units[] = {"sentences", "words", "chars", "bytes", "ratio"};
            json_t *root = json_object();
            json_object_set_new(root, "language", jstr(brief_story_language(st)));
            json_t *b = json_object();
            json_object_set_new(b, "unit", json_string(units[o.budget.unit]));
            json_object_set_new(b, "value", json_real(o.budget.value));
            json_object_set_new(root, "budget", b);
            json_object_set_new(root, "documents", documents_json(st));
            json_t *arr = json_array();
            for (size_t i = 0; i < brief_summary_count(sum); i++)
                json_array_append_new(arr, sentence_json(st, brief_summary_sentence(sum, i), 1));
            json_object_set_new(root, "sentences", arr);
            rc = emit_json(root);
        } else {
            for (size_t i = 0; i < brief_summary_count(sum); i++)
                printf("%s\n", brief_summary_sentence(sum, i)->text);
        }
        brief_summary_free(sum);
    }
    if (rc == 0) rc = finish_output();
done:
    free_paths(&paths);
    brief_story_free(st);
    brief_ctx_free(ctx);
    return rc;
}

static int cmd_idf(int argc, char **argv)
{
    options o;
    int r = parse_options("idf", argc, argv, &o);
    if (r >= 0) return r;
    if (optind >= argc) return usage_error("idf: give the files or folders to count");
    brief_ctx *ctx = NULL;
    if ((r = open_ctx(&o, &ctx)) != 0) return r;
    brief_idf_builder *b = NULL;
    pathlist paths = {0};
    int skipped = 0, rc = 0;
    char *buf = NULL;
    if (brief_idf_builder_new(ctx, &b) != BRIEF_OK ||
        gather(argc - optind, argv + optind, &paths, &skipped) != 0) {
        msg("out of memory");
        rc = EXIT_NOINPUT;
        goto done;
    }
    for (size_t i = 0; i < paths.n; i++) {
        FILE *f = strcmp(paths.v[i], "-") == 0 ? stdin : fopen(paths.v[i], "rb");
        if (!f) {
            msg("%s: %s", shown(paths.v[i]), strerror(errno));
            skipped++;
            continue;
        }
        if (o.lines) {
            size_t cap = 0;
            ssize_t len;
            while ((len = getline(&buf, &cap, f)) > 0)
                if (len > 1 && brief_idf_builder_add(b, buf, (size_t)len) != BRIEF_OK) break;
        } else {
            size_t cap = 1 << 16, len = 0, got;
            char *nb = realloc(buf, cap);
            if (!nb) { rc = EXIT_NOINPUT; if (f != stdin) fclose(f); goto done; }
            buf = nb;
            while ((got = fread(buf + len, 1, cap - len, f)) > 0) {
                len += got;
                if (len == cap) {
                    if (cap >= BRIEF_MAX_INPUT_BYTES) break;
                    nb = realloc(buf, cap * 2);
                    if (!nb) break;
                    buf = nb;
                    cap *= 2;
                }
            }
            if (brief_idf_builder_add(b, buf, len) != BRIEF_OK) {
                warn("%s: not text; skipped", shown(paths.v[i]));
                skipped++;
            }
        }
        if (f != stdin) fclose(f);
    }
    if (brief_idf_builder_documents(b) == 0) {
        msg("no usable input");
        rc = EXIT_NOINPUT;
        goto done;
    }
    if (brief_idf_builder_write(b, o.output ? o.output : "-", (unsigned)o.min_docs) != BRIEF_OK) {
        msg("%s: cannot write: %s", o.output ? shown(o.output) : "standard output",
            strerror(errno ? errno : EIO));
        rc = EXIT_OUTPUT;
        goto done;
    }
    warn("idf: %zu documents counted", brief_idf_builder_documents(b));
done:
    free(buf);
    free_paths(&paths);
    brief_idf_builder_free(b);
    brief_ctx_free(ctx);
    return rc;
}

/* ---- sketch ------------------------------------------------------------- */

static int cmd_sketch(int argc, char **argv)
{
    options o;
    int r = parse_options("sketch", argc, argv, &o);
    if (r >= 0) return r;
    brief_ctx *ctx = NULL;
    if ((r = open_ctx(&o, &ctx)) != 0) return r;
    brief_story *st = NULL;
    pathlist paths = {0};
    int skipped = 0, rc = 0;
    size_t nh = (size_t)o.hashes, rows = nh / (size_t)o.bands;
    uint32_t *sig = malloc(nh * sizeof *sig);
    if (!sig) {
        msg("out of memory");
        rc = EXIT_NOINPUT;
        goto done;
    }
    if ((rc = read_story(ctx, argc - optind, argv + optind, &st, &paths, &skipped)) != 0)
        goto done;
    for (size_t d = 0; d < brief_story_doc_count(st) && rc == 0; d++) {
        if (brief_story_sketch(st, d, sig, nh) != BRIEF_OK) {
            msg("%s", shown(brief_story_errmsg(st)));
            continue;
        }
        const brief_doc_info *info = brief_story_doc(st, d);
        json_t *j = json_object();
        json_object_set_new(j, "file", jstr(info->name));
        json_object_set_new(j, "title", jstr(info->title));
        json_t *arr = json_array(), *bands = json_array();
        for (size_t k = 0; k < nh; k++) json_array_append_new(arr, json_integer(sig[k]));
        /* A band key: the band's number and a hash of its rows; documents
         * sharing any key are candidates for one story (Broder 1997;
         * Leskovec et al., Mining of Massive Datasets, ch. 3). */
        for (size_t b = 0; b < (size_t)o.bands; b++) {
            uint64_t h = 1469598103934665603ULL;
            for (size_t k = b * rows; k < (b + 1) * rows; k++) {
                h ^= sig[k];
                h *= 1099511628211ULL;
            }
            char key[40];
            snprintf(key, sizeof key, "%zu:%016llx", b, (unsigned long long)h);
            json_array_append_new(bands, json_string(key));
        }
        json_object_set_new(j, "minhash", arr);
        json_object_set_new(j, "bands", bands);
        char *line = json_dumps(j, JSON_COMPACT | JSON_PRESERVE_ORDER);
        if (!line || puts(line) == EOF) rc = EXIT_OUTPUT;
        free(line);
        json_decref(j);
    }
    if (rc == 0) rc = finish_output();
done:
    free(sig);
    free_paths(&paths);
    brief_story_free(st);
    brief_ctx_free(ctx);
    return rc;
}

/* ---- daily ------------------------------------------------------------- */

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* A progress line on stderr, only when it is a terminal and not --quiet. */
static int progress_on;

static void progress(const char *what, size_t done, size_t total)
{
    if (!progress_on) return;
    int width = 30, filled = total ? (int)((double)done / (double)total * width) : width;
    fprintf(stderr, "\rbrief: %-18s [", what);
    for (int i = 0; i < width; i++) fputc(i < filled ? '#' : ' ', stderr);
    fprintf(stderr, "] %zu/%zu", done, total);
    if (done == total) fputc('\n', stderr);
    fflush(stderr);
}

/* Texts an earlier daily JSON output reported, and the files of each of its
 * stories. */
typedef struct previous {
    json_t *root;
    const char **seen;
    size_t nseen;
} previous;

static int load_previous(const char *path, previous *p)
{
    memset(p, 0, sizeof *p);
    json_error_t err;
    p->root = json_load_file(path, 0, &err);
    if (!p->root) {
        msg("%s: cannot read an earlier brief: %s", shown(path), err.text);
        return EXIT_NOINPUT;
    }
    json_t *stories = json_object_get(p->root, "stories");
    if (!json_is_array(stories)) {
        msg("%s: not the JSON output of 'brief daily' (no \"stories\")", shown(path));
        return EXIT_NOINPUT;
    }
    size_t cap = 64;
    p->seen = malloc(cap * sizeof *p->seen);
    if (!p->seen) return EXIT_NOINPUT;
    size_t i;
    json_t *st;
    json_array_foreach(stories, i, st) {
        const char *keys[] = {"key_points", "quotes"};
        for (int k = 0; k < 3; k++) {
            json_t *arr = k < 2 ? json_object_get(st, keys[k]) : NULL;
            const char *text = k == 2 ? json_string_value(json_object_get(st, "lead")) : NULL;
            size_t j, count = k < 2 && json_is_array(arr) ? json_array_size(arr) : (text != NULL);
            for (j = 0; j < count; j++) {
                const char *t = k < 2 ? json_string_value(json_object_get(json_array_get(arr, j), "text"))
                                      : text;
                if (!t) continue;
                if (p->nseen == cap) {
                    const char **ns = realloc(p->seen, cap * 2 * sizeof *ns);
                    if (!ns) return EXIT_NOINPUT;
                    p->seen = ns;
                    cap *= 2;
                }
                p->seen[p->nseen++] = t;
            }
        }
    }
    return 0;
}

/* "new" when no file of the story was in an earlier story, else "updated"
 * when it shows anything (its texts are new by construction), else
 * "unchanged". */
static const char *story_status(const previous *p, brief_story *st, const size_t *docs,
                                size_t n, const brief_digest *d)
{
    json_t *stories = json_object_get(p->root, "stories");
    for (size_t k = 0; k < n; k++) {
        const brief_doc_info *info = brief_story_doc(st, docs[k]);
        size_t i;
        json_t *s;
        json_array_foreach(stories, i, s) {
            size_t j;
            json_t *f;
            json_array_foreach(json_object_get(s, "files"), j, f)
                if (json_is_string(f) && strcmp(json_string_value(f), info->name) == 0)
                    return d->npoints || d->nquotes ? "updated" : "unchanged";
        }
    }
    return "new";
}

static const char *format_ext(brief_format f)
{
    switch (f) {
    case BRIEF_FORMAT_MARKDOWN: return "md";
    case BRIEF_FORMAT_HTML: return "html";
    case BRIEF_FORMAT_JSON: return "json";
    default: return "txt";
    }
}

static int cmd_daily(int argc, char **argv)
{
    options o;
    int r = parse_options("daily", argc, argv, &o);
    if (r >= 0) return r;
    progress_on = !quiet && isatty(STDERR_FILENO);
    brief_ctx *ctx = NULL;
    if ((r = open_ctx(&o, &ctx)) != 0) return r;
    brief_story *st = NULL;
    pathlist paths = {0};
    previous prev = {0};
    brief_outdir *od = NULL;
    brief_grouping *grouping = NULL;
    sbuf index = {0};
    json_t *jstories = NULL;
    int skipped = 0, rc = 0;
    if (optind >= argc) {
        rc = usage_error("daily: give the folder (or files) of the day's articles");
        goto done;
    }
    if (o.previous && (rc = load_previous(o.previous, &prev)) != 0) goto done;
    /* Open the output folder first: a bad -o fails before any work. */
    if (o.output && brief_outdir_open(o.output, &od) != BRIEF_OK) {
        msg("%s: cannot write here: %s", shown(o.output), strerror(errno));
        rc = EXIT_OUTPUT;
        goto done;
    }
    if (brief_story_new(ctx, &st) != BRIEF_OK ||
        gather(argc - optind, argv + optind, &paths, &skipped) != 0) {
        msg("out of memory");
        rc = EXIT_NOINPUT;
        goto done;
    }
    double t0 = now_seconds(), t_read, t_group, t_compose;
    size_t added = 0;
    for (size_t i = 0; i < paths.n; i++) {
        pathlist one = {&paths.v[i], 1, 1};
        added += load(st, &one, &skipped);
        if (i % 64 == 63 || i + 1 == paths.n) progress("reading articles", i + 1, paths.n);
    }
    if (added == 0) {
        msg("no usable input");
        rc = EXIT_NOINPUT;
        goto done;
    }
    t_read = now_seconds();
    size_t nstories = 0;
    if (brief_story_group(st, &grouping) != BRIEF_OK) {
        msg("%s", shown(brief_story_errmsg(st)));
        rc = EXIT_NOINPUT;
        goto done;
    }
    nstories = brief_grouping_count(grouping);
    t_group = now_seconds();
    brief_compose_options co;
    brief_compose_options_init(&co);
    co.max_points = (size_t)o.points;
    co.min_points = (size_t)o.min_points;
    co.max_quotes = (size_t)o.quotes;
    co.seen = prev.seen;
    co.nseen = prev.nseen;
    const char *ext = format_ext(o.format);
    if (o.format == BRIEF_FORMAT_JSON) jstories = json_array();
    else if (o.format == BRIEF_FORMAT_HTML) sb_puts(&index, "<div class=\"brief-daily\">\n");
    size_t written = 0;
    for (size_t g = 0; g < nstories && rc == 0; g++) {
        const size_t *docs;
        size_t n, nsrc;
        brief_grouping_docs(grouping, g, &docs, &n, &nsrc);
        progress("composing stories", g + 1, nstories);
        if (nsrc < (size_t)o.min_sources) continue;
        brief_digest *dg = NULL;
        brief_status s = brief_story_compose_docs(st, docs, n, &co, &dg);
        if (s == BRIEF_EEMPTY) continue; /* a story of articles with no sentence */
        const char *text = NULL;
        size_t len = 0;
        if (s == BRIEF_OK) s = brief_digest_render(dg, o.format, &text, &len);
        if (s != BRIEF_OK) {
            msg("%s", shown(brief_story_errmsg(st)[0] ? brief_story_errmsg(st) : brief_strerror(s)));
            brief_digest_free(dg);
            rc = EXIT_NOINPUT;
            break;
        }
        const char *status = prev.root ? story_status(&prev, st, docs, n, dg) : NULL;
        written++;
        if (jstories) {
            json_t *obj = json_loadb(text, len, 0, NULL);
            if (!obj) { rc = EXIT_OUTPUT; brief_digest_free(dg); break; }
            json_object_set_new(obj, "id", json_integer((json_int_t)written));
            json_object_set_new(obj, "source_count", json_integer((json_int_t)nsrc));
            json_t *files = json_array();
            for (size_t k = 0; k < n; k++) json_array_append_new(files, jstr(doc_file(st, docs[k])));
            json_object_set_new(obj, "files", files);
            if (status) json_object_set_new(obj, "status", json_string(status));
            json_array_append(jstories, obj);
            if (od) {
                char *one = json_dumps(obj, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
                char name[64];
                snprintf(name, sizeof name, "story-%03zu.json", written);
                if (!one || (s = brief_outdir_add(od, name, one, strlen(one))) != BRIEF_OK) rc = EXIT_OUTPUT;
                free(one);
            }
            json_decref(obj);
        } else {
            if (written > 1)
                sb_puts(&index, o.format == BRIEF_FORMAT_HTML       ? "<hr>\n"
                                : o.format == BRIEF_FORMAT_MARKDOWN ? "\n---\n\n"
                                                                    : "\n\n");
            if (status) {
                char line[64];
                if (o.format == BRIEF_FORMAT_HTML) snprintf(line, sizeof line, "<p><strong>%s</strong></p>\n", status);
                else if (o.format == BRIEF_FORMAT_MARKDOWN) snprintf(line, sizeof line, "*%s*\n\n", status);
                else snprintf(line, sizeof line, "[%s]\n", status);
                sb_puts(&index, line);
            }
            sb_add(&index, text, len);
            if (od) {
                char name[64];
                snprintf(name, sizeof name, "story-%03zu.%s", written, ext);
                if (brief_outdir_add(od, name, text, len) != BRIEF_OK) rc = EXIT_OUTPUT;
            }
        }
        brief_digest_free(dg);
        if (rc == EXIT_OUTPUT) msg("%s: cannot write: %s", shown(o.output), strerror(errno));
    }
    if (rc) goto done;
    if (written == 0) {
        /* Nothing to show: no file is written, the previous ones stay. */
        msg("no story could be written: the articles have no sentences");
        rc = EXIT_NOINPUT;
        goto done;
    }
    t_compose = now_seconds();
    if (jstories) {
        json_t *root = json_object();
        json_object_set_new(root, "stories", jstories);
        jstories = NULL;
        char *all = json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
        json_decref(root);
        if (!all) { rc = EXIT_OUTPUT; goto done; }
        sb_puts(&index, all);
        sb_puts(&index, "\n");
        free(all);
    } else if (o.format == BRIEF_FORMAT_HTML) {
        sb_puts(&index, "</div>\n");
    }
    if (index.failed) { msg("out of memory"); rc = EXIT_OUTPUT; goto done; }
    if (od) {
        char name[32];
        snprintf(name, sizeof name, "index.%s", ext);
        if (brief_outdir_add(od, name, index.p ? index.p : "", index.len) != BRIEF_OK ||
            brief_outdir_commit(od, "story-", ext) != BRIEF_OK) {
            msg("%s: cannot write: %s", shown(o.output), strerror(errno));
            rc = EXIT_OUTPUT;
            goto done;
        }
    } else if (index.len && fwrite(index.p, 1, index.len, stdout) != index.len) {
        rc = finish_output();
        if (!rc) rc = EXIT_OUTPUT;
        goto done;
    }
    rc = finish_output();
    if (o.times)
        fprintf(stderr,
                "brief: times: read+clean %.3f s (%zu articles), split+tokens+group %.3f s (%zu stories), "
                "compose+render %.3f s, write %.3f s\n",
                t_read - t0, added, t_group - t_read, nstories, t_compose - t_group,
                now_seconds() - t_compose);
    if (rc == 0 && skipped && o.strict) {
        msg("%d input file%s skipped (--strict)", skipped, skipped == 1 ? "" : "s");
        rc = EXIT_NOINPUT;
    }
done:
    json_decref(jstories);
    free(index.p);
    brief_outdir_free(od);
    json_decref(prev.root);
    free(prev.seen);
    brief_grouping_free(grouping);
    free_paths(&paths);
    brief_story_free(st);
    brief_ctx_free(ctx);
    return rc;
}

int main(int argc, char **argv)
{
    /* With standard output closed, the first file opened would take its
     * descriptor; refuse at once instead. */
    if (fcntl(STDOUT_FILENO, F_GETFD) == -1) {
        msg("standard output is closed");
        return EXIT_OUTPUT;
    }
    if (argc < 2)
        return usage_error("a command is required: summarize, story, daily, quotes, split or idf");
    const char *cmd = argv[1];
    if (strcmp(cmd, "-h") == 0 || strcmp(cmd, "--help") == 0 || strcmp(cmd, "help") == 0) {
        fputs(usage_text, stdout);
        return finish_output();
    }
    if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "version") == 0) {
        printf("brief %s\n", brief_version_string());
        return finish_output();
    }
    if (strcmp(cmd, "summarize") == 0 || strcmp(cmd, "split") == 0 ||
        strcmp(cmd, "story") == 0 || strcmp(cmd, "quotes") == 0)
        return cmd_summarize_or_split(cmd, argc - 1, argv + 1);
    if (strcmp(cmd, "idf") == 0) return cmd_idf(argc - 1, argv + 1);
    if (strcmp(cmd, "daily") == 0) return cmd_daily(argc - 1, argv + 1);
    if (strcmp(cmd, "sketch") == 0) return cmd_sketch(argc - 1, argv + 1);
    if (cmd[0] == '-')
        return usage_error("a command must come first (summarize, story, daily, quotes, split, idf)");
    return usage_error("unknown command '%s'", shown(cmd));
}
