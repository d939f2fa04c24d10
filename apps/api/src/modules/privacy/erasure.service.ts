import { Injectable, Logger } from '@nestjs/common';
import { Access } from '../../auth/access';
import type { Viewer } from '../../auth/viewer';
import { AuditService } from '../../audit/audit.service';
import { PG_UNIQUE_VIOLATION, pgErrorCode } from '../../common/db-errors';
import { Errors } from '../../common/domain-error';
import { StorageService } from '../../storage/storage.service';
import type { ErasureRequestModel } from './erasure.model';
import { ErasureRepository, type ErasureRow } from './erasure.repository';

const toModel = (row: ErasureRow, forDecider: boolean): ErasureRequestModel => ({
  id: row.id,
  status: row.status,
  requestedAt: row.requested_at,
  decidedAt: row.decided_at,
  personName: forDecider && row.status === 'REQUESTED' ? row.person_name : null,
  holds: forDecider
    ? { certificates: row.certificates, attendance: row.attendance, sharedSubmissions: row.shared_submissions }
    : null,
});

/**
 * Erasure (GDPR Art. 17): the person asks; a coordinator of their country or an ADMIN confirms,
 * having seen the legal holds; then one transaction removes or replaces what names the person and
 * keeps the programme's counts on the anonymised row. The stored bytes go after the commit. The
 * audit log records that an erasure happened, not what was erased.
 */
@Injectable()
export class ErasureService {
  private readonly logger = new Logger('Erasure');

  constructor(
    private readonly repo: ErasureRepository,
    private readonly audit: AuditService,
    private readonly storage: StorageService,
  ) {}

  async request(viewer: Viewer, requestId: string | null): Promise<ErasureRequestModel> {
    try {
      const id = await this.repo.transaction(async (manager) => {
        const open = await this.repo.openOf(manager, viewer.personId);
        if (open) return open.id;
        const created = await this.repo.insert(manager, viewer.personId);
        await this.audit.record(manager, {
          actorPersonId: viewer.personId,
          operation: 'requestErasure',
          targetType: 'ErasureRequest',
          targetId: created,
          summary: 'Asked to be erased',
          requestId,
        });
        return created;
      });
      return toModel((await this.repo.byId(this.repo.manager, id)) as ErasureRow, false);
    } catch (e) {
      if (pgErrorCode(e) !== PG_UNIQUE_VIOLATION) throw e;
      const open = await this.repo.openOf(this.repo.manager, viewer.personId);
      if (!open) throw e;
      return toModel((await this.repo.byId(this.repo.manager, open.id)) as ErasureRow, false);
    }
  }

  async mine(viewer: Viewer): Promise<ErasureRequestModel | null> {
    const open = await this.repo.openOf(this.repo.manager, viewer.personId);
    const row = open && (await this.repo.byId(this.repo.manager, open.id));
    return row ? toModel(row, false) : null;
  }

  async open(viewer: Viewer): Promise<ErasureRequestModel[]> {
    return (await this.repo.open(Access.countries(viewer, 'erasure.decide'))).map((r) => toModel(r, true));
  }

  async confirm(viewer: Viewer, id: string, requestId: string | null): Promise<ErasureRequestModel> {
    const files = await this.repo.transaction(async (manager) => {
      const found = await this.repo.byId(manager, id);
      if (!found || !this.mayDecide(viewer, found)) throw Errors.notFound('Erasure request');
      const locked = await this.repo.lock(manager, id);
      if (!locked || locked.status !== 'REQUESTED') throw Errors.conflict('This request has already been carried out.');
      if (locked.person_id === viewer.personId) throw Errors.forbidden('Another person confirms your erasure.');
      const keys = await this.repo.ownFiles(manager, locked.person_id);
      await this.repo.anonymise(manager, locked.person_id, locked.email, locked.name);
      await this.repo.markErased(manager, id, viewer.personId);
      await this.audit.record(manager, {
        actorPersonId: viewer.personId,
        operation: 'erasePerson',
        targetType: 'ErasureRequest',
        targetId: id,
        summary: 'Erased a person on their request',
        requestId,
      });
      return keys;
    });
    for (const f of files)
      await this.storage.remove(f.storage_key).catch((e: unknown) => this.logger.error(e, 'file not removed'));
    return toModel((await this.repo.byId(this.repo.manager, id)) as ErasureRow, true);
  }

  private mayDecide(viewer: Viewer, row: ErasureRow): boolean {
    return Access.isAdmin(viewer) || Access.can(viewer, 'erasure.decide', { countryCodes: row.countries });
  }
}
