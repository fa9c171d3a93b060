/* commands.h - one function per command (argv[0] is its name; returns the
 * exit code), and the headers every command file uses. */
#ifndef BRIEF_CLI_COMMANDS_H
#define BRIEF_CLI_COMMANDS_H

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "inputs.h"

int cmd_summarize(int argc, char **argv);
int cmd_split(int argc, char **argv);
int cmd_story(int argc, char **argv);
int cmd_quotes(int argc, char **argv);
int cmd_daily(int argc, char **argv);
int cmd_idf(int argc, char **argv);
int cmd_sketch(int argc, char **argv);
int cmd_extract(int argc, char **argv);
int run_jsonl(session *s, int story);   /* --jsonl, for summarize and story */

#endif
