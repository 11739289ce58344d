// How Node runs the language server, wherever it is started: the extension, the protocol tests
// and the benchmark start it alike.

/**
 * Semi-spaces of 8 MB, not V8's 16: the server keeps its model for hours, and the larger young
 * generation is 17–23 MB more memory at 1,000 seeds (peak 249 against 268 MB) for no gain in
 * keystroke time (59–73 ms against 68 ms in three sessions each, measured on a slow day). Not set
 * for `seed-bundle analyze`, which runs once and ran 3–5 % slower with it.
 */
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=8'];

/**
 * One malloc arena: glibc gives each thread that allocates (V8's GC and compiler threads) an arena
 * of its own, which keeps what it freed. At 1,000 seeds the server's peak was 230–235 MB against
 * 244–249 MB with glibc's default, in three sessions each, open and keystrokes no slower.
 * Other C libraries ignore it.
 */
export const SERVER_ENVIRONMENT = { MALLOC_ARENA_MAX: '1' };
