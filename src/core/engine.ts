// The Témoin engine: Markdown → chunks → prose (mdast → nlcst, per-chunk language) → rules →
// control comments, allowed phrases, severities → a LintResult.
//
// Chunks are cut at blank lines (chunks.ts); each chunk's analysis is a pure function of its text,
// its language and the settings, and is cached: after a one-character edit only the edited chunk is
// parsed again, and the result is identical to a full lint by construction.
import type {Html, Nodes as MdastNodes, Root as MdastRoot, TableCell} from 'mdast'
import {toNlcst} from './to-nlcst.js'
import type {Root as NlcstRoot} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import {ParseLatin} from 'parse-latin'
import {VFile} from 'vfile'
import {runRule, type Finding, type Rule} from '../../lint-rules/support/define-rule.js'
import {fold} from '../../lint-rules/support/text.js'
import {countWords} from '../../lint-rules/support/chars.js'
import {splitChunks, type Chunk} from './chunks.js'
import {parseControl} from './control.js'
import {parseFrontmatter, type Frontmatter} from './frontmatter.js'
import {isPathological, lineIndex, parseMarkdown} from './markdown.js'
import {detectLanguage, toLang} from './language.js'
import {createEquality, type EqualityOptions, type EqualityTransform, type MessageSink} from './equality.js'
import {normalizeSettings, type NormalizedSettings} from './settings.js'
import type {
  ControlComment,
  IgnoredMessage,
  Lang,
  LintOptions,
  LintResult,
  LintSettings,
  Place,
  Severity,
  TemoinMessage
} from './types.js'

// Two copies of @types/nlcst meet here (parse-english pins its own): the runtime shapes are the same.
const parsers = {fr: new ParseLatin(), en: new ParseEnglish()} as unknown as Record<Lang, ParseLatin>
// mdast nodes that are not prose. Tables are always skipped by mdast-util-to-nlcst.
const ignoreTypes = ['code', 'html', 'yaml', 'toml', 'definition', 'image', 'imageReference', 'temoinUrl', 'footnoteDefinition']
const sourceTypes = ['inlineCode']

/** What a chunk is, whatever the settings: its Markdown structure and prose. */
interface ChunkShape {
  mdast?: MdastRoot
  /** Top-level blocks: [start, end) relative offsets, without the control comments. */
  blocks: Array<[number, number]>
  controls: Array<{control: ReturnType<typeof parseControl>; start: number; end: number; inline: boolean; blockEnd: number}>
  prose: string
  /** Detected language (computed on first use: detection is skipped when the language is set). */
  guess(): Lang | undefined
  words: number
  lineStarts: number[]
  /** GFM table cells (linted as paragraphs of their own). */
  tableCells: TableCell[]
}

/** What the rules found in a chunk for one language and settings (relative offsets). */
interface ChunkFindings {
  findings: Array<Finding & {source: string; url?: string}>
}

export interface EngineRules {
  rules: Rule[]
}

export interface Linter {
  lint(text: string): LintResult
  setSettings(settings: LintSettings): void
  setOptions(options: LintOptions): void
  /** Number of chunks analysed (not served from the cache) by the last lint: for tests and benches. */
  readonly lastMisses: number
}

