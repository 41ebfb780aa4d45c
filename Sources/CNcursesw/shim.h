#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <locale.h>
#include <langinfo.h>
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
#endif
