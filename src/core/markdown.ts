// Markdown parsing for the engine. Most chunks of a testimony are plain paragraphs, short headings,
// simple lists, with at most some bold, italics and links: for those, the mdast tree that
// remark-parse (+ remark-gfm) would build is made directly, which skips micromark (its per-call
// set-up and per-character state machine were about half the cost of a lint). The fast path only
// accepts a strict subset whose CommonMark reading is unambiguous, and answers `undefined` for
// anything else, which takes remark's path; test/markdown.test.ts checks on random and generated
// chunks that both paths give the same tree.
import type {Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent} from 'mdast'
import type {Point} from 'unist'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'

const markdown = unified().use(remarkParse).use(remarkGfm).freeze()

// micromark's time grows much faster than linearly with container nesting (500 indented list
// levels take seconds): deeper than this, a chunk is read as plain prose (see engine.ts).
const containerPrefix = /^(?:[ \t]|>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t]))*/gm
const MAX_PREFIX = 120

export function isPathological(text: string): boolean {
  containerPrefix.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = containerPrefix.exec(text))) {
    if (match[0].length > MAX_PREFIX) return true
    containerPrefix.lastIndex = match.index + match[0].length + 1
    const next = text.indexOf('\n', match.index + match[0].length)
    if (next === -1) break
    containerPrefix.lastIndex = next + 1
  }
  return false
}

export function parseMarkdown(text: string): Root {
  return fastParse(text) ?? (markdown.parse(text) as Root)
}

/** Whether the chunk takes the fast path (for tests and benches). */
export function isFastPath(text: string): boolean {
  return fastParse(text) !== undefined
}

// --- The fast path -------------------------------------------------------------------------------

