import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FieldError } from '@tandem/shared-domain';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import type { Viewer } from '../../auth/viewer';
import { PG_UNIQUE_VIOLATION, pgErrorCode } from '../../common/db-errors';
import { Errors } from '../../common/domain-error';
import { invalid } from '../../common/field-error';
import { decodeCursor, type Page, toPage } from '../../common/pagination';
import { StorageService, type Upload } from '../../storage/storage.service';
import type { StoredFile } from '../../storage/stored-file.entity';
import type { MobilityFilter, MobilityInput } from './dto/mobility.inputs';
import { MobilityAccess, organisationScope } from './mobility-access';
import type { LearningAgreementVersionModel, MobilityModel, MobilityOrganisationModel } from './mobility.model';
import {
  AGREEMENT_FILE_OWNER,
  type AgreementRow,
  MobilitiesRepository,
  type MobilityRow,
  type MobilityValues,
} from './mobilities.repository';

const MAX_AGREEMENT_VERSIONS = 20;

const clean = (text: string | null | undefined) => {
  const t = text?.trim();
  return t ? t : null;
};

export const agreementDownloadUrl = (fileId: string) => `/api/learning-agreements/${fileId}`;

/**
 * The mobility register: coordinators (their country's sending organisations) and admins record
 * mobilities and their learning agreements; managers read their organisation's; whoever went reads
 * their own. A mobility the viewer may not read is NOT_FOUND, so its existence does not leak.
 */
