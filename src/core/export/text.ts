// `txt`: plain text for web forms (review sites, contact forms): wrapped lines, readable lists,
// links written out, footnotes as [1]. Rendered from the sanitised hast, so raw HTML in the draft
// contributes only its text. Pure.
import type {Element, ElementContent, Root as HastRoot, RootContent} from 'hast'
import {bodyHast, isElement, isFootnoteSection, type PreparedDraft} from './document.js'

export const TEXT_WIDTH = 72

type Node = RootContent | ElementContent

const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'pre', 'hr', 'table',
  'thead', 'tbody', 'tfoot', 'tr', 'dl', 'dt', 'dd', 'figure', 'figcaption', 'details', 'summary'
])

function isBlock(node: Node): boolean {
  return isElement(node) && BLOCK.has(node.tagName)
}

/** Inline content → text with `\n` only for hard breaks. */
function inline(nodes: readonly Node[]): string {
  let out = ''
  for (const node of nodes) {
    if (node.type === 'text') out += node.value.replace(/[ \t\r\n]+/g, ' ')
    else if (isElement(node)) {
      const props = node.properties ?? {}
      if (node.tagName === 'br') out += '\n'
      else if (node.tagName === 'img') out += props.alt ? `[${String(props.alt)}]` : ''
      else if (node.tagName === 'a' && props.dataFootnoteBackref !== undefined) continue
      else if (node.tagName === 'a' && props.dataFootnoteRef !== undefined) out += `[${inline(node.children)}]`
      else if (node.tagName === 'sup' && node.children.some((c) => isElement(c, 'a') && c.properties?.dataFootnoteRef !== undefined))
        out += inline(node.children)
      else if (node.tagName === 'a') {
        const text = inline(node.children)
        const href = typeof props.href === 'string' ? props.href : undefined
        const shown = href?.replace(/^mailto:/, '')
        out += href && !href.startsWith('#') && shown !== text.trim() ? `${text} (${shown})` : text
      } else if (node.tagName === 'input') continue
      else out += inline(node.children)
    }
  }
  return out
}

/** Greedy word wrap; non-breaking spaces (U+00A0, U+202F) keep French punctuation attached. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  for (const hard of text.split('\n')) {
    const words = hard.split(' ').filter((w) => w !== '')
    let line = ''
    for (const word of words) {
      if (line === '') line = word
      else if ([...line].length + 1 + [...word].length <= width) line += ' ' + word
      else {
        lines.push(line)
        line = word
      }
    }
    lines.push(line)
  }
  while (lines.length > 1 && lines[lines.length - 1] === '') lines.pop()
  return lines
}

function indent(lines: string[], first: string, rest: string): string[] {
  return lines.map((l, i) => (l === '' ? '' : (i === 0 ? first : rest) + l))
}

/** Renders a list of nodes as blocks (each block is an array of lines). */
function blocks(nodes: readonly Node[], width: number): string[][] {
  const out: string[][] = []
  let pending: Node[] = []
  const flush = () => {
    const text = inline(pending).trim()
    if (text) out.push(wrap(text, width))
    pending = []
  }
  for (const node of nodes) {
    if (!isBlock(node)) {
      pending.push(node)
      continue
    }
    flush()
    const b = block(node as Element, width)
    if (b.length > 0) out.push(b)
  }
  flush()
  return out
}

function joinBlocks(bs: string[][], separator: string[] = ['']): string[] {
  const lines: string[] = []
  bs.forEach((b, i) => {
    if (i > 0) lines.push(...separator)
    lines.push(...b)
  })
  return lines
}

function block(node: Element, width: number): string[] {
  switch (node.tagName) {
    case 'h1':
    case 'h2': {
      const lines = wrap(inline(node.children).trim(), width)
      const longest = Math.max(...lines.map((l) => [...l].length))
      return [...lines, (node.tagName === 'h1' ? '=' : '-').repeat(Math.max(3, longest))]
    }
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
      return wrap(inline(node.children).trim(), width)
    case 'hr':
      return ['* * *']
    case 'pre': {
      const text = textContent(node).replace(/\n$/, '')
      return text.split('\n').map((l) => '    ' + l)
    }
    case 'blockquote':
      return joinBlocks(blocks(node.children, width - 2)).map((l) => (l === '' ? '>' : '> ' + l))
    case 'ul':
    case 'ol': {
      const items = node.children.filter((c): c is Element => isElement(c, 'li'))
      const start = typeof node.properties?.start === 'number' ? node.properties.start : 1
      const loose = items.some((li) => li.children.some((c) => isElement(c, 'p')))
      const rendered = items.map((li, i) => {
        const marker = node.tagName === 'ol' ? `${start + i}. ` : '- '
        const pad = ' '.repeat(marker.length)
        const content = joinBlocks(blocks(li.children, width - marker.length), loose ? [''] : [])
        return indent(content.length ? content : [''], marker, pad)
      })
      return joinBlocks(rendered, loose ? [''] : [])
    }
    case 'table': {
      const rows: string[] = []
      const visitRows = (n: Element) => {
        for (const c of n.children) {
          if (isElement(c, 'tr')) {
            const cells = c.children.filter((x): x is Element => isElement(x, 'td') || isElement(x, 'th'))
            rows.push(cells.map((x) => inline(x.children).trim()).join(' | '))
          } else if (isElement(c)) visitRows(c)
        }
      }
      visitRows(node)
      return rows
    }
    case 'section':
      if (isFootnoteSection(node)) {
        const list = node.children.find((c): c is Element => isElement(c, 'ol'))
        const label = node.children.find((c): c is Element => isElement(c, 'h2'))
        const items = (list?.children ?? []).filter((c): c is Element => isElement(c, 'li'))
        const notes = items.map((li, i) => {
          const marker = `[${i + 1}] `
          const content = joinBlocks(blocks(li.children, width - marker.length))
          return indent(content, marker, ' '.repeat(marker.length))
        })
        return [...block(label ?? {type: 'element', tagName: 'h2', properties: {}, children: [{type: 'text', value: 'Notes'}]}, width), '', ...joinBlocks(notes, [])]
      }
      return joinBlocks(blocks(node.children, width))
    default:
      return joinBlocks(blocks(node.children, width))
  }
}

function textContent(node: Node): string {
  if (node.type === 'text') return node.value
  if (isElement(node)) return node.children.map(textContent).join('')
  return ''
}

/** Plain text of a sanitised hast tree, wrapped at `width`. */
export function hastToText(root: HastRoot, width = TEXT_WIDTH): string {
  return joinBlocks(blocks(root.children, width)).join('\n').replace(/\n{3,}/g, '\n\n').trim() + '\n'
}

/** The `txt` export: body, signature, notes. The title goes in the form's own title field. */
export function renderText(draft: PreparedDraft, width = TEXT_WIDTH): string {
  return hastToText(bodyHast(draft, {dropTitleHeading: false, signature: true}), width)
}