// Anything in a text run that CommonMark or GFM could read as syntax: escapes, code, strikethrough,
// HTML and autolinks, tables, character references, `_` emphasis, brackets and `*` (handled by the
// inline scanner, never left in text), autolink literals (www., schemes, e-mail @), CR, NUL.
const unsafeText = /[\\`~<>|&_*[\]@\r\u0000]|www\.|https?:|mailto:|xmpp:/i
// A line start that could open a block other than a paragraph (or continue one lazily), or a
// setext underline: indentation, #, >, -, +, =, |, :, ordered markers, and `*` unless it starts
// emphasis on a word (`*mot*`, `**mot**`: a bullet needs a space, a thematic break three stars).
const blockStart = /^(?:[ \t#>\-+=|:]|\*(?!\*?[\p{L}\p{N}])|\d{1,9}[.)])/u
// A link destination we read without decoding: no space, parentheses, <>, escapes or references.
const plainDestination = /^[A-Za-z0-9._~:/?#@!$+,;=%-]+$/
const wordChar = /[\p{L}\p{N}]/u
const headingLine = /^(#{1,6}) (?=[^ \t])/
const bulletLine = /^- (?=[^ \t])/
const orderedLine = /^(\d{1,9})([.)]) (?=[^ \t])/
const taskMarker = /^\[[ \txX]\]/

class Unsupported extends Error {}

/** The mdast remark-parse + remark-gfm would give for `text`, or undefined outside the fast subset. */
export function fastParse(text: string): Root | undefined {
  const value = text.endsWith('\n') ? text.slice(0, -1) : text
  if (value.length === 0 || value.startsWith('\n') || value.endsWith('\n') || value.includes('\n\n')) return undefined
  // Trailing spaces or tabs (hard breaks, stripped), indented lines, CR.
  if (/[ \t](?:\n|$)|\n[ \t]|^[ \t]|\r/.test(value)) return undefined
  const lineStarts = [0]
  for (let i = value.indexOf('\n'); i !== -1; i = value.indexOf('\n', i + 1)) lineStarts.push(i + 1)
  const lineEnd = (index: number) => (index + 1 < lineStarts.length ? lineStarts[index + 1] - 1 : value.length)
  const point = (offset: number): Point => {
    const line = lineIndex(lineStarts, offset)
    return {line: line + 1, column: offset - lineStarts[line] + 1, offset}
  }
  const position = (start: number, end: number) => ({start: point(start), end: point(end)})

  try {
    let block: RootContent
    const first = value.slice(0, lineEnd(0))
    const heading = headingLine.exec(first)
    if (heading) {
      if (lineStarts.length > 1) return undefined
      const from = heading[1].length + 1
      if (value.includes('#', from)) return undefined
      block = {type: 'heading', depth: heading[1].length as Heading['depth'], children: phrasing(value, from, value.length, position), position: position(0, value.length)}
    } else if (bulletLine.test(first) || orderedLine.test(first)) {
      const ordered = !bulletLine.test(first)
      const delimiter = ordered ? (orderedLine.exec(first) as RegExpExecArray)[2] : '-'
      const items: ListItem[] = []
      for (let index = 0; index < lineStarts.length; index++) {
        const start = lineStarts[index]
        const end = lineEnd(index)
        const line = value.slice(start, end)
        const marker = ordered ? orderedLine.exec(line) : bulletLine.exec(line)
        if (!marker || (ordered && marker[2] !== delimiter)) return undefined
        const from = start + marker[0].length
        const content = value.slice(from, end)
        if (blockStart.test(content) || taskMarker.test(content)) return undefined
        const paragraph: Paragraph = {type: 'paragraph', children: phrasing(value, from, end, position), position: position(from, end)}
        items.push({type: 'listItem', spread: false, checked: null, children: [paragraph], position: position(start, end)})
      }
      const list: List = {type: 'list', ordered, start: ordered ? Number.parseInt((orderedLine.exec(first) as RegExpExecArray)[1], 10) : null, spread: false, children: items, position: position(0, value.length)}
      block = list
    } else {
      for (const start of lineStarts) if (blockStart.test(value.slice(start, start + 12))) return undefined
      block = {type: 'paragraph', children: phrasing(value, 0, value.length, position), position: position(0, value.length)}
    }
    return {type: 'root', children: [block], position: {start: point(0), end: pointAt(text, text.length)}}
  } catch (error) {
    if (error instanceof Unsupported) return undefined
    throw error
  }
}

/** Index of the line holding `offset`, given each line's start offset (binary search: a chunk may be a list of thousands of lines). */
export function lineIndex(lineStarts: readonly number[], offset: number): number {
  let low = 0
  let high = lineStarts.length - 1
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if (lineStarts[mid] <= offset) low = mid
    else high = mid - 1
  }
  return low
}

type Positioner = (start: number, end: number) => {start: Point; end: Point}

/**
 * Inline content of [from, to): text, `*emphasis*` / `**strong**` around plain words on one line,
 * `[text](destination)` links with plain text and destination. Throws Unsupported otherwise.
 */
function phrasing(value: string, from: number, to: number, position: Positioner): PhrasingContent[] {
  const out: PhrasingContent[] = []
  let textStart = from
  const flush = (end: number) => {
    if (end > textStart) out.push(textNode(value, textStart, end, position))
  }
  let i = from
  while (i < to) {
    const code = value.charCodeAt(i)
    if (code === 42 /* * */) {
      let run = 1
      while (value.charCodeAt(i + run) === 42) run++
      if (run > 2) throw new Unsupported()
      const innerStart = i + run
      let close = value.indexOf('*', innerStart)
      if (close === -1 || close >= to) throw new Unsupported()
      const newline = value.indexOf('\n', innerStart)
      if (newline !== -1 && newline < close) throw new Unsupported()
      if (close - innerStart < 1) throw new Unsupported()
      let closeRun = 1
      while (value.charCodeAt(close + closeRun) === 42) closeRun++
      if (closeRun !== run || close + closeRun > to) throw new Unsupported()
      // The opener must be followed, and the closer preceded, by a letter or digit: then the
      // opener can open and the closer can close, whatever surrounds them (CommonMark flanking).
      if (!wordChar.test(value[innerStart]) || !wordChar.test(value[close - 1])) throw new Unsupported()
      flush(i)
      const children = [textNode(value, innerStart, close, position)]
      out.push(run === 2 ? {type: 'strong', children, position: position(i, close + run)} : {type: 'emphasis', children, position: position(i, close + run)})
      i = close + run
      textStart = i
      continue
    }
    if (code === 91 /* [ */) {
      if (value.charCodeAt(i - 1) === 33 /* ! */) throw new Unsupported()
      const textEnd = value.indexOf(']', i + 1)
      if (textEnd === -1 || textEnd >= to || value.charCodeAt(textEnd + 1) !== 40 /* ( */) throw new Unsupported()
      const destEnd = value.indexOf(')', textEnd + 2)
      if (destEnd === -1 || destEnd >= to) throw new Unsupported()
      const label = value.slice(i + 1, textEnd)
      const destination = value.slice(textEnd + 2, destEnd)
      if (!label || label.includes('\n') || label.startsWith('^') || !wordChar.test(label[0]) || !wordChar.test(label[label.length - 1])) throw new Unsupported()
      if (!plainDestination.test(destination)) throw new Unsupported()
      flush(i)
      out.push({type: 'link', title: null, url: destination, children: [textNode(value, i + 1, textEnd, position)], position: position(i, destEnd + 1)})
      i = destEnd + 1
      textStart = i
      continue
    }
    i++
  }
  flush(to)
  return out
}

function textNode(value: string, start: number, end: number, position: Positioner): PhrasingContent {
  const text = value.slice(start, end)
  if (unsafeText.test(text)) throw new Unsupported()
  return {type: 'text', value: text, position: position(start, end)}
}

function pointAt(text: string, offset: number) {
  let line = 1
  let lineStart = 0
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++
    lineStart = i + 1
  }
  return {line, column: offset - lineStart + 1, offset}
}
