import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ERROR_CODES, LOCALES } from '@tandem/shared-domain';
import { catalogues, flattenCatalogue } from '@tandem/shared-i18n';
import { CLIENT_ERROR_CODES, errorMessage } from '@tandem/web-ui';
import i18next from 'i18next';
import ICU from 'i18next-icu';
import { toAppError } from './to-app-error';

const graphQLError = (extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ errors: [{ message: 'Refused', extensions }] });

describe('toAppError', () => {
  it('keeps every code of the shared list with the server’s details', () => {
    for (const code of ERROR_CODES) {
      expect(toAppError(graphQLError({ code, seats: 3 }))).toMatchObject({ code, details: { seats: 3 } });
    }
  });

  it('keeps the fields and the reference apart from the details', () => {
    const error = toAppError(
      graphQLError({
        code: 'VALIDATION_FAILED',
        fields: [{ field: 'email', rule: 'email', message: 'bad' }],
        correlationId: 'c-1',
      }),
    );
    expect(error).toEqual({
      code: 'VALIDATION_FAILED',
      serverMessage: 'Refused',
      correlationId: 'c-1',
      fields: [{ field: 'email', rule: 'email', message: 'bad' }],
    });
  });

  it('keeps an AppError an upload rejected with', () => {
    expect(toAppError({ code: 'CONFLICT', fields: [] })).toEqual({ code: 'CONFLICT', fields: [] });
    expect(toAppError({ code: 'NOT_A_CODE' })).toEqual({ code: 'UNKNOWN' });
  });
});

describe('the catalogue text of every error code', () => {
  it.each(LOCALES)('is in the %s catalogue', (locale) => {
    const texts = flattenCatalogue(catalogues[locale]);
    const missing = [...ERROR_CODES, ...CLIENT_ERROR_CODES].filter((code) => !texts[`errors.code.${code}`]);
    expect(missing).toEqual([]);
  });

  it('is what the alert says, with the server’s details as its parameters', async () => {
    // A code as another slice would add it: only its text, with a parameter the server sends.
    const i18n = i18next.createInstance();
    await i18n.use(new ICU()).init({
      lng: 'en',
      resources: {
        en: { translation: { errors: { title: 'Oops', code: { SESSION_FULL: 'All {capacity} seats are taken.' } } } },
      },
      interpolation: { escapeValue: false },
    });
    // What ErrorAlert shows: t(key, values) of errorMessage.
    const { key, values } = errorMessage(toAppError(graphQLError({ code: 'SESSION_FULL', capacity: 12 })));
    expect(i18n.t(key, values)).toBe('All 12 seats are taken.');
  });
});
