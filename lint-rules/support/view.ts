// A "view" is the prose text of an nlcst node (sentence or paragraph) with, for every character,
// its offset in the source. Markdown markup between words (`**`, `_`, links) is absent from the
// text but positions still point into the source, so messages land on the right characters.
import type {Nodes, Paragraph, Root, Sentence} from 'nlcst'
import {tokenize, type Token} from './text.js'
import {objectCache} from './cache.js'

export interface TextView {
  node: Sentence | Paragraph
  /** The prose, as the parser saw it (no Markdown markup). */
  text: string
  /** Source offset (relative to the tree's file) of each character of `text`. */
  offsets: Int32Array
  tokens: Token[]
}

// Leaves are read in document order. A SourceNode (inline code) keeps the room it takes so that
// words on each side do not merge, but no letters: U+FFFC for each of its characters (one at least).
function leafLength(node: Nodes): number {
  if ('children' in node) {
    let length = 0
    for (const child of node.children as Nodes[]) length += leafLength(child)
    return length
  }
  const value = (node as {value?: string}).value ?? ''
  return node.type === 'SourceNode' ? Math.max(1, value.length) : value.length
}

/** Fills `offsets` and the text for the leaves of a node (no object per leaf: views are built on every keystroke). */
class ViewWriter {
  text = ''
  at = 0
  last = 0
  positioned = true
  constructor(readonly offsets: Int32Array) {}

  write(node: Nodes): void {
    if ('children' in node) {
      for (const child of node.children as Nodes[]) this.write(child)
      return
    }
    const raw = (node as {value?: string}).value ?? ''
    const value = node.type === 'SourceNode' ? '\uFFFC'.repeat(Math.max(1, raw.length)) : raw
    const start = node.position?.start.offset ?? -1
    const end = node.position?.end.offset ?? start
    const offsets = this.offsets
    let at = this.at
    if (start < 0) {
      this.positioned = false
      // An unpositioned leaf takes the offset of the character before it.
      for (let i = 0; i < value.length; i++) offsets[at++] = this.last
    } else if (end - start === value.length) {
      for (let i = 0; i < value.length; i++) offsets[at++] = start + i
      if (value.length > 0) this.last = start + value.length - 1
    } else {
      const cap = Math.max(start, end - 1)
      for (let i = 0; i < value.length; i++) offsets[at++] = Math.min(start + i, cap)
      if (value.length > 0) this.last = Math.min(start + value.length - 1, cap)
    }
    this.at = at
    this.text += value
  }
}

// One view per node, shared by every rule that asks for it (rules only read views).
const viewCache = objectCache<Sentence | Paragraph, TextView>('view')

export function viewOf(node: Sentence | Paragraph): TextView {
  const cached = viewCache.get(node)
  if (cached) return cached
  const view = buildView(node)
  viewCache.set(node, view)
  return view
}

function buildView(node: Sentence | Paragraph): TextView {
  // A typed array: views are built for every sentence on every keystroke, and a number[] per
  // character was most of the engine's garbage.
  const writer = new ViewWriter(new Int32Array(leafLength(node)))
  if (node.type === 'ParagraphNode') {
    // Where each child starts in the text (to derive its sentences' views).
    const children = node.children
    const starts: number[] = []
    for (const child of children) {
      starts.push(writer.at)
      writer.write(child)
    }
    starts.push(writer.at)
    const view: TextView = {node, text: writer.text, offsets: writer.offsets, tokens: tokenize(writer.text)}
    if (writer.positioned) {
      // Each sentence's view is the slice of its paragraph's: record where it starts and ends.
      const ranges = new Map<Sentence, [number, number]>()
      for (let c = 0; c < children.length; c++) {
        const child = children[c]
        if (child.type === 'SentenceNode') ranges.set(child, [starts[c], starts[c + 1]])
      }
      paragraphSlices.set(node, {view, ranges})
    }
    return view
  }
  writer.write(node)
  return {node, text: writer.text, offsets: writer.offsets, tokens: tokenize(writer.text)}
}

// A paragraph's view and the text range of each of its sentences in it. Only for paragraphs whose
// leaves all have a position: an unpositioned leaf takes its offset from the leaf before it, which
// for a sentence built on its own is not the same.
const paragraphSlices = objectCache<Paragraph, {view: TextView; ranges: Map<Sentence, [number, number]>}>('paragraphSlices')

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
  // `subarray`: the sentence shares its paragraph's offsets (views are read-only once built).
  return {node, text: paragraph.text.slice(start, end), offsets: paragraph.offsets.subarray(start, end), tokens}
}

function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2bc
}

// Views are built once per tree and shared by every rule (rules only read them).
const sentenceCache = objectCache<Root, TextView[]>('sentenceViews')
const paragraphCache = objectCache<Root, TextView[]>('paragraphViews')

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
