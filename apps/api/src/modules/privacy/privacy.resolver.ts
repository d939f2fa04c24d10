import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import { RequirePermission, SignedIn } from '../../auth/policy.decorator';
import type { RequestContext } from '../../auth/request-context';
import type { Viewer } from '../../auth/viewer';
import { ConsentChangeModel, ConsentCountModel, ConsentModel } from './consent.model';
import { ConsentsService } from './consents.service';
import { DataExportModel } from './data-export.model';
import { DataExportsService } from './data-exports.service';
import { ConsentCountsArgs } from './dto/consent-counts.args';
import { ErasureRequestArgs } from './dto/erasure-request.args';
import { ErasureRequestModel } from './erasure.model';
import { ErasureService } from './erasure.service';
import { SetConsentInput, SetConsentsInput } from './dto/set-consent.input';

@Resolver()
export class PrivacyResolver {
  constructor(
    private readonly consents: ConsentsService,
    private readonly exports: DataExportsService,
    private readonly erasure: ErasureService,
  ) {}

  @SignedIn()
  @Query(() => [ConsentModel], { description: 'The signed-in person’s decision for every purpose.' })
  myConsents(@CurrentViewer() viewer: Viewer): Promise<ConsentModel[]> {
    return this.consents.mine(viewer);
  }

  @SignedIn()
  @Query(() => [ConsentChangeModel], { description: 'Every change of the signed-in person’s consents, oldest first.' })
  myConsentHistory(@CurrentViewer() viewer: Viewer): Promise<ConsentChangeModel[]> {
    return this.consents.history(viewer);
  }

  @SignedIn()
  @Mutation(() => [ConsentModel], { description: 'Gives or withdraws one consent; in force at once.' })
  setConsent(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: SetConsentInput,
    @Context() ctx: RequestContext,
  ): Promise<ConsentModel[]> {
    return this.consents.set(viewer, [input], ctx.req.id);
  }

  @SignedIn()
  @Mutation(() => [ConsentModel], {
    description: 'Records several decisions at once (the consent page at the first sign-in), in one transaction.',
  })
  setConsents(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: SetConsentsInput,
    @Context() ctx: RequestContext,
  ): Promise<ConsentModel[]> {
    return this.consents.set(viewer, input.consents, ctx.req.id);
  }

  @RequirePermission('consent.counts')
  @Query(() => [ConsentCountModel], {
    description: 'Per purpose, how many people of a country gave, refused or were not asked yet: counts, never names.',
  })
  consentCounts(@CurrentViewer() viewer: Viewer, @Args() args: ConsentCountsArgs): Promise<ConsentCountModel[]> {
    return this.consents.counts(viewer, args.countryCode);
  }

  @SignedIn()
  @Mutation(() => DataExportModel, {
    description: 'Asks for a copy of everything the platform holds about the signed-in person (a job builds it).',
  })
  requestDataExport(@CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext): Promise<DataExportModel> {
    return this.exports.request(viewer, ctx.req.id);
  }

  @SignedIn()
  @Query(() => [DataExportModel], { description: 'The signed-in person’s data exports, newest first.' })
  myDataExports(@CurrentViewer() viewer: Viewer): Promise<DataExportModel[]> {
    return this.exports.mine(viewer);
  }

  @SignedIn()
  @Mutation(() => ErasureRequestModel, {
    description: 'Asks to be erased; a coordinator of the person’s country or an ADMIN confirms it.',
  })
  requestErasure(@CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext): Promise<ErasureRequestModel> {
    return this.erasure.request(viewer, ctx.req.id);
  }

  @SignedIn()
  @Query(() => ErasureRequestModel, {
    nullable: true,
    description: 'The signed-in person’s own open erasure request, if they asked to be erased.',
  })
  myErasureRequest(@CurrentViewer() viewer: Viewer): Promise<ErasureRequestModel | null> {
    return this.erasure.mine(viewer);
  }

  @RequirePermission('erasure.decide')
  @Query(() => [ErasureRequestModel], {
    description: 'Open erasure requests in scope, each with its legal holds (what stays, unlinked).',
  })
  erasureRequests(@CurrentViewer() viewer: Viewer): Promise<ErasureRequestModel[]> {
    return this.erasure.open(viewer);
  }

  @RequirePermission('erasure.decide')
  @Mutation(() => ErasureRequestModel, {
    description: 'Erases the person of the request in one transaction (names, e-mail, free texts, files, sessions).',
  })
  confirmErasure(
    @CurrentViewer() viewer: Viewer,
    @Args() args: ErasureRequestArgs,
    @Context() ctx: RequestContext,
  ): Promise<ErasureRequestModel> {
    return this.erasure.confirm(viewer, args.id, ctx.req.id);
  }
}
