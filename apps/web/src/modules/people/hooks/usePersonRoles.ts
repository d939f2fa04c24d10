import type { Role } from '@tandem/shared-domain';
import { useAction } from '../../operations/hooks/useAction';
import { GrantRoleMutation, RevokeRoleMutation } from '../graphql/people';
import type { CountryUse } from '../invite-person';

export interface NewGrant {
  role: Role;
  /** How the role uses the country chosen (see `countryUse`). */
  use: CountryUse;
  country: string | null;
  organisationId: string | null;
}

/**
 * Granting a person one more role in the viewer's scope, and revoking one. The answers carry the
 * person's grants, so the page updates from the cache. Each answers whether it was done.
 */
export function usePersonRoles(personId: string) {
  const granting = useAction(GrantRoleMutation);
  const revoking = useAction(RevokeRoleMutation);

  const grant = async ({ role, use, country, organisationId }: NewGrant) =>
    !!(await granting.run({
      input: {
        personId,
        role,
        countryCode: use === 'required' || use === 'optional' ? country : null,
        organisationId: use === 'employer' ? organisationId : null,
      },
    }));
  const revoke = async (grantId: string) => !!(await revoking.run({ grantId }));

  return {
    grant,
    granting: granting.loading,
    grantFailure: granting.failure,
    revoke,
    revoking: revoking.loading,
    revokeFailure: revoking.failure,
  };
}
