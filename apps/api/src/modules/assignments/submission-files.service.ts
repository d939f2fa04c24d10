import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import { invalid } from '../../common/field-error';
import { StorageService, type Upload } from '../../storage/storage.service';
import type { StoredFile } from '../../storage/stored-file.entity';
import type { SubmissionAttachment } from './assignment-submission.entity';
import type { RemoveSubmissionAttachmentInput } from './dto/assignment.input';
import { SubmissionAccess } from './submission-access';
import { SubmissionsRepository } from './submissions.repository';
import { SubmissionsService } from './submissions.service';

const MAX_ATTACHMENTS = 10;
const FILE_OWNER = 'AssignmentSubmission';
const tooMany = () => Errors.validation([invalid('file', 'tooManyFiles', { max: MAX_ATTACHMENTS })]);

/** The files attached to a submission: checked before any byte is stored, readable by whoever reads the submission. */
@Injectable()
export class SubmissionFilesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly submissions: SubmissionsRepository,
    private readonly access: SubmissionAccess,
    private readonly reading: SubmissionsService,
    private readonly storage: StorageService,
    private readonly audit: AuditService,
  ) {}

  /** Changes the attachment list of a partner's editable submission; any change clears both confirmations. */
  private async changeAttachments(
    manager: EntityManager,
    viewer: Viewer,
    submissionId: string,
    lockVersion: number,
    edit: (list: SubmissionAttachment[]) => SubmissionAttachment[],
    summary: string,
    requestId: string,
  ): Promise<number> {
    const { submission } = await this.access.lockForPartner(manager, viewer, submissionId);
    this.access.assertEditable(submission, lockVersion);
    const attachments = edit(submission.attachments);
    if (attachments.length > MAX_ATTACHMENTS) throw tooMany();
    await this.submissions.setAttachments(manager, submission.id, attachments, viewer.personId);
    await this.audit.record(manager, {
      actorPersonId: viewer.personId,
      operation: 'editSubmissionAttachments',
      targetType: 'AssignmentSubmission',
      targetId: submission.id,
      summary,
      requestId,
    });
    return submission.lockVersion + 1;
  }

  /** Checks the viewer may change the submission before any byte is stored; then stores it with the change. Answers the new lockVersion. */
  async add(viewer: Viewer, submissionId: string, lockVersion: number, upload: Upload, requestId: string) {
    await this.db.transaction(async (manager) => {
      const { submission } = await this.access.lockForPartner(manager, viewer, submissionId);
      this.access.assertEditable(submission, lockVersion);
      if (submission.attachments.length >= MAX_ATTACHMENTS) throw tooMany();
    });
    return this.storage.store(
      upload,
      { ownerType: FILE_OWNER, ownerId: submissionId },
      viewer.personId,
      (manager, file: StoredFile) =>
        this.changeAttachments(
          manager,
          viewer,
          submissionId,
          lockVersion,
          (list) => [
            ...list,
            {
              fileId: file.id,
              fileName: file.fileName,
              contentType: file.contentType,
              sizeBytes: file.sizeBytes,
              uploadedById: viewer.personId,
            },
          ],
          `Attached "${file.fileName}" to a submission`,
          requestId,
        ),
    );
  }

  async remove(viewer: Viewer, input: RemoveSubmissionAttachmentInput, requestId: string): Promise<void> {
    await this.db.transaction((manager) =>
      this.changeAttachments(
        manager,
        viewer,
        input.submissionId,
        input.lockVersion,
        (list) => {
          if (!list.some((a) => a.fileId === input.fileId)) throw Errors.notFound('Attachment');
          return list.filter((a) => a.fileId !== input.fileId);
        },
        'Removed an attachment from a submission',
        requestId,
      ),
    );
  }

  /** A file attached to a submission the viewer may read; NOT_FOUND otherwise, so its existence does not leak. */
  async downloadable(viewer: Viewer, fileId: string): Promise<StoredFile> {
    const file = await this.storage.find(fileId);
    if (!file || file.ownerType !== FILE_OWNER) throw Errors.notFound('File');
    const view = await this.reading.get(viewer, file.ownerId).catch(() => null);
    if (!view || !view.submission.attachments.some((a) => a.fileId === fileId)) throw Errors.notFound('File');
    return file;
  }
}
