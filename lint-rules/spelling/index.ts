/**
 * ## spelling — orthographe / spelling
 *
 * Signale les mots absents du dictionnaire (français : `dictionary-fr`, Grammalecte « classique » ;
 * anglais : `dictionary-en`), avec jusqu’à cinq suggestions. Une faute d’orthographe n’expose à
 * aucun risque juridique, mais elle affaiblit la crédibilité d’un témoignage. Sévérité : info.
 *
 * Flags words missing from the dictionary, with up to five suggestions (severity info).
 *
 * Not checked: code, URLs, e-mail addresses, file and domain names, HTML comments (the engine gives
 * rules prose only, and `spellableWords` skips URL/e-mail/domain-shaped runs still in prose), words
 * with digits (« 10h30 », « 3e »), single letters, words in capitals (acronyms: the `emotion`
 * rule's business). Known words: the dictionary; French elisions (« l’agence », « qu’il »);
 * hyphenated forms whose parts are known, with French post-verbal pronouns (« écrivait-il »,
 * « lisait-on », « a-t-il »); English possessives; the personal dictionary (`words: [...]` in
 * `.temoinrc`, « Ajouter au dictionnaire » in the editor); the proper nouns of the front matter
 * (`agence`, `financeur`, `auteur`).
 *
 * A word is reported only if every dictionary given to the engine rejects it (as Chrome's
 * multilingual spellcheck does): « un showroom » is not a typo in French prose, and a short
 * paragraph whose language was mis-detected does not light up word by word. Suggestions come from
 * the paragraph's language.
 *
 * Runs only when the engine is given a speller for the paragraph's language
 * (`LintOptions.spellers`: the CLI's `--spell`, always in the editor).
 *
 * @example
 *   {"lang": "fr", "flags": []}
 *   L’agence écrivait-il peut-être qu’il lisait-on aujourd’hui ?
 *
 * @example
 *   {"lang": "fr", "flags": ["agense"]}
 *   Cette agense ne m’a jamais répondu.
 *
 * @example
 *   {"lang": "fr", "flags": ["L'agense", "rembourssé"]}
 *   L'agense n'a jamais rembourssé ma commande, a-t-il reconnu.
 *
 * @example
 *   {"lang": "fr", "flags": []}
 *   ---
 *   agence: Agence Zorvanel
 *   auteur: Maëlys Brandouin
 *   ---
 *
 *   Zorvanel a encaissé le chèque de Maëlys Brandouin.
 *
 * @example
 *   {"lang": "fr", "flags": ["Quintaport"]}
 *   ---
 *   agence: Agence Zorvanel
 *   ---
 *
 *   Zorvanel et Quintaport ont signé.
 *
 * @example
 *   {"lang": "fr", "flags": []}
 *   Voir `agense_conf`, https://agense-exemple.fr/contrat et contact@agense-exemple.fr.
 *
 * @example
 *   {"lang": "fr", "flags": []}
 *   <!-- notte : agense -->
 *
 *   Le rendez-vous du 3e jour à 10h30 avec la DGCCRF.
 *
 * @example
 *   {"lang": "fr", "flags": ["malgrés"]}
 *   Le feedback du service client est arrivé malgrés tout.
 *
 * @example
 *   {"lang": "en", "flags": []}
 *   The agency’s manager never answered my well-known complaint.
 *
 * @example
 *   {"lang": "en", "flags": ["recieve"]}
 *   I did not recieve the refund.
 *
 * @example
 *   {"lang": "en", "flags": ["promissed", "definately"]}
 *   They promissed a refund and definately owe it.
 *
 * @example
 *   {"lang": "en", "flags": []}
 *   See `recieve_all()` at https://example.org/recieve or mail recieve@example.org.
 */
import type {Lang, Speller} from '../../src/core/types.js'
import {isKnownToken, spellableWords} from '../../src/core/spell/tokens.js'
import {defineRule} from '../support/define-rule.js'
import {guillemets, NBSP, NNBSP, quotes} from '../support/text.js'
import {paragraphViews} from '../support/view.js'

/** Front-matter keys whose values are proper nouns of the case (French first, English aliases). */
export const FRONTMATTER_NAME_KEYS = ['agence', 'financeur', 'auteur', 'agency', 'financer', 'lender', 'author']
const MAX_SUGGESTIONS = 5
/**
 * nspell's suggestion search grows with the word's length (and its distance-2 search is costly):
 * no suggestions for longer tokens, nor beyond this many unknown words in one chunk (paragraph), so a
 * pathological text (a 200 000-letter line, a megabyte of gibberish) stays fast. Both limits are
 * deterministic, so an incremental lint still equals a full one.
 */
