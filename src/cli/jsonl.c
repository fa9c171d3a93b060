/* jsonl.c - --jsonl: reads the lines of each path and has the library
 * answer each one (brief_jsonl_summarize, brief_jsonl_compose). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

#include "commands.h"
#include "diag.h"

/* Answers the lines of one open file; *lines and *failed count them. */
static int answer_lines(session *s, FILE *in, int story, size_t *lines, size_t *failed)
{
    brief_compose_options co;
    compose_options(&s->o, &co);
    char *line = NULL, name[64];
    size_t cap = 0;
    ssize_t len;
    int rc = 0;
    while (rc == 0 && (len = getline(&line, &cap, in)) > 0) {
        if (len <= 1) continue;
        int bad = 0;
        snprintf(name, sizeof name, "line %zu", ++*lines);
        brief_buffer_clear(s->out);
        brief_status st = story ? brief_jsonl_compose(s->out, s->ctx, line, (size_t)len, name, &co, &bad)
                                : brief_jsonl_summarize(s->out, s->ctx, line, (size_t)len, name,
                                                        &s->o.budget, &bad);
        size_t n = brief_buffer_len(s->out);
        if (st != BRIEF_OK || fwrite(brief_buffer_data(s->out), 1, n, stdout) != n) rc = EXIT_OUTPUT;
        *failed += (size_t)bad;
    }
    free(line);
    return rc;
}

int run_jsonl(session *s, int story)
{
    if (gather(s->argc, s->argv, &s->paths, &s->skipped) != 0) {
        msg("out of memory");
        return EXIT_NOINPUT;
    }
    size_t lines = 0, failed = 0;
    int rc = 0;
    for (size_t f = 0; f < s->paths.n && rc == 0; f++) {
        const char *path = s->paths.v[f];
        FILE *in = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
        if (!in) {
            msg("%s: %s", shown(path), strerror(errno));
            continue;
        }
        rc = answer_lines(s, in, story, &lines, &failed);
        if (in != stdin) fclose(in);
    }
    if (rc == 0) rc = finish_output();
    if (rc == 0 && lines == 0) {
        msg("no input lines");
        rc = EXIT_NOINPUT;
    }
    if (rc == 0 && failed) warn("%zu of %zu lines gave no result (see their \"error\")", failed, lines);
    return rc;
}
