/**
 * What a run resolves once and hands down: the design's dialect (an object, never its id) and the layout of
 * its migrations (decided here and nowhere else), with the answers the files' headers name.
 */
import type { Answers, Spec } from '../state/answers-schema.js';
import type { Design } from '../state/design-schema.js';
import type { Saved } from '../state/store.js';
import { STATE_PATH } from '../state/store.js';
import type { Dialect } from '../dialects/dialect.js';
import { dialectOf } from '../dialects/registry.js';
import { designLayout, layoutNamed, type Layout } from '../runners/layout.js';
import { fail } from '../cli/errors.js';

/** The saved answers with the four a later change cannot do without (timestamps, timezone … ride along). */
export type Settings = Spec & Pick<Answers, 'db' | 'scale' | 'orm' | 'style'>;

export interface Target { dialect: Dialect; layout: Layout; settings: Settings; answers: Spec }

/** A saved design, its settings checked and its target resolved: what every later change starts from. */
export interface Ready extends Target { design: Saved }

export function targetOf(design: Design, settings: Settings): Target {
  const answers = design.answers;
  const layout = layoutNamed(designLayout({ ...answers, orm: settings.orm }, design.migrations.length > 0));
  return { dialect: dialectOf(settings.db), layout, settings, answers };
}

/** The settings a later change needs from the saved answers (one line when db-schema has not set them). */
export function settingsOf(design: Design, what: string): Settings {
  const { db, scale, orm, style } = design.answers;
  if (!db || !scale || !orm || !style) return fail(`${what}: ${STATE_PATH} lacks db, scale, orm or style; run \`npx plop db-schema\` first`);
  return { ...design.answers, db, scale, orm, style };
}
