// XSS corpus: the classic payload families through every export. The outputs are parsed back with
// a real HTML parser (parse5, through rehype-raw) and nothing executable may be left: no script-like
// element, no event handler, no style attribute, no URL with a scheme other than http(s)/mailto.
import type {Element, Root} from 'hast'
import {XMLParser} from 'fast-xml-parser'
import {simpleParser} from 'mailparser'
import rehypeRaw from 'rehype-raw'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {describe, expect, it} from 'vitest'
import {nodemailerComposer} from '../../src/cli/export.js'
import {EXPORT_FORMATS, PAGE_STYLESHEET, prepareDraft, renderFormat, type ExportFormat} from '../../src/core/export/index.js'
import {NOW} from './helpers.js'

export const XSS_CORPUS: string[] = [
  // script tags
  '<script>alert(1)</script>',
  '<SCRIPT SRC=http://xss.invalid/x.js></SCRIPT>',
  '<ScRiPt>alert(1)</sCrIpT>',
  '<script/src="data:text/javascript,alert(1)"></script>',
  // event handlers
  '<img src=x onerror=alert(1)>',
  '<body onload=alert(1)>',
  '<details open ontoggle=alert(1)>x</details>',
  '<input autofocus onfocus=alert(1)>',
  '<div onmouseover="alert(1)">survol</div>',
  '<a href="https://ok.invalid" onclick="alert(1)">lien</a>',
  // URL schemes, mixed case, entity-encoded, whitespace
  '<a href="javascript:alert(1)">x</a>',
  '<a href="JaVaScRiPt:alert(1)">x</a>',
  '<a href="jav&#x61;script:alert(1)">x</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
  '<a href="&#x6A;avascript&colon;alert(1)">x</a>',
  '<a href="java\tscript:alert(1)">x</a>',
  '<a href="  javascript:alert(1)">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  '<IMG SRC="javascript:alert(\'XSS\');">',
  '<img src="data:image/svg+xml,<svg onload=alert(1)>">',
  // Markdown links and images
  '[x](javascript:alert(1))',
  '[x](JAVASCRIPT:alert(1))',
  '[x](jav&#x61;script:alert(1))',
  '[x](data:text/html,<script>alert(1)</script>)',
  '![x](javascript:alert(1))',
  '<javascript:alert(1)>',
  '[x][r]\n\n[r]: javascript:alert(1)',
  '[x](vbscript:alert(1))',
  // SVG and MathML
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<svg><a xlink:href="javascript:alert(1)"><text x="0" y="20">x</text></a></svg>',
  '<svg><animate onbegin=alert(1) attributeName=x dur=1s>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  // iframes, objects, forms
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<form action="javascript:alert(1)"><button>envoyer</button></form>',
  '<button formaction="javascript:alert(1)">x</button>',
  // head-ish tags and styles
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '<link rel=stylesheet href="javascript:alert(1)">',
  '<style>@import "javascript:alert(1)";</style>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  // malformed tags
  '<<script>alert(1)//<</script>',
  '<scr<script>ipt>alert(1)</script>',
  '<img """><script>alert(1)</script>">',
  '<a href="javascript:alert(1)"',
  '<img src=x onerror=alert(1)//',
  '<div><script>alert(1)</script',
  '<!--><script>alert(1)</script>-->',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">'
]

const FORBIDDEN_TAGS = new Set([
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'input', 'button',
  'textarea', 'select', 'svg', 'math', 'link', 'base', 'noscript', 'template', 'audio', 'video', 'source'
])
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formAction', 'cite', 'data', 'poster', 'background', 'xLinkHref', 'srcSet', 'longDesc']

function parseHtml(html: string): Root {
  const root: Root = {type: 'root', children: [{type: 'raw', value: html} as never]}
  return unified().use(rehypeRaw).runSync(root) as Root
}

/** Returns the executable things found (empty = safe). `allowHead` lets the page's own head pass. */
function executable(tree: Root, allowHead = false): string[] {
  const found: string[] = []
  visit(tree, 'element', (node: Element) => {
    const props = node.properties ?? {}
    if (FORBIDDEN_TAGS.has(node.tagName)) found.push(`<${node.tagName}>`)
    if (node.tagName === 'style') {
      const css = node.children.map((c) => ('value' in c ? c.value : '')).join('')
      if (!(allowHead && css === PAGE_STYLESHEET)) found.push('<style>')
    }
    if (node.tagName === 'meta') {
      const equiv = String(props.httpEquiv ?? '').toLowerCase()
      // <meta charset> is inert; http-equiv can redirect (refresh) — only the page's own CSP may pass.
      if (equiv !== '' && !(allowHead && equiv === 'content-security-policy')) found.push(`<meta ${equiv}>`)
    }
    for (const [name, value] of Object.entries(props)) {
      if (/^on/i.test(name)) found.push(`${node.tagName}[${name}]`)
      if (name === 'style' || name === 'srcDoc') found.push(`${node.tagName}[${name}]`)
      if (URL_ATTRIBUTES.includes(name)) {
        const url = (Array.isArray(value) ? value.join(' ') : String(value)).replace(/[\u0000-\u0020]/g, '')
        const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)
        if (scheme && !['http', 'https', 'mailto'].includes(scheme[1]!.toLowerCase())) found.push(`${node.tagName}[${name}=${url}]`)
      }
    }
  })
  return found
}

