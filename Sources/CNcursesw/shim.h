#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sys/eventfd.h>
#include <unistd.h>
#include <wchar.h>
#include <curses.h>
/* Swift cannot import function-like macros, and Swift 6 rejects reading the C globals
   stdscr/LINES/COLS directly: these accessors read them fresh. */
static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline int cn_lines(void) { return LINES; }
static inline int cn_cols(void) { return COLS; }
static inline int cn_colors(void) { return COLORS; }
static inline int cn_color_pair(int n) { return (int)COLOR_PAIR(n); }
static inline int cn_a_bold(void) { return (int)A_BOLD; }
static inline int cn_a_dim(void) { return (int)A_DIM; }
static inline int cn_a_reverse(void) { return (int)A_REVERSE; }
static inline int cn_a_underline(void) { return (int)A_UNDERLINE; }
static inline int cn_key_resize(void) { return KEY_RESIZE; }
/* newterm returns NULL on a bad or absent TERM; initscr() would exit(1) inside the library. */
static inline SCREEN *cn_newterm_stdio(const char *term) { return newterm(term, stdout, stdin); }
static inline int cn_codeset_is_utf8(void) {
    const char *cs = nl_langinfo(CODESET);
    return cs != 0 && (cs[0] == 'U' || cs[0] == 'u') && (cs[1] == 'T' || cs[1] == 't') && (cs[2] == 'F' || cs[2] == 'f');
}
static inline int cn_key_code_yes(void) { return KEY_CODE_YES; }
static inline int cn_key_f(int n) { return KEY_F(n); }
static inline int cn_a_normal(void) { return (int)A_NORMAL; }
/* A non-blocking eventfd the UI loop polls next to stdin, so background work can wake it. */
static inline int cn_wake_eventfd(void) { return eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC); }

/* Terminal restoration on crash and termination signals.
   The handler calls endwin() and then lets the signal do what it would have done:
   - termination signals (INT, TERM, HUP, QUIT) are re-raised with the default action;
   - crash signals (SEGV, BUS, ABRT, ILL, FPE, TRAP) are re-raised with the action that was installed
     before ours (SIG_DFL, or the Swift runtime's backtracer, which then prints on a sane terminal).
   Async-signal-safety caveat: endwin() is NOT async-signal-safe (it writes through ncurses' buffered
   output and may run while the interrupted main thread is inside ncurses). We accept that because the
   process is about to die and a terminal left in raw mode on the alternate screen is the worse outcome;
   the worst case is a garbled final escape sequence. Signals that were ignored when the handlers were
   installed (nohup) stay ignored. Handlers never return to normal execution except for the fault
   signals, whose faulting instruction then re-runs under the restored previous action. */
#define CN_MAX_SIGNAL 65
/* Storage lives in function-local statics: Swift's importer emits inline functions it calls but
   not file-scope variables of a header. */
static inline struct sigaction *cn_previous_action(int sig) {
    static struct sigaction previous[CN_MAX_SIGNAL];
    return &previous[sig];
}
static inline volatile sig_atomic_t *cn_restoring_flag(void) {
    static volatile sig_atomic_t restoring = 0;
    return &restoring;
}

static inline int cn_is_termination_signal(int sig) {
    return sig == SIGINT || sig == SIGTERM || sig == SIGHUP || sig == SIGQUIT;
}

static void cn_restore_and_reraise(int sig) {
    if (!*cn_restoring_flag()) {
        *cn_restoring_flag() = 1;
        endwin();
    }
    if (sig > 0 && sig < CN_MAX_SIGNAL && !cn_is_termination_signal(sig)) {
        sigaction(sig, cn_previous_action(sig), NULL);
    } else {
        signal(sig, SIG_DFL);
    }
    raise(sig);
}

/* Installs the handler for every termination and crash signal; returns the number installed. */
static inline int cn_install_restore_handlers(void) {
    static const int sigs[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGBUS, SIGABRT, SIGILL, SIGFPE, SIGTRAP };
    int installed = 0;
    for (unsigned i = 0; i < sizeof sigs / sizeof sigs[0]; i++) {
        int sig = sigs[i];
        struct sigaction previous;
        if (sigaction(sig, NULL, &previous) != 0) continue;
        if (previous.sa_handler == SIG_IGN) continue;          /* respect nohup and friends */
        *cn_previous_action(sig) = previous;
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_handler = cn_restore_and_reraise;
        sigemptyset(&action.sa_mask);
        action.sa_flags = 0;                                   /* the signal stays blocked inside the handler */
        if (sigaction(sig, &action, NULL) == 0) installed++;
    }
    return installed;
}

/* Puts back the actions that were in place before cn_install_restore_handlers. */
static inline void cn_remove_restore_handlers(void) {
    static const int sigs[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGBUS, SIGABRT, SIGILL, SIGFPE, SIGTRAP };
    for (unsigned i = 0; i < sizeof sigs / sizeof sigs[0]; i++) {
        int sig = sigs[i];
        struct sigaction current;
        if (sigaction(sig, NULL, &current) != 0) continue;
        if (current.sa_handler == cn_restore_and_reraise) sigaction(sig, cn_previous_action(sig), NULL);
    }
}

/* Safety net for exit() paths that skip Swift's defer (exit() from a library, ExitCode thrown past us). */
static void cn_endwin_at_exit(void) {
    if (!isendwin()) endwin();
}
static inline int cn_register_atexit_restore(void) { return atexit(cn_endwin_at_exit); }

/* SIGWINCH may be delivered to any thread, so a poll() on the UI thread is not reliably
   interrupted by it. This handler chains to ncurses' own (which queues KEY_RESIZE) and then
   writes to the UI loop's eventfd; write() is async-signal-safe. */
static inline struct sigaction *cn_previous_winch_action(void) {
    static struct sigaction previous;
    return &previous;
}
static inline volatile sig_atomic_t *cn_winch_wake_fd(void) {
    static volatile sig_atomic_t fd = -1;
    return &fd;
}
static void cn_winch_handler(int sig) {
    struct sigaction *previous = cn_previous_winch_action();
    if ((previous->sa_flags & SA_SIGINFO) == 0 && previous->sa_handler != SIG_DFL && previous->sa_handler != SIG_IGN) {
        previous->sa_handler(sig);
    }
    int fd = *cn_winch_wake_fd();
    if (fd >= 0) {
        uint64_t one = 1;
        ssize_t written = write(fd, &one, sizeof one);
        (void)written;
    }
}
/* Call after newterm (ncurses installs its SIGWINCH handler there). */
static inline int cn_install_winch_wake(int fd) {
    *cn_winch_wake_fd() = fd;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = cn_winch_handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return sigaction(SIGWINCH, &action, cn_previous_winch_action());
}
static inline void cn_remove_winch_wake(void) {
    struct sigaction current;
    if (sigaction(SIGWINCH, NULL, &current) == 0 && current.sa_handler == cn_winch_handler) {
        sigaction(SIGWINCH, cn_previous_winch_action(), NULL);
    }
    *cn_winch_wake_fd() = -1;
}
#endif
