/**
 * The report's inferences at scale (src/report/inferred-summary.ts): up to 100 lines one by one, above that one
 * line per kind with its count and first subjects; the wizard's review keeps every line.
 */
import { buildModel } from '../../src/core/design.js';
import { buildInit } from '../../src/core/init.js';
import { inferredLines } from '../../src/model/inferred.js';
import { DETAIL, inferredSummary } from '../../src/report/inferred-summary.js';
import { reviewInferred } from '../../src/wizard/review.js';
import { answers } from '../entity-cases.js';
import { tempDir } from '../support/temp.js';
import { join } from 'node:path';

/** n entities, each but the first holding the previous one's key by name, and one bare `title`. */
const chain = (n: number) => Array.from({ length: n }, (_, i) => `E${i}x: title${i ? `, e${i - 1}x_id` : ''}`).join('\n');
const report = (entities: string) => buildInit({ ...answers('sqlite'), entities, relations: [] }, undefined,
  join(tempDir('inferred-summary'), 'nowhere'), new Date('2026-01-02T03:04:05Z')).report;
const inferredOf = (text: string) => text.split('\n').filter((l) => l.startsWith('Inferred:')).map((l) => l.slice(14));

test('a design with up to 100 inferences lists each one', () => {
  const entities = chain(30); // 30 title lines + 29 key types + 29 FKs = 88
  const all = inferredLines(buildModel({ entities, relations: [] }), []);
  expect(all.length).toBeLessThanOrEqual(DETAIL);
  expect(inferredOf(report(entities))).toEqual(all);
});

test('a bigger design gets one line per kind: what, how many, the first three', () => {
  const entities = chain(400);
  expect(inferredOf(report(entities))).toEqual([
    '1,198 inferences, by kind (a design this size gets one line per kind):',
    'title: text (a bare name no rule knows; type it to change, e.g. title:string(80)) — 400 entities: E0x, E1x, E2x, … (397 more)',
    'key type inferred from the name — 399 fields: E1x.e0x_id, E2x.e1x_id, E3x.e2x_id, … (396 more)',
    'FK → its entity inferred from the name — 399 fields: E1x.e0x_id → E0x, E2x.e1x_id → E1x, E3x.e2x_id → E2x, … (396 more)',
  ]);
  expect(reviewInferred({ ...answers('sqlite'), entities, relations: [] })).toHaveLength(1198); // the review lists all
});

test('more than 40 kinds: the first 40, then the rest counted', () => {
  const lines = Array.from({ length: 120 }, (_, i) => `E${i}: f${i % 60}: text (a bare name no rule knows)`);
  const out = inferredSummary(lines);
  expect(out).toHaveLength(42);
  expect(out[1]).toBe('f0: text (a bare name no rule knows) — 2 entities: E0, E60');
  expect(out[41]).toBe('… 20 more kinds (40 inferences)');
  expect(inferredSummary(lines.slice(0, 100))).toEqual(lines.slice(0, 100));
});
