// Reader for the prepared dictionaries written by scripts/build-spell.mjs (see its header for the
// byte layout). Pure: bytes in, no `node:*`, no DOM. Loading is O(header): the automaton is a
// typed-array view over the given bytes (copied only if they are not 4-byte aligned).

export const MAGIC = 'TMNSPL01'

/** What the build step extracted from nspell's parsed affix file and dictionary. */
export interface SpellHeader {
  format: string
  lang: string
  source: {hash: string; nspellVersion: string; dictionaryVersion: string}
  words: number
  states: number
  edges: number
  alphabet: string
  try: string[]
  key: string[]
  compoundMin: number
  wordChars: string | null
  replacementTable: Array<[string, string]>
  conversion: {in: Array<[string, string, string]>; out: Array<[string, string, string]>}
  compoundRules: Array<[string, string]>
  /** Per compound rule: a character class one of whose characters any match contains (or null). */
  compoundGuards?: Array<string | null>
  keepcase: string[]
  forbidden: string[]
  nosuggest: string[]
  onlyincompound: string[]
}

const CHAR_MASK = 0xff
const FINAL = 1 << 8
const LAST = 1 << 9
const TARGET_SHIFT = 10

const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1

export class Dawg {
  readonly header: SpellHeader
  private readonly edges: Uint32Array
  /** UTF-16 code unit -> alphabet index + 1 (0 = not in the alphabet, so no word contains it). */
  private readonly charIndex: Uint8Array
  /**
   * Edge index reached by the first one / two characters (-1: none). The root and its children
   * have the longest sibling lists (up to ~100 for French): a direct table skips those scans.
   */
  private readonly first: Int32Array
  private readonly second: Int32Array

  constructor(bytes: Uint8Array) {
    if (bytes.length < 12) throw new Error('spell: dictionary too short')
    let magic = ''
    for (let i = 0; i < 8; i++) magic += String.fromCharCode(bytes[i])
    if (magic !== MAGIC) throw new Error(`spell: not a prepared dictionary (magic ${JSON.stringify(magic)})`)
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    const headerLength = view.getUint32(8, true)
    this.header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + headerLength))) as SpellHeader
    const start = Math.ceil((12 + headerLength) / 4) * 4
    const count = this.header.edges
    if (start + count * 4 > bytes.length) throw new Error('spell: truncated dictionary')
    if (littleEndian && (bytes.byteOffset + start) % 4 === 0) {
      this.edges = new Uint32Array(bytes.buffer, bytes.byteOffset + start, count)
    } else {
      this.edges = new Uint32Array(count)
      for (let i = 0; i < count; i++) this.edges[i] = view.getUint32(start + i * 4, true)
    }
    this.charIndex = new Uint8Array(65536)
    const alphabet = this.header.alphabet
    for (let i = 0; i < alphabet.length; i++) this.charIndex[alphabet.charCodeAt(i)] = i + 1
    this.first = new Int32Array(256).fill(-1)
    this.second = new Int32Array(65536).fill(-1)
    const edges = this.edges
    for (let e = 0; count > 0; e++) {
      const edge = edges[e]
      const c0 = edge & CHAR_MASK
      this.first[c0] = e
      const child = edge >>> TARGET_SHIFT
      if (child !== 0) {
        for (let f = child; ; f++) {
          this.second[(c0 << 8) | (edges[f] & CHAR_MASK)] = f
          if ((edges[f] & LAST) !== 0) break
        }
      }
      if ((edge & LAST) !== 0) break
    }
  }

  /** Edge index after walking `word` (-1 if it leaves the automaton). */
  private walk(word: string): number {
    const length = word.length
    const charIndex = this.charIndex
    const c0 = charIndex[word.charCodeAt(0)]
    if (c0 === 0) return -1
    if (length === 1) return this.first[c0 - 1]
    const c1 = charIndex[word.charCodeAt(1)]
    if (c1 === 0) return -1
    let e = this.second[((c0 - 1) << 8) | (c1 - 1)]
    if (e < 0) return -1
    const edges = this.edges
    let edge = edges[e]
    for (let i = 2; i < length; i++) {
      const c = charIndex[word.charCodeAt(i)]
      if (c === 0) return -1
      const want = c - 1
      let node = edge >>> TARGET_SHIFT
      if (node === 0) return -1
      // Siblings are sorted by alphabet index: stop as soon as we pass `want`.
      for (;;) {
        edge = edges[node]
        const ch = edge & CHAR_MASK
        if (ch === want) break
        if (ch > want || (edge & LAST) !== 0) return -1
        node++
      }
      e = node
    }
    return e
  }

  /** Whether `word` is one of the accepted forms (exact, case-sensitive). */
  has(word: string): boolean {
    if (word.length === 0) return false
    const e = this.walk(word)
    return e >= 0 && (this.edges[e] & FINAL) !== 0
  }

  /** Whether some accepted form starts with `prefix` (the empty prefix included). */
  hasPrefix(prefix: string): boolean {
    return prefix.length === 0 || this.walk(prefix) >= 0
  }

  /** Every accepted form, in code-unit order (for tests and tooling; ~3 M strings for French). */
  *words(): Generator<string> {
    const edges = this.edges
    const alphabet = this.header.alphabet
    // Entries are either a node to expand or a finished word (node = -1). Children are pushed in
    // reverse, a word before its own extensions, so output comes out sorted.
    const stack: Array<{node: number; prefix: string}> = [{node: 0, prefix: ''}]
    while (stack.length > 0) {
      const {node, prefix} = stack.pop()!
      if (node < 0) {
        yield prefix
        continue
      }
      const children: number[] = []
      for (let e = node; ; e++) {
        children.push(edges[e])
        if ((edges[e] & LAST) !== 0) break
      }
      for (let k = children.length - 1; k >= 0; k--) {
        const edge = children[k]
        const next = prefix + alphabet[edge & CHAR_MASK]
        const target = edge >>> TARGET_SHIFT
        if (target !== 0) stack.push({node: target, prefix: next})
        if ((edge & FINAL) !== 0) stack.push({node: -1, prefix: next})
      }
    }
  }
}
