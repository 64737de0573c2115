// A spell checker with nspell's exact semantics (nspell 2.1.5: lib/util/form.js, exact.js,
// suggest.js), answering from the prepared automaton instead of nspell's `data` object.
// The code below follows nspell's structure line by line on purpose: any divergence would change
// verdicts or the order of suggestions. Pure: bytes in, no `node:*`, no DOM.
import {Dawg, type SpellHeader} from './dawg.js'

/** The engine's contract (src/core/index.ts `LintOptions.spellers`). */
export interface Speller {
  correct(word: string): boolean
  suggest(word: string): string[]
}

export interface SpellerOptions {
  /** Extra known words: personal dictionary, front-matter proper nouns. Same as nspell `add(word)`. */
  words?: Iterable<string>
}

type Casing = 'l' | 'u' | 's' | null

function exactCase(value: string): 'l' | 'u' | null {
  return value === value.toLowerCase() ? 'l' : value === value.toUpperCase() ? 'u' : null
}

/** nspell lib/util/casing.js */
export function casing(value: string): Casing {
  const head = exactCase(value.charAt(0))
  const rest = value.slice(1)
  if (!rest) return head
  const tail = exactCase(rest)
  if (head === tail) return head
  if (head === 'u' && tail === 'l') return 's'
  return null
}

interface Conversion {
  patterns: Array<[RegExp, string]>
  /** Matches iff at least one pattern matches: when it does not, `normalize` is the identity. */
  any: RegExp | null
  /**
   * When every pattern is a literal string: for each pattern its rarest-looking character (the
   * last one: combining mark, ligature, apostrophe), flagged by UTF-16 code. A value with none of
   * them cannot match any pattern; this scan is much cheaper than the regex.
   */
  guard: Uint8Array | null
}

const REGEX_SYNTAX = /[\\^$.|?*+()[\]{}]/

function conversion(list: Array<[string, string, string]>): Conversion {
  let guard: Uint8Array | null = null
  if (list.length > 0 && list.every(([source]) => source.length > 0 && !REGEX_SYNTAX.test(source))) {
    guard = new Uint8Array(65536)
    for (const [source] of list) guard[source.charCodeAt(source.length - 1)] = 1
  }
  return {
    patterns: list.map(([source, flags, to]) => [new RegExp(source, flags), to]),
    any: list.length > 0 ? new RegExp(list.map(([source]) => `(?:${source})`).join('|')) : null,
    guard
  }
}

/** nspell lib/util/normalize.js, with fast paths for the common "nothing to do". */
function normalize(value: string, conv: Conversion): string {
  if (conv.any === null) return value
  const guard = conv.guard
  if (guard !== null) {
    let found = false
    for (let i = 0; i < value.length; i++) {
      if (guard[value.charCodeAt(i)] === 1) {
        found = true
        break
      }
    }
    if (!found) return value
  }
  if (!conv.any.test(value)) return value
  for (const [re, to] of conv.patterns) value = value.replace(re, to)
  return value
}

export class PreparedSpeller implements Speller {
  readonly lang: string
  readonly header: SpellHeader
  private readonly dawg: Dawg
  private readonly extra = new Set<string>()
  private readonly keepcase: Set<string>
  private readonly forbidden: Set<string>
  private readonly nosuggest: Set<string>
  private readonly onlyInCompound: Set<string>
  private readonly compoundRules: RegExp[]
  /** Cheap pre-test per compound rule (same flags): when it fails, the rule cannot match. */
  private readonly compoundGuards: Array<RegExp | null>
  private readonly compoundMin: number
  private readonly convIn: Conversion
  private readonly convOut: Conversion
  private readonly replacementTable: Array<[string, string]>
  private readonly key: string[]
  private readonly tryChars: string[]
  /**
   * Per ICONV pattern, its characters that generated candidates cannot contain unless the word
   * being expanded does (not in TRY, either case); null when prefix pruning is not provably safe.
   */
  private readonly pruneGuards: string[][] | null