export function createEngine(registry: EngineRules) {
  const ruleById = new Map(registry.rules.map((rule) => [rule.id, rule]))

  function createLinter(initialSettings: LintSettings = {}, initialOptions: LintOptions = {}): Linter {
    let settings = normalizeSettings(initialSettings, ruleById)
    let options = initialOptions
    const shapes = new Map<string, {value: ChunkShape; used: number}>()
    const findings = new Map<string, {value: ChunkFindings; used: number}>()
    let generation = 0
    let misses = 0

    function shapeOf(text: string): ChunkShape {
      const hit = shapes.get(text)
      if (hit) {
        hit.used = generation
        return hit.value
      }
      const value = analyseShape(text)
      shapes.set(text, {value, used: generation})
      return value
    }

    function findingsOf(text: string, shape: ChunkShape, lang: Lang, frontmatter: Frontmatter, fmKey: string): ChunkFindings {
      const key = lang + '\u0000' + fmKey + '\u0000' + text
      const hit = findings.get(key)
      if (hit) {
        hit.used = generation
        return hit.value
      }
      misses++
      const value = runRules(text, shape, lang, settings, options, frontmatter.data, registry.rules)
      findings.set(key, {value, used: generation})
      return value
    }

    function evict() {
      for (const cache of [shapes, findings] as Array<Map<string, {used: number}>>) {
        if (cache.size < 4096) continue
        for (const [key, entry] of cache) if (entry.used !== generation) cache.delete(key)
      }
    }

    return {
      get lastMisses() {
        return misses
      },
      setSettings(next) {
        settings = normalizeSettings(next, ruleById)
        findings.clear()
      },
      setOptions(next) {
        options = next
        findings.clear()
      },
      lint(input) {
        generation++
        misses = 0
        try {
          const text = typeof input === 'string' ? input : String(input ?? '')
          return assemble(text)
        } catch (error) {
          // Never throw on any text: report the failure itself.
          return failure(String(input ?? ''), error as Error)
        } finally {
          evict()
        }
      }
    }

    function assemble(text: string): LintResult {
      const frontmatter = parseFrontmatter(text)
      const chunks = splitChunks(text, frontmatter.end, frontmatter.lines + 1)
      const fmKey = settings.usesFrontmatter ? JSON.stringify(frontmatter.data) : ''
      const shaped = chunks.map((chunk) => ({chunk, shape: shapeOf(chunk.text)}))

      // Document language: settings, then front matter, then the detected majority.
      const forced = settings.language !== 'auto' ? settings.language : toLang(frontmatter.data.lang ?? frontmatter.data.langue ?? frontmatter.data.language)
      let language: Lang = forced ?? 'fr'
      if (!forced) {
        let fr = 0
        let en = 0
        for (const {shape} of shaped) {
          const guess = shape.guess()
          if (guess === 'fr') fr += shape.prose.length
          else if (guess === 'en') en += shape.prose.length
        }
        language = en > fr ? 'en' : 'fr'
      }

      const messages: TemoinMessage[] = []
      const configMessages: TemoinMessage[] = settings.problems.map((reason) => configMessage(reason, undefined, language))
      if (frontmatter.error) configMessages.push(configMessage(`En-tête : ${frontmatter.error}`, pointsOf(text, 0, Math.max(0, frontmatter.end - 1)), language))
      const controls: ControlComment[] = []
      const ignores: Array<{start: number; end: number; ruleIds: string[]; justification?: string; place: Place}> = []
      const disables: Array<{at: number; keyword: 'disable' | 'enable'; ruleIds: string[]}> = []
      let words = 0

      for (let index = 0; index < shaped.length; index++) {
        const {chunk, shape} = shaped[index]
        words += shape.words
        const lang = forced ?? shape.guess() ?? language
        const found = findingsOf(chunk.text, shape, lang, frontmatter, fmKey)
        for (const finding of found.findings) {
          const message = toMessage(finding, chunk, shape, lang)
          if (message) messages.push(message)
        }
        for (const entry of shape.controls) {
          const place = placeIn(chunk, shape, entry.start, entry.end)
          const parsed = entry.control
          if (!parsed) continue
          if ('error' in parsed) {
            configMessages.push(configMessage(parsed.error, place, lang))
            continue
          }
          for (const id of parsed.ruleIds) {
            if (!settings.knownIds.has(id)) {
              configMessages.push(configMessage(unknownRule(id, lang), place, lang))
            }
          }
          controls.push({keyword: parsed.keyword, ruleIds: parsed.ruleIds, justification: parsed.justification, place})
          if (parsed.keyword === 'ignore') {
            let start: number
            let end: number
            if (entry.inline) {
              start = chunk.start + entry.end
              end = chunk.start + entry.blockEnd
            } else {
              const next = nextBlock(shaped, index, entry.end)
              start = next ? next[0] : text.length
              end = next ? next[1] : text.length
            }
            ignores.push({start, end, ruleIds: parsed.ruleIds, justification: parsed.justification, place})
          } else {
            disables.push({at: chunk.start + entry.end, keyword: parsed.keyword, ruleIds: parsed.ruleIds})
          }
        }
      }

      // Control comments, then allowed phrases.
      const ignored: IgnoredMessage[] = []
      const ranges = disabledRanges(disables, text.length)
      const allowed = allowedRanges(text, settings.allow)
      const kept: TemoinMessage[] = []
      for (const message of messages) {
        const start = message.place.start.offset
        const end = message.place.end.offset
        const ignore = ignores.find((i) => start >= i.start && start < Math.max(i.end, i.start + 1) && (i.ruleIds.length === 0 || i.ruleIds.includes(message.ruleId) || (message.source === 'retext-equality' && i.ruleIds.includes('equality'))))
        if (ignore) {
          ignored.push({message, by: 'comment', justification: ignore.justification, comment: ignore.place})
          continue
        }
        const disabled = ranges.find((r) => start >= r.start && start < r.end && (r.id === '*' || r.id === message.ruleId || (r.id === 'equality' && message.source === 'retext-equality')))
        if (disabled) {
          ignored.push({message, by: 'comment', justification: disabled.justification, comment: undefined})
          continue
        }
        if (allowed.some(([from, to]) => start >= from && end <= to)) {
          ignored.push({message, by: 'allow'})
          continue
        }
        kept.push(message)
      }
      kept.sort(byPlace)
      const counts = {error: 0, warning: 0, info: 0, words}
      for (const message of kept) counts[message.severity]++
      return {messages: kept, ignored, controls, configMessages, language, frontmatter: frontmatter.data, counts}
    }

    function toMessage(finding: ChunkFindings['findings'][number], chunk: Chunk, shape: ChunkShape, lang: Lang): TemoinMessage | undefined {
      const isEquality = finding.source === 'retext-equality'
      const config = isEquality ? settings.equality : settings.rules.get(finding.ruleId)
      if (!config || config.severity === 'off') return undefined
      if ((finding.sureness ?? 1) < settings.sureness) return undefined
      const ignoreList = config.ignore
      if (ignoreList.size > 0) {
        if (finding.entry && ignoreList.has(finding.entry)) return undefined
        if (finding.actual && ignoreList.has(fold(finding.actual))) return undefined
      }
      const place = placeIn(chunk, shape, finding.start, finding.end)
      const severity: Severity = config.severity
      const message: TemoinMessage = {
        ruleId: finding.ruleId,
        source: finding.source,
        reason: finding.reason,
        severity,
        lang,
        line: place.start.line,
        column: place.start.column,
        endLine: place.end.line,
        endColumn: place.end.column,
        place
      }
      if (finding.actual !== undefined) message.actual = finding.actual
      if (finding.expected !== undefined) message.expected = finding.expected
      if (finding.note !== undefined) message.note = finding.note
      if (finding.url !== undefined) message.url = finding.url
      if (severity === 'error') message.fatal = true
      else if (severity === 'warning') message.fatal = false
      return message
    }
  }

  function unknownRule(id: string, lang: Lang): string {
    const known = [...ruleById.keys(), 'equality'].join(', ')
    return lang === 'en'
      ? `Unknown rule “${id}” in a temoin comment (known rules: ${known})`
      : `Règle inconnue « ${id} » dans un commentaire temoin (règles connues : ${known})`
  }

  return {createLinter}
}

