// A "view" is the prose text of an nlcst node (sentence or paragraph) with, for every character,
// its offset in the source. Markdown markup between words (`**`, `_`, links) is absent from the
// text but positions still point into the source, so messages land on the right characters.
import type {Nodes, Paragraph, Root, Sentence} from 'nlcst'
import {tokenize, type Token} from './text.js'

export interface TextView {
  node: Sentence | Paragraph
  /** The prose, as the parser saw it (no Markdown markup). */
  text: string
  /** Source offset (relative to the tree's file) of each character of `text`. */
  offsets: Int32Array
  tokens: Token[]
}

function leaves(node: Nodes, out: Array<{value: string; start: number; end: number}>): void {
  if ('children' in node) {
    for (const child of node.children as Nodes[]) leaves(child, out)
    return
  }
  if (node.type === 'SourceNode') {
    // Inline code: keep the room it takes so that words on each side do not merge, but no letters.
    const start = node.position?.start.offset ?? -1
    const end = node.position?.end.offset ?? start
    out.push({value: '\uFFFC'.repeat(Math.max(1, node.value.length)), start, end})
    return
  }
  const value = (node as {value?: string}).value ?? ''
  const start = node.position?.start.offset ?? -1
  const end = node.position?.end.offset ?? start
  out.push({value, start, end})
}

// One view per node, shared by every rule that asks for it (rules only read views).
const viewCache = new WeakMap<Sentence | Paragraph, TextView>()

export function viewOf(node: Sentence | Paragraph): TextView {
  const cached = viewCache.get(node)
  if (cached) return cached
  const view = buildView(node)
  viewCache.set(node, view)
  return view
}

function buildView(node: Sentence | Paragraph): TextView {
  const parts: Array<{value: string; start: number; end: number}> = []
  // For a paragraph, where each child's leaves start in `parts` (to derive its sentences' views).
  const childParts: number[] | undefined = node.type === 'ParagraphNode' ? [] : undefined
  if (childParts && 'children' in node) {
    for (const child of node.children as Nodes[]) {
      childParts.push(parts.length)
      leaves(child, parts)
    }
    childParts.push(parts.length)
  } else leaves(node, parts)
  let length = 0
  for (const part of parts) length += part.value.length
  // A typed array: views are built for every sentence on every keystroke, and a number[] per
  // character was most of the engine's garbage.
  const offsets = new Int32Array(length)
  const values: string[] = []
  // Text index where each part starts (for a paragraph only).
  const partStarts: number[] | undefined = childParts ? [] : undefined
  let positioned = true
  let last = 0
  let at = 0
  for (const part of parts) {
    if (partStarts) partStarts.push(at)
    if (part.start < 0) positioned = false
    const exact = part.start >= 0 && part.end - part.start === part.value.length
    for (let i = 0; i < part.value.length; i++) {
      const offset = exact ? part.start + i : part.start >= 0 ? Math.min(part.start + i, Math.max(part.start, part.end - 1)) : last
      offsets[at++] = offset
      last = offset
    }
    values.push(part.value)
  }
  if (partStarts) partStarts.push(at)
  const text = values.join('')
  const view: TextView = {node, text, offsets, tokens: tokenize(text)}
  if (childParts && partStarts && positioned) {
    // Each sentence's view is the slice of its paragraph's: record where it starts and ends.
    const children = (node as Paragraph).children
    const ranges = new Map<Sentence, [number, number]>()
    for (let c = 0; c < children.length; c++) {
      const child = children[c]
      if (child.type === 'SentenceNode') ranges.set(child, [partStarts[childParts[c]], partStarts[childParts[c + 1]]])
    }
    paragraphSlices.set(node as Paragraph, {view, ranges})
  }
  return view
}

// A paragraph's view and the text range of each of its sentences in it. Only for paragraphs whose
// leaves all have a position: an unpositioned leaf takes its offset from the leaf before it, which
// for a sentence built on its own is not the same.
const paragraphSlices = new WeakMap<Paragraph, {view: TextView; ranges: Map<Sentence, [number, number]>}>()

/**
 * The view of each sentence of `paragraph`, derived from the paragraph's view (same text, offsets
 * and tokens as building it alone: the tokenizer is not run twice). Falls back to `viewOf` for a
 * sentence whose tokens could differ (a word across its edge, an elision at its end).
 */
export function sentenceViewsOf(paragraph: Paragraph): TextView[] {
  const out: TextView[] = []
  viewOf(paragraph)
  const slices = paragraphSlices.get(paragraph)
  for (const child of paragraph.children) {
    if (child.type !== 'SentenceNode') continue
    let view = viewCache.get(child)
    if (!view) {
      const range = slices?.ranges.get(child)
      view = (slices && range && sliceView(child, slices.view, range[0], range[1])) || buildView(child)
      viewCache.set(child, view)
    }
    out.push(view)
  }
  return out
}

function sliceView(node: Sentence, paragraph: TextView, start: number, end: number): TextView | undefined {
  const all = paragraph.tokens
  // First token ending after `start` (binary search: tokens are in order).
  let low = 0
  let high = all.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (all[mid].end <= start) low = mid + 1
    else high = mid
  }
  const tokens: Token[] = []
  for (let k = low; k < all.length && all[k].start < end; k++) {
    const token = all[k]
    // A word across the sentence's edge: tokenising the sentence alone would cut it.
    if (token.start < start || token.end > end) return undefined
    // An elision at the very end (« l' » before the next sentence's letter): alone, the apostrophe
    // would not be part of the token.
    if (token.end === end && isApostrophe(token.value.charCodeAt(token.value.length - 1))) return undefined
    tokens.push({value: token.value, lower: token.lower, fold: token.fold, fold3: token.fold3, start: token.start - start, end: token.end - start, id: token.id, id3: token.id3, keysAt: token.keysAt})
  }
  return {node, text: paragraph.text.slice(start, end), offsets: paragraph.offsets.slice(start, end), tokens}
}

function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2bc
}

// Views are built once per tree and shared by every rule (rules only read them).
const sentenceCache = new WeakMap<Root, TextView[]>()
const paragraphCache = new WeakMap<Root, TextView[]>()

/** Every sentence of the tree, in order. */
export function sentenceViews(tree: Root): TextView[] {
  const cached = sentenceCache.get(tree)
  if (cached) return cached
  const views: TextView[] = []
  sentenceCache.set(tree, views)
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const view of sentenceViewsOf(paragraph)) views.push(view)
  }
  return views
}

/** Every paragraph of the tree, in order (for rules whose cues span sentences). */
export function paragraphViews(tree: Root): TextView[] {
  const cached = paragraphCache.get(tree)
  if (cached) return cached
  const views: TextView[] = []
  paragraphCache.set(tree, views)
  for (const paragraph of tree.children) {
    if (paragraph.type === 'ParagraphNode') views.push(viewOf(paragraph))
  }
  return views
}

/** The source range of text indices [start, end) of a view. */
export function sourceRange(view: TextView, start: number, end: number): {start: number; end: number} {
  if (view.offsets.length === 0) return {start: 0, end: 0}
  const from = view.offsets[Math.min(Math.max(start, 0), view.offsets.length - 1)]
  const to = view.offsets[Math.min(Math.max(end - 1, 0), view.offsets.length - 1)] + 1
  return {start: from, end: Math.max(from, to)}
}