  constructor(bytes: Uint8Array, options: SpellerOptions = {}) {
    this.dawg = new Dawg(bytes)
    const h = (this.header = this.dawg.header)
    this.lang = h.lang
    this.keepcase = new Set(h.keepcase)
    this.forbidden = new Set(h.forbidden)
    this.nosuggest = new Set(h.nosuggest)
    this.onlyInCompound = new Set(h.onlyincompound)
    this.compoundRules = h.compoundRules.map(([source, flags]) => new RegExp(source, flags))
    this.compoundGuards = h.compoundRules.map(([, flags], i) => {
      const guard = h.compoundGuards?.[i]
      return guard ? new RegExp(guard, flags.replace(/[gy]/g, '')) : null
    })
    this.compoundMin = h.compoundMin
    this.convIn = conversion(h.conversion.in)
    this.convOut = conversion(h.conversion.out)
    this.replacementTable = h.replacementTable
    this.key = h.key
    this.tryChars = h.try
    this.pruneGuards = pruneGuards(h)
    if (options.words) for (const word of options.words) this.add(word)
  }

  /** nspell `add(word)` without a model: the word is known, with no flags. */
  add(word: string): this {
    if (word && !this.dawg.has(word)) this.extra.add(word)
    return this
  }

  /** Undo `add` (personal words only; dictionary forms cannot be removed). */
  remove(word: string): this {
    this.extra.delete(word)
    return this
  }

  /** Characters the dictionary considers part of words (affix `WORDCHARS`), if any. */
  wordCharacters(): string | null {
    return this.header.wordChars
  }

  private inData(value: string): boolean {
    return this.dawg.has(value) || this.extra.has(value)
  }

  // nspell lib/util/exact.js
  private exact(value: string): boolean {
    if (this.inData(value)) return !this.onlyInCompound.has(value)
    if (value.length >= this.compoundMin) {
      const rules = this.compoundRules
      for (let i = 0; i < rules.length; i++) {
        const guard = this.compoundGuards[i]
        if (guard !== null && !guard.test(value)) continue
        if (rules[i].test(value)) return true
      }
    }
    return false
  }

  // nspell lib/util/form.js
  private form(value: string, all = false): string | null {
    let normal = value.trim()
    if (!normal) return null
    normal = normalize(normal, this.convIn)
    if (this.exact(normal)) {
      if (!all && this.forbidden.has(normal)) return null
      return normal
    }
    let alternative: string
    if (normal.toUpperCase() === normal) {
      alternative = normal.charAt(0) + normal.slice(1).toLowerCase()
      if (this.ignore(alternative, all)) return null
      if (this.exact(alternative)) return alternative
    }
    alternative = normal.toLowerCase()
    if (alternative !== normal) {
      if (this.ignore(alternative, all)) return null
      if (this.exact(alternative)) return alternative
    }
    return null
  }

  private ignore(word: string, all: boolean): boolean {
    return this.keepcase.has(word) || all || this.forbidden.has(word)
  }

  correct(word: string): boolean {
    return Boolean(this.form(word))
  }

