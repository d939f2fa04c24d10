import { useMutation } from '@apollo/client/react';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@tandem/shared-domain';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { UpdateMyPreferencesMutation } from '../../account/graphql/account';
import { useSession } from '../../session/session-context';

/** The current UI language. */
export function useCurrentLocale(): Locale {
  const { i18n } = useTranslation();
  const current = i18n.resolvedLanguage ?? i18n.language;
  return isLocale(current) ? current : DEFAULT_LOCALE;
}

/**
 * The language picker's logic: the new language applies at once (and is remembered on this
 * device); for a signed-in person it is also saved as their preferred language.
 */
export function useChangeLocale(): (locale: Locale) => Promise<void> {
  const { i18n } = useTranslation();
  const session = useSession();
  const [savePreferences] = useMutation(UpdateMyPreferencesMutation);
  const person = session.status === 'signedIn' ? session.person : null;

  return useCallback(
    async (locale: Locale) => {
      await i18n.changeLanguage(locale);
      if (!person || person.preferredLanguage === locale) return;
      try {
        await savePreferences({ variables: { input: { preferredLanguage: locale } } });
      } catch {
        // The language applies on this device regardless; an ended session is handled globally.
      }
    },
    [i18n, person, savePreferences],
  );
}
