// Render Markdown (rule docs) to DOM nodes directly from the syntax tree: no HTML string, no raw HTML,
// so a readme can never inject markup or scripts. Links are handed to `onLink`.
import type {Root, RootContent, PhrasingContent} from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkFrontmatter from 'remark-frontmatter'
import {unified} from 'unified'

type Node = Root | RootContent | PhrasingContent

export function renderMarkdown(markdown: string, onLink: (href: string) => void): DocumentFragment {
  const tree = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter).parse(markdown) as Root
  const frag = document.createDocumentFragment()
  for (const child of tree.children) {
    const n = toDom(child, onLink)
    if (n) frag.append(n)
  }
  return frag
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, children: Node[], onLink: (h: string) => void) {
  const e = document.createElement(tag)
  for (const c of children) {
    const n = toDom(c, onLink)
    if (n) e.append(n)
  }
  return e
}

function toDom(node: Node, onLink: (href: string) => void): globalThis.Node | null {
  switch (node.type) {
    case 'text':
      return document.createTextNode(node.value)
    case 'paragraph':
      return el('p', node.children, onLink)
    case 'heading':
      return el(`h${Math.min(6, node.depth + 1)}` as 'h2', node.children, onLink)
    case 'emphasis':
      return el('em', node.children, onLink)
    case 'strong':
      return el('strong', node.children, onLink)
    case 'delete':
      return el('del', node.children, onLink)
    case 'inlineCode': {
      const c = document.createElement('code')
      c.textContent = node.value
      return c
    }
    case 'code': {
      const pre = document.createElement('pre')
      const c = document.createElement('code')
      c.textContent = node.value
      pre.append(c)
      return pre
    }
    case 'blockquote':
      return el('blockquote', node.children as Node[], onLink)
    case 'list': {
      const l = el(node.ordered ? 'ol' : 'ul', node.children as Node[], onLink)
      return l
    }
    case 'listItem':
      return el('li', node.children as Node[], onLink)
    case 'thematicBreak':
      return document.createElement('hr')
    case 'break':
      return document.createElement('br')
    case 'link': {
      const a = el('a', node.children, onLink)
      a.href = '#'
      a.title = node.url
      a.addEventListener('click', (e) => {
        e.preventDefault()
        onLink(node.url)
      })
      return a
    }
    case 'table': {
      const table = document.createElement('table')
      node.children.forEach((row, i) => {
        const tr = document.createElement('tr')
        for (const cell of row.children) tr.append(el(i === 0 ? 'th' : 'td', cell.children, onLink))
        table.append(tr)
      })
      return table
    }
    default:
      // html, yaml, images, definitions…: not rendered.
      return null
  }
}
