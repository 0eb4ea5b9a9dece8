/**
 * `import()` of a package that stays outside the bin's bundle (plop, database clients, the wizard's diff and
 * highlighter): every such load goes through here. Run from the sources (tsc, jest) this is node's own import().
 * In the bin's bundle (scripts/bundle-bin.mjs) the module is replaced by one that calls the import() of the
 * bundle's loader (bin/load-pack.ts): the bundle runs as a vm.Script with V8's code cache, and a vm.Script's own
 * import() needs a flag on node 20.
 */
export const importEsm = <T>(specifier: string): Promise<T> => import(specifier) as Promise<T>;
