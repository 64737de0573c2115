// A port of mdast-util-to-nlcst@7.0.1's `toNlcst` (lib/index.js), which turns a chunk's mdast into
// the nlcst tree the rules read, with the same output and a cheaper positional patching.
//
// Why: a CPU profile of the 2 000-word lint put about a third of the lint in `toNlcst`, and its
// `patch` alone at ~5 % of the total: for every nlcst node it re-stringified the node's whole
// subtree (`nlcst-to-string`) to know where it ends (so a word's characters were joined once for
// the word, once for its sentence…), then converted both offsets to points through vfile-location.
//
// What changed (the output is the same tree, node for node, value for value, position for position):
// - `patch` patches a node's children first and returns where they end: a leaf ends at its start
//   plus its `value`'s length, a parent (with no `value`) where its last child ends, an empty parent
//   where it starts: exactly `start + toString(node).length`, without building any string;
// - offsets become points through a line-start index built once per document (kept for the next
//   call on the same text: the engine converts a chunk, then each of its table cells, with one
//   file) and a binary search, with vfile-location@5's semantics: lines end at `\n`, `\r\n` or
//   `\r`; a fresh `{line, column, offset}` per call; `undefined` for a non-number, negative or NaN
//   offset or one past the end of the document (the end itself is a point);
// - the ignored and source types are Sets instead of arrays searched with `includes`, with no
//   spread copies of the defaults.
// Kept on purpose: the parser's `tokenize` for text and image alts, the sentence, paragraph and
// root plugins run in the same order on the same nodes, the same shared point objects between a
// split node and its first/last child, the same checks and errors, and `results.push(...result)`
// in `all`, whose argument limit makes a block of more than ~100 000 tokens throw as the original
// does (the engine then falls back to the chunk as plain prose). test/to-nlcst.test.ts compares
// this port with the installed mdast-util-to-nlcst on the corpora and on generated Markdown.
//
// mdast-util-to-nlcst is under the MIT licence:
//
//   (The MIT License)
//
//   Copyright (c) 2015 Titus Wormer <tituswormer@gmail.com>
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
import type {Nodes as MdastNodes, Parents as MdastParents} from 'mdast'
import type {
  Paragraph as NlcstParagraph,
  Parents as NlcstParents,
  Root as NlcstRoot,
  RootContent as NlcstRootContent,
  Sentence as NlcstSentence,
  SentenceContent as NlcstSentenceContent,
  WhiteSpace as NlcstWhiteSpace
} from 'nlcst'
import {toString} from 'nlcst-to-string'
import type {Point} from 'unist'
import {pointEnd, pointStart} from 'unist-util-position'
import type {VFile} from 'vfile'

/** An nlcst parser instance (parse-latin, parse-english, parse-dutch) or its class. */
export interface ParserInstance {
  tokenizeSentencePlugins: Array<(node: NlcstSentence) => undefined | void>
  tokenizeParagraphPlugins: Array<(node: NlcstParagraph) => undefined | void>
  tokenizeRootPlugins: Array<(node: NlcstRoot) => undefined | void>
  parse(value: string | null | undefined): NlcstRoot
  tokenize(value: string | null | undefined): NlcstSentenceContent[]
}
export type ParserConstructor = new () => ParserInstance

export interface Options {
  /** mdast node types to ignore (`table`, `tableRow` and `tableCell` always are). */
  ignore?: readonly string[] | null
  /** mdast node types to mark as source (`inlineCode` always is). */
  source?: readonly string[] | null
}

interface State {
  doc: string
  /** Offset after each line's end (vfile-location's `indices`), the last one `doc.length + 1`. */
  lineEnds: number[]
  ignore: ReadonlySet<string>
  source: ReadonlySet<string>
  parser: ParserInstance
}

const defaultIgnore = ['table', 'tableRow', 'tableCell']
const defaultSource = ['inlineCode']
const defaultIgnoreSet: ReadonlySet<string> = new Set(defaultIgnore)
const defaultSourceSet: ReadonlySet<string> = new Set(defaultSource)

// Ported from:
// <https://github.com/wooorm/parse-latin/blob/ea33f09/lib/expressions.js#L5>
const newLine = /^[ \t]*((\r?\n|\r)[\t ]*)+$/
const terminalMarker = /^([!.?\u2026\u203D]+)$/

