/**
 * A memo for pure functions of a string or number whose inputs repeat: feeds
 * state the same few hundred start times thousands of times over, and each
 * reading is a regex, a Date and a zone lookup. Cleared when full, so a
 * hostile feed with millions of distinct values costs memory only up to the cap.
 */
export function boundedMemo<K extends string | number, V>(compute: (key: K) => V, capacity = 20_000): (key: K) => V {
  const cache = new Map<K, V>();
  return (key: K): V => {
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as V;
    const value = compute(key);
    if (cache.size >= capacity) cache.clear();
    cache.set(key, value);
    return value;
  };
}