function analyseShape(text: string): ChunkShape {
  const lineStarts = [0]
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1)
  let mdast: MdastRoot | undefined
  try {
    mdast = isPathological(text) ? undefined : parseMarkdown(text)
  } catch {
    mdast = undefined
  }
  const blocks: Array<[number, number]> = []
  const controls: ChunkShape['controls'] = []
  const tableCells: TableCell[] = []
  let prose = ''
  if (mdast) {
    for (const node of mdast.children) {
      const start = node.position?.start.offset ?? 0
      const end = node.position?.end.offset ?? start
      if (node.type === 'html' && parseControl(node.value)) {
        controls.push({control: parseControl(node.value), start, end, inline: false, blockEnd: end})
        continue
      }
      blocks.push([start, end])
      collect(node, end)
    }
  } else {
    blocks.push([0, text.length])
    prose = text
  }

  function collect(node: MdastNodes, blockEnd: number): void {
    const stack: MdastNodes[] = [node]
    // Iterative walk: 10 000 nested lists must not overflow the stack.
    while (stack.length > 0) {
      const current = stack.pop() as MdastNodes
      if (current.type === 'html' && current !== node) {
        const parsed = parseControl((current as Html).value)
        if (parsed) {
          const start = current.position?.start.offset ?? 0
          const end = current.position?.end.offset ?? start
          controls.push({control: parsed, start, end, inline: true, blockEnd})
        }
        continue
      }
      if (current.type === 'link' && isAutolinkUrl(current)) {
        ;(current as unknown as {type: string}).type = 'temoinUrl'
        continue
      }
      if (current.type === 'text') {
        prose += current.value + ' '
        continue
      }
      if (current.type === 'tableCell') tableCells.push(current)
      if (ignoreTypes.includes(current.type)) continue
      if ('children' in current) {
        const children = current.children as MdastNodes[]
        for (let i = children.length - 1; i >= 0; i--) stack.push(children[i])
      }
    }
  }

  const words = countWords(prose)
  let guessed: Lang | undefined | null = null
  const guess = () => (guessed === null ? (guessed = detectLanguage(prose)) : guessed)
  return {mdast, blocks, controls, prose, guess, words, lineStarts, tableCells}
}

