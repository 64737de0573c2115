// YAML front matter (`---` … `---` at the very start). Parsed leniently: a broken block is reported,
// never thrown, and still kept out of the prose.
import YAML from 'yaml'

export interface Frontmatter {
  data: Record<string, unknown>
  /** Offset just after the closing fence's line (0 when there is no front matter). */
  end: number
  /** Number of lines the block takes (0 when none). */
  lines: number
  error?: string
}

const open = /^(?:\uFEFF)?---[ \t]*\r?\n/

export function parseFrontmatter(text: string): Frontmatter {
  const opening = open.exec(text)
  if (!opening) return {data: {}, end: 0, lines: 0}
  const close = /^(?:---|\.\.\.)[ \t]*$/m
  const rest = text.slice(opening[0].length)
  const closing = close.exec(rest)
  if (!closing) return {data: {}, end: 0, lines: 0}
  const body = rest.slice(0, closing.index)
  let end = opening[0].length + closing.index + closing[0].length
  if (text.charAt(end) === '\r') end++
  if (text.charAt(end) === '\n') end++
  const lines = countLines(text.slice(0, end))
  const simple = simpleYaml(body)
  if (simple) return {data: simple, end, lines}
  try {
    const data = YAML.parse(body, {uniqueKeys: false})
    if (data === null || data === undefined) return {data: {}, end, lines}
    if (typeof data !== 'object' || Array.isArray(data)) {
      return {data: {}, end, lines, error: 'le bloc d’en-tête (front matter) doit être une table de clés'}
    }
    return {data: data as Record<string, unknown>, end, lines}
  } catch (error) {
    return {data: {}, end, lines, error: `en-tête YAML illisible : ${(error as Error).message.split('\n')[0]}`}
  }
}

// Most front matter is a few `key: plain text` lines (titre, auteur, date, lang): those are read
// directly, as YAML would read them (strings); anything else (quotes, numbers, booleans, dates
// YAML could type, lists, comments, anchors, duplicate keys…) goes to the yaml package.
// test/frontmatter.test.ts compares both on generated blocks.
const simpleLine = /^([A-Za-z\u00C0-\u024F][A-Za-z0-9_\u00C0-\u024F-]*):[ ]+([A-Za-z\u00C0-\u024F][^\n]*)$/
const unsafeValue = /[:#'"&*!|>%@`{}[\],?\\\t\r]|\s$/
const typedValue = /^(?:true|false|yes|no|on|off|null|y|n)$/i

export function simpleYaml(body: string): Record<string, unknown> | undefined {
  if (body.length === 0 || body.length > 2000) return undefined
  const data: Record<string, unknown> = {}
  const lines = body.endsWith('\n') ? body.slice(0, -1).split('\n') : body.split('\n')
  for (const line of lines) {
    const match = simpleLine.exec(line)
    if (!match) return undefined
    const [, key, value] = match
    if (unsafeValue.test(value) || typedValue.test(value) || typedValue.test(key) || Object.hasOwn(data, key) || key === '__proto__') return undefined
    data[key] = value
  }
  return data
}

function countLines(value: string): number {
  let count = 0
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) === 10) count++
  return count
}

/** First string value among keys (French first, then English aliases). */
export function frontmatterString(data: Record<string, unknown>, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const value = data[key]
    if (typeof value === 'string' && value.trim()) return value.trim()
    if (typeof value === 'number') return String(value)
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10)
  }
  return undefined
}
