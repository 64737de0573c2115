// A port of retext-equality@7.1.0's transformer (lib/create-plugin.js) and of the matching done by
// nlcst-search@4.0.0 (lib/index.js), with the phrase index built once instead of once per paragraph.
//
// Why: retext-equality calls `search(paragraph, phrases, handle)` twice for every ParagraphNode, and
// each call re-normalises its ~1 300 phrases to rebuild a first-word index before looking at a single
// word. On English text that doubled the lint time (~9 ms per 1 000 words). Here the index is built by
// `createEquality` (once per options) and the per-paragraph cost is proportional to the paragraph.
//
// The data is NOT copied: the patterns are imported from the installed retext-equality package (its
// `exports` only expose `.` and `./en`, hence the relative path; Vitest, esbuild and Vite all accept
// it). The messages must stay identical to retext-equality's (reason, ruleId, source, actual,
// expected, note, url, place, order): test/equality.test.ts compares both on a generated corpus, so
// an upgrade of retext-equality that changes its behaviour is caught there.
//
// Semantics kept from the originals, on purpose:
// - two passes per paragraph, in this order: the phrases of non-apostrophe patterns with the default
//   normalisation (case, `’`, `-` and `'` removed), then the apostrophe patterns' phrases with
//   `allowApostrophes` (so `he'll` is not `hell`); matches are grouped per pattern id in first-seen
//   order, and patterns are handled in that order (this fixes the message order);
// - for a word, candidate phrases are the wildcard-first ones (`*`) then those whose first word is
//   the normalised word, each in the order of retext-equality's phrase map;
// - words that are literals (`nlcst-is-literal`: quoted, between dashes, after a colon…) never start
//   a match; later words of a phrase may be separated by any number of whitespace nodes only, and
//   `*` in a phrase matches any word;
// - a phrase with capitals matches only if the matched text (whitespace included) is the phrase;
// - `ignore` removes exact phrases; without `binary`, `or` patterns are handled as `basic`; the `or`
//   handler skips a pair of matches of different categories joined by whitespace, `/`, or words
//   containing `and`/`or` (retext-equality's substring test, kept as is).
//
// retext-equality and nlcst-search are under the MIT licence:
//
//   (The MIT License)
//
//   Copyright (c) 2015 Titus Wormer <tituswormer@gmail.com> (retext-equality)
//   Copyright (c) 2016 Titus Wormer <tituswormer@gmail.com> (nlcst-search)
//
//   Permission is hereby granted, free of charge, to any person obtaining
//   a copy of this software and associated documentation files (the
//   'Software'), to deal in the Software without restriction, including
//   without limitation the rights to use, copy, modify, merge, publish,
//   distribute, sublicense, and/or sell copies of the Software, and to
//   permit persons to whom the Software is furnished to do so, subject to
//   the following conditions:
//
//   The above copyright notice and this permission notice shall be
//   included in all copies or substantial portions of the Software.
//
//   THE SOFTWARE IS PROVIDED 'AS IS', WITHOUT WARRANTY OF ANY KIND,
//   EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF
//   MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT.
//   IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY
//   CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT,
//   TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE
//   SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
import type {Parents, Root, RootContent, SentenceContent, Word} from 'nlcst'
import {isLiteral} from 'nlcst-is-literal'
import {toString} from 'nlcst-to-string'
import type {VFile} from 'vfile'
import {patterns as equalityPatterns, type Pattern} from '../../node_modules/retext-equality/lib/patterns-en.js'

export interface EqualityOptions {
  /** Phrases not to warn about (exact inconsiderate phrases, as in retext-equality). */
  ignore?: ReadonlyArray<string> | null
  /** Allow “he or she”, “garbagemen and garbagewomen”… (default false). */
  binary?: boolean | null
}

/**
 * Where messages go: a VFile (as retext-equality), or any object with a compatible `message`
 * (the engine passes a plain collector: a VFileMessage is an Error, and capturing its stack trace
 * was the single most expensive step of English paragraphs).
 */
export interface MessageSink {
  message(reason: string, options: {ancestors: Parents[]; place?: {start: Point; end: Point}; ruleId: string; source: string}): {actual?: string; expected?: string[]; note?: string; url?: string}
}
type Point = {line: number; column: number; offset?: number}

export type EqualityTransform = (tree: Root, file: VFile | MessageSink) => void

export const equalitySource = 'retext-equality'
const url = 'https://github.com/retextjs/retext-equality#readme'

interface CompiledPhrase {
  phrase: string
  id: string
  /** Category of the phrase in its pattern (`pattern.inconsiderate[phrase]`). */
  type: string
  /** Normalised words after the first one; `null` is the `*` wildcard. */
  rest: Array<string | null>
  /** `phrase !== phrase.toLowerCase()`: the matched text must then be the phrase itself. */
  caseSensitive: boolean
}

/** nlcst-search's first-word index for one phrase list and one normalisation. */
interface PhraseIndex {
  wildcard: CompiledPhrase[]
  byWord: Map<string, CompiledPhrase[]>
}

