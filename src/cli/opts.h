/*
 * opts.h - the options of every command, parsed from argv, and the
 * context and compose options made from them.
 */
#ifndef BRIEF_CLI_OPTS_H
#define BRIEF_CLI_OPTS_H

#include "brief.h"

typedef struct options {
    brief_budget budget;
    int budget_set;
    brief_format format;
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

/* Parses the options of command cmd (argv[0] is the command); returns -1
 * to go on, with optind at the first path, else the exit code (--help,
 * --version and --lang list print and give 0). */
int parse_options(const char *cmd, int argc, char **argv, options *o);
/* The context of the options: 0, or an exit code after saying why. */
int open_ctx(const options *o, brief_ctx **ctx);
/* --points, --min-points and --quotes as compose options. */
void compose_options(const options *o, brief_compose_options *co);
int show_help(void);
int show_version(void);

#endif
