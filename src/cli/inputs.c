/* inputs.c - gathering (brief_paths) and loading input files; see inputs.h. */
#include <getopt.h>

#include "commands.h"

int gather(session *s)
{
    brief_status st = brief_paths_new(NULL, &s->paths);
    for (int i = 0; i < s->o.nglobs && st == BRIEF_OK; i++)
        st = brief_paths_filter(s->paths, s->o.globs[i], s->o.glob_exclude[i]);
    for (int i = 0; i < s->argc && st == BRIEF_OK; i++) st = brief_paths_add(s->paths, s->argv[i]);
    if (st == BRIEF_OK && s->argc == 0) st = brief_paths_add(s->paths, "-");
    if (st != BRIEF_OK) return fail(EXIT_NOINPUT, "out of memory");
    for (size_t i = 0; i < brief_paths_note_count(s->paths); i++) {
        const brief_path_note *n = brief_paths_note(s->paths, i);
        warn("%s: %s", shown(n->path), n->text);
        s->skipped += n->skipped;
    }
    return 0;
}

/* Adds one file to the story: 1, or 0 when it cannot be used (reported
 * and counted in *skipped), -1 when out of memory. */
static int load(brief_story *st, brief_prefetch *pf, size_t at, const char *path, int *skipped)
{
    size_t first = brief_story_doc_count(st);
    brief_status s = brief_story_add_prefetched(st, pf, at);
    if (s != BRIEF_OK) {
        msg("%s", shown(brief_story_errmsg(st)));
        (*skipped)++;
        return s == BRIEF_ENOMEM ? -1 : 0;
    }
    /* A feed adds one document per item: each is told of. */
    for (size_t i = first; i < brief_story_doc_count(st); i++) {
        const brief_doc_info *info = brief_story_doc(st, i);
        if (info->warning) warn("%s: %s", strcmp(path, "-") == 0 ? "(stdin)" : shown(path), info->warning);
        /* shown() has one buffer: the name is made after the line above */
        const char *name = strcmp(info->name, "-") == 0 ? "(stdin)" : shown(info->name);
        if (info->transcoded) warn("%s: not UTF-8; read as %s", name, info->encoding);
        if (info->repaired)
            warn("%s: replaced %zu invalid byte sequence%s with U+FFFD", name, info->repaired,
                 info->repaired == 1 ? "" : "s");
        if (info->controls)
            warn("%s: removed %zu control character%s", name, info->controls,
                 info->controls == 1 ? "" : "s");
    }
    return 1;
}

int session_open(session *s, const char *cmd, int argc, char **argv, const char *no_paths)
{
    *s = (session){.ctx = NULL};
    int rc = parse_options(cmd, argc, argv, &s->o);
    if (rc >= 0) return rc;
    if (no_paths && optind >= argc) return usage_error("%s", no_paths);
    if ((rc = open_ctx(&s->o, &s->ctx)) != 0) return rc;
    s->argc = argc - optind;
    s->argv = argv + optind;
    if (brief_buffer_new(NULL, &s->out) == BRIEF_OK) return -1;
    return session_close(s, fail(EXIT_NOINPUT, "out of memory"));
}

int session_read(session *s, const char *label)
{
    if (brief_story_new(s->ctx, &s->st) != BRIEF_OK) return fail(EXIT_NOINPUT, "out of memory");
    if (gather(s)) return EXIT_NOINPUT;
    brief_prefetch *pf;
    if (brief_prefetch_new(s->ctx, s->paths, (unsigned)s->o.jobs, &pf) != BRIEF_OK)
        return fail(EXIT_NOINPUT, "out of memory");
    for (size_t i = 0, n = brief_paths_count(s->paths); i < n; i++) {
        int r = load(s->st, pf, i, brief_paths_get(s->paths, i), &s->skipped);
        if (r < 0) break;
        s->added += (size_t)r;
        if (label && (i % 64 == 63 || i + 1 == n)) progress(label, i + 1, n);
    }
    brief_prefetch_free(pf);
    return s->added ? 0 : fail(EXIT_NOINPUT, "no usable input");
}

int session_close(session *s, int rc)
{
    brief_buffer_free(s->out);
    brief_paths_free(s->paths);
    brief_story_free(s->st);
    brief_ctx_free(s->ctx);
    return rc;
}

int story_failed(session *s, brief_status st)
{
    return st == BRIEF_OK ? 0 : fail(EXIT_NOINPUT, "%s", shown(brief_story_errmsg(s->st)));
}

int run_on_story(const char *cmd, int argc, char **argv, int (*render)(session *s))
{
    session s;
    int rc = session_open(&s, cmd, argc, argv, NULL);
    if (rc >= 0) return rc;
    if (s.o.jsonl) rc = run_jsonl(&s, strcmp(cmd, "story") == 0);
    else if ((rc = session_read(&s, NULL)) == 0 && (rc = render(&s)) == 0)
        rc = write_output(brief_buffer_data(s.out), brief_buffer_len(s.out));
    return session_close(&s, rc);
}
