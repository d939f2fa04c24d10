import { Controller, Get, Param, ParseIntPipe, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import { RequirePermission, SignedIn } from '../../auth/policy.decorator';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import { CompetenceProfileEditorService } from './competence-profile-editor.service';
import { CompetencesService } from './competences.service';
import { parseTranslationsXlsx, profileJson, profileXlsx } from './profile-files';

/** Browsers send this custom header only from our own pages (it forces a CORS preflight elsewhere). */
const CSRF_HEADER = 'x-tandem-upload';

/** Export of a profile version as JSON (re-importable) and as a spreadsheet for translators. Drafts: ADMIN only. */
@Controller('api/competence-profiles')
export class CompetenceProfileFilesController {
  constructor(
    private readonly service: CompetencesService,
    private readonly editor: CompetenceProfileEditorService,
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
    if (req.headers[CSRF_HEADER] !== '1') throw Errors.forbidden(`Uploads need the ${CSRF_HEADER} header.`);
    if (!req.isMultipart())
      throw Errors.validation([{ field: 'file', message: 'send the file as multipart/form-data' }]);
    let bytes: Buffer | null = null;
    try {
      for await (const part of req.parts()) if (part.type === 'file') bytes = await part.toBuffer();
    } catch (e) {
      if ((e as { code?: string }).code?.startsWith('FST_'))
        throw Errors.validation([{ field: 'file', message: (e as Error).message }]);
      throw e;
    }
    if (!bytes) throw Errors.validation([{ field: 'file', message: 'is required' }]);
    let rows;
    try {
      rows = await parseTranslationsXlsx(bytes);
    } catch {
      throw Errors.validation([{ field: 'file', message: 'is not a spreadsheet (.xlsx)' }]);
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
    await reply
      .header('content-type', 'application/json; charset=utf-8')
      .header('content-disposition', `attachment; filename="competence-profile-v${version}.json"`)
      .header('cache-control', 'private, no-store')
      .send(JSON.stringify(profileJson(view), null, 2));
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
    await reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="competence-profile-v${version}-translations.xlsx"`)
      .header('cache-control', 'private, no-store')
      .send(await profileXlsx(view));
  }
}
