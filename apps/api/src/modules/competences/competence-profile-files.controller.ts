import { Controller, Get, Param, ParseIntPipe, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import { RequirePermission, SignedIn } from '../../auth/policy.decorator';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import { readUpload, sendDownload, XLSX } from '../../storage/file-transfer';
import { StorageService } from '../../storage/storage.service';
import { CompetenceProfileEditorService } from './competence-profile-editor.service';
import { CompetencesService } from './competences.service';
import { parseTranslationsXlsx, profileJson, profileXlsx } from './profile-files';
import { invalid } from '../../common/field-error';

/** Export of a profile version as JSON (re-importable) and as a spreadsheet for translators. Drafts: ADMIN only. */
@Controller('api/competence-profiles')
export class CompetenceProfileFilesController {
  constructor(
    private readonly service: CompetencesService,
    private readonly editor: CompetenceProfileEditorService,
    private readonly storage: StorageService,
  ) {}

  /** multipart/form-data with one `file`: the translators' spreadsheet, merged into the draft. */
  @RequirePermission('competenceProfile.manage')
  @Post(':profileId/translations.xlsx')
  async importTranslations(
    @CurrentViewer() viewer: Viewer,
    @Param('profileId', new ParseUUIDPipe({ exceptionFactory: () => Errors.notFound('Competence profile') }))
    profileId: string,
    @Req() req: FastifyRequest,
  ): Promise<{ changed: number }> {
    const bytes = (await readUpload(req, this.storage.maxBytes)).upload?.bytes;
    if (!bytes) throw Errors.validation([invalid('file', 'required')]);
    let rows;
    try {
      rows = await parseTranslationsXlsx(bytes);
    } catch {
      throw Errors.validation([invalid('file', 'fileNotSpreadsheet')]);
    }
    return { changed: await this.editor.importTranslations(viewer, profileId, rows, req.id) };
  }

  @SignedIn()
  @Get(':version/profile.json')
  async json(
    @CurrentViewer() viewer: Viewer,
    @Param('version', new ParseIntPipe({ exceptionFactory: () => Errors.notFound('Competence profile') }))
    version: number,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const view = await this.service.get(viewer, version);
    await sendDownload(reply, {
      contentType: 'application/json; charset=utf-8',
      fileName: `competence-profile-v${version}.json`,
      body: JSON.stringify(profileJson(view), null, 2),
    });
  }

  @SignedIn()
  @Get(':version/translations.xlsx')
  async xlsx(
    @CurrentViewer() viewer: Viewer,
    @Param('version', new ParseIntPipe({ exceptionFactory: () => Errors.notFound('Competence profile') }))
    version: number,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const view = await this.service.get(viewer, version);
    await sendDownload(reply, {
      contentType: XLSX,
      fileName: `competence-profile-v${version}-translations.xlsx`,
      body: await profileXlsx(view),
    });
  }
}
