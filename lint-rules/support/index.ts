export * from './text.js'
export * from './view.js'
export * from './lexicon.js'
export * from './define-rule.js'
