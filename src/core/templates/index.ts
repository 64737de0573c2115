// Document templates (File ▸ Nouveau depuis un modèle), French first with English versions.
// Pure data + two functions; used by the main process menu, the preload bridge's handlers and the
// web build's browser bridge.
import {EN_TEMPLATES} from './en'
import {FR_TEMPLATES} from './fr'
import {frenchTypography} from './typography'
import type {TemplateDoc, TemplateLang, TemplateSource, TemplateSummary} from './types'

export type {TemplateDoc, TemplateKind, TemplateLang, TemplateSummary} from './types'

function toDoc(source: TemplateSource, lang: TemplateLang): TemplateDoc {
  const typo = lang === 'fr' ? frenchTypography : (s: string) => s
  return {
    id: source.id,
    lang,
    kind: source.kind,
    title: typo(source.title),
    description: typo(source.description),
    fileName: source.fileName,
    basis: source.basis.map(typo),
    content: typo(source.content)
  }
}

const DOCS: Record<TemplateLang, TemplateDoc[]> = {
  fr: FR_TEMPLATES.map((t) => toDoc(t, 'fr')),
  en: EN_TEMPLATES.map((t) => toDoc(t, 'en'))
}

/** Templates of one language, or of both (French first). */
export function listTemplates(lang?: TemplateLang): TemplateSummary[] {
  const langs: TemplateLang[] = lang ? [lang] : ['fr', 'en']
  return langs.flatMap((l) =>
    DOCS[l].map(({id, lang: docLang, kind, title, description}) => ({id, lang: docLang, kind, title, description}))
  )
}

export function getTemplate(id: string, lang: TemplateLang): TemplateDoc | null {
  const doc = DOCS[lang]?.find((t) => t.id === id)
  return doc ? structuredClone(doc) : null
}
