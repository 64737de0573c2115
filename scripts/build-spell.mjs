// Build-time preparation of the spelling dictionaries (issue 5).
//
// Plain nspell parses the Hunspell .aff/.dic on every start: ~4-6 s and ~600 MB for French. Here we
// let nspell do that parse ONCE, at build time, and serialise its *result*: every accepted form
// (the keys of nspell's internal `data` map, ~3 M for French) as a minimal acyclic automaton
// (DAWG), plus the few per-word flags and affix-file settings nspell's `correct`/`suggest` read.
// `src/core/spell/` answers from that automaton with nspell's own algorithms, so the verdicts are
// the same by construction, and loading is a typed-array view over the bytes (no parsing).
//
// Output: resources/dict/<lang>.spell (committed; regenerate with `npm run build:spell`).
// `node scripts/build-spell.mjs --check` verifies the committed files match the installed
// dictionaries and nspell (source hashes in the header) without rebuilding.
//
// File layout (little endian):
//   bytes 0..7   magic "TMNSPL01"
//   bytes 8..11  uint32 header byte length H
//   12..12+H     header, UTF-8 JSON (see `header` below), then zero padding to a multiple of 4
//   then         Uint32 edges. Edge = char index (bits 0-7) | final (bit 8) | last sibling (bit 9)
//                | index of the target node's first edge (bits 10-31; 0 = no outgoing edge).
//                The root's edges start at index 0.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import {createRequire} from 'node:module'
import {fileURLToPath, pathToFileURL} from 'node:url'

const require = createRequire(import.meta.url)
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const LANGS = ['fr', 'en']
export const MAGIC = 'TMNSPL01'
export const outFile = (lang) => path.join(root, 'resources', 'dict', `${lang}.spell`)

function sourceFiles(lang) {
  // dictionary-* are ESM with only `.` exported; resolve that and take its folder.
  const dir = path.dirname(fileURLToPath(import.meta.resolve(`dictionary-${lang}`)))
  return {aff: path.join(dir, 'index.aff'), dic: path.join(dir, 'index.dic'), pkg: path.join(dir, 'package.json')}
}

/** Identity of the inputs: dictionary bytes + nspell version + this script's format. */
export function sourceHash(lang) {
  const files = sourceFiles(lang)
  const nspellVersion = require('nspell/package.json').version
  const h = crypto.createHash('sha256')
  h.update(MAGIC)
  h.update(nspellVersion)
  h.update(fs.readFileSync(files.aff))
  h.update(fs.readFileSync(files.dic))
  return {hash: h.digest('hex'), nspellVersion, dictionaryVersion: JSON.parse(fs.readFileSync(files.pkg, 'utf8')).version}
}

/** Build a minimal DAWG from words sorted by UTF-16 code unit (Daciuk et al., incremental). */
export function buildDawg(sortedWords, alphabetIndex) {
  let nextId = 0
  const newState = () => ({id: nextId++, final: false, chars: [], kids: []})
  const rootState = newState()
  const register = new Map()
  const path = [rootState]
  let prev = ''

  const minimise = (downTo) => {
    // Canonicalise path[i] for i from the deepest down to downTo + 1.
    for (let i = path.length - 1; i > downTo; i--) {
      const state = path[i]
      const parent = path[i - 1]
      let sig = state.final ? '1' : '0'
      for (let k = 0; k < state.chars.length; k++) sig += ',' + state.chars[k] + ':' + state.kids[k].id
      const existing = register.get(sig)
      if (existing) parent.kids[parent.kids.length - 1] = existing
      else register.set(sig, state)
    }
    path.length = downTo + 1
  }

  for (const word of sortedWords) {
    if (word <= prev && prev !== '') throw new Error(`words not sorted/unique: ${prev} / ${word}`)
    let common = 0
    const max = Math.min(word.length, prev.length)
    while (common < max && word.charCodeAt(common) === prev.charCodeAt(common)) common++
    minimise(common)
    let state = path[common]
    for (let i = common; i < word.length; i++) {
      const child = newState()
      state.chars.push(alphabetIndex.get(word[i]))
      state.kids.push(child)
      path.push(child)
      state = child
    }
    state.final = true
    prev = word
  }
  minimise(0)

  // Serialise depth-first: each state gets the index of its first edge.
  const offsets = new Map()
  const order = []
  let size = 0
  const stack = [rootState]
  while (stack.length > 0) {
    const state = stack.pop()
    if (offsets.has(state.id) || state.chars.length === 0) continue
    offsets.set(state.id, size)
    order.push(state)
    size += state.chars.length
    for (let k = state.kids.length - 1; k >= 0; k--) stack.push(state.kids[k])
  }
  if (size >= 1 << 22) throw new Error(`too many edges for the 22-bit target field: ${size}`)
  const edges = new Uint32Array(size)
  for (const state of order) {
    const base = offsets.get(state.id)
    for (let k = 0; k < state.chars.length; k++) {
      const kid = state.kids[k]
      const target = kid.chars.length === 0 ? 0 : offsets.get(kid.id)
      edges[base + k] =
        state.chars[k] | (kid.final ? 1 << 8 : 0) | (k === state.chars.length - 1 ? 1 << 9 : 0) | (target << 10)
    }
  }
  return {edges, states: register.size + 1}
}

const hasFlag = (flags, name, codes) => Boolean(codes) && name in flags && codes.indexOf(flags[name]) > -1

