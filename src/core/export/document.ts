// The shared export pipeline: Markdown draft → cleaned mdast → sanitised hast.
// Every format starts here, so front matter, Témoin's inline comments and unsafe HTML are removed
// in one place. Pure: no `node:*`, no DOM.
import type {Element, ElementContent, Root as HastRoot, RootContent as HastContent} from 'hast'
import type {Heading, Root as MdastRoot, RootContent as MdastContent, Parent as MdastParent, Paragraph} from 'mdast'
import rehypeRaw from 'rehype-raw'
import rehypeSanitize, {defaultSchema} from 'rehype-sanitize'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {assertSingleLineFields, ExportInputError, formatDay, resolveMeta, splitFrontMatter, type ExportMeta, type MetaOverrides} from './meta.js'

export interface PrepareOptions extends MetaOverrides {
  /** Clock for the export date when the draft has none (injected so exports are reproducible). */
  now?: Date
}

export interface PreparedDraft {
  meta: ExportMeta & {date: string}
  /** True when `meta.date` came from the draft or the options, false when it is the export day. */
  dateFromDraft: boolean
  /** Cleaned Markdown tree: no front matter, no `<!--temoin …-->` comments. */
  mdast: MdastRoot
  /** Sanitised HTML tree of the body (footnotes included), without signature. */
  hast: HastRoot
  /** True when the body starts with a level-1 heading equal to the title (formats that show the title drop it). */
  leadingTitleHeading: boolean
  /** « Jeanne Exemple, le 12 mars 2024 » — the author's name and date every export keeps. */
  signature: string
}

/**
 * The allow-list: GitHub's schema (what rehype-sanitize ships), which has no script, style, iframe,
 * form, svg, event handler or `style` attribute, and only http(s)/mailto-like URL protocols.
 * Comments are dropped. The clobber prefix is left to remark-rehype (which already prefixes ids with
 * `user-content-`), so footnote links keep working.
 */
export const SANITIZE_SCHEMA = {
  ...defaultSchema,
  // Only the protocols a testimony needs; GitHub's list also has irc/xmpp.
  protocols: {
    href: ['http', 'https', 'mailto'],
    cite: ['http', 'https'],
    src: ['http', 'https'],
    longDesc: ['http', 'https']
  },
  // Task-list checkboxes are the only <input> GitHub allows; a testimony has no use for form controls.
  tagNames: (defaultSchema.tagNames ?? []).filter((t) => t !== 'input'),
  clobberPrefix: '',
  allowComments: false
}

const LABELS = {
  fr: {footnotes: 'Notes', back: 'Revenir au texte', on: 'le '},
  en: {footnotes: 'Notes', back: 'Back to content', on: ''}
}

/** `<!--temoin ignore rule "justification"-->` and friends (also `<!-- temoin … -->`). */
const TEMOIN_COMMENT = /<!--\s*temoin\b[\s\S]*?-->/gi

/** Removes Témoin's control comments from a raw HTML node's value. */
export function stripTemoinComments(html: string): string {
  return html.replace(TEMOIN_COMMENT, '')
}

const parser = unified().use(remarkParse).use(remarkGfm)

/** Parses the body (no front matter) into mdast with GFM and removes Témoin comments. */
export function parseBody(body: string): MdastRoot {
  const tree = parser.runSync(parser.parse(body)) as MdastRoot
  removeTemoinComments(tree)
  return tree
}

function removeTemoinComments(node: MdastParent): void {
  const kept: MdastContent[] = []
  for (const child of node.children as MdastContent[]) {
    if (child.type === 'html') {
      const value = stripTemoinComments(child.value)
      if (value.trim() === '') continue
      child.value = value
    }
    if ('children' in child) removeTemoinComments(child as MdastParent)
    kept.push(child)
  }
  ;(node as {children: MdastContent[]}).children = kept
}

/** Plain text of an mdast node (no HTML). */
export function mdastText(node: MdastContent | MdastRoot): string {
  if ('value' in node && node.type !== 'html') return node.value
  if ('children' in node) return (node.children as MdastContent[]).map(mdastText).join('')
  return ''
}

