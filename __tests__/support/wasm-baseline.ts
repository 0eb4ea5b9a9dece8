/**
 * jest.config.js setupFiles: the test workers compile WebAssembly (PGlite, sql.js) with V8's baseline compiler
 * only. By default V8 also recompiles the hot functions with its optimizing compiler in background threads, and
 * node waits for those jobs before a process exits: measured outside jest, a process spent 0.3–1 s of CPU after
 * its last PGlite closed, past jest's 500 ms for a worker's exit. That alone is not what keeps jest's "A worker
 * process has failed to exit gracefully" (it still shows in a full run). The recompiles also cost more CPU than
 * they win back in a test's short-lived databases (one PGlite start, a query and close: ~1.7 → ~1.1 s of CPU;
 * 2,000 sql.js inserts: ~0.7 → ~0.4 s). It changes how fast the code runs, not what it does. The bin's runs are separate processes (support/bin-run.ts), not changed by it.
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--liftoff-only'); // once per worker is enough; again per test file is harmless
