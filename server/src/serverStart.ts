// How the language server is started, wherever it is: the extension, the protocol tests and the
// benchmark start it alike, with these Node flags and this environment; the extension and the
// benchmark also give it the initialization options of VS Code.

/**
 * V8's pool of background threads (concurrent marking, parallel scavenges, optimising compiles)
 * sized by Node for the machine, one thread less than its cores, where Node's default is four
 * threads whatever the cores. On two cores, four threads beside the main one made it wait for
 * those the system had not run yet: at 1,000 seeds, three sessions each, open 2.29–2.49 s against
 * 2.51–3.69 s, keystroke median 22.8–27.4 ms against 29.7–33.3 ms, p95 48–64 ms against 81–86 ms,
 * peak memory alike (212–216 MB against 210–215 MB).
 */
const V8_POOL_SIZE_FLAG = '--v8-pool-size=0';

/**
 * Semi-spaces of 1 MB, not V8's 16: the server keeps its model for hours, and the young generation
 * is memory it holds all that time. A keystroke allocates ~3 MB, so a smaller one collects more
 * often. At 1,000 seeds, the benchmark's session, with the heap growing by a tenth (see runServer),
 * three sessions each: peak 190-196 MB against 199-207 MB with 4 MB; keystroke median about 3 ms
 * more (in one process, without the protocol, 13 ms against 11 ms). With 4 MB and a fifth, as
 * before: peak 204-209 MB, keystroke median 22-24 ms against 26-29 ms, open 2.2-2.4 s against
 * 2.4-2.7 s; at 5,000 seeds (one benchmark run each) peak 616 MB against 665 MB, keystroke median
 * 198 ms against 167 ms. Earlier, 4 MB against 8 and 16 MB: 224-233 MB, 233-236 MB and 268 MB. Not set for
 * `seed-bundle analyze`, which runs once and ran 3-5 % slower with 4 MB.
 */
const SEMI_SPACE_FLAG = '--max-semi-space-size=1';

/**
 * Each regular expression compiled to machine code when first run, where V8 runs it first in its
 * interpreter and compiles it on its second run. The analysis has ~350 patterns, some of thousands
 * of characters, most run over whole articles: interpreting each once cost more than compiling it
 * at once, and a server's first reading is mostly first runs. The first pass's 33 articles at
 * 1,000 seeds (see firstPass.ts), five cold processes each: 244-286 ms against 361-370 ms. Later
 * analyses run compiled patterns either way. Given at start only: Node warns that setting V8 flags
 * in a running process may crash it, and setting this one did (`v8.setFlagsFromString`).
 */
const REGEXP_FLAG = '--no-regexp-tier-up';

export const SERVER_NODE_FLAGS = [SEMI_SPACE_FLAG, V8_POOL_SIZE_FLAG, REGEXP_FLAG];

/**
 * glibc's malloc, told to keep less of what it freed (other C libraries ignore both):
 * - One arena: glibc gives each thread that allocates (V8's GC and compiler threads) an arena of
 *   its own, which keeps what it freed. At 1,000 seeds the server's peak was 230–235 MB against
 *   244–249 MB with glibc's default, in three sessions each, open and keystrokes no slower.
 * - A fixed threshold for blocks of their own (its default, 128 kB, which glibc otherwise raises
 *   to the largest block freed): V8's parser reads the 3 MB bundle in blocks that, once freed,
 *   stayed in the heap. The server's malloc heap after start: 13.0 MB, 3.5 MB with it.
 */
export const SERVER_ENVIRONMENT = { MALLOC_ARENA_MAX: '1', MALLOC_MMAP_THRESHOLD_: '131072' };

/** What a client may tell the server at initialize. */
export interface InitializationOptions {
  /** The most diagnostics of one file the editor shows: the server chooses which (see features/shownDiagnostics.ts). */
  maxDiagnosticsPerFile?: number;
}

/** VS Code shows at most 1,000 diagnostics of a file (ExtHostDiagnostics._maxDiagnosticsPerFile). */
export const VSCODE_INITIALIZATION_OPTIONS = { maxDiagnosticsPerFile: 1000 } satisfies InitializationOptions;
