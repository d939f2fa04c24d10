import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { isLocale } from '@tandem/shared-domain';
import type { FastifyReply } from 'fastify';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import { RequirePermission } from '../../auth/policy.decorator';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import { EvidenceRepository } from '../evidence/evidence.repository';
import { RECOMMENDATION_AUDIENCES, type RecommendationAudience } from './policy-recommendation.entity';
import { renderPolicyBriefPdf } from './policy-brief-pdf';
import { PolicyRecommendationReadsService } from './policy-recommendation-reads.service';

/** The policy brief of an audience as a PDF: the same data as the page (`policyBrief`), fixed texts in `lang`. */
@Controller('api/policy-briefs')
export class PolicyBriefsController {
  constructor(
    private readonly reads: PolicyRecommendationReadsService,
    private readonly evidence: EvidenceRepository,
  ) {}

  @RequirePermission('policyRecommendation.read')
  @Get(':editionId/:audience/brief.pdf')
  async pdf(
    @CurrentViewer() viewer: Viewer,
    @Param('editionId', new ParseUUIDPipe({ exceptionFactory: () => Errors.notFound('Edition') })) editionId: string,
    @Param('audience') audience: string,
    @Query('country') country: string | undefined,
    @Query('lang') lang: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    if (!(RECOMMENDATION_AUDIENCES as readonly string[]).includes(audience)) throw Errors.notFound('Policy brief');
    const brief = await this.reads.brief(viewer, {
      editionId,
      audience: audience as RecommendationAudience,
      countryCode: country || null,
    });
    const language =
      lang && isLocale(lang) ? lang : await this.evidence.language(this.evidence.manager, viewer.personId);
    const pdf = await renderPolicyBriefPdf(brief, language);
    const name = ['policy-brief', audience.toLowerCase().replace(/_/g, '-'), brief.countryCode?.toLowerCase(), language]
      .filter(Boolean)
      .join('-');
    await reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename="${name}.pdf"`)
      .header('cache-control', 'no-store')
      .send(pdf);
  }
}
