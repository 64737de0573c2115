/**
 * @module insinuation
 * @summary-fr Imputations dubitatives : rumeurs, sous-entendus, prétéritions, accusations au conditionnel.
 * @summary-en Dubitative imputations: rumours, hints, "I'm not saying… but", conditional accusations.
 *
 * ## Français
 *
 * **Ce qui est signalé.** Les tournures qui imputent un fait sans l'assumer :
 * - la rumeur : « il paraît que », « on dit que », « il se murmure », « certains disent »,
 *   « selon certaines rumeurs », « de source sûre », « pas de fumée sans feu » ;
 * - le sous-entendu : « je vous laisse tirer vos conclusions », « suivez mon regard »,
 *   « cherchez l'erreur », « comme par hasard », « je dis ça, je dis rien » ;
 * - la prétérition : « je ne dis pas que …, mais … » (seulement avec le « mais » qui suit) ;
 * - l'accusation au conditionnel d'un verbe de faute : « la société aurait trompé ses clients »,
 *   « ils auraient sciemment falsifié ma signature », « le gérant serait impliqué »,
 *   « l'agence ferait l'objet de plusieurs plaintes », et ses équivalents « pourrait avoir
 *   falsifié », « semble avoir menti ».
 *
 * **Pourquoi.** L'article 29 de la loi du 29 juillet 1881 punit l'imputation « même si elle est
 * faite sous forme dubitative », et sa publication « par voie de reproduction » : rapporter une
 * rumeur ou suggérer sans affirmer ne protège pas l'auteur.
 *
 * **Quoi écrire à la place.** Ce que vous savez et d'où vous le tenez (« le contrat du 4 mars
 * porte une signature que je conteste ; j'ai déposé plainte le 2 avril »), votre opinion présentée
 * comme telle, ou rien. Témoin informe et ne donne pas de conseil juridique.
 *
 * **Ce qui n'est pas signalé.** Des propos rapportés précis et sourcés (« le commercial m'a dit le
 * 3 mai que le site serait livré en juin »), un conditionnel sans faute (« la société aurait dû
 * livrer le site le 3 mai », « le site serait en ligne d'ici lundi »), le conditionnel de soi
 * (« j'aurais dû lire le contrat »), « je ne dis pas que … » sans « mais ».
 *
 * ## English
 *
 * **Flagged.** "Rumour has it", "some say", "people are saying", "allegedly", "it is said that",
 * "draw your own conclusions", "make of that what you will", "I'm not saying … but", and
 * conditional accusations ("they may have forged my signature", "might have misled", "appears to
 * have backdated").
 *
 * **Why.** Repeating or hinting at an allegation is treated as making it (the repetition rule);
 * the truth defence (Defamation Act 2013, s. 2) then requires proving the allegation itself. In
 * France, art. 29 of the loi du 29 juillet 1881 punishes it even in a dubitative form.
 *
 * **Instead.** State what you know and how you know it, give your opinion as an opinion, or leave
 * it out. Témoin informs; it is not legal advice.
 *
 * **Not flagged.** A sourced, specific report ("the salesman told me on 3 May that…"), a harmless
 * conditional ("the site would have been online by Monday"), "I'm not saying" with no "but".
 *
 * @example
 *   {"lang": "fr", "flags": ["Il paraît que"]}
 *   Il paraît que le gérant a déjà fermé deux sociétés.
 * @example
 *   {"lang": "fr", "flags": ["On dit que"]}
 *   On dit que leurs commerciaux touchent une prime par contrat signé sous pression.
 * @example
 *   {"lang": "fr", "flags": ["Je ne dis pas que", "je vous laisse tirer vos propres conclusions"]}
 *   Je ne dis pas que c'est volontaire, mais je vous laisse tirer vos propres conclusions.
 * @example
 *   {"lang": "fr", "flags": ["aurait trompé"]}
 *   La société aurait trompé plusieurs artisans du quartier.
 * @example
 *   {"lang": "fr", "flags": ["auraient sciemment falsifié"]}
 *   Ils auraient sciemment falsifié la date du bon de commande.
 * @example
 *   {"lang": "fr", "flags": ["ferait l'objet de plusieurs plaintes"]}
 *   L'agence ferait l'objet de plusieurs plaintes.
 * @example
 *   {"lang": "fr", "flags": ["selon certaines rumeurs", "serait impliqué"]}
 *   Le directeur, selon certaines rumeurs, serait impliqué dans d'autres dossiers.
 * @example
 *   {"lang": "fr", "flags": ["Certains parleraient"]}
 *   Certains parleraient de méthodes douteuses.
 * @example
 *   {"lang": "fr", "flags": ["suivez mon regard"]}
 *   Le loueur et l'agence ont la même adresse, suivez mon regard.
 * @example
 *   {"lang": "fr", "flags": ["aurait même antidaté"]}
 *   **Le commercial aurait même antidaté** le bon de commande.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Le commercial m'a dit le 3 mai que le site serait livré en juin.
 * @example
 *   {"lang": "fr", "flags": []}
 *   La société aurait dû livrer le site le 3 mai 2024.
 * @example
 *   {"lang": "fr", "flags": []}
 *   J'aurais dû lire le contrat avant de signer.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Je ne dis pas que le site est inutilisable : il s'affiche, sans le module de réservation.
 * @example
 *   {"lang": "fr", "flags": []}
 *   Il me paraît utile de joindre le bon de commande du 4 mars 2024.
 * @example
 *   {"lang": "en", "flags": ["Rumour has it"]}
 *   Rumour has it that the director has closed two companies already.
 * @example
 *   {"lang": "en", "flags": ["I'm not saying", "draw your own conclusions"]}
 *   I'm not saying they planned it, but draw your own conclusions.
 * @example
 *   {"lang": "en", "flags": ["allegedly"]}
 *   The agency allegedly pays its sales staff per signature.
 * @example
 *   {"lang": "en", "flags": ["may have forged"]}
 *   They may have forged my signature on the delivery note.
 * @example
 *   {"lang": "en", "flags": ["Some people say"]}
 *   Some people say the leasing firm knew all along.
 * @example
 *   {"lang": "en", "flags": ["make of that what you will"]}
 *   Same address, same director: make of that what you will.
 * @example
 *   {"lang": "en", "flags": []}
 *   The salesman told me on 3 May that the site would be online in June.
 * @example
 *   {"lang": "en", "flags": []}
 *   I'm not saying the site is unusable; it loads, without the booking module.
 * @example
 *   {"lang": "en", "flags": []}
 *   I may have misread clause 4, so I asked my lawyer on 12 March.
 */
