// Sentence ranges inside a paragraph view, for the rules whose cues must sit in one sentence
// (blackmail, personal-data, recording). parse-latin splits after « M. » and « Mme. », which cuts
// « M. Daniel Ferrand, domicilié… » in two; this splitter knows the usual abbreviations and
// initials. It runs once per paragraph over the text (linear), and maps sentences to token ranges.
// (Shared by three rules of one owner; a candidate for lint-rules/support/.)
import type {Paragraph, Root} from 'nlcst'
import {viewOf, type TextView} from '../support/view.js'
import {objectCache} from '../support/cache.js'

export interface SentenceRange {
  /** Text indices in the view: [start, end). */
  start: number
  end: number
  /** Token indices in `view.tokens`: [from, to). */
  from: number
  to: number
}

// Lower-cased words that end with a period without ending the sentence.
const ABBREVIATIONS = new Set([
  'm', 'mm', 'mme', 'mmes', 'mlle', 'mlles', 'mr', 'mrs', 'ms', 'dr', 'pr', 'me', 'st', 'ste', 'sté', 'ets', 'cie',
  'no', 'n', 'nos', 'p', 'pp', 'cf', 'etc', 'av', 'bd', 'boul', 'ch', 'rte', 'imp', 'pl', 'fbg', 'tél', 'tel', 'port',
  'fax', 'art', 'al', 'éd', 'ed', 'vol', 'fig', 'env', 'approx', 'réf', 'ref', 'jr', 'sr', 'vs', 'inc', 'ltd', 'co',
  'lt', 'gal', 'mgr', 'vve', 'ex', 'ca', 'min', 'max', 'apt', 'appt', 'bât', 'bat', 'esc', 'dept', 'dépt', 'cedex'
])

const boundary = /[.!?…]+[»"”’)\]*_]*(?=\s|$)/gu
const letterBefore = /[\p{L}\p{M}]+$/u
const nextVisible = /^\s*([^\s«"“(*_])/u

/** `clauses`: also cut at « ; » (units of the blackmail rule). */
export function sentenceRanges(view: TextView, clauses = false): SentenceRange[] {
  const text = view.text
  const ranges: Array<{start: number; end: number}> = []
  let start = 0
  boundary.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = boundary.exec(text))) {
    const end = match.index + match[0].length
    if (match[0][0] === '.' && !match[0].startsWith('..')) {
      const word = letterBefore.exec(text.slice(Math.max(0, match.index - 12), match.index))?.[0]
      if (word && (ABBREVIATIONS.has(word.toLowerCase()) || (word.length === 1 && word !== word.toLowerCase()))) continue
      const next = nextVisible.exec(text.slice(end, end + 8))?.[1]
      // « etc. et », « 12 h. puis »: a lower-case continuation is the same sentence.
      if (next && next !== next.toUpperCase() && next === next.toLowerCase()) continue
    }
    push(start, end)
    start = end
  }
  push(start, text.length)

  function push(from: number, to: number) {
    if (clauses) {
      for (let i = text.indexOf(';', from); i !== -1 && i < to; i = text.indexOf(';', from)) {
        if (text.slice(from, i).trim()) ranges.push({start: from, end: i + 1})
        from = i + 1
      }
    }
    if (text.slice(from, to).trim()) ranges.push({start: from, end: to})
  }

  const tokens = view.tokens
  const out: SentenceRange[] = []
  let k = 0
  for (const range of ranges) {
    let s = range.start
    while (s < range.end && /\s/.test(text[s])) s++
    while (k < tokens.length && tokens[k].start < s) k++
    const from = k
    while (k < tokens.length && tokens[k].start < range.end) k++
    out.push({start: s, end: range.end, from, to: k})
  }
  return out
}

/** Groups items sorted by `start` into the sentences that contain their start (linear sweep). */
export function bySentence<T extends {start: number}>(items: T[], sentences: SentenceRange[]): T[][] {
  const buckets: T[][] = sentences.map(() => [])
  let i = 0
  for (const item of items) {
    while (i < sentences.length && item.start >= sentences[i].end) i++
    if (i === sentences.length) break
    if (item.start >= sentences[i].start) buckets[i].push(item)
  }
  return buckets
}

/** Index of the sentence containing `position`, or -1 (binary search). */
export function sentenceIndexAt(sentences: SentenceRange[], position: number): number {
  let low = 0
  let high = sentences.length - 1
  while (low <= high) {
    const mid = (low + high) >> 1
    if (position < sentences[mid].start) high = mid - 1
    else if (position >= sentences[mid].end) low = mid + 1
    else return mid
  }
  return -1
}

// The engine runs every rule on the same tree: blackmail, personal-data and recording share one view
// (and its sentence ranges) per paragraph node instead of rebuilding it three times.
const views = objectCache<Paragraph, TextView>('sharedParagraphView')
const ranges = objectCache<TextView, SentenceRange[]>('sentenceRanges')
const clauseRanges = objectCache<TextView, SentenceRange[]>('clauseRanges')

/** `paragraphViews(tree)`, memoised per paragraph node. */
export function sharedParagraphViews(tree: Root): TextView[] {
  const out: TextView[] = []
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    let view = views.get(paragraph)
    if (!view) {
      view = viewOf(paragraph)
      views.set(paragraph, view)
    }
    out.push(view)
  }
  return out
}

/** `sentenceRanges(view, clauses)`, memoised per view. */
export function sharedSentenceRanges(view: TextView, clauses = false): SentenceRange[] {
  const cache = clauses ? clauseRanges : ranges
  let list = cache.get(view)
  if (!list) {
    list = sentenceRanges(view, clauses)
    cache.set(view, list)
  }
  return list
}
