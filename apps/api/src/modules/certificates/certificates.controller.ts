import { Controller, Get, Headers, Param, ParseUUIDPipe, Query, Req, Res } from '@nestjs/common';
import { isLocale, LOCALES } from '@tandem/shared-domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import { Public, RequirePermission } from '../../auth/policy.decorator';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import { renderCertificatePdf } from './certificate-pdf';
import { CertificatesService } from './certificates.service';
import { IssuerService } from './issuer.service';
import { IssuerUrls } from './issuer-urls';
import { VerificationService } from './verification.service';

const uuid = (what: string) => new ParseUUIDPipe({ exceptionFactory: () => Errors.notFound(what) });
const VC = 'application/vc+ld+json';
const LD = 'application/ld+json';

/** JSON-LD as asked for: `application/ld+json` when the client wants only that, else the VC media type. */
const credentialType = (accept: string | undefined) => (accept?.includes(LD) && !accept.includes(VC) ? LD : VC);

/**
 * The issuer's public documents (controller document, keys, status lists, achievements) and the
 * credentials themselves, at the stable addresses credentials name; readable by any verifier
 * (CORS open), and the certificate PDF for those who may read the certificate.
 */
@Controller('api')
export class CertificatesController {
  constructor(
    private readonly issuer: IssuerService,
    private readonly verification: VerificationService,
    private readonly certificates: CertificatesService,
  ) {}

  private async json(reply: FastifyReply, type: string, body: unknown, cache = 'no-cache'): Promise<void> {
    await reply
      .header('content-type', type)
      .header('access-control-allow-origin', '*')
      .header('cache-control', cache)
      .send(Buffer.from(JSON.stringify(body, null, 2), 'utf8'));
  }

  @Public()
  @Get('credentials/:publicId')
  async credential(
    @Param('publicId') publicId: string,
    @Query('download') download: string | undefined,
    @Headers('accept') accept: string | undefined,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.verification.throttle(req.ip);
    const certificate = await this.verification.byPublicId(publicId);
    if (!certificate) throw Errors.notFound('Credential');
    if (download !== undefined)
      reply.header('content-disposition', `attachment; filename="${certificate.number}.json"`);
    await this.json(reply, credentialType(accept), certificate.credential);
  }

  @Public()
  @Get('issuer')
  async controllerDocument(@Res() reply: FastifyReply): Promise<void> {
    await this.issuer.signingKey();
    await this.json(reply, LD, await this.issuer.controllerDocument(), 'public, max-age=300');
  }

  @Public()
  @Get('issuer/keys/:keyId')
  async key(@Param('keyId', uuid('Key')) keyId: string, @Res() reply: FastifyReply): Promise<void> {
    const document = await this.issuer.ownDocument(IssuerUrls.key(this.issuer.base, keyId));
    if (!document) throw Errors.notFound('Key');
    await this.json(reply, LD, document, 'public, max-age=3600');
  }

  @Public()
  @Get('status-lists/:listId')
  async statusList(
    @Param('listId') listId: string,
    @Headers('accept') accept: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const document = /^[1-9]\d{0,9}$/.test(listId)
      ? await this.issuer.ownDocument(IssuerUrls.statusList(this.issuer.base, Number(listId)))
      : null;
    if (!document) throw Errors.notFound('Status list');
    await this.json(reply, credentialType(accept), document);
  }

  @Public()
  @Get('achievements/:editionId/:language')
  async achievement(
    @Param('editionId', uuid('Achievement')) editionId: string,
    @Param('language') language: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    if (!isLocale(language)) throw Errors.notFound('Achievement');
    const achievement = await this.certificates.achievement(editionId, language);
    if (!achievement) throw Errors.notFound('Achievement');
    await this.json(reply, LD, achievement, 'public, max-age=3600');
  }

  @RequirePermission('certificate.read')
  @Get('certificates/:certificateId/certificate.pdf')
  async pdf(
    @CurrentViewer() viewer: Viewer,
    @Param('certificateId', uuid('Certificate')) id: string,
    @Query('lang') lang: string | undefined,
    @Query('second') second: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const certificate = await this.certificates.get(viewer, id);
    const first = lang && isLocale(lang) ? lang : certificate.language;
    const languages = [first, ...(second && isLocale(second) && second !== first ? [second] : [])];
    if (!languages.every((l) => (LOCALES as readonly string[]).includes(l))) throw Errors.notFound('Certificate');
    const pdf = await renderCertificatePdf(
      certificate,
      languages,
      IssuerUrls.verifyPage(this.issuer.base, certificate.publicId),
    );
    await reply
      .header('content-type', 'application/pdf')
      .header(
        'content-disposition',
        `attachment; filename="${certificate.number}${languages.length > 1 ? `-${languages.join('-')}` : ''}.pdf"`,
      )
      .header('cache-control', 'no-store')
      .send(pdf);
  }
}
