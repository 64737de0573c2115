// Markdown parsing for the engine. Most chunks of a testimony are plain paragraphs: for those,
// the mdast tree that remark-parse would build (one paragraph, one text node) is made directly,
// which skips micromark's per-call set-up (about half the cost of a cold lint). A chunk with
// anything Markdown could read as syntax takes remark's path; test/markdown.test.ts checks
// that both paths give the same tree.
import type {Root} from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'

const markdown = unified().use(remarkParse).use(remarkGfm).freeze()

// Inline syntax, character references, GFM autolink literals, CR, NUL.
const inlineSyntax = /[\\`*_~[\]<>|&\r\u0000]|www\.|https?:|mailto:|xmpp:|@/i
// Block syntax at a line start, indentation, and trailing spaces (hard or stripped breaks).
const lineSyntax = /(?:^|\n)(?:[ \t#>\-+*=|:]|\d{1,9}[.)])|[ \t](?:\n|$)/

export function isPlainParagraph(text: string): boolean {
  const value = text.endsWith('\n') ? text.slice(0, -1) : text
  return value.length > 0 && !value.startsWith('\n') && !value.includes('\n\n') && !inlineSyntax.test(value) && !lineSyntax.test(value) && !value.endsWith('\n')
}

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
  if (!isPlainParagraph(text)) return markdown.parse(text) as Root
  const value = text.endsWith('\n') ? text.slice(0, -1) : text
  const start = {line: 1, column: 1, offset: 0}
  const end = pointAt(text, value.length)
  const position = {start, end}
  return {
    type: 'root',
    children: [{type: 'paragraph', children: [{type: 'text', value, position: {start: {...start}, end: {...end}}}], position}],
    position: {start: {...start}, end: pointAt(text, text.length)}
  }
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
