// Front matter: the direct reading of simple `key: text` blocks gives what the yaml package gives,
// and declines everything else.
import fc from 'fast-check'
import YAML from 'yaml'
import {describe, expect, it} from 'vitest'
import {parseFrontmatter, simpleYaml} from '../src/core/frontmatter.js'

const keys = fc.constantFrom('null', 'true', 'on', 'titre', 'auteur', 'date', 'lang', 'langue', 'title', 'author', 'société', 'Titre_2', 'a-b', 'x')
const values = fc.oneof(
  {weight: 5, arbitrary: fc.constantFrom('Mon témoignage', 'Camille Exemple', 'fr', 'en', 'Été 2023', 'Loca-Exemple SAS', 'contrat de 48 mois', 'Le site. Et ensuite', 'É')},
  {weight: 2, arbitrary: fc.constantFrom('true', 'No', 'null', 'y', 'Off', '12', '2023-03-01', '0x1F', '.inf', '~', "'cité'", '"cité"', 'a: b', 'a #b', '[a, b]', '{a: 1}', '&ancre', '*ref', '!tag x', '|', '>', '- item', 'a ', '', ' a', 'a\tb', 'a\\b', '@x', '`x`', '%x')}
)
const line = fc.oneof(
  {weight: 8, arbitrary: fc.tuple(keys, fc.constantFrom(': ', ':  ', ':'), values).map(([key, sep, value]) => key + sep + value)},
  {weight: 1, arbitrary: fc.constantFrom('# commentaire', '  indenté: oui', '- liste', '', 'clé sans valeur', '"guillemets": oui', '1: un')}
)

describe('front matter', () => {
  it('reads simple blocks as YAML does, and declines anything else', () => {
    let simple = 0
    fc.assert(
      fc.property(fc.array(line, {minLength: 1, maxLength: 5}), (lines) => {
        const body = lines.join('\n') + '\n'
        const direct = simpleYaml(body)
        if (direct === undefined) return
        simple++
        expect(direct, JSON.stringify(body)).toEqual(YAML.parse(body, {uniqueKeys: false}))
      }),
      {numRuns: 5000}
    )
    expect(simple).toBeGreaterThan(200)
  })

  it('gives the same result with or without the direct reading', () => {
    const text = '---\ntitre: Mon témoignage\nauteur: Camille Exemple\n---\n\nTexte.\n'
    expect(simpleYaml('titre: Mon témoignage\nauteur: Camille Exemple\n')).toEqual({titre: 'Mon témoignage', auteur: 'Camille Exemple'})
    expect(parseFrontmatter(text)).toEqual({data: {titre: 'Mon témoignage', auteur: 'Camille Exemple'}, end: 54, lines: 4})
    expect(parseFrontmatter('---\ntitre: "cité"\ndate: 2023-03-01\nn: 12\n---\n').data).toEqual({titre: 'cité', date: '2023-03-01', n: 12})
  })
})
