/*
 * quote_fixture.h - the English splitter and quote lexicon the quotes
 * stage's unit tests share: loaded once per test group (cmocka group
 * setup/teardown), read by every test.
 */
#ifndef BRIEF_QUOTE_FIXTURE_H
#define BRIEF_QUOTE_FIXTURE_H

#include "harness.h"

#include "quotes.h"
#include "split.h"

static split_lang *sl;
static quotes_lang *ql;

static int setup(void **state)
{
    (void)state;
    if (split_lang_new(NULL, "english", &sl) != BRIEF_OK) return -1;
    return quotes_lang_new(NULL, "english", &ql) == BRIEF_OK ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    quotes_lang_free(ql);
    split_lang_free(sl);
    return 0;
}

#endif
