// `wxr`: WordPress eXtended RSS 1.2, one draft post, for Outils → Importer → WordPress.
// Elements follow what wordpress-importer's WXR_Parser_SimpleXML reads: /rss/channel/wp:wxr_version
// (required, `\d+.\d+`), wp:base_site_url, wp:author (login ↔ dc:creator for author mapping),
// wp:category / wp:tag, and per item title, guid, dc:creator, content:encoded, excerpt:encoded,
// wp:post_id, post_date, post_date_gmt, comment_status, ping_status, post_name, status, post_parent,
// menu_order, post_type (an unknown or empty type is refused), post_password, is_sticky, and
// <category domain nicename> (terms without `nicename` are ignored). No DOCTYPE (the importer rejects it).
import {bodyHast, type PreparedDraft} from './document.js'
import {hastToHtml} from './html.js'
import {parseDay, slugify} from './meta.js'

export const WXR_NAMESPACES = {
  excerpt: 'http://wordpress.org/export/1.2/excerpt/',
  content: 'http://purl.org/rss/1.0/modules/content/',
  wfw: 'http://wellformedweb.org/CommentAPI/',
  dc: 'http://purl.org/dc/elements/1.1/',
  wp: 'http://wordpress.org/export/1.2/'
} as const

export interface WxrOptions {
  /** Written to wp:base_site_url / wp:base_blog_url; the importer only uses it to rewrite URLs. */
  siteUrl?: string
  /** Export clock (channel pubDate). */
  now?: Date
  /** Comments on the imported post (default closed: the publisher answers for comments too). */
  commentStatus?: 'open' | 'closed'
}

// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g

