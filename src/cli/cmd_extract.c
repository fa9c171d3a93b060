/* cmd_extract.c - brief extract: what brief reads of each input (a web
 * page's article, a text file's title and body), as text or JSON. */
#include "commands.h"

int cmd_extract(int argc, char **argv)
{
    session s;
    int rc = session_open(&s, "extract", argc, argv, NULL);
    if (rc >= 0) return rc;
    brief_pages *pages = NULL;
    if (brief_pages_new(s.ctx, &pages) != BRIEF_OK) return session_close(&s, fail(EXIT_NOINPUT, "out of memory"));
    if (gather(&s)) {
        brief_pages_free(pages);
        return session_close(&s, EXIT_NOINPUT);
    }
    brief_prefetch *pf;
    if (brief_prefetch_new(s.ctx, s.paths, (unsigned)s.o.jobs, &pf) != BRIEF_OK) {
        brief_pages_free(pages);
        return session_close(&s, fail(EXIT_NOINPUT, "out of memory"));
    }
    for (size_t i = 0; i < brief_paths_count(s.paths); i++) {
        size_t before = brief_pages_count(pages);
        brief_status st = brief_pages_add_prefetched(pages, pf, i);
        if (st == BRIEF_OK && brief_pages_count(pages) > before) {
            const brief_page *first = brief_pages_get(pages, before);
            if (first->warning) warn("%s: %s", shown(brief_paths_get(s.paths, i)), first->warning);
        }
        if (st == BRIEF_OK) continue;
        msg("%s", shown(brief_pages_errmsg(pages)));
        s.skipped++;
        if (st == BRIEF_ENOMEM) break;
    }
    brief_prefetch_free(pf);
    if (brief_pages_count(pages) == 0) rc = fail(EXIT_NOINPUT, "no usable input");
    else if (s.o.strict && s.skipped) rc = fail(EXIT_NOINPUT, "%d input%s skipped (--strict)", s.skipped, s.skipped == 1 ? "" : "s");
    else if (brief_render_pages(s.out, pages, s.o.format) != BRIEF_OK) rc = fail(EXIT_NOINPUT, "out of memory");
    else rc = write_output(brief_buffer_data(s.out), brief_buffer_len(s.out));
    brief_pages_free(pages);
    return session_close(&s, rc);
}
