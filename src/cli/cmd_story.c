/* cmd_story.c - brief story: the brief of several articles on one story. */
#include "commands.h"

static int story(session *s)
{
    brief_compose_options co;
    compose_options(&s->o, &co);
    brief_digest *dg = NULL;
    brief_status st = brief_story_compose(s->st, &co, &dg);
    const char *text = NULL;
    size_t len = 0;
    if (st == BRIEF_OK) st = brief_digest_render(dg, s->o.format, &text, &len);
    if (st == BRIEF_OK) st = brief_buffer_append(s->out, text, len);
    brief_digest_free(dg);
    if (st == BRIEF_OK) return 0;
    const char *why = brief_story_errmsg(s->st);
    return fail(st == BRIEF_EINVAL ? EXIT_USAGE : EXIT_NOINPUT, "%s",
                shown(why[0] ? why : brief_strerror(st)));
}

int cmd_story(int argc, char **argv) { return run_on_story("story", argc, argv, story); }
