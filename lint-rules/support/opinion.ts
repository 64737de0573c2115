// Opinion markers (« je trouve que », « à mon avis », "I think", "in my opinion"…), shared by the
// rules that treat a clearly stated opinion differently from an assertion of fact
// (`fact-as-opinion`; the honest-opinion defence: CEDH, Lingens c. Autriche, 8 juill. 1986;
// Defamation Act 2013, s.3). Also small clause helpers used by the judgement rules.
//
// One pass over the tokens per view: fixed phrases go through a compiled lexicon, verb markers
// (« je [ne] [les] trouve », "I [don't] think") through a tiny state machine, so elision,
// inflection and typographic apostrophes are handled by the tokeniser's folding.
import type {Paragraph, Root} from 'nlcst'
import type {Lang} from '../../src/core/types.js'
import {compileLexicon, type LexiconEntry} from './lexicon.js'
import type {Token} from './text.js'
import {sentenceViewsOf, type TextView} from './view.js'
import {objectCache} from './cache.js'

export interface OpinionMarker {
  /** Token indices [from, to) in the view. */
  from: number
  to: number
  /** Text indices in the view. */
  start: number
  end: number
  id: string
}

// `position: 'detached'`: the phrase is a marker only at the start of the view or next to a comma
// (« Pour moi, c'est nul » but not « il a signé pour moi »; "To me, …" but not "send it to me").
// `position: 'label'`: only as the label of the sentence (« Mon avis : … », "My view: …"), not
// « je supprime mon avis Google ».
const FR_PHRASES: LexiconEntry[] = [
  {id: 'selon-moi', match: ['selon moi', "d'apres moi", 'a mon avis', 'a mon humble avis', 'a mon sens', 'a mes yeux', 'de mon point de vue', 'a mon point de vue', 'a titre personnel', 'pour ma part', 'en ce qui me concerne', 'de mon avis']},
  {id: 'personnellement', match: ['personnellement', 'perso moi', 'moi perso', 'selon mon experience', 'de mon experience', "d'apres mon experience", 'par experience']},
  {id: 'perso', match: ['perso'], position: 'detached'},
  {id: 'il-me-semble', match: ['il me semble', "il m'a semble", "il m'avait semble", 'il me semblait', 'il me parait', 'il me paraissait', 'me semble-t-il', 'ce me semble']},
  {id: 'sentiment', match: ["j'ai le sentiment", "j'ai l'impression", "j'ai eu le sentiment", "j'ai eu l'impression", "j'avais le sentiment", "j'avais l'impression", "j'ai la nette impression", "j'ai la sensation", 'mon sentiment est', 'mon impression est', 'mon opinion est', 'mon avis est', 'je suis d\'avis', 'je reste persuade', 'je reste persuadee', 'je suis persuade', 'je suis persuadee', 'je suis convaincu', 'je suis convaincue', 'je reste convaincu', 'je reste convaincue', 'je ne suis pas convaincu', 'je ne suis pas convaincue']},
  {id: 'pour-moi', match: ['pour moi'], position: 'detached'},
  {id: 'si-vous-voulez-mon-avis', match: ['si vous voulez mon avis', 'si tu veux mon avis', 'si vous voulez mon opinion', "c'est mon avis", "c'est mon opinion", "c'est mon sentiment", "c'est mon ressenti", "c'est mon impression", "c'est ma conviction", "ce n'est que mon avis", 'ma conviction est', 'mon ressenti est', 'mon point de vue est',
    "j'ai tendance a penser", "j'aurais tendance a penser", "j'aurais tendance a dire", 'je serais tente de dire', 'je serais tentee de dire', "j'ai la conviction", "il m'est avis", 'a mon gout', 'je pencherais pour dire', "j'ose dire", "j'ose penser"]},
  {id: 'me-semble', match: ['me semble', 'me semblent', 'me semblait', 'me semblaient', 'me parait', 'me paraissent', 'me paraissait', 'me paraissaient', "m'a semble", "m'ont semble", "m'avait semble", "m'a paru", "m'ont paru", "m'avait paru"]},
  {id: 'label', match: ['mon avis', 'mon opinion', 'mon ressenti', 'mon impression', 'mon sentiment', 'mon point de vue', 'mon humble avis', 'ma conviction', 'mon opinion personnelle', 'mon avis personnel'], position: 'label'}
]

