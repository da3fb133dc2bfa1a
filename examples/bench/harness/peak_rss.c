/* peak_rss OUTFILE COMMAND [ARGS...]
 *
 * Runs COMMAND as a child, writes the child's peak resident set size (KiB,
 * from wait4) to OUTFILE, and exits the way the child did.
 *
 * Why a C helper: Linux's ru_maxrss of a process spawned directly by the Python
 * harness includes the harness's own memory, which the child shared until it
 * called exec. Forked from this small program instead, the child starts tiny. */
#define _DEFAULT_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv) {
    if (argc < 3) {
        fputs("usage: peak_rss OUTFILE COMMAND [ARGS...]\n", stderr);
        return 2;
    }
    pid_t pid = fork();
    if (pid < 0) {
        perror("peak_rss: fork");
        return 127;
    }
    if (pid == 0) {
        execvp(argv[2], &argv[2]);
        fprintf(stderr, "peak_rss: cannot run %s: ", argv[2]);
        perror(NULL);
        _exit(127);
    }
    int status;
    struct rusage usage;
    while (wait4(pid, &status, 0, &usage) < 0) {
        if (errno != EINTR) {
            perror("peak_rss: wait4");
            return 127;
        }
    }
    FILE *out = fopen(argv[1], "w");
    if (out == NULL) {
        perror("peak_rss: cannot write the result");
        return 127;
    }
    fprintf(out, "%ld\n", usage.ru_maxrss);
    fclose(out);
    if (WIFSIGNALED(status)) {
        /* Die of the same signal, so the harness sees what the child saw. */
        int sig = WTERMSIG(status);
        struct rlimit no_core = {0, 0};
        setrlimit(RLIMIT_CORE, &no_core);
        signal(sig, SIG_DFL);
        kill(getpid(), sig);
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : 127;
}
