/* inputs.h - the paths a command reads (its arguments, folders walked),
 * loaded into a story with warnings about what ingest repaired; and the
 * session a command runs in. */
#ifndef BRIEF_CLI_INPUTS_H
#define BRIEF_CLI_INPUTS_H

#include "opts.h"

/* What a command holds; session_close frees it all and returns rc. */
typedef struct session {
    options o;
    brief_ctx *ctx;
    brief_story *st;
    brief_buffer *out;
    brief_paths *paths;
    size_t added;       /* documents loaded */
    int skipped, argc;  /* the paths are argv[0..argc) */
    char **argv;
} session;

/* Options, context and output buffer; -1 to go on, else the exit code.
 * no_paths: the usage error when paths are needed and none is given. */
int session_open(session *s, const char *cmd, int argc, char **argv, const char *no_paths);
/* The paths into s->paths (brief_paths; no argument is "-"), the notes of
 * its walk warned and those skipped counted in s->skipped.  0, or
 * EXIT_NOINPUT when out of memory. */
int gather(session *s);
/* The story of the paths (progress shown under label when not NULL): 0,
 * or EXIT_NOINPUT after saying why. */
int session_read(session *s, const char *label);
int session_close(session *s, int rc);
/* 0 for BRIEF_OK, else EXIT_NOINPUT after printing the story's error. */
int story_failed(session *s, brief_status st);
/* A command over the story of its paths (or, --jsonl, their lines): render
 * fills s->out and returns 0, or returns the exit code. */
int run_on_story(const char *cmd, int argc, char **argv, int (*render)(session *s));

#endif
