// Lexicons are data (`lexicon.fr.yml`, `lexicon.en.yml`): each entry lists the phrases it matches.
// A phrase is tokenised like the prose (see text.ts), then each token matches by its folded form
// (case- and accent-insensitive). Token syntax:
//   `arnaqu*`   any token starting with « arnaqu » (inflections, derivatives);
//   `*`         any one token;
//   `de|des|d'` one of several tokens.
// `except` phrases cancel a match that they overlap (« répression des fraudes »).
import {fold, keyState, lexiconKeyId, refreshKeys, tokenize, type Token} from './text.js'
import type {TextView} from './view.js'

export interface LexiconEntry {
  id: string
  match: string[]
  /** Replacements; omitted → no quick fix; [] → delete. */
  suggest?: string[]
  /** Why it is risky (with the legal basis). Falls back to the rule's default note. */
  note?: string
  /** 0 rarely a problem … 2 almost always. Default 1. */
  sureness?: 0 | 1 | 2
  /** Phrases that, when they overlap the match, cancel it. */
  except?: string[]
  /** Free data for the rule (a category, a register…). */
  [key: string]: unknown
}

type TokenTest = {kind: 'exact'; value: string} | {kind: 'prefix'; value: string} | {kind: 'any'} | {kind: 'set'; values: Set<string>}

interface CompiledPhrase {
  entry: LexiconEntry
  tests: TokenTest[]
}

export interface LexiconMatch {
  entry: LexiconEntry
  /** Index of the first and after-last token in `view.tokens`. */
  from: number
  to: number
  /** Text indices in the view. */
  start: number
  end: number
  /** The matched text as written. */
  actual: string
}

export interface Lexicon {
  entries: LexiconEntry[]
  /** All non-overlapping matches in a view, longest first at each position. */
  find(view: TextView): LexiconMatch[]
}

function compileToken(raw: string, where: string): TokenTest {
  if (raw === '*') return {kind: 'any'}
  if (raw.includes('|')) return {kind: 'set', values: new Set(raw.split('|').map((v) => fold(v)))}
  if (raw.endsWith('*')) {
    const value = fold(raw.slice(0, -1))
    if (value.length < 3) throw new Error(`${where}: prefix « ${raw} » is too short (3 letters at least)`)
    return {kind: 'prefix', value}
  }
  return {kind: 'exact', value: fold(raw)}
}

// Split a phrase into raw token strings, keeping `*` and `|` syntax intact.
function phraseTokens(phrase: string): string[] {
  const out: string[] = []
  for (const chunk of phrase.trim().split(/\s+/)) {
    if (chunk === '*' || chunk.includes('|') || chunk.endsWith('*')) {
      // `d'*` style tokens are not supported; an alternation or prefix is one token.
      out.push(chunk)
      continue
    }
    for (const token of tokenize(chunk)) out.push(token.value)
  }
  return out
}

function tokenMatches(test: TokenTest, token: Token): boolean {
  switch (test.kind) {
    case 'exact':
      return token.fold === test.value
    case 'prefix':
      return token.fold.startsWith(test.value)
    case 'any':
      return true
    case 'set':
      return test.values.has(token.fold)
  }
}

