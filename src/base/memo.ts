/** `f` of a string, computed once per distinct argument (a design has a few types for thousands of columns). */
export function memoByString(f: (s: string) => string): (s: string) => string {
  const seen = new Map<string, string>();
  return (s) => {
    let r = seen.get(s);
    if (r === undefined) seen.set(s, (r = f(s)));
    return r;
  };
}
