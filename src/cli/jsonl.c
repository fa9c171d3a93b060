/* jsonl.c - --jsonl: each line of each path answered by the library. */
#include "commands.h"

int run_jsonl(session *s, int story)
{
    brief_compose_options co;
    compose_options(&s->o, &co);
    char *line = NULL, name[64];
    size_t cap = 0, lines = 0, failed = 0, n;
    ssize_t len;
    int rc = 0, bad = 0;
    if (gather(s)) return EXIT_NOINPUT;
    for (size_t f = 0; f < brief_paths_count(s->paths) && rc == 0; f++) {
        const char *path = brief_paths_get(s->paths, f);
        FILE *in = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
        if (!in) msg("%s: %s", shown(path), strerror(errno));
        while (in && rc == 0 && (len = getline(&line, &cap, in)) > 0) {
            if ((n = (size_t)len) <= 1) continue;
            snprintf(name, sizeof name, "line %zu", ++lines);
            brief_buffer_clear(s->out);
            brief_status st = story ? brief_jsonl_compose(s->out, s->ctx, line, n, name, &co, &bad)
                                    : brief_jsonl_summarize(s->out, s->ctx, line, n, name,
                                                            &s->o.budget, &bad);
            n = brief_buffer_len(s->out);
            if (st || fwrite(brief_buffer_data(s->out), 1, n, stdout) != n) rc = EXIT_OUTPUT;
            failed += (size_t)bad;
        }
        if (in && in != stdin) fclose(in);
    }
    free(line);
    if (rc == 0) rc = finish_output();
    if (rc == 0 && lines == 0) return fail(EXIT_NOINPUT, "no input lines");
    if (rc == 0 && failed)
        warn("%zu of %zu lines gave no result (see their \"error\")", failed, lines);
    return rc;
}