  /** nspell lib/suggest.js, same candidates, weights and order. */
  suggest(input: string): string[] {
    const value = normalize(input.trim(), this.convIn)
    if (!value || this.correct(value)) return []
    const currentCase = casing(value)
    const edits: string[] = []

    // Replacement table (nspell replaces the first occurrence once per occurrence found).
    for (const [from, to] of this.replacementTable) {
      let offset = value.indexOf(from)
      while (offset > -1) {
        edits.push(value.replace(from, to))
        offset = value.indexOf(from, offset + 1)
      }
    }

    // Keyboard neighbours.
    for (let index = 0; index < value.length; index++) {
      const character = value.charAt(index)
      const before = value.slice(0, index)
      const after = value.slice(index + 1)
      const insensitive = character.toLowerCase()
      const upper = insensitive !== character
      const charAdded: Record<string, boolean> = {}
      for (const group of this.key) {
        const position = group.indexOf(insensitive)
        if (position < 0) continue
        for (let otherOffset = 0; otherOffset < group.length; otherOffset++) {
          if (otherOffset === position) continue
          let otherCharacter = group.charAt(otherOffset)
          if (charAdded[otherCharacter]) continue
          charAdded[otherCharacter] = true
          if (upper) otherCharacter = otherCharacter.toUpperCase()
          edits.push(before + otherCharacter + after)
        }
      }
    }

    // Doubled / undoubled characters, up to three "distances".
    {
      let nextCharacter = value.charAt(0)
      const values = ['']
      let max = 1
      let distance = 0
      for (let index = 0; index < value.length; index++) {
        const character = nextCharacter
        nextCharacter = value.charAt(index + 1)
        const replacement = character === nextCharacter ? '' : character + character
        const count = values.length
        for (let offset = 0; offset < count; offset++) {
          if (offset <= max) values.push(values[offset] + replacement)
          values[offset] += character
        }
        if (++distance < 3) max = values.length
      }
      for (const v of values) edits.push(v)
    }

    // Capitalised and uppercase variants.
    const values = [value]
    let replacement = value.toLowerCase()
    if (value === replacement || currentCase === null) {
      values.push(value.charAt(0).toUpperCase() + replacement.slice(1))
    }
    replacement = value.toUpperCase()
    if (value !== replacement) values.push(replacement)

    const memory: Memory = {state: new Map(), weighted: new Map(), suggestions: []}
    const firstLevel = this.generate(memory, values, edits, 'list')

    // No distance-1 suggestion: try distance 2, in batches (nspell's limits).
    let previous = 0
    const max = Math.min(firstLevel.length, Math.pow(Math.max(15 - value.length, 3), 3))
    const size = Math.max(Math.pow(10 - value.length, 3), 1)
    while (!memory.suggestions.length && previous < max) {
      const next = previous + size
      this.generate(memory, firstLevel.slice(previous, next), undefined, 'break')
      previous = next
    }

    const weighted = memory.weighted
    const suggestions = memory.suggestions
    const sortWeight = (a: string, b: string) => {
      const wa = weighted.get(a)!
      const wb = weighted.get(b)!
      return wa === wb ? 0 : wa > wb ? -1 : 1
    }
    const sortCasing = (a: string, b: string) => {
      const left = casing(a)
      const right = casing(b)
      return left === right ? 0 : left === currentCase ? -1 : right === currentCase ? 1 : 0
    }
    suggestions.sort((a, b) => sortWeight(a, b) || sortCasing(a, b) || a.localeCompare(b))

    const result: string[] = []
    const seen = new Set<string>()
    for (const s of suggestions) {
      const suggestion = normalize(s, this.convOut)
      const lower = suggestion.toLowerCase()
      if (!seen.has(lower)) {
        seen.add(lower)
        result.push(suggestion)
      }
    }
    return result
  }

  // nspell lib/suggest.js `generate`.
  //
  // Prefix pruning, when provable (see `canPrune`): once no accepted form can start with the
  // current prefix, every candidate built at this position or later fails `form`. Failures leave
  // no trace but their entry in the returned list (their memo is `null`), so:
  // - 'list' (distance 1, whose list becomes the distance-2 input): candidates are still listed,
  //   only the `form` lookups are skipped;
  // - 'break' (distance-2 batches, whose list nspell discards): the rest of the word is skipped.
  // Suggestions, weights and order are unchanged either way.
  private generate(memory: Memory, words: string[], edits?: string[], prune: 'none' | 'list' | 'break' = 'none'): string[] {
    const characters = this.tryChars
    const result: string[] = []
    const check = (value: string, double?: boolean, dead?: boolean) => {
      let state = memory.state.get(value)
      // nspell stores `null` for unknown values, which fails its `state !== Boolean(state)` memo
      // test: unknown values are re-checked and re-listed every time. Kept for identical output.
      if (state !== true && state !== false) {
        result.push(value)
        const corrected = dead ? null : this.form(value)
        state = corrected === null ? null : !this.nosuggest.has(corrected)
        memory.state.set(value, state)
        if (state) {
          memory.weighted.set(value, double ? 10 : 0)
          memory.suggestions.push(value)
        }
      }
      if (state) memory.weighted.set(value, memory.weighted.get(value)! + 1)
    }
    const switchCase = (fragment: string) => {
      const first = fragment.charAt(0)
      return (first.toLowerCase() === first ? first.toUpperCase() : first.toLowerCase()) + fragment.slice(1)
    }

    if (edits) for (const edit of edits) check(edit, true)

    for (const word of words) {
      const pruning = prune !== 'none' && this.canPrune(word)
      let dead = false
      let before = ''
      let character = ''
      let nextCharacter = word.charAt(0)
      let nextAfter = word
      let nextNextAfter = word.slice(1)
      let nextUpper = nextCharacter.toLowerCase() !== nextCharacter
      const currentCase = casing(word)
      for (let position = 0; position <= word.length; position++) {
        before += character
        const after = nextAfter
        nextAfter = nextNextAfter
        nextNextAfter = nextAfter.slice(1)
        character = nextCharacter
        nextCharacter = word.charAt(position + 1)
        if (pruning && !dead && position > 0 && !this.prefixViable(before)) {
          if (prune === 'break') break
          dead = true
        }
        const upper = nextUpper
        if (nextCharacter) nextUpper = nextCharacter.toLowerCase() !== nextCharacter
        if (nextAfter && upper !== nextUpper) {
          check(before + switchCase(nextAfter), undefined, dead)
          check(before + switchCase(nextCharacter) + switchCase(character) + nextNextAfter, undefined, dead)
        }
        check(before + nextAfter, undefined, dead)
        if (nextAfter) check(before + nextCharacter + character + nextNextAfter, undefined, dead)
        for (let offset = 0; offset < characters.length; offset++) {
          let inject = characters[offset]
          if (upper && inject !== inject.toUpperCase()) {
            if (currentCase !== 's') {
              check(before + inject + after, undefined, dead)
              check(before + inject + nextAfter, undefined, dead)
            }
            inject = inject.toUpperCase()
            check(before + inject + after, undefined, dead)
            check(before + inject + nextAfter, undefined, dead)
          } else {
            check(before + inject + after, undefined, dead)
            check(before + inject + nextAfter, undefined, dead)
          }
        }
      }
    }
    return result
  }