function toHast(tree: MdastRoot, lang: 'fr' | 'en'): HastRoot {
  const processor = unified()
    .use(remarkRehype, {
      allowDangerousHtml: true,
      footnoteLabel: LABELS[lang].footnotes,
      footnoteBackLabel: LABELS[lang].back
    })
    .use(rehypeRaw)
    .use(rehypeSanitize, SANITIZE_SCHEMA)
  // runSync mutates; work on a copy so the caller's mdast stays usable for `md`/`txt`.
  return processor.runSync(structuredClone(tree)) as HastRoot
}

function isoDayOf(d: Date): string {
  return d.toISOString().slice(0, 10)
}

/** Builds the signature line that keeps the author's name and the date in every export. */
export function signatureOf(meta: {author?: string; date: string; lang: 'fr' | 'en'}): string {
  const date = formatDay(meta.date, meta.lang)
  if (!meta.author) return date
  return `${meta.author}, ${LABELS[meta.lang].on}${date}`
}

/**
 * Reads a draft and prepares what every format needs. Throws ExportInputError when a header-like
 * value (title, author, subject, from, to, date) has a line break: nothing is exported then.
 */
export function prepareDraft(text: string, options: PrepareOptions = {}): PreparedDraft {
  const split = splitFrontMatter(text)
  // A broken header would silently lose the author, date and addresses: refuse instead.
  if (split.error) throw new ExportInputError(`en-tête (front matter) illisible : ${split.error} / unreadable front matter`, 'frontmatter')
  const base = resolveMeta(split.data, options)
  const mdast = parseBody(split.body)
  const first = mdast.children.find((n) => n.type !== 'definition' && n.type !== 'footnoteDefinition')
  const firstH1 = first && first.type === 'heading' && (first as Heading).depth === 1 ? mdastText(first).trim() : undefined
  const title = base.title ?? firstH1
  const dateFromDraft = base.date !== undefined
  const date = base.date ?? isoDayOf(options.now ?? new Date())
  const meta = {...base, title, date}
  assertSingleLineFields(meta)
  return {
    meta,
    dateFromDraft,
    mdast,
    hast: toHast(mdast, meta.lang),
    leadingTitleHeading: firstH1 !== undefined && firstH1 === title,
    signature: signatureOf(meta)
  }
}

/** Runs one raw HTML string through the same raw+sanitise steps (used by `md` for HTML blocks). */
export function sanitizeHtmlFragment(html: string): HastRoot {
  const root: HastRoot = {type: 'root', children: [{type: 'raw', value: html} as unknown as HastContent]}
  return unified().use(rehypeRaw).use(rehypeSanitize, SANITIZE_SCHEMA).runSync(root) as HastRoot
}

export function isElement(node: unknown, tagName?: string): node is Element {
  return (
    typeof node === 'object' &&
    node !== null &&
    (node as Element).type === 'element' &&
    (tagName === undefined || (node as Element).tagName === tagName)
  )
}

/** The footnotes section remark-rehype appends (`<section data-footnotes>`). */
export function isFootnoteSection(node: unknown): boolean {
  return isElement(node, 'section') && node.properties?.dataFootnotes !== undefined
}

/**
 * Returns a copy of the body hast ready for a format: optionally without the leading title heading,
 * with the signature paragraph inserted before the footnotes.
 */
export function bodyHast(draft: PreparedDraft, options: {dropTitleHeading: boolean; signature: boolean}): HastRoot {
  const root = structuredClone(draft.hast)
  if (options.dropTitleHeading && draft.leadingTitleHeading) {
    const index = root.children.findIndex((n) => n.type === 'element')
    if (index >= 0 && isElement(root.children[index], 'h1')) root.children.splice(index, 1)
  }
  if (options.signature) {
    const signature: Element = {
      type: 'element',
      tagName: 'p',
      properties: {className: ['temoin-signature']},
      children: [{type: 'text', value: `— ${draft.signature}`}]
    }
    const at = root.children.findIndex(isFootnoteSection)
    const nodes: HastContent[] = [signature, {type: 'text', value: '\n'}]
    if (at >= 0) root.children.splice(at, 0, ...nodes)
    else root.children.push({type: 'text', value: '\n'}, signature)
  }
  // Leading whitespace left by removed nodes.
  while (root.children[0]?.type === 'text' && root.children[0].value.trim() === '') root.children.shift()
  return root
}

export type {ElementContent, Paragraph}
