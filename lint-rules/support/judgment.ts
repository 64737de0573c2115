// Does a sentence cite a judgment? Used by `presumption` (a conviction stated with its source is
// fine, art. 9-1 Code civil) and `criminal-term` (quoting the offence a court convicted someone of).
//
// A citation is a court together with a date or a decision number, in the same text:
//   « Le tribunal de commerce de Lyon a condamné la société le 3 mai 2022 »
//   « CA Paris, 16 nov. 2023, RG n° 21/04562 », « Cass. com., 12 janv. 2022, n° 20-12.345 »
//   "convicted by the Lyon Criminal Court on 12 January 2021 (case no. 20/01234)"
//   "R v Brightline Ltd [2021] EWCA Crim 123" (a neutral citation names its court)
// A decision noun (jugement, arrêt, ordonnance de référé, judgment, ruling) with a decision number
// also counts (« jugement n° 2022F00418 »). A bare year (« condamné en 2019 ») is not a date.
// NOT a citation: a forum, « internet », « la justice », « je crois », a court without date or
// number (« je saisirai le tribunal »), a year alone, a law (« loi n° 2018-898 »).
//
// Regexes are compiled once; callers run them only on sentences that already contain a candidate
// term, so the cost stays off the per-keystroke hot path.
import type {Lang} from '../../src/core/types.js'

const L = '\\p{L}'
// Word boundaries that understand accented letters (JS `\b` is ASCII only).
const B = `(?<![${L}\\p{N}])`
const E = `(?![${L}\\p{N}])`

const FR_COURT = new RegExp(
  B +
    '(?:' +
    [
      'tribunal', 'tribunaux', 'cour\\s+d[\'’]\\s?appel', 'cour\\s+de\\s+cassation', 'cour\\s+d[\'’]\\s?assises',
      'cour\\s+criminelle', 'cour\\s+administrative', 'conseil\\s+de\\s+prud[\'’]\\s?hommes', 'prud[\'’]\\s?hommes',
      'conseil\\s+d[\'’]\\s?[ée]tat', 'juge\\s+des\\s+r[ée]f[ée]r[ée]s', 'juge\\s+de\\s+l[\'’]\\s?ex[ée]cution',
      'juge\\s+des\\s+contentieux', 'juridiction\\s+de\\s+proximit[ée]', 'chambre\\s+correctionnelle',
      'cass\\.', 't\\.\\s?com\\.?', 't\\.\\s?corr\\.?', 'trib\\.'
    ].join('|') +
    ')' +
    E,
  'iu'
)
// Acronyms are case-sensitive: « CA » is also « chiffre d'affaires », so it needs a capitalised place
// name or a comma right after it (« CA Paris », « CA, 3 mai 2022 »).
const FR_COURT_ACRONYM = new RegExp(`${B}(?:TJ|TGI|TI|TC|CPH|TCom|TCorr|CA(?=\\s+(?:de\\s+)?\\p{Lu}|\\s*,))${E}`, 'u')

const EN_COURT = new RegExp(
  B +
    '(?:' +
    [
      '(?:crown|high|county|magistrates[\'’]?|commercial|criminal|appeal|appeals|district|supreme|civil|family|' +
        'employment|labour|labor|business|police|small\\s+claims|youth)\\s+(?:courts?|ct\\.)',
      'courts?\\s+of\\s+(?:appeal|cassation|justice|session|first\\s+instance)',
      'tribunal', 'tribunaux', 'cour\\s+d[\'’]\\s?appel', 'cour\\s+de\\s+cassation', 'cass\\.', 'conseil\\s+de\\s+prud[\'’]\\s?hommes'
    ].join('|') +
    ')' +
    E,
  'iu'
)
// A capitalised "X Court" (Lyon Criminal Court, Bristol Court) or the bare word "court" (then a
// decision number is required, see below).
const EN_NAMED_COURT = new RegExp(`${B}\\p{Lu}[\\p{L}'’]*\\s+Court${E}`, 'u')
const EN_ANY_COURT = new RegExp(`${B}(?:courts?${E}|ct\\.)`, 'iu')

const FR_DECISION = new RegExp(`${B}(?:jugement|arr[êe]t|ordonnance\\s+de\\s+r[ée]f[ée]r[ée]|d[ée]cision)${E}`, 'iu')
const EN_DECISION = new RegExp(`${B}(?:judgment|judgement|ruling|decision|order)${E}`, 'iu')

const FR_MONTHS =
  'janv(?:ier|\\.)?|f[ée]vr(?:ier|\\.)?|mars|avr(?:il|\\.)?|mai|juin|juil(?:let|\\.)?|ao[ûu]t|sept(?:embre|\\.)?|' +
  'oct(?:obre|\\.)?|nov(?:embre|\\.)?|d[ée]c(?:embre|\\.)?'
const EN_MONTHS =
  'jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may|june?|july?|aug(?:ust|\\.)?|' +
  'sep(?:t|tember|\\.)?\\.?|oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?'

// Day + month (+ year), or a numeric date. A year alone is not enough.
const FR_DATE = new RegExp(
  `${B}(?:(?:1er|[0-3]?\\d)\\s+(?:${FR_MONTHS})(?![\\p{L}])(?:\\s+\\d{4})?|[0-3]?\\d[/.][01]?\\d[/.](?:\\d{4}|\\d{2}))${E}`,
  'iu'
)
const EN_DATE = new RegExp(
  `${B}(?:[0-3]?\\d(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${EN_MONTHS})(?![\\p{L}])(?:,?\\s+\\d{4})?|` +
    `(?:${EN_MONTHS})(?![\\p{L}])\\s+[0-3]?\\d(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|[0-3]?\\d[/.][01]?\\d[/.](?:\\d{4}|\\d{2}))${E}`,
  'iu'
)

