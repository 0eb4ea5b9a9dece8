/**
 * The templates precompiled at build time. In source and in tsc's output this is empty, so render/hbs.ts
 * compiles templates/<name>.hbs on first use; the bundles (scripts/bundle-bin.mjs) replace this module with
 * one that holds every template's spec (Handlebars.precompile with the same options), so the bin and the
 * plopfile neither read the .hbs files nor load handlebars' compiler.
 */
import type Handlebars from 'handlebars';

export const PRECOMPILED: Readonly<Record<string, Parameters<typeof Handlebars.template>[0]>> = {};
