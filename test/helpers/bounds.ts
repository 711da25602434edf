/**
 * The bound on a test or hook whose work is a heavy step: generating the contract, a compiler, npm, a
 * browser, another runtime. It detects a hang; it is not a speed check. The heaviest such step (regenerating
 * generated/ twice, or javac over every model) takes well under 30 s on an idle 2-core machine; 10 minutes
 * leaves a margin of 20× and more, for a machine loaded far past its cores (two suites at once, with others).
 */
export const HANG_BOUND_MS = 600_000;
