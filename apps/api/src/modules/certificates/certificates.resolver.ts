import { Args, ArgsType, Context, Field, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsIn, IsOptional } from 'class-validator';
import { LOCALES } from '@tandem/shared-domain';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import { RequirePermission } from '../../auth/policy.decorator';
import type { RequestContext } from '../../auth/request-context';
import type { Viewer } from '../../auth/viewer';
import { toPage } from '../../common/pagination';
import { ParseIdPipe } from '../../common/parse-id.pipe';
import { DEFAULT_ISSUER_NAME } from './certificate-texts';
import { toCertificateModel, toIssuerKeyModel, toSettingsModel, toTrainedWithoutModel } from './certificate.mapper';
import {
  CertificateModel,
  CertificatePageModel,
  CertificateSettingsModel,
  IssuerKeyModel,
  TrainedTutorWithoutCertificateModel,
} from './certificate.model';
import { CertificatesService } from './certificates.service';
import {
  CertificateSettingsInput,
  CertificatesArgs,
  IssueCertificateInput,
  ReissueCertificateInput,
  RevokeCertificateInput,
} from './dto/certificate.input';
import { IssuerService } from './issuer.service';

@ArgsType()
class LanguageArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(LOCALES)
  language?: string | null;
}

/** Certificates for the signed-in: the tutor's own, the coordinator's list and actions, ADMIN's settings. */
@Resolver()
export class CertificatesResolver {
  constructor(
    private readonly service: CertificatesService,
    private readonly issuer: IssuerService,
  ) {}

  @RequirePermission('certificate.read')
  @Query(() => [CertificateModel], {
    description: 'The signed-in tutor’s certificates, newest first (replaced ones too).',
  })
  async myCertificates(@CurrentViewer() viewer: Viewer): Promise<CertificateModel[]> {
    return (await this.service.mine(viewer)).map((c) => toCertificateModel(c, this.issuer.base));
  }

  @RequirePermission('certificate.read')
  @Query(() => [CertificateModel], {
    description: 'A person’s certificates (the tutor: own; coordinator: country; ADMIN).',
  })
  async personCertificates(
    @CurrentViewer() viewer: Viewer,
    @Args('personId', { type: () => ID }, ParseIdPipe) personId: string,
  ): Promise<CertificateModel[]> {
    return (await this.service.ofPerson(viewer, personId)).map((c) => toCertificateModel(c, this.issuer.base));
  }

  @RequirePermission('certificate.read')
  @Query(() => CertificateModel)
  async certificate(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
  ): Promise<CertificateModel> {
    return toCertificateModel(await this.service.get(viewer, id), this.issuer.base);
  }

  @RequirePermission('certificate.manage')
  @Query(() => CertificatePageModel, { description: 'Certificates in the viewer’s scope, newest first.' })
  async certificates(@CurrentViewer() viewer: Viewer, @Args() page: CertificatesArgs): Promise<CertificatePageModel> {
    const { rows, total } = await this.service.list(viewer, page.filter ?? {}, page.first, page.after);
    return toPage(
      rows,
      page.first,
      total,
      (c) => [c.issuedAt.toISOString(), c.id],
      (c) => toCertificateModel(c, this.issuer.base),
    );
  }

  @RequirePermission('certificate.manage')
  @Query(() => [TrainedTutorWithoutCertificateModel], {
    description: 'TRAINED tutors in scope without a certificate yet (the job issues within a minute).',
  })
  async trainedTutorsWithoutCertificate(
    @CurrentViewer() viewer: Viewer,
  ): Promise<TrainedTutorWithoutCertificateModel[]> {
    return (await this.service.trainedWithoutCertificate(viewer)).map(toTrainedWithoutModel);
  }

  @RequirePermission('certificate.manage')
  @Mutation(() => CertificateModel, {
    description: 'Issues a TRAINED tutor’s certificate by hand (CERTIFICATE_EXISTS if there is one).',
  })
  async issueCertificate(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: IssueCertificateInput,
    @Context() ctx: RequestContext,
  ): Promise<CertificateModel> {
    const certificate = await this.service.issueByHand(
      viewer,
      input.editionId,
      input.personId,
      input.note ?? null,
      ctx.req.id,
    );
    return toCertificateModel(certificate, this.issuer.base);
  }

  @RequirePermission('certificate.manage')
  @Mutation(() => CertificateModel, {
    description: 'Issues a new certificate from today’s data; the old one shows “replaced”.',
  })
  async reissueCertificate(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ReissueCertificateInput,
    @Context() ctx: RequestContext,
  ): Promise<CertificateModel> {
    return toCertificateModel(
      await this.service.reissue(viewer, input.certificateId, input.note, ctx.req.id),
      this.issuer.base,
    );
  }

  @RequirePermission('certificate.manage')
  @Mutation(() => CertificateModel, { description: 'Revokes with a reason; the status list is re-signed at once.' })
  async revokeCertificate(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: RevokeCertificateInput,
    @Context() ctx: RequestContext,
  ): Promise<CertificateModel> {
    return toCertificateModel(
      await this.service.revoke(viewer, input.certificateId, input.reason, ctx.req.id),
      this.issuer.base,
    );
  }

  @RequirePermission('certificate.configure')
  @Query(() => CertificateSettingsModel)
  async certificateSettings(
    @Args('editionId', { type: () => ID }, ParseIdPipe) editionId: string,
    @Args() { language }: LanguageArgs,
  ): Promise<CertificateSettingsModel> {
    return toSettingsModel(editionId, await this.service.settings(editionId), DEFAULT_ISSUER_NAME, language ?? 'en');
  }

  @RequirePermission('certificate.configure')
  @Mutation(() => CertificateSettingsModel, {
    description: 'Sets the issuer and signatories of the edition’s future certificates.',
  })
  async setCertificateSettings(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CertificateSettingsInput,
    @Context() ctx: RequestContext,
  ): Promise<CertificateSettingsModel> {
    const saved = await this.service.setSettings(viewer, input, ctx.req.id);
    return toSettingsModel(input.editionId, saved, DEFAULT_ISSUER_NAME, 'en');
  }

  @RequirePermission('certificate.configure')
  @Query(() => [IssuerKeyModel], { description: 'The issuer’s signing keys, oldest first.' })
  async issuerKeys(): Promise<IssuerKeyModel[]> {
    return (await this.service.keys()).map((k) => toIssuerKeyModel(k, this.issuer.base));
  }

  @RequirePermission('certificate.configure')
  @Mutation(() => IssuerKeyModel, { description: 'A new key signs from now on; earlier credentials stay verifiable.' })
  async rotateIssuerKey(@CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext): Promise<IssuerKeyModel> {
    return toIssuerKeyModel(await this.service.rotateKey(viewer, ctx.req.id), this.issuer.base);
  }
}