@Injectable()
export class MobilitiesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly mobilities: MobilitiesRepository,
    private readonly storage: StorageService,
    private readonly audit: AuditService,
  ) {}

  private toModel(viewer: Viewer, row: MobilityRow, agreements: AgreementRow[]): MobilityModel {
    return {
      id: row.id,
      kind: row.kind,
      person: row.personId && row.personName ? { id: row.personId, name: row.personName } : null,
      learnerCount: row.learnerCount,
      fromOrganisation: { id: row.fromOrganisationId, name: row.fromOrganisationName, country: row.fromCountry },
      hostOrganisation: row.hostOrganisation,
      hostCountry: row.hostCountry,
      startsOn: row.startsOn,
      endsOn: row.endsOn,
      durationDays: row.durationDays,
      learningOutcomes: row.learningOutcomes,
      outcome: row.outcome,
      hostOfferRequestId: row.hostOfferRequestId,
      canEdit: MobilityAccess.canRecordFrom(viewer, row.fromCountry),
      agreements: agreements
        .filter((a) => a.mobilityId === row.id)
        .map((a): LearningAgreementVersionModel => ({
          id: a.id,
          version: a.version,
          fileName: a.fileName,
          contentType: a.contentType,
          sizeBytes: a.sizeBytes,
          uploadedBy: a.uploadedBy,
          uploadedAt: a.uploadedAt,
          downloadUrl: agreementDownloadUrl(a.id),
        })),
    };
  }

  async list(
    viewer: Viewer,
    filter: MobilityFilter | null | undefined,
    first: number,
    after?: string,
  ): Promise<Page<MobilityModel>> {
    const values = filter ?? {};
    const scope = MobilityAccess.readScope(viewer);
    let key: { startsOn: string; id: string } | null = null;
    if (after) {
      const [startsOn, id] = decodeCursor(after, ['timestamp', 'uuid']);
      key = { startsOn, id };
    }
    const totalCount = await this.mobilities.count(this.db.manager, scope, values);
    const rows = await this.mobilities.page(this.db.manager, scope, values, key, first + 1);
    const agreements = await this.mobilities.agreements(
      this.db.manager,
      rows.slice(0, first).map((r) => r.id),
    );
    return toPage(
      rows,
      first,
      totalCount,
      (r) => [r.startsOn, r.id],
      (r) => this.toModel(viewer, r, agreements),
    );
  }

  private async readable(manager: EntityManager, viewer: Viewer, id: string, lock = false): Promise<MobilityRow> {
    const row = await this.mobilities.find(manager, id, lock);
    if (!row || !MobilityAccess.canRead(viewer, row)) throw Errors.notFound('Mobility');
    return row;
  }

  async get(viewer: Viewer, id: string): Promise<MobilityModel> {
    const row = await this.readable(this.db.manager, viewer, id);
    return this.toModel(viewer, row, await this.mobilities.agreements(this.db.manager, [id]));
  }

  /** What was done to a mobility the viewer reads, newest first. */
  async history(viewer: Viewer, id: string) {
    await this.readable(this.db.manager, viewer, id);
    return this.mobilities.history(this.db.manager, id);
  }

  /** The organisations the viewer records mobilities for (the form's choices). */
  async recordableOrganisations(viewer: Viewer): Promise<MobilityOrganisationModel[]> {
    return this.mobilities.organisations(this.db.manager, organisationScope(viewer, 'mobility.record'));
  }

  /** The people a mobility from the organisation may be recorded for (its tutors). */
  async participantsOf(viewer: Viewer, organisationId: string) {
    const organisation = await this.mobilities.organisation(this.db.manager, organisationId);
    if (!organisation) throw Errors.notFound('Organisation');
    if (!MobilityAccess.canRecordFrom(viewer, organisation.country)) throw Errors.forbidden();
    return this.mobilities.peopleOf(this.db.manager, organisationId);
  }

  /** Checks the input and the viewer's right to record from its organisation; answers the values to store. */
  private async values(manager: EntityManager, viewer: Viewer, input: MobilityInput): Promise<MobilityValues> {
    const organisation = await this.mobilities.organisation(manager, input.fromOrganisationId);
    if (!organisation) throw Errors.validation([invalid('input.fromOrganisationId', 'notNetworkOrganisation')]);
    if (!MobilityAccess.canRecordFrom(viewer, organisation.country))
      throw Errors.forbidden('You record mobilities of your own country’s organisations only.');

    const errors: FieldError[] = [];
    const personId = input.personId ?? null;
    const learnerCount = input.learnerCount ?? null;
    if ((personId === null) === (learnerCount === null)) errors.push(invalid('input.personId', 'personOrLearners'));
    else if (personId && !(await this.mobilities.personExists(manager, personId)))
      errors.push(invalid('input.personId', 'unknownPerson'));
    const hostCountry = input.hostCountry.toUpperCase();
    if (!(await this.mobilities.countryExists(manager, hostCountry)))
      errors.push(invalid('input.hostCountry', 'countryCode'));
    if (input.endsOn < input.startsOn) errors.push(invalid('input.endsOn', 'notBeforeStart'));

    const requestId = input.hostOfferRequestId ?? null;
    if (requestId) {
      const request = await this.mobilities.request(manager, requestId);
      if (!request || request.status !== 'ACCEPTED')
        errors.push(invalid('input.hostOfferRequestId', 'requestNotAccepted'));
      else if (request.mobilityId) errors.push(invalid('input.hostOfferRequestId', 'requestUsed'));
      else if (request.organisationId !== organisation.id)
        errors.push(
          invalid('input.fromOrganisationId', 'requestOtherOrganisation', { organisation: request.organisationName }),
        );
    }
    if (errors.length) throw Errors.validation(errors);
    return {
      kind: input.kind,
      personId,
      learnerCount,
      fromOrganisationId: organisation.id,
      hostOrganisation: input.hostOrganisation.trim(),
      hostCountry,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      learningOutcomes: clean(input.learningOutcomes),
      outcome: clean(input.outcome),
      hostOfferRequestId: requestId,
    };
  }

  async record(viewer: Viewer, input: MobilityInput, requestId: string): Promise<string> {
    try {
      return await this.db.transaction(async (manager) => {
        const values = await this.values(manager, viewer, input);
        const id = await this.mobilities.insert(manager, values, viewer.personId);
        await this.audit.record(manager, {
          actorPersonId: viewer.personId,
          operation: 'recordMobility',
          targetType: 'Mobility',
          targetId: id,
          summary: `Recorded a ${values.kind} mobility to ${values.hostOrganisation} (${values.hostCountry})`,
          requestId,
        });
        return id;
      });
    } catch (e) {
      // Two recordings of one accepted request at the same moment: the unique index lets one through.
      if (pgErrorCode(e) === PG_UNIQUE_VIOLATION)
        throw Errors.validation([invalid('input.hostOfferRequestId', 'requestUsed')]);
      throw e;
    }
  }

  async update(viewer: Viewer, id: string, input: MobilityInput, requestId: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const current = await this.readable(manager, viewer, id, true);
      if (!MobilityAccess.canRecordFrom(viewer, current.fromCountry)) throw Errors.forbidden();
      // The request it came from stays what it was.
      const { hostOfferRequestId: _kept, ...values } = await this.values(manager, viewer, {
        ...input,
        hostOfferRequestId: null,
      });
      await this.mobilities.update(manager, id, values);
      await this.audit.record(manager, {
        actorPersonId: viewer.personId,
        operation: 'updateMobility',
        targetType: 'Mobility',
        targetId: id,
        summary: `Changed the ${values.kind} mobility to ${values.hostOrganisation} (${values.hostCountry})`,
        requestId,
      });
    });
  }

  /** `stored`: versions already inserted in this transaction (the new one, when the file is in). */
  private async assertEditable(manager: EntityManager, viewer: Viewer, id: string, stored = 0): Promise<MobilityRow> {
    const row = await this.readable(manager, viewer, id, true);
    if (!MobilityAccess.canRecordFrom(viewer, row.fromCountry)) throw Errors.forbidden();
    const versions = await this.mobilities.agreements(manager, [id]);
    if (versions.length - stored >= MAX_AGREEMENT_VERSIONS)
      throw Errors.validation([invalid('file', 'tooManyFiles', { max: MAX_AGREEMENT_VERSIONS })]);
    return row;
  }

  /**
   * A new version of the learning agreement: the viewer's right is checked before a byte is stored,
   * then again with the file in the same transaction; earlier versions stay downloadable.
   */
  async addAgreement(viewer: Viewer, id: string, upload: Upload, requestId: string): Promise<void> {
    await this.db.transaction((manager) => this.assertEditable(manager, viewer, id));
    await this.storage.store(
      upload,
      { ownerType: AGREEMENT_FILE_OWNER, ownerId: id },
      viewer.personId,
      async (manager, file: StoredFile) => {
        await this.assertEditable(manager, viewer, id, 1);
        await this.audit.record(manager, {
          actorPersonId: viewer.personId,
          operation: 'uploadLearningAgreement',
          targetType: 'Mobility',
          targetId: id,
          summary: `Uploaded the learning agreement "${file.fileName}"`,
          requestId,
        });
      },
    );
  }

  /** A version of a learning agreement of a mobility the viewer reads; NOT_FOUND otherwise. */
  async downloadable(viewer: Viewer, fileId: string): Promise<StoredFile> {
    const file = await this.storage.find(fileId);
    if (!file || file.ownerType !== AGREEMENT_FILE_OWNER) throw Errors.notFound('File');
    const row = await this.mobilities.find(this.db.manager, file.ownerId);
    if (!row || !MobilityAccess.canRead(viewer, row)) throw Errors.notFound('File');
    return file;
  }
}