interface Match {
  type: string
  parent: Parents
  nodes: SentenceContent[]
  start: number
  end: number
}

// retext-equality's `unpack()`: shared by every options value.
const byId = new Map<string, Pattern>()
const byPhrase = new Map<string, string>()
const apostrophes = new Set<string>()
for (const pattern of equalityPatterns) {
  byId.set(pattern.id, pattern)
  for (const phrase in pattern.inconsiderate) {
    if (Object.hasOwn(pattern.inconsiderate, phrase)) {
      byPhrase.set(phrase, pattern.id)
      if (pattern.apostrophe) apostrophes.add(phrase)
    }
  }
}

/** nlcst-normalize@4 on a string: lower case, `’` → `'`, no `-`, no `'` unless `allowApostrophes`. */
function normalize(value: string, allowApostrophes: boolean): string {
  const result = value.toLowerCase().replace(/’/g, "'").replace(/-/g, '')
  return allowApostrophes ? result : result.replace(/'/g, '')
}

// Words repeat: their normalised forms are memoised (bounded, cleared when full).
const normalized = [new Map<string, string>(), new Map<string, string>()]

function normalizeMemo(value: string, allowApostrophes: boolean): string {
  const memo = normalized[allowApostrophes ? 1 : 0]
  let result = memo.get(value)
  if (result === undefined) {
    if (memo.size > 50_000) memo.clear()
    result = normalize(value, allowApostrophes)
    memo.set(value, result)
  }
  return result
}

/** `toString(word)` (nlcst-to-string), without joining when the word is one text node. */
function wordText(word: Word): string {
  const children = word.children
  if (children.length === 1) {
    const only = children[0] as {value?: unknown}
    if (typeof only.value === 'string') return only.value
  }
  return toString(word)
}

function buildIndex(phrases: readonly string[], allowApostrophes: boolean): PhraseIndex {
  const wildcard: CompiledPhrase[] = []
  const byWord = new Map<string, CompiledPhrase[]>()
  for (const phrase of phrases) {
    const id = byPhrase.get(phrase)!
    const pattern = byId.get(id)!
    const words = phrase.split(' ')
    const compiled: CompiledPhrase = {
      phrase,
      id,
      type: pattern.inconsiderate[phrase],
      rest: words.slice(1).map((word) => (word === '*' ? null : normalize(word, allowApostrophes))),
      caseSensitive: phrase !== phrase.toLowerCase()
    }
    // nlcst-search: `normalize(phrase.split(' ', 1)[0])`; a normalised `*` is the wildcard bucket.
    const first = normalize(words[0], allowApostrophes)
    if (first === '*') {
      wildcard.push(compiled)
    } else {
      const list = byWord.get(first)
      if (list) list.push(compiled)
      else byWord.set(first, [compiled])
    }
  }
  return {wildcard, byWord}
}

/**
 * Create a transformer equivalent to `retextEquality(options)`: it adds the same messages to `file`
 * for every ParagraphNode of `tree`, in the same order.
 */
export function createEquality(options?: EqualityOptions | null): EqualityTransform {
  const ignore = options?.ignore || []
  const binary = options?.binary || false
  const normalPhrases: string[] = []
  const apostrophePhrases: string[] = []
  for (const phrase of byPhrase.keys()) {
    if (ignore.includes(phrase)) continue
    if (apostrophes.has(phrase)) apostrophePhrases.push(phrase)
    else normalPhrases.push(phrase)
  }
  const normalIndex = buildIndex(normalPhrases, false)
  const apostropheIndex = buildIndex(apostrophePhrases, true)

  return function (tree, file) {
    visitParagraphs(tree as RootContent | Root)

    // unist-util-visit(tree, 'ParagraphNode', …) returning SKIP: preorder, no paragraph in a paragraph.
    function visitParagraphs(node: RootContent | Root | SentenceContent): void {
      if (node.type === 'ParagraphNode') {
        paragraph(node)
        return
      }
      if ('children' in node) for (const child of node.children) visitParagraphs(child as RootContent)
    }

    function paragraph(node: Parents): void {
      const words = collectWords(node)
      if (words.length === 0) return
      const literal = new Map<Word, boolean>()
      const matchesById = new Map<string, Match[]>()
      // Each word is normalised once per pass: `'` kept (apostrophe pass) or removed (default pass).
      const normApostrophes = (word: Word): string => normalizeMemo(wordText(word), true)
      const normDefault = (word: Word): string => normalizeMemo(wordText(word), false)
      run(normalIndex, normDefault)
      run(apostropheIndex, normApostrophes)

      for (const [id, matches] of matchesById) {
        const pattern = byId.get(id)!
        const kind = !binary && pattern.type === 'or' ? 'basic' : pattern.type
        if (kind === 'or') or(matches, pattern, file)
        else basic(matches, pattern, file)
      }

      function run(index: PhraseIndex, norm: (word: Word) => string): void {
        for (const {node: word, position, parent} of words) {
          const key = norm(word)
          const own = index.byWord.get(key)
          // nlcst-search: own(byWord, word) ? [...byWord['*'], ...byWord[word]] : byWord['*'].
          const candidates =
            key === '*'
              ? [...index.wildcard, ...index.wildcard]
              : own
                ? index.wildcard.length === 0 ? own : [...index.wildcard, ...own]
                : index.wildcard
          if (candidates.length === 0) continue
          // Evaluated lazily (it is pure): the same words are skipped as in nlcst-search.
          let isLit = literal.get(word)
          if (isLit === undefined) {
            isLit = isLiteral(parent, position)
            literal.set(word, isLit)
          }
          if (isLit) continue
          for (const candidate of candidates) {
            const nodes = test(candidate, position, parent, norm)
            if (nodes) handle(nodes, position, parent, candidate)
          }
        }
      }

      function handle(nodes: SentenceContent[], position: number, parent: Parents, candidate: CompiledPhrase): void {
        if (candidate.caseSensitive && toString(nodes) !== candidate.phrase) return
        let matches = matchesById.get(candidate.id)
        if (!matches) {
          matches = []
          matchesById.set(candidate.id, matches)
        }
        matches.push({end: position + nodes.length - 1, nodes, parent, start: position, type: candidate.type})
      }
    }
  }
}

interface WordAt {
  node: Word
  position: number
  parent: Parents
}

/** The WordNodes of a paragraph with their parent and index, in unist-util-visit's (preorder) order. */
function collectWords(paragraph: Parents): WordAt[] {
  const out: WordAt[] = []
  const walk = (parent: Parents): void => {
    const children = parent.children as RootContent[]
    for (let index = 0; index < children.length; index++) {
      const child = children[index]
      if (child.type === 'WordNode') out.push({node: child, position: index, parent})
      if ('children' in child) walk(child as Parents)
    }
  }
  walk(paragraph)
  return out
}

/** nlcst-search's `test`: the first word already matched; returns the matched siblings. */
function test(
  candidate: CompiledPhrase,
  start: number,
  parent: Parents,
  norm: (word: Word) => string
): SentenceContent[] | undefined {
  const siblings = parent.children as SentenceContent[]
  let position = start + 1
  for (const expression of candidate.rest) {
    while (position < siblings.length && siblings[position].type === 'WhiteSpaceNode') position++
    const sibling = siblings[position]
    if (!sibling || sibling.type !== 'WordNode' || (expression !== null && expression !== norm(sibling))) return undefined
    position++
  }
  return siblings.slice(start, position)
}

function basic(matches: readonly Match[], pattern: Pattern, file: MessageSink): void {
  for (const match of matches) warn(file, match, pattern)
}

function or(matches: readonly Match[], pattern: Pattern, file: MessageSink): void {
  let index = -1
  while (++index < matches.length) {
    const match = matches[index]
    const siblings = match.parent.children as RootContent[]
    const next = matches[index + 1]
    if (next && next.parent === match.parent && next.type !== match.type) {
      let start = match.end
      while (++start < next.start) {
        const sibling = siblings[start]
        if (
          sibling.type === 'WhiteSpaceNode' ||
          (sibling.type === 'WordNode' && /(and|or)/.test(normalize(toString(sibling), false))) ||
          (sibling.type === 'PunctuationNode' && normalize(toString(sibling), false) === '/')
        ) {
          continue
        }
        break
      }
      if (start === next.start) {
        index++
        continue
      }
    }
    warn(file, match, pattern)
  }
}

/** unist-util-position@5's pointStart / pointEnd. */
function point(node: RootContent, side: 'start' | 'end') {
  const value = node.position?.[side]
  if (value && typeof value.line === 'number' && value.line > 0 && typeof value.column === 'number' && value.column > 0) {
    return {
      line: value.line,
      column: value.column,
      offset: typeof value.offset === 'number' && value.offset > -1 ? value.offset : undefined
    }
  }
  return undefined
}

function warn(file: MessageSink, match: Match, pattern: Pattern): void {
  const actual = toString(match.nodes)
  let expected: string[] | undefined
  if (pattern.considerate) {
    expected = Object.keys(pattern.considerate)
    if (actual.charAt(0).toUpperCase() === actual.charAt(0)) {
      expected = expected.map((value) => value.charAt(0).toUpperCase() + value.slice(1))
    }
  }
  const end = point(match.nodes[match.nodes.length - 1], 'end')
  const start = point(match.nodes[0], 'start')
  const message = file.message(
    'Unexpected potentially insensitive use of ' +
      '`' + actual + '`' +
      (pattern.condition ? ', ' + pattern.condition : '') +
      ', ' +
      (expected ? 'in somes cases ' + expected.map((value) => '`' + value + '`').join(', ') + ' may be better' : 'try not to use it'),
    {
      ancestors: [match.parent],
      place: end && start ? {start, end} : undefined,
      ruleId: pattern.id,
      source: equalitySource
    }
  )
  message.actual = actual
  message.expected = expected
  message.note = pattern.note
  message.url = url
}
