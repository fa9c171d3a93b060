/* cmd_summarize.c - brief summarize: the sentences that best sum up all
 * inputs, in reading order. */
#include "commands.h"
#include "diag.h"

int cmd_summarize(int argc, char **argv)
{
    session s;
    int rc = session_open(&s, "summarize", argc, argv, NULL);
    if (rc >= 0) return rc;
    if (s.o.jsonl) return session_close(&s, run_jsonl(&s, 0));
    if ((rc = session_read(&s)) != 0) return session_close(&s, rc);
    brief_summary *sum = NULL;
    brief_status st = brief_story_summarize(s.st, &s.o.budget, &sum);
    if (st != BRIEF_OK) {
        msg("%s", shown(brief_story_errmsg(s.st)));
        rc = st == BRIEF_EINVAL ? EXIT_USAGE : EXIT_NOINPUT;
    } else if (brief_render_summary(s.out, s.st, sum, &s.o.budget, s.o.format) != BRIEF_OK) {
        msg("out of memory");
        rc = EXIT_OUTPUT;
    } else {
        rc = session_emit(&s);
    }
    brief_summary_free(sum);
    return session_close(&s, rc);
}
