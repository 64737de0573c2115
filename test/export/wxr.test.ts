// The WXR file, parsed with a real XML parser and checked against what wordpress-importer's
// WXR_Parser_SimpleXML reads (src/class-wxr-parser-simplexml.php in WordPress/wordpress-importer).
import {XMLParser, XMLValidator} from 'fast-xml-parser'
import {describe, expect, it} from 'vitest'
import {exportDraft} from '../../src/core/export/index.js'
import {NOW, SAMPLE} from './helpers.js'

const parser = new XMLParser({ignoreAttributes: false, attributeNamePrefix: '@', cdataPropName: false, parseTagValue: false, isArray: (name) => ['item', 'category', 'wp:category', 'wp:tag', 'wp:author'].includes(name)})

async function wxr(text: string): Promise<string> {
  return (await exportDraft(text, 'wxr', {now: NOW})).content as string
}

describe('wxr', () => {
  it('is well-formed XML without DOCTYPE (the importer refuses one)', async () => {
    const xml = await wxr(SAMPLE)
    expect(XMLValidator.validate(xml)).toBe(true)
    expect(xml).not.toMatch(/<!DOCTYPE/i)
  })

  it('has every element the importer reads, with the right values', async () => {
    const doc = parser.parse(await wxr(SAMPLE))
    const channel = doc.rss.channel
    // Namespaces the importer looks children up by.
    expect(doc.rss['@xmlns:wp']).toBe('http://wordpress.org/export/1.2/')
    expect(doc.rss['@xmlns:content']).toBe('http://purl.org/rss/1.0/modules/content/')
    expect(doc.rss['@xmlns:dc']).toBe('http://purl.org/dc/elements/1.1/')
    expect(doc.rss['@xmlns:excerpt']).toBe('http://wordpress.org/export/1.2/excerpt/')
    expect(channel['wp:wxr_version']).toMatch(/^\d+\.\d+$/)
    expect(channel['wp:base_site_url']).toBeTruthy()

    const [author] = channel['wp:author']
    expect(author['wp:author_login']).toBe('camille-exemplaire')
    expect(author['wp:author_display_name']).toBe('Camille Exemplaire')

    expect(channel['wp:category'].map((c: Record<string, string>) => [c['wp:category_nicename'], c['wp:cat_name']])).toEqual([
      ['temoignages', 'Témoignages'],
      ['location-financiere', 'Location financière']
    ])
    expect(channel['wp:tag'].map((t: Record<string, string>) => t['wp:tag_name'])).toEqual(['site web', 'leasing', 'TPE'])

    const [item] = channel.item
    expect(item.title).toBe("Mon site vitrine en location\u00a0: ce que j'ai vécu")
    expect(item.guid['#text']).toMatch(/^tag:/)
    // dc:creator must equal a wp:author_login for the importer's author mapping.
    expect(item['dc:creator']).toBe(author['wp:author_login'])
    expect(item['content:encoded']).toContain('<h2>Les faits</h2>')
    expect(item['content:encoded']).toContain('— Camille Exemplaire, le 12 mars 2024')
    expect(item['content:encoded']).not.toContain('<h1>') // WordPress shows the title itself
    expect(item['excerpt:encoded']).toBe('')
    expect(Number(item['wp:post_id'])).toBeGreaterThan(0)
    expect(item['wp:post_date']).toBe('2024-03-12 09:00:00')
    expect(item['wp:post_date_gmt']).toBe('0000-00-00 00:00:00')
    expect(item['wp:status']).toBe('draft')
    expect(item['wp:post_type']).toBe('post')
    expect(item['wp:post_name']).toBe('mon-site-vitrine-en-location-ce-que-j-ai-vecu')
    for (const key of ['wp:comment_status', 'wp:ping_status', 'wp:post_parent', 'wp:menu_order', 'wp:post_password', 'wp:is_sticky'])
      expect(item).toHaveProperty([key])
    // Terms: the importer keeps only <category> elements that have a nicename.
    const terms = item.category.map((c: Record<string, string>) => [c['@domain'], c['@nicename'], c['#text']])
    expect(terms).toEqual([
      ['category', 'temoignages', 'Témoignages'],
      ['category', 'location-financiere', 'Location financière'],
      ['post_tag', 'site-web', 'site web'],
      ['post_tag', 'leasing', 'leasing'],
      ['post_tag', 'tpe', 'TPE']
    ])
  })

  it('keeps content intact when it contains "]]>" and XML specials', async () => {
    const xml = await wxr('---\ntitre: "A & B < C ]]> D"\nauteur: Lou Exemple\n---\n\nCode : `x]]>y` & <b>gras</b>\n')
    expect(XMLValidator.validate(xml)).toBe(true)
    const item = parser.parse(xml).rss.channel.item[0]
    expect(item.title).toBe('A & B < C ]]> D')
    // The CDATA section was split around "]]>", so the parsed content is the original HTML.
    expect(item['content:encoded']).toContain('<code>x]]>y</code>')
    expect(item['content:encoded']).toContain('<b>gras</b>')
  })

  it('strips characters XML 1.0 forbids', async () => {
    const xml = await wxr('---\ntitre: Titre\n---\n\nTexte \u0007 ici \u0001.\n')
    expect(XMLValidator.validate(xml)).toBe(true)
    expect(xml).not.toMatch(/[\u0001\u0007]/)
    // In a header-like value a control character is an input error, not silently dropped.
    await expect(wxr('---\ntitre: "T\\u0001itre"\n---\n\nTexte.\n')).rejects.toThrow(/caractère de contrôle/)
  })
})
