import {describe, expect, it} from 'vitest'
import {objectCache} from './cache.js'

describe('objectCache', () => {
  it('keeps one value per object', () => {
    const cache = objectCache<object, number>('test')
    const a = {type: 'SentenceNode'}
    const b = {type: 'SentenceNode'}
    expect(cache.get(a)).toBeUndefined()
    cache.set(a, 1)
    cache.set(b, 2)
    expect(cache.get(a)).toBe(1)
    expect(cache.get(b)).toBe(2)
    cache.set(a, 3)
    expect(cache.get(a)).toBe(3)
  })

  it('two caches on the same object do not see each other', () => {
    const views = objectCache<object, string>('views')
    const ranges = objectCache<object, string>('ranges')
    const node = {}
    views.set(node, 'view')
    expect(ranges.get(node)).toBeUndefined()
  })

  it('leaves the object as it was for its readers: keys, JSON, deep equality', () => {
    const cache = objectCache<object, number[]>('hidden')
    const node = {type: 'WordNode', children: []}
    cache.set(node, [1, 2])
    expect(Object.keys(node)).toEqual(['type', 'children'])
    expect(JSON.stringify(node)).toBe('{"type":"WordNode","children":[]}')
    expect(node).toStrictEqual({type: 'WordNode', children: []})
    expect({...node}).toEqual(node)
  })

  it('works on objects that cannot take a property', () => {
    const cache = objectCache<object, number>('frozen')
    const frozen = Object.freeze({type: 'ParagraphNode'})
    cache.set(frozen, 7)
    expect(cache.get(frozen)).toBe(7)
    expect(Object.getOwnPropertySymbols(frozen)).toEqual([])
  })
})
