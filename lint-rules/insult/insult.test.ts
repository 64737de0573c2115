// The insult rule alone: its JSDoc fixtures, every lexicon phrase in its frame sentence, and its
// development-corpus category (helpers shared with fact-as-opinion and emotion).
import {rule as insultRule} from './index.js'
import {corpusSuite, fixtureSuite, frameSuite} from '../fact-as-opinion/harness.js'
import fr from './lexicon.fr.yml'
import en from './lexicon.en.yml'

fixtureSuite(insultRule, new URL('./index.ts', import.meta.url))
frameSuite(insultRule, {fr, en})
corpusSuite(insultRule)