const draftWith = (payload: string) =>
  `---\ntitre: Essai\nauteur: Lou Exemple\nobjet: Essai\ndestinataires: [presse@exemple.invalid]\n---\n\nAvant.\n\n${payload}\n\nTexte ${payload} en ligne.\n\n- liste ${payload}\n\n> citation ${payload}\n\nAprès.\n`

const xml = new XMLParser({parseTagValue: false})

// Each payload is prepared once and rendered in every format (keeps the corpus fast).
const cache = new Map<string, Promise<Record<ExportFormat, string | Uint8Array>>>()
function outputs(payload: string): Promise<Record<ExportFormat, string | Uint8Array>> {
  let pending = cache.get(payload)
  if (!pending) {
    pending = (async () => {
      const draft = prepareDraft(draftWith(payload), {now: NOW})
      const entries = await Promise.all(EXPORT_FORMATS.map(async (f) => [f, await renderFormat(draft, f, {now: NOW, composer: nodemailerComposer})] as const))
      return Object.fromEntries(entries) as Record<ExportFormat, string | Uint8Array>
    })()
    cache.set(payload, pending)
  }
  return pending
}

async function htmlOf(format: 'html' | 'page' | 'wxr' | 'eml', payload: string): Promise<{html: string; head: boolean}> {
  const content = (await outputs(payload))[format]
  switch (format) {
    case 'html':
      return {html: content as string, head: false}
    case 'page':
      return {html: content as string, head: true}
    case 'wxr':
      return {html: xml.parse(content as string).rss.channel.item['content:encoded'], head: false}
    case 'eml': {
      const mail = await simpleParser(Buffer.from(content as Uint8Array))
      expect(mail.html).toBeTruthy()
      return {html: mail.html as string, head: false}
    }
  }
}

describe('XSS corpus', () => {
  it('the checker itself catches the raw payloads (so the test can fail)', () => {
    const caught = XSS_CORPUS.filter((p) => executable(parseHtml(`<div>${p}</div>`)).length > 0)
    // Markdown-only payloads are not HTML; every HTML payload must be caught unsanitised.
    expect(caught.length).toBeGreaterThan(XSS_CORPUS.length - 12)
  })

  for (const format of ['html', 'page', 'wxr', 'eml'] as const) {
    it(`${format}: nothing executable survives`, async () => {
      for (const payload of XSS_CORPUS) {
        const {html, head} = await htmlOf(format, payload)
        expect(executable(parseHtml(html), head), `payload ${JSON.stringify(payload)}`).toEqual([])
        expect(html.toLowerCase()).not.toContain('<script')
      }
    })
  }

  it('md: rendered without a sanitiser, nothing executable survives', async () => {
    for (const payload of XSS_CORPUS) {
      const md = (await outputs(payload)).md as string
      const render = unified().use(remarkParse).use(remarkGfm).use(remarkRehype, {allowDangerousHtml: true}).use(rehypeRaw)
      const hast = (await render.run(render.parse(md))) as unknown as Root
      expect(executable(hast), `payload ${JSON.stringify(payload)}\n${md}`).toEqual([])
    }
  })

  it('txt: markup that was HTML in the draft leaves no tag behind', async () => {
    for (const payload of XSS_CORPUS) {
      const {html, txt} = (await outputs(payload)) as Record<string, string>
      // A payload the Markdown parser read as text (the HTML export escaped its "<") stays text;
      // one it read as HTML must not leave a tag in the plain text.
      if (!html.includes('&#x3C;')) expect(txt, `payload ${JSON.stringify(payload)}`).not.toMatch(/<\s*[a-z!/]/i)
      expect(txt).not.toMatch(/alert\(1\)<\/script>/i)
    }
  })

  it('safe links and text around payloads are kept', async () => {
    const {html} = await outputs('<a href="https://ok.invalid" onclick="alert(1)">lien</a>')
    expect(html).toContain('<a href="https://ok.invalid">lien</a>')
    expect(html).toContain('Avant.')
    expect(html).toContain('Après.')
  })
})
