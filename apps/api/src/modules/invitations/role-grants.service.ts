import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import type { Viewer } from '../../auth/viewer';
import { pgErrorCode, PG_UNIQUE_VIOLATION } from '../../common/db-errors';
import { Errors } from '../../common/domain-error';
import type { Organisation } from '../organisations/organisation.entity';
import { PeopleDirectoryService } from '../people/people-directory.service';
import { sideOfOrganisationKind } from '../people/tutor-profile.entity';
import { EditionsService } from '../programmes/editions.service';
import { InvitationsRepository } from './invitations.repository';
import { GrantRequest, GrantScope, mayManageGrant, scopeOfGrant } from './grant-rules';
import { invalid } from '../../common/field-error';

export interface ResolvedGrant {
  request: GrantRequest;
  scope: GrantScope;
  /** Where the grant lives (null: programme-wide). */
  country: string | null;
  organisation: Organisation | null;
}

/** Role grants managed in scope: ADMIN anything; a COORDINATOR non-programme roles in their own country. */
@Injectable()
export class RoleGrantsService {
  constructor(
    private readonly repository: InvitationsRepository,
    private readonly audit: AuditService,
    private readonly editions: EditionsService,
    private readonly directory: PeopleDirectoryService,
  ) {}

  /** Validates the request's fields, finds its organisation and checks the viewer may grant it. */
  async resolve(manager: EntityManager, viewer: Viewer, request: GrantRequest): Promise<ResolvedGrant> {
    const scope = scopeOfGrant(request);
    if (Array.isArray(scope)) throw Errors.validation(scope);
    let organisation: Organisation | null = null;
    if (request.organisationId) {
      organisation = await this.repository.organisation(manager, request.organisationId);
      if (!organisation) throw Errors.validation([invalid('organisationId', 'notNetworkOrganisation')]);
      if (request.role === 'TUTOR' && !sideOfOrganisationKind(organisation.kind)) {
        throw Errors.validation([invalid('organisationId', 'tutorOrganisation')]);
      }
    }
    const country = scope.countryCode ?? organisation?.countryCode ?? null;
    if (!mayManageGrant(viewer, request.role, country))
      throw Errors.forbidden('You may not grant this role in this scope.');
    return { request, scope, country, organisation };
  }

  /** Adds the grant (no-op when the person already holds it); a TUTOR also gets a profile and joins the current edition. */
  async apply(manager: EntityManager, personId: string, grant: ResolvedGrant): Promise<boolean> {
    const inserted = await this.repository.insertGrant(manager, { personId, role: grant.request.role, ...grant.scope });
    const side = grant.organisation ? sideOfOrganisationKind(grant.organisation.kind) : null;
    if (grant.request.role === 'TUTOR' && grant.organisation && side) {
      const org = grant.organisation;
      await this.repository.insertTutorProfile(manager, {
        personId,
        organisationId: org.id,
        organisationKind: org.kind as 'VET_INSTITUTION' | 'COMPANY',
        side,
      });
      const edition = await this.editions.current();
      if (edition) await this.repository.insertParticipation(manager, edition.id, personId);
    }
    return inserted;
  }

  async grant(viewer: Viewer, request: GrantRequest & { personId: string }, requestId: string): Promise<string> {
    try {
      await this.repository.transaction(async (manager) => {
        const person = await this.repository.person(manager, request.personId);
        if (!person) throw Errors.notFound('Person');
        const resolved = await this.resolve(manager, viewer, request);
        // The answer names the person and their grants: only for people the viewer may open
        // (person(id)) or who belong to no country yet, never a person of another country (issue 17).
        if (!(await this.directory.mayOpen(viewer, person.id))) throw Errors.notFound('Person');
        if (!(await this.apply(manager, person.id, resolved)))
          throw Errors.conflict('The person already holds this role in this scope.');
        await this.audit.record(manager, {
          actorPersonId: viewer.personId,
          operation: 'grantRole',
          targetType: 'Person',
          targetId: person.id,
          summary: `Granted ${request.role}${resolved.country ? ` in ${resolved.country}` : ''}${resolved.organisation ? ` at ${resolved.organisation.name}` : ''}`,
          requestId,
        });
      });
    } catch (e) {
      if (pgErrorCode(e) === PG_UNIQUE_VIOLATION)
        throw Errors.conflict('The person already holds this role in this scope.');
      throw e;
    }
    return request.personId;
  }

  async revoke(viewer: Viewer, grantId: string, requestId: string): Promise<string> {
    return this.repository.transaction(async (manager) => {
      const grant = await this.repository.grantWithOrganisation(manager, grantId);
      if (!grant) throw Errors.notFound('Role grant');
      let country = grant.countryCode ?? grant.organisation?.countryCode ?? null;
      if (grant.role === 'TUTOR') country = await this.repository.tutorCountry(manager, grant.personId);
      if (!mayManageGrant(viewer, grant.role, country)) throw Errors.forbidden('You may not revoke this role.');
      if (grant.role === 'ADMIN') {
        // Serialised, so that two admins cannot remove each other at once.
        if ((await this.repository.lockAdminsAndCount(manager)) <= 1)
          throw Errors.conflict('The programme needs at least one ADMIN.');
      }
      await this.repository.deleteGrant(manager, grant.id);
      await this.audit.record(manager, {
        actorPersonId: viewer.personId,
        operation: 'revokeRole',
        targetType: 'Person',
        targetId: grant.personId,
        summary: `Revoked ${grant.role}${country ? ` in ${country}` : ''}`,
        requestId,
      });
      return grant.personId;
    });
  }
}
