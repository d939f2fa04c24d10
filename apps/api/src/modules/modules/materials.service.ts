import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import { StorageService, type Upload } from '../../storage/storage.service';
import type { StoredFile } from '../../storage/stored-file.entity';
import type { AddModuleMaterialLinkInput, RemoveModuleMaterialInput } from './dto/material.input';
import { ModuleEditingService, staleModule } from './module-editing.service';
import type { MaterialEntry } from './module-version.entity';
import { ModulesRepository } from './modules.repository';
import { ModulesService } from './modules.service';
import { invalid } from '../../common/field-error';

const MAX_MATERIALS = 50;

/** Materials are part of a module's draft: adding or removing one edits (or starts) the draft. */
@Injectable()
export class MaterialsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly modules: ModulesService,
    private readonly editing: ModuleEditingService,
    private readonly repository: ModulesRepository,
    private readonly storage: StorageService,
    private readonly audit: AuditService,
  ) {}

  private async change(
    manager: EntityManager,
    viewer: Viewer,
    moduleId: string,
    lockVersion: number,
    edit: (materials: MaterialEntry[]) => MaterialEntry[],
    describe: (code: string, version: number) => string,
    requestId: string,
  ): Promise<void> {
    const { module, draft } = await this.editing.lockDraft(manager, viewer, moduleId, lockVersion);
    const materials = edit(draft.materials ?? []);
    if (materials.length > MAX_MATERIALS)
      throw Errors.validation([invalid('materials', 'tooManyMaterials', { max: MAX_MATERIALS })]);
    await this.repository.setMaterials(manager, draft.id, materials);
    await this.audit.record(manager, {
      actorPersonId: viewer.personId,
      operation: 'editModuleMaterials',
      targetType: 'Module',
      targetId: module.id,
      summary: describe(module.code, draft.version),
      requestId,
    });
  }

  async addLink(viewer: Viewer, input: AddModuleMaterialLinkInput, requestId: string): Promise<void> {
    const title = input.title.trim();
    if (!title) throw Errors.validation([invalid('title', 'required')]);
    await this.db.transaction((manager) =>
      this.change(
        manager,
        viewer,
        input.moduleId,
        input.lockVersion,
        (list) => [...list, { id: randomUUID(), kind: 'LINK', title, url: input.url }],
        (code, v) => `Added the link "${title}" to draft version ${v} of ${code}`,
        requestId,
      ),
    );
  }

  /** Checks the viewer may edit before the bytes are even looked at; stores them with the draft change. */
  async addFile(
    viewer: Viewer,
    moduleId: string,
    lockVersion: number,
    title: string,
    upload: Upload,
    requestId: string,
  ): Promise<void> {
    // Refuse early, before any byte is stored; the transaction below checks again under the lock.
    const view = await this.modules.get(viewer, moduleId, true);
    if (!view.canEdit) throw Errors.forbidden();
    if (view.version.lockVersion !== lockVersion)
      throw staleModule('Someone else saved this module since you opened it. Reload, then add the file again.');
    const name = title.trim() || upload.fileName;
    await this.storage.store(
      upload,
      { ownerType: 'Module', ownerId: moduleId },
      viewer.personId,
      (manager, file: StoredFile) =>
        this.change(
          manager,
          viewer,
          moduleId,
          lockVersion,
          (list) => [
            ...list,
            {
              id: randomUUID(),
              kind: 'FILE',
              title: name,
              fileId: file.id,
              fileName: file.fileName,
              contentType: file.contentType,
              sizeBytes: file.sizeBytes,
            },
          ],
          (code, v) => `Added the file "${file.fileName}" to draft version ${v} of ${code}`,
          requestId,
        ),
    );
  }

  async remove(viewer: Viewer, input: RemoveModuleMaterialInput, requestId: string): Promise<void> {
    await this.db.transaction((manager) =>
      this.change(
        manager,
        viewer,
        input.moduleId,
        input.lockVersion,
        (list) => {
          if (!list.some((m) => m.id === input.materialId)) throw Errors.notFound('Material');
          return list.filter((m) => m.id !== input.materialId);
        },
        (code, v) => `Removed a material from draft version ${v} of ${code}`,
        requestId,
      ),
    );
  }

  /**
   * A stored file as the viewer may download it: it must belong to a module version the viewer
   * can see (the published one; editors also drafts and earlier versions). Otherwise NOT_FOUND,
   * so a file's existence does not leak.
   */
  async downloadable(viewer: Viewer, fileId: string): Promise<StoredFile> {
    const file = await this.storage.find(fileId);
    if (!file || file.ownerType !== 'Module') throw Errors.notFound('File');
    const view = await this.modules.get(viewer, file.ownerId).catch(() => null);
    if (!view) throw Errors.notFound('File');
    const inShown = view.version.materials.some((m) => m.fileId === fileId);
    if (inShown) return file;
    if (view.canEdit && (await this.repository.versionHasFile(this.db.manager, file.ownerId, fileId))) return file;
    throw Errors.notFound('File');
  }
}