const EN_PHRASES: LexiconEntry[] = [
  {id: 'in-my-opinion', match: ['in my opinion', 'in my humble opinion', 'in my honest opinion', 'in my view', 'in my eyes', 'in my book', 'in my judgement', 'in my judgment', 'to my mind', 'from my point of view', 'from my perspective', 'from where i stand', "as far as i'm concerned", 'as far as i am concerned', 'my opinion is', 'my view is', 'my impression is', 'my feeling is', 'my sense is', 'imo', 'imho', 'i am of the opinion', "i'm of the opinion", 'i am convinced', "i'm convinced", 'i am not convinced', "i'm not convinced"]},
  {id: 'personally', match: ['personally', 'in my experience', 'from my experience', 'in my own experience', 'speaking from experience']},
  {id: 'it-seems-to-me', match: ['it seems to me', 'it seemed to me', 'it appears to me', 'it looks to me', 'it feels to me', 'seems to me']},
  {id: 'to-me', match: ['to me', 'for me'], position: 'detached'},
  {id: 'if-you-ask-me', match: ['if you ask me', 'if you want my opinion', 'if you want my view', 'if you want my honest opinion', "that's my opinion", 'that is my opinion', "that's just my opinion", "that's my view", 'that is my view', 'my conviction is', 'my belief is', 'strikes me as', 'struck me as',
    "i'm inclined to think", 'i am inclined to think', 'i tend to think', 'i tend to feel', "i'd argue", 'i would argue', "i'd suggest", 'i would suggest', 'i have the feeling', 'i get the feeling', 'i get the impression', 'i have the impression', "i'm under the impression", 'i am under the impression',
    "i can't help thinking", "i can't help feeling", "it's my view", 'it is my view', "it's my opinion", 'it is my opinion', "it's my belief", 'it is my belief', 'my gut says', 'my gut feeling is', 'seem to me', 'seemed to me', 'appeared to me', 'looked to me']},
  {id: 'label', match: ['my view', 'my opinion', 'my take', 'my feeling', 'my impression', 'my honest opinion', 'my personal opinion', 'my two cents'], position: 'label'}
]

const FR_LEXICON = compileLexicon(FR_PHRASES, 'support/opinion.ts (fr)')
const EN_LEXICON = compileLexicon(EN_PHRASES, 'support/opinion.ts (en)')

// « je [ne|n'] [clitics] VERB » and « j'ai [clitics] PARTICIPLE ».
const FR_SUBJECT = new Set(['je', "j'", 'moi'])
const FR_CLITICS = new Set(['ne', "n'", 'le', 'la', 'les', "l'", 'me', "m'", 'te', "t'", 'vous', 'lui', 'leur', 'y', "y'", 'en', 'nous', 'se', "s'"])
// Present and conditional verbs of opinion. A past belief (« je pensais que », « je croyais »,
// « j'ai cru ») is not one: it says what the writer no longer thinks.
const FR_VERBS = new Set([
  'trouve', 'trouvais', 'trouverais', 'trouvai', 'estime', 'estimais', 'estimerais', 'pense', 'penserais',
  'considere', 'considerais', 'considererais', 'crois', 'croirais', 'juge', 'jugeais', 'jugerais',
  'ressens', 'ressentais', 'sens', 'sentais', 'qualifie', 'qualifierais', 'dirais', 'suppose', 'imagine',
  'doute', 'soupconne'
])
// « trouver » / "find" also means to come across something (« je ne trouve pas le contrat »):
// such a marker covers only a judgement it governs (see `opinionCovers`).
const FR_FIND = new Set(['trouve', 'trouvais', 'trouverais', 'trouvai'])
const FR_PARTICIPLES = new Set(['trouve', 'estime', 'pense', 'considere', 'cru', 'juge', 'ressenti', 'senti'])
// « j'ai toujours pensé que » still holds; « j'ai pensé que », « j'ai cru que » are past beliefs.
const FR_PAST_BELIEF = new Set(['pense', 'cru'])
const FR_AUX = new Set(['ai', 'avais', 'aurais'])
// « je pense à résilier »: thinking about, not an opinion.
const FR_ABOUT = new Set(['a', 'au', 'aux'])

