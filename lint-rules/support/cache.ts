// Per-lint caches (a tree's views, a view's quotes…) kept on the object they describe, in a hidden
// symbol-keyed property, instead of in module-level WeakMaps.
//
// Why: a WeakMap keyed by short-lived objects is an ephemeron table for V8's garbage collector. Every
// lint adds hundreds of entries (one per paragraph, sentence and view), and while the keys are young
// the collector keeps the values (views: text, offsets, tokens) alive across scavenges and promotes
// them, so the old generation filled with dead views and needed a full mark-compact every few lints
// (`node --trace-gc` on the lint bench). A plain property dies with its object.
export interface ObjectCache<K extends object, V> {
  get(key: K): V | undefined
  set(key: K, value: V): void
}

export function objectCache<K extends object, V>(name: string): ObjectCache<K, V> {
  const slot = Symbol(name)
  // Objects that cannot take a property (frozen test fixtures) fall back to a WeakMap.
  const fallback = new WeakMap<K, V>()
  return {
    get(key) {
      const value = (key as Record<symbol, V | undefined>)[slot]
      return value !== undefined ? value : fallback.get(key)
    },
    set(key, value) {
      if (Object.isExtensible(key)) Object.defineProperty(key, slot, {value, writable: true, configurable: true, enumerable: false})
      else fallback.set(key, value)
    }
  }
}
