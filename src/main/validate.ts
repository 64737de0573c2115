// A tiny runtime validator for IPC payloads (no `any`): each validator returns the typed value or
// throws a ValidationError naming the offending field. Objects are strict: unknown keys are refused.

export class ValidationError extends Error {
  constructor(where: string, expected: string) {
    super(`invalid payload at ${where}: expected ${expected}`)
    this.name = 'ValidationError'
  }
}

export type Validator<T> = (value: unknown, where?: string) => T
export type Infer<V> = V extends Validator<infer T> ? T : never

export function str(options: {min?: number; max: number; pattern?: RegExp}): Validator<string> {
  return (value, where = '$') => {
    if (typeof value !== 'string') throw new ValidationError(where, 'a string')
    if (value.length < (options.min ?? 0) || value.length > options.max)
      throw new ValidationError(where, `a string of ${options.min ?? 0}..${options.max} characters`)
    if (options.pattern && !options.pattern.test(value)) throw new ValidationError(where, `a string matching ${options.pattern}`)
    return value
  }
}

export const bool: Validator<boolean> = (value, where = '$') => {
  if (typeof value !== 'boolean') throw new ValidationError(where, 'a boolean')
  return value
}

export function num(options: {min?: number; max?: number; integer?: boolean} = {}): Validator<number> {
  return (value, where = '$') => {
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new ValidationError(where, 'a finite number')
    if (options.integer && !Number.isInteger(value)) throw new ValidationError(where, 'an integer')
    if ((options.min !== undefined && value < options.min) || (options.max !== undefined && value > options.max))
      throw new ValidationError(where, `a number in ${options.min ?? '-∞'}..${options.max ?? '∞'}`)
    return value
  }
}

export function oneOf<const T extends readonly (string | number | boolean | null)[]>(...values: T): Validator<T[number]> {
  return (value, where = '$') => {
    for (const candidate of values) if (value === candidate) return candidate
    throw new ValidationError(where, `one of ${values.map((v) => JSON.stringify(v)).join(', ')}`)
  }
}

export function bytes(options: {max: number}): Validator<Uint8Array> {
  return (value, where = '$') => {
    // Realm-independent check (instanceof fails across realms); Buffers are Uint8Arrays too.
    if (!ArrayBuffer.isView(value) || Object.prototype.toString.call(value) !== '[object Uint8Array]')
      throw new ValidationError(where, 'bytes (Uint8Array)')
    if (value.byteLength > options.max) throw new ValidationError(where, `at most ${options.max} bytes`)
    return value as Uint8Array
  }
}

export function nullable<T>(inner: Validator<T>): Validator<T | null> {
  return (value, where = '$') => (value === null ? null : inner(value, where))
}

export function union<A, B>(a: Validator<A>, b: Validator<B>): Validator<A | B> {
  return (value, where = '$') => {
    try {
      return a(value, where)
    } catch (first) {
      try {
        return b(value, where)
      } catch {
        throw first
      }
    }
  }
}

export function arrayOf<T>(item: Validator<T>, options: {max: number}): Validator<T[]> {
  return (value, where = '$') => {
    if (!Array.isArray(value)) throw new ValidationError(where, 'an array')
    if (value.length > options.max) throw new ValidationError(where, `at most ${options.max} items`)
    return value.map((v, i) => item(v, `${where}[${i}]`))
  }
}

/** Marks an object key as optional (absent or undefined). */
export interface Optional<T> {
  optional: Validator<T>
}
export function optional<T>(inner: Validator<T>): Optional<T> {
  return {optional: inner}
}

type Shape = Record<string, Validator<unknown> | Optional<unknown>>
type RequiredKeys<S extends Shape> = {[K in keyof S]: S[K] extends Optional<unknown> ? never : K}[keyof S]
type OptionalKeys<S extends Shape> = {[K in keyof S]: S[K] extends Optional<unknown> ? K : never}[keyof S]
type ValueOf<F> = F extends Optional<infer T> ? T : F extends Validator<infer T> ? T : never
export type ObjectOf<S extends Shape> = {[K in RequiredKeys<S>]: ValueOf<S[K]>} & {[K in OptionalKeys<S>]?: ValueOf<S[K]>}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  // A plain object of any realm (structured clone, VM): its prototype is null or a root prototype.
  const proto: unknown = Object.getPrototypeOf(value)
  return proto === null || (typeof proto === 'object' && Object.getPrototypeOf(proto) === null)
}

export function object<S extends Shape>(shape: S): Validator<ObjectOf<S>> {
  return (value, where = '$') => {
    if (!isPlainObject(value)) throw new ValidationError(where, 'an object')
    for (const key of Object.keys(value))
      if (!Object.hasOwn(shape, key)) throw new ValidationError(`${where}.${key}`, 'no such key')
    const out: Record<string, unknown> = {}
    for (const [key, field] of Object.entries(shape)) {
      const raw = value[key]
      if (typeof field === 'function') out[key] = field(raw, `${where}.${key}`)
      else if (raw !== undefined) out[key] = field.optional(raw, `${where}.${key}`)
    }
    return out as ObjectOf<S>
  }
}

/** Accepts only `undefined` (messages without a payload). */
export const none: Validator<undefined> = (value, where = '$') => {
  if (value !== undefined) throw new ValidationError(where, 'no payload')
  return undefined
}