/** Validates and compiles lexicon data. Throws with the file and entry on bad data. */
export function compileLexicon(data: unknown, file: string): Lexicon {
  if (!Array.isArray(data)) throw new Error(`${file}: a lexicon is a list of entries`)
  const entries = data as LexiconEntry[]
  const ids = new Set<string>()
  const seen = new Map<string, string>()
  const byExact = new Map<string, CompiledPhrase[]>()
  const byPair = new Map<string, Map<string, CompiledPhrase[]>>()
  const byPrefix = new Map<string, CompiledPhrase[]>()
  const other: CompiledPhrase[] = []
  const exceptions = new Map<LexiconEntry, CompiledPhrase[]>()

  for (const entry of entries) {
    const where = `${file}: entry ${JSON.stringify(entry?.id)}`
    if (!entry || typeof entry.id !== 'string' || !entry.id) throw new Error(`${file}: every entry needs an id`)
    if (ids.has(entry.id)) throw new Error(`${where}: duplicate id`)
    ids.add(entry.id)
    if (!Array.isArray(entry.match) || entry.match.length === 0) throw new Error(`${where}: \`match\` must list phrases`)
    if (entry.suggest !== undefined && !Array.isArray(entry.suggest)) throw new Error(`${where}: \`suggest\` must be a list`)
    if (entry.sureness !== undefined && ![0, 1, 2].includes(entry.sureness)) throw new Error(`${where}: \`sureness\` is 0, 1 or 2`)
    for (const phrase of entry.match) {
      if (typeof phrase !== 'string' || !phrase.trim()) throw new Error(`${where}: empty phrase`)
      const key = phraseTokens(phrase).map((t) => fold(t)).join(' ')
      const previous = seen.get(key)
      if (previous) throw new Error(`${where}: phrase « ${phrase} » is already in entry ${previous}`)
      seen.set(key, entry.id)
      const tests = phraseTokens(phrase).map((t) => compileToken(t, where))
      const compiled = {entry, tests}
      const first = tests[0]
      const second = tests[1]
      const firstValues = first.kind === 'exact' ? [first.value] : first.kind === 'set' ? [...first.values] : undefined
      const secondValues = second?.kind === 'exact' ? [second.value] : second?.kind === 'set' ? [...second.values] : undefined
      if (firstValues && secondValues) {
        // Most phrases start with a common word (« si », « la », "the"): index them by their first two tokens.
        for (const a of firstValues) {
          let seconds = byPair.get(a)
          if (!seconds) byPair.set(a, (seconds = new Map()))
          for (const b of secondValues) push(seconds, b, compiled)
        }
      } else if (first.kind === 'exact') push(byExact, first.value, compiled)
      else if (first.kind === 'prefix') push(byPrefix, first.value.slice(0, 3), compiled)
      else if (first.kind === 'set') for (const value of first.values) push(byExact, value, compiled)
      else other.push(compiled)
    }
    if (entry.except) {
      exceptions.set(
        entry,
        entry.except.map((phrase) => ({entry, tests: phraseTokens(phrase).map((t) => compileToken(t, where))}))
      )
    }
  }

  function matchAt(phrase: CompiledPhrase, tokens: Token[], index: number): number {
    if (index + phrase.tests.length > tokens.length) return -1
    for (let k = 0; k < phrase.tests.length; k++) {
      if (!tokenMatches(phrase.tests[k], tokens[index + k])) return -1
    }
    return index + phrase.tests.length
  }

  function excepted(entry: LexiconEntry, tokens: Token[], from: number, to: number): boolean {
    const list = exceptions.get(entry)
    if (!list) return false
    for (const phrase of list) {
      const span = phrase.tests.length
      for (let i = Math.max(0, from - span + 1); i < to; i++) {
        const end = matchAt(phrase, tokens, i)
        if (end !== -1 && i < to && end > from) return true
      }
    }
    return false
  }

  // Tokens carry numeric ids of their folded form and prefix (text.ts): the phrases starting with a
  // token (exact or among an alternation) and those indexed by their first two tokens share a bucket
  // found by array index, then the second token by a number-keyed map; no string hashing per token.
  interface Bucket {
    exact?: CompiledPhrase[]
    pairs?: Map<number, CompiledPhrase[]>
  }
  const firstEntries: Array<[number, Bucket]> = []
  const buckets = new Map<string, Bucket>()
  for (const [key, list] of byExact) buckets.set(key, {exact: list})
  for (const [key, seconds] of byPair) {
    let bucket = buckets.get(key)
    if (!bucket) buckets.set(key, (bucket = {}))
    const pairs = new Map<number, CompiledPhrase[]>()
    for (const [second, list] of seconds) pairs.set(lexiconKeyId(second), list)
    bucket.pairs = pairs
  }
  for (const [key, bucket] of buckets) firstEntries.push([lexiconKeyId(key), bucket])
  const prefixEntries: Array<[number, CompiledPhrase[]]> = []
  for (const [key, list] of byPrefix) prefixEntries.push([lexiconKeyId(key), list])
  const byFirst = tableOf(firstEntries)
  const prefixTable = tableOf(prefixEntries)
  const hasPrefixes = byPrefix.size > 0
  const hasOther = other.length > 0

  function tryList(candidates: CompiledPhrase[], tokens: Token[], i: number, best: {phrase?: CompiledPhrase; end: number}): void {
    for (let k = 0; k < candidates.length; k++) {
      const phrase = candidates[k]
      const end = matchAt(phrase, tokens, i)
      if (end > best.end && !excepted(phrase.entry, tokens, i, end)) {
        best.phrase = phrase
        best.end = end
      }
    }
  }

  return {
    entries,
    find(view) {
      const tokens = view.tokens
      const matches: LexiconMatch[] = []
      const best: {phrase?: CompiledPhrase; end: number} = {phrase: undefined, end: -1}
      let i = 0
      // Hot path (every rule, every sentence, every keystroke): no allocation per token.
      // Candidates are tried in the same order as before (exact, paired, prefixed, other): the first
      // longest match wins.
      while (i < tokens.length) {
        const token = tokens[i]
        best.phrase = undefined
        best.end = -1
        if (token.keysAt !== keyState.generation) refreshKeys(token)
        const bucket = token.id >= 0 && token.id < byFirst.length ? byFirst[token.id] : undefined
        if (bucket) {
          if (bucket.exact) tryList(bucket.exact, tokens, i, best)
          if (bucket.pairs && i + 1 < tokens.length) {
            const next = tokens[i + 1]
            if (next.keysAt !== keyState.generation) refreshKeys(next)
            const paired = next.id >= 0 ? bucket.pairs.get(next.id) : undefined
            if (paired) tryList(paired, tokens, i, best)
          }
        }
        if (hasPrefixes && token.fold3) {
          const prefixed = token.id3 >= 0 && token.id3 < prefixTable.length ? prefixTable[token.id3] : undefined
          if (prefixed) tryList(prefixed, tokens, i, best)
        }
        if (hasOther) tryList(other, tokens, i, best)
        // (Read through a widened local: TypeScript keeps `best.phrase` narrowed to undefined across the calls.)
        const found = best.phrase as CompiledPhrase | undefined
        if (found) {
          const end = best.end
          const start = tokens[i].start
          const endOffset = tokens[end - 1].end
          matches.push({entry: found.entry, from: i, to: end, start, end: endOffset, actual: view.text.slice(start, endOffset)})
          i = end
        } else {
          i++
        }
      }
      return matches
    }
  }
}

/** A dense array indexed by key id (undefined where the lexicon has nothing). */
function tableOf<V>(entries: Array<[number, V]>): Array<V | undefined> {
  let size = 0
  for (const [id] of entries) if (id + 1 > size) size = id + 1
  const table = new Array<V | undefined>(size).fill(undefined)
  for (const [id, value] of entries) table[id] = value
  return table
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}
