/* cmd_quotes.c - brief quotes: every direct quote with its speaker. */
#include "commands.h"
#include "diag.h"

int cmd_quotes(int argc, char **argv)
{
    session s;
    int rc = session_open(&s, "quotes", argc, argv, NULL);
    if (rc >= 0) return rc;
    if ((rc = session_read(&s)) != 0) return session_close(&s, rc);
    if (brief_render_quotes(s.out, s.st, s.o.format) != BRIEF_OK) {
        msg("%s", shown(brief_story_errmsg(s.st)));
        return session_close(&s, EXIT_NOINPUT);
    }
    return session_close(&s, session_emit(&s));
}