/**
 * Transform a `tree` in mdast to nlcst (same contract as mdast-util-to-nlcst's `toNlcst`: `tree`
 * must have positional info and `file` must be the VFile it was parsed from).
 */
export function toNlcst(
  tree: MdastNodes,
  file: VFile,
  Parser: ParserInstance | ParserConstructor,
  options?: Options | null
): NlcstRoot {
  const options_ = options || {}

  // Crash on invalid parameters.
  if (!tree || !tree.type) {
    throw new Error('mdast-util-to-nlcst expected node')
  }

  if (!file || !file.messages) {
    throw new Error('mdast-util-to-nlcst expected file')
  }

  if (!Parser) {
    throw new Error('mdast-util-to-nlcst expected parser')
  }

  if (!pointStart(tree)) {
    throw new Error('mdast-util-to-nlcst expected position on nodes')
  }

  const doc = String(file)
  const state: State = {
    doc,
    lineEnds: lineEndsOf(doc),
    parser: 'parse' in Parser ? Parser : new Parser(),
    ignore: options_.ignore ? withDefaults(defaultIgnore, options_.ignore) : defaultIgnoreSet,
    source: options_.source ? withDefaults(defaultSource, options_.source) : defaultSourceSet
  }

  return sentenceContentToRoot(state, one(state, tree) || [])
}

function withDefaults(defaults: readonly string[], extra: readonly string[]): Set<string> {
  const set = new Set(defaults)
  for (const type of extra) set.add(type)
  return set
}

// One-entry cache: the engine converts a chunk, then each of its table cells, against one file.
let cachedDoc: string | undefined
let cachedLineEnds: number[] = []

/** vfile-location's `indices`, fully grown: the offset after each line ending, then `doc.length + 1`. */
function lineEndsOf(doc: string): number[] {
  if (doc === cachedDoc) return cachedLineEnds
  const ends: number[] = []
  if (doc.indexOf('\r') === -1) {
    let lf = doc.indexOf('\n')
    while (lf !== -1) {
      ends.push(lf + 1)
      lf = doc.indexOf('\n', lf + 1)
    }
  } else {
    for (let index = 0; index < doc.length; index++) {
      const code = doc.charCodeAt(index)
      if (code === 13 /* \r */) {
        if (doc.charCodeAt(index + 1) === 10 /* \n */) index++
        ends.push(index + 1)
      } else if (code === 10 /* \n */) {
        ends.push(index + 1)
      }
    }
  }
  ends.push(doc.length + 1)
  cachedDoc = doc
  cachedLineEnds = ends
  return ends
}

/** vfile-location@5's `toPoint`: a fresh point, or undefined outside `[0, doc.length]`. */
function toPoint(state: State, offset: number | undefined): Point | undefined {
  if (typeof offset === 'number' && offset > -1 && offset <= state.doc.length) {
    const ends = state.lineEnds
    // Binary search for the first line that ends after `offset`.
    let low = 0
    let high = ends.length - 1
    while (low < high) {
      const middle = (low + high) >>> 1
      if (ends[middle] > offset) high = middle
      else low = middle + 1
    }
    return {line: low + 1, column: offset - (low > 0 ? ends[low - 1] : 0) + 1, offset}
  }
  return undefined
}

/** Turn sentence content into an nlcst root. */
function sentenceContentToRoot(state: State, nodes: NlcstSentenceContent[]): NlcstRoot {
  if (nodes.length === 0) {
    return {type: 'RootNode', children: []}
  }

  const start = pointStart(nodes[0])
  const end = pointEnd(nodes[nodes.length - 1])

  // Turn into a sentence.
  const sentence: NlcstSentence = {type: 'SentenceNode', children: nodes}
  const positioned = Boolean(start && start.line && end && end.line)
  if (positioned) sentence.position = {start: start!, end: end!}
  runPlugins(state.parser.tokenizeSentencePlugins, sentence)

  // Turn into a paragraph.
  const paragraph: NlcstParagraph = {
    type: 'ParagraphNode',
    children: splitNode(sentence, 'PunctuationNode', terminalMarker)
  }
  if (positioned) paragraph.position = {start: {...start!}, end: {...end!}}
  runPlugins(state.parser.tokenizeParagraphPlugins, paragraph)

  // Turn into a root.
  const root: NlcstRoot = {
    type: 'RootNode',
    children: splitNode(paragraph, 'WhiteSpaceNode', newLine)
  }
  if (positioned) root.position = {start: {...start!}, end: {...end!}}
  runPlugins(state.parser.tokenizeRootPlugins, root)

  return root
}

