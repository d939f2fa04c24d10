import type { ConsentPurpose } from '@tandem/shared-domain';
import { useAction } from '../../operations/hooks/useAction';
import { MyConsentsQuery, SetConsentsMutation } from '../graphql/privacy';

/** Saves the person's decision for every purpose at once; answers whether it was saved. */
export function useSetConsents() {
  const { run, loading, failure } = useAction(SetConsentsMutation, {
    refetchQueries: [MyConsentsQuery],
    awaitRefetchQueries: true,
  });

  async function save(granted: ReadonlySet<ConsentPurpose>, purposes: readonly ConsentPurpose[]) {
    const consents = purposes.map((purpose) => ({ purpose, granted: granted.has(purpose) }));
    return (await run({ input: { consents } })) !== null;
  }

  return { save, saving: loading, failure };
}