/**
 * mdast-util-to-nlcst skips tables (it could only glue the cells of a row into one run of words).
 * A testimony's chronology is often a table, so each cell is read as a paragraph of its own and
 * placed among the chunk's paragraphs in document order.
 */
function withTableCells(tree: NlcstRoot, cells: TableCell[], file: VFile, lang: Lang): NlcstRoot {
  const paragraphs: NlcstRoot['children'] = tree.children.filter((child) => child.type === 'ParagraphNode')
  for (const cell of cells) {
    const root = {type: 'root', children: [{type: 'paragraph', children: cell.children, position: cell.position}], position: cell.position} as MdastRoot
    const converted = toNlcst(root, file, parsers[lang], {ignore: ignoreTypes, source: sourceTypes}) as NlcstRoot
    for (const child of converted.children) if (child.type === 'ParagraphNode') paragraphs.push(child)
  }
  paragraphs.sort((a, b) => (a.position?.start.offset ?? 0) - (b.position?.start.offset ?? 0))
  const children: NlcstRoot['children'] = []
  for (const paragraph of paragraphs) {
    if (children.length > 0) children.push({type: 'WhiteSpaceNode', value: '\n\n'})
    children.push(paragraph)
  }
  return {...tree, children}
}

function isAutolinkUrl(node: MdastNodes): boolean {
  if (node.type !== 'link') return false
  const url = node.url
  if (url.startsWith('mailto:')) return false
  const only = node.children.length === 1 && node.children[0].type === 'text' ? node.children[0].value : undefined
  if (only === undefined) return false
  return only === url || url.endsWith(only) || /^(?:https?:\/\/|www\.)/i.test(only)
}

