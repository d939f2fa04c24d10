import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfoModel } from '../../common/pagination';
import { Sector } from '../organisations/organisation.model';
import type { Sector as SectorCode } from '../organisations/organisation.entity';
import { HOST_OFFER_REQUEST_STATUSES } from './host-offer.entity';
import type { HostOfferRequestStatus as RequestStatus } from './host-offer.entity';
import type { MobilityKind as Kind } from './study-visit.entity';
import { MobilityKind } from './study-visit.model';

export const HostOfferRequestStatus = Object.fromEntries(HOST_OFFER_REQUEST_STATUSES.map((s) => [s, s])) as {
  [K in RequestStatus]: K;
};
registerEnumType(HostOfferRequestStatus, {
  name: 'HostOfferRequestStatus',
  description: 'REQUESTED → ACCEPTED or DECLINED, decided by the offering side.',
});

@ObjectType('MobilityOrganisation', { description: 'An organisation as a mobility or a host offer names it.' })
export class MobilityOrganisationModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: 'ISO alpha-2.' }) country!: string;
}

@ObjectType('MobilityPerson')
export class MobilityPersonModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType('LearningAgreementVersion', {
  description: 'One uploaded version of a mobility’s learning agreement; every version stays downloadable.',
})
export class LearningAgreementVersionModel {
  @Field(() => ID, { description: 'The stored file.' }) id!: string;
  @Field(() => Int, { description: '1 for the first upload.' }) version!: number;
  @Field() fileName!: string;
  @Field() contentType!: string;
  @Field(() => Int) sizeBytes!: number;
  @Field(() => String, { nullable: true }) uploadedBy!: string | null;
  @Field(() => Date) uploadedAt!: Date;
  @Field({ description: 'Where the file is downloaded (same access as the mobility).' }) downloadUrl!: string;
}

@ObjectType('Mobility', {
  description:
    'A mobility across the Baltic Sea Region: who (a person or a group of VET learners), from which organisation to which host, when, what was agreed and what came of it.',
})
export class MobilityModel {
  @Field(() => ID) id!: string;
  @Field(() => MobilityKind) kind!: Kind;
  @Field(() => MobilityPersonModel, { nullable: true }) person!: MobilityPersonModel | null;
  @Field(() => Int, { nullable: true, description: 'For a group of VET learners.' }) learnerCount!: number | null;
  @Field(() => MobilityOrganisationModel) fromOrganisation!: MobilityOrganisationModel;
  @Field() hostOrganisation!: string;
  @Field({ description: 'ISO alpha-2.' }) hostCountry!: string;
  @Field({ description: 'ISO date.' }) startsOn!: string;
  @Field({ description: 'ISO date.' }) endsOn!: string;
  @Field(() => Int, { description: 'Days, both ends included.' }) durationDays!: number;
  @Field(() => String, { nullable: true, description: 'The learning outcomes agreed.' }) learningOutcomes!:
    string | null;
  @Field(() => String, { nullable: true, description: 'The result.' }) outcome!: string | null;
  @Field(() => ID, { nullable: true, description: 'The accepted host-offer request it was recorded from.' })
  hostOfferRequestId!: string | null;
  @Field({ description: 'Whether the viewer may edit it and upload its learning agreement.' }) canEdit!: boolean;
  @Field(() => [LearningAgreementVersionModel], { description: 'Newest version first.' })
  agreements!: LearningAgreementVersionModel[];
}

@ObjectType('MobilityHistoryEntry', { description: 'One recorded change of a mobility (from the audit log).' })
export class MobilityHistoryEntryModel {
  @Field(() => Date) occurredAt!: Date;
  @Field({ description: 'An audit operation: recordMobility, updateMobility, uploadLearningAgreement.' })
  operation!: string;
  @Field(() => String, { nullable: true, description: 'Who did it; null for the system or an erased person.' })
  actor!: string | null;
}

@ObjectType('MobilityEdge')
export class MobilityEdgeModel {
  @Field() cursor!: string;
  @Field(() => MobilityModel) node!: MobilityModel;
}

@ObjectType('MobilityConnection')
export class MobilityConnectionModel {
  @Field(() => Int, { description: 'How many mobilities match the filter, over all pages.' }) totalCount!: number;
  @Field(() => [MobilityEdgeModel]) edges!: MobilityEdgeModel[];
  @Field(() => PageInfoModel) pageInfo!: PageInfoModel;
}

@ObjectType('HostOfferRequest', { description: 'An organisation’s request for places of a host offer.' })
export class HostOfferRequestModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) offerId!: string;
  @Field(() => MobilityOrganisationModel) organisation!: MobilityOrganisationModel;
  @Field(() => Int) places!: number;
  @Field() message!: string;
  @Field(() => HostOfferRequestStatus) status!: RequestStatus;
  @Field(() => String, { nullable: true }) requestedBy!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
  @Field(() => String, { nullable: true }) decisionNote!: string | null;
  @Field(() => ID, { nullable: true, description: 'The mobility recorded from it, once there is one.' })
  mobilityId!: string | null;
  @Field({ description: 'Whether the viewer may record the mobility of this accepted request.' })
  canRecordMobility!: boolean;
}

@ObjectType('HostOffer', { description: 'Placements an organisation of the network offers to the others.' })
export class HostOfferModel {
  @Field(() => ID) id!: string;
  @Field(() => MobilityOrganisationModel, { description: 'The offering organisation.' })
  organisation!: MobilityOrganisationModel;
  @Field(() => MobilityKind) kind!: Kind;
  @Field() hostOrganisation!: string;
  @Field({ description: 'ISO alpha-2.' }) hostCountry!: string;
  @Field(() => Sector, { nullable: true }) sector!: SectorCode | null;
  @Field() description!: string;
  @Field(() => Int) places!: number;
  @Field(() => Int, { description: 'Places taken by accepted requests.' }) placesAccepted!: number;
  @Field({ description: 'ISO date.' }) availableFrom!: string;
  @Field({ description: 'ISO date.' }) availableUntil!: string;
  @Field(() => [String], { description: 'ISO 639-1 codes.' }) languages!: string[];
  @Field({ description: 'Whether the viewer decides its requests.' }) canManage!: boolean;
  @Field(() => [HostOfferRequestModel], {
    description: 'All requests for the offering side; otherwise those of the organisations the viewer asks for.',
  })
  requests!: HostOfferRequestModel[];
}
