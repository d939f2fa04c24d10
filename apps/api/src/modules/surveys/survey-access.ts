import { Access } from '../../auth/access';
import type { Viewer } from '../../auth/viewer';
import type { SurveyRow } from './surveys.repository';

/**
 * Whose results a viewer reads: the trainers of a session all of its survey; ADMIN, OBSERVER and
 * RESEARCHER (programme-wide) everything; a coordinator (or a country observer) their countries' part
 * of national and joint sessions. 'ALL', the countries, or null (no access).
 */
export function resultsScope(
  viewer: Viewer,
  survey: Pick<SurveyRow, 'trainer_ids' | 'country_code'>,
): 'ALL' | string[] | null {
  if (Access.allows(viewer, 'survey.results') && survey.trainer_ids.includes(viewer.personId)) return 'ALL';
  const countries = Access.countries(viewer, 'survey.resultsInScope');
  if (countries === 'ALL') return 'ALL';
  if (!countries.length) return null;
  if (survey.country_code === null) return countries;
  return countries.includes(survey.country_code) ? [survey.country_code] : null;
}

/** Who opens, closes and sets the mode of a survey: ADMIN, the session's country's coordinators, its trainers. */
export function canManage(viewer: Viewer, survey: Pick<SurveyRow, 'trainer_ids' | 'country_code'>): boolean {
  if (Access.isAdmin(viewer)) return true;
  if (Access.allows(viewer, 'survey.manage') && survey.trainer_ids.includes(viewer.personId)) return true;
  return (
    survey.country_code !== null &&
    viewer.grants.some((g) => g.role === 'COORDINATOR' && g.countryCode === survey.country_code)
  );
}