import type {Lang} from '../../src/core/types.js'
import {
  compileLexicon,
  defineRule,
  fold,
  guillemets,
  quotes,
  type LexiconEntry,
  type TextView,
  type Token
} from '../support/index.js'
import {frenchTypography, paragraphSentences, wordSet, type WordSet} from '../criminal-term/term-context.js'
import en from './lexicon.en.yml'
import fr from './lexicon.fr.yml'

type Kind = 'rumour' | 'hint' | 'preterition' | 'conditional'

interface InsinuationEntry extends LexiconEntry {
  kind?: Kind
  requiresAfter?: string[]
  skip?: string[]
}

interface Compiled {
  main: ReturnType<typeof compileLexicon>
  conditional: ReturnType<typeof compileLexicon>
  /** Folded first words of the conditional phrases (aurait, auraient, may…): a cheap pre-check. */
  auxiliaries: Set<string>
  skip: WordSet | undefined
  requires: Map<LexiconEntry, WordSet>
}

function compile(data: unknown, file: string): Compiled {
  const entries = data as InsinuationEntry[]
  const conditionalEntries = entries.filter((e) => e.kind === 'conditional')
  const auxiliaries = new Set<string>()
  const skipWords: string[] = []
  for (const entry of conditionalEntries) {
    for (const phrase of entry.match) for (const word of phrase.trim().split(/\s+/)[0].split('|')) auxiliaries.add(fold(word))
    skipWords.push(...(entry.skip ?? []))
  }
  const requires = new Map<LexiconEntry, WordSet>()
  const main = compileLexicon(
    entries.filter((e) => e.kind !== 'conditional'),
    file
  )
  for (const entry of main.entries as InsinuationEntry[]) {
    const set = wordSet(entry.requiresAfter)
    if (set) requires.set(entry, set)
  }
  return {main, conditional: compileLexicon(conditionalEntries, file), auxiliaries, skip: wordSet(skipWords), requires}
}

