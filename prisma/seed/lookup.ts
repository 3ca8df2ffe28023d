/** Map lookup that fails loudly: a typo in seed data must not become a silent null. */
export function must<V>(map: Map<string, V>, key: string, what: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Seed data refers to unknown ${what} "${key}"`);
  return value;
}
