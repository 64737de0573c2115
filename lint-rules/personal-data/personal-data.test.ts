import {describe, expect, it} from 'vitest'
import {lexiconMisses, linterFor, readFixtures} from './test-helpers.js'
import fr from './lexicon.fr.yml'
import en from './lexicon.en.yml'
import {ibanChecksumOk, isRoleAddress, rule} from './index.js'

const lint = linterFor(rule)

describe('personal-data fixtures (standalone engine)', () => {
  for (const fixture of readFixtures('personal-data')) {
    it(`${fixture.lang}: ${fixture.input.slice(0, 70)}`, () => {
      expect(lint(fixture.input, fixture.lang).map((m) => m.actual)).toEqual(fixture.flags)
    })
  }
})

describe('IBAN checksum and role addresses', () => {
  it('accepts the published example IBANs and rejects a changed digit', () => {
    expect(ibanChecksumOk('FR7630006000011234567890189')).toBe(true)
    expect(ibanChecksumOk('GB82WEST12345698765432')).toBe(true)
    expect(ibanChecksumOk('FR7630006000011234567890188')).toBe(false)
    expect(ibanChecksumOk('GB82WEST12345698765433')).toBe(false)
  })
  it('tells role addresses from personal ones', () => {
    expect(isRoleAddress('contact@agence.example')).toBe(true)
    expect(isRoleAddress('service.client@agence.example')).toBe(true)
    expect(isRoleAddress('no-reply@agence.example')).toBe(true)
    expect(isRoleAddress('support2@agence.example')).toBe(true)
    expect(isRoleAddress('julien.moreau@agence.example')).toBe(false)
    expect(isRoleAddress('jmoreau@gmail.example')).toBe(false)
  })
})

describe('personal-data beyond the fixtures', () => {
  const cases: Array<[string, 'fr' | 'en', string[]]> = [
    ['il m’a appelée depuis le 0600000099 un dimanche soir', 'fr', ['0600000099']],
    ['> Cordialement, Rémi Caron – 06.00.00.00.98 (portable perso)', 'fr', ['06.00.00.00.98']],
    ['Tél. du commercial : +33 6 00 00 00 97', 'fr', ['+33 6 00 00 00 97']],
    ['Appelez le 0033 6 00 00 00 96 ou le 09 00 00 00 95.', 'fr', ['0033 6 00 00 00 96', '09 00 00 00 95']],
    ['Numéro américain de leur maison mère : (555) 010-0199.', 'fr', ['(555) 010-0199']],
    ['Je joins le RIB de l’agence : FR76 3000 6000 0112 3456 7890 188.', 'fr', ['FR76 3000 6000 0112 3456 7890 188']],
    ['Référence interne FR76 3000 6000 0112 3456 7890 188 du dossier.', 'fr', []],
    ['Le responsable, M. Hugo Ferrant, domicilié 7 impasse des Lilas à Villeurbanne, m’a raccroché au nez.', 'fr', ['M. Hugo Ferrant, domicilié', '7 impasse des Lilas à Villeurbanne']],
    ["L'adresse du gérant : 22 chemin de la Source, 13100 Aix-en-Provence (c'est sa maison, pas le siège).", 'fr', ['22 chemin de la Source, 13100 Aix-en-Provence']],
    ['Le commercial s’appelle Loïc Tessier. Il a 31 ans et vit chez sa mère.', 'fr', ['Loïc Tessier. Il a 31 ans et vit chez sa mère']],
    ['La conseillère, Mme Arnaud, m’a dit qu’elle était enceinte.', 'fr', ['Mme Arnaud, m’a dit qu’elle était enceinte']],
    ['Madame, Monsieur, je vous écris au sujet du contrat n° 2023-06-1187.', 'fr', []],
    ['Mme Durand m’a demandé si j’étais enceinte, ce qui n’a rien à voir.', 'fr', []],
    ['Le gérant habite à Saint-Paul, d’après le Kbis.', 'fr', []],
    ['M. Perrin a 20 ans d’expérience dans la vente, dit la plaquette.', 'fr', []],
    ['Le tribunal de commerce, 10 rue de la Paix, 75002 Paris, a rendu son jugement le 3 mai 2022.', 'fr', []],
    ['Nous avons payé 9 000 € le 12/03/2024 ; dossier RG n° 21/04562.', 'fr', []],
    ['His personal email is liam.porter.home@example.com.', 'en', ['liam.porter.home@example.com']],
    ['Call 07700 900123 or (555) 010-0188 after six.', 'en', ['07700 900123', '(555) 010-0188']],
    ['The sales rep, Emma Clarke, told me she was going through a divorce.', 'en', ['Emma Clarke, told me she was going through a divorce']],
    ['Mrs Doyle, 82, lives alone and signed the same contract.', 'en', ['Mrs Doyle, 82, lives alone']],
    ['I was pregnant when Mr Hale came to the shop.', 'en', []],
    ['**Tél. : 06 00 00 00 21**', 'fr', ['06 00 00 00 21']],
    ['Le numéro du commercial est le 06-00-00-00-22.', 'fr', ['06-00-00-00-22']],
    ['MME COSTA, QUI A 82 ANS ET VIT SEULE, A SIGNÉ.', 'fr', ['MME COSTA, QUI A 82 ANS ET VIT SEULE']],
    ['Selon lui, M. Garnier serait en dépression depuis son divorce.', 'fr', ['M. Garnier serait en dépression depuis son divorce']],
    ['Mme Petit, la gérante, a signé le procès-verbal le 6 avril 2023.', 'fr', []],
    ['La commerciale m’a dit qu’elle était pressée.', 'fr', []],
    ['Les 12 et 13 mars 2024, 2 300 € ont été prélevés.', 'fr', []],
    ['Their rep, Mr Doyle, told me his wife had just had a baby.', 'en', ['Mr Doyle, told me his wife had just had a baby']],
    ['Their support address is help@agency.example.', 'en', []]
  ]
  for (const [text, lang, flags] of cases) {
    it(`${lang}: ${text}`, () => expect(lint(text, lang).map((m) => m.actual)).toEqual(flags))
  }
})

