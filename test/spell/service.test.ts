// The editor worker's logic, in-process: the spelling-only engine over the prepared dictionaries.
import {describe, expect, it} from 'vitest'
import {createSpellService} from '../../src/renderer/spell/service.js'
import {dictBytes} from './helpers.js'

const service = () => createSpellService({fr: dictBytes('fr'), en: dictBytes('en')})
const flagged = (s: ReturnType<typeof service>, text: string) => s.check(text).issues.map((i) => text.slice(i.from, i.to))

describe('spell service (what the editor worker runs)', () => {
  it('flags typos with their exact range, reason and suggestions', () => {
    const s = service()
    const text = "# Mon témoignage\n\nL'agense n'a jamais rembourssé ma commande.\n"
    const {issues, pending} = s.check(text, 60_000) // generous budget: the machine may be loaded
    expect(pending).toBe(false)
    expect(issues.map((i) => text.slice(i.from, i.to))).toEqual(["L'agense", 'rembourssé'])
    expect(issues[1].expected).toContain('remboursé')
    expect(issues[1].lang).toBe('fr')
    expect(issues[1].reason).toContain('«\u00a0rembourssé\u00a0»')
  })

  it('does not check code, URLs, e-mail addresses or HTML comments', () => {
    const s = service()
    const text = [
      'Voir `agense_config` et https://agense-exemple.fr/contrat ou ecrivez à contact@agense-exemple.fr.',
      '',
      '```',
      'const agense = rembourssé()',
      '```',
      '',
      '<!-- notte perso : agense -->',
      '',
      'Fin du texte.'
    ].join('\n')
    expect(flagged(s, text)).toEqual(['ecrivez'])
  })

  it('knows front-matter names and the personal dictionary', () => {
    const s = service()
    const text = '---\nagence: Agence Zorvanel\nauteur: Maëlys Brandouin\n---\n\nZorvanel a répondu à Maëlys Brandouin et à Quintaport.\n'
    expect(flagged(s, text)).toEqual(['Quintaport'])
    s.setWords(['Quintaport'])
    expect(flagged(s, text)).toEqual([])
  })

  it('checks English paragraphs with the English dictionary', () => {
    const s = service()
    const text = 'Le remboursement promis n’est jamais arrivé malgré mes relances.\n\nThe agency never sent the refund they promissed to me last year.\n'
    const {issues} = s.check(text, 60_000)
    expect(issues.map((i) => [i.word, i.lang])).toEqual([['promissed', 'en']])
    expect(issues[0].expected).toContain('promised')
  })

  it('leaves suggestions over the time budget for later, then provides them', () => {
    const s = service()
    const text = 'Les sociétés Zorblaxinette et Quintaporteuse ont répondu.'
    const first = s.check(text, 0)
    expect(first.issues.map((i) => i.expected)).toEqual([null, null])
    expect(first.pending).toBe(true)
    while (s.computePending(1000));
    const second = s.check(text, 0)
    expect(second.pending).toBe(false)
    expect(second.issues.every((i) => Array.isArray(i.expected))).toBe(true)
  })
})
