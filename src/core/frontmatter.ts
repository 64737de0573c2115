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
