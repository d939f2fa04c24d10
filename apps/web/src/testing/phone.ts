import { PHONE_QUERY } from '@tandem/web-ui';

/**
 * Makes the screen phone-sized for `useIsPhone` (jsdom has no screen, and its matchMedia never
 * matches); answers the function that makes it wide again. Call in `beforeEach`, undo in `afterEach`.
 */
export function actAsPhone(): () => void {
  const wide = window.matchMedia;
  window.matchMedia = (query: string) =>
    ({
      matches: query === PHONE_QUERY,
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      addListener: () => undefined,
      removeListener: () => undefined,
    }) as unknown as MediaQueryList;
  return () => {
    window.matchMedia = wide;
  };
}

/** The value of a card's field by its label (RecordCard: `<dt>` label, `<dd>` value). */
export function cardField(card: HTMLElement, label: string): HTMLElement {
  const term = Array.from(card.querySelectorAll('dt')).find((dt) => dt.textContent === label);
  const value = term?.nextElementSibling;
  if (!(value instanceof HTMLElement)) throw new Error(`No field "${label}" in the card`);
  return value;
}

/** Every test of the enclosing `describe` runs on a phone-sized screen. */
export function onAPhone(): void {
  let wide: () => void = () => undefined;
  beforeEach(() => {
    wide = actAsPhone();
  });
  afterEach(() => wide());
}
