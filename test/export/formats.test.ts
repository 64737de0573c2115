// Golden-file tests per format on the committed sample testimony (invented names).
import {describe, expect, it} from 'vitest'
import {exportDraft, EXPORT_FORMATS, suggestedFileName, prepareDraft} from '../../src/core/export/index.js'
import {nodemailerComposer} from '../../src/cli/export.js'
import {expectGolden, normaliseMime, NOW, SAMPLE} from './helpers.js'

const decode = (c: string | Uint8Array) => (typeof c === 'string' ? c : new TextDecoder().decode(c))

describe('golden files on the sample testimony', () => {
  for (const format of EXPORT_FORMATS) {
    it(`${format} matches its golden file`, async () => {
      const out = await exportDraft(SAMPLE, format, {now: NOW, composer: nodemailerComposer})
      const text = decode(out.content)
      const ext = {html: 'fragment.html', page: 'page.html', wxr: 'wxr.xml', eml: 'eml', txt: 'txt', md: 'md'}[format]
      expectGolden(`temoignage.${ext}`, format === 'eml' ? normaliseMime(text) : text)
    })
  }
})

describe('every export', () => {
  for (const format of EXPORT_FORMATS) {
    it(`${format}: no front matter, no Témoin comment, keeps author and date`, async () => {
      const out = await exportDraft(SAMPLE, format, {now: NOW, composer: nodemailerComposer})
      let text = decode(out.content)
      if (format === 'eml') {
        const {simpleParser} = await import('mailparser')
        const mail = await simpleParser(Buffer.from(out.content as Uint8Array))
        text = `${mail.text}\n${mail.html}`
      }
      expect(text).not.toMatch(/temoin ignore|<!--\s*temoin/)
      expect(text).not.toContain('etiquettes:')
      expect(text).not.toContain('financeur:')
      expect(text).not.toContain('phrase du jugement cité') // the ignore comment's justification
      expect(text).toContain('Camille Exemplaire')
      expect(text).toMatch(/12 mars 2024|2024-03-12/)
    })
  }

  it('html: headings, lists, quotes, links, GFM footnotes, no inline style', async () => {
    const {content} = await exportDraft(SAMPLE, 'html', {now: NOW})
    const html = content as string
    for (const tag of ['<h1>', '<h2>', '<ol>', '<ul>', '<li>', '<blockquote>', '<table>', '<strong>', '<em>'])
      expect(html).toContain(tag)
    expect(html).toContain('<a href="https://www.service-public.fr/professionnels-entreprises">')
    expect(html).toMatch(/<sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref/)
    expect(html).toMatch(/<li id="user-content-fn-1">/)
    expect(html).not.toMatch(/style=|<style/)
    expect(html).not.toMatch(/<html|<body|<head/)
  })

  it('page: standalone, title, author, date, stylesheet allowed by the CSP hash', async () => {
    const {content} = await exportDraft(SAMPLE, 'page', {now: NOW})
    const html = content as string
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(html).toContain('<title>Mon site vitrine en location\u00a0: ce que j\'ai vécu — Camille Exemplaire</title>')
    expect(html).toContain('<time datetime="2024-03-12">12 mars 2024</time>')
    const {createHash} = await import('node:crypto')
    const css = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!
    const hash = createHash('sha256').update(css).digest('base64')
    expect(html).toContain(`style-src &#x27;sha256-${hash}&#x27;`)
    expect(html).toMatch(/default-src &#x27;none&#x27;/)
    // The title heading is in the header only, not repeated in the article.
    expect(html.match(/<h1>/g)).toHaveLength(1)
  })

  it('txt: lines wrapped at 72, numbered and bulleted lists, links written out', async () => {
    const {content} = await exportDraft(SAMPLE, 'txt', {now: NOW})
    const text = content as string
    for (const line of text.split('\n')) expect([...line].length).toBeLessThanOrEqual(72)
    expect(text).toMatch(/^1\. Le 4 février 2022/m)
    expect(text).toMatch(/^- Le contrat était signé/m)
    expect(text).toMatch(/^ {3}\S/m) // list continuation lines are indented under the text
    expect(text).toContain('(https://www.economie.gouv.fr/dgccrf)')
    expect(text).toContain('[1] Le courrier indiquait')
    expect(text).not.toMatch(/<[a-z]/)
  })

  it('md: front matter gone, no raw HTML, title and footnote kept', async () => {
    const {content} = await exportDraft(SAMPLE, 'md', {now: NOW})
    const md = content as string
    expect(md.startsWith('# Mon site vitrine')).toBe(true)
    expect(md).not.toMatch(/^---$/m)
    expect(md).not.toContain('<!--')
    expect(md).toContain('[^1]: Le courrier')
  })

  it('CLI-style overrides win over the front matter', () => {
    const draft = prepareDraft(SAMPLE, {title: 'Autre titre', author: 'Dominique Autre', subject: 'Objet remplacé', to: 'a@b.invalid', now: NOW})
    expect(draft.meta).toMatchObject({title: 'Autre titre', author: 'Dominique Autre', subject: 'Objet remplacé', to: ['a@b.invalid']})
    expect(draft.signature).toBe('Dominique Autre, le 12 mars 2024')
  })

  it('English aliases and English dates', async () => {
    const draft = prepareDraft('---\ntitle: My story\nauthor: Sam Example\ndate: 2024-06-01\nlang: en\ntags: [a, b]\n---\n\nText.\n')
    expect(draft.meta).toMatchObject({title: 'My story', author: 'Sam Example', tags: ['a', 'b'], lang: 'en'})
    const {content} = await exportDraft('---\ntitle: My story\nauthor: Sam Example\ndate: 2024-06-01\nlang: en\n---\n\nText.\n', 'txt')
    expect(content).toContain('— Sam Example, 1 June 2024')
  })

  it('a draft without date is signed with the export day', async () => {
    const {content} = await exportDraft('---\nauteur: Lou Exemple\n---\n\nTexte.\n', 'txt', {now: NOW})
    expect(content).toContain('— Lou Exemple, le 15 janvier 2026')
  })

  it('suggests file names from the title, one per format', () => {
    const draft = prepareDraft(SAMPLE)
    expect(suggestedFileName(draft, 'pdf')).toBe('mon-site-vitrine-en-location-ce-que-j-ai-vecu.pdf')
    expect(new Set(EXPORT_FORMATS.map((f) => suggestedFileName(draft, f))).size).toBe(EXPORT_FORMATS.length)
  })
})
