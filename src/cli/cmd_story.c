/* cmd_story.c - brief story: the brief of several articles on one story. */
#include "commands.h"
#include "diag.h"

int cmd_story(int argc, char **argv)
{
    session s;
    int rc = session_open(&s, "story", argc, argv, NULL);
    if (rc >= 0) return rc;
    if (s.o.jsonl) return session_close(&s, run_jsonl(&s, 1));
    if ((rc = session_read(&s)) != 0) return session_close(&s, rc);
    brief_compose_options co;
    compose_options(&s.o, &co);
    brief_digest *dg = NULL;
    brief_status st = brief_story_compose(s.st, &co, &dg);
    const char *text = NULL;
    size_t len = 0;
    if (st == BRIEF_OK) st = brief_digest_render(dg, s.o.format, &text, &len);
    if (st != BRIEF_OK) {
        const char *why = brief_story_errmsg(s.st);
        msg("%s", shown(why[0] ? why : brief_strerror(st)));
        rc = st == BRIEF_EINVAL ? EXIT_USAGE : EXIT_NOINPUT;
    } else {
        rc = write_output(text, len);
    }
    brief_digest_free(dg);
    return session_close(&s, rc);
}