const EN_SUBJECT = new Set(['i', "i'"])
const EN_FILLERS = new Set([
  "don'", 't', 'do', 'did', "didn'", 'not', 'really', 'honestly', 'personally', 'still', 'genuinely', 'truly', 'just',
  'also', 'strongly', 'firmly', 'sincerely', 'would', 'd', 'must', 'can', 'only', 'certainly', 'definitely', 'do', 'have', 've', 'always', 'now'
])
const EN_VERBS = new Set([
  'think', 'thought', 'feel', 'felt', 'believe', 'believed', 'find', 'found', 'consider', 'considered', 'reckon',
  'reckoned', 'guess', 'suppose', 'say', 'argue', 'maintain', 'doubt', 'suspect', 'judge', 'regard', 'view', 'deem'
])
const EN_FIND = new Set(['find', 'found'])
// "I thought they were professionals": a past belief, unless it still holds ("I've always thought").
const EN_PAST_BELIEF = new Set(['thought', 'believed'])
const EN_PERFECT = new Set(['have', 've'])
// "I think about it": not an opinion.
const EN_ABOUT = new Set(['about', 'of'])

/** « Mon avis : … », « Mon avis sur Vitrinova : … »: the phrase opens the view and a colon or a
 * dash follows it within a few words. */
function label(view: TextView, from: number, to: number): boolean {
  const tokens = view.tokens
  if (from !== 0) return false
  const text = view.text
  for (let k = to; k < tokens.length && k - to <= 4; k++) {
    for (let c = tokens[k - 1].end; c < tokens[k].start; c++) {
      const code = text.charCodeAt(c)
      if (STRONG_BREAKS.has(code)) return true
      if (WEAK_BREAKS.has(code)) return false
    }
  }
  return false
}

function placed(view: TextView, entry: LexiconEntry, from: number, to: number): boolean {
  if (entry.position === 'detached') return detached(view, from, to)
  if (entry.position === 'label') return label(view, from, to)
  return true
}

function detached(view: TextView, from: number, to: number): boolean {
  if (from === 0) return true
  const before = view.text.slice(view.tokens[from - 1].end, view.tokens[from].start)
  const after = to < view.tokens.length ? view.text.slice(view.tokens[to - 1].end, view.tokens[to].start) : ''
  return /[,;:(—–]/.test(before) || /[,;:)—–]/.test(after) || to >= view.tokens.length
}

/** Every opinion marker of a view (a sentence, usually), in order. `id` is the lexicon entry, or
 * `verb` (« je pense que », "I believe") / `verb-find` (« je trouve », "I find": see `opinionCovers`). */
export function opinionMarkers(view: TextView, lang: Lang): OpinionMarker[] {
  const markers: OpinionMarker[] = []
  const tokens = view.tokens
  const lexicon = lang === 'en' ? EN_LEXICON : FR_LEXICON
  for (const m of lexicon.find(view)) {
    if (!placed(view, m.entry, m.from, m.to)) continue
    markers.push({from: m.from, to: m.to, start: m.start, end: m.end, id: m.entry.id})
  }
  const find = lang === 'en' ? EN_FIND : FR_FIND
  for (let i = 0; i < tokens.length; i++) {
    const end = lang === 'en' ? englishVerbMarker(tokens, i) : frenchVerbMarker(tokens, i)
    if (end > i) markers.push({from: i, to: end, start: tokens[i].start, end: tokens[end - 1].end, id: find.has(tokens[end - 1].fold) ? 'verb-find' : 'verb'})
  }
  return markers.sort((a, b) => a.from - b.from)
}

/** Whether the view states an opinion (see `opinionMarkers`). */
export function hasOpinionMarker(view: TextView, lang: Lang): boolean {
  const tokens = view.tokens
  for (let i = 0; i < tokens.length; i++) {
    if ((lang === 'en' ? englishVerbMarker(tokens, i) : frenchVerbMarker(tokens, i)) > i) return true
  }
  const lexicon = lang === 'en' ? EN_LEXICON : FR_LEXICON
  for (const m of lexicon.find(view)) {
    if (placed(view, m.entry, m.from, m.to)) return true
  }
  return false
}

