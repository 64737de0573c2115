// Export metadata: front matter keys (French first, English aliases) merged with CLI/app overrides.
// Pure: no `node:*`, no DOM.
import {parseFrontmatter} from '../frontmatter.js'

export type ExportLang = 'fr' | 'en'

/** What every export needs to know about the draft besides its body. */
export interface ExportMeta {
  title?: string
  author?: string
  /** Publication date as written by the author, normalised to `YYYY-MM-DD` when it is a date. */
  date?: string
  subject?: string
  to: string[]
  from?: string
  categories: string[]
  tags: string[]
  agency?: string
  financer?: string
  lang: ExportLang
}

/** Options given by the CLI (`--title` …) or the app's dialog; they override the front matter. */
export interface MetaOverrides {
  title?: string
  author?: string
  date?: string
  subject?: string
  to?: string | string[]
  from?: string
  /** Language when the front matter has no `lang:` — pass LintResult.language (detected). */
  defaultLang?: ExportLang
}

/** French key first, then its English aliases. */
export const FRONT_MATTER_KEYS = {
  title: ['titre', 'title'],
  author: ['auteur', 'autrice', 'author'],
  date: ['date'],
  subject: ['objet', 'subject'],
  to: ['destinataires', 'destinataire', 'to'],
  from: ['expediteur', 'expéditeur', 'from'],
  categories: ['categories', 'catégories', 'category'],
  tags: ['etiquettes', 'étiquettes', 'tags'],
  agency: ['agence', 'agency'],
  financer: ['financeur', 'financer', 'lessor'],
  lang: ['langue', 'lang', 'language']
} as const

export class ExportInputError extends Error {
  constructor(
    message: string,
    /** Which field is wrong, e.g. `subject`. */
    readonly field?: string
  ) {
    super(message)
    this.name = 'ExportInputError'
  }
}

export interface SplitDraft {
  /** Parsed YAML front matter, `{}` when absent. */
  data: Record<string, unknown>
  /** The Markdown after the front matter block. */
  body: string
  /** Offset in the original text where `body` starts. */
  bodyOffset: number
  error?: string
}

/**
 * Splits the YAML front matter from the Markdown body with the engine's own parser
 * (src/core/frontmatter.ts), so lint and export agree on where the body starts. Never throws.
 */
export function splitFrontMatter(text: string): SplitDraft {
  const fm = parseFrontmatter(text)
  const bodyOffset = fm.end === 0 && text.startsWith('\uFEFF') ? 1 : fm.end
  return {data: fm.data, body: text.slice(bodyOffset), bodyOffset, ...(fm.error ? {error: fm.error} : {})}
}

function pick(data: Record<string, unknown>, keys: readonly string[]): unknown {
  for (const key of keys) {
    if (data[key] !== undefined && data[key] !== null) return data[key]
  }
  // Keys are matched case-insensitively as a courtesy (`Titre:`).
  const lower = new Map(Object.keys(data).map((k) => [k.toLowerCase(), k]))
  for (const key of keys) {
    const real = lower.get(key)
    if (real !== undefined && data[real] !== undefined && data[real] !== null) return data[real]
  }
  return undefined
}

function asString(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined
  if (value instanceof Date) return isoDay(value)
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim()
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return undefined
}

function asList(value: unknown): string[] {
  if (value === undefined || value === null) return []
  if (Array.isArray(value)) return value.map(asString).filter((v): v is string => v !== undefined)
  const s = asString(value)
  if (s === undefined) return []
  // `categories: Témoignage, Leasing` is a common hand-written form.
  return s
    .split(/[,;]/)
    .map((v) => v.trim())
    .filter(Boolean)
}

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10)
}

