/* cmd_split.c - brief split: the body sentences of each input. */
#include "commands.h"
#include "diag.h"

int cmd_split(int argc, char **argv)
{
    session s;
    int rc = session_open(&s, "split", argc, argv, NULL);
    if (rc >= 0) return rc;
    if ((rc = session_read(&s)) != 0) return session_close(&s, rc);
    if (brief_render_sentences(s.out, s.st, s.o.format) != BRIEF_OK) {
        msg("%s", shown(brief_story_errmsg(s.st)));
        return session_close(&s, EXIT_NOINPUT);
    }
    return session_close(&s, session_emit(&s));
}
