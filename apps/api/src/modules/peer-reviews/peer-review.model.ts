import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PEER_REVIEW_QUALITY_AREAS, PEER_REVIEW_STAGES } from '@tandem/shared-domain';
import { ImprovementActionStatusEnum } from '../evidence/evidence.model';

const enumOf = <T extends readonly string[]>(values: T) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T[number]]: K };

export const PeerReviewStageEnum = enumOf(PEER_REVIEW_STAGES);
export const PeerReviewQualityAreaEnum = enumOf(PEER_REVIEW_QUALITY_AREAS);
registerEnumType(PeerReviewStageEnum, {
  name: 'PeerReviewStage',
  description: 'PREPARATION → VISIT → REPORT → COMMENTS → FOLLOW_UP → CLOSED (European Peer Review).',
});
registerEnumType(PeerReviewQualityAreaEnum, {
  name: 'PeerReviewQualityArea',
  description: 'The quality areas of the European Peer Review Manual for VET.',
});

@ObjectType('TrainedPeer', { description: 'A peer of the pool: trained, from one Baltic country.' })
export class TrainedPeerModel {
  @Field(() => ID) personId!: string;
  @Field() name!: string;
  @Field() countryCode!: string;
  @Field() trainedOn!: string;
}

@ObjectType('PeerReviewSelfReportArea')
export class PeerReviewSelfReportAreaModel {
  @Field(() => PeerReviewQualityAreaEnum) areaCode!: string;
  @Field() text!: string;
}

@ObjectType('PeerReviewInterview', { description: 'A note of one interview of the visit.' })
export class PeerReviewInterviewModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'A role or a group, never a name.' }) interviewee!: string;
  @Field() heldOn!: string;
  @Field() notes!: string;
  @Field(() => String, { nullable: true }) authorName!: string | null;
}

@ObjectType('PeerReviewRecommendation')
export class PeerReviewRecommendationModel {
  @Field(() => ID) id!: string;
  @Field(() => PeerReviewQualityAreaEnum) areaCode!: string;
  @Field() text!: string;
  @Field(() => String, { nullable: true }) authorName!: string | null;
  @Field(() => ID, { nullable: true, description: 'The improvement action it became at the follow-up.' })
  improvementActionId!: string | null;
  @Field(() => ImprovementActionStatusEnum, { nullable: true, description: 'That action’s status.' })
  actionStatus!: string | null;
}

@ObjectType('PeerReview', { description: 'The peer review of one country’s national programme in an edition.' })
export class PeerReviewModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) editionId!: string;
  @Field() countryCode!: string;
  @Field(() => ID) nationalProgrammeId!: string;
  @Field(() => Int) nationalProgrammeRevision!: number;
  @Field(() => PeerReviewStageEnum) stage!: string;
  @Field(() => String, { nullable: true }) visitStartsOn!: string | null;
  @Field(() => String, { nullable: true }) visitEndsOn!: string | null;
  @Field(() => String, { nullable: true }) reportDueOn!: string | null;
  @Field({ description: 'The report deadline has passed while the peers are still writing it.' })
  reportOverdue!: boolean;
  @Field(() => String, { nullable: true }) countryComments!: string | null;
  @Field(() => [PeerReviewSelfReportAreaModel]) selfReport!: PeerReviewSelfReportAreaModel[];
  @Field(() => [TrainedPeerModel]) peers!: TrainedPeerModel[];
  @Field(() => [PeerReviewInterviewModel]) interviews!: PeerReviewInterviewModel[];
  @Field(() => [PeerReviewRecommendationModel]) recommendations!: PeerReviewRecommendationModel[];
  @Field(() => Int, { description: 'Send it back with an edit; a stale one gets STALE_WRITE.' }) lockVersion!: number;
  @Field({ description: 'The viewer may move the stages, assign peers and set the visit.' }) canManage!: boolean;
  @Field({ description: 'The viewer is of the reviewed country’s team: self-report, comments, follow-up.' })
  canWriteAsCountry!: boolean;
  @Field({ description: 'The viewer is an assigned peer: interview notes and recommendations.' })
  canWriteAsPeer!: boolean;
}