/** Parse with nspell (the reference), then extract everything its correct/suggest paths read. */
export async function prepare(lang) {
  const NSpell = require('nspell')
  const files = sourceFiles(lang)
  const spell = new NSpell(fs.readFileSync(files.aff), fs.readFileSync(files.dic))
  const words = Object.keys(spell.data).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  const units = new Set()
  for (const w of words) for (let i = 0; i < w.length; i++) units.add(w[i])
  const alphabet = [...units].sort((a, b) => a.charCodeAt(0) - b.charCodeAt(0))
  if (alphabet.length > 255) throw new Error(`${lang}: alphabet too large (${alphabet.length})`)
  const alphabetIndex = new Map(alphabet.map((c, i) => [c, i]))

  // Per-word flags that nspell's `form`/`exact`/`suggest` consult. Everything else in `data` is
  // affix continuation codes, already applied by the expansion.
  const special = {keepcase: [], forbidden: [], nosuggest: [], onlyincompound: []}
  for (const w of words) {
    const codes = spell.data[w]
    if (!codes || codes.length === 0) continue
    if (hasFlag(spell.flags, 'KEEPCASE', codes)) special.keepcase.push(w)
    if (hasFlag(spell.flags, 'FORBIDDENWORD', codes)) special.forbidden.push(w)
    if (hasFlag(spell.flags, 'NOSUGGEST', codes)) special.nosuggest.push(w)
    if (hasFlag(spell.flags, 'ONLYINCOMPOUND', codes)) special.onlyincompound.push(w)
  }

  const {edges, states} = buildDawg(words, alphabetIndex)
  const regexParts = (list) => list.map(([re, to]) => [re.source, re.flags, to])
  const header = {
    format: MAGIC,
    lang,
    source: sourceHash(lang),
    words: words.length,
    states,
    edges: edges.length,
    alphabet: alphabet.join(''),
    try: spell.flags.TRY,
    key: spell.flags.KEY,
    compoundMin: spell.flags.COMPOUNDMIN,
    wordChars: spell.flags.WORDCHARS ?? null,
    replacementTable: spell.replacementTable,
    conversion: {in: regexParts(spell.conversion.in), out: regexParts(spell.conversion.out)},
    // After `dictionary()`, nspell has replaced each rule string by a RegExp (flag `i`, unanchored).
    compoundRules: spell.compoundRules.map((re) => [re.source, re.flags]),
    ...(spell.compoundRules.length > 0 ? {compoundGuards: compoundGuards(fs.readFileSync(files.aff, 'utf8'), spell)} : {}),
    ...special
  }
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8')
  const headerEnd = 12 + headerBytes.length
  const edgesStart = Math.ceil(headerEnd / 4) * 4
  const out = Buffer.alloc(edgesStart + edges.byteLength)
  out.write(MAGIC, 0, 'latin1')
  out.writeUInt32LE(headerBytes.length, 8)
  headerBytes.copy(out, 12)
  for (let i = 0; i < edges.length; i++) out.writeUInt32LE(edges[i], edgesStart + i * 4)
  return {bytes: out, header}
}

/**
 * For each compound rule, a character class (regex source, used with the rule's own `i` flag) of
 * which any match must contain a character: the first characters of the words of one required
 * code (a code not followed by `*` or `?`). Lets the checker skip the rule's regex on most words.
 * null when the rule's shape is not that simple (then the regex always runs).
 */
function compoundGuards(aff, spell) {
  const ruleStrings = []
  const lines = aff.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'))
  for (let i = 0; i < lines.length; i++) {
    const parts = lines[i].split(/\s+/)
    if (parts[0] !== 'COMPOUNDRULE') continue
    const count = parseInt(parts[1], 10)
    for (let k = 1; k <= count; k++) ruleStrings.push(lines[i + k].split(/\s+/)[1])
    break
  }
  if (ruleStrings.length !== spell.compoundRules.length) throw new Error('COMPOUNDRULE lines do not match nspell')
  return ruleStrings.map((rule) => {
    let best = null
    for (let i = 0; i < rule.length; i++) {
      const code = rule[i]
      if (code === '*' || code === '?') continue
      const words = spell.compoundRuleCodes[code]
      if (!words || words.length === 0) return null // a literal character or something unexpected
      if (rule[i + 1] === '*' || rule[i + 1] === '?') continue
      const firsts = [...new Set(words.map((w) => w.charAt(0)))]
      if (firsts.some((c) => !c)) return null
      if (best === null || firsts.length < best.length) best = firsts
    }
    return best === null ? null : '[' + best.map((c) => c.replace(/[\\\]\[^-]/g, '\\$&')).join('') + ']'
  })
}

export function readHeader(file) {
  const buf = fs.readFileSync(file)
  if (buf.toString('latin1', 0, 8) !== MAGIC) return null
  return JSON.parse(buf.toString('utf8', 12, 12 + buf.readUInt32LE(8)))
}

async function main() {
  const check = process.argv.includes('--check')
  const langs = process.argv.slice(2).filter((a) => LANGS.includes(a))
  let failed = false
  for (const lang of langs.length > 0 ? langs : LANGS) {
    const file = outFile(lang)
    const expected = sourceHash(lang).hash
    const current = fs.existsSync(file) ? readHeader(file) : null
    if (current?.source?.hash === expected && !process.argv.includes('--force')) {
      console.log(`${path.relative(root, file)}: up to date`)
      continue
    }
    if (check) {
      console.error(`${path.relative(root, file)}: stale or missing; run npm run build:spell`)
      failed = true
      continue
    }
    const t0 = performance.now()
    const {bytes, header} = await prepare(lang)
    fs.mkdirSync(path.dirname(file), {recursive: true})
    fs.writeFileSync(file, bytes)
    console.log(
      `${path.relative(root, file)}: ${header.words} forms, ${header.states} states, ${header.edges} edges, ` +
        `${(bytes.length / 1e6).toFixed(2)} MB in ${((performance.now() - t0) / 1000).toFixed(1)} s`
    )
  }
  if (failed) process.exitCode = 1
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main()
