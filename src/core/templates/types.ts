// Template data types. Structurally identical to TemplateSummary / TemplateDoc of
// src/preload/contract.ts (kept separate so src/core stays free of the Electron layer).
export type TemplateLang = 'fr' | 'en'
export type TemplateKind = 'testimony' | 'email' | 'letter'

export interface TemplateSource {
  /** Same id in every language. */
  id: string
  kind: TemplateKind
  title: string
  description: string
  fileName: string
  /** The legal bases the template rests on (also cited in its text). */
  basis: string[]
  content: string
}

export interface TemplateSummary {
  id: string
  lang: TemplateLang
  kind: TemplateKind
  title: string
  description: string
}

export interface TemplateDoc extends TemplateSummary {
  fileName: string
  content: string
  basis: string[]
}