// Clause boundaries for the reach of a marker, by character code (no regex per gap).
const STRONG_BREAKS = new Set([';', ':', '—', '–'].map((c) => c.charCodeAt(0)))
const WEAK_BREAKS = new Set([',', ';', ':', '—', '–', '(', ')', '…'].map((c) => c.charCodeAt(0)))
// Words that may share a clause with a marker that stands alone (« Bref, à mon avis : … »).
const ALONE_WORDS = new Set(['et', 'mais', 'donc', 'bref', 'enfin', 'franchement', 'honnetement', 'sincerement', 'en', 'tout', 'cas', 'bien', 'sur', 'que', "qu'", 'moi',
  'and', 'but', 'so', 'honestly', 'frankly', 'well', 'anyway', 'that', 'though', 'still', 'at', 'least', 'all', 'the', 'same'])
const THAT = new Set(['que', "qu'", 'that'])

/** Whether a break of `breaks` lies in the text between tokens `a` and `b` (a < b). */
function breakBetween(view: TextView, a: number, b: number, breaks: Set<number>): boolean {
  const text = view.text
  const from = view.tokens[a].end
  const to = view.tokens[b].start
  for (let c = from; c < to; c++) if (breaks.has(text.charCodeAt(c))) return true
  return false
}

/** Whether the marker is the whole of its clause (`breaks` delimit clauses) but for a few linking words. */
function alone(view: TextView, marker: OpinionMarker, breaks: Set<number>): boolean {
  const tokens = view.tokens
  for (let i = marker.from - 1; i >= 0 && !breakBetween(view, i, i + 1, breaks); i--) if (!ALONE_WORDS.has(tokens[i].fold)) return false
  for (let i = marker.to; i < tokens.length && !breakBetween(view, i - 1, i, breaks); i++) if (!ALONE_WORDS.has(tokens[i].fold)) return false
  return true
}

/**
 * Whether an opinion marker of the view covers token `index` (a judgement). A marker covers its own
 * sentence, but not what lies beyond a semicolon, colon or dash (« Je ne trouve pas les mots :
 * leur travail est indigne ») unless the marker stands alone before it (« À mon avis : … »).
 * « Je trouve » / "I find" also means coming across something (« je trouve enfin le contrat,
 * … »): it covers a judgement that follows it in the same clause (« je trouve leur travail
 * bâclé »), a « que » clause, or the sentence when it stands alone (« …, je trouve. »).
 */
export function opinionCovers(view: TextView, lang: Lang, index: number, markers: OpinionMarker[] = opinionMarkers(view, lang)): boolean {
  for (const marker of markers) {
    const sameClause = index < marker.from ? !breakBetween(view, index, marker.from, STRONG_BREAKS) : index < marker.to || !breakBetween(view, marker.to - 1, index, STRONG_BREAKS)
    if (marker.id !== 'verb-find') {
      // « Mon avis sur Vitrinova : … » labels what follows its colon.
      if (sameClause || marker.id === 'label' || alone(view, marker, STRONG_BREAKS)) return true
      continue
    }
    if (alone(view, marker, WEAK_BREAKS) && (sameClause || alone(view, marker, STRONG_BREAKS))) return true
    if (!sameClause || index < marker.to) continue
    // « je trouve que … », "I find that …"
    const next = view.tokens[marker.to]?.fold ?? ''
    if (THAT.has(next)) return true
    // « je trouve leur travail bâclé »: the judgement in the same clause, after the verb.
    if (!breakBetween(view, marker.to - 1, index, WEAK_BREAKS)) return true
  }
  return false
}

function frenchVerbMarker(tokens: Token[], i: number): number {
  if (!FR_SUBJECT.has(tokens[i].fold)) return -1
  let k = i + 1
  // « moi je trouve » / « moi, je trouve »
  if (tokens[i].fold === 'moi' && k < tokens.length && (tokens[k].fold === 'je' || tokens[k].fold === "j'")) k++
  let clitics = 0
  while (k < tokens.length && FR_CLITICS.has(tokens[k].fold) && clitics < 3) {
    k++
    clitics++
  }
  if (k >= tokens.length) return -1
  const word = tokens[k].fold
  if (FR_VERBS.has(word)) {
    if ((word === 'pense' || word === 'penserais') && FR_ABOUT.has(tokens[k + 1]?.fold ?? '')) return -1
    return k + 1
  }
  if (FR_AUX.has(word)) {
    let p = k + 1
    let more = 0
    while (p < tokens.length && FR_CLITICS.has(tokens[p].fold) && more < 2) {
      p++
      more++
    }
    // « j'ai toujours trouvé », « je n'ai jamais pensé que »
    let always = false
    if (p < tokens.length && (tokens[p].fold === 'toujours' || tokens[p].fold === 'jamais' || tokens[p].fold === 'pas' || tokens[p].fold === 'vite' || tokens[p].fold === 'vraiment')) {
      always = tokens[p].fold === 'toujours'
      p++
    }
    if (p < tokens.length && FR_PARTICIPLES.has(tokens[p].fold)) {
      if (FR_PAST_BELIEF.has(tokens[p].fold) && !always) return -1
      return p + 1
    }
  }
  return -1
}