export const SUGGEST_MAX_LENGTH = 40
export const SUGGEST_MAX_WORDS = 25
const NAME_WORD = /[\p{L}\p{M}]+(?:['’ʼ\-‑][\p{L}\p{M}]+)*/gu

function collectStrings(value: unknown, out: string[], depth = 0): void {
  if (depth > 4 || value == null) return
  if (typeof value === 'string') out.push(value)
  else if (Array.isArray(value)) for (const item of value) collectStrings(item, out, depth + 1)
  else if (typeof value === 'object') for (const item of Object.values(value as Record<string, unknown>)) collectStrings(item, out, depth + 1)
}

/** The words a document knows besides the dictionary: personal dictionary + front-matter names. */
export function extraWords(frontmatter: Record<string, unknown>, words: unknown): Set<string> {
  const extra = new Set<string>()
  if (Array.isArray(words)) for (const w of words) if (typeof w === 'string' && w.trim()) extra.add(w.trim())
  const names: string[] = []
  for (const key of FRONTMATTER_NAME_KEYS) collectStrings(frontmatter?.[key], names)
  for (const name of names) {
    extra.add(name.trim())
    for (const m of name.matchAll(NAME_WORD)) {
      extra.add(m[0])
      for (const part of m[0].split(/[-‑]/)) if (part) extra.add(part)
    }
  }
  return extra
}

// Suggestions cost a few milliseconds each: memoise per speller (bounded).
const suggestionCache = new WeakMap<Speller, Map<string, string[]>>()
export function cachedSuggestions(speller: Speller, word: string): string[] {
  if (word.length > SUGGEST_MAX_LENGTH) return []
  let cache = suggestionCache.get(speller)
  if (!cache) suggestionCache.set(speller, (cache = new Map()))
  let list = cache.get(word)
  if (!list) {
    list = speller.suggest(word).slice(0, MAX_SUGGESTIONS)
    if (cache.size > 2000) cache.clear()
    cache.set(word, list)
  }
  return list
}

export function spellingReason(lang: Lang, word: string, suggestions: string[]): string {
  if (lang === 'fr') {
    const instead =
      suggestions.length > 0
        ? `écrivez plutôt ${suggestions.slice(0, 3).map(guillemets).join(' ou ')}`
        : 'vérifiez l’orthographe ou ajoutez le mot au dictionnaire'
    return `${guillemets(word)} est absent du dictionnaire français${NBSP}: une faute d’orthographe affaiblit un témoignage${NNBSP}; ${instead}`
  }
  const instead =
    suggestions.length > 0 ? `did you mean ${suggestions.slice(0, 3).map(quotes).join(' or ')}?` : 'check the spelling or add the word to the dictionary'
  return `${quotes(word)} is not in the English dictionary: a misspelling weakens a testimony; ${instead}`
}

const NOTE = {
  fr: 'Mot absent du dictionnaire. S’il est juste (nom propre, terme technique), ajoutez-le au dictionnaire personnel : « Ajouter au dictionnaire » dans l’éditeur, ou « words: [...] » dans .temoinrc.',
  en: 'Word not in the dictionary. If it is right (a name, a technical term), add it to your personal dictionary: “Add to dictionary” in the editor, or `words: [...]` in .temoinrc.'
}

export const rule = defineRule(
  {
    id: 'spelling',
    severity: 'info',
    languages: ['fr', 'en'],
    title: {fr: 'Orthographe', en: 'Spelling'},
    summary: {
      fr: 'Mots absents du dictionnaire, avec suggestions : une faute affaiblit la crédibilité d’un témoignage.',
      en: 'Words missing from the dictionary, with suggestions: a misspelling weakens a testimony.'
    }
  },
  (tree, context) => {
    const speller = context.spellers?.[context.lang]
    if (!speller) return
    const extra = extraWords(context.frontmatter, context.options.words)
    // Like Chrome's multilingual spellcheck, a word is wrong only if every given dictionary rejects
    // it: English terms in French prose (« un showroom ») are not typos, and a short paragraph whose
    // language was mis-detected does not light up word by word. Suggestions stay in its language.
    const others = (Object.keys(context.spellers ?? {}) as Lang[]).filter((l) => l !== context.lang && context.spellers?.[l])
    const known = (word: string) =>
      isKnownToken(speller, word, context.lang, extra) || others.some((l) => isKnownToken(context.spellers![l]!, word, l, extra))
    let suggested = 0
    for (const view of paragraphViews(tree)) {
      for (const token of spellableWords(view.text)) {
        if (known(token.word)) continue
        const expected = suggested++ < SUGGEST_MAX_WORDS ? cachedSuggestions(speller, token.word) : []
        context.report({
          view,
          start: token.start,
          end: token.end,
          reason: spellingReason(context.lang, token.word, expected),
          actual: token.word,
          // `[]` would mean "delete": no suggestion means no quick fix.
          expected: expected.length > 0 ? expected : undefined,
          note: NOTE[context.lang]
        })
      }
    }
  }
)

export default rule