const lexicons = {fr: compile(fr, 'insinuation/lexicon.fr.yml'), en: compile(en, 'insinuation/lexicon.en.yml')}

const NOTE = {
  fr: frenchTypography(
    "La diffamation est punie « même si elle est faite sous forme dubitative », y compris quand l'imputation est publiée « par voie de reproduction » (loi du 29 juillet 1881, art. 29 al. 1) : rapporter une rumeur, suggérer sans affirmer ou employer le conditionnel ne retire pas l'imputation. Écrivez ce que vous savez et d'où vous le tenez, ou supprimez l'allusion. Témoin informe et ne donne pas de conseil juridique."
  ),
  en:
    "Repeating a rumour or hinting at an allegation counts as making it (the repetition rule), and the truth defence (Defamation Act 2013, s. 2) then requires proving the allegation itself; in France, art. 29 of the loi du 29 juillet 1881 punishes it even « sous forme dubitative ». Write what you know and how you know it, or leave it out. Témoin informs; it is not legal advice."
}

function reason(lang: Lang, actual: string, kind: Kind): string {
  if (lang === 'fr') {
    const q = guillemets(actual)
    switch (kind) {
      case 'rumour':
        return `${q} rapporte une rumeur\u00A0: reprendre un ${guillemets('on-dit')} vous rend responsable de l'imputation\u202F; n'écrivez que ce que vous pouvez établir, avec sa source, ou supprimez l'allusion.`
      case 'hint':
        return `${q} invite le lecteur à conclure à votre place\u00A0: une imputation sous-entendue reste une imputation\u202F; énoncez les faits vérifiables et votre opinion, ou supprimez cette formule.`
      case 'preterition':
        return `${q} … mais\u00A0: formuler une accusation en disant ne pas la faire reste une imputation\u202F; décrivez les faits sans l'allusion.`
      case 'conditional':
        return `${q}\u00A0: le conditionnel n'ôte pas l'imputation, punie même sous forme dubitative\u202F; écrivez ce que vous savez et d'où vous le tenez (${guillemets('d’après le courrier du …')}), ou supprimez.`
    }
  }
  const q = quotes(actual)
  switch (kind) {
    case 'rumour':
      return `${q} repeats a rumour: repeating an allegation makes you answerable for it; write only what you can establish, with its source, or leave it out.`
    case 'hint':
      return `${q} invites readers to reach the accusation for you: a hinted allegation is still an allegation; state the checkable facts and your opinion, or drop the phrase.`
    case 'preterition':
      return `${q} … but: making an accusation while saying you are not making it is still an accusation; describe the facts without the hint.`
    case 'conditional':
      return `${q}: the conditional does not remove the allegation; write what you know and how you know it (“according to the letter of …”), or leave it out.`
  }
}

