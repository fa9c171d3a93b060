/*
 * inputs.h - the files a command reads: paths from the command line,
 * folders walked, files loaded into a story with warnings about what
 * ingest repaired; and the session most commands run in.
 */
#ifndef BRIEF_CLI_INPUTS_H
#define BRIEF_CLI_INPUTS_H

#include "brief.h"
#include "opts.h"

typedef struct pathlist {
    char **v;   /* each malloc'ed, as the array */
    size_t n, cap;
} pathlist;

/* Expands the command-line paths: "-" and files as given, folders into
 * their regular files, sorted, recursively (hidden entries, special files
 * and symlink loops passed over and counted in *skipped).  No path means
 * "-".  Returns -1 when out of memory. */
int gather(int argc, char **argv, pathlist *out, int *skipped);
void free_paths(pathlist *l);
/* Adds paths->v[from..to) to the story; one that cannot be used is
 * reported and counted in *skipped.  Returns the number added. */
size_t load(brief_story *st, const pathlist *paths, size_t from, size_t to, int *skipped);

/* What a command over a story of files holds; all owned. */
typedef struct session {
    options o;
    brief_ctx *ctx;
    brief_story *st;
    brief_buffer *out;
    pathlist paths;
    int skipped;
    int argc;       /* the paths: argv[0..argc) */
    char **argv;
} session;

/* Options, context and output buffer of command cmd; -1 to go on, else an
 * exit code (the session is then closed).  With no path, a command that
 * needs one fails with the usage error no_paths (when not NULL). */
int session_open(session *s, const char *cmd, int argc, char **argv, const char *no_paths);
/* The story of the paths (stdin when none): 0, or EXIT_NOINPUT after
 * saying why. */
int session_read(session *s);
/* Writes the buffer to standard output: 0 or EXIT_OUTPUT. */
int session_emit(session *s);
/* Frees everything; returns rc. */
int session_close(session *s, int rc);

#endif
