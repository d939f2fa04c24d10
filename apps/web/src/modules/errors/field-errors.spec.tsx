import { renderHook } from '@testing-library/react';
import { loadCatalogue } from '@tandem/shared-i18n';
import { readFieldErrors, useFieldErrors, type AppError } from '@tandem/web-ui';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createI18n, preloadCatalogue } from '../../app/i18n';
import { fromGraphQLError } from './to-app-error';

/** What the API answers when a session's end is before its start and its title is too long. */
const refusal = fromGraphQLError({
  message: 'Some fields are not valid.',
  extensions: {
    code: 'VALIDATION_FAILED',
    fields: [
      { field: 'dates.0.endsAt', rule: 'afterStart', message: 'must be after the start' },
      { field: 'title', rule: 'maxLength', params: { max: 200 }, message: 'must be at most 200 characters' },
    ],
  },
});

async function inLanguage(locale: 'et' | 'ru') {
  await preloadCatalogue(locale);
  const i18n = createI18n(locale);
  return ({ children }: { children: ReactNode }) => <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
}

describe('field errors', () => {
  afterEach(() => window.localStorage.clear());

  it('say the server’s reason in the viewer’s language, with its parameters, not the English message', async () => {
    const { result } = renderHook(() => useFieldErrors(refusal), { wrapper: await inLanguage('et') });

    expect(result.current.fieldError('endsAt')).toBe((await loadCatalogue('et')).validation.afterStart);
    expect(result.current.fieldError('title')).toContain('200');
    expect(result.current.fieldError('title')).not.toContain('characters');
    expect(result.current.fieldError('startsAt')).toBeUndefined();
  });

  it('say nothing for an outcome that is not about fields', async () => {
    const conflict: AppError = { code: 'CONFLICT', fields: refusal.fields ?? [] };
    const { result } = renderHook(() => useFieldErrors(conflict), { wrapper: await inLanguage('ru') });

    expect(result.current.fieldError('endsAt')).toBeUndefined();
    expect(result.current.all).toEqual([]);
  });

  it('read a rule this build does not know as "not valid", and drop what is no field error', () => {
    expect(
      readFieldErrors([
        { field: 'a', rule: 'fromANewerApi', message: 'x' },
        { field: 'b', rule: 'max', params: { max: 3, nested: {} }, message: 'y' },
        { message: 'no field' },
        'text',
      ]),
    ).toEqual([
      { field: 'a', rule: 'invalid', message: 'x' },
      { field: 'b', rule: 'max', params: { max: 3 }, message: 'y' },
    ]);
  });
});
