import { LOCALES } from '@tandem/shared-domain';
import type { CompetenceArea } from './competence-area.entity';
import type { CompetenceProfile } from './competence-profile.entity';
import type { Competence } from './competence.entity';
import type {
  CompetenceAreaModel,
  CompetenceModel,
  CompetenceProfileModel,
  CompetenceTextModel,
} from './competence-profile.model';

export interface ProfileView {
  profile: CompetenceProfile;
  areas: { area: CompetenceArea; competences: Competence[] }[];
}

const pick = (texts: Record<string, string>, language: string): string => texts[language] || texts['en'] || '';
const pickLevels = (levels: Record<string, string[]>, language: string): string[] =>
  levels[language]?.length ? levels[language] : (levels['en'] ?? []);

function textsOf(
  title: Record<string, string>,
  description: Record<string, string>,
  levels: Record<string, string[]> = {},
): CompetenceTextModel[] {
  return LOCALES.filter((l) => title[l] || description[l] || levels[l]?.length).map((language) => ({
    language,
    title: title[language] ?? '',
    description: description[language] ?? '',
    levels: levels[language] ?? [],
  }));
}

/** A language is missing when a text present in English is empty in it (or a level descriptor is). */
export function missingLanguages(
  title: Record<string, string>,
  description: Record<string, string>,
  levels: Record<string, string[]> | null,
  scaleLevels: number,
): string[] {
  return LOCALES.filter((l) => {
    if (!title[l]?.trim()) return true;
    if (description['en']?.trim() && !description[l]?.trim()) return true;
    if (levels && Array.from({ length: scaleLevels }, (_, i) => levels[l]?.[i]?.trim()).some((d) => !d)) return true;
    return false;
  });
}

export function toCompetenceModel(
  c: Competence,
  areaCode: string,
  language: string,
  scaleLevels: number,
): CompetenceModel {
  return {
    id: c.id,
    code: c.code,
    title: pick(c.title, language),
    description: pick(c.description, language),
    levels: pickLevels(c.levels, language),
    areaCode,
    texts: textsOf(c.title, c.description, c.levels),
    missingLanguages: missingLanguages(c.title, c.description, c.levels, scaleLevels),
  };
}

export function toCompetenceAreaModel(
  view: ProfileView['areas'][number],
  language: string,
  scaleLevels: number,
): CompetenceAreaModel {
  const a = view.area;
  return {
    id: a.id,
    code: a.code,
    title: pick(a.title, language),
    description: pick(a.description, language),
    texts: textsOf(a.title, a.description),
    missingLanguages: missingLanguages(a.title, a.description, null, scaleLevels),
    competences: view.competences.map((c) => toCompetenceModel(c, a.code, language, scaleLevels)),
  };
}

export function toCompetenceProfileModel(
  view: ProfileView,
  language: string,
  canEdit: boolean,
): CompetenceProfileModel {
  const p = view.profile;
  return {
    id: p.id,
    version: p.version,
    status: p.status,
    scaleLevels: p.scaleLevels,
    levelNames: pickLevels(p.levelNames, language),
    levelNameTexts: LOCALES.filter((l) => p.levelNames[l]?.length).map((l) => ({
      language: l,
      title: '',
      description: '',
      levels: p.levelNames[l],
    })),
    publishedAt: p.publishedAt,
    areas: view.areas.map((a) => toCompetenceAreaModel(a, language, p.scaleLevels)),
    canEdit,
  };
}
