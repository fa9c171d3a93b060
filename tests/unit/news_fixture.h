/*
 * news_fixture.h - invented news for the tests of the library's glue
 * modules (test_story.c, test_summary.c, ...): two stories of three
 * articles each, with front matter.  Flood: a flood in the invented town
 * of Marrowbridge, told by three sources, quoting its mayor twice (once
 * by surname only).  Chess: a chess open in Kelvale, told by two sources
 * (the third article's "northern post" is the first's "Northern Post").
 */
#ifndef NEWS_FIXTURE_H
#define NEWS_FIXTURE_H

#include "harness.h"

static const char *const news_flood[3] = {
    "title: Floods close Marrowbridge schools\n"
    "source: Northern Post\n"
    "---\n"
    "Heavy rain flooded the centre of Marrowbridge on Monday, and the council closed all "
    "eleven schools in the town. The River Wendle rose two metres overnight and water "
    "reached the market square by dawn.\n"
    "\n"
    "\"We have opened the sports hall for every family that needs a bed tonight,\" said "
    "Mayor Elsie Carrow.\n"
    "\n"
    "Engineers expect the river to fall slowly over the next three days. Residents were "
    "told to avoid the old bridge until it has been inspected.\n",
    "title: River Wendle bursts its banks in Marrowbridge\n"
    "source: Valley Radio\n"
    "---\n"
    "The River Wendle burst its banks in Marrowbridge after a night of heavy rain, "
    "flooding the market square and dozens of homes. Mayor Elsie Carrow said that eleven "
    "schools would stay closed while the water remains high.\n"
    "\n"
    "Families who left their homes are sleeping in the sports hall. The old bridge is "
    "closed until engineers inspect it. Forecasters expect more rain on Thursday.\n",
    "title: Marrowbridge counts the cost of the flood\n"
    "source: Daily Ledger\n"
    "---\n"
    "Shopkeepers in Marrowbridge began clearing mud from the market square on Tuesday as "
    "the River Wendle slowly fell. The flood closed eleven schools and forced families "
    "into the sports hall.\n"
    "\n"
    "\"The water is falling, but the damage to the town is serious,\" Carrow said on Tuesday.\n"
    "\n"
    "Engineers are still inspecting the old bridge. The council has asked the government "
    "for help with the cost of the repairs.\n",
};

static const char *const news_chess[3] = {
    "title: Teenager leads the Kelvale chess open\n"
    "source: Northern Post\n"
    "---\n"
    "Sixteen-year-old Priya Anand leads the Kelvale chess open after winning her first "
    "five games. She beat the defending champion, Tomas Veld, in a long endgame on "
    "Saturday evening.\n"
    "\n"
    "The tournament in the Kelvale town hall has drawn two hundred players from twelve "
    "countries. The final round will be played on Sunday afternoon.\n",
    "title: Anand beats champion Veld in Kelvale\n"
    "source: Valley Radio\n"
    "---\n"
    "Priya Anand beat the defending champion Tomas Veld at the Kelvale chess open, taking "
    "the lead with five wins from five games. Veld resigned after six hours in a difficult "
    "rook endgame.\n"
    "\n"
    "Two hundred players from twelve countries are playing in the town hall. Anand needs a "
    "draw in the final round on Sunday to win the title.\n",
    "title: Kelvale open reaches its final round\n"
    "source: northern post\n"
    "---\n"
    "The Kelvale chess open reaches its final round on Sunday with Priya Anand one point "
    "ahead of the field. The sixteen-year-old beat Tomas Veld, the defending champion, on "
    "Saturday.\n"
    "\n"
    "Organisers said two hundred players from twelve countries took part this year, a "
    "record for the town hall event.\n",
};

/* Adds article i (0-2) of a story as "<prefix><i>.txt"; asserts success. */
static inline void news_add(brief_story *st, const char *const *story, const char *prefix,
                            int i)
{
    char name[32];
    snprintf(name, sizeof name, "%s%d.txt", prefix, i);
    harness_story_add(st, name, story[i]);
}

/* A context with the defaults and the day's news in one story: flood0..2
 * (documents 0-2), then chess0..2 (3-5).  Free with harness_story_free. */
static inline brief_story *news_day(brief_ctx **ctx)
{
    brief_story *st = harness_story_new(ctx, NULL);
    for (int i = 0; i < 3; i++) news_add(st, news_flood, "flood", i);
    for (int i = 0; i < 3; i++) news_add(st, news_chess, "chess", i);
    return st;
}

#endif
