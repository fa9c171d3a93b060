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
    {"sketch", cmd_sketch},
};

/* A run stopped by the user or the system leaves no temporary behind:
 * the files in place stay as they were, then the signal ends the process
 * as it would have. */
static void stop(int sig)
{
    brief_remove_temporaries();
    signal(sig, SIG_DFL);
    raise(sig);
}

static void remove_temporaries_on_stop(void)
{
    const int sigs[] = {SIGTERM, SIGINT, SIGHUP};
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = stop;
    sigemptyset(&sa.sa_mask);
    for (size_t i = 0; i < sizeof sigs / sizeof *sigs; i++) {
        struct sigaction old;
        /* A signal ignored by whoever started brief (nohup) stays ignored. */
        if (sigaction(sigs[i], NULL, &old) == 0 && old.sa_handler == SIG_IGN) continue;
        sigaction(sigs[i], &sa, NULL);
    }
}

int main(int argc, char **argv)
{
    remove_temporaries_on_stop();
    /* With standard output closed, the first file opened would take its
     * descriptor; refuse at once instead. */
    if (fcntl(STDOUT_FILENO, F_GETFD) == -1)
        return fail(EXIT_OUTPUT, "standard output is closed");
    if (argc < 2)
        return usage_error("a command is required: summarize, story, daily, quotes, split or idf");
    const char *cmd = argv[1];
    if (strcmp(cmd, "-h") == 0 || strcmp(cmd, "--help") == 0 || strcmp(cmd, "help") == 0)
        return show_help();
    if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "version") == 0) return show_version();
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (strcmp(cmd, commands[i].name) == 0) return commands[i].run(argc - 1, argv + 1);
    if (cmd[0] == '-')
        return usage_error("a command must come first "
                           "(summarize, story, daily, quotes, split, idf)");
    return usage_error("unknown command '%s'", shown(cmd));
}
