/* Unit tests of the page readers: a page made of a head and a body,
 * extracted.  Included by test_extract.c and test_pagemeta.c. */
#ifndef BRIEF_TEST_PAGE_BUILT_H
#define BRIEF_TEST_PAGE_BUILT_H

#include "harness.h"

#include "arena.h"
#include "extract.h"

/* extract_html of a page made of head and body, in ar. */
static inline extract_page built(arena *ar, const char *head, const char *body)
{
    char page[8192];
    int n = snprintf(page, sizeof page, "<html><head>%s</head><body>%s</body></html>", head, body);
    assert_true(n > 0 && (size_t)n < sizeof page);
    extract_page p;
    assert_int_equal(extract_html(ar, page, (size_t)n, &p), BRIEF_OK);
    return p;
}

#endif
