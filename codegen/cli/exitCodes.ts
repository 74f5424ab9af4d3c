/** The CLI's exit codes, the same for every command. */

/** Success. */
export const EXIT_OK = 0;
/** Bad input (a file that does not parse, a class that is not there) or a failed check. */
export const EXIT_FAILURE = 1;
/** The command line itself is wrong: unknown command or option, missing argument. */
export const EXIT_USAGE = 2;
