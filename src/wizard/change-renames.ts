/** db-change in a terminal: each "X disappears and Y appears" is asked: a rename, or a drop and a new one. */
import type { Design } from '../state/design-schema.js';
import { settingsOf } from '../core/target.js';
import type { ChangeSpec } from '../change/spec.js';
import { resolveRenames } from '../change/plan.js';
import { select, type Inquirer } from './io.js';

export async function resolveAmbiguities(inq: Inquirer, design: Design, spec: ChangeSpec): Promise<ChangeSpec> {
  const settings = settingsOf(design, 'db-change');
  let out = spec;
  for (;;) { // asked as db-change resolves them (the designs at hand: fields under column(…) names)
    const open = resolveRenames(design, out, settings).open[0];
    if (!open) return out;
    const how = await select(inq, 'rename', `${open.gone} disappears and ${open.fresh} appears`, [
      { value: 'rename', label: `rename ${open.gone} → ${open.fresh}`, hint: 'the same data under the new name (nothing lost)' },
      { value: 'replace', label: `drop ${open.gone}, add ${open.fresh}`, hint: `${open.gone}'s data is lost (needs the drop confirmed)` },
    ]);
    out = how === 'rename'
      ? { ...out, renames: [...out.renames, { from: open.gone, to: open.fresh }] }
      : { ...out, replace: [...out.replace, open.gone] };
  }
}
