// Small helpers shared by the imputation rules (criminal-term, presumption, insinuation): context
// windows around a lexicon match, lazy sentence cues, and suggestion agreement.
// (Kept here rather than in lint-rules/support because these rules own it; the lead may move it.)
import type {Paragraph, Root} from 'nlcst'
import type {Lexicon, LexiconEntry, LexiconMatch} from '../support/lexicon.js'
import {fold, type Token} from '../support/text.js'
import {sentenceViewsOf, type TextView} from '../support/view.js'
import {objectCache} from '../support/cache.js'

// Building views is most of a lexicon rule's cost; the three imputation rules run on the same tree,
// so they share one build (trees are not mutated by rules).
const viewCache = objectCache<Root, TextView[][]>('paragraphSentences')

/** The sentence views of each paragraph (rules whose context spans a neighbouring sentence). */
export function paragraphSentences(tree: Root): TextView[][] {
  const cached = viewCache.get(tree)
  if (cached) return cached
  const out: TextView[][] = []
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    out.push(sentenceViewsOf(paragraph as Paragraph))
  }
  viewCache.set(tree, out)
  return out
}

/** A set of words, each exact or a prefix (`port*`), matched on folded tokens. */
export interface WordSet {
  has(token: Token): boolean
}

export function wordSet(words: readonly string[] | undefined): WordSet | undefined {
  if (!words || words.length === 0) return undefined
  const exact = new Set<string>()
  const prefixes: string[] = []
  for (const word of words) {
    if (word.endsWith('*')) prefixes.push(fold(word.slice(0, -1)))
    else exact.add(fold(word))
  }
  return {
    has(token) {
      if (exact.has(token.fold)) return true
      for (const prefix of prefixes) if (token.fold.startsWith(prefix)) return true
      return false
    }
  }
}

/**
 * Entry fields understood by these rules, besides the support library's:
 * - `notAfter`: words that cancel the match when found in the `window` tokens before it;
 * - `notBefore`: words that cancel the match when found in the `window` tokens after it;
 * - `window`: size of those windows (default 3);
 * - `unrelatedTheft`: the match is cancelled when the sentence reports an arrest (« a été arrêté
 *   par la police »): a thief in an unrelated news story, not an imputation;
 * - `notAfterFar` / `farWindow` (default 8): like `notAfter` over a longer reach, for subjects
 *   that may sit several words away (« la porte de secours de l'agence a été condamnée »).
 */
export interface ContextEntry extends LexiconEntry {
  notAfter?: string[]
  notBefore?: string[]
  window?: number
  notAfterFar?: string[]
  farWindow?: number
  unrelatedTheft?: boolean
}

const compiledWindows = new WeakMap<
  LexiconEntry,
  {after?: WordSet; before?: WordSet; window: number; far?: WordSet; farWindow: number}
>()

function windowsOf(entry: ContextEntry) {
  let compiled = compiledWindows.get(entry)
  if (!compiled) {
    compiled = {
      after: wordSet(entry.notAfter),
      before: wordSet(entry.notBefore),
      window: entry.window ?? 3,
      far: wordSet(entry.notAfterFar),
      farWindow: entry.farWindow ?? 8
    }
    compiledWindows.set(entry, compiled)
  }
  return compiled
}

/** True when a `notAfter` / `notBefore` word of the entry sits next to the match. */
export function cancelledByWindow(view: TextView, match: LexiconMatch): boolean {
  const entry = match.entry as ContextEntry
  if (!entry.notAfter && !entry.notBefore && !entry.notAfterFar) return false
  const {after, before, window, far, farWindow} = windowsOf(entry)
  const tokens = view.tokens
  if (far) {
    for (let i = Math.max(0, match.from - farWindow); i < match.from; i++) if (far.has(tokens[i])) return true
  }
  if (after) {
    for (let i = Math.max(0, match.from - window); i < match.from; i++) if (after.has(tokens[i])) return true
  }
  if (before) {
    for (let i = match.to; i < Math.min(tokens.length, match.to + window); i++) if (before.has(tokens[i])) return true
  }
  return false
}

/** True when `lexicon` finds anything in the view (for sentence-level cues). */
export function hasCue(lexicon: Lexicon, view: TextView): boolean {
  return lexicon.find(view).length > 0
}

// Feminine and plural of the matched word, from its ending. Good enough for the words of these
// lexicons (arnaqueuse, arnaquées, escrocs, voleuses…); « -eux » words are taken as singular.
const feminineEndings = ['euse', 'euses', 'ee', 'ees', 'esse', 'esses', 'rice', 'rices', 'ienne', 'iennes', 'ouse', 'ouses', 'ette', 'ettes']

export function agreement(actual: string): {feminine: boolean; plural: boolean} {
  const words = actual.split(/[^\p{L}'’]+/u).filter(Boolean)
  const last = fold(words[words.length - 1] ?? '')
  const feminine = feminineEndings.some((ending) => last.endsWith(ending)) || (last.endsWith('ees') || last.endsWith('ee'))
  const plural = (last.endsWith('s') && !last.endsWith('ss')) || (last.endsWith('x') && !last.endsWith('eux') && !last.endsWith('oux'))
  return {feminine, plural}
}

/**
 * Fills a suggestion template with the agreement of the matched text:
 * `{e}` → « e » when feminine, `{s}` → « s » when plural, `{es}` → « es » when plural,
 * `{masc|fem}` → one or the other.
 */
export function inflect(template: string, actual: string): string {
  if (!template.includes('{')) return template
  const {feminine, plural} = agreement(actual)
  return template.replace(/\{([^{}]*)\}/g, (_, inner: string) => {
    if (inner === 'e') return feminine ? 'e' : ''
    if (inner === 's') return plural ? 's' : ''
    if (inner === 'es') return plural ? 'es' : ''
    const [masc, fem] = inner.split('|')
    return feminine ? (fem ?? masc) : masc
  })
}

/**
 * French typography for prose written with plain spaces (lexicon notes): no-break space before
 * « : » and inside « », narrow no-break space before « ; ! ? ».
 */
export function frenchTypography(text: string): string {
  return text
    .replace(/ :/g, '\u00A0:')
    .replace(/ ([;!?])/g, '\u202F$1')
    .replace(/« /g, '«\u00A0')
    .replace(/ »/g, '\u00A0»')
}