/** `2024-03-12`, `2024-03-12T10:00`, `12/03/2024` → `2024-03-12`; anything else is kept as written. */
export function normaliseDate(value: string): string {
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(value)
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`
  const fr = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(value)
  if (fr) return `${fr[3]}-${fr[2]!.padStart(2, '0')}-${fr[1]!.padStart(2, '0')}`
  return value
}

/** Parses `YYYY-MM-DD` into its parts, or undefined when it is not a real calendar date. */
export function parseDay(value: string | undefined): {year: number; month: number; day: number} | undefined {
  if (!value) return undefined
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!m) return undefined
  const year = Number(m[1])
  const month = Number(m[2])
  const day = Number(m[3])
  const d = new Date(Date.UTC(year, month - 1, day))
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined
  return {year, month, day}
}

/** Collects the export metadata from front matter and overrides (overrides win). */
export function resolveMeta(data: Record<string, unknown>, overrides: MetaOverrides = {}): ExportMeta {
  const str = (field: keyof typeof FRONT_MATTER_KEYS) => asString(pick(data, FRONT_MATTER_KEYS[field]))
  const overrideTo = overrides.to === undefined ? undefined : asList(overrides.to)
  const rawDate = asString(overrides.date) ?? str('date')
  const declared = asString(pick(data, FRONT_MATTER_KEYS.lang))
  const lang: ExportLang = declared === undefined ? (overrides.defaultLang ?? 'fr') : declared.toLowerCase().startsWith('en') ? 'en' : 'fr'
  return {
    title: asString(overrides.title) ?? str('title'),
    author: asString(overrides.author) ?? str('author'),
    date: rawDate === undefined ? undefined : normaliseDate(rawDate),
    subject: asString(overrides.subject) ?? str('subject'),
    to: overrideTo ?? asList(pick(data, FRONT_MATTER_KEYS.to)),
    from: asString(overrides.from) ?? str('from'),
    categories: asList(pick(data, FRONT_MATTER_KEYS.categories)),
    tags: asList(pick(data, FRONT_MATTER_KEYS.tags)),
    agency: str('agency'),
    financer: str('financer'),
    lang
  }
}

const HEADER_FIELDS: Array<[keyof ExportMeta, string]> = [
  ['title', 'titre / title'],
  ['author', 'auteur / author'],
  ['subject', 'objet / subject'],
  ['from', 'expediteur / from'],
  ['to', 'destinataires / to'],
  ['date', 'date']
]

/**
 * Header-like values (they end up in e-mail headers, `<title>`, WXR elements) must be one line:
 * a CR or LF there is how header injection starts. Throws an ExportInputError naming the field.
 */
export function assertSingleLineFields(meta: ExportMeta): void {
  for (const [field, label] of HEADER_FIELDS) {
    const value = meta[field]
    const values = Array.isArray(value) ? value : value === undefined ? [] : [String(value)]
    for (const v of values) {
      if (/[\r\n\u2028\u2029\u0085]/.test(v)) {
        throw new ExportInputError(
          `saut de ligne interdit dans « ${label} » (CR ou LF dans un en-tête) / line break not allowed in header value "${field}"`,
          field
        )
      }
      // eslint-disable-next-line no-control-regex
      if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(v)) {
        throw new ExportInputError(
          `caractère de contrôle interdit dans « ${label} » / control character not allowed in header value "${field}"`,
          field
        )
      }
    }
  }
}

const MONTHS = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
}

/** `2024-03-12` → « 12 mars 2024 » / "12 March 2024"; other strings are returned unchanged. */
export function formatDay(value: string, lang: ExportLang): string {
  const d = parseDay(value)
  if (!d) return value
  const day = lang === 'fr' && d.day === 1 ? '1er' : String(d.day)
  return `${day} ${MONTHS[lang][d.month - 1]} ${d.year}`
}

/** Lower-case ASCII slug for file names, WXR `post_name` and term nicenames. */
export function slugify(value: string): string {
  const slug = value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '')
  return slug || 'temoignage'
}

/**
 * French typography for Témoin's own strings: narrow no-break space (U+202F) before ; ! ?,
 * no-break space (U+00A0) before : and inside « ». Apply to templates, not to quoted user text.
 */
export function frTypo(text: string): string {
  return text
    .replace(/ ([;!?])/g, '\u202f$1')
    .replace(/ :(?=\s|$)/g, '\u00a0:')
    .replace(/« /g, '«\u00a0')
    .replace(/ »/g, '\u00a0»')
}
