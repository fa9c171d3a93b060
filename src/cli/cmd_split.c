/* cmd_split.c - brief split: the body sentences of each input. */
#include "commands.h"

static int split(session *s)
{
    return story_failed(s, brief_render_sentences(s->out, s->st, s->o.format));
}

int cmd_split(int argc, char **argv) { return run_on_story("split", argc, argv, split); }
