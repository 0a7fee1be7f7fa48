#ifndef CNCURSES_SHIM_H
#define CNCURSES_SHIM_H
// The ncursesw API as Swift 6 can use it. Only ForumTUI's terminal driver imports this module.
//
// SwiftPM drops pkg-config's -D_XOPEN_SOURCE, which hides the wide-character API.
#define NCURSES_WIDECHAR 1
#include <langinfo.h>
#include <locale.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <ncursesw/curses.h>

// Globals: Swift 6 rejects C mutable globals as not concurrency-safe, so read them through functions.
static inline WINDOW *cnc_stdscr(void) { return stdscr; }
static inline int cnc_lines(void) { return LINES; }
static inline int cnc_cols(void) { return COLS; }
static inline int cnc_colors(void) { return COLORS; }
static inline int cnc_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE *cnc_stdin(void) { return stdin; }
static inline FILE *cnc_stdout(void) { return stdout; }

// Attribute macros, which Swift does not import.
static const attr_t CNC_A_NORMAL = A_NORMAL;
static const attr_t CNC_A_BOLD = A_BOLD;
static const attr_t CNC_A_DIM = A_DIM;
static const attr_t CNC_A_REVERSE = A_REVERSE;
static const attr_t CNC_A_UNDERLINE = A_UNDERLINE;
static const attr_t CNC_A_ITALIC = A_ITALIC;

// Mouse masks, which Swift does not import.
static const mmask_t CNC_BUTTON1_PRESSED = BUTTON1_PRESSED;
static const mmask_t CNC_BUTTON1_CLICKED = BUTTON1_CLICKED;
static const mmask_t CNC_BUTTON4_PRESSED = BUTTON4_PRESSED;
static const mmask_t CNC_BUTTON5_PRESSED = BUTTON5_PRESSED;

// Signals. The handlers live in C because a Swift closure may not run safely inside a signal
// handler. A stop signal (SIGINT, SIGTERM, SIGHUP, SIGQUIT) only sets a flag that the input loop
// reads; a crash signal restores the terminal with endwin(), puts back the handler that was there
// before (Swift's backtracer or the default) and raises the signal again, so the crash is still
// reported and the shell is left usable.
static volatile sig_atomic_t cnc_stop_signal_number = 0;

/// The handler each signal had before ours, to put back (a function-local static, because Swift
/// emits the C functions it uses but not file-scope variables without an initializer).
static inline struct sigaction *cnc_previous_action(int sig) {
    static struct sigaction saved[NSIG];
    return &saved[sig];
}
static const int cnc_stop_signals[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };
static const int cnc_crash_signals[] = { SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP };

static void cnc_on_stop_signal(int sig) { cnc_stop_signal_number = sig; }

static void cnc_on_crash_signal(int sig) {
    endwin();
    sigaction(sig, cnc_previous_action(sig), NULL);
    raise(sig);
}

/// Installs the stop and crash handlers, remembering the ones they replace. Call before newterm(),
/// which then leaves SIGINT and SIGTERM alone.
static inline void cnc_install_signal_handlers(void) {
    struct sigaction action;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    action.sa_handler = cnc_on_stop_signal;
    for (unsigned i = 0; i < sizeof cnc_stop_signals / sizeof cnc_stop_signals[0]; i++) {
        sigaction(cnc_stop_signals[i], &action, cnc_previous_action(cnc_stop_signals[i]));
    }
    action.sa_handler = cnc_on_crash_signal;
    for (unsigned i = 0; i < sizeof cnc_crash_signals / sizeof cnc_crash_signals[0]; i++) {
        sigaction(cnc_crash_signals[i], &action, cnc_previous_action(cnc_crash_signals[i]));
    }
}

/// Puts back the handlers that cnc_install_signal_handlers replaced. Call after endwin().
static inline void cnc_restore_signal_handlers(void) {
    for (unsigned i = 0; i < sizeof cnc_stop_signals / sizeof cnc_stop_signals[0]; i++) {
        sigaction(cnc_stop_signals[i], cnc_previous_action(cnc_stop_signals[i]), NULL);
    }
    for (unsigned i = 0; i < sizeof cnc_crash_signals / sizeof cnc_crash_signals[0]; i++) {
        sigaction(cnc_crash_signals[i], cnc_previous_action(cnc_crash_signals[i]), NULL);
    }
}

/// The stop signal received since the last call, or 0.
static inline int cnc_take_stop_signal(void) {
    int sig = cnc_stop_signal_number;
    cnc_stop_signal_number = 0;
    return sig;
}

/// Unblocks every signal on the calling thread. A process started by a test runner inherits a
/// mask that blocks SIGWINCH and SIGHUP; without this, resizes and a closed terminal go unseen.
static inline void cnc_unblock_all_signals(void) {
    sigset_t none;
    sigemptyset(&none);
    pthread_sigmask(SIG_SETMASK, &none, NULL);
}

#endif