  /** Candidates built from `word` cannot be changed by ICONV nor matched by compound rules. */
  private canPrune(word: string): boolean {
    const guards = this.pruneGuards
    if (guards === null) return false
    const lower = word.toLowerCase()
    const upper = word.toUpperCase()
    for (const guard of this.compoundGuards) {
      // Checked non-null with TRY in `pruneGuards`; candidates add TRY characters and case changes.
      if (guard !== null && (guard.test(word) || guard.test(lower) || guard.test(upper))) return false
    }
    if (guards.length === 0) return true
    for (const patternGuards of guards) {
      // The pattern is impossible if one of its guard characters cannot appear in any candidate.
      let impossible = false
      for (const g of patternGuards) {
        if (!word.includes(g) && !lower.includes(g) && !upper.includes(g)) {
          impossible = true
          break
        }
      }
      if (!impossible) return false
    }
    return true
  }

  /** Whether some known word could be `form`'s answer for a value starting with `prefix`. */
  private prefixViable(prefix: string): boolean {
    // `form` accepts v when v, v in sentence case (if upper case) or v in lower case is known.
    if (/[\sΣ]/u.test(prefix)) return true // trim() / final-sigma lower-casing are not prefix-wise
    const dawg = this.dawg
    if (dawg.hasPrefix(prefix)) return true
    const lower = prefix.toLowerCase()
    if (dawg.hasPrefix(lower)) return true
    if (dawg.hasPrefix(prefix.charAt(0) + prefix.slice(1).toLowerCase())) return true
    for (const extra of this.extra) if (extra.toLowerCase().startsWith(lower)) return true
    return false
  }
}

/** See `PreparedSpeller.pruneGuards`. */
function pruneGuards(h: SpellHeader): string[][] | null {
  if (h.compoundRules.length > 0) {
    // Compound regexes accept words not in the automaton: prunable only if each rule has a guard
    // class that no TRY character matches (candidates then need the word itself to match it).
    const guards = h.compoundRules.map(([, flags], i) => {
      const g = h.compoundGuards?.[i]
      return g ? new RegExp(g, flags.replace(/[gy]/g, '')) : null
    })
    if (guards.some((g) => g === null || h.try.some((c) => g.test(c) || g.test(c.toUpperCase())))) return null
  }
  const alphabet = new Set<string>()
  for (const c of h.try) {
    alphabet.add(c)
    alphabet.add(c.toUpperCase())
    alphabet.add(c.toLowerCase())
  }
  const guards: string[][] = []
  for (const [source] of h.conversion.in) {
    if (/[\\^$.|?*+()[\]{}]/.test(source)) return null // not a literal pattern: no cheap proof
    const own = [...new Set(source)].filter((c) => !alphabet.has(c))
    if (own.length === 0) return null
    guards.push(own)
  }
  return guards
}

interface Memory {
  state: Map<string, boolean | null>
  weighted: Map<string, number>
  suggestions: string[]
}
