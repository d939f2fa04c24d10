import type { Locale } from '@tandem/shared-domain';
import type { Audience, ProposeResourceInput, ResourceKind } from '@tandem/web-graphql';

/** What the "Propose a resource" form holds. */
export interface ResourceDraft {
  kind: ResourceKind;
  /** '' for Baltic-wide (an admin reviews it). */
  countryCode: string;
  titleEn: string;
  summaryEn: string;
  language: Locale;
  body: string;
  url: string;
  audience: Audience[];
  licence: string;
}

export const emptyResourceDraft = (countryCode: string, language: Locale): ResourceDraft => ({
  kind: 'GUIDE',
  countryCode,
  titleEn: '',
  summaryEn: '',
  language,
  body: '',
  url: '',
  audience: [],
  licence: '',
});

/** The fields the person must fix before anything is sent (the API checks again). */
export function draftProblems(draft: ResourceDraft): ('title' | 'content')[] {
  const problems: ('title' | 'content')[] = [];
  if (!draft.titleEn.trim()) problems.push('title');
  if (!draft.body.trim() && !draft.url.trim()) problems.push('content');
  return problems;
}

/** The API's input: only what is filled in; the English title is required there too. */
export function toProposeResourceInput(draft: ResourceDraft): ProposeResourceInput {
  const summary = draft.summaryEn.trim();
  const licence = draft.licence.trim();
  return {
    kind: draft.kind,
    ...(draft.countryCode && { countryCode: draft.countryCode }),
    titles: [{ language: 'en', text: draft.titleEn.trim() }],
    ...(summary && { summaries: [{ language: 'en', text: summary }] }),
    versions: [
      {
        language: draft.language,
        ...(draft.body.trim() && { body: draft.body.trim() }),
        ...(draft.url.trim() && { url: draft.url.trim() }),
      },
    ],
    ...(draft.audience.length > 0 && { audience: draft.audience }),
    ...(licence && { licence }),
  };
}