/** Runs a parser's plugins on `node` in order, up to the first empty slot (as the original's loops). */
function runPlugins<T>(plugins: ReadonlyArray<((node: T) => void) | undefined>, node: T): void {
  for (let index = 0; plugins[index]; index++) plugins[index]!(node)
}

/** Transform a single node. */
function one(state: State, node: MdastNodes): NlcstSentenceContent[] | undefined {
  const type = node.type
  if (state.ignore.has(type)) {
    return
  }

  const position = node.position
  let start = position ? position.start.offset : undefined
  const end = position ? position.end.offset : undefined
  let results: NlcstSentenceContent[] | undefined

  if (state.source.has(type)) {
    if (start !== undefined && end !== undefined) {
      results = [{type: 'SourceNode', value: state.doc.slice(start, end)}]
    }
  } else if ('children' in node) {
    return all(state, node)
  } else if (type === 'image' || type === 'imageReference') {
    if (node.alt) {
      results = state.parser.tokenize(node.alt)

      if (typeof start === 'number') {
        start += 2
      }
    }
  } else if (type === 'break') {
    results = [{type: 'WhiteSpaceNode', value: '\n'}]
  } else if (type === 'text') {
    results = state.parser.tokenize(node.value)
  }

  if (results) {
    patch(state, results, start)
    return results
  }
}

/** Transform all nodes in `parent`. */
function all(state: State, parent: MdastParents): NlcstSentenceContent[] {
  const children = parent.children
  const results: NlcstSentenceContent[] = []
  let end: Point | undefined

  for (let index = 0; index < children.length; index++) {
    const child = children[index]
    const start = pointStart(child)

    if (end && typeof end.line === 'number' && start && start.line !== end.line) {
      const lineEnding: NlcstWhiteSpace = {
        type: 'WhiteSpaceNode',
        value: '\n'.repeat(start.line - end.line)
      }
      patch(state, [lineEnding], end.offset)

      // Make sure it’ll be seen as a break between paragraphs.
      if (lineEnding.value.length < 2) {
        lineEnding.value = '\n\n'
      }

      results.push(lineEnding)
    }

    const result = one(state, child)
    // Spread as the original does (see the header: same failure on huge blocks).
    if (result) results.push(...result)
    end = pointEnd(child)
  }

  return results
}

/**
 * Patch a position on each node in `nodes`, the first starting at `offset` in the file; returns
 * where the last one ends (`undefined` when `offset` is not a number, as the original's `end`).
 */
function patch(state: State, nodes: NlcstRootContent[], offset: number | undefined): number | undefined {
  let start = offset

  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]
    let end: number | undefined

    if ('children' in node) {
      const childrenEnd = patch(state, node.children, start)
      // `toString` reads `value` first when a node has both.
      end = 'value' in node ? endOf(start, node) : childrenEnd
    } else {
      end = endOf(start, node)
    }

    const startPoint = toPoint(state, start)
    const endPoint = toPoint(state, end)

    node.position = startPoint && endPoint ? {start: startPoint, end: endPoint} : undefined

    start = end
  }

  return start
}

/** `start + toString(node).length` for a node with a `value`. */
function endOf(start: number | undefined, node: object): number | undefined {
  return typeof start === 'number' ? start + (node as {value: string}).value.length : undefined
}

// Ported from:
// <https://github.com/wooorm/parse-latin/blob/ea33f09/lib/index.js#L266-L310>
/** Split one node into several nodes, after each child of `childType` whose text matches `expression`. */
function splitNode<TheNode extends NlcstParents>(
  node: TheNode,
  childType: NlcstRootContent['type'],
  expression: RegExp
): TheNode[] {
  const result: TheNode[] = []
  const children = node.children as NlcstRootContent[]
  let start = 0

  for (let index = 0; index < children.length; index++) {
    const token = children[index]

    if (index === children.length - 1 || (token.type === childType && expression.test(toString(token)))) {
      const parent = {
        type: node.type,
        children: children.slice(start, index + 1)
      } as TheNode

      const first = children[start]
      const last = token
      if (first.position && last.position) {
        parent.position = {
          start: first.position.start,
          end: last.position.end
        }
      }

      result.push(parent)
      start = index + 1
    }
  }

  return result
}