// Decision numbers: « n° 21/01234 », « RG 21/04562 », « pourvoi n° 20-20.648 », « 2022F00418 »,
// "case no. 20/01234", "[2021] EWHC 123 (Ch)".
const NUMBER = new RegExp(
  [
    // Bounded gaps (\\s{0,3}) keep the match linear on long runs of spaces.
    `${B}(?:n\\s?[°º]|nos?\\.|num[ée]ro|rg|r\\.g\\.|pourvoi|case|claim|affaire|dossier)(?:\\s{0,3}(?:n\\s?[°º]|no\\.))?\\s{0,3}:?\\s{0,3}[A-Z]{0,4}\\s?\\d`,
    `${B}\\d{2}/\\d{4,6}${E}`,
    `${B}\\d{2}-\\d{2}\\.\\d{3}${E}`
  ].join('|'),
  'iu'
)
// Case-sensitive shapes: « 2022F00418 » (tribunal de commerce), "[2021] EWHC 123".
const NUMBER_CS = new RegExp(`${B}\\d{4}[A-Z]\\d{3,}${E}|\\[\\d{4}\\]\\s+[A-Z]{2,}`, 'u')
// « loi n° 2018-898 », « ordonnance n° 2016-301 », « décret n° … », "Act 2006": numbers of texts, not decisions.
const LAW_NUMBER = new RegExp(
  `${B}(?:loi|ordonnance|d[ée]cret|arr[êe]t[ée]|directive|r[èe]glement|article|art\\.)\\s+(?:n\\s?[°º]|no\\.)\\s*\\d[\\w./-]*`,
  'giu'
)

// An England and Wales neutral citation names the court itself: "[2021] EWCA Crim 123", "[2020] EWHC
// 456 (QB)", "[2019] UKSC 12". It is a full citation on its own.
const NEUTRAL_CITATION = new RegExp(
  `\\[\\d{4}\\]\\s{1,3}(?:UKSC|UKPC|UKHL|EWCA|EWHC|EWFC|EWCOP|UKUT|UKFTT|NICA|NIQB|NICC|CSIH|CSOH|HCJAC)(?:\\s{1,3}(?:Civ|Crim))?\\s{1,3}\\d+${E}`,
  'u'
)

function hasDecisionNumber(text: string): boolean {
  if (NUMBER_CS.test(text)) return true
  if (!NUMBER.test(text)) return false
  // Remove law numbers and retry: « la loi n° 2018-898 » alone is not a decision number.
  if (!LAW_NUMBER.test(text)) return true
  LAW_NUMBER.lastIndex = 0
  return NUMBER.test(text.replace(LAW_NUMBER, ' '))
}

/**
 * True when `text` (a sentence) cites a judgment: a court with a date or a decision number, or a
 * decision noun (jugement, arrêt, judgment, ruling) with a decision number.
 */
export function citesJudgment(text: string, lang: Lang): boolean {
  if (NEUTRAL_CITATION.test(text)) return true
  if (lang === 'en') {
    const number = hasDecisionNumber(text)
    if (EN_COURT.test(text) || EN_NAMED_COURT.test(text) || FR_COURT_ACRONYM.test(text)) {
      return number || EN_DATE.test(text) || FR_DATE.test(text)
    }
    return number && (EN_ANY_COURT.test(text) || EN_DECISION.test(text) || FR_DECISION.test(text))
  }
  if (FR_COURT.test(text) || FR_COURT_ACRONYM.test(text)) {
    return FR_DATE.test(text) || hasDecisionNumber(text)
  }
  return FR_DECISION.test(text) && hasDecisionNumber(text)
}

// Sentence splitters cut citations at abbreviation periods (« T. corr. » | « Lyon, 4 juill. » |
// « 2022, n° 22/01555). »). A fragment is glued to the next one when it ends with such an
// abbreviation or when the next one starts with a digit, a lowercase letter or a bracket.
const ABBREVIATION_END = new RegExp(
  `${B}(?:t|trib|com|corr|civ|crim|soc|cass|ch|ca|tj|tgi|ct|cts|réf|ref|ord|jur|arr|n|no|nos|art|al|` +
    `janv|jan|févr|fevr|fév|feb|mars|mar|avr|apr|juil|juill|jul|aug|sept|sep|oct|nov|déc|dec)\\.$`,
  'iu'
)
const CONTINUATION_START = /^\s{0,8}[\p{Ll}\p{N}(\[]/u

/**
 * Groups a paragraph's sentences into citation units: for each sentence, the index of the first
 * sentence of its unit. `texts` are the sentences' texts in order.
 */
export function citationGroups(texts: readonly string[]): number[] {
  const groups: number[] = []
  for (let i = 0; i < texts.length; i++) {
    // Only the end of the previous sentence matters (and testing a short tail keeps this linear).
    const glued = i > 0 && (ABBREVIATION_END.test(texts[i - 1].trimEnd().slice(-12)) || CONTINUATION_START.test(texts[i]))
    groups.push(glued ? groups[i - 1] : i)
  }
  return groups
}

/** The text of the citation unit around sentence `index` (see `citationGroups`). */
export function unitText(texts: readonly string[], groups: readonly number[], index: number): string {
  const group = groups[index]
  let text = ''
  for (let i = group; i < texts.length && groups[i] === group; i++) text += (text ? ' ' : '') + texts[i]
  return text
}

/** The unit after the one of sentence `index`, or undefined. */
export function nextUnitText(texts: readonly string[], groups: readonly number[], index: number): string | undefined {
  const group = groups[index]
  let i = index
  while (i < texts.length && groups[i] === group) i++
  return i < texts.length ? unitText(texts, groups, i) : undefined
}
