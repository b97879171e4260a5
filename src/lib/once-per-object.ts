/**
 * A function worked out once per object it is given, remembered as long as that object lives.
 * For values derived from a story's data, which is never changed in place (the studio makes a
 * new story for every edit): its index, its dates' bounds, its ids, its list's pages.
 */
export function oncePerObject<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  // One lookup for a value known, not has() then get(): a long story's start asks tens of
  // thousands of times.
  const known = new WeakMap<K, V>();
  return (key) => {
    const was = known.get(key);
    if (was !== undefined || known.has(key)) return was as V;
    const value = compute(key);
    known.set(key, value);
    return value;
  };
}

/** The same for string keys (ids, dates), remembered as long as the function that holds them. */
export function oncePerKey<V>(compute: (key: string) => V): (key: string) => V {
  const known = new Map<string, V>();
  return (key) => {
    if (known.has(key)) return known.get(key) as V;
    const value = compute(key);
    known.set(key, value);
    return value;
  };
}
