/* main.c - the brief command line: dispatches to a command (commands.h),
 * which parses its options, gathers its inputs, calls the library and
 * prints what the library rendered. */
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include "commands.h"

static const struct { const char *name; int (*run)(int argc, char **argv); } commands[] = {
    {"summarize", cmd_summarize}, {"split", cmd_split}, {"story", cmd_story},
    {"quotes", cmd_quotes},       {"idf", cmd_idf},     {"daily", cmd_daily},
    {"sketch", cmd_sketch},       {"extract", cmd_extract},
};

/* A run stopped by the user or the system leaves no temporary behind,
 * then ends as the signal would have ended it.  A signal ignored by
 * whoever started brief (nohup) stays ignored. */
static void stop(int sig)
{
    brief_remove_temporaries();
    signal(sig, SIG_DFL);
    raise(sig);
}

int main(int argc, char **argv)
{
    for (int i = 0, sigs[] = {SIGTERM, SIGINT, SIGHUP}; i < 3; i++)
        if (signal(sigs[i], stop) == SIG_IGN) signal(sigs[i], SIG_IGN);
    /* With standard output closed, the first file opened would take its
     * descriptor; refuse at once instead. */
    if (fcntl(STDOUT_FILENO, F_GETFD) == -1)
        return fail(EXIT_OUTPUT, "standard output is closed");
    if (argc < 2)
        return usage_error("a command is required: summarize, story, daily, quotes, split, extract or idf");
    const char *cmd = argv[1];
    if (strcmp(cmd, "-h") == 0 || strcmp(cmd, "--help") == 0 || strcmp(cmd, "help") == 0)
        return show_help();
    if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "version") == 0) return show_version();
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (strcmp(cmd, commands[i].name) == 0) return commands[i].run(argc - 1, argv + 1);
    if (cmd[0] == '-')
        return usage_error("a command must come first "
                           "(summarize, story, daily, quotes, split, extract, idf)");
    return usage_error("unknown command '%s'", shown(cmd));
}
