import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfoModel } from '../../common/pagination';
import { TutorModel } from '../people/tutor.model';
import { TANDEM_SUGGESTION_REASONS } from './tandem-rules';
import type { TandemSuggestionReason as Reason } from './tandem-rules';
import { TANDEM_DISSOLUTION_KINDS, TANDEM_STATUSES } from './tandem.entity';
import type { TandemDissolutionKind as DissolutionKind, TandemStatus as Status } from './tandem.entity';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
export const TandemStatus = asEnum(TANDEM_STATUSES);
export const TandemDissolutionKind = asEnum(TANDEM_DISSOLUTION_KINDS);
export const TandemSuggestionReason = asEnum(TANDEM_SUGGESTION_REASONS);
registerEnumType(TandemStatus, { name: 'TandemStatus', description: 'FORMING: an invitation waits for the partner.' });
registerEnumType(TandemDissolutionKind, {
  name: 'TandemDissolutionKind',
  description:
    'DECLINED: the invited partner said no; WITHDRAWN: the inviter took the invitation back; DISSOLVED: ended by a partner or the coordinator.',
});
registerEnumType(TandemSuggestionReason, {
  name: 'TandemSuggestionReason',
  description: 'Why a partner is suggested, strongest first.',
});

@ObjectType('Tandem', { description: 'A school tutor and a company tutor learning together in an edition.' })
export class TandemModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) editionId!: string;
  @Field(() => TandemStatus) status!: Status;
  @Field(() => TutorModel) schoolTutor!: TutorModel;
  @Field(() => TutorModel) companyTutor!: TutorModel;
  @Field({ description: 'The two tutors work in different countries.' }) crossBorder!: boolean;
  @Field({ description: 'A tutor invited the partner (rather than a coordinator forming it).' }) byInvitation!: boolean;
  @Field(() => String, { nullable: true, description: 'The coordinator who formed it, or the tutor who invited.' })
  formedByName!: string | null;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) activatedAt!: Date | null;
  @Field(() => Date, { nullable: true }) dissolvedAt!: Date | null;
  @Field(() => String, { nullable: true }) dissolvedByName!: string | null;
  @Field(() => TandemDissolutionKind, { nullable: true }) dissolutionKind!: DissolutionKind | null;
  @Field(() => String, {
    nullable: true,
    description: 'Only for the partners and the coordinators who may dissolve it.',
  })
  dissolutionReason!: string | null;
  @Field({ description: 'Whether the viewer is the invited partner and may accept or decline now.' })
  canRespond!: boolean;
  @Field({ description: 'Whether the viewer may dissolve it (or withdraw the invitation) now.' }) canDissolve!: boolean;
}

@ObjectType('TandemEdge')
export class TandemEdgeModel {
  @Field() cursor!: string;
  @Field(() => TandemModel) node!: TandemModel;
}

@ObjectType('TandemConnection')
export class TandemConnectionModel {
  @Field(() => Int) totalCount!: number;
  @Field(() => [TandemEdgeModel]) edges!: TandemEdgeModel[];
  @Field(() => PageInfoModel) pageInfo!: PageInfoModel;
}

@ObjectType('TandemSuggestion')
export class TandemSuggestionModel {
  @Field(() => TutorModel) tutor!: TutorModel;
  @Field(() => TandemSuggestionReason) reason!: Reason;
}

@ObjectType('UnpairedTutor', { description: 'A tutor of the edition in no tandem yet, with partners to suggest.' })
export class UnpairedTutorModel {
  @Field(() => TutorModel) tutor!: TutorModel;
  @Field(() => [TandemSuggestionModel], { description: 'At most three, strongest reason first.' })
  suggestions!: TandemSuggestionModel[];
}

@ObjectType('PartnerCandidate', {
  description: 'An unpaired tutor of the other side whom the viewer may invite; contact details stay hidden.',
})
export class PartnerCandidateModel {
  @Field(() => TutorModel) tutor!: TutorModel;
  @Field(() => TandemSuggestionReason, {
    nullable: true,
    description: 'Why they are suggested; null when nothing links them.',
  })
  reason!: Reason | null;
}
