/*
 * commands.h - one function per command: each takes the arguments after
 * the command's name (argv[0] is the name) and returns the exit code.
 */
#ifndef BRIEF_CLI_COMMANDS_H
#define BRIEF_CLI_COMMANDS_H

#include "inputs.h"

int cmd_summarize(int argc, char **argv);
int cmd_split(int argc, char **argv);
int cmd_story(int argc, char **argv);
int cmd_quotes(int argc, char **argv);
int cmd_daily(int argc, char **argv);
int cmd_idf(int argc, char **argv);
int cmd_sketch(int argc, char **argv);

/* --jsonl: every line of every path answered by the library (story: 1 to
 * compose, 0 to summarize); the exit code. */
int run_jsonl(session *s, int story);

#endif