function runRules(
  text: string,
  shape: ChunkShape,
  lang: Lang,
  settings: NormalizedSettings,
  options: LintOptions,
  frontmatter: Record<string, unknown>,
  rules: Rule[]
): ChunkFindings {
  const file = new VFile({value: text})
  let tree: NlcstRoot
  try {
    if (!shape.mdast) throw new Error('no mdast')
    tree = toNlcst(shape.mdast, file, parsers[lang], {ignore: ignoreTypes, source: sourceTypes}) as NlcstRoot
    if (shape.tableCells.length > 0) tree = withTableCells(tree, shape.tableCells, file, lang)
  } catch {
    // Pathological Markdown (extreme nesting): fall back to the chunk as plain prose.
    tree = parsers[lang].parse(text) as NlcstRoot
  }
  const out: ChunkFindings['findings'] = []
  for (const rule of rules) {
    const config = settings.rules.get(rule.id)
    if (!config || config.severity === 'off') continue
    if (!rule.languages.includes(lang)) continue
    if (rule.id === 'spelling' && !options.spellers?.[lang]) continue
    const ruleOptions = {...config.options, words: settings.words}
    for (const finding of runRule(rule, tree, {lang, options: ruleOptions, frontmatter, spellers: options.spellers})) {
      if (lang === 'fr') {
        finding.reason = frenchApostrophes(finding.reason)
        if (finding.note) finding.note = frenchApostrophes(finding.note)
      }
      out.push({...finding, source: 'temoin', url: rule.url})
    }
  }
  if (lang === 'en' && settings.equality.severity !== 'off') {
    try {
      const sink = new EqualitySink()
      equalityTransform(settings)(tree, sink)
      for (const message of sink.messages) {
        const start = message.place?.start.offset
        const end = message.place?.end.offset
        if (start === undefined || end === undefined) continue
        out.push({
          ruleId: message.ruleId,
          source: message.source,
          start,
          end,
          reason: message.reason,
          actual: message.actual,
          expected: message.expected,
          note: message.note,
          url: message.url,
          sureness: 1
        })
      }
    } catch {
      // retext-equality failing must not hide our own rules' findings.
    }
  }
  return {findings: out}
}

interface EqualityMessage {
  reason: string
  ruleId: string
  source: string
  place?: {start: {offset?: number}; end: {offset?: number}}
  actual?: string
  expected?: string[]
  note?: string
  url?: string
}

/** Collects the equality port's messages as plain objects (the fields a VFileMessage would carry). */
class EqualitySink implements MessageSink {
  messages: EqualityMessage[] = []
  message(reason: string, options: Parameters<MessageSink['message']>[1]): EqualityMessage {
    const message: EqualityMessage = {reason, ruleId: options.ruleId, source: options.source, place: options.place}
    this.messages.push(message)
    return message
  }
}

const equalityTransforms = new WeakMap<NormalizedSettings, EqualityTransform>()

/**
 * The equality check (src/core/equality.ts: retext-equality's transformer ported with its phrase
 * index built once, same messages), built once per settings.
 */
function equalityTransform(settings: NormalizedSettings): EqualityTransform {
  let transform = equalityTransforms.get(settings)
  if (!transform) {
    const options = settings.equality.options as EqualityOptions
    // The transform is pure and depends only on `ignore` and `binary`: linters with the same ones
    // (a new linter per document, the default settings) share it instead of rebuilding the index.
    const key = equalityKey(options)
    transform = key === undefined ? undefined : sharedEqualities.get(key)
    if (!transform) {
      transform = createEquality(options)
      if (key !== undefined && sharedEqualities.size < 32) sharedEqualities.set(key, transform)
    }
    equalityTransforms.set(settings, transform)
  }
  return transform
}

const sharedEqualities = new Map<string, EqualityTransform>()

/** A key for the options `createEquality` reads, or undefined when they are not plain strings. */
function equalityKey(options: EqualityOptions | null | undefined): string | undefined {
  const ignore: unknown = options?.ignore || []
  if (!Array.isArray(ignore) || !ignore.every((phrase) => typeof phrase === 'string' && !phrase.includes('\u0000'))) return undefined
  return (options?.binary ? '1' : '0') + ignore.length + ':' + ignore.join('\u0000')
}

function placeIn(chunk: Chunk, shape: ChunkShape, start: number, end: number): Place {
  return {start: pointIn(chunk, shape, start), end: pointIn(chunk, shape, Math.max(start, end))}
}

function pointIn(chunk: Chunk, shape: ChunkShape, offset: number) {
  const line = lineIndex(shape.lineStarts, offset)
  return {line: chunk.line + line, column: offset - shape.lineStarts[line] + 1, offset: chunk.start + offset}
}