function englishVerbMarker(tokens: Token[], i: number): number {
  if (!EN_SUBJECT.has(tokens[i].fold)) return -1
  let k = i + 1
  let fillers = 0
  let perfect = false
  let conditional = false
  while (k < tokens.length && EN_FILLERS.has(tokens[k].fold) && fillers < 4) {
    if (EN_PERFECT.has(tokens[k].fold)) perfect = true
    if (tokens[k].fold === 'would' || tokens[k].fold === 'd') conditional = true
    k++
    fillers++
  }
  if (k < tokens.length && EN_VERBS.has(tokens[k].fold)) {
    const verb = tokens[k].fold
    // "I say" is not a marker ("as I said", "I can say", "I must say"); "I'd say" / "I would say" is.
    if (verb === 'say' && !conditional) return -1
    // "I thought they were professionals": a past belief ("I've always thought" still holds).
    if (EN_PAST_BELIEF.has(verb) && !perfect) return -1
    if ((verb === 'think' || verb === 'thought') && EN_ABOUT.has(tokens[k + 1]?.fold ?? '')) return -1
    return k + 1
  }
  return -1
}

// ---------------------------------------------------------------------------------------------
// Clause helpers shared by the judgement rules (fact-as-opinion, insult, emotion).

/** The characters between token `i - 1` and token `i` (text before the first token for i = 0). */
export function gapBefore(view: TextView, i: number): string {
  if (i <= 0) return view.text.slice(0, view.tokens[0]?.start ?? 0)
  if (i >= view.tokens.length) return view.text.slice(view.tokens[view.tokens.length - 1].end)
  return view.text.slice(view.tokens[i - 1].end, view.tokens[i].start)
}

/** The characters between token `i` and token `i + 1` (text after the last token for the last). */
export function gapAfter(view: TextView, i: number): string {
  return gapBefore(view, i + 1)
}

/** Punctuation that ends a clause. */
export const CLAUSE_BREAK = /[,;:()[\]—–?!.…«»"“”=]/

/** Lowercases the first letter of a phrase (for a clause moved after « Je trouve… »). */
export function lowerFirst(value: string): string {
  return value.charAt(0).toLowerCase() + value.slice(1)
}

/** Uppercases the first letter of a phrase. */
export function upperFirst(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1)
}

/** Whether text indices [start, end) of a view map to one unbroken stretch of the source (no
 * Markdown markup inside): only then can a quick fix replace the range without breaking markup. */
export function contiguous(view: TextView, start: number, end: number): boolean {
  if (end <= start) return true
  return view.offsets[end - 1] - view.offsets[start] === end - 1 - start
}

/** French typography for a reason: no-break space before « : » and narrow ones before ; ! ? ». */
export function frenchSpaces(reason: string): string {
  return reason.replace(/ :/g, '\u00A0:').replace(/ ([;!?])/g, '\u202F$1').replace(/ »/g, '\u00A0»')
}

export interface ParagraphViews {
  paragraph: Paragraph
  sentences: TextView[]
}

const viewCache = objectCache<Root, ParagraphViews[]>('sentencesByParagraph')

/** The sentence views of every paragraph, built once per tree and shared by the rules that ask
 * (the engine runs every rule on the same tree, so the judgement rules tokenise each sentence once). */
export function sentencesByParagraph(tree: Root): ParagraphViews[] {
  let cached = viewCache.get(tree)
  if (!cached) {
    cached = []
    for (const paragraph of tree.children) {
      if (paragraph.type !== 'ParagraphNode') continue
      const sentences: TextView[] = sentenceViewsOf(paragraph)
      cached.push({paragraph, sentences})
    }
    viewCache.set(tree, cached)
  }
  return cached
}
