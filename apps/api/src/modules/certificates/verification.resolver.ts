import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, IsIn, IsOptional } from 'class-validator';
import { ArgsType, Field } from '@nestjs/graphql';
import { LOCALES } from '@tandem/shared-domain';
import { Public } from '../../auth/policy.decorator';
import type { RequestContext } from '../../auth/request-context';
import { JsonScalar } from '../../graphql/json.scalar';
import { toVerificationModel } from './certificate.mapper';
import { CredentialVerificationModel } from './certificate.model';
import { CertificateNumberArgs, PublicCertificateArgs } from './dto/certificate.input';
import { VerificationService } from './verification.service';

@ArgsType()
class VerifyCredentialArgs {
  @Field(() => JsonScalar, { description: 'The credential as a JSON object (what “Download credential” gives).' })
  @Allow()
  credential!: unknown;

  @Field(() => String, { nullable: true, description: 'The visitor’s language for the texts (en by default).' })
  @IsOptional()
  @IsIn(LOCALES)
  language?: string | null;
}

/** Verification without signing in: rate-limited per address; shows what the certificate shows, never an e-mail. */
@Resolver()
export class VerificationResolver {
  constructor(private readonly verification: VerificationService) {}

  @Public()
  @Mutation(() => CredentialVerificationModel, {
    description: 'Verifies a credential (proof, issuer, dates and revocation status), offline.',
  })
  async verifyCredential(
    @Args() args: VerifyCredentialArgs,
    @Context() ctx: RequestContext,
  ): Promise<CredentialVerificationModel> {
    await this.verification.throttle(ctx.req.ip);
    return toVerificationModel(await this.verification.verify(args.credential), args.language ?? 'en');
  }

  @Public()
  @Query(() => CredentialVerificationModel, {
    nullable: true,
    description: 'Verifies the certificate of a verification link; null when there is none with this id.',
  })
  async certificateVerification(
    @Args() args: PublicCertificateArgs,
    @Context() ctx: RequestContext,
  ): Promise<CredentialVerificationModel | null> {
    await this.verification.throttle(ctx.req.ip);
    const certificate = await this.verification.byPublicId(args.publicId);
    if (!certificate) return null;
    return toVerificationModel(await this.verification.verify(certificate.credential), args.language ?? 'en');
  }

  @Public()
  @Query(() => CredentialVerificationModel, {
    nullable: true,
    description: 'Verifies the certificate with this number; null when there is none.',
  })
  async certificateVerificationByNumber(
    @Args() args: CertificateNumberArgs,
    @Context() ctx: RequestContext,
  ): Promise<CredentialVerificationModel | null> {
    await this.verification.throttle(ctx.req.ip);
    const certificate = await this.verification.byNumber(args.number);
    if (!certificate) return null;
    return toVerificationModel(await this.verification.verify(certificate.credential), args.language ?? 'en');
  }
}