function pointsOf(text: string, start: number, end: number): Place {
  const point = (offset: number) => {
    let line = 1
    let lineStart = 0
    for (let i = 0; i < offset; i++) {
      if (text.charCodeAt(i) === 10) {
        line++
        lineStart = i + 1
      }
    }
    return {line, column: offset - lineStart + 1, offset}
  }
  return {start: point(start), end: point(end)}
}

function nextBlock(shaped: Array<{chunk: Chunk; shape: ChunkShape}>, index: number, after: number): [number, number] | undefined {
  for (let i = index; i < shaped.length; i++) {
    const {chunk, shape} = shaped[i]
    for (const [start, end] of shape.blocks) {
      if (i === index && start < after) continue
      return [chunk.start + start, chunk.start + end]
    }
  }
  return undefined
}

function disabledRanges(events: Array<{at: number; keyword: 'disable' | 'enable'; ruleIds: string[]}>, length: number) {
  const open = new Map<string, number>()
  const ranges: Array<{id: string; start: number; end: number; justification?: string}> = []
  for (const event of events) {
    const ids = event.ruleIds.length > 0 ? event.ruleIds : ['*']
    if (event.keyword === 'disable') {
      for (const id of ids) if (!open.has(id)) open.set(id, event.at)
    } else {
      const closing = event.ruleIds.length > 0 ? ids : [...open.keys()]
      for (const id of closing) {
        const start = open.get(id)
        if (start !== undefined) {
          ranges.push({id, start, end: event.at})
          open.delete(id)
        }
      }
    }
  }
  for (const [id, start] of open) ranges.push({id, start, end: length + 1})
  return ranges
}

function allowedRanges(text: string, allow: string[]): Array<[number, number]> {
  if (allow.length === 0) return []
  const haystack = text.toLowerCase().replace(/[’ʼ]/g, "'")
  const ranges: Array<[number, number]> = []
  for (const phrase of allow) {
    let from = 0
    let at: number
    while (phrase && (at = haystack.indexOf(phrase, from)) !== -1) {
      ranges.push([at, at + phrase.length])
      from = at + 1
    }
  }
  return ranges
}

function byPlace(a: TemoinMessage, b: TemoinMessage): number {
  return a.place.start.offset - b.place.start.offset || a.place.end.offset - b.place.end.offset || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
}

function configMessage(reason: string, place: Place | undefined, lang: Lang): TemoinMessage {
  const at = place ?? {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}}
  return {
    ruleId: 'config',
    source: 'temoin',
    reason,
    severity: 'warning',
    fatal: false,
    lang,
    line: at.start.line,
    column: at.start.column,
    endLine: at.end.line,
    endColumn: at.end.column,
    place: at
  }
}

function failure(text: string, error: Error): LintResult {
  return {
    messages: [],
    ignored: [],
    controls: [],
    configMessages: [configMessage(`Erreur interne de Témoin : ${error.message}`, undefined, 'fr')],
    language: 'fr',
    frontmatter: {},
    counts: {error: 0, warning: 0, info: 0, words: text ? text.split(/\s+/).filter(Boolean).length : 0}
  }
}

/** French typography in our own texts: the apostrophe is ’ (quoted user text keeps its own). */
function frenchApostrophes(text: string): string {
  if (!text.includes("'")) return text
  // Notes and most reasons repeat from one finding to the next: each distinct text is done once.
  let result = typographied.get(text)
  if (result === undefined) {
    if (typographied.size > 10_000) typographied.clear()
    result = typography(text)
    typographied.set(text, result)
  }
  return result
}
const typographied = new Map<string, string>()

function typography(text: string): string {
  let out = ''
  let from = 0
  let depth = 0
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (char === '«') depth++
    else if (char === '»' && depth > 0) depth--
    else if (char === "'" && depth === 0 && letter.test(text[i - 1] ?? '') && letter.test(text[i + 1] ?? '')) {
      out += text.slice(from, i) + '’'
      from = i + 1
    }
  }
  return out + text.slice(from)
}
const letter = /\p{L}/u
