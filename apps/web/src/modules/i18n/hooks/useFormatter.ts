import { useMemo } from 'react';
import { useSession } from '../../session/session-context';
import { createFormatter, type Formatter } from '../format';
import { useCurrentLocale } from './useLocale';

/** Formatting in the current language and the signed-in person's time zone (else the device's). */
export function useFormatter(): Formatter {
  const locale = useCurrentLocale();
  const session = useSession();
  const timeZone = session.status === 'signedIn' ? session.person.timeZone : null;
  return useMemo(() => createFormatter(locale, timeZone), [locale, timeZone]);
}
