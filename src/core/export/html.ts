// `html`: a clean fragment for WordPress (Custom HTML block / code editor) or Blogger's HTML view.
// `page`: a standalone printable page (also what the app prints to PDF with printToPDF).
import type {Element, Root as HastRoot} from 'hast'
import rehypeStringify from 'rehype-stringify'
import {unified} from 'unified'
import {bodyHast, type PreparedDraft} from './document.js'
import {formatDay} from './meta.js'

/** Serialises sanitised hast; no inline styles exist in it (the schema has no `style` attribute). */
export function hastToHtml(root: HastRoot): string {
  return stringify(root).trim() + '\n'
}

const stringifier = unified().use(rehypeStringify, {allowDangerousHtml: false, characterReferences: {useNamedReferences: false}})

function stringify(root: HastRoot): string {
  return stringifier.stringify(root)
}

/** The HTML fragment: body, signature (author and date), GFM footnotes. */
export function renderHtmlFragment(draft: PreparedDraft): string {
  return hastToHtml(bodyHast(draft, {dropTitleHeading: false, signature: true}))
}

/** Neutral, printable stylesheet (no web fonts, no remote resources). */
export const PAGE_STYLESHEET = `
:root { color-scheme: light; }
html { font-family: Georgia, "Times New Roman", serif; font-size: 12pt; line-height: 1.5; color: #111; background: #fff; }
body { max-width: 40em; margin: 2em auto; padding: 0 1em; }
header { border-bottom: 1px solid #999; margin-bottom: 1.5em; }
h1, h2, h3, h4 { font-family: "Helvetica Neue", Arial, sans-serif; line-height: 1.25; }
.temoin-byline { color: #333; font-style: italic; }
blockquote { margin: 1em 0; padding-left: 1em; border-left: 3px solid #999; color: #333; }
table { border-collapse: collapse; }
th, td { border: 1px solid #999; padding: 0.25em 0.5em; }
pre, code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.9em; }
pre { white-space: pre-wrap; }
a { color: #0645ad; }
.footnotes { border-top: 1px solid #999; margin-top: 2em; font-size: 0.9em; }
.temoin-signature { margin-top: 2em; }
@page { size: A4; margin: 2cm; }
@media print {
  body { margin: 0; max-width: none; }
  a { color: inherit; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.85em; }
  h1, h2, h3 { break-after: avoid; }
  blockquote, pre, table, li { break-inside: avoid; }
}
`.trimStart()

/**
 * The page's Content-Security-Policy: nothing runs, nothing loads from the network; only the
 * embedded stylesheet (allowed by its hash, computed and checked in test/export) applies.
 */
export const PAGE_STYLESHEET_SHA256 = 'sha256-8ezubcSSMJwkmkOlbsarS30CmgepvfajKbFwuvcaYZE='
export const PAGE_CSP = `default-src 'none'; style-src '${PAGE_STYLESHEET_SHA256}'; img-src 'self'; base-uri 'none'; form-action 'none'`

/** What the app's PDF export passes to `webContents.printToPDF` for the `page` HTML. */
export const PAGE_PRINT_OPTIONS = {
  pageSize: 'A4',
  printBackground: false,
  preferCSSPageSize: true,
  displayHeaderFooter: false
} as const

function el(tagName: string, properties: Element['properties'], children: Element['children']): Element {
  return {type: 'element', tagName, properties, children}
}

const PAGE_LABELS = {
  fr: {by: 'Par', untitled: 'Témoignage'},
  en: {by: 'By', untitled: 'Testimony'}
}

/** The standalone page: `<title>`, header with title, author and date, body, footnotes. */
export function renderPage(draft: PreparedDraft): string {
  const {meta} = draft
  const labels = PAGE_LABELS[meta.lang]
  const title = meta.title ?? labels.untitled
  const body = bodyHast(draft, {dropTitleHeading: true, signature: false})
  const header = el('header', {}, [
    {type: 'text', value: '\n'},
    el('h1', {}, [{type: 'text', value: title}]),
    {type: 'text', value: '\n'},
    el('p', {className: ['temoin-byline']}, [
      ...(meta.author ? [{type: 'text' as const, value: `${labels.by} ${meta.author} — `}] : []),
      el('time', {dateTime: /^\d{4}-\d{2}-\d{2}$/.test(meta.date) ? meta.date : undefined}, [
        {type: 'text', value: formatDay(meta.date, meta.lang)}
      ])
    ]),
    {type: 'text', value: '\n'}
  ])
  const head = el('head', {}, [
    {type: 'text', value: '\n'},
    el('meta', {charSet: 'utf-8'}, []),
    {type: 'text', value: '\n'},
    el('meta', {httpEquiv: 'Content-Security-Policy', content: PAGE_CSP}, []),
    {type: 'text', value: '\n'},
    el('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'}, []),
    {type: 'text', value: '\n'},
    el('meta', {name: 'referrer', content: 'no-referrer'}, []),
    {type: 'text', value: '\n'},
    ...(meta.author ? [el('meta', {name: 'author', content: meta.author}, []), {type: 'text' as const, value: '\n'}] : []),
    el('meta', {name: 'date', content: meta.date}, []),
    {type: 'text', value: '\n'},
    el('meta', {name: 'generator', content: 'Témoin'}, []),
    {type: 'text', value: '\n'},
    el('title', {}, [{type: 'text', value: meta.author ? `${title} — ${meta.author}` : title}]),
    {type: 'text', value: '\n'},
    el('style', {}, [{type: 'text', value: PAGE_STYLESHEET}]),
    {type: 'text', value: '\n'}
  ])
  const article = el('article', {}, [{type: 'text', value: '\n'}, ...(body.children as Element['children']), {type: 'text', value: '\n'}])
  const root: HastRoot = {
    type: 'root',
    children: [
      {type: 'doctype'},
      {type: 'text', value: '\n'},
      el('html', {lang: meta.lang}, [
        {type: 'text', value: '\n'},
        head,
        {type: 'text', value: '\n'},
        el('body', {}, [{type: 'text', value: '\n'}, header, {type: 'text', value: '\n'}, article, {type: 'text', value: '\n'}]),
        {type: 'text', value: '\n'}
      ])
    ]
  }
  return stringify(root) + '\n'
}
