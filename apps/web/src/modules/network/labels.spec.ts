import { LOCALES } from '@tandem/shared-domain';
import { catalogues, flattenCatalogue } from '@tandem/shared-i18n';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SUGGESTION_REASONS, suggestionReasonKey, TANDEM_STATUSES, tandemStatusKey } from '../tandems/tandem-labels';
import {
  isOrganisationId,
  ORGANISATION_KINDS,
  organisationKindKey,
  organisationPath,
  SECTORS_LIST,
  sectorKey,
  SIZE_CLASS_LIST,
  sizeClassKey,
  TUTOR_SIDES,
  tutorSideKey,
} from './labels';

/** The values of an enum of the committed schema, read from the file the codegen reads. */
const schema = readFileSync(resolve(__dirname, '../../../../api/schema.gql'), 'utf8');
function schemaEnum(name: string): string[] {
  const body = new RegExp(`enum ${name} \\{([^}]*)\\}`).exec(schema)?.[1];
  if (!body) throw new Error(`No enum ${name} in schema.gql`);
  return body
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^[A-Z][A-Z0-9_]*$/.test(line))
    .sort();
}

const ENUMS = [
  { name: 'OrganisationKind', values: ORGANISATION_KINDS, key: organisationKindKey },
  { name: 'Sector', values: SECTORS_LIST, key: sectorKey },
  { name: 'SizeClass', values: SIZE_CLASS_LIST, key: sizeClassKey },
  { name: 'TutorSide', values: TUTOR_SIDES, key: tutorSideKey },
  { name: 'TandemStatus', values: TANDEM_STATUSES, key: tandemStatusKey },
  { name: 'TandemSuggestionReason', values: SUGGESTION_REASONS, key: suggestionReasonKey },
] as { name: string; values: readonly string[]; key: (value: never) => string }[];

describe.each(ENUMS)('the $name labels', ({ name, values, key }) => {
  it('cover every value of the schema, once', () => {
    expect([...values].sort()).toEqual(schemaEnum(name));
  });

  it.each(LOCALES)('have a text for every value in %s', (locale) => {
    const texts = flattenCatalogue(catalogues[locale]);
    const missing = values.map((value) => key(value as never)).filter((k) => !texts[k]);
    expect(missing).toEqual([]);
  });
});

describe('organisation addresses', () => {
  it('accepts the API ids (UUIDs) only', () => {
    expect(isOrganisationId('0b6c1a7e-3f1d-4c1e-9a57-2f3c5d6e7f80')).toBe(true);
    expect(isOrganisationId('42')).toBe(false);
    expect(isOrganisationId(undefined)).toBe(false);
  });

  it('links to the organisation page', () => {
    expect(organisationPath('0b6c1a7e-3f1d-4c1e-9a57-2f3c5d6e7f80')).toBe(
      '/organisations/0b6c1a7e-3f1d-4c1e-9a57-2f3c5d6e7f80',
    );
  });
});