describe('personal-data lexicons', () => {
  it('find every phrase they list (French)', () => expect(lexiconMisses(fr, 'lexicon.fr.yml')).toEqual([]))
  it('find every phrase they list (English)', () => expect(lexiconMisses(en, 'lexicon.en.yml')).toEqual([]))
})

describe('personal-data: names introduced by a role', () => {
  it('reads « Le commercial, Gwenaël Le Bihan, » as a name', () => {
    expect(lint('Le commercial, Gwenaël Le Bihan, vit chez ses parents à Vannes.', 'fr').map((m) => m.actual)).toEqual(['Gwenaël Le Bihan, vit chez ses parents'])
  })
  it('does not read a single capitalised word after a role as a name', () => {
    expect(lint('Le commercial Lyonnais est en arrêt depuis mars, selon le standard.', 'fr').map((m) => m.actual)).toEqual([])
  })
  it('reads "the rep, Aoife Brennan," as a name', () => {
    expect(lint('The rep, Aoife Brennan, is on sick leave.', 'en').map((m) => m.actual)).toEqual(['Aoife Brennan, is on sick leave'])
  })
})

describe('blackmail, personal-data and recording on arbitrary text', () => {
  it('never fail internally, and keep messages inside the text', async () => {
    const fc = (await import('fast-check')).default
    const {rule: blackmail} = await import('../blackmail/index.js')
    const {rule: recording} = await import('../recording/index.js')
    const lints = [linterFor(rule), linterFor(blackmail), linterFor(recording)]
    const pieces = ['06 12 34 56 78', '+33 (0)6 ', 'FR76 3000 6000 0112 3456 7890 18', '9', ' ', '\n', '\n\n', '. ', ', ', ' ; ', '@', 'a.b@c.example', 'M. ', 'Mme Costa', ' qui a 80 ans', ' rue des Lilas', '12 ', '69003 Lyon', 'si vous me remboursez', 'je retire mon avis', ' contre ', 'Sinon', ' ou ', ' et ', '€', '=', 'à son insu', 'enregistré', 'caméra cachée', '« ', ' »', '’', "qu'", '**', '> ', '- ', '`code`', '[lien](http://x.example)', '\u00A0', '\u202F', '🙂', 'É']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 50}), fc.constantFrom('fr', 'en'), (parts, lang) => {
        const text = parts.join('')
        for (const lintWith of lints) {
          for (const m of lintWith(text, lang as 'fr' | 'en')) {
            expect(m.reason).not.toMatch(/^Erreur interne/)
            expect(m.place.start.offset).toBeGreaterThanOrEqual(0)
            expect(m.place.end.offset).toBeLessThanOrEqual(text.length)
            expect(m.place.start.offset).toBeLessThanOrEqual(m.place.end.offset)
          }
        }
      }),
      {numRuns: 300}
    )
  })
})
