/* cmd_summarize.c - brief summarize: the sentences that sum up the inputs. */
#include "commands.h"

static int summarize(session *s)
{
    brief_summary *sum = NULL;
    brief_status st = brief_story_summarize(s->st, &s->o.budget, &sum);
    int rc = 0;
    if (st != BRIEF_OK)
        rc = fail(st == BRIEF_EINVAL ? EXIT_USAGE : EXIT_NOINPUT, "%s",
                  shown(brief_story_errmsg(s->st)));
    else if (brief_render_summary(s->out, s->st, sum, &s->o.budget, s->o.format))
        rc = fail(EXIT_OUTPUT, "out of memory");
    brief_summary_free(sum);
    return rc;
}

int cmd_summarize(int argc, char **argv)
{
    return run_on_story("summarize", argc, argv, summarize);
}
