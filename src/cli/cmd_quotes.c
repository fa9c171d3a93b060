/* cmd_quotes.c - brief quotes: every direct quote with its speaker. */
#include "commands.h"

static int quotes(session *s)
{
    return story_failed(s, brief_render_quotes(s->out, s->st, s->o.format));
}

int cmd_quotes(int argc, char **argv) { return run_on_story("quotes", argc, argv, quotes); }
