import { useMediaQuery } from '@mantine/hooks';

/** Under 600 px wide: lists become cards, primary actions get 44 px tap targets. */
export const PHONE_QUERY = '(max-width: 37.49em)';

/** Whether the screen is phone-sized; read at once (not after a first desktop render that would flash). */
export function useIsPhone(): boolean {
  return useMediaQuery(PHONE_QUERY, false, { getInitialValueInEffect: false }) ?? false;
}
