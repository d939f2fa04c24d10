import type { Locale } from '@tandem/shared-domain';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../operations/hooks/useAction';
import { UpdateMyPreferencesMutation } from '../graphql/account';

/**
 * The person's language and time zone (null: the device's). The answer updates the cached session
 * person; the language applies here once it is saved. Answers whether it was saved.
 */
export function useUpdatePreferences() {
  const { i18n } = useTranslation();
  const { run, loading, failure } = useAction(UpdateMyPreferencesMutation);

  async function save(preferredLanguage: Locale, timeZone: string | null) {
    if (!(await run({ input: { preferredLanguage, timeZone } }))) return false;
    await i18n.changeLanguage(preferredLanguage);
    return true;
  }

  return { save, saving: loading, failure };
}
