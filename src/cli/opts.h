/* opts.h - the options of every command, and what is made of them. */
#ifndef BRIEF_CLI_OPTS_H
#define BRIEF_CLI_OPTS_H

#include "brief.h"

/* More patterns than this on one command line are a mistake. */
#define OPTS_MAX_GLOBS 64

typedef struct options {
    brief_budget budget;
    int budget_set;
    brief_format format;
    double points, min_points, quotes, min_sources, hashes, bands, min_docs;
    double jobs;         /* reading threads; 0: one per core */
    const char *previous, *lang, *idf, *output;
    int strict, jsonl, times, lines;
    const char *globs[OPTS_MAX_GLOBS]; /* --include / --exclude, in order */
    int glob_exclude[OPTS_MAX_GLOBS];
    int nglobs;
} options;

/* Parses the options of command cmd (argv[0]): -1 to go on, optind at the
 * first path, else the exit code (0 after --help, --version, --lang list). */
int parse_options(const char *cmd, int argc, char **argv, options *o);
/* The context of the options: 0, or an exit code after saying why. */
int open_ctx(const options *o, brief_ctx **ctx);
void compose_options(const options *o, brief_compose_options *co);
int show_help(void);
int show_version(void);

#endif