export const rule = defineRule(
  {
    id: 'insinuation',
    severity: 'warning',
    languages: ['fr', 'en'],
    title: {fr: 'Insinuation', en: 'Insinuation'},
    summary: {
      fr: 'Imputations dubitatives : rumeurs, sous-entendus, prétéritions, accusations au conditionnel.',
      en: "Dubitative imputations: rumours, hints, \"I'm not saying… but\", conditional accusations."
    }
  },
  (tree, ctx) => {
    const lang: Lang = ctx.lang === 'en' ? 'en' : 'fr'
    const compiled = lexicons[lang]
    for (const sentences of paragraphSentences(tree)) {
      for (let s = 0; s < sentences.length; s++) {
        const view = sentences[s]
        const found: Array<{start: number; end: number; actual: string; entry: InsinuationEntry}> = []
        for (const match of compiled.main.find(view)) {
          const requires = compiled.requires.get(match.entry)
          if (requires && !followedBy(view, match.to, requires, sentences[s + 1])) continue
          found.push({start: match.start, end: match.end, actual: match.actual, entry: match.entry as InsinuationEntry})
        }
        // Conditional accusations are matched on the sentence without adverbs and negation, so that
        // « n'aurait sciemment pas falsifié » reads « aurait falsifié »; a modal of appearance or
        // possibility before a past infinitive reads as the conditional (« pourrait avoir falsifié »,
        // « semble avoir menti », "appears to have forged").
        if (view.tokens.some((t) => compiled.auxiliaries.has(t.fold) || MODALS[lang].has(t.fold))) {
          const tokens = conditionalTokens(view.tokens, compiled.skip, lang)
          // A negation before the auxiliary belongs to the match (« n'aurait pas respecté »).
          for (const match of compiled.conditional.find({...view, tokens})) {
            let start = match.start
            const index = view.tokens.findIndex((t) => t.start === match.start)
            if (index > 0 && (view.tokens[index - 1].fold === "n'" || view.tokens[index - 1].fold === 'ne')) start = view.tokens[index - 1].start
            found.push({start, end: match.end, actual: view.text.slice(start, match.end), entry: match.entry as InsinuationEntry})
          }
        }
        found.sort((a, b) => a.start - b.start)
        let last = -1
        for (const f of found) {
          if (f.start < last) continue // overlapping: keep the first
          last = f.end
          ctx.report({
            view,
            start: f.start,
            end: f.end,
            entry: f.entry.id,
            sureness: f.entry.sureness ?? 1,
            reason: reason(lang, f.actual, f.entry.kind ?? 'rumour'),
            expected: f.entry.suggest,
            note: f.entry.note ?? NOTE[lang]
          })
        }
      }
    }
  }
)

// Modal + past infinitive → the conditional auxiliary the lexicon is written with.
const MODALS: Record<Lang, Map<string, {as: string; drop: string}>> = {
  fr: new Map(
    (
      [
        ['pourrait', 'aurait'], ['pourraient', 'auraient'], ['pourriez', 'auriez'], ['semble', 'aurait'],
        ['semblent', 'auraient'], ['semblerait', 'aurait'], ['sembleraient', 'auraient'], ['paraît', 'aurait'],
        ['parait', 'aurait'], ['paraissent', 'auraient'], ['risque', 'aurait'], ['risquent', 'auraient']
      ] as const
    ).map(([modal, as]) => [fold(modal), {as, drop: 'avoir'}])
  ),
  en: new Map(
    (['appears', 'appear', 'seems', 'seem', 'appeared', 'seemed'] as const).map((modal) => [modal, {as: 'may', drop: 'to'}])
  )
}

function conditionalTokens(source: Token[], skip: WordSet | undefined, lang: Lang): Token[] {
  const out: Token[] = []
  const modals = MODALS[lang]
  for (let i = 0; i < source.length; i++) {
    const token = source[i]
    if (skip?.has(token)) continue
    const modal = modals.get(token.fold)
    if (modal && source[i + 1]?.fold === modal.drop) {
      // « pourrait avoir » → « aurait » ; "appears to have" → "may have" (the token keeps its place).
      // (keysAt -1: the lexicon recomputes the token's key ids for the new fold.)
      out.push({...token, fold: modal.as, keysAt: -1})
      i++
      continue
    }
    out.push(token)
  }
  return out
}

function followedBy(view: TextView, from: number, words: WordSet, next: TextView | undefined): boolean {
  for (let i = from; i < view.tokens.length; i++) if (words.has(view.tokens[i])) return true
  const first = next?.tokens[0]
  return first !== undefined && words.has(first)
}

export default rule.plugin
