// How node runs the language server: the extension and the tests and benchmark that drive the real
// server start it with these arguments.

/**
 * V8's young generation grows to 2 × 16 MB semi-spaces under the allocation of a large bundle's
 * first analysis, and stays that size for the life of the server: 30 MB of a 1,000-seed server's
 * peak of ~270 MB. Semi-spaces of 2 MB cost no measurable time (bench/RESULTS.md). V8 reads this
 * flag only when the process starts, so it cannot be set from the server's own code.
 */
export const SERVER_NODE_ARGS = ['--max-semi-space-size=2'];