/** Escapes text for XML element content or attribute values, dropping characters XML 1.0 forbids. */
export function xmlEscape(value: string): string {
  return value
    .replace(XML_INVALID, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

/** A CDATA section; `]]>` inside is split across two sections so it cannot close it early. */
export function cdata(value: string): string {
  return `<![CDATA[${value.replace(XML_INVALID, '').replace(/]]>/g, ']]]]><![CDATA[>')}]]>`
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

function rfc822(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0')
  return `${DAYS[d.getUTCDay()]}, ${p(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`
}

/** WordPress login for dc:creator / wp:author_login (the importer maps it to a user). */
export function authorLogin(author: string | undefined): string {
  return author ? slugify(author).slice(0, 60) : 'temoin'
}

export function renderWxr(draft: PreparedDraft, options: WxrOptions = {}): string {
  const {meta} = draft
  const siteUrl = options.siteUrl ?? 'https://temoin.invalid'
  const now = options.now ?? new Date()
  const day = parseDay(meta.date)
  // The draft gives a day, not a time: 09:00 (site time) is a neutral default the author can change.
  const postDate = day
    ? `${day.year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')} 09:00:00`
    : now.toISOString().slice(0, 19).replace('T', ' ')
  const title = meta.title ?? (meta.lang === 'fr' ? 'Témoignage' : 'Testimony')
  const slug = slugify(title)
  const login = authorLogin(meta.author)
  const [first, ...rest] = (meta.author ?? '').split(/\s+/).filter(Boolean)
  // Title heading dropped: WordPress shows the post title itself.
  const content = hastToHtml(bodyHast(draft, {dropTitleHeading: true, signature: true})).trim()
  const categories = meta.categories.map((name) => ({name, slug: slugify(name)}))
  const tags = meta.tags.map((name) => ({name, slug: slugify(name)}))
  const comment = options.commentStatus ?? 'closed'
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!-- Généré par Témoin : article en brouillon, à importer avec Outils → Importer → WordPress. -->',
    `<rss version="2.0"${Object.entries(WXR_NAMESPACES).map(([p, uri]) => ` xmlns:${p}="${uri}"`).join('')}>`,
    '<channel>',
    `\t<title>${xmlEscape(title)}</title>`,
    `\t<link>${xmlEscape(siteUrl)}</link>`,
    '\t<description></description>',
    `\t<pubDate>${rfc822(now)}</pubDate>`,
    `\t<language>${meta.lang === 'fr' ? 'fr-FR' : 'en-GB'}</language>`,
    '\t<wp:wxr_version>1.2</wp:wxr_version>',
    `\t<wp:base_site_url>${xmlEscape(siteUrl)}</wp:base_site_url>`,
    `\t<wp:base_blog_url>${xmlEscape(siteUrl)}</wp:base_blog_url>`,
    '\t<wp:author>',
    '\t\t<wp:author_id>1</wp:author_id>',
    `\t\t<wp:author_login>${cdata(login)}</wp:author_login>`,
    '\t\t<wp:author_email></wp:author_email>',
    `\t\t<wp:author_display_name>${cdata(meta.author ?? '')}</wp:author_display_name>`,
    `\t\t<wp:author_first_name>${cdata(first ?? '')}</wp:author_first_name>`,
    `\t\t<wp:author_last_name>${cdata(rest.join(' '))}</wp:author_last_name>`,
    '\t</wp:author>',
    ...categories.flatMap((c, i) => [
      '\t<wp:category>',
      `\t\t<wp:term_id>${i + 1}</wp:term_id>`,
      `\t\t<wp:category_nicename>${cdata(c.slug)}</wp:category_nicename>`,
      '\t\t<wp:category_parent></wp:category_parent>',
      `\t\t<wp:cat_name>${cdata(c.name)}</wp:cat_name>`,
      '\t</wp:category>'
    ]),
    ...tags.flatMap((t, i) => [
      '\t<wp:tag>',
      `\t\t<wp:term_id>${categories.length + i + 1}</wp:term_id>`,
      `\t\t<wp:tag_slug>${cdata(t.slug)}</wp:tag_slug>`,
      `\t\t<wp:tag_name>${cdata(t.name)}</wp:tag_name>`,
      '\t</wp:tag>'
    ]),
    '\t<item>',
    `\t\t<title>${cdata(title)}</title>`,
    `\t\t<link>${xmlEscape(`${siteUrl}/?p=1`)}</link>`,
    `\t\t<pubDate>${day ? rfc822(new Date(Date.UTC(day.year, day.month - 1, day.day, 9))) : rfc822(now)}</pubDate>`,
    `\t\t<dc:creator>${cdata(login)}</dc:creator>`,
    `\t\t<guid isPermaLink="false">${xmlEscape(`tag:temoin.invalid,${meta.date}:${slug}`)}</guid>`,
    '\t\t<description></description>',
    `\t\t<content:encoded>${cdata(content)}</content:encoded>`,
    '\t\t<excerpt:encoded><![CDATA[]]></excerpt:encoded>',
    '\t\t<wp:post_id>1</wp:post_id>',
    `\t\t<wp:post_date>${cdata(postDate)}</wp:post_date>`,
    // WordPress exports drafts with a zero GMT date: it is set when the post is published.
    '\t\t<wp:post_date_gmt><![CDATA[0000-00-00 00:00:00]]></wp:post_date_gmt>',
    `\t\t<wp:comment_status>${cdata(comment)}</wp:comment_status>`,
    `\t\t<wp:ping_status>${cdata('closed')}</wp:ping_status>`,
    `\t\t<wp:post_name>${cdata(slug)}</wp:post_name>`,
    `\t\t<wp:status>${cdata('draft')}</wp:status>`,
    '\t\t<wp:post_parent>0</wp:post_parent>',
    '\t\t<wp:menu_order>0</wp:menu_order>',
    `\t\t<wp:post_type>${cdata('post')}</wp:post_type>`,
    `\t\t<wp:post_password>${cdata('')}</wp:post_password>`,
    '\t\t<wp:is_sticky>0</wp:is_sticky>',
    ...categories.map((c) => `\t\t<category domain="category" nicename="${xmlEscape(c.slug)}">${cdata(c.name)}</category>`),
    ...tags.map((t) => `\t\t<category domain="post_tag" nicename="${xmlEscape(t.slug)}">${cdata(t.name)}</category>`),
    '\t</item>',
    '</channel>',
    '</rss>'
  ]
  return lines.join('\n') + '\n'
}
