/**
 * jest.config.js setupFiles: the test workers compile WebAssembly (PGlite, sql.js) with V8's baseline compiler
 * only. By default V8 also recompiles the hot functions with its optimizing compiler in background threads, and
 * node waits for those jobs before a process exits: a worker that used PGlite in its last files spent 0.3–1 s of
 * CPU after its tests were done, past jest's 500 ms ("A worker process has failed to exit gracefully and has been
 * force exited"), and the recompiles cost more CPU than they win back in a test's short-lived databases (one
 * PGlite start, a query and close: ~1.7 → ~1.1 s of CPU; 2,000 sql.js inserts: ~0.7 → ~0.4 s). It changes how fast
 * the code runs, not what it does. The bin's runs are separate processes (support/bin-run.ts), not changed by it.
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--liftoff-only'); // once per worker is enough; again per test file is harmless
