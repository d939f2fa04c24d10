import type { PolicyRecommendationAudience } from '@tandem/web-graphql';
import type { TFunction } from 'i18next';

export const AUDIENCES: readonly PolicyRecommendationAudience[] = [
  'NATIONAL_AUTHORITY',
  'SOCIAL_PARTNERS',
  'VET_INSTITUTIONS',
  'COMPANIES',
  'BALTIC',
];

/** "National authority, Lithuania" (the PDF says it with the same catalogue keys). */
export function audienceName(
  t: TFunction,
  country: (code: string) => string,
  audience: PolicyRecommendationAudience,
  countryCode: string | null | undefined,
): string {
  const name = t(`policy.audience.${audience}`);
  return countryCode ? t('policy.audienceInCountry', { audience: name, country: country(countryCode) }) : name;
}

/** The brief page of an audience. */
export const briefPath = (audience: PolicyRecommendationAudience, countryCode: string | null | undefined) =>
  `/policy-recommendations/briefs/${audience}${countryCode ? `?country=${countryCode}` : ''}`;
