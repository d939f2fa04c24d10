/** What a tutor types to narrow the partner list: matched against name, organisation, city and field, accents ignored. */
export interface SearchableTutor {
  displayName: string;
  occupationField?: string | null;
  organisation: { name: string; city?: string | null };
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase();

export function matchesPartnerSearch(tutor: SearchableTutor, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const haystack = fold(
    [tutor.displayName, tutor.organisation.name, tutor.organisation.city ?? '', tutor.occupationField ?? ''].join(' '),
  );
  return words.every((w) => haystack.includes(w));
}
