// `md`: clean Markdown — no front matter, no Témoin comments, no raw HTML (HTML blocks keep only
// their sanitised text), no unsafe link targets; title as `#` heading, signature at the end. Pure.
import type {Heading, Paragraph, Parent, Root, RootContent} from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkStringify from 'remark-stringify'
import {unified} from 'unified'
import {sanitizeHtmlFragment, type PreparedDraft} from './document.js'
import {hastToText} from './text.js'

const SAFE_PROTOCOLS = new Set(['http', 'https', 'mailto'])

/**
 * True for URLs that are relative or use http(s)/mailto. Control characters and whitespace are
 * ignored before the scheme, as browsers do (`java\tscript:`), and the scheme is compared in lower case.
 */
export function isSafeUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  const compact = url.replace(/[\u0000-\u0020\u007F-\u009F]/g, '')
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)
  // No scheme: relative. But an `&` before the path could become an entity-encoded scheme
  // (`jav&#x61;script:`) when the Markdown is parsed again, so it is refused too.
  if (!scheme) return !(compact.split(/[/?#]/)[0] ?? '').includes('&')
  return SAFE_PROTOCOLS.has(scheme[1]!.toLowerCase())
}

function clean(parent: Parent, blockLevel: boolean): void {
  const out: RootContent[] = []
  for (const child of parent.children as RootContent[]) {
    switch (child.type) {
      case 'html': {
        if (!blockLevel) continue // inline tags: drop the tag, the text around it stays
        const text = hastToText(sanitizeHtmlFragment(child.value), 10_000).trim()
        if (text) out.push({type: 'paragraph', children: [{type: 'text', value: text}]} satisfies Paragraph)
        continue
      }
      case 'link':
        if (!isSafeUrl(child.url)) {
          clean(child, false)
          out.push(...(child.children as RootContent[]))
          continue
        }
        break
      case 'image':
        if (!isSafeUrl(child.url)) {
          if (child.alt) out.push({type: 'text', value: child.alt})
          continue
        }
        break
      case 'definition':
        if (!isSafeUrl(child.url)) continue
        break
      default:
        break
    }
    if ('children' in child) {
      const isContainer = ['blockquote', 'listItem', 'footnoteDefinition', 'list'].includes(child.type)
      clean(child as Parent, isContainer)
    }
    out.push(child)
  }
  parent.children = out as Parent['children']
}

const stringifier = unified().use(remarkGfm).use(remarkStringify, {
  bullet: '-',
  emphasis: '_',
  strong: '*',
  rule: '-',
  fences: true,
  listItemIndent: 'one',
  incrementListMarker: true
})

/** The `md` export. */
export function renderMarkdown(draft: PreparedDraft): string {
  const tree = structuredClone(draft.mdast) as Root
  clean(tree, true)
  if (draft.meta.title && !draft.leadingTitleHeading) {
    tree.children.unshift({type: 'heading', depth: 1, children: [{type: 'text', value: draft.meta.title}]} satisfies Heading)
  }
  // The signature goes after the text, before footnote and link definitions.
  let at = tree.children.length
  while (at > 0 && ['footnoteDefinition', 'definition'].includes(tree.children[at - 1]!.type)) at--
  tree.children.splice(at, 0, {type: 'paragraph', children: [{type: 'text', value: `— ${draft.signature}`}]})
  return stringifier.stringify(tree)
}
