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
  leaves(node, parts)
  let length = 0
  for (const part of parts) length += part.value.length
  // A typed array: views are built for every sentence on every keystroke, and a number[] per
  // character was most of the engine's garbage.
  const offsets = new Int32Array(length)
  const values: string[] = []
  let last = 0
  let at = 0
  for (const part of parts) {
    const exact = part.start >= 0 && part.end - part.start === part.value.length
    for (let i = 0; i < part.value.length; i++) {
      const offset = exact ? part.start + i : part.start >= 0 ? Math.min(part.start + i, Math.max(part.start, part.end - 1)) : last
      offsets[at++] = offset
      last = offset
    }
    values.push(part.value)
  }
  const text = values.join('')
  return {node, text, offsets, tokens: tokenize(text)}
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
    for (const child of paragraph.children) {
      if (child.type === 'SentenceNode') views.push(viewOf(child))
    }
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
